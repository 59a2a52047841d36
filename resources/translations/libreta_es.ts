<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgendaView</name>
    <message>
        <source>Nothing is due today. Follow-ups appear here on the day they are due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aging</name>
    <message>
        <source>Current</source>
        <translation>Al corriente</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 días</translation>
    </message>
    <message>
        <source>Over 180 days</source>
        <translation>Más de 180 días</translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>A promise needs the reason the debt is not paid yet: choose the excuse category.</source>
        <translation>Una promesa necesita el motivo por el que aún no se ha pagado: elija la categoría de la excusa.</translation>
    </message>
    <message>
        <source>A refusal needs its reason: write why the debtor refuses.</source>
        <translation>Una negativa necesita su motivo: escriba por qué se niega el deudor.</translation>
    </message>
    <message>
        <source>A refusal needs the next step: say what happens now.</source>
        <translation>Una negativa necesita el siguiente paso: indique qué se hará ahora.</translation>
    </message>
    <message>
        <source>A call with the debtor must end with a payment, a promise, or a refusal with its reason and next step: none was recorded.</source>
        <translation>Una llamada con el deudor debe terminar con un pago, una promesa o una negativa con su motivo y siguiente paso: no se registró ninguno.</translation>
    </message>
    <message>
        <source>The call has no start time.</source>
        <translation>La llamada no tiene hora de inicio.</translation>
    </message>
    <message>
        <source>The call cannot end before it started.</source>
        <translation>La llamada no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Record either one promise or a plan, not both.</source>
        <translation>Registre una promesa o un convenio, no ambos.</translation>
    </message>
    <message>
        <source>Only the debtor or the person who decides payment can make a promise or a payment.</source>
        <translation>Solo el deudor o quien decide el pago puede hacer una promesa o un pago.</translation>
    </message>
    <message>
        <source>Instalment %1: </source>
        <translation>Parcialidad %1: </translation>
    </message>
    <message>
        <source>the promised amount must be greater than zero.</source>
        <translation>el importe prometido debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>the promise has no date.</source>
        <translation>la promesa no tiene fecha.</translation>
    </message>
    <message>
        <source>the promise date is before the call.</source>
        <translation>la fecha de la promesa es anterior a la llamada.</translation>
    </message>
    <message>
        <source>Read the commitment back and tick that the debtor confirmed it.</source>
        <translation>Repita el compromiso al deudor y marque que lo confirmó.</translation>
    </message>
    <message>
        <source>The call-back time is not valid.</source>
        <translation>La hora para volver a llamar no es válida.</translation>
    </message>
    <message>
        <source>There is no such debtor.</source>
        <translation>Ese deudor no existe.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the day to list (default today)</source>
        <translation>el día a listar (por omisión, hoy)</translation>
    </message>
    <message>
        <source>also list what is still open from earlier days</source>
        <translation>listar también lo pendiente de días anteriores</translation>
    </message>
    <message numerus="yes">
        <source>Agenda for %1: %n item(s)</source>
        <translation>
            <numerusform>Agenda del %1: %n pendiente</numerusform>
            <numerusform>Agenda del %1: %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>File integrity</source>
        <translation>Integridad del archivo</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Claves foráneas</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Aplicaciones de pagos</translation>
    </message>
    <message>
        <source>debtor %1: stored totals differ from a recomputation</source>
        <translation>deudor %1: los totales guardados no coinciden con un recálculo</translation>
    </message>
    <message>
        <source>Debtor totals</source>
        <translation>Totales por deudor</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n problem(s).</source>
        <translation>
            <numerusform>La verificación encontró %n problema.</numerusform>
            <numerusform>La verificación encontró %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check passed: schema %1.</source>
        <translation>Verificación correcta: esquema %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>La opción --%1 es obligatoria.</translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] %1 %2</source>
        <translation>Uso: libreta-cli [--db ARCHIVO] %1 %2</translation>
    </message>
    <message>
        <source>--%1: «%2» is not a date; write it as YYYY-MM-DD.</source>
        <translation>--%1: «%2» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--%1: «%2» is not a whole number greater than zero.</source>
        <translation>--%1: «%2» no es un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>how many debtors to create</source>
        <translation>cuántos deudores crear</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation>la misma semilla da los mismos datos</translation>
    </message>
    <message>
        <source>the day the demo office is at (default today)</source>
        <translation>el día en que está el despacho de demostración (por omisión, hoy)</translation>
    </message>
    <message>
        <source>… %1 of %2 debtors</source>
        <translation>… %1 de %2 deudores</translation>
    </message>
    <message>
        <source>Demo office created in %1 s: %2 debtors, %3 contacts, %4 invoices, %5 payments, %6 calls, %7 promises, %8 follow-ups, %9 users.</source>
        <translation>Despacho de demostración creado en %1 s: %2 deudores, %3 contactos, %4 facturas, %5 pagos, %6 llamadas, %7 promesas, %8 seguimientos, %9 usuarios.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. MXN or EUR</source>
        <translation>código de moneda ISO 4217, p. ej. MXN o EUR</translation>
    </message>
    <message>
        <source>office name for letters and the title bar</source>
        <translation>nombre del despacho para cartas y la barra de título</translation>
    </message>
    <message>
        <source>--currency: «%1» is not a three-letter currency code such as MXN or EUR.</source>
        <translation>--currency: «%1» no es un código de moneda de tres letras como MXN o EUR.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2, currency %3)</source>
        <translation>Base de datos lista: %1 (esquema %2, moneda %3)</translation>
    </message>
    <message>
        <source>create or upgrade the database</source>
        <translation>crear o actualizar la base de datos</translation>
    </message>
    <message>
        <source>fill an empty database with a demo office</source>
        <translation>llenar una base vacía con un despacho de demostración</translation>
    </message>
    <message>
        <source>verify integrity, foreign keys and totals</source>
        <translation>verificar integridad, claves foráneas y totales</translation>
    </message>
    <message>
        <source>list the follow-ups due on a day</source>
        <translation>listar los seguimientos de un día</translation>
    </message>
    <message>
        <source>record a payment received</source>
        <translation>registrar un pago recibido</translation>
    </message>
    <message>
        <source>close the day: expired promises become broken</source>
        <translation>cerrar el día: las promesas vencidas pasan a incumplidas</translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] COMMAND [options]</source>
        <translation>Uso: libreta-cli [--db ARCHIVO] COMANDO [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 input refused, 2 usage.</source>
        <translation>Código de salida: 0 hecho, 1 datos rechazados, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Opción desconocida: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>the debtor&apos;s external reference</source>
        <translation>la referencia externa del deudor</translation>
    </message>
    <message>
        <source>amount received, e.g. 1,234.56 or 1.234,56</source>
        <translation>importe recibido, p. ej. 1,234.56 o 1.234,56</translation>
    </message>
    <message>
        <source>the day the money was received</source>
        <translation>el día en que se recibió el dinero</translation>
    </message>
    <message>
        <source>cash, transfer, card, check, deposit or other</source>
        <translation>efectivo, transferencia, tarjeta, cheque, depósito u otro</translation>
    </message>
    <message>
        <source>bank or receipt reference</source>
        <translation>referencia bancaria o de recibo</translation>
    </message>
    <message>
        <source>pay this invoice number first</source>
        <translation>pagar primero esta factura</translation>
    </message>
    <message>
        <source>read 1.234 as one thousand two hundred thirty-four</source>
        <translation>leer 1.234 como mil doscientos treinta y cuatro</translation>
    </message>
    <message>
        <source>--method: «%1» is not a payment method; use cash, transfer, card, check, deposit or other.</source>
        <translation>--method: «%1» no es una forma de pago; use efectivo, transferencia, tarjeta, cheque, depósito u otro.</translation>
    </message>
    <message>
        <source>--debtor: no debtor has the reference «%1».</source>
        <translation>--debtor: ningún deudor tiene la referencia «%1».</translation>
    </message>
    <message>
        <source>--invoice: the debtor has no invoice numbered «%1».</source>
        <translation>--invoice: el deudor no tiene ninguna factura con número «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 recorded for %2: %3 in %n invoice(s)</source>
        <translation>
            <numerusform>Pago %1 registrado para %2: %3 en %n factura</numerusform>
            <numerusform>Pago %1 registrado para %2: %3 en %n facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as credit for the debtor: %1</source>
        <translation>Queda como saldo a favor del deudor: %1</translation>
    </message>
    <message>
        <source>Promise %1: %2 (paid %3)</source>
        <translation>Promesa %1: %2 (pagado %3)</translation>
    </message>
    <message>
        <source>Outstanding now: %1</source>
        <translation>Saldo pendiente ahora: %1</translation>
    </message>
    <message>
        <source>the new day (default today)</source>
        <translation>el nuevo día (por omisión, hoy)</translation>
    </message>
    <message>
        <source>Day %1 rolled over: %2 debtors reviewed, %3 promises broken, %4 partly kept, %5 kept.</source>
        <translation>Cierre del día %1: %2 deudores revisados, %3 promesas incumplidas, %4 cumplidas en parte, %5 cumplidas.</translation>
    </message>
    <message>
        <source>bring debtors, contacts, invoices or payments in from a CSV file</source>
        <translation>importar deudores, contactos, facturas o pagos de un archivo CSV</translation>
    </message>
    <message>
        <source>write the portfolio, agenda, calls, promises or payments to CSV</source>
        <translation>escribir la cartera, la agenda, las gestiones, las promesas o los pagos en CSV</translation>
    </message>
    <message>
        <source>write a debtor&apos;s statement or letter as PDF</source>
        <translation>escribir en PDF el estado de cuenta o una carta de un deudor</translation>
    </message>
    <message>
        <source>Say what to export.</source>
        <translation>Indique qué exportar.</translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] export %1</source>
        <translation>Uso: libreta-cli [--db ARCHIVO] export %1</translation>
    </message>
    <message>
        <source>Unknown export: %1</source>
        <translation>Exportación desconocida: %1</translation>
    </message>
    <message>
        <source>the file to write (default: standard output)</source>
        <translation>el archivo a escribir (por omisión, la salida estándar)</translation>
    </message>
    <message>
        <source>comma (default) or semicolon (amounts then with a decimal comma)</source>
        <translation>comma (por omisión) o semicolon (entonces los importes con coma decimal)</translation>
    </message>
    <message>
        <source>portfolio: as typed in the search box</source>
        <translation>cartera: como se escribe en el buscador</translation>
    </message>
    <message>
        <source>portfolio: only this segment</source>
        <translation>cartera: solo este segmento</translation>
    </message>
    <message>
        <source>portfolio: active, settled, legal or closed</source>
        <translation>cartera: active, settled, legal o closed</translation>
    </message>
    <message>
        <source>portfolio: current, 1-30, 31-60, 61-90, 91-180 or 180+</source>
        <translation>cartera: current, 1-30, 31-60, 61-90, 91-180 o 180+</translation>
    </message>
    <message>
        <source>portfolio: only debtors who owe</source>
        <translation>cartera: solo deudores con saldo</translation>
    </message>
    <message>
        <source>agenda: the day (default today)</source>
        <translation>agenda: el día (por omisión, hoy)</translation>
    </message>
    <message>
        <source>calls and payments: from this day</source>
        <translation>gestiones y pagos: desde este día</translation>
    </message>
    <message>
        <source>calls and payments: up to this day</source>
        <translation>gestiones y pagos: hasta este día</translation>
    </message>
    <message>
        <source>--delimiter: use comma or semicolon.</source>
        <translation>--delimiter: use comma o semicolon.</translation>
    </message>
    <message>
        <source>--status: use active, settled, legal or closed.</source>
        <translation>--status: use active, settled, legal o closed.</translation>
    </message>
    <message>
        <source>--aging: use current, 1-30, 31-60, 61-90, 91-180 or 180+.</source>
        <translation>--aging: use current, 1-30, 31-60, 61-90, 91-180 o 180+.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 rows written to %3</source>
        <translation>%1: %2 filas escritas en %3</translation>
    </message>
    <message>
        <source>Choose with --date-format dmy, --date-format mdy or --date-format iso.</source>
        <translation>Elija con --date-format dmy, --date-format mdy o --date-format iso.</translation>
    </message>
    <message>
        <source>Choose with --decimal-comma or --decimal-point.</source>
        <translation>Elija con --decimal-comma o --decimal-point.</translation>
    </message>
    <message>
        <source>Map columns with --map &quot;COLUMN=FIELD&quot;.</source>
        <translation>Asigne columnas con --map &quot;COLUMNA=CAMPO&quot;.</translation>
    </message>
    <message>
        <source>Reading %1: %2, %3, column titles on line %4.</source>
        <translation>Leyendo %1: %2, %3, títulos de columna en la línea %4.</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] import %1</source>
        <translation>Uso: libreta-cli [--db ARCHIVO] import %1</translation>
    </message>
    <message>
        <source>Say what the file holds and which file it is.</source>
        <translation>Indique qué contiene el archivo y cuál es el archivo.</translation>
    </message>
    <message>
        <source>The kind of rows must be debtors, contacts, invoices or payments.</source>
        <translation>El tipo de filas debe ser debtors, contacts, invoices o payments.</translation>
    </message>
    <message>
        <source>map a column (title or number) to a field; FIELD empty leaves it out</source>
        <translation>asignar una columna (título o número) a un campo; CAMPO vacío la deja fuera</translation>
    </message>
    <message>
        <source>read the file as a saved preset says</source>
        <translation>leer el archivo como indica una plantilla guardada</translation>
    </message>
    <message>
        <source>save this file&apos;s mapping and settings under a name</source>
        <translation>guardar la asignación y los ajustes de este archivo con un nombre</translation>
    </message>
    <message>
        <source>utf-8, utf-16le, utf-16be, windows-1252 or latin-1</source>
        <translation>utf-8, utf-16le, utf-16be, windows-1252 o latin-1</translation>
    </message>
    <message>
        <source>comma, semicolon, tab or pipe</source>
        <translation>comma, semicolon, tab o pipe</translation>
    </message>
    <message>
        <source>the line holding the column titles</source>
        <translation>la línea con los títulos de las columnas</translation>
    </message>
    <message>
        <source>iso, dmy (31/12/2025) or mdy (12/31/2025)</source>
        <translation>iso, dmy (31/12/2025) o mdy (12/31/2025)</translation>
    </message>
    <message>
        <source>amounts use a comma before the cents (1.234,56)</source>
        <translation>los importes llevan coma antes de los centavos (1.234,56)</translation>
    </message>
    <message>
        <source>amounts use a point before the cents (1,234.56)</source>
        <translation>los importes llevan punto antes de los centavos (1,234.56)</translation>
    </message>
    <message>
        <source>invoices naming an unknown debtor create it</source>
        <translation>las facturas de un deudor desconocido lo crean</translation>
    </message>
    <message>
        <source>store the valid rows and write the refused ones to this file</source>
        <translation>guardar las filas válidas y escribir las rechazadas en este archivo</translation>
    </message>
    <message>
        <source>check every row and report, store nothing</source>
        <translation>revisar cada fila e informar, sin guardar nada</translation>
    </message>
    <message>
        <source>--encoding: «%1» is not one of utf-8, utf-16le, utf-16be, windows-1252, latin-1.</source>
        <translation>--encoding: «%1» no es utf-8, utf-16le, utf-16be, windows-1252 ni latin-1.</translation>
    </message>
    <message>
        <source>--delimiter: «%1» is not one of comma, semicolon, tab, pipe.</source>
        <translation>--delimiter: «%1» no es comma, semicolon, tab ni pipe.</translation>
    </message>
    <message>
        <source>--date-format: «%1» is not one of iso, dmy, mdy.</source>
        <translation>--date-format: «%1» no es iso, dmy ni mdy.</translation>
    </message>
    <message>
        <source>Choose --decimal-comma or --decimal-point, not both.</source>
        <translation>Elija --decimal-comma o --decimal-point, no ambas.</translation>
    </message>
    <message>
        <source>… and %1 more refused rows.</source>
        <translation>… y %1 filas rechazadas más.</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused.</source>
        <translation>%1 filas: %2 agregadas, %3 actualizadas, %4 sin cambios, %5 rechazadas.</translation>
    </message>
    <message>
        <source>%1 debtors were created, named by their reference until their own file is imported.</source>
        <translation>Se crearon %1 deudores, con su referencia como nombre hasta que se importe su propio archivo.</translation>
    </message>
    <message>
        <source>Refused rows, with their reasons: %1</source>
        <translation>Filas rechazadas, con sus motivos: %1</translation>
    </message>
    <message>
        <source>Saved as the preset «%1».</source>
        <translation>Guardado como la plantilla «%1».</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>Prueba: no se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %n row(s) refused. Correct them, or store the valid rows with --keep-valid REJECTS.csv.</source>
        <translation>
            <numerusform>No se guardó nada: %n fila rechazada. Corríjala o guarde las filas válidas con --keep-valid RECHAZADAS.csv.</numerusform>
            <numerusform>No se guardó nada: %n filas rechazadas. Corríjalas o guarde las filas válidas con --keep-valid RECHAZADAS.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF a escribir</translation>
    </message>
    <message>
        <source>statement (default), confirmation or paid-in-full</source>
        <translation>statement (por omisión), confirmation o paid-in-full</translation>
    </message>
    <message>
        <source>es (default) or en</source>
        <translation>es (por omisión) o en</translation>
    </message>
    <message>
        <source>--letter: use statement, confirmation or paid-in-full.</source>
        <translation>--letter: use statement, confirmation o paid-in-full.</translation>
    </message>
    <message>
        <source>--lang: use es or en.</source>
        <translation>--lang: use es o en.</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>%1 escrito en %2</translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>The debtor&apos;s time zone is unknown, so their local time cannot be checked; set it in the file.</source>
        <translation>Se desconoce la zona horaria del deudor, así que no se puede comprobar su hora local; indíquela en el expediente.</translation>
    </message>
    <message>
        <source>It is %1 for the debtor; calls are allowed from %2 to %3.</source>
        <translation>Para el deudor son las %1; se permite llamar de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 call attempts in the last 7 days; the limit is %2.</source>
        <translation>%1 intentos de llamada en los últimos 7 días; el límite es %2.</translation>
    </message>
    <message>
        <source>The debtor is marked do-not-contact.</source>
        <translation>El deudor está marcado como «no contactar».</translation>
    </message>
    <message>
        <source>This contact person is marked do-not-contact.</source>
        <translation>Esta persona de contacto está marcada como «no contactar».</translation>
    </message>
    <message>
        <source>The person on the line is not confirmed as the debtor or the person who decides payment: leave a neutral message and do not mention the debt.</source>
        <translation>No se ha confirmado que quien atiende sea el deudor o quien decide el pago: deje un mensaje neutral y no mencione la deuda.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already has debtors: demo data only goes into an empty database.</source>
        <translation>La base de datos ya tiene deudores: los datos de demostración solo se cargan en una base vacía.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona física</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Liquidado</translation>
    </message>
    <message>
        <source>In legal action</source>
        <translation>En cobro judicial</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Decides payment</source>
        <translation>Decide el pago</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Aval</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Depósito bancario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>The debtor</source>
        <translation>El deudor</translation>
    </message>
    <message>
        <source>The person who decides payment</source>
        <translation>Quien decide el pago</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Nobody answered</source>
        <translation>No contestó nadie</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Message left with someone else</source>
        <translation>Recado con otra persona</translation>
    </message>
    <message>
        <source>Invoice not received</source>
        <translation>No recibió la factura</translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation>No está de acuerdo con el importe</translation>
    </message>
    <message>
        <source>No funds</source>
        <translation>Sin fondos</translation>
    </message>
    <message>
        <source>Waiting for their own customer to pay</source>
        <translation>Espera el pago de su propio cliente</translation>
    </message>
    <message>
        <source>Says it is already paid</source>
        <translation>Dice que ya pagó</translation>
    </message>
    <message>
        <source>Will pay on a date</source>
        <translation>Pagará en una fecha</translation>
    </message>
    <message>
        <source>Illness or job loss</source>
        <translation>Enfermedad o pérdida de empleo</translation>
    </message>
    <message>
        <source>Does not recognise the debt</source>
        <translation>No reconoce la deuda</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Argument (can be checked)</source>
        <translation>Argumento (se puede comprobar)</translation>
    </message>
    <message>
        <source>Excuse (buys time)</source>
        <translation>Excusa (gana tiempo)</translation>
    </message>
    <message>
        <source>Partial acceptance</source>
        <translation>Aceptación parcial</translation>
    </message>
    <message>
        <source>Full acceptance</source>
        <translation>Aceptación total</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplida</translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation>Cumplida en parte</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Quincenal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Promise reminder</source>
        <translation>Recordatorio de promesa</translation>
    </message>
    <message>
        <source>Check the promise</source>
        <translation>Verificar la promesa</translation>
    </message>
    <message>
        <source>Send a copy of the invoice</source>
        <translation>Enviar copia de la factura</translation>
    </message>
    <message>
        <source>Send the statement</source>
        <translation>Enviar estado de cuenta</translation>
    </message>
    <message>
        <source>Follow up a note</source>
        <translation>Dar seguimiento a una nota</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Remind</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation>Renegociar</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Active listening</source>
        <translation>Escucha activa</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Pre-close</source>
        <translation>Precierre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Creating a demo office with %1 debtors to try Libreta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libreta: a desk for collecting overdue accounts by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Libreta file to open (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty Libreta file for another office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Libreta file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All debtors, searchable and sortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call reviews (arrives in a later version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (arrives in a later version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lists again from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the portfolio by name, reference or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;side bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Libreta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Bring debtors, contacts, invoices or payments in from a CSV file</source>
        <translation>Importar deudores, contactos, facturas o pagos de un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Portfolio (as shown)…</source>
        <translation>&amp;Cartera (como se muestra)…</translation>
    </message>
    <message>
        <source>The debtors the portfolio shows, with its search, filters and order, to CSV</source>
        <translation>Los deudores que muestra la cartera, con su búsqueda, filtros y orden, en CSV</translation>
    </message>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Agenda…</translation>
    </message>
    <message>
        <source>Today&apos;s open follow-ups, overdue ones included, to CSV</source>
        <translation>Los seguimientos abiertos de hoy, incluidos los atrasados, en CSV</translation>
    </message>
    <message>
        <source>&amp;Calls…</source>
        <translation>&amp;Gestiones…</translation>
    </message>
    <message>
        <source>Every call with its outcome, to CSV</source>
        <translation>Cada gestión con su resultado, en CSV</translation>
    </message>
    <message>
        <source>P&amp;romises…</source>
        <translation>P&amp;romesas…</translation>
    </message>
    <message>
        <source>Every promise with its status, to CSV</source>
        <translation>Cada promesa con su estado, en CSV</translation>
    </message>
    <message>
        <source>Pa&amp;yments…</source>
        <translation>Pa&amp;gos…</translation>
    </message>
    <message>
        <source>Every payment received, to CSV</source>
        <translation>Cada pago recibido, en CSV</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>«%1» has more than one sign.</source>
        <translation>«%1» tiene más de un signo.</translation>
    </message>
    <message>
        <source>«%1» contains letters; type only the amount, for example 1,234.56.</source>
        <translation>«%1» contiene letras; escriba solo el importe, por ejemplo 1.234,56.</translation>
    </message>
    <message>
        <source>«%1» contains «%2», which is not part of an amount.</source>
        <translation>«%1» contiene «%2», que no forma parte de un importe.</translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation>El importe está vacío.</translation>
    </message>
    <message>
        <source>«%1» has no digits.</source>
        <translation>«%1» no tiene cifras.</translation>
    </message>
    <message>
        <source>«%1» has two decimal separators; use «%2» only once, before the cents.</source>
        <translation>«%1» tiene dos separadores decimales; use «%2» una sola vez, antes de los centavos.</translation>
    </message>
    <message>
        <source>«%1» mixes spaces and marks between thousands.</source>
        <translation>«%1» mezcla espacios y signos entre los millares.</translation>
    </message>
    <message>
        <source>«%1» is ambiguous: «%2» could separate thousands or decimals; write the cents too (for example %3) or choose the decimal separator.</source>
        <translation>«%1» es ambiguo: «%2» puede separar millares o decimales; escriba también los centavos (por ejemplo %3) o elija el separador decimal.</translation>
    </message>
    <message>
        <source>«%1» ends with a decimal separator; add the cents or remove it.</source>
        <translation>«%1» termina en separador decimal; añada los centavos o quítelo.</translation>
    </message>
    <message>
        <source>«%1» has separators after the decimal separator.</source>
        <translation>«%1» tiene separadores después del separador decimal.</translation>
    </message>
    <message>
        <source>«%1» has %2 decimals; an amount has at most two (cents).</source>
        <translation>«%1» tiene %2 decimales; un importe tiene como máximo dos (centavos).</translation>
    </message>
    <message>
        <source>«%1» mixes different marks between thousands.</source>
        <translation>«%1» mezcla signos distintos entre los millares.</translation>
    </message>
    <message>
        <source>«%1» has a misplaced thousands separator; thousands go in groups of three digits, as in 1,234,567.</source>
        <translation>«%1» tiene un separador de millares mal colocado; los millares van en grupos de tres cifras, como en 1.234.567.</translation>
    </message>
    <message>
        <source>«%1» is too large to be an amount.</source>
        <translation>«%1» es demasiado grande para ser un importe.</translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The payment date is missing or not a real date.</source>
        <translation>Falta la fecha del pago o no es una fecha válida.</translation>
    </message>
    <message>
        <source>The payment date cannot be in the future (today is %1).</source>
        <translation>La fecha del pago no puede ser futura (hoy es %1).</translation>
    </message>
    <message>
        <source>There is no such debtor.</source>
        <translation>Ese deudor no existe.</translation>
    </message>
    <message>
        <source>That invoice is not an open invoice of this debtor.</source>
        <translation>Esa factura no es una factura pendiente de este deudor.</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, a reference or a phone number. Accents and capitals do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database command failed: %1</source>
        <translation>Falló una orden de la base de datos: %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>No se pudo leer la versión del esquema: %1</translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation>No se pudo guardar la versión del esquema: %1</translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation>La conexión con la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>A schema step failed: %1</source>
        <translation>Falló un paso de actualización del esquema: %1</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base de datos rechazó el cambio: %1</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Libreta (schema %1; this program knows up to %2). It was left untouched: open it with the newer version.</source>
        <translation>Este archivo lo escribió una versión más reciente de Libreta (esquema %1; este programa conoce hasta el %2). No se ha modificado: ábralo con la versión más reciente.</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>The debtor wants to pay but cannot now: offer a plan with new dates.</source>
        <translation>El deudor quiere pagar pero ahora no puede: ofrezca un convenio con nuevas fechas.</translation>
    </message>
    <message numerus="yes">
        <source>The debtor has broken %n promise(s): set one date and amount, with no way out.</source>
        <translation>
            <numerusform>El deudor ha incumplido %n promesa: fije una fecha y un importe, sin salida.</numerusform>
            <numerusform>El deudor ha incumplido %n promesas: fije una fecha y un importe, sin salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor can pay but does not want to: be firm and set a date.</source>
        <translation>El deudor puede pagar pero no quiere: sea firme y fije una fecha.</translation>
    </message>
    <message numerus="yes">
        <source>High risk and %n day(s) past due: be firm and set a date.</source>
        <translation>
            <numerusform>Riesgo alto y %n día de atraso: sea firme y fije una fecha.</numerusform>
            <numerusform>Riesgo alto y %n días de atraso: sea firme y fije una fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor neither wants to nor can pay now: be firm and ask for a first payment on a set date.</source>
        <translation>El deudor ni quiere ni puede pagar ahora: sea firme y pida un primer pago en una fecha fija.</translation>
    </message>
    <message>
        <source>The debtor cannot pay in full now: offer instalments with new dates.</source>
        <translation>El deudor no puede pagar todo ahora: ofrezca parcialidades con nuevas fechas.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due is long overdue: be firm and set a date.</source>
        <translation>
            <numerusform>%n día de atraso es mucho tiempo: sea firme y fije una fecha.</numerusform>
            <numerusform>%n días de atraso es mucho tiempo: sea firme y fije una fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue yet: a courteous reminder is enough.</source>
        <translation>Aún no hay nada vencido: basta un recordatorio cortés.</translation>
    </message>
    <message numerus="yes">
        <source>A good payer only %n day(s) past due: a courteous reminder is enough.</source>
        <translation>
            <numerusform>Buen pagador con solo %n día de atraso: basta un recordatorio cortés.</numerusform>
            <numerusform>Buen pagador con solo %n días de atraso: basta un recordatorio cortés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor wants to pay and can: a courteous reminder with a date is enough.</source>
        <translation>El deudor quiere y puede pagar: basta un recordatorio cortés con una fecha.</translation>
    </message>
    <message numerus="yes">
        <source>No broken promises and %n day(s) past due: start with a courteous reminder.</source>
        <translation>
            <numerusform>Sin promesas incumplidas y %n día de atraso: empiece con un recordatorio cortés.</numerusform>
            <numerusform>Sin promesas incumplidas y %n días de atraso: empiece con un recordatorio cortés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due with no payment in sight: be firm and set a date.</source>
        <translation>
            <numerusform>%n día de atraso sin pago a la vista: sea firme y fije una fecha.</numerusform>
            <numerusform>%n días de atraso sin pago a la vista: sea firme y fije una fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken promises outweigh the kept ones: be firm and set a date.</source>
        <translation>Hay más promesas incumplidas que cumplidas: sea firme y fije una fecha.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaView</name>
    <message>
        <source>Agenda for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: %1 · Still open from earlier days: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::LaterVersionPage</name>
    <message>
        <source>This section arrives in a later version of Libreta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::MainWindow</name>
    <message>
        <source>Libreta files (*.sqlite *.libreta);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors will read agents&apos; calls here, score each stage of the call and leave coaching notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, promises made and kept, and money recovered, by agent, segment and technique, will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libreta will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Libreta file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Libreta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libreta %1&lt;/h3&gt;&lt;p&gt;A desk for collecting overdue accounts by phone: know the debtor before dialling, follow the call through its stages, and act on every promise.&lt;/p&gt;&lt;p&gt;Your data stays in the file you open; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioModel</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is outstanding: there is nothing to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending promise of %1 due on %2. Kept so far: %3, broken: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept: %1, broken: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: this follow-up was due %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the oldest unpaid invoice fell due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approach suggested from balance, age, risk and promise history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending promise, or how the last one ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest open follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioView</name>
    <message>
        <source>Search by name, reference or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by first name, reference or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is very large: names are found by their first word only. References and phone numbers are found from their start. Accents and capitals do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtors: %1 · Outstanding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtors matching “%1”: %2 · Outstanding: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio cannot be sorted by this column yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::StatusFigures</name>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises due today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls today: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>--map %1: write it as COLUMN=FIELD, for example &quot;Razón social=name&quot;.</source>
        <translation>--map %1: escríbalo como COLUMNA=CAMPO, por ejemplo &quot;Razón social=name&quot;.</translation>
    </message>
    <message>
        <source>--map %1: the file has no column «%2»; its columns are: %3.</source>
        <translation>--map %1: el archivo no tiene la columna «%2»; sus columnas son: %3.</translation>
    </message>
    <message>
        <source>--map %1: «%2» is not a field of %3; the fields are: %4.</source>
        <translation>--map %1: «%2» no es un campo de %3; los campos son: %4.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>no debtor has the reference «%1»; import the debtors first.</source>
        <translation>ningún deudor tiene la referencia «%1»; importe primero los deudores.</translation>
    </message>
    <message>
        <source>The debtor could not be read back.</source>
        <translation>No se pudo volver a leer el deudor.</translation>
    </message>
    <message>
        <source>reference %1 is already on an earlier line of the file.</source>
        <translation>la referencia %1 ya está en una línea anterior del archivo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column «%2» (%3): %4</source>
        <translation>Línea %1, columna «%2» (%3): %4</translation>
    </message>
    <message>
        <source>There is no import preset named «%1».</source>
        <translation>No hay ninguna plantilla de importación llamada «%1».</translation>
    </message>
    <message>
        <source>The preset «%1» is for %2, not %3.</source>
        <translation>La plantilla «%1» es para %2, no para %3.</translation>
    </message>
    <message>
        <source>The preset «%1» names columns this file does not have: %2.</source>
        <translation>La plantilla «%1» menciona columnas que este archivo no tiene: %2.</translation>
    </message>
    <message>
        <source>No column is mapped to %1; choose the column that holds it.</source>
        <translation>Ninguna columna está asignada a %1; elija la columna que lo contiene.</translation>
    </message>
    <message>
        <source>Every date in the file can be read more than one way (for example «%1» on line %2): %3. Choose how the file writes dates.</source>
        <translation>Todas las fechas del archivo se pueden leer de más de una forma (por ejemplo «%1» en la línea %2): %3. Elija cómo escribe las fechas el archivo.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The file writes dates in more than one way: «%1» on line %2 cannot be read the way the dates above it are. Choose how the file writes dates; rows written another way will be refused.</source>
        <translation>El archivo escribe las fechas de más de una forma: «%1» en la línea %2 no se puede leer como las fechas anteriores. Elija cómo escribe las fechas el archivo; las filas escritas de otra forma se rechazarán.</translation>
    </message>
    <message>
        <source>Amounts like «%1» on line %2 can be read two ways: the mark may separate thousands or cents. Choose the decimal mark the file uses.</source>
        <translation>Importes como «%1» en la línea %2 se pueden leer de dos formas: la marca puede separar miles o centavos. Elija la marca decimal del archivo.</translation>
    </message>
    <message>
        <source>Preset: write a name for it.</source>
        <translation>Plantilla: escriba un nombre para ella.</translation>
    </message>
    <message>
        <source>The file has no rows: it is blank.</source>
        <translation>El archivo no tiene filas: está en blanco.</translation>
    </message>
    <message>
        <source>Line %1 is blank or past the end of the file; choose the line with the column titles.</source>
        <translation>La línea %1 está en blanco o después del final del archivo; elija la línea con los títulos de las columnas.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Marked disputed in an imported file.</source>
        <translation>Marcada en disputa en un archivo importado.</translation>
    </message>
    <message>
        <source>no debtor has the reference «%1»; import the debtors first, or let this import create the missing ones.</source>
        <translation>ningún deudor tiene la referencia «%1»; importe primero los deudores o permita que esta importación cree los que faltan.</translation>
    </message>
    <message>
        <source>The invoice could not be read back.</source>
        <translation>No se pudo volver a leer la factura.</translation>
    </message>
    <message>
        <source>invoice %1 of this debtor is already on an earlier line of the file.</source>
        <translation>la factura %1 de este deudor ya está en una línea anterior del archivo.</translation>
    </message>
    <message>
        <source>payments already cover %1 of invoice %2; its amount cannot be less.</source>
        <translation>los pagos ya cubren %1 de la factura %2; su importe no puede ser menor.</translation>
    </message>
    <message>
        <source>debtor %1 has no invoice numbered «%2».</source>
        <translation>el deudor %1 no tiene ninguna factura con el número «%2».</translation>
    </message>
    <message>
        <source>it has %1 values but the header has %2 columns (a separator inside a value that is not in quotes?).</source>
        <translation>tiene %1 valores pero el encabezado tiene %2 columnas (¿un separador dentro de un valor que no está entre comillas?).</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; the file is probably in another encoding (choose Windows-1252 or Latin-1).</source>
        <translation>el texto no es UTF-8 válido; el archivo probablemente usa otra codificación (elija Windows-1252 o Latin-1).</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>falta la fecha.</translation>
    </message>
    <message>
        <source>«%1» is not a date written as %2.</source>
        <translation>«%1» no es una fecha escrita como %2.</translation>
    </message>
    <message>
        <source>the amount is missing.</source>
        <translation>falta el importe.</translation>
    </message>
    <message>
        <source>«%1»: the amount must be greater than zero.</source>
        <translation>«%1»: el importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>at most %1 characters.</source>
        <translation>como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>the reference is missing.</source>
        <translation>falta la referencia.</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>falta el nombre.</translation>
    </message>
    <message>
        <source>«%1» is neither a person nor a company.</source>
        <translation>«%1» no es ni persona ni empresa.</translation>
    </message>
    <message>
        <source>«%1» is not a risk level (low, medium or high).</source>
        <translation>«%1» no es un nivel de riesgo (bajo, medio o alto).</translation>
    </message>
    <message>
        <source>the debtor&apos;s reference is missing.</source>
        <translation>falta la referencia del deudor.</translation>
    </message>
    <message>
        <source>the contact&apos;s name is missing.</source>
        <translation>falta el nombre del contacto.</translation>
    </message>
    <message>
        <source>«%1» is not a role (debtor, decision maker, guarantor or reference).</source>
        <translation>«%1» no es un papel (deudor, quien decide el pago, aval o referencia).</translation>
    </message>
    <message>
        <source>the invoice number is missing.</source>
        <translation>falta el número de factura.</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 es posterior a hoy.</translation>
    </message>
    <message>
        <source>%1 is before the issue date (%2).</source>
        <translation>%1 es anterior a la fecha de emisión (%2).</translation>
    </message>
    <message>
        <source>«%1» is neither yes nor no.</source>
        <translation>«%1» no es ni sí ni no.</translation>
    </message>
    <message>
        <source>«%1» is not a payment method (cash, transfer, card, check, deposit or other).</source>
        <translation>«%1» no es una forma de pago (efectivo, transferencia, tarjeta, cheque, depósito u otro).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 little-endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 big-endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European, Excel)</source>
        <translation>Windows-1252 (Europa occidental, Excel)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data); save the spreadsheet as CSV and import that file.</source>
        <translation>%1 no es un archivo de texto (contiene datos binarios); guarde la hoja de cálculo como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read (%2).</source>
        <translation>Línea %1: no se pudo leer el archivo (%2).</translation>
    </message>
    <message>
        <source>Line %1: a quoted value starts here and is never closed (a &quot; is missing); the rest of the file was read as part of it.</source>
        <translation>Línea %1: aquí empieza un valor entre comillas que nunca se cierra (falta una &quot;); el resto del archivo se leyó como parte de él.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DataTransfer</name>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 filas escritas en %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>An export is still being written; try again when it is done.</source>
        <translation>Todavía se está escribiendo una exportación; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>CSV with commas (*.csv)</source>
        <translation>CSV con comas (*.csv)</translation>
    </message>
    <message>
        <source>CSV with semicolons, for Excel in Spanish (*.csv)</source>
        <translation>CSV con punto y coma, para Excel en español (*.csv)</translation>
    </message>
    <message>
        <source>%1-%2.csv</source>
        <translation>%1-%2.csv</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
</context>
<context>
    <name>DateOrder</name>
    <message>
        <source>Year-month-day (2025-12-31)</source>
        <translation>Año-mes-día (2025-12-31)</translation>
    </message>
    <message>
        <source>Day/month/year (31/12/2025)</source>
        <translation>Día/mes/año (31/12/2025)</translation>
    </message>
    <message>
        <source>Month/day/year (12/31/2025)</source>
        <translation>Mes/día/año (12/31/2025)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileActions</name>
    <message>
        <source>Account &amp;statement…</source>
        <translation>E&amp;stado de cuenta…</translation>
    </message>
    <message>
        <source>The debtor&apos;s invoices, payments, outstanding and days past due, to print or save as PDF</source>
        <translation>Las facturas, pagos, saldo y días de atraso del deudor, para imprimir o guardar en PDF</translation>
    </message>
    <message>
        <source>Con&amp;firmation letter…</source>
        <translation>Carta de con&amp;firmación…</translation>
    </message>
    <message>
        <source>The promise or plan agreed, with amounts, dates, method and how to pay</source>
        <translation>La promesa o el convenio acordado, con importes, fechas, forma de pago y cómo pagar</translation>
    </message>
    <message>
        <source>Paid-in-&amp;full letter…</source>
        <translation>Carta &amp;finiquito…</translation>
    </message>
    <message>
        <source>A letter stating the debtor owes nothing (only once the balance is zero)</source>
        <translation>Una carta que hace constar que el deudor no debe nada (solo con saldo cero)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DocumentDialog</name>
    <message>
        <source>Template shipped with Libreta. An office&apos;s own, with the same file name in %1, takes its place.</source>
        <translation>Plantilla incluida con Libreta. Una propia de la oficina, con el mismo nombre de archivo en %1, la sustituye.</translation>
    </message>
    <message>
        <source>The office&apos;s template: %1</source>
        <translation>La plantilla de la oficina: %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The template %1 is missing.</source>
        <translation>Falta la plantilla %1.</translation>
    </message>
    <message>
        <source>Office name: write the name letters are signed with.</source>
        <translation>Nombre de la oficina: escriba el nombre con el que se firman las cartas.</translation>
    </message>
    <message>
        <source>This debtor is no longer in the file.</source>
        <translation>Este deudor ya no está en el archivo.</translation>
    </message>
    <message>
        <source>%1 has no pending promise or plan to confirm.</source>
        <translation>%1 no tiene una promesa o un convenio pendiente que confirmar.</translation>
    </message>
    <message>
        <source>%1 still owes %2: a paid-in-full letter is written once the balance is zero.</source>
        <translation>%1 todavía debe %2: la carta finiquito se escribe cuando el saldo es cero.</translation>
    </message>
    <message>
        <source>%1 has no invoices: there is nothing to declare paid.</source>
        <translation>%1 no tiene facturas: no hay nada que declarar pagado.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Gestiones</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportCheckPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1-refused.csv</source>
        <translation>%1-rechazadas.csv</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Se detuvo la revisión.</translation>
    </message>
    <message>
        <source>All %1 rows can be imported: %2 new, %3 changed, %4 already stored as they are.</source>
        <translation>Se pueden importar las %1 filas: %2 nuevas, %3 con cambios, %4 ya guardadas tal cual.</translation>
    </message>
    <message>
        <source>%1 of %2 rows would be refused; the reasons, by line and column, are below. The others: %3 new, %4 changed, %5 already stored.</source>
        <translation>Se rechazarían %1 de %2 filas; abajo están los motivos, por línea y columna. Las demás: %3 nuevas, %4 con cambios, %5 ya guardadas.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o empresa</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>RFC / NIF</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Debtor&apos;s reference</source>
        <translation>Referencia del deudor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Deudores</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportFilePage</name>
    <message>
        <source>Fields: %1.</source>
        <translation>Campos: %1.</translation>
    </message>
    <message>
        <source>None: read the file as it comes</source>
        <translation>Ninguna: leer el archivo tal como viene</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>Delimited text (*.csv *.txt *.tsv *.tab);;All files (*)</source>
        <translation>Texto delimitado (*.csv *.txt *.tsv *.tab);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportFormatPage</name>
    <message>
        <source>Point (1,234.56)</source>
        <translation>Punto (1,234.56)</translation>
    </message>
    <message>
        <source>Comma (1.234,56)</source>
        <translation>Coma (1.234,56)</translation>
    </message>
    <message>
        <source> (found in the file)</source>
        <translation> (encontrado en el archivo)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportMappingPage</name>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, obligatorio)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suggested by the column&apos;s title</source>
        <translation>Sugerido por el título de la columna</translation>
    </message>
    <message>
        <source>(Go back one page to choose.)</source>
        <translation>(Regrese una página para elegir.)</translation>
    </message>
    <message>
        <source>Saved as «%1»: choose it on the first page for the next file like this one.</source>
        <translation>Guardada como «%1»: elíjala en la primera página para el próximo archivo como este.</translation>
    </message>
    <message>
        <source>The preset «%1» was deleted.</source>
        <translation>Se borró la plantilla «%1».</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportRunPage</name>
    <message>
        <source>Reading and storing the rows…</source>
        <translation>Leyendo y guardando las filas…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped: nothing was stored.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detenida: no se guardó nada.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was stored.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se guardó nada.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stored.&lt;/b&gt; %1 rows: %2 new, %3 changed, %4 already stored as they were.</source>
        <translation>&lt;b&gt;Guardado.&lt;/b&gt; %1 filas: %2 nuevas, %3 con cambios, %4 ya guardadas tal cual.</translation>
    </message>
    <message>
        <source>%1 debtors were created, named by their reference until their own file is imported.</source>
        <translation>Se crearon %1 deudores, con su referencia como nombre hasta que se importe su propio archivo.</translation>
    </message>
    <message>
        <source>%1 rows were refused and not stored.</source>
        <translation>Se rechazaron %1 filas, que no se guardaron.</translation>
    </message>
    <message>
        <source>They are in %1, with the reason for each.</source>
        <translation>Están en %1, cada una con su motivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was stored:&lt;/b&gt; %1 of %2 rows were refused (below). Correct them in the file and import it again, or choose to store the valid rows.</source>
        <translation>&lt;b&gt;No se guardó nada:&lt;/b&gt; se rechazaron %1 de %2 filas (abajo). Corríjalas en el archivo e impórtelo de nuevo, o elija guardar las filas válidas.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportSession</name>
    <message>
        <source>The import stopped on an unexpected error; nothing was stored.</source>
        <translation>La importación se detuvo por un error inesperado; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Office details…</source>
        <translation>Datos de la &amp;oficina…</translation>
    </message>
    <message>
        <source>The office&apos;s name, address, phone and payment instructions printed on every letter</source>
        <translation>El nombre, la dirección, el teléfono y las instrucciones de pago de la oficina que se imprimen en cada carta</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check before storing</source>
        <translation>Revisar antes de guardar</translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every row checked against the office&apos;s data. Nothing is stored yet.</source>
        <translation>Las primeras filas tal como se guardarán, y cada fila revisada contra los datos de la oficina. Todavía no se guarda nada.</translation>
    </message>
    <message>
        <source>If some rows are refused</source>
        <translation>Si se rechazan algunas filas</translation>
    </message>
    <message>
        <source>Store &amp;nothing: fix the file and import it again</source>
        <translation>No guardar &amp;nada: corregir el archivo e importarlo de nuevo</translation>
    </message>
    <message>
        <source>Store the &amp;valid rows; write the refused ones, with why, to:</source>
        <translation>Guardar las filas &amp;válidas; escribir las rechazadas, con el motivo, en:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Create the debtors the file names that the office does not have yet</source>
        <translation>&amp;Crear los deudores que el archivo menciona y la oficina todavía no tiene</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>A delimited text file (CSV, TXT) as a spreadsheet or an accounting system saves it. Nothing is stored until the last step.</source>
        <translation>Un archivo de texto delimitado (CSV, TXT) como lo guarda una hoja de cálculo o un sistema contable. No se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
</context>
<context>
    <name>ImportFormatPage</name>
    <message>
        <source>How the file is written</source>
        <translation>Cómo está escrito el archivo</translation>
    </message>
    <message>
        <source>What the file says about itself is filled in. Change anything that reads wrong below.</source>
        <translation>Lo que el archivo dice de sí mismo ya está elegido. Cambie lo que se lea mal abajo.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Column &amp;titles on line:</source>
        <translation>&amp;Títulos de columna en la línea:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>&amp;Marca decimal:</translation>
    </message>
    <message>
        <source>The first lines of the file, as read:</source>
        <translation>Las primeras líneas del archivo, tal como se leen:</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Which column is which</source>
        <translation>Qué columna es cuál</translation>
    </message>
    <message>
        <source>Suggested from the column titles. Choose a field for each column to import, or leave it out.</source>
        <translation>Sugerido por los títulos de las columnas. Elija un campo para cada columna a importar, o déjela fuera.</translation>
    </message>
    <message>
        <source>Save as &amp;preset:</source>
        <translation>Guardar como &amp;plantilla:</translation>
    </message>
    <message>
        <source>a name for files of this shape</source>
        <translation>un nombre para los archivos con esta forma</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete preset</source>
        <translation>&amp;Borrar plantilla</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Cancel stores nothing. Everything is stored at once when the last row is read.</source>
        <translation>Detener no guarda nada. Todo se guarda a la vez al leer la última fila.</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsDialog</name>
    <message>
        <source>Office details for letters</source>
        <translation>Datos de la oficina para las cartas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;RFC / NIF:</translation>
    </message>
    <message>
        <source>How to &amp;pay:</source>
        <translation>Cómo &amp;pagar:</translation>
    </message>
    <message>
        <source>Bank, account or CLABE, the reference to quote…</source>
        <translation>Banco, cuenta o CLABE, la referencia a indicar…</translation>
    </message>
</context>
</TS>
