<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgendaDaySheet</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Promised or asked</source>
        <translation>Lo prometido o pedido</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 more items are not on this sheet: it holds the first %2.</source>
        <translation>Otros %1 pendientes no caben en esta hoja: tiene los primeros %2.</translation>
    </message>
    <message>
        <source>Nothing is due on this day.</source>
        <translation>No hay nada pendiente para este día.</translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>Agenda del %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n item(s)</source>
        <translation>
            <numerusform>%1 · %n pendiente</numerusform>
            <numerusform>%1 · %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaDoneDialog</name>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
</context>
<context>
    <name>AgendaReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Asignar &amp;a:</translation>
    </message>
</context>
<context>
    <name>AgendaRescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>At a &amp;time:</source>
        <translation>A una &amp;hora:</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
</context>
<context>
    <name>AgendaTexts</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier hora</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Promised: %1. The debtor owes %2 in all.</source>
        <translation>Prometido: %1. El deudor debe %2 en total.</translation>
    </message>
    <message>
        <source>What the debtor owes now</source>
        <translation>Lo que el deudor debe hoy</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3, %4: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3, %4: %5</translation>
    </message>
    <message>
        <source>Whoever takes it</source>
        <translation>Quien lo tome</translation>
    </message>
    <message>
        <source>Remind: %1 by %2, due %3 (promised on %4)</source>
        <translation>Recordar: %1 por %2, vence el %3 (prometido el %4)</translation>
    </message>
    <message>
        <source>Check the payment: %1 by %2, due %3</source>
        <translation>Verificar el pago: %1 por %2, vencía el %3</translation>
    </message>
    <message>
        <source>Paid %1 of %2, due %3</source>
        <translation>Pagó %1 de %2, vencía el %3</translation>
    </message>
    <message>
        <source>Not paid: %1 by %2, due %3</source>
        <translation>No pagó: %1 por %2, vencía el %3</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>The day&apos;s follow-ups, grouped by what there is to do</source>
        <translation>Los seguimientos del día, agrupados por lo que hay que hacer</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>&amp;Vencidos</translation>
    </message>
    <message>
        <source>What is still open from earlier days, the most recent first</source>
        <translation>Lo que sigue pendiente de días anteriores, lo más reciente primero</translation>
    </message>
    <message>
        <source>Next &amp;7 days</source>
        <translation>Próximos &amp;7 días</translation>
    </message>
    <message>
        <source>What comes in the seven days after today</source>
        <translation>Lo que viene en los siete días después de hoy</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>A month at a glance, with how many follow-ups each day holds</source>
        <translation>El mes de un vistazo, con cuántos seguimientos tiene cada día</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día anterior</translation>
    </message>
    <message>
        <source>The day shown</source>
        <translation>El día que se muestra</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>El día siguiente</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;De quién:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Open follow-ups per day. Click a day, or choose it and press Enter, to see its agenda.</source>
        <translation>Seguimientos pendientes por día. Haga clic en un día, o elíjalo y pulse Intro, para ver su agenda.</translation>
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
        <source>the day to list (default today)</source>
        <translation type="unfinished">el día a listar (por omisión, hoy)</translation>
    </message>
    <message>
        <source>also list what is still open from earlier days</source>
        <translation type="unfinished">listar también lo pendiente de días anteriores</translation>
    </message>
    <message numerus="yes">
        <source>Agenda for %1: %n item(s)</source>
        <translation type="unfinished">
            <numerusform>Agenda del %1: %n pendiente</numerusform>
            <numerusform>Agenda del %1: %n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished">correcto</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>File integrity</source>
        <translation type="unfinished">Integridad del archivo</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished">Claves foráneas</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished">Aplicaciones de pagos</translation>
    </message>
    <message>
        <source>debtor %1: stored totals differ from a recomputation</source>
        <translation type="unfinished">deudor %1: los totales guardados no coinciden con un recálculo</translation>
    </message>
    <message>
        <source>Debtor totals</source>
        <translation type="unfinished">Totales por deudor</translation>
    </message>
    <message numerus="yes">
        <source>Check found %n problem(s).</source>
        <translation type="unfinished">
            <numerusform>La verificación encontró %n problema.</numerusform>
            <numerusform>La verificación encontró %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check passed: schema %1.</source>
        <translation type="unfinished">Verificación correcta: esquema %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished">Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished">La opción --%1 es obligatoria.</translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] %1 %2</source>
        <translation type="unfinished">Uso: libreta-cli [--db ARCHIVO] %1 %2</translation>
    </message>
    <message>
        <source>--%1: «%2» is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished">--%1: «%2» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--%1: «%2» is not a whole number greater than zero.</source>
        <translation type="unfinished">--%1: «%2» no es un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>how many debtors to create</source>
        <translation type="unfinished">cuántos deudores crear</translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation type="unfinished">la misma semilla da los mismos datos</translation>
    </message>
    <message>
        <source>the day the demo office is at (default today)</source>
        <translation type="unfinished">el día en que está el despacho de demostración (por omisión, hoy)</translation>
    </message>
    <message>
        <source>… %1 of %2 debtors</source>
        <translation type="unfinished">… %1 de %2 deudores</translation>
    </message>
    <message>
        <source>Demo office created in %1 s: %2 debtors, %3 contacts, %4 invoices, %5 payments, %6 calls, %7 promises, %8 follow-ups, %9 users.</source>
        <translation type="unfinished">Despacho de demostración creado en %1 s: %2 deudores, %3 contactos, %4 facturas, %5 pagos, %6 llamadas, %7 promesas, %8 seguimientos, %9 usuarios.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. MXN or EUR</source>
        <translation type="unfinished">código de moneda ISO 4217, p. ej. MXN o EUR</translation>
    </message>
    <message>
        <source>office name for letters and the title bar</source>
        <translation type="unfinished">nombre del despacho para cartas y la barra de título</translation>
    </message>
    <message>
        <source>--currency: «%1» is not a three-letter currency code such as MXN or EUR.</source>
        <translation type="unfinished">--currency: «%1» no es un código de moneda de tres letras como MXN o EUR.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished">Administrador</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2, currency %3)</source>
        <translation type="unfinished">Base de datos lista: %1 (esquema %2, moneda %3)</translation>
    </message>
    <message>
        <source>the debtor&apos;s external reference</source>
        <translation type="unfinished">la referencia externa del deudor</translation>
    </message>
    <message>
        <source>amount received, e.g. 1,234.56 or 1.234,56</source>
        <translation type="unfinished">importe recibido, p. ej. 1,234.56 o 1.234,56</translation>
    </message>
    <message>
        <source>the day the money was received</source>
        <translation type="unfinished">el día en que se recibió el dinero</translation>
    </message>
    <message>
        <source>cash, transfer, card, check, deposit or other</source>
        <translation type="unfinished">efectivo, transferencia, tarjeta, cheque, depósito u otro</translation>
    </message>
    <message>
        <source>bank or receipt reference</source>
        <translation type="unfinished">referencia bancaria o de recibo</translation>
    </message>
    <message>
        <source>pay this invoice number first</source>
        <translation type="unfinished">pagar primero esta factura</translation>
    </message>
    <message>
        <source>read 1.234 as one thousand two hundred thirty-four</source>
        <translation type="unfinished">leer 1.234 como mil doscientos treinta y cuatro</translation>
    </message>
    <message>
        <source>--method: «%1» is not a payment method; use cash, transfer, card, check, deposit or other.</source>
        <translation type="unfinished">--method: «%1» no es una forma de pago; use efectivo, transferencia, tarjeta, cheque, depósito u otro.</translation>
    </message>
    <message>
        <source>--debtor: no debtor has the reference «%1».</source>
        <translation type="unfinished">--debtor: ningún deudor tiene la referencia «%1».</translation>
    </message>
    <message>
        <source>--invoice: the debtor has no invoice numbered «%1».</source>
        <translation type="unfinished">--invoice: el deudor no tiene ninguna factura con número «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 recorded for %2: %3 in %n invoice(s)</source>
        <translation type="unfinished">
            <numerusform>Pago %1 registrado para %2: %3 en %n factura</numerusform>
            <numerusform>Pago %1 registrado para %2: %3 en %n facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as credit for the debtor: %1</source>
        <translation type="unfinished">Queda como saldo a favor del deudor: %1</translation>
    </message>
    <message>
        <source>Promise %1: %2 (paid %3)</source>
        <translation type="unfinished">Promesa %1: %2 (pagado %3)</translation>
    </message>
    <message>
        <source>Outstanding now: %1</source>
        <translation type="unfinished">Saldo pendiente ahora: %1</translation>
    </message>
    <message>
        <source>the new day (default today)</source>
        <translation type="unfinished">el nuevo día (por omisión, hoy)</translation>
    </message>
    <message>
        <source>Day %1 rolled over: %2 debtors reviewed, %3 promises broken, %4 partly kept, %5 kept.</source>
        <translation type="unfinished">Cierre del día %1: %2 deudores revisados, %3 promesas incumplidas, %4 cumplidas en parte, %5 cumplidas.</translation>
    </message>
    <message>
        <source>Agenda counts</source>
        <translation>Recuentos de la agenda</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Best time to call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: mornings, after 16:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not contact this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove e-mail</source>
        <translation type="unfinished"></translation>
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
    <name>ContactService</name>
    <message>
        <source>Name: write who this contact is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1: the number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1: “%2” has characters that are not part of a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1: “%2” has too few digits (at least %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1: “%2” has too many digits (at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1: this number is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1: “%2” is not an e-mail address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones: give at least one phone number or e-mail, or the contact cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact no longer exists in this debtor&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorDialog</name>
    <message>
        <source>Debtor</source>
        <translation type="unfinished">Deudor</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account or customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of debtors with the same strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorFileNoteEditor</name>
    <message>
        <source>Write a new note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the file. Notes cannot be edited later: a mistake is fixed with a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorFileTexts</name>
    <message>
        <source>instalment %1: %2 due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said %1 times so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorFileTimeline</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorService</name>
    <message>
        <source>Name: write the debtor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: write the debtor&apos;s reference (account or customer number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a known time zone; choose one from the list (for example America/Mexico_City).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1 already belongs to another debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: that user does not exist or is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact: write the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why this debtor must not be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why calls to this debtor may start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor is not marked do-not-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls allowed again (do-not-contact lifted). Previous reason: %1. Why lifted: %2</source>
        <translation type="unfinished"></translation>
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
    <name>DisputeDialog</name>
    <message>
        <source>Invoice dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor &amp;disputes this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the debtor disputes: amount, delivery, quality…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not call or write to this debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>This follow-up is already closed: %1.</source>
        <translation>Este seguimiento ya está cerrado: %1.</translation>
    </message>
    <message>
        <source>Result: say what came of it.</source>
        <translation>Resultado: indique qué resultó.</translation>
    </message>
    <message>
        <source>Result: at most %1 characters.</source>
        <translation>Resultado: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Date: missing or not a real date.</source>
        <translation>Fecha: falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>Date: %1 has already passed.</source>
        <translation>Fecha: el %1 ya pasó.</translation>
    </message>
    <message>
        <source>Time: not a real time of day.</source>
        <translation>Hora: no es una hora válida.</translation>
    </message>
    <message>
        <source>Time: %1 has already passed today.</source>
        <translation>Hora: las %1 ya pasaron hoy.</translation>
    </message>
    <message>
        <source>Only a supervisor can give an agent&apos;s follow-ups to someone else.</source>
        <translation>Solo un supervisor puede pasar los seguimientos de un gestor a otra persona.</translation>
    </message>
    <message>
        <source>Assigned to: that user does not exist or is no longer active.</source>
        <translation>Asignado a: ese usuario no existe o ya no está activo.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Fecha:</translation>
    </message>
    <message>
        <source>At a &amp;time:</source>
        <translation type="unfinished">A una &amp;hora:</translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished">A las</translation>
    </message>
    <message>
        <source>Assigned &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ask for the signed delivery note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Kind: promise reminders and checks are scheduled by the promise itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: missing or not a real date.</source>
        <translation type="unfinished">Fecha: falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>Date: %1 has already passed.</source>
        <translation type="unfinished">Fecha: el %1 ya pasó.</translation>
    </message>
    <message>
        <source>Time: not a real time of day.</source>
        <translation type="unfinished">Hora: no es una hora válida.</translation>
    </message>
    <message>
        <source>Time: %1 has already passed today.</source>
        <translation type="unfinished">Hora: las %1 ya pasaron hoy.</translation>
    </message>
    <message>
        <source>What to do: describe the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to: that user does not exist or is no longer active.</source>
        <translation type="unfinished">Asignado a: ese usuario no existe o ya no está activo.</translation>
    </message>
    <message>
        <source>This follow-up is already scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Add an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>Number: write the invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date: missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date: %1 is after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: it cannot be before the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: it must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: this debtor already has an invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say what the debtor disputes about this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is not disputed.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Call-backs</source>
        <translation>Llamadas acordadas</translation>
    </message>
    <message>
        <source>Promises due</source>
        <translation>Promesas que vencen</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Promesas incumplidas</translation>
    </message>
    <message>
        <source>Promise checks after grace</source>
        <translation>Verificar promesas tras la gracia</translation>
    </message>
    <message>
        <source>Invoice copies to send</source>
        <translation>Copias de factura por enviar</translation>
    </message>
    <message>
        <source>Statements to send</source>
        <translation>Estados de cuenta por enviar</translation>
    </message>
    <message>
        <source>Notes to follow up</source>
        <translation>Notas por atender</translation>
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
        <translation type="unfinished">Agenda</translation>
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
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;Next call</source>
        <translation>&amp;Siguiente llamada</translation>
    </message>
    <message>
        <source>Open the next debtor to call, and why it was chosen</source>
        <translation>Abrir el siguiente deudor a llamar, y por qué se eligió</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, and how amounts and dates are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut of this window, in a window of its own</source>
        <translation type="unfinished"></translation>
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
    <name>MoneyInput</name>
    <message>
        <source>%1: type the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextCallDesk</name>
    <message>
        <source>Next call works from the office&apos;s list of users, and your login “%1” is not in it. Ask a supervisor to add you.</source>
        <translation>La siguiente llamada se elige con la lista de usuarios de la oficina, y su usuario «%1» no está en ella. Pida a un supervisor que le agregue.</translation>
    </message>
    <message>
        <source>Nobody to call right now: nothing is due and every debtor is either claimed, contacted lately or waiting for a promised payment.</source>
        <translation>Nadie a quien llamar ahora: no hay nada pendiente y cada deudor está tomado, contactado hace poco o esperando un pago prometido.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next call: %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;Siguiente llamada: %1&lt;/b&gt; — %2</translation>
    </message>
</context>
<context>
    <name>NoteService</name>
    <message>
        <source>Note: write something before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to correct no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer number, receipt or cheque number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this payment does</source>
        <translation type="unfinished"></translation>
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
    <name>PortfolioFilterBar</name>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the oldest unpaid invoice fell due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last promise was broken and no new one is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise &amp;due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending promise is due today or earlier: check whether it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nothing scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes money, but no follow-up is open and no promise is pending: no one will call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtors marked &quot;do not contact&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amounts and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libreta uses a new language and new formats the next time it starts; nothing changes in the open window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
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
    <name>WorkQueueService</name>
    <message numerus="yes">
        <source>%n outside their calling hours</source>
        <translation>
            <numerusform>%n fuera de su horario de llamadas</numerusform>
            <numerusform>%n fuera de su horario de llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the attempt limit</source>
        <translation>
            <numerusform>%n por encima del límite de intentos</numerusform>
            <numerusform>%n por encima del límite de intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an unknown time zone</source>
        <translation>
            <numerusform>%n con zona horaria desconocida</numerusform>
            <numerusform>%n con zona horaria desconocida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked do-not-contact</source>
        <translation>
            <numerusform>%n marcado como no contactar</numerusform>
            <numerusform>%n marcados como no contactar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped: </source>
        <translation>
            <numerusform>%n omitido: </numerusform>
            <numerusform>%n omitidos: </numerusform>
        </translation>
    </message>
    <message>
        <source>A call-back due on %1 is still open.</source>
        <translation>Sigue pendiente una llamada acordada para el %1.</translation>
    </message>
    <message>
        <source>Call-back agreed for %1.</source>
        <translation>Llamada acordada para las %1.</translation>
    </message>
    <message>
        <source>Call-back due today.</source>
        <translation>Llamada acordada para hoy.</translation>
    </message>
    <message>
        <source>A promise of %1 is due today: remind the debtor.</source>
        <translation>Hoy vence una promesa de %1: recuérdesela al deudor.</translation>
    </message>
    <message>
        <source>The promise of %1 due on %2 was not kept: call back and set a new date.</source>
        <translation>La promesa de %1 del %2 no se cumplió: llame y fije una nueva fecha.</translation>
    </message>
    <message>
        <source>The grace of a promise of %1 has ended: check whether it was paid.</source>
        <translation>Terminó la gracia de una promesa de %1: verifique si se pagó.</translation>
    </message>
    <message>
        <source>Pending task since %1: %2.</source>
        <translation>Tarea pendiente desde el %1: %2.</translation>
    </message>
    <message>
        <source>Pending task: %1.</source>
        <translation>Tarea pendiente: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Highest priority not contacted in %n day(s). %1</source>
        <translation>
            <numerusform>La mayor prioridad sin contacto en %n día. %1</numerusform>
            <numerusform>La mayor prioridad sin contacto en %n días. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaActions</name>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <source>Open the debtor&apos;s file (Enter)</source>
        <translation>Abrir el expediente del deudor (Intro)</translation>
    </message>
    <message>
        <source>Start the &amp;call</source>
        <translation>Iniciar la &amp;llamada</translation>
    </message>
    <message>
        <source>Open the debtor&apos;s file and start the call</source>
        <translation>Abrir el expediente del deudor e iniciar la llamada</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>He&amp;cho…</translation>
    </message>
    <message>
        <source>Mark the item done, with what came of it</source>
        <translation>Marcar como hecho, con lo que resultó</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>Move the item to another day or time</source>
        <translation>Pasarlo a otro día u otra hora</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Reasi&amp;gnar…</translation>
    </message>
    <message>
        <source>Give the item to another agent (supervisors)</source>
        <translation>Dárselo a otro gestor (supervisores)</translation>
    </message>
    <message>
        <source>&amp;Print day sheet…</source>
        <translation>&amp;Imprimir hoja del día…</translation>
    </message>
    <message>
        <source>Print the day&apos;s follow-ups, with room to write down each result</source>
        <translation>Imprimir los seguimientos del día, con espacio para anotar cada resultado</translation>
    </message>
    <message>
        <source>Save day sheet as PD&amp;F…</source>
        <translation>Guardar hoja del día como PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the day sheet as a PDF file</source>
        <translation>Guardar la hoja del día como archivo PDF</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaDoneDialog</name>
    <message>
        <source>Called back</source>
        <translation>Se le llamó</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestó</translation>
    </message>
    <message>
        <source>Asked to call another day</source>
        <translation>Pidió que se le llame otro día</translation>
    </message>
    <message>
        <source>Reminded: will pay as promised</source>
        <translation>Recordado: pagará como prometió</translation>
    </message>
    <message>
        <source>Could not reach the debtor</source>
        <translation>No se pudo localizar al deudor</translation>
    </message>
    <message>
        <source>New date agreed</source>
        <translation>Se acordó una nueva fecha</translation>
    </message>
    <message>
        <source>Refuses to pay</source>
        <translation>Se niega a pagar</translation>
    </message>
    <message>
        <source>Payment found</source>
        <translation>Se encontró el pago</translation>
    </message>
    <message>
        <source>No payment: call back</source>
        <translation>Sin pago: volver a llamar</translation>
    </message>
    <message>
        <source>Sent by e-mail</source>
        <translation>Enviado por correo electrónico</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Enviado por correo postal</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Entregado en persona</translation>
    </message>
    <message>
        <source>Done as the note asked</source>
        <translation>Hecho como pedía la nota</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Qué resultó</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 shown: scroll down for more.</source>
        <translation>Se muestran %1 de %2: baje para ver más.</translation>
    </message>
    <message>
        <source>Recorded by %1 in a call</source>
        <translation>Registrado por %1 en una llamada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Promised or asked</source>
        <translation>Lo prometido o pedido</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaReassignDialog</name>
    <message>
        <source>Whoever takes it</source>
        <translation>Quien lo tome</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaView</name>
    <message>
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nobody yet (whoever takes it)</source>
        <translation>Sin asignar (quien lo tome)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Nothing is due on this day.</source>
        <translation>No hay nada pendiente para este día.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still open from earlier days: see Overdue.</source>
        <translation>
            <numerusform>%n pendiente sigue abierto de días anteriores: vea Vencidos.</numerusform>
            <numerusform>%n pendientes siguen abiertos de días anteriores: vea Vencidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still open from before %1</source>
        <translation>Pendiente desde antes del %1</translation>
    </message>
    <message>
        <source>Nothing is left open from earlier days.</source>
        <translation>No queda nada pendiente de días anteriores.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Nothing is scheduled for the next seven days.</source>
        <translation>No hay nada programado para los próximos siete días.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source> · %1 still open from earlier days</source>
        <translation> · %1 pendientes de días anteriores</translation>
    </message>
    <message>
        <source>The day sheet could not be written to %1.</source>
        <translation>No se pudo guardar la hoja del día en %1.</translation>
    </message>
    <message>
        <source>Day sheet saved to %1.</source>
        <translation>Hoja del día guardada en %1.</translation>
    </message>
    <message>
        <source>agenda-%1.pdf</source>
        <translation>agenda-%1.pdf</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>Guardar la hoja del día</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the day sheet</source>
        <translation>Imprimir la hoja del día</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Only the debtor and the person who decides payment may hear about the debt; a reference only helps to find the debtor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorContactsModel</name>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorDialog</name>
    <message>
        <source>Edit debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileActions</name>
    <message>
        <source>New &amp;debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a debtor to the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit debtor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the debtor&apos;s name, reference, time zone, risk, value, agent or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person who can be reached for this debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected contact, its phones and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an invoice this debtor owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected invoice disputed, with the debtor&apos;s reason, or clear the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record money received: which invoices it pays and which promises it settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note in the file (Ctrl+Enter saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a correction to the selected note; the note itself stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-back or a task on a date, shown in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the debtor do-not-contact with the reason, or lift the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this debtor&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next open file, or the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous open file, or the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileHeader</name>
    <message>
        <source>Tax id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days past due · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1 · Value: %2 · Promises kept: %3 · broken: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open promise: %1 due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last promise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested approach: %1.&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor&apos;s local time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call attempts in the last 7 days: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-contact reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileNoteEditor</name>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the note “%1”. The original stays in the file; this correction is added after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileTabs</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No debtor has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor was added. Add their contacts and invoices in the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileTimeline</name>
    <message>
        <source>Everything (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileView</name>
    <message>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction was added to the file; the corrected note stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was added to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This debtor is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you were writing in the file of %1 is not saved. Close the file and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Payment recorded.&lt;/b&gt; New balance: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor&apos;s details were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice was added. Outstanding now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s dispute was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was scheduled; it shows in the agenda on its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor is marked do-not-contact.</source>
        <translation type="unfinished">El deudor está marcado como «no contactar».</translation>
    </message>
    <message>
        <source>Calls to this debtor are allowed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note in the history first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorInvoicesModel</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorPaymentsModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <source>%1 (%2 of it; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished">Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished">Referencia</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises it paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorTimelineModel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished">Pago</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of an earlier call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised %1 by %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises it kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction to the note of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (corrected on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DeskAlerts</name>
    <message>
        <source>New day: %1 promise(s) broken, %2 partly kept, %3 kept; their follow-ups are in the agenda.</source>
        <translation>Nuevo día: %1 promesa(s) incumplida(s), %2 cumplida(s) en parte, %3 cumplida(s); sus seguimientos están en la agenda.</translation>
    </message>
    <message>
        <source>Call-back due at %1: %2.</source>
        <translation>Llamada acordada para las %1: %2.</translation>
    </message>
    <message>
        <source>Start the call</source>
        <translation>Iniciar la llamada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n call-backs are due: %1.</source>
        <translation>
            <numerusform>Toca %n llamada acordada: %1.</numerusform>
            <numerusform>Tocan %n llamadas acordadas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>Abrir la agenda</translation>
    </message>
    <message>
        <source>Call-back due</source>
        <translation>Llamada acordada</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::DisputeDialog</name>
    <message>
        <source>Invoice %1 of %2, due %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::DoNotContactDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Why this debtor must not be called: legal process, harassment complaint, deceased…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why calls may start again; it is kept as a note in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked do-not-contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::FollowUpDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Whoever takes it</source>
        <translation type="unfinished">Quien lo tome</translation>
    </message>
</context>
<context>
    <name>libreta::ui::FormDialog</name>
    <message>
        <source>What you typed in “%1” is not saved. Close it and lose the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::InvoiceDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
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
        <source>Open</source>
        <translation type="unfinished">Abierto</translation>
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
        <source>Preferences saved: Libreta uses them the next time it starts.</source>
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
    <message>
        <source>Next call</source>
        <translation>Siguiente llamada</translation>
    </message>
</context>
<context>
    <name>libreta::ui::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar aviso</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PaymentDialog</name>
    <message>
        <source>&amp;Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · Outstanding: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest invoice first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2, owes %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished">Importe</translation>
    </message>
    <message>
        <source>Type the amount to see which invoices it pays, which promises it settles and the balance after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <source>Pays invoices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as credit for the debtor: %1</source>
        <translation type="unfinished">Queda como saldo a favor del deudor: %1</translation>
    </message>
    <message>
        <source>Promises: this payment settles none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after: &lt;b&gt;%1&lt;/b&gt; (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioFilterBar</name>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every debtor again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
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
        <translation type="unfinished">%1 (%2)</translation>
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
        <translation type="unfinished">Referencia</translation>
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
        <translation type="unfinished">Gestor</translation>
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
        <source>Search by name, reference, tax id or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtors shown by the filters: %1 · Outstanding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtors: %1 · Outstanding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtors matching “%1” and the filters: %2 · Outstanding: %3</source>
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
    <name>libreta::ui::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libreta::ui::ShortcutsWindow</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In menus, forms and the portfolio&apos;s filters, Alt and the underlined letter reach an item; Tab moves to the next field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available right now</source>
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
</TS>
