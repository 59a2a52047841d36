<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- An overlay on libreta_es.ts, asked first on a desk in Latin America outside Mexico: only
     the words of Latin America outside Mexico where they differ from the base
     catalogue's (libreta_es.ts, written for Mexico): cuotas, al día, deuda,
     constancia de deuda saldada.
     Every other string falls through to the base catalogue. The regional
     translations test says which base strings need an entry here. -->
<TS version="2.1" language="es_419">
    <context>
        <name>Aging</name>
        <message>
            <source>Current</source>
            <translation>Al día</translation>
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
            <source>Instalment %1: </source>
            <translation>Cuota %1: </translation>
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
            <translation>Constancias de deuda saldada</translation>
        </message>
        <message numerus="yes">
            <source>%Ln paid-in-full letter(s)</source>
            <translation>
                <numerusform>%Ln constancia de deuda saldada</numerusform>
                <numerusform>%Ln constancias de deuda saldada</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>%1 still owes %2: a paid-in-full letter is written once the balance is zero.</source>
            <translation>%1 todavía debe %2: la constancia de deuda saldada se escribe cuando el saldo es cero.</translation>
        </message>
        <message>
            <source>%1's balance was written off, not paid: a paid-in-full letter cannot say it was paid.</source>
            <translation>El saldo de %1 se canceló como incobrable, no se pagó: una constancia de deuda saldada no puede decir que se pagó.</translation>
        </message>
        <message>
            <source>Paid-in-full letter</source>
            <translation>Constancia de deuda saldada</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Instalment</source>
            <translation>Cuota</translation>
        </message>
    </context>
    <context>
        <name>PaymentOption</name>
        <message>
            <source>A plan has from 2 to %1 instalments.</source>
            <translation>Un convenio tiene de 2 a %1 cuotas.</translation>
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
            <source>Last instalment</source>
            <translation>Última cuota</translation>
        </message>
    </context>
    <context>
        <name>Strategy</name>
        <message>
            <source>The debtor cannot pay in full now: offer instalments with new dates.</source>
            <translation>El deudor no puede pagar todo ahora: ofrezca cuotas con nuevas fechas.</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::AgingModel</name>
        <message>
            <source>Double-click, or press Enter, to see these debtors in the portfolio (its Current also lists those who owe nothing)</source>
            <translation>Doble clic, o Intro, para ver estos deudores en la cartera (su filtro Al día también lista a los que no deben nada)</translation>
        </message>
    </context>
    <context>
        <name>libreta::ui::CallNegotiationPage</name>
        <message>
            <source>Instalment plan</source>
            <translation>Convenio en cuotas</translation>
        </message>
        <message>
            <source>At %1 each time it takes %2 instalments; a plan has %3 at most.</source>
            <translation>Con %1 cada vez serían %2 cuotas; un convenio tiene %3 como máximo.</translation>
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
            <translation>Llamada guardada: un convenio de %1 cuotas que suman %2, la primera el %3. Sus recordatorios y verificaciones están en la agenda.</translation>
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
            <translation>Constancia de deuda saldada (deudores que no deben nada)</translation>
        </message>
        <message>
            <source>paid-in-full-letters</source>
            <translation>constancias-de-deuda-saldada</translation>
        </message>
    </context>
</TS>
