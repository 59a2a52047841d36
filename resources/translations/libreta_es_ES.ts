<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- An overlay on libreta_es.ts, asked first on a desk in Spain: only
     Spain's words where they differ from the base catalogue's (libreta_es.ts,
     written for Mexico): añadir, móvil, objetivo, plan de pagos, cuotas, deuda,
     certificado de deuda saldada.
     Every other string falls through to the base catalogue. The regional
     translations test says which base strings need an entry here. -->
<TS version="2.1" language="es_ES">
    <context>
        <name>ActivityTexts</name>
        <message>
            <source>Note added</source>
            <translation>Nota añadida</translation>
        </message>
        <message>
            <source>Debtor added</source>
            <translation>Deudor añadido</translation>
        </message>
        <message>
            <source>Contact added</source>
            <translation>Contacto añadido</translation>
        </message>
        <message>
            <source>Invoice added</source>
            <translation>Factura añadida</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>Usuario añadido</translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 unchanged, %4 refused</source>
            <translation>añadidas: %1; actualizadas: %2; sin cambios: %3; rechazadas: %4</translation>
        </message>
    </context>
    <context>
        <name>CallNegotiationPage</name>
        <message>
            <source>Instalments:</source>
            <translation>Cuotas:</translation>
        </message>
    </context>
    <context>
        <name>CallService</name>
        <message>
            <source>Record either one promise or a plan, not both.</source>
            <translation>Registre una promesa o un plan de pagos, no ambos.</translation>
        </message>
        <message>
            <source>Instalment %1: </source>
            <translation>Cuota %1: </translation>
        </message>
        <message>
            <source>A discount goes with a promise, a plan or a payment.</source>
            <translation>Un descuento va con una promesa, un plan de pagos o un pago.</translation>
        </message>
        <message>
            <source>The number dialled is wrong and the file has no other: find the debtor's number (their contacts, the invoices, whoever sold to them), add it and call.</source>
            <translation>El número marcado es equivocado y el expediente no tiene otro: busque el número del deudor (sus contactos, las facturas, quien le vendió), añádalo y llame.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused.</source>
            <translation>Filas: %1. Añadidas: %2; actualizadas: %3; sin cambios: %4; rechazadas: %5.</translation>
        </message>
        <message>
            <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 refused.</source>
            <translation>Filas: %1. Para añadir: %2; para actualizar: %3; sin cambios: %4; rechazadas: %5.</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Add &amp;phone</source>
            <translation>&amp;Añadir teléfono</translation>
        </message>
        <message>
            <source>Add &amp;e-mail</source>
            <translation>Añadir &amp;correo</translation>
        </message>
    </context>
    <context>
        <name>DebtorFileNoteEditor</name>
        <message>
            <source>Write a note for the file. Notes cannot be edited later: a mistake is fixed with a correction.</source>
            <translation>Escriba una nota para el expediente. Las notas no se pueden editar después: un error se subsana añadiendo una corrección.</translation>
        </message>
    </context>
    <context>
        <name>DebtorFileTexts</name>
        <message>
            <source>instalment %1: %2 due %3</source>
            <translation>cuota %1: %2 para el %3</translation>
        </message>
    </context>
    <context>
        <name>DocumentBatch</name>
        <message>
            <source>Paid-in-full letters</source>
            <translation>Certificados de deuda saldada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln paid-in-full letter(s)</source>
            <translation>
                <numerusform>%Ln certificado de deuda saldada</numerusform>
                <numerusform>%Ln certificados de deuda saldada</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>%1 has no pending promise or plan to confirm.</source>
            <translation>%1 no tiene una promesa o un plan de pagos pendiente que confirmar.</translation>
        </message>
        <message>
            <source>%1 still owes %2: a paid-in-full letter is written once the balance is zero.</source>
            <translation>%1 todavía debe %2: el certificado de deuda saldada se escribe cuando el saldo es cero.</translation>
        </message>
        <message>
            <source>%1's balance was written off, not paid: a paid-in-full letter cannot say it was paid.</source>
            <translation>El saldo de %1 se canceló como incobrable, no se pagó: un certificado de deuda saldada no puede decir que se pagó.</translation>
        </message>
        <message>
            <source>Paid-in-full letter</source>
            <translation>Certificado de deuda saldada</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Plan</source>
            <translation>Plan de pagos</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>Cuota</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>%1 was the number of this debtor's invoice %2 before it was renumbered in Libreta, but the file gives it another issue date (%3, not %4). If it is another invoice, add it by hand (Add invoice); if it is the same, correct the date in Libreta.</source>
            <translation>%1 era el número de la factura %2 de este deudor antes de renumerarse en Libreta, pero el archivo le da otra fecha de emisión (%3, no %4). Si es otra factura, añádala a mano (Añadir factura); si es la misma, corrija la fecha en Libreta.</translation>
        </message>
        <message>
            <source>mobile</source>
            <comment>a phone's label</comment>
            <translation>móvil</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <source>Mobile phone</source>
            <translation>Móvil</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDialog</name>
        <message>
            <source>Add an invoice</source>
            <translation>Añadir una factura</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>«%1» ends with a decimal separator; add the cents or remove it.</source>
            <translation>«%1» termina en separador decimal; añada los centavos o quítelo.</translation>
        </message>
    </context>
    <context>
        <name>NewOfficeDialog</name>
        <message>
            <source>The office's name is how its agents introduce themselves to debtors and what its letters are signed with. Its currency is that of every amount it will hold, and is chosen now, once. You are its first user and keep it: you add the others later in Edit ▸ Office users.</source>
            <translation>El nombre del despacho es como sus gestores se presentan con los deudores y con el que se firman sus cartas. Su moneda es la de todos los importes que guardará, y se elige ahora, una sola vez. Usted es su primer usuario y lo administra: a los demás los añade después en Edición ▸ Usuarios del despacho.</translation>
        </message>
    </context>
    <context>
        <name>NextCallDesk</name>
        <message>
            <source>Next call works from the office's list of users, and your login “%1” is not in it. Ask a supervisor to add you.</source>
            <translation>La siguiente llamada se elige con la lista de usuarios del despacho, y su usuario «%1» no está en ella. Pida a un supervisor que le dé de alta.</translation>
        </message>
    </context>
    <context>
        <name>OfficeRules</name>
        <message>
            <source>Plans up to</source>
            <translation>Planes de pagos a no más de</translation>
        </message>
    </context>
    <context>
        <name>OfficeRulesDialog</name>
        <message>
            <source>Pla&amp;ns up to:</source>
            <translation>Planes de pagos a no &amp;más de:</translation>
        </message>
    </context>
    <context>
        <name>PanelTableExport</name>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>% del objetivo</translation>
        </message>
    </context>
    <context>
        <name>PaymentOption</name>
        <message>
            <source>A plan has from 2 to %1 instalments.</source>
            <translation>Un plan de pagos tiene de 2 a %1 cuotas.</translation>
        </message>
        <message>
            <source>The amount is too small for that many instalments.</source>
            <translation>El importe es demasiado pequeño para tantas cuotas.</translation>
        </message>
        <message>
            <source>First instalment</source>
            <translation>Primera cuota</translation>
        </message>
        <message>
            <source>%1: the office allows plans up to %2 months from today (until %3); only a supervisor can agree a longer one.</source>
            <translation>%1: el despacho admite planes de pagos hasta %2 meses a partir de hoy (hasta el %3); solo un supervisor puede acordar uno más largo.</translation>
        </message>
        <message>
            <source>Last instalment</source>
            <translation>Última cuota</translation>
        </message>
    </context>
    <context>
        <name>ScriptDialog</name>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
    </context>
    <context>
        <name>Strategy</name>
        <message>
            <source>The debtor wants to pay but cannot now: offer a plan with new dates.</source>
            <translation>El deudor quiere pagar pero ahora no puede: ofrezca un plan de pagos con nuevas fechas.</translation>
        </message>
        <message>
            <source>The debtor cannot pay in full now: offer instalments with new dates.</source>
            <translation>El deudor no puede pagar todo ahora: ofrezca cuotas con nuevas fechas.</translation>
        </message>
        <message numerus="yes">
            <source>A valuable customer at high risk, %Ln day(s) past due: offer a plan rather than press, to keep both the money and the customer.</source>
            <translation>
                <numerusform>Cliente valioso con riesgo alto y %Ln día de atraso: ofrezca un plan de pagos en lugar de presionar, para conservar el dinero y al cliente.</numerusform>
                <numerusform>Cliente valioso con riesgo alto y %Ln días de atraso: ofrezca un plan de pagos en lugar de presionar, para conservar el dinero y al cliente.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Monthly &amp;target:</source>
            <translation>&amp;Objetivo mensual:</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>Login: it stays as it was made; add a new user instead.</source>
            <translation>Usuario: no cambia una vez creado; añada otro usuario en su lugar.</translation>
        </message>
        <message>
            <source>Monthly target: an amount of money, or empty for none; not a negative one.</source>
            <translation>Objetivo mensual: una cantidad de dinero, o vacío si no tiene; no uno negativo.</translation>
        </message>
        <message>
            <source>Only an administrator may add users, or change a supervisor or an administrator.</source>
            <translation>Solo un administrador puede añadir usuarios, o cambiar a un supervisor o a un administrador.</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Añadir usuario…</translation>
        </message>
        <message>
            <source>Only an administrator may add or change users.</source>
            <translation>Solo un administrador puede añadir o cambiar usuarios.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Its name, its currency and yours. Then add your customers one by one, or bring them from a spreadsheet with File ▸ Import.</source>
            <translation>El nombre y la moneda del despacho, y su nombre. Después añada a sus clientes uno por uno, o tráigalos de una hoja de cálculo con Archivo ▸ Importar.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::CallNegotiationPage</name>
        <message>
            <source>Instalment plan</source>
            <translation>Plan de pagos</translation>
        </message>
        <message>
            <source>At %1 each time it takes %2 instalments; a plan has %3 at most.</source>
            <translation>Con %1 cada vez serían %2 cuotas; un plan de pagos tiene %3 como máximo.</translation>
        </message>
        <message>
            <source>Office rules: promises up to %1, plans up to %2.</source>
            <translation>Reglas del despacho: promesas hasta el %1, planes de pagos hasta el %2.</translation>
        </message>
        <message>
            <source>Office rules: plans up to %1.</source>
            <translation>Reglas del despacho: planes de pagos hasta el %1.</translation>
        </message>
        <message numerus="yes">
            <source>(and %n more instalment(s), which add up to %1)</source>
            <translation>
                <numerusform>(y %n cuota más, de %1)</numerusform>
                <numerusform>(y %n cuotas más, que suman %1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replaces the %n open instalments</source>
            <translation>
                <numerusform>Sustituye a la %n cuota abierta</numerusform>
                <numerusform>Sustituye a las %n cuotas abiertas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::CallPanel</name>
        <message>
            <source>Call saved: a plan of %1 instalments adding up to %2, the first on %3. Its reminders and checks are in the agenda.</source>
            <translation>Llamada guardada: un plan de pagos de %1 cuotas que suman %2, la primera el %3. Sus recordatorios y verificaciones están en la agenda.</translation>
        </message>
        <message numerus="yes">
            <source>Call saved: %1 paid during the call, and %n more instalment(s) adding up to %2, the next on %3. Their reminders and checks are in the agenda.</source>
            <translation>
                <numerusform>Llamada guardada: %1 pagados durante la llamada, y %n cuota más por %2, el %3. Su recordatorio y su verificación están en la agenda.</numerusform>
                <numerusform>Llamada guardada: %1 pagados durante la llamada, y %n cuotas más que suman %2, la siguiente el %3. Sus recordatorios y verificaciones están en la agenda.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::ContactDialog</name>
        <message>
            <source>Add a contact</source>
            <translation>Añadir un contacto</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DebtorFileActions</name>
        <message>
            <source>Add a debtor to the portfolio</source>
            <translation>Añadir un deudor a la cartera</translation>
        </message>
        <message>
            <source>Add &amp;contact…</source>
            <translation>Añadir &amp;contacto…</translation>
        </message>
        <message>
            <source>Add a person who can be reached for this debtor</source>
            <translation>Añadir una persona de contacto para este deudor</translation>
        </message>
        <message>
            <source>Add &amp;invoice…</source>
            <translation>Añadir &amp;factura…</translation>
        </message>
        <message>
            <source>Add an invoice this debtor owes</source>
            <translation>Añadir una factura que debe este deudor</translation>
        </message>
        <message>
            <source>Add &amp;note</source>
            <translation>Añadir &amp;nota</translation>
        </message>
        <message>
            <source>Add a correction to the selected note; the note itself stays as it was</source>
            <translation>Añadir una corrección a la nota seleccionada; la nota original queda como estaba</translation>
        </message>
        <message>
            <source>The promise or plan agreed, with amounts, dates, method and how to pay</source>
            <translation>La promesa o el plan de pagos acordado, con importes, fechas, forma de pago y cómo pagar</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DebtorFileHeader</name>
        <message>
            <source>No number to call: add one in Contacts</source>
            <translation>No hay número al que llamar: añada uno en Contactos</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DebtorFileNoteEditor</name>
        <message>
            <source>Correcting the note “%1”. The original stays in the file; this correction is added after it.</source>
            <translation>Corrigiendo la nota «%1». La original se queda en el expediente; esta corrección se añade después de ella.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DebtorFileTabs</name>
        <message>
            <source>The debtor was added. Add their contacts and invoices in the file.</source>
            <translation>Se añadió el deudor. Añada sus contactos y facturas en el expediente.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DebtorFileView</name>
        <message>
            <source>The correction was added to the file; the corrected note stays as it was.</source>
            <translation>La corrección se añadió al expediente; la nota corregida queda como estaba.</translation>
        </message>
        <message>
            <source>The note was added to the file.</source>
            <translation>La nota se añadió al expediente.</translation>
        </message>
        <message>
            <source>The contact was added.</source>
            <translation>Se añadió el contacto.</translation>
        </message>
        <message>
            <source>The invoice was added. Outstanding now: %1.</source>
            <translation>Se añadió la factura. Saldo pendiente ahora: %1.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DiscountApprovalsDialog</name>
        <message>
            <source>Owed</source>
            <translation>Deuda</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DocumentBatchDialog</name>
        <message>
            <source>Paid-in-full letter (debtors who owe nothing)</source>
            <translation>Certificado de deuda saldada (deudores que no deben nada)</translation>
        </message>
        <message>
            <source>paid-in-full-letters</source>
            <translation>certificados-de-deuda-saldada</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::DocumentDialog</name>
        <message>
            <source>This letter does not say %1: add it with Office details… above.</source>
            <translation>Esta carta no dice %1: añádalo con Datos del despacho… arriba.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::OfficeRulesDialog</name>
        <message>
            <source>days from the call for a promise's date or a plan's first payment; further needs a supervisor</source>
            <translation>días desde la llamada para la fecha de una promesa o el primer pago de un plan de pagos; más lejos requiere a un supervisor</translation>
        </message>
        <message>
            <source>months from the call for a plan's last payment; longer needs a supervisor</source>
            <translation>meses desde la llamada para el último pago de un plan de pagos; más largo requiere a un supervisor</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::PanelModel</name>
        <message>
            <source>The agent's monthly target of money recovered (Edit ▸ Office users), over the period: each whole month's, and for part of a month the share of its days</source>
            <translation>El objetivo mensual de dinero recuperado del gestor (Edición ▸ Usuarios del despacho), en el periodo: el de cada mes completo, y de una parte de un mes la proporción de sus días</translation>
        </message>
        <message>
            <source>Money recovered in the period, as a share of the target</source>
            <translation>El dinero recuperado en el periodo, como proporción del objetivo</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>% del objetivo</translation>
        </message>
        <message>
            <source>The monthly targets of money recovered of the agents read (Edit ▸ Office users): a whole month's for a month, the share of its days for part of one</source>
            <translation>Los objetivos mensuales de dinero recuperado de los gestores que se muestran (Edición ▸ Usuarios del despacho): el de cada mes completo, y de una parte de un mes la proporción de sus días</translation>
        </message>
        <message>
            <source>Money recovered by the agents who have a target, as a share of it</source>
            <translation>Dinero recuperado por los gestores que tienen objetivo, como parte de él</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::PanelView</name>
        <message>
            <source>Promises agreed in the period and what they add up to; a payment plan is one. A promise replaced on the day it was made does not count: the one that replaced it does.</source>
            <translation>Promesas acordadas en el periodo y lo que suman; un plan de pagos es una. Una promesa sustituida el mismo día en que se hizo no cuenta: cuenta la que la sustituyó.</translation>
        </message>
        <message>
            <source>This table as it is shown, each agent with their target, as a CSV file for a spreadsheet</source>
            <translation>Esta tabla tal como se muestra, cada gestor con su objetivo, como archivo CSV para una hoja de cálculo</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::PortfolioView</name>
        <message>
            <source>Add the first one by hand, or bring in the ones you already keep in a spreadsheet or an accounting program, saved as a CSV file: a list of debtors, or their invoices.</source>
            <translation>Añada el primero a mano, o traiga los que ya lleva en una hoja de cálculo o en un programa contable, guardados como archivo CSV: una lista de deudores o sus facturas.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::StatusFigures</name>
        <message>
            <source>My target this month: %1</source>
            <translation>Mi objetivo del mes: %1</translation>
        </message>
        <message>
            <source>Recovered this month: %1 of your monthly target of %2.</source>
            <translation>Recuperado este mes: %1 de su objetivo mensual de %2.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::UserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Añadir usuario</translation>
        </message>
        <message>
            <source>Monthly target</source>
            <translation>Objetivo mensual</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::UsersDialog</name>
        <message>
            <source>As a supervisor you may take an agent out of the office (or back in) and set their monthly target; an administrator adds users and changes the rest.</source>
            <translation>Como supervisor puede dar de baja a un gestor (o volver a darlo de alta) y fijar su objetivo mensual; un administrador añade usuarios y cambia lo demás.</translation>
        </message>
        <message>
            <source>Only an administrator may add or change users.</source>
            <translation>Solo un administrador puede añadir o cambiar usuarios.</translation>
        </message>
    </context>
</TS>
