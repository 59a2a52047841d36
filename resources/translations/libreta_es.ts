<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Office activity</source>
        <translation>Actividad del despacho</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Abrir e&amp;xpediente</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The entries chosen, oldest first, to a CSV file</source>
        <translation>Las entradas elegidas, de la más antigua a la más reciente, a un archivo CSV</translation>
    </message>
    <message>
        <source>Nothing was recorded on these days with these choices.</source>
        <translation>No se registró nada en estos días con estas opciones.</translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Call saved</source>
        <translation>Llamada guardada</translation>
    </message>
    <message>
        <source>Call corrected</source>
        <translation>Llamada corregida</translation>
    </message>
    <message>
        <source>Call scored</source>
        <translation>Llamada evaluada</translation>
    </message>
    <message>
        <source>Payment posted</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Nota agregada</translation>
    </message>
    <message>
        <source>Note corrected</source>
        <translation>Nota corregida</translation>
    </message>
    <message>
        <source>Follow-up scheduled</source>
        <translation>Seguimiento programado</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Follow-up moved</source>
        <translation>Seguimiento reprogramado</translation>
    </message>
    <message>
        <source>Follow-up given to another person</source>
        <translation>Seguimiento pasado a otra persona</translation>
    </message>
    <message>
        <source>Discount sent for approval</source>
        <translation>Descuento enviado a aprobación</translation>
    </message>
    <message>
        <source>Discount approved</source>
        <translation>Descuento aprobado</translation>
    </message>
    <message>
        <source>Discount refused</source>
        <translation>Descuento rechazado</translation>
    </message>
    <message>
        <source>Contact rules overridden</source>
        <translation>Reglas de contacto omitidas</translation>
    </message>
    <message>
        <source>Debtor added</source>
        <translation>Deudor agregado</translation>
    </message>
    <message>
        <source>Debtor changed</source>
        <translation>Deudor modificado</translation>
    </message>
    <message>
        <source>Do not contact changed</source>
        <translation>«No contactar» modificado</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contacto agregado</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Contacto modificado</translation>
    </message>
    <message>
        <source>Invoice added</source>
        <translation>Factura agregada</translation>
    </message>
    <message>
        <source>Invoice disputed</source>
        <translation>Factura en disputa</translation>
    </message>
    <message>
        <source>Invoice dispute lifted</source>
        <translation>Disputa de factura retirada</translation>
    </message>
    <message>
        <source>Debtors given to agents</source>
        <translation>Deudores asignados a gestores</translation>
    </message>
    <message>
        <source>Debtors imported</source>
        <translation>Deudores importados</translation>
    </message>
    <message>
        <source>Contacts imported</source>
        <translation>Contactos importados</translation>
    </message>
    <message>
        <source>Invoices imported</source>
        <translation>Facturas importadas</translation>
    </message>
    <message>
        <source>Payments imported</source>
        <translation>Pagos importados</translation>
    </message>
    <message>
        <source>Office rules changed</source>
        <translation>Reglas del despacho modificadas</translation>
    </message>
    <message>
        <source>Call script changed</source>
        <translation>Guion de llamada modificado</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promesa</numerusform>
            <numerusform>%n promesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaces %n promise(s)</source>
        <translation>
            <numerusform>reemplaza %n promesa</numerusform>
            <numerusform>reemplaza %n promesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n seguimiento</numerusform>
            <numerusform>%n seguimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>contact rules overridden</source>
        <translation>reglas de contacto omitidas</translation>
    </message>
    <message>
        <source>corrects what was written about the call</source>
        <translation>corrige lo escrito sobre la llamada</translation>
    </message>
    <message>
        <source>a task to remove the argument</source>
        <translation>una tarea para resolver el argumento</translation>
    </message>
    <message>
        <source>scores %1</source>
        <translation>calificaciones %1</translation>
    </message>
    <message numerus="yes">
        <source>to %n invoice(s)</source>
        <translation>
            <numerusform>a %n factura</numerusform>
            <numerusform>a %n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) updated</source>
        <translation>
            <numerusform>%n promesa actualizada</numerusform>
            <numerusform>%n promesas actualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>corrects an earlier note</source>
        <translation>corrige una nota anterior</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para el %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1% against a limit of %2%</source>
        <translation>%1&#xa0;% con un límite de %2&#xa0;%</translation>
    </message>
    <message>
        <source>outside the calling hours</source>
        <translation>fuera del horario de llamadas</translation>
    </message>
    <message>
        <source>over the attempts</source>
        <translation>por encima de los intentos</translation>
    </message>
    <message>
        <source>marked do not contact</source>
        <translation>marcado «no contactar»</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>zona horaria desconocida</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>gestor: %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>riesgo: %1</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>valor: %1</translation>
    </message>
    <message>
        <source>may be contacted again</source>
        <translation>se le puede volver a contactar</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n teléfono</numerusform>
            <numerusform>%n teléfonos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) to %1</source>
        <translation>
            <numerusform>%Ln deudor a %1</numerusform>
            <numerusform>%Ln deudores a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) moved with them</source>
        <translation>
            <numerusform>%Ln seguimiento pasó con ellos</numerusform>
            <numerusform>%Ln seguimientos pasaron con ellos</numerusform>
        </translation>
    </message>
    <message>
        <source>only those with no agent</source>
        <translation>solo los que no tenían gestor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 refused</source>
        <translation>agregadas: %1; actualizadas: %2; sin cambios: %3; rechazadas: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new debtor(s)</source>
        <translation>
            <numerusform>%Ln deudor nuevo</numerusform>
            <numerusform>%Ln deudores nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>grace %1 days</source>
        <translation>gracia %1 días</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>llamadas %1</translation>
    </message>
    <message>
        <source>%1 attempts in 7 days</source>
        <translation>%1 intentos en 7 días</translation>
    </message>
    <message>
        <source>discount up to %1%</source>
        <translation>descuento hasta %1&#xa0;%</translation>
    </message>
    <message>
        <source>rest %1 days</source>
        <translation>descanso %1 días</translation>
    </message>
    <message>
        <source>reminders at %1</source>
        <translation>recordatorios a las %1</translation>
    </message>
    <message>
        <source>version %1 (from %2)</source>
        <translation>versión %1 (antes %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) changed</source>
        <translation>
            <numerusform>%n etapa cambiada</numerusform>
            <numerusform>%n etapas cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to objections</source>
        <translation>
            <numerusform>%n respuesta a objeciones</numerusform>
            <numerusform>%n respuestas a objeciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer works in the office</source>
        <translation>ya no trabaja en el despacho</translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s) broken</source>
        <translation>
            <numerusform>%Ln promesa incumplida</numerusform>
            <numerusform>%Ln promesas incumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partly kept</source>
        <translation>
            <numerusform>%Ln cumplida en parte</numerusform>
            <numerusform>%Ln cumplidas en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln cumplida</numerusform>
            <numerusform>%Ln cumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) with a discount limit of their own</source>
        <translation>
            <numerusform>%n segmento con límite de descuento propio</numerusform>
            <numerusform>%n segmentos con límite de descuento propio</numerusform>
        </translation>
    </message>
    <message>
        <source>picked in the portfolio</source>
        <translation>elegidos en la cartera</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>id. fiscal</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>otros datos</translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation>Pago anulado</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) owed again</source>
        <translation>
            <numerusform>%n factura vuelve a deberse</numerusform>
            <numerusform>%n facturas vuelven a deberse</numerusform>
        </translation>
    </message>
    <message>
        <source>the debtor is active again</source>
        <translation>el deudor vuelve a estar activo</translation>
    </message>
    <message>
        <source>the debtor&apos;s credit paid part of it again</source>
        <translation>el saldo a favor del deudor volvió a pagar parte</translation>
    </message>
    <message>
        <source>Balance adjusted</source>
        <translation>Saldo ajustado</translation>
    </message>
    <message>
        <source>Discount taken off</source>
        <translation>Descuento aplicado</translation>
    </message>
    <message>
        <source>Discount withdrawn</source>
        <translation>Descuento retirado</translation>
    </message>
    <message numerus="yes">
        <source>off %n invoice(s)</source>
        <translation>
            <numerusform>de %n factura</numerusform>
            <numerusform>de %n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) cancelled</source>
        <translation>
            <numerusform>%n promesa cancelada</numerusform>
            <numerusform>%n promesas canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>the discount of the agreement it completed withdrawn</source>
        <translation>retirado el descuento del acuerdo que completaba</translation>
    </message>
    <message>
        <source>the debtor&apos;s status set to Closed</source>
        <translation>el deudor pasa a Cerrado</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) cancelled</source>
        <translation>
            <numerusform>%n seguimiento cancelado</numerusform>
            <numerusform>%n seguimientos cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice changed</source>
        <translation>Factura modificada</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>amount from %1 to %2</source>
        <translation>importe de %1 a %2</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>%1 paid from the debtor&apos;s credit on account</source>
        <translation>%1 pagados con el saldo a favor del deudor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) owing again, active again</source>
        <translation>
            <numerusform>%Ln deudor vuelve a deber y queda activo</numerusform>
            <numerusform>%Ln deudores vuelven a deber y quedan activos</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN asignado</translation>
    </message>
    <message>
        <source>PIN removed</source>
        <translation>PIN quitado</translation>
    </message>
    <message>
        <source>Wrong PINs typed</source>
        <translation>PIN equivocados</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s PIN, %n time(s) in a row; the next try waited %2 seconds</source>
        <translation>
            <numerusform>el PIN de %1, %n vez seguida; el siguiente intento esperó %2 segundos</numerusform>
            <numerusform>el PIN de %1, %n veces seguidas; el siguiente intento esperó %2 segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>number from %1 to %2</source>
        <translation>número de %1 a %2</translation>
    </message>
    <message>
        <source>Documents for several debtors</source>
        <translation>Documentos para varios deudores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) left out</source>
        <translation>
            <numerusform>%Ln deudor omitido</numerusform>
            <numerusform>%Ln deudores omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>detenido antes de terminar</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) with a rest of their own</source>
        <translation>
            <numerusform>%n segmento con descanso propio</numerusform>
            <numerusform>%n segmentos con descanso propio</numerusform>
        </translation>
    </message>
    <message>
        <source>priority: balance %1, days late %2, risk %3, broken promises %4</source>
        <translation>prioridad: saldo %1, días de atraso %2, riesgo %3, promesas incumplidas %4</translation>
    </message>
    <message>
        <source>Office details changed</source>
        <translation>Datos del despacho cambiados</translation>
    </message>
    <message>
        <source>Debtor nobody had taken by an agent</source>
        <translation>Deudor sin gestor tomado por un gestor</translation>
    </message>
    <message>
        <source>the debtor nobody had is now the agent&apos;s</source>
        <translation>el deudor sin gestor ahora es del gestor</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>how to pay</source>
        <translation>cómo pagar</translation>
    </message>
    <message>
        <source>Debtor given to another agent</source>
        <translation>Deudor pasado a otro gestor</translation>
    </message>
    <message>
        <source>over today&apos;s attempts</source>
        <translation>por encima de los intentos del día</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
</context>
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
        <source>%1 · %Ln item(s)</source>
        <translation>
            <numerusform>%1 · %Ln pendiente</numerusform>
            <numerusform>%1 · %Ln pendientes</numerusform>
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
    <message>
        <source>Call &amp;again:</source>
        <translation>Volver a &amp;llamar:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>A broken promise stays on the agenda until a new date is agreed: it moves to that day, and once its day has come that counts as put off in the Panel&apos;s Follow-through.</source>
        <translation>Una promesa incumplida sigue en la agenda hasta que se acuerde una fecha nueva: pasa a ese día y, si su día ya llegó, cuenta como pospuesta en el Seguimiento del panel.</translation>
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
    <message>
        <source>Its day has come: moving it to a later day counts as put off in the Panel&apos;s Follow-through. Moving it is not doing it.</source>
        <translation>Su día ya llegó: pasarla a un día posterior cuenta como pospuesta en el Seguimiento del panel. Cambiarla de día no es hacerla.</translation>
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
        <source>Paid %1 of %2, due %3</source>
        <translation>Pagó %1 de %2, vencía el %3</translation>
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
    <message numerus="yes">
        <source>Put off %n time(s): %1</source>
        <translation>
            <numerusform>Pospuesta %n vez: %1</numerusform>
            <numerusform>Pospuesta %n veces: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Promised: %1, of which %2 is paid and %3 left. The debtor owes %4 in all.</source>
        <translation>Prometido: %1; pagado: %2; pendiente: %3. El deudor debe %4 en total.</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 pendientes de %2</translation>
    </message>
    <message>
        <source>Remind: %1 %2, due %3 (promised on %4)</source>
        <translation>Recordar: %1 %2, vence el %3 (prometido el %4)</translation>
    </message>
    <message>
        <source>Check the payment: %1 %2, due %3</source>
        <translation>Verificar el pago: %1 %2, vencía el %3</translation>
    </message>
    <message>
        <source>Not paid: %1 %2, due %3</source>
        <translation>No pagó: %1 %2, vencía el %3</translation>
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
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Open follow-ups per day. Click a day, or choose it and press Enter, to see its agenda.</source>
        <translation>Seguimientos pendientes por día. Haga clic en un día, o elíjalo y pulse Intro, para ver su agenda.</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Venc&amp;idos</translation>
    </message>
    <message>
        <source>Who&amp;se:</source>
        <translation>De &amp;quién:</translation>
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
    <name>AssignDialog</name>
    <message>
        <source>To &amp;one agent:</source>
        <translation>A &amp;un gestor:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>&amp;Shared evenly among, largest balances first in turn:</source>
        <translation>Repartidos por i&amp;gual entre, por turnos del mayor saldo al menor:</translation>
    </message>
    <message>
        <source>Agents to share them among</source>
        <translation>Gestores entre los que se reparten</translation>
    </message>
    <message>
        <source>To no&amp;body: the debtors are left without an agent</source>
        <translation>A &amp;nadie: los deudores quedan sin gestor</translation>
    </message>
    <message>
        <source>Only the debtors that have no &amp;agent yet</source>
        <translation>Solo los deudores que aún no tienen ges&amp;tor</translation>
    </message>
    <message>
        <source>Their open &amp;follow-ups that were their agent&apos;s go with them</source>
        <translation>Sus &amp;seguimientos abiertos que eran de su gestor pasan con ellos</translation>
    </message>
    <message>
        <source>Assign debtors</source>
        <translation>Asignar deudores</translation>
    </message>
    <message>
        <source>All the debtors the portfolio sho&amp;ws</source>
        <translation>Todos los deudores que &amp;muestra la cartera</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1-copy-%2.sqlite</source>
        <translation>%1-copia-%2.sqlite</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <source>The copy cannot take the place of the office file it is made from; choose another name or folder.</source>
        <translation>La copia no puede ocupar el lugar del archivo del despacho del que se saca; elija otro nombre u otra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1: %2</source>
        <translation>No se pudo escribir la copia en %1: %2</translation>
    </message>
    <message>
        <source>The copy written to %1 did not read back whole (%2); nothing was replaced.</source>
        <translation>La copia escrita en %1 no se pudo leer completa (%2); no se reemplazó nada.</translation>
    </message>
    <message>
        <source>%1 could not be replaced; is it open in another program?</source>
        <translation>No se pudo reemplazar %1; ¿está abierto en otro programa?</translation>
    </message>
    <message>
        <source>The copy could not be given the name %1.</source>
        <translation>No se pudo dar a la copia el nombre %1.</translation>
    </message>
</context>
<context>
    <name>BalanceAdjustmentDialog</name>
    <message>
        <source>Adjust the balance</source>
        <translation>Ajustar el saldo</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Invoice:</source>
        <translation>&amp;Factura:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>All that is &amp;owed</source>
        <translation>Todo lo a&amp;deudado</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Why: what was agreed, what was wrong with the invoice, why it cannot be collected</source>
        <translation>Por qué: lo acordado, el error de la factura, por qué no se puede cobrar</translation>
    </message>
</context>
<context>
    <name>BalanceAdjustmentService</name>
    <message>
        <source>Kind: choose what the adjustment is.</source>
        <translation>Tipo: elija qué clase de ajuste es.</translation>
    </message>
    <message>
        <source>Amount: it must be greater than zero.</source>
        <translation>Importe: debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Note: say in words why the balance is adjusted.</source>
        <translation>Nota: diga con palabras por qué se ajusta el saldo.</translation>
    </message>
    <message>
        <source>Note: at most %1 characters.</source>
        <translation>Nota: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Only a supervisor can adjust a balance.</source>
        <translation>Solo un supervisor puede ajustar un saldo.</translation>
    </message>
    <message>
        <source>There is no such debtor.</source>
        <translation>Ese deudor no existe.</translation>
    </message>
    <message>
        <source>Invoice: it is not an open invoice of this debtor.</source>
        <translation>Factura: no es una factura pendiente de este deudor.</translation>
    </message>
    <message>
        <source>Amount: the debtor owes nothing to adjust.</source>
        <translation>Importe: el deudor no debe nada que ajustar.</translation>
    </message>
    <message>
        <source>Amount: at most %1, what the invoice still owes.</source>
        <translation>Importe: como máximo %1, lo que aún se debe de la factura.</translation>
    </message>
    <message>
        <source>Amount: at most %1, what the debtor owes.</source>
        <translation>Importe: como máximo %1, lo que debe el deudor.</translation>
    </message>
    <message>
        <source>The balance was written off: the debtor is now Closed.</source>
        <translation>El saldo se canceló como incobrable: el deudor pasa a Cerrado.</translation>
    </message>
</context>
<context>
    <name>CallAssembly</name>
    <message>
        <source>Presentation: say who answered the phone (or that nobody did).</source>
        <translation>Presentación: indique quién contestó el teléfono (o que nadie lo hizo).</translation>
    </message>
    <message>
        <source>Next attempt after: %1.</source>
        <translation>Siguiente intento después de: %1.</translation>
    </message>
    <message>
        <source>Negotiation: %1</source>
        <translation>Negociación: %1</translation>
    </message>
    <message>
        <source>%1 «%2»</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Presentation: say when to call back, at the time they asked for.</source>
        <translation>Presentación: diga cuándo volver a llamar, a la hora que pidió.</translation>
    </message>
    <message>
        <source>%1 could not talk and asked to be called back at this time.</source>
        <translation>%1 no podía hablar y pidió que le llamaran a esta hora.</translation>
    </message>
</context>
<context>
    <name>CallClosePage</name>
    <message>
        <source>Payment instructions to give</source>
        <translation>Instrucciones de pago que debe dar</translation>
    </message>
    <message>
        <source>Written confirmation for the debtor</source>
        <translation>Confirmación por escrito para el deudor</translation>
    </message>
    <message>
        <source>Notes on this stage (Alt+0):</source>
        <translation>Notas de esta etapa (Alt+0):</translation>
    </message>
    <message>
        <source>What was agreed: compare it with what the debtor repeats</source>
        <translation>Lo acordado: compárelo con lo que repita el deudor</translation>
    </message>
</context>
<context>
    <name>CallConfirmation</name>
    <message>
        <source>weekly</source>
        <translation>semanales</translation>
    </message>
    <message>
        <source>fortnightly</source>
        <translation>cada 14 días</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuales</translation>
    </message>
    <message>
        <source>You paid %1 today, %2.</source>
        <translation>Usted pagó hoy %1, %2.</translation>
    </message>
    <message>
        <source>You will pay the rest, %1, on %2, %3.</source>
        <translation>Pagará el resto, %1, el %2, %3.</translation>
    </message>
    <message>
        <source>You will pay %1 in %2 %3 instalments, %4:</source>
        <translation>Usted pagará %1 en %2 pagos %3, %4:</translation>
    </message>
    <message>
        <source>%1. %2 on %3</source>
        <translation>%1. %2 el %3</translation>
    </message>
    <message>
        <source>You will pay %1 on %2, %3.</source>
        <translation>Usted pagará %1 el %2, %3.</translation>
    </message>
    <message>
        <source>This includes a discount of %1 (%2%) on the balance.</source>
        <translation>Esto incluye un descuento de %1 (%2&#xa0;%) sobre el saldo.</translation>
    </message>
    <message>
        <source>The discount needs a supervisor&apos;s approval: we will confirm it to you.</source>
        <translation>El descuento requiere la aprobación de un supervisor: se lo confirmaremos.</translation>
    </message>
    <message>
        <source>Payment commitment, %1</source>
        <translation>Compromiso de pago, %1</translation>
    </message>
    <message>
        <source>Debtor: %1 (reference %2)</source>
        <translation>Deudor: %1 (referencia %2)</translation>
    </message>
    <message>
        <source>How to pay: %1</source>
        <translation>Cómo pagar: %1</translation>
    </message>
    <message>
        <source>Agreed by telephone with %1.</source>
        <translation>Acordado por teléfono con %1.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Cómo pagar</translation>
    </message>
    <message>
        <source>Payment commitment</source>
        <translation>Compromiso de pago</translation>
    </message>
    <message>
        <source>twice-monthly</source>
        <translation>quincenales</translation>
    </message>
    <message>
        <source>Nothing to transfer: each payment is charged to the debtor&apos;s account on its date. Confirm the account number and that the debtor authorises the charge.</source>
        <translation>No hay nada que transferir: cada pago se carga en la cuenta del deudor en su fecha. Confirme el número de cuenta y que el deudor autoriza el cargo.</translation>
    </message>
    <message>
        <source>Each payment will be charged on its date to the account you authorised: there is nothing to transfer.</source>
        <translation>Cada pago se cargará en su fecha en la cuenta que usted autorizó: no tiene que transferir nada.</translation>
    </message>
</context>
<context>
    <name>CallCorrectionDialog</name>
    <message>
        <source>Correct call</source>
        <translation>Corregir llamada</translation>
    </message>
    <message>
        <source>&amp;Presentation:</source>
        <translation>&amp;Presentación:</translation>
    </message>
    <message>
        <source>&amp;Listening:</source>
        <translation>&amp;Escucha activa:</translation>
    </message>
    <message>
        <source>&amp;Negotiation:</source>
        <translation>&amp;Negociación:</translation>
    </message>
    <message>
        <source>P&amp;re-close:</source>
        <translation>P&amp;recierre:</translation>
    </message>
    <message>
        <source>&amp;Close:</source>
        <translation>&amp;Cierre:</translation>
    </message>
    <message>
        <source>Reason for not &amp;paying:</source>
        <translation>&amp;Motivo de no pago:</translation>
    </message>
    <message>
        <source>Argument or excuse</source>
        <translation>Argumento o excusa</translation>
    </message>
    <message>
        <source>The debtor&apos;s &amp;words:</source>
        <translation>Pala&amp;bras del deudor:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Willing to pay</source>
        <translation>Quiere pagar</translation>
    </message>
    <message>
        <source>Able to pay</source>
        <translation>Puede pagar</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Siguiente pa&amp;so:</translation>
    </message>
    <message>
        <source>Reason for the ref&amp;usal:</source>
        <translation>Motivo de la nega&amp;tiva:</translation>
    </message>
</context>
<context>
    <name>CallCorrectionService</name>
    <message>
        <source>%1: at most %2 characters (these notes have %3).</source>
        <translation>%1: como máximo %2 caracteres (estas notas tienen %3).</translation>
    </message>
    <message>
        <source>%1: this call did not reach the debtor, so it keeps the presentation&apos;s notes only.</source>
        <translation>%1: esta llamada no llegó al deudor, así que solo guarda las notas de la presentación.</translation>
    </message>
    <message>
        <source>Reason for not paying: only the debtor or the person who decides payment gives one, and this call reached neither.</source>
        <translation>Motivo de no pago: solo lo da el deudor o quien decide el pago, y esta llamada no llegó a ninguno de los dos.</translation>
    </message>
    <message>
        <source>Reason for not paying: choose the reason the debtor&apos;s words go with.</source>
        <translation>Motivo de no pago: elija el motivo al que corresponden las palabras del deudor.</translation>
    </message>
    <message>
        <source>The debtor&apos;s words: at most %1 characters (these have %2).</source>
        <translation>Palabras del deudor: como máximo %1 caracteres (estas tienen %2).</translation>
    </message>
    <message>
        <source>Reason for the refusal: a refusal keeps the reason the debtor gave.</source>
        <translation>Motivo de la negativa: una negativa conserva el motivo que dio el deudor.</translation>
    </message>
    <message>
        <source>Next step: a refusal keeps what is done next.</source>
        <translation>Siguiente paso: una negativa conserva lo que se hará después.</translation>
    </message>
    <message>
        <source>Reason for the refusal: at most %1 characters.</source>
        <translation>Motivo de la negativa: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Next step: at most %1 characters.</source>
        <translation>Siguiente paso: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The call to correct no longer exists.</source>
        <translation>La llamada que quiere corregir ya no existe.</translation>
    </message>
    <message>
        <source>Only the agent who made the call, or a supervisor, can correct it.</source>
        <translation>Solo el gestor que hizo la llamada, o un supervisor, puede corregirla.</translation>
    </message>
    <message>
        <source>This call was corrected already: correct its latest correction instead.</source>
        <translation>Esta llamada ya se corrigió: corrija su última corrección.</translation>
    </message>
    <message>
        <source>Nothing was changed: there is nothing to correct.</source>
        <translation>No cambió nada: no hay nada que corregir.</translation>
    </message>
    <message>
        <source>The call was corrected: the debtor did not give this reason.</source>
        <translation>La llamada se corrigió: el deudor no dio este motivo.</translation>
    </message>
    <message>
        <source>Argument or excuse: this call ended on the debtor&apos;s argument, with nothing else agreed, so it stays an argument (choose its right reason if it was another).</source>
        <translation>Argumento o excusa: esta llamada terminó en un argumento del deudor, sin nada más acordado, así que sigue siendo un argumento (elija su motivo correcto si fue otro).</translation>
    </message>
</context>
<context>
    <name>CallDialBox</name>
    <message>
        <source>Calling:</source>
        <translation>Llamando a:</translation>
    </message>
    <message>
        <source>Number dialled:</source>
        <translation>Número marcado:</translation>
    </message>
</context>
<context>
    <name>CallFlow</name>
    <message>
        <source>Nobody answered: try again in two hours.</source>
        <translation>No contestó nadie: vuelva a intentarlo en dos horas.</translation>
    </message>
    <message>
        <source>Voicemail: give them a day to call back, then try again at the same hour.</source>
        <translation>Buzón de voz: dele un día para devolver la llamada y vuelva a intentarlo a la misma hora.</translation>
    </message>
    <message>
        <source>Someone else answered: call again when they said the debtor is in (three hours unless you change it).</source>
        <translation>Contestó otra persona: vuelva a llamar cuando le dijeron que estaría el deudor (en tres horas, si no lo cambia).</translation>
    </message>
    <message>
        <source>Wrong number: find another number in the file or with the debtor&apos;s contacts, then call tomorrow.</source>
        <translation>Número equivocado: busque otro número en el expediente o con los contactos del deudor y llame mañana.</translation>
    </message>
    <message>
        <source>By then the debtor&apos;s calling window is closed: it is set for when it opens again.</source>
        <translation>Para entonces el horario de llamadas del deudor estará cerrado: queda para cuando vuelva a abrir.</translation>
    </message>
    <message>
        <source>At that time the debtor&apos;s calling window is closed: choose a time inside it.</source>
        <translation>A esa hora el horario de llamadas del deudor estará cerrado: elija una hora dentro de él.</translation>
    </message>
    <message>
        <source>They cannot talk now: type the time they asked to be called (an hour from now unless you change it).</source>
        <translation>No puede hablar ahora: escriba la hora a la que pidió que le llamaran (dentro de una hora si no la cambia).</translation>
    </message>
</context>
<context>
    <name>CallGate</name>
    <message>
        <source>There is no such debtor.</source>
        <translation>Ese deudor no existe.</translation>
    </message>
    <message>
        <source>That contact does not belong to this debtor.</source>
        <translation>Ese contacto no pertenece a este deudor.</translation>
    </message>
    <message>
        <source>Write why the call goes ahead although the rules refuse it.</source>
        <translation>Escriba por qué se hace la llamada aunque las reglas la rechazan.</translation>
    </message>
    <message>
        <source>Only a supervisor can let a refused call go ahead.</source>
        <translation>Solo un supervisor puede autorizar una llamada rechazada.</translation>
    </message>
    <message>
        <source>The call is allowed: there is nothing to override.</source>
        <translation>La llamada está permitida: no hay nada que autorizar.</translation>
    </message>
    <message>
        <source>Do-not-contact is never overridden: lift the mark in the debtor&apos;s file, with its reason, or call another contact.</source>
        <translation>«No contactar» no admite excepciones: quite la marca en el expediente del deudor, con su motivo, o llame a otro contacto.</translation>
    </message>
    <message>
        <source>Say in a few words why the call goes ahead, for example “the debtor asked to be called at this hour”: “%1” tells the audit log nothing.</source>
        <translation>Diga en unas palabras por qué la llamada se hace, por ejemplo «el deudor pidió que se le llame a esta hora»: «%1» no le dice nada a la bitácora de auditoría.</translation>
    </message>
</context>
<context>
    <name>CallListeningPage</name>
    <message>
        <source>Reason for not paying:</source>
        <translation>Motivo de no pago:</translation>
    </message>
    <message>
        <source>In the debtor&apos;s words:</source>
        <translation>En palabras del deudor:</translation>
    </message>
    <message>
        <source>It is:</source>
        <translation>Es:</translation>
    </message>
    <message>
        <source>Willing to pay:</source>
        <translation>Quiere pagar:</translation>
    </message>
    <message>
        <source>Able to pay:</source>
        <translation>Puede pagar:</translation>
    </message>
    <message>
        <source>Notes on this stage (Alt+0):</source>
        <translation>Notas de esta etapa (Alt+0):</translation>
    </message>
    <message>
        <source>An argument can be checked and removed; an excuse buys time.</source>
        <translation>Un argumento se puede comprobar y quitar; una excusa gana tiempo.</translation>
    </message>
</context>
<context>
    <name>CallNegotiationPage</name>
    <message>
        <source>Offer</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Opción:</translation>
    </message>
    <message>
        <source>Pays on:</source>
        <translation>Paga el:</translation>
    </message>
    <message>
        <source>Pays now:</source>
        <translation>Paga ahora:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <source>The rest on:</source>
        <translation>El resto el:</translation>
    </message>
    <message>
        <source>Instalments:</source>
        <translation>Parcialidades:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>First on:</source>
        <translation>La primera el:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Nueva fecha:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Descuento:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Forma de pago:</translation>
    </message>
    <message>
        <source>Payment reference:</source>
        <translation>Referencia del pago:</translation>
    </message>
    <message>
        <source>The office&apos;s answers to objections (Alt+7)</source>
        <translation>Respuestas del despacho a las objeciones (Alt+7)</translation>
    </message>
    <message>
        <source>Techniques used (Alt+8; Space ticks)</source>
        <translation>Técnicas usadas (Alt+8; Espacio marca)</translation>
    </message>
    <message>
        <source>Notes on this stage (Alt+0):</source>
        <translation>Notas de esta etapa (Alt+0):</translation>
    </message>
    <message>
        <source>Paid during the call</source>
        <translation>Pagó durante la llamada</translation>
    </message>
    <message>
        <source>By card, or by a transfer confirmed while on the line.</source>
        <translation>Con tarjeta, o con una transferencia confirmada sin colgar.</translation>
    </message>
    <message>
        <source>Can pay each time:</source>
        <translation>Puede pagar cada vez:</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>CallPreClosePage</name>
    <message>
        <source>The debtor&apos;s answer (Alt+number)</source>
        <translation>Respuesta del deudor (Alt+número)</translation>
    </message>
    <message>
        <source>The refusal</source>
        <translation>La negativa</translation>
    </message>
    <message>
        <source>Why they refuse:</source>
        <translation>Por qué se niega:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <source>Call again on:</source>
        <translation>Volver a llamar el:</translation>
    </message>
    <message>
        <source>Notes on this stage (Alt+0):</source>
        <translation>Notas de esta etapa (Alt+0):</translation>
    </message>
</context>
<context>
    <name>CallPresentationPage</name>
    <message>
        <source>Who answered? (Alt+number)</source>
        <translation>¿Quién contestó? (Alt+número)</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>Siguiente intento:</translation>
    </message>
    <message>
        <source>Notes on this stage (Alt+0):</source>
        <translation>Notas de esta etapa (Alt+0):</translation>
    </message>
</context>
<context>
    <name>CallScript</name>
    <message>
        <source>Someone else answers</source>
        <translation>Contesta otra persona</translation>
    </message>
    <message>
        <source>%1: write what the agent says at this stage.</source>
        <translation>%1: escriba lo que dice el gestor en esta etapa.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (it has %3).</source>
        <translation>%1: como máximo %2 caracteres (tiene %3).</translation>
    </message>
    <message>
        <source>Objection %1: write what the debtor says.</source>
        <translation>Objeción %1: escriba lo que dice el deudor.</translation>
    </message>
    <message>
        <source>Objection %1: write the office&apos;s answer to «%2».</source>
        <translation>Objeción %1: escriba la respuesta del despacho a «%2».</translation>
    </message>
    <message>
        <source>Objection %1: at most %2 characters.</source>
        <translation>Objeción %1: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Objection %1: the answer takes at most %2 characters.</source>
        <translation>Objeción %1: la respuesta admite como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Objection %1: «%2» is already on the list.</source>
        <translation>Objeción %1: «%2» ya está en la lista.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change the office&apos;s call script.</source>
        <translation>Solo un supervisor o un administrador puede cambiar el guion de llamada del despacho.</translation>
    </message>
    <message>
        <source>The script being edited is no longer in the office&apos;s file.</source>
        <translation>El guion que se estaba editando ya no está en el archivo del despacho.</translation>
    </message>
    <message>
        <source>Techniques: at most %1.</source>
        <translation>Técnicas: como máximo %1.</translation>
    </message>
    <message>
        <source>Technique %1: write its name.</source>
        <translation>Técnica %1: escriba su nombre.</translation>
    </message>
    <message>
        <source>Technique %1: its name takes at most %2 characters.</source>
        <translation>Técnica %1: el nombre admite como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Technique %1: what it means takes at most %2 characters.</source>
        <translation>Técnica %1: lo que significa admite como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Technique %1: «%2» is already on the list.</source>
        <translation>Técnica %1: «%2» ya está en la lista.</translation>
    </message>
    <message>
        <source>Reason %1: write how the desk names it.</source>
        <translation>Motivo %1: escriba cómo se nombra en la llamada.</translation>
    </message>
    <message>
        <source>Reason %1: its name takes at most %2 characters.</source>
        <translation>Motivo %1: el nombre admite como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Reason %1: what to ask takes at most %2 characters.</source>
        <translation>Motivo %1: lo que se pregunta admite como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>Reason %1: «%2» is already on the list.</source>
        <translation>Motivo %1: «%2» ya está en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 are not something the script can fill in; it can use %3.</source>
        <translation>
            <numerusform>%1: %2 no es un dato que el guion pueda completar; puede usar %3.</numerusform>
            <numerusform>%1: %2 no son datos que el guion pueda completar; puede usar %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 would tell someone else about the debt; leave them out.</source>
        <translation>
            <numerusform>%1: %2 le contaría la deuda a otra persona; quítelo.</numerusform>
            <numerusform>%1: %2 le contarían la deuda a otra persona; quítelos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 are read before the agent knows who answered, and would tell whoever it is about the debt; say them from Active listening on.</source>
        <translation>
            <numerusform>%1: %2 se lee antes de saber quién contestó, y le hablaría de la deuda a quien sea; dígalo a partir de la Escucha activa.</numerusform>
            <numerusform>%1: %2 se leen antes de saber quién contestó, y le hablarían de la deuda a quien sea; dígalos a partir de la Escucha activa.</numerusform>
        </translation>
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
    <message>
        <source>A refusal is recorded only after an alternative was offered: offer one and say the debtor still refuses.</source>
        <translation>Una negativa solo se registra después de ofrecer una alternativa: ofrézcala e indique que el deudor sigue negándose.</translation>
    </message>
    <message>
        <source>Only a new promise can replace an open one.</source>
        <translation>Solo una promesa nueva puede sustituir a una abierta.</translation>
    </message>
    <message>
        <source>A discount goes with a promise, a plan or a payment.</source>
        <translation>Un descuento va con una promesa, un convenio o un pago.</translation>
    </message>
    <message>
        <source>The discount must be between 1 and 99 percent.</source>
        <translation>El descuento debe estar entre 1 y 99 por ciento.</translation>
    </message>
    <message>
        <source>What is paid and promised must add up to the balance less the discount.</source>
        <translation>Lo pagado y lo prometido debe sumar el saldo menos el descuento.</translation>
    </message>
    <message>
        <source>Only a supervisor can let a refused call go ahead.</source>
        <translation>Solo un supervisor puede autorizar una llamada rechazada.</translation>
    </message>
    <message>
        <source>The contact rules refuse this call: %1</source>
        <translation>Las reglas de contacto rechazan esta llamada: %1</translation>
    </message>
    <message>
        <source>Only a pending promise of this debtor can be replaced.</source>
        <translation>Solo se puede sustituir una promesa pendiente de este deudor.</translation>
    </message>
    <message>
        <source>Replaced by the promise of call %1.</source>
        <translation>Sustituida por la promesa de la llamada %1.</translation>
    </message>
    <message>
        <source>The debtor says the invoice never arrived: send a copy.</source>
        <translation>El deudor dice que la factura nunca le llegó: envíe una copia.</translation>
    </message>
    <message>
        <source>The debtor questions what is owed: send the statement of account.</source>
        <translation>El deudor cuestiona lo que debe: envíe el estado de cuenta.</translation>
    </message>
    <message>
        <source>The debtor gave a reason that can be checked: check it and answer it.</source>
        <translation>El deudor dio un motivo que se puede comprobar: compruébelo y respóndale.</translation>
    </message>
    <message>
        <source>The debtor gave a reason that can be checked: «%1». Check it and answer it.</source>
        <translation>El deudor dio un motivo que se puede comprobar: «%1». Compruébelo y respóndale.</translation>
    </message>
    <message>
        <source>Called: %1.</source>
        <translation>Llamada hecha: %1.</translation>
    </message>
    <message>
        <source>The number dialled is wrong and the file has no other: find the debtor&apos;s number (their contacts, the invoices, whoever sold to them), add it and call.</source>
        <translation>El número marcado es equivocado y el expediente no tiene otro: busque el número del deudor (sus contactos, las facturas, quien le vendió), agréguelo y llame.</translation>
    </message>
    <message>
        <source>Next attempt: that time has already passed; choose a later one.</source>
        <translation>Siguiente intento: esa hora ya pasó; elija una posterior.</translation>
    </message>
    <message>
        <source>Paid in full during the call.</source>
        <translation>Pagó todo durante la llamada.</translation>
    </message>
    <message>
        <source>Say when they asked to be called back.</source>
        <translation>Diga a qué hora pidió que le volvieran a llamar.</translation>
    </message>
    <message>
        <source>A call with the debtor must end with a payment, a promise, a refusal with its reason and next step, or an argument to check: none was recorded. If they cannot talk now, tick it in the presentation (Alt+7).</source>
        <translation>Una llamada con el deudor debe terminar con un pago, una promesa, una negativa con su motivo y siguiente paso, o un argumento por verificar: no se registró ninguno. Si no puede hablar ahora, márquelo en la presentación (Alt+7).</translation>
    </message>
    <message>
        <source>The debtor says it is paid: look for the payment (the bank, deposits not applied yet), then send the statement of account.</source>
        <translation>El deudor dice que ya pagó: busque el pago (en el banco, en depósitos aún sin aplicar) y después envíele el estado de cuenta.</translation>
    </message>
    <message>
        <source>The debtor says it is paid: «%1». Look for the payment (the bank, deposits not applied yet), then send the statement of account.</source>
        <translation>El deudor dice que ya pagó: «%1». Busque el pago (en el banco, en depósitos aún sin aplicar) y después envíele el estado de cuenta.</translation>
    </message>
    <message>
        <source>Approved on the call by the supervisor who made it.</source>
        <translation>Aprobado en la llamada por el supervisor que la hizo.</translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Cambiar mi PIN</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;PIN actual:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;nuevo:</translation>
    </message>
    <message>
        <source>4 to 12 digits; six or more are safer</source>
        <translation>de 4 a 12 dígitos; mejor seis o más</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>R&amp;epetir PIN:</translation>
    </message>
    <message>
        <source>Re&amp;move my PIN</source>
        <translation>&amp;Quitar mi PIN</translation>
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
        <source>Unknown option: %1</source>
        <translation>Opción desconocida: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>the day to list (default today)</source>
        <translation>el día a listar (por omisión, hoy)</translation>
    </message>
    <message>
        <source>also list what is still open from earlier days</source>
        <translation>listar también lo pendiente de días anteriores</translation>
    </message>
    <message numerus="yes">
        <source>Agenda for %1: %Ln item(s)</source>
        <translation>
            <numerusform>Agenda del %1: %Ln pendiente</numerusform>
            <numerusform>Agenda del %1: %Ln pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemas</numerusform>
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
        <source>Check found %Ln problem(s).</source>
        <translation>
            <numerusform>La verificación encontró %Ln problema.</numerusform>
            <numerusform>La verificación encontró %Ln problemas.</numerusform>
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
        <source>Database ready: %1 (schema %2, currency %3)</source>
        <translation>Base de datos lista: %1 (esquema %2, moneda %3)</translation>
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
        <translation>… y más filas rechazadas: %1.</translation>
    </message>
    <message>
        <source>%1 rows: %2 added, %3 updated, %4 unchanged, %5 refused.</source>
        <translation>Filas: %1. Agregadas: %2; actualizadas: %3; sin cambios: %4; rechazadas: %5.</translation>
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
        <source>Nothing was stored: %Ln row(s) refused. Correct them, or store the valid rows with --keep-valid REJECTS.csv.</source>
        <translation>
            <numerusform>No se guardó nada: %Ln fila rechazada. Corríjala o guarde las filas válidas con --keep-valid RECHAZADAS.csv.</numerusform>
            <numerusform>No se guardó nada: %Ln filas rechazadas. Corríjalas o guarde las filas válidas con --keep-valid RECHAZADAS.csv.</numerusform>
        </translation>
    </message>
    <message>
        <source>how debtors pay (bank, account, where); {referencia} becomes the debtor&apos;s reference</source>
        <translation>cómo pagan los deudores (banco, cuenta, dónde); {referencia} se sustituye por la referencia del deudor</translation>
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
        <source>the PDF file to write</source>
        <translation>el archivo PDF a escribir</translation>
    </message>
    <message>
        <source>es (default) or en</source>
        <translation>es (por omisión) o en</translation>
    </message>
    <message>
        <source>--lang: use es or en.</source>
        <translation>--lang: use es o en.</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>Se guardó %2: %1</translation>
    </message>
    <message>
        <source>Agenda counts</source>
        <translation>Recuentos de la agenda</translation>
    </message>
    <message>
        <source>the copy to write (an older copy of that name is replaced)</source>
        <translation>la copia que se escribe (una copia anterior con ese nombre se reemplaza)</translation>
    </message>
    <message>
        <source>Copy saved to %1: %2, %3, %4.</source>
        <translation>Copia guardada en %1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s)</source>
        <translation>
            <numerusform>%Ln deudor</numerusform>
            <numerusform>%Ln deudores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura</numerusform>
            <numerusform>%Ln facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>save a copy of the whole office that opens like the original</source>
        <translation>guardar una copia de todo el despacho que se abre igual que el original</translation>
    </message>
    <message>
        <source>Dashboard figures</source>
        <translation>Cifras del panel</translation>
    </message>
    <message>
        <source>activity: only this action (payment.post, call.commit, ...)</source>
        <translation>actividad: solo esta acción (payment.post, call.commit, ...)</translation>
    </message>
    <message>
        <source>--user: the office has no user %1.</source>
        <translation>--user: el despacho no tiene el usuario %1.</translation>
    </message>
    <message>
        <source>--action: only the activity export takes it.</source>
        <translation>--action: solo la admite la exportación de actividad.</translation>
    </message>
    <message>
        <source>The agreement is paid: its discount of %1 came off</source>
        <translation>El acuerdo está pagado: se descontó su descuento de %1</translation>
    </message>
    <message>
        <source>one PDF with every document, each on pages of its own</source>
        <translation>un solo PDF con todos los documentos, cada uno en sus propias páginas</translation>
    </message>
    <message>
        <source>a folder for one PDF per debtor</source>
        <translation>una carpeta para un PDF por deudor</translation>
    </message>
    <message>
        <source>only the debtors of this segment</source>
        <translation>solo los deudores de este segmento</translation>
    </message>
    <message>
        <source>only the debtors of this agent</source>
        <translation>solo los deudores de este gestor</translation>
    </message>
    <message>
        <source>the debtors marked do not contact too</source>
        <translation>también los deudores marcados «no contactar»</translation>
    </message>
    <message>
        <source>statements: the debtors who owe nothing too</source>
        <translation>estados de cuenta: también los deudores que no deben nada</translation>
    </message>
    <message>
        <source>give either --out (one PDF) or --out-dir (one PDF per debtor).</source>
        <translation>indique uno de los dos: --out (un solo PDF) o --out-dir (un PDF por deudor).</translation>
    </message>
    <message>
        <source>--agent: no user has the login «%1».</source>
        <translation>--agent: no hay ningún usuario «%1».</translation>
    </message>
    <message>
        <source>No document was written.</source>
        <translation>No se generó ningún documento.</translation>
    </message>
    <message>
        <source>write the same statement or letter for many debtors as PDF</source>
        <translation>escribir el mismo estado de cuenta o carta para muchos deudores en PDF</translation>
    </message>
    <message>
        <source>--segment: no debtor is in the segment «%1»; the segments are: %2.</source>
        <translation>--segment: ningún deudor está en el segmento «%1»; los segmentos son: %2.</translation>
    </message>
    <message>
        <source>statement (default), reminder, confirmation or paid-in-full</source>
        <translation>statement (por omisión), reminder, confirmation o paid-in-full</translation>
    </message>
    <message>
        <source>--letter: use statement, reminder, confirmation or paid-in-full.</source>
        <translation>--letter: use statement, reminder, confirmation o paid-in-full.</translation>
    </message>
    <message>
        <source>The debtor&apos;s file could not note the document: %1</source>
        <translation>El expediente del deudor no pudo registrar el documento: %1</translation>
    </message>
    <message>
        <source>Invoice numbers for search</source>
        <translation>Números de factura para la búsqueda</translation>
    </message>
    <message>
        <source>Phone numbers for search</source>
        <translation>Teléfonos para la búsqueda</translation>
    </message>
    <message>
        <source>activity: only what this login did; dashboard figures, scores, follow-through and aging: only this agent&apos;s</source>
        <translation>actividad: solo lo que hizo este usuario; cifras del panel, calificaciones, seguimiento y antigüedad: solo las de este gestor</translation>
    </message>
    <message>
        <source>--user: only the activity, dashboard figures, scores, follow-through and aging exports take it.</source>
        <translation>--user: solo la admiten las exportaciones de actividad, de cifras del panel, de calificaciones, de seguimiento y de antigüedad.</translation>
    </message>
    <message numerus="yes">
        <source>put off %n time(s)</source>
        <translation>
            <numerusform>pospuesta %n vez</numerusform>
            <numerusform>pospuesta %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>only what was put off at least once</source>
        <translation>solo lo pospuesto al menos una vez</translation>
    </message>
    <message>
        <source>Payment %1 recorded for %2: %3, with no invoice to pay</source>
        <translation>Pago %1 registrado para %2: %3, sin facturas que pagar</translation>
    </message>
    <message>
        <source>There is no office file at %1. Check the path given with --db, or create a new office with: libreta-cli --db %1 init</source>
        <translation>No hay ningún archivo de despacho en %1. Revise la ruta indicada con --db, o cree un despacho nuevo con: libreta-cli --db %1 init</translation>
    </message>
    <message>
        <source>time zone new debtors are given, e.g. Europe/Madrid (the computer&apos;s by default)</source>
        <translation>zona horaria que reciben los deudores nuevos, p. ej. Europe/Madrid (la del equipo si no se indica)</translation>
    </message>
    <message>
        <source>who records it (default: the computer&apos;s login, when the office lists it)</source>
        <translation>quién lo registra (por omisión, el usuario del equipo, si el despacho lo tiene)</translation>
    </message>
    <message>
        <source>record it even when the same payment (day, amount, reference) is already recorded</source>
        <translation>registrarlo aunque el mismo pago (día, importe, referencia) ya esté registrado</translation>
    </message>
    <message>
        <source>Payment %1 of %2 on %3 with the reference «%4» is already recorded for %5: nothing was recorded. If this is another payment, run the command again with --again.</source>
        <translation>El pago %1 de %2 del %3 con la referencia «%4» ya está registrado para %5: no se registró nada. Si es otro pago, vuelva a ejecutar la orden con --again.</translation>
    </message>
    <message>
        <source>Not imported: %1 (--map COLUMN=FIELD imports one)</source>
        <translation>No se importan: %1 (--map COLUMNA=CAMPO importa una)</translation>
    </message>
    <message>
        <source>cash, transfer, card, check, deposit, mobile, store, direct_debit or other</source>
        <translation>efectivo, transferencia, tarjeta, cheque, depósito, bizum (pago móvil), oxxo (pago en tienda), domiciliación u otro</translation>
    </message>
    <message>
        <source>--method: «%1» is not a payment method; use cash, transfer, card, check, deposit, mobile, store, direct_debit or other.</source>
        <translation>--method: «%1» no es una forma de pago; use efectivo, transferencia, tarjeta, cheque, depósito, bizum (pago móvil), oxxo (pago en tienda), domiciliación u otro.</translation>
    </message>
    <message>
        <source>--%1: «%2» is not a date; write it as YYYY-MM-DD or as %3.</source>
        <translation>--%1: «%2» no es una fecha; escríbala como AAAA-MM-DD o como %3.</translation>
    </message>
    <message>
        <source>%1 rows: %2 to add, %3 to update, %4 unchanged, %5 refused.</source>
        <translation>Filas: %1. Para agregar: %2; para actualizar: %3; sin cambios: %4; rechazadas: %5.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 input refused, 2 usage, 3 stored with some rows refused (import --keep-valid).</source>
        <translation>Estado de salida: 0 hecho, 1 entrada rechazada, 2 uso incorrecto, 3 guardado con algunas filas rechazadas (import --keep-valid).</translation>
    </message>
    <message>
        <source>The kind of rows must be debtors, contacts, invoices or payments (or deudores, contactos, facturas, pagos).</source>
        <translation>El tipo de filas debe ser deudores, contactos, facturas o pagos (o debtors, contacts, invoices, payments).</translation>
    </message>
    <message>
        <source>Saved presets for these rows: %1. Name one with --preset &quot;NAME&quot;.</source>
        <translation>Plantillas guardadas para estas filas: %1. Indique una con --preset &quot;NOMBRE&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created, with the names the file gives.</source>
        <translation>
            <numerusform>Se creó %Ln deudor, con el nombre que da el archivo.</numerusform>
            <numerusform>Se crearon %Ln deudores, con los nombres que da el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created; %1 of them are named by their reference until their own file is imported.</source>
        <translation>
            <numerusform>Se creó %Ln deudor; %1 lleva su referencia como nombre hasta que se importe su propio archivo.</numerusform>
            <numerusform>Se crearon %Ln deudores; %1 llevan su referencia como nombre hasta que se importe su propio archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>calls, payments, promises (by the day due), adjustments, dashboard figures, scores, follow-through and activity: from this day</source>
        <translation>gestiones, pagos, promesas (por su fecha), ajustes, cifras del panel, calificaciones, seguimiento y actividad: desde este día</translation>
    </message>
    <message>
        <source>calls, payments, promises (by the day due), adjustments, dashboard figures, scores, follow-through and activity: up to this day</source>
        <translation>gestiones, pagos, promesas (por su fecha), ajustes, cifras del panel, calificaciones, seguimiento y actividad: hasta este día</translation>
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
    <name>ContactDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Best time to call:</source>
        <translation>&amp;Mejor hora para llamar:</translation>
    </message>
    <message>
        <source>For example: mornings, after 16:00</source>
        <translation>Por ejemplo: por las mañanas, después de las 16:00</translation>
    </message>
    <message>
        <source>Do &amp;not contact this person</source>
        <translation>No contac&amp;tar a esta persona</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Add &amp;phone</source>
        <translation>&amp;Agregar teléfono</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Quitar teléfono</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Add &amp;e-mail</source>
        <translation>Agregar &amp;correo</translation>
    </message>
    <message>
        <source>Remove e-mail</source>
        <translation>Quitar correo</translation>
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
        <source>The debtor is marked do-not-contact.</source>
        <translation>El deudor está marcado como «no contactar».</translation>
    </message>
    <message>
        <source>This contact person is marked do-not-contact.</source>
        <translation>Esta persona de contacto está marcada como «no contactar».</translation>
    </message>
    <message>
        <source>The person on the line is not confirmed as the debtor or the person who decides payment: leave a neutral message and do not mention the debt.</source>
        <translation>No se ha confirmado que quien atiende sea el deudor o quien decide el pago: deje un mensaje neutro y no mencione la deuda.</translation>
    </message>
    <message numerus="yes">
        <source>%n call attempt(s) in the last 7 days; the limit is %1.</source>
        <translation>
            <numerusform>%n intento de llamada en los últimos 7 días; el límite es %1.</numerusform>
            <numerusform>%n intentos de llamada en los últimos 7 días; el límite es %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call attempts today; the office allows %1 a day.</source>
        <translation>
            <numerusform>%n intento de llamada hoy; el despacho permite %1 al día.</numerusform>
            <numerusform>%n intentos de llamada hoy; el despacho permite %1 al día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Name: write who this contact is.</source>
        <translation>Nombre: escriba quién es este contacto.</translation>
    </message>
    <message>
        <source>Phone %1: the number is missing.</source>
        <translation>Teléfono %1: falta el número.</translation>
    </message>
    <message>
        <source>Phone %1: “%2” has characters that are not part of a phone number.</source>
        <translation>Teléfono %1: «%2» tiene caracteres que no forman parte de un número de teléfono.</translation>
    </message>
    <message>
        <source>Phone %1: “%2” has too few digits (at least %3).</source>
        <translation>Teléfono %1: «%2» tiene muy pocas cifras (al menos %3).</translation>
    </message>
    <message>
        <source>Phone %1: “%2” has too many digits (at most %3).</source>
        <translation>Teléfono %1: «%2» tiene demasiadas cifras (como máximo %3).</translation>
    </message>
    <message>
        <source>Phone %1: this number is already in the list.</source>
        <translation>Teléfono %1: este número ya está en la lista.</translation>
    </message>
    <message>
        <source>E-mail %1: “%2” is not an e-mail address (like name@example.com).</source>
        <translation>Correo %1: «%2» no es una dirección de correo electrónico (como nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>Phones: give at least one phone number or e-mail, or the contact cannot be reached.</source>
        <translation>Teléfonos: indique al menos un teléfono o un correo; si no, no se podrá localizar al contacto.</translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation>Este deudor ya no existe.</translation>
    </message>
    <message>
        <source>This contact no longer exists in this debtor&apos;s file.</source>
        <translation>Este contacto ya no existe en el expediente de este deudor.</translation>
    </message>
    <message>
        <source>has characters that are not part of a phone number</source>
        <translation>tiene caracteres que no son de un número de teléfono</translation>
    </message>
    <message>
        <source>has too few digits (at least %1)</source>
        <translation>tiene muy pocos dígitos (al menos %1)</translation>
    </message>
    <message>
        <source>has too many digits (at most %1)</source>
        <translation>tiene demasiados dígitos (a lo más %1)</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: the file could not be read (%2).</source>
        <translation>Línea %1: no se pudo leer el archivo (%2).</translation>
    </message>
    <message>
        <source>Line %1: a quoted value starts here and is never closed (a &quot; is missing); the rest of the file was read as part of it.</source>
        <translation>Línea %1: aquí empieza un valor entre comillas que nunca se cierra (falta una &quot;); el resto del archivo se leyó como parte de él.</translation>
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
        <source>There is no file %1; check its name and folder.</source>
        <translation>No existe el archivo %1; revise su nombre y su carpeta.</translation>
    </message>
    <message>
        <source>%1 is a folder; name the file inside it to import.</source>
        <translation>%1 es una carpeta; indique el archivo que quiere importar dentro de ella.</translation>
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
    <name>DebtorDialog</name>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Account or customer number</source>
        <translation>Número de cuenta o de cliente</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>Identificación &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>Group of debtors with the same strategy</source>
        <translation>Grupo de deudores con la misma estrategia</translation>
    </message>
    <message>
        <source>R&amp;isk:</source>
        <translation>R&amp;iesgo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Gestor:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>The debtor&apos;s own number, to call from the file</source>
        <translation>El número del propio deudor, para llamarle desde el expediente</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>C&amp;orreo:</translation>
    </message>
</context>
<context>
    <name>DebtorFileNoteEditor</name>
    <message>
        <source>Write a new note instead</source>
        <translation>Escribir una nota nueva en su lugar</translation>
    </message>
    <message>
        <source>Write a note for the file. Notes cannot be edited later: a mistake is fixed with a correction.</source>
        <translation>Escriba una nota para el expediente. Las notas no se pueden editar después: un error se subsana agregando una corrección.</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
</context>
<context>
    <name>DebtorFileTexts</name>
    <message>
        <source>instalment %1: %2 due %3</source>
        <translation>parcialidad %1: %2 para el %3</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 para el %2</translation>
    </message>
    <message>
        <source>Said %1 times so far</source>
        <translation>Dicha %1 veces hasta ahora</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 left of %2</source>
        <translation>%1 pendientes de %2</translation>
    </message>
    <message>
        <source>That is %1 for the debtor.</source>
        <translation>Para el deudor serán las %1.</translation>
    </message>
    <message>
        <source>Argument to check · %1</source>
        <translation>Argumento por verificar · %1</translation>
    </message>
    <message>
        <source>wrong number on %1</source>
        <translation>número equivocado el %1</translation>
    </message>
</context>
<context>
    <name>DebtorFileTimeline</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
</context>
<context>
    <name>DebtorService</name>
    <message>
        <source>Name: write the debtor&apos;s name.</source>
        <translation>Nombre: escriba el nombre del deudor.</translation>
    </message>
    <message>
        <source>Name: at most %1 characters.</source>
        <translation>Nombre: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Reference: write the debtor&apos;s reference (account or customer number).</source>
        <translation>Referencia: escriba la referencia del deudor (número de cuenta o de cliente).</translation>
    </message>
    <message>
        <source>Reference: at most %1 characters.</source>
        <translation>Referencia: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Tax id: at most %1 characters.</source>
        <translation>Identificación fiscal: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Reference: %1 already belongs to another debtor.</source>
        <translation>Referencia: %1 ya pertenece a otro deudor.</translation>
    </message>
    <message>
        <source>Agent: that user does not exist or is no longer active.</source>
        <translation>Gestor: ese usuario no existe o ya no está activo.</translation>
    </message>
    <message>
        <source>Do not contact: write the reason.</source>
        <translation>No contactar: escriba el motivo.</translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation>Este deudor ya no existe.</translation>
    </message>
    <message>
        <source>Reason: say why this debtor must not be called.</source>
        <translation>Motivo: indique por qué no se debe llamar a este deudor.</translation>
    </message>
    <message>
        <source>Reason: say why calls to this debtor may start again.</source>
        <translation>Motivo: indique por qué se puede volver a llamar a este deudor.</translation>
    </message>
    <message>
        <source>This debtor is not marked do-not-contact.</source>
        <translation>Este deudor no está marcado como «no contactar».</translation>
    </message>
    <message>
        <source>Calls allowed again (do-not-contact lifted). Previous reason: %1. Why lifted: %2</source>
        <translation>Se vuelve a permitir llamar (se quitó la marca «no contactar»). Motivo anterior: %1. Motivo para quitarla: %2</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>Id. fiscal: %1</translation>
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
    <name>DeskUser</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation>nadie elegido todavía</translation>
    </message>
</context>
<context>
    <name>DiscountApprovalService</name>
    <message>
        <source>Note for the agent: say why the discount is refused; the agent tells the debtor.</source>
        <translation>Nota para el gestor: diga por qué se rechaza el descuento; el gestor se lo explicará al deudor.</translation>
    </message>
    <message>
        <source>Note for the agent: at most %1 characters.</source>
        <translation>Nota para el gestor: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Only a supervisor can approve or refuse a discount.</source>
        <translation>Solo un supervisor puede aprobar o rechazar un descuento.</translation>
    </message>
    <message>
        <source>This discount is no longer waiting: someone decided it already.</source>
        <translation>Este descuento ya no está pendiente: alguien ya lo decidió.</translation>
    </message>
    <message>
        <source>Discount of %1% approved: tell the debtor and confirm the agreement.</source>
        <translation>Descuento del %1&#xa0;% aprobado: avise al deudor y confirme el acuerdo.</translation>
    </message>
    <message>
        <source>Discount of %1% not approved (%2): agree the amount again with the debtor.</source>
        <translation>Descuento del %1&#xa0;% no aprobado (%2): vuelva a acordar el importe con el deudor.</translation>
    </message>
    <message>
        <source>Supervisor&apos;s note: %1</source>
        <translation>Nota del supervisor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) of that agreement called off.</source>
        <translation>
            <numerusform>Se canceló %n promesa de ese acuerdo.</numerusform>
            <numerusform>Se cancelaron %n promesas de ese acuerdo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The discount was not approved: the amount is agreed again.</source>
        <translation>El descuento no se aprobó: el importe se acuerda de nuevo.</translation>
    </message>
</context>
<context>
    <name>DiscountApprovalsDialog</name>
    <message>
        <source>Discounts to approve</source>
        <translation>Descuentos por aprobar</translation>
    </message>
    <message>
        <source>&amp;Note for the agent:</source>
        <translation>&amp;Nota para el gestor:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Abrir e&amp;xpediente</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Invoice dispute</source>
        <translation>Disputa de factura</translation>
    </message>
    <message>
        <source>The debtor &amp;disputes this invoice</source>
        <translation>El deudor &amp;disputa esta factura</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>What the debtor disputes: amount, delivery, quality…</source>
        <translation>Qué disputa el deudor: importe, entrega, calidad…</translation>
    </message>
</context>
<context>
    <name>DoNotContactDialog</name>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Do &amp;not call or write to this debtor</source>
        <translation>&amp;No llamar ni escribir a este deudor</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message>
        <source>Account statements</source>
        <translation>Estados de cuenta</translation>
    </message>
    <message>
        <source>Confirmation letters</source>
        <translation>Cartas de confirmación</translation>
    </message>
    <message>
        <source>Paid-in-full letters</source>
        <translation>Cartas finiquito</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account statement(s)</source>
        <translation>
            <numerusform>%Ln estado de cuenta</numerusform>
            <numerusform>%Ln estados de cuenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmation letter(s)</source>
        <translation>
            <numerusform>%Ln carta de confirmación</numerusform>
            <numerusform>%Ln cartas de confirmación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paid-in-full letter(s)</source>
        <translation>
            <numerusform>%Ln carta finiquito</numerusform>
            <numerusform>%Ln cartas finiquito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked do not contact</source>
        <translation>
            <numerusform>%Ln marcado «no contactar»</numerusform>
            <numerusform>%Ln marcados «no contactar»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln who owe nothing</source>
        <translation>
            <numerusform>%Ln que no debe nada</numerusform>
            <numerusform>%Ln que no deben nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no pending promise</source>
        <translation>
            <numerusform>%Ln sin promesa pendiente</numerusform>
            <numerusform>%Ln sin promesa pendiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln who still owe</source>
        <translation>
            <numerusform>%Ln que aún debe</numerusform>
            <numerusform>%Ln que aún deben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln never invoiced</source>
        <translation>
            <numerusform>%Ln sin facturas</numerusform>
            <numerusform>%Ln sin facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln whose balance was written off</source>
        <translation>
            <numerusform>%Ln con el saldo cancelado como incobrable</numerusform>
            <numerusform>%Ln con el saldo cancelado como incobrable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in the file</source>
        <translation>
            <numerusform>%Ln que ya no está en el archivo</numerusform>
            <numerusform>%Ln que ya no están en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Omitidos: %1.</translation>
    </message>
    <message>
        <source>Payment reminders</source>
        <translation>Recordatorios de pago</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment reminder(s)</source>
        <translation>
            <numerusform>%Ln recordatorio de pago</numerusform>
            <numerusform>%Ln recordatorios de pago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with nothing overdue</source>
        <translation>
            <numerusform>%Ln sin nada vencido</numerusform>
            <numerusform>%Ln sin nada vencido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a promise pending</source>
        <translation>
            <numerusform>%Ln con una promesa pendiente</numerusform>
            <numerusform>%Ln con una promesa pendiente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentBatchDialog</name>
    <message>
        <source>Documents for several debtors</source>
        <translation>Documentos para varios deudores</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>Leave out the debtors marked do &amp;not contact</source>
        <translation>Omitir a los deudores marcados «&amp;no contactar»</translation>
    </message>
    <message>
        <source>One &amp;PDF with every document, each starting on a new page (to print)</source>
        <translation>Un solo &amp;PDF con todos los documentos, cada uno desde una página nueva (para imprimir)</translation>
    </message>
    <message>
        <source>One PDF per debtor, in a &amp;folder (to send each by e-mail)</source>
        <translation>Un PDF por deudor, en una &amp;carpeta (para enviar cada uno por correo)</translation>
    </message>
    <message>
        <source>Where the documents go</source>
        <translation>Dónde se guardan los documentos</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Leave out the debtors who owe noth&amp;ing</source>
        <translation>Omitir a los deudores que no de&amp;ben nada</translation>
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
        <translation>Datos del &amp;despacho…</translation>
    </message>
    <message>
        <source>The office&apos;s name, address, phone and payment instructions printed on every letter</source>
        <translation>El nombre, la dirección, el teléfono y las instrucciones de pago del despacho que se imprimen en cada carta</translation>
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
    <name>Documents</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The template %1 is missing.</source>
        <translation>Falta la plantilla %1.</translation>
    </message>
    <message>
        <source>Office name: write the name letters are signed with.</source>
        <translation>Nombre del despacho: escriba el nombre con el que se firman las cartas.</translation>
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
        <source>%1&apos;s balance was written off, not paid: a paid-in-full letter cannot say it was paid.</source>
        <translation>El saldo de %1 se canceló como incobrable, no se pagó: una carta finiquito no puede decir que se pagó.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>the folder %1 could not be made.</source>
        <translation>no se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <source>%1 has no invoice past its due date (disputed ones aside): there is nothing to remind.</source>
        <translation>%1 no tiene facturas vencidas (sin contar las que están en aclaración): no hay nada que recordar.</translation>
    </message>
    <message>
        <source>%1 has a promise pending: send the confirmation letter rather than a reminder with a date of ours.</source>
        <translation>%1 tiene una promesa pendiente: envíe la carta de confirmación, no un recordatorio con una fecha nuestra.</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>Confirmation letter</source>
        <translation>Carta de confirmación</translation>
    </message>
    <message>
        <source>Paid-in-full letter</source>
        <translation>Carta finiquito</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Recordatorio de pago</translation>
    </message>
    <message>
        <source>E-mail: “%1” is not an e-mail address (like cobranza@example.com).</source>
        <translation>Correo: «%1» no es una dirección de correo (como cobranza@ejemplo.com).</translation>
    </message>
    <message>
        <source>Phone: “%1” %2.</source>
        <translation>Teléfono: «%1» %2.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change the office&apos;s details: debtors pay by them.</source>
        <translation>Solo un supervisor o un administrador puede cambiar los datos del despacho: los deudores pagan con ellos.</translation>
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
    <message>
        <source>Dashboard figures</source>
        <translation>Cifras del panel</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Balance adjustments</source>
        <translation>Ajustes de saldo</translation>
    </message>
    <message>
        <source>Review scores</source>
        <translation>Calificaciones de las revisiones</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Up to: %1 is before the first day, %2.</source>
        <translation>Hasta: %1 es anterior al primer día, %2.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesas obtenidas</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>Cumplidas en parte</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Paid of those promises</source>
        <translation>Pagado de esas promesas</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Taken off without payment</source>
        <translation>Descontado sin pago</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Its number</source>
        <translation>Su número</translation>
    </message>
    <message>
        <source>Debtor&apos;s reference</source>
        <translation>Referencia del deudor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Deudores</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Presentation points</source>
        <translation>Puntos de presentación</translation>
    </message>
    <message>
        <source>Presentation scored</source>
        <translation>Presentaciones calificadas</translation>
    </message>
    <message>
        <source>Listening points</source>
        <translation>Puntos de escucha activa</translation>
    </message>
    <message>
        <source>Listening scored</source>
        <translation>Escuchas calificadas</translation>
    </message>
    <message>
        <source>Negotiation points</source>
        <translation>Puntos de negociación</translation>
    </message>
    <message>
        <source>Negotiation scored</source>
        <translation>Negociaciones calificadas</translation>
    </message>
    <message>
        <source>Pre-close points</source>
        <translation>Puntos de precierre</translation>
    </message>
    <message>
        <source>Pre-close scored</source>
        <translation>Precierres calificados</translation>
    </message>
    <message>
        <source>Close points</source>
        <translation>Puntos de cierre</translation>
    </message>
    <message>
        <source>Close scored</source>
        <translation>Cierres calificados</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Para el día</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hechas a tiempo</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hechas tarde</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún pendientes</translation>
    </message>
    <message>
        <source>Put off</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Sin gestor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Id. fiscal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
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
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Vencimiento más antiguo</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Open promise</source>
        <translation>Promesa abierta</translation>
    </message>
    <message>
        <source>Paid of the promise</source>
        <translation>Pagado de la promesa</translation>
    </message>
    <message>
        <source>Promise date</source>
        <translation>Fecha de la promesa</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Inicio de la llamada</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Contestó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason for not paying</source>
        <translation>Motivo de no pago</translation>
    </message>
    <message>
        <source>In the debtor&apos;s words</source>
        <translation>En palabras del deudor</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Why they refused</source>
        <translation>Por qué se negó</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Promised on</source>
        <translation>Prometido el</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Parcialidad</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia del pago</translation>
    </message>
    <message>
        <source>Applied to that invoice</source>
        <translation>Aplicado a esa factura</translation>
    </message>
</context>
<context>
    <name>ExportPeriodDialog</name>
    <message>
        <source>Which days</source>
        <translation>Qué días</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Archivo: %2</translation>
    </message>
    <message>
        <source>demo-office</source>
        <translation>despacho-de-demostracion</translation>
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
        <source>Only a supervisor can give an agent&apos;s follow-ups to someone else.</source>
        <translation>Solo un supervisor puede pasar los seguimientos de un gestor a otra persona.</translation>
    </message>
    <message>
        <source>Assigned to: that user does not exist or is no longer active.</source>
        <translation>Asignado a: ese usuario no existe o ya no está activo.</translation>
    </message>
    <message>
        <source>%1: missing or not a real date.</source>
        <translation>%1: falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1: %2 has already passed.</source>
        <translation>%1: el %2 ya pasó.</translation>
    </message>
    <message>
        <source>%1: not a real time of day.</source>
        <translation>%1: no es una hora válida.</translation>
    </message>
    <message>
        <source>%1: %2 has already passed today.</source>
        <translation>%1: las %2 ya pasaron hoy.</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Volver a llamar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Programar un seguimiento</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Tipo:</translation>
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
    <message>
        <source>Assigned &amp;to:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <source>What to &amp;do:</source>
        <translation>Qué ha&amp;cer:</translation>
    </message>
    <message>
        <source>For example: ask for the signed delivery note</source>
        <translation>Por ejemplo: pedir el comprobante de entrega firmado</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>Kind: promise reminders and checks are scheduled by the promise itself.</source>
        <translation>Tipo: los recordatorios y las verificaciones de promesas los programa la propia promesa.</translation>
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
        <source>What to do: describe the task.</source>
        <translation>Qué hacer: describa la tarea.</translation>
    </message>
    <message>
        <source>What to do: at most %1 characters.</source>
        <translation>Qué hacer: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation>Este deudor ya no existe.</translation>
    </message>
    <message>
        <source>Assigned to: that user does not exist or is no longer active.</source>
        <translation>Asignado a: ese usuario no existe o ya no está activo.</translation>
    </message>
    <message>
        <source>This follow-up is already scheduled.</source>
        <translation>Este seguimiento ya está programado.</translation>
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
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>debtor %1 has no invoice numbered «%2».</source>
        <translation>el deudor %1 no tiene ninguna factura con el número «%2».</translation>
    </message>
    <message>
        <source>payments and adjustments already took %1 off invoice %2; its amount cannot be less.</source>
        <translation>pagos y ajustes ya descontaron %1 de la factura %2; su importe no puede ser menor.</translation>
    </message>
    <message>
        <source>adjustments in Libreta already took %1 off invoice %2, and the file lowers it from %3 to %4, %5 more; record those %5 as a correction in Libreta, so nothing is taken off twice.</source>
        <translation>los ajustes en Libreta ya descontaron %1 de la factura %2, y el archivo la baja de %3 a %4, %5 más; registre esos %5 como corrección en Libreta, para no descontar dos veces.</translation>
    </message>
    <message>
        <source>invoice %1 of this debtor was renumbered %2 in Libreta, and the file already named it on an earlier line.</source>
        <translation>la factura %1 de este deudor se renumeró como %2 en Libreta, y el archivo ya la nombró en una línea anterior.</translation>
    </message>
    <message>
        <source>invoice %1 of this debtor is already on an earlier line of the file, under the number it had before it was renumbered in Libreta: %2.</source>
        <translation>la factura %1 de este deudor ya está en una línea anterior del archivo, con el número que tenía antes de renumerarse en Libreta: %2.</translation>
    </message>
    <message>
        <source>%1 was the number of this debtor&apos;s invoice %2 before it was renumbered in Libreta, but the file gives it another issue date (%3, not %4). If it is another invoice, add it by hand (Add invoice); if it is the same, correct the date in Libreta.</source>
        <translation>%1 era el número de la factura %2 de este deudor antes de renumerarse en Libreta, pero el archivo le da otra fecha de emisión (%3, no %4). Si es otra factura, agréguela a mano (Agregar factura); si es la misma, corrija la fecha en Libreta.</translation>
    </message>
    <message>
        <source>invoice «%1» of debtor %2 is already paid in Libreta; leave this row&apos;s invoice number empty and the payment goes to the debtor&apos;s other open invoices, or stays as credit on account if nothing else is owed.</source>
        <translation>la factura «%1» del deudor %2 ya está pagada en Libreta; deje vacío el número de factura de esta fila y el pago irá a las demás facturas pendientes del deudor, o quedará como saldo a favor si no debe nada más.</translation>
    </message>
    <message>
        <source>«%1» is not a customer value (low, medium or high).</source>
        <translation>«%1» no es un valor del cliente (bajo, medio o alto).</translation>
    </message>
    <message>
        <source>The columns %1 could each be the amount (what is owed, or what was invoiced before payments); choose the one that holds it.</source>
        <translation>Las columnas %1 podrían ser, cada una, el importe (lo que se debe, o lo facturado antes de los pagos); elija la que lo contiene.</translation>
    </message>
    <message>
        <source>Line %1, column «%2»: %3</source>
        <translation>Línea %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>%1 is this office&apos;s own Libreta file, not a file to import; choose the CSV file your other program saved.</source>
        <translation>%1 es el propio archivo de Libreta de este despacho, no un archivo para importar; elija el archivo CSV que guardó su otro programa.</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>a phone&apos;s label</comment>
        <translation>celular</translation>
    </message>
    <message>
        <source>an earlier line of this file has the same payment (the same date, amount and reference): delete this row if it is repeated; if it is a second payment, give it its own reference.</source>
        <translation>una línea anterior de este archivo tiene el mismo pago (la misma fecha, importe y referencia): borre esta fila si está repetida; si es un segundo pago, dele su propia referencia.</translation>
    </message>
    <message>
        <source>«%1» is not a day of the calendar: %2 %3 has %4 days.</source>
        <translation>«%1» no es un día del calendario: %2 de %3 tiene %4 días.</translation>
    </message>
    <message>
        <source>«%1» is in %2, and the office keeps its accounts in %3: convert the amount to %3, or leave the row out.</source>
        <translation>«%1» está en %2, y el despacho lleva sus cuentas en %3: convierta el importe a %3 o deje fuera la fila.</translation>
    </message>
    <message>
        <source>the row is in %1, and the office keeps its accounts in %2: convert the amount to %2, or leave the row out.</source>
        <translation>la fila está en %1, y el despacho lleva sus cuentas en %2: convierta el importe a %2 o deje fuera la fila.</translation>
    </message>
    <message>
        <source>«%1» is not a currency; write its code, such as %2.</source>
        <translation>«%1» no es una moneda; escriba su código, por ejemplo %2.</translation>
    </message>
    <message>
        <source>No column is mapped to %1; say which column holds it.</source>
        <translation>Ninguna columna está asignada a %1; indique en qué columna está.</translation>
    </message>
    <message>
        <source>the tax id is missing, and it is the debtor&apos;s reference in this file.</source>
        <translation>falta el id. fiscal, y en este archivo es la referencia del deudor.</translation>
    </message>
    <message>
        <source>«%1» is not a payment method this import knows; write one of %2.</source>
        <translation>«%1» no es una forma de pago que esta importación conozca; escriba una de estas: %2.</translation>
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
        <translation>Las primeras filas tal como se guardarán, y cada fila revisada contra los datos del despacho. Todavía no se guarda nada.</translation>
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
        <translation>&amp;Crear los deudores que el archivo menciona y el despacho todavía no tiene</translation>
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
        <translation>Id. fiscal</translation>
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
    <message>
        <source>Customer value</source>
        <translation>Valor del cliente</translation>
    </message>
    <message>
        <source>Debtor&apos;s name, for new debtors</source>
        <translation>Nombre del deudor, si es nuevo</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
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
    <message>
        <source>Store the &amp;valid rows</source>
        <translation>Guardar las filas &amp;válidas</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Add an invoice</source>
        <translation>Agregar una factura</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Fecha de emisión:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>Number: write the invoice number.</source>
        <translation>Número: escriba el número de la factura.</translation>
    </message>
    <message>
        <source>Number: at most %1 characters.</source>
        <translation>Número: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Issue date: missing or not a real date.</source>
        <translation>Fecha de emisión: falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>Issue date: %1 is after today.</source>
        <translation>Fecha de emisión: el %1 es posterior a hoy.</translation>
    </message>
    <message>
        <source>Due date: missing or not a real date.</source>
        <translation>Fecha de vencimiento: falta o no es una fecha válida.</translation>
    </message>
    <message>
        <source>Due date: it cannot be before the issue date.</source>
        <translation>Fecha de vencimiento: no puede ser anterior a la fecha de emisión.</translation>
    </message>
    <message>
        <source>Amount: it must be greater than zero.</source>
        <translation>Importe: debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation>Este deudor ya no existe.</translation>
    </message>
    <message>
        <source>Number: this debtor already has an invoice %1.</source>
        <translation>Número: este deudor ya tiene una factura con el número %1.</translation>
    </message>
    <message>
        <source>Reason: say what the debtor disputes about this invoice.</source>
        <translation>Motivo: indique qué disputa el deudor de esta factura.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Esta factura ya no existe.</translation>
    </message>
    <message>
        <source>Invoice %1 is not disputed.</source>
        <translation>La factura %1 no está en disputa.</translation>
    </message>
    <message>
        <source>Only a supervisor can change an invoice.</source>
        <translation>Solo un supervisor puede modificar una factura.</translation>
    </message>
    <message>
        <source>Amount: payments and adjustments already took %1 off this invoice; it cannot be less.</source>
        <translation>Importe: los pagos y ajustes ya descontaron %1 de esta factura; no puede ser menor.</translation>
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
        <translation>Enfermedad o pérdida del empleo</translation>
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
        <translation>Cada 14 días</translation>
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
    <message>
        <source>Recorded by mistake</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <source>Discount agreed</source>
        <translation>Descuento acordado</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación por incobrable</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>Quincenal</translation>
    </message>
    <message>
        <source>Disagrees with the amount</source>
        <translation>No está de acuerdo con el importe</translation>
    </message>
    <message>
        <source>No money right now</source>
        <translation>No tiene dinero por ahora</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Returned by the bank</source>
        <translation>Devuelto por el banco</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Domiciliación bancaria</translation>
    </message>
    <message>
        <source>Bank transfer (SPEI)</source>
        <translation>Transferencia (SPEI)</translation>
    </message>
    <message>
        <source>Bank transfer or PSE</source>
        <translation>Transferencia o PSE</translation>
    </message>
    <message>
        <source>Bank deposit (consignación)</source>
        <translation>Consignación bancaria</translation>
    </message>
    <message>
        <source>Mobile payment (CoDi, Mercado Pago…)</source>
        <translation>Pago móvil (CoDi, Mercado Pago…)</translation>
    </message>
    <message>
        <source>Bizum</source>
        <translation>Bizum</translation>
    </message>
    <message>
        <source>Nequi or Daviplata</source>
        <translation>Nequi o Daviplata</translation>
    </message>
    <message>
        <source>Yape or Plin</source>
        <translation>Yape o Plin</translation>
    </message>
    <message>
        <source>Mercado Pago or another wallet</source>
        <translation>Mercado Pago u otra billetera</translation>
    </message>
    <message>
        <source>Mobile payment (MACH, Mercado Pago…)</source>
        <translation>Pago móvil (MACH, Mercado Pago…)</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Pago móvil</translation>
    </message>
    <message>
        <source>Paid at a store (OXXO…)</source>
        <translation>Pago en tienda (OXXO…)</translation>
    </message>
    <message>
        <source>Efecty, Baloto or another agent</source>
        <translation>Efecty, Baloto u otro corresponsal</translation>
    </message>
    <message>
        <source>Bank agent (Agente BCP, Kasnet…)</source>
        <translation>Agente (Agente BCP, Kasnet…)</translation>
    </message>
    <message>
        <source>Rapipago or Pago Fácil</source>
        <translation>Rapipago o Pago Fácil</translation>
    </message>
    <message>
        <source>Caja Vecina or Servipag</source>
        <translation>Caja Vecina o Servipag</translation>
    </message>
    <message>
        <source>Paid at a store</source>
        <translation>Pago en tienda</translation>
    </message>
    <message>
        <source>Automatic debit</source>
        <translation>Débito automático</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Persona natural</translation>
    </message>
    <message>
        <source>Card or Webpay</source>
        <translation>Tarjeta o Webpay</translation>
    </message>
    <message>
        <source>Paid in at the bank</source>
        <translation>Ingreso en cuenta</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Creating a demo office with %1 debtors to try Libreta…</source>
        <translation>Creando un despacho de demostración con %1 deudores para probar Libreta…</translation>
    </message>
    <message>
        <source>Libreta: a desk for collecting overdue accounts by phone.</source>
        <translation>Libreta: un puesto de trabajo para el cobro telefónico de cuentas vencidas.</translation>
    </message>
    <message>
        <source>The Libreta file to open (default: the last one).</source>
        <translation>El archivo de Libreta que se abrirá (por omisión, el último).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Archivo: %2</translation>
    </message>
    <message>
        <source>Open another file, such as your latest backup copy, or start an office.</source>
        <translation>Abra otro archivo, como su copia de seguridad más reciente, o empiece un despacho.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>&amp;Nuevo archivo de despacho…</translation>
    </message>
    <message>
        <source>Create an empty Libreta file for another office</source>
        <translation>Crear un archivo de Libreta vacío para otro despacho</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a Libreta file</source>
        <translation>Abrir un archivo de Libreta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Today&apos;s follow-ups</source>
        <translation>Seguimientos de hoy</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Cartera</translation>
    </message>
    <message>
        <source>All debtors, searchable and sortable</source>
        <translation>Todos los deudores; se pueden buscar y ordenar</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Revisiones</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the lists again from the file</source>
        <translation>Volver a leer las listas desde el archivo</translation>
    </message>
    <message>
        <source>&amp;Find debtor</source>
        <translation>&amp;Buscar deudor</translation>
    </message>
    <message>
        <source>Search the portfolio by name, reference or phone</source>
        <translation>Buscar en la cartera por nombre, referencia o teléfono</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>Mostrar barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>Show &amp;side bar</source>
        <translation>Mostrar barra &amp;lateral</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Libreta</source>
        <translation>&amp;Acerca de Libreta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, and how amounts and dates are written</source>
        <translation>Idioma y formato de importes y fechas</translation>
    </message>
    <message>
        <source>Every shortcut of this window, in a window of its own</source>
        <translation>Todos los atajos de esta ventana, en una ventana aparte</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>¿&amp;Quién trabaja…?</translation>
    </message>
    <message>
        <source>Say who you are in this office: what you record goes in your name</source>
        <translation>Indique quién es usted en este despacho: lo que registre quedará a su nombre</translation>
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
        <translation>&amp;Pagos…</translation>
    </message>
    <message>
        <source>Every payment received, to CSV</source>
        <translation>Cada pago recibido, en CSV</translation>
    </message>
    <message>
        <source>Save a &amp;backup copy…</source>
        <translation>Guardar &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>The whole office in one file, to keep away from this computer</source>
        <translation>Todo el despacho en un archivo, para guardarlo fuera de este equipo</translation>
    </message>
    <message>
        <source>Office &amp;rules…</source>
        <translation>Reglas del &amp;despacho…</translation>
    </message>
    <message>
        <source>Grace days, calling hours, attempts and discounts every agent works by</source>
        <translation>Días de gracia, horario de llamadas, intentos y descuentos con los que trabajan todos los gestores</translation>
    </message>
    <message>
        <source>Office &amp;users…</source>
        <translation>&amp;Usuarios del despacho…</translation>
    </message>
    <message>
        <source>Who works in the office and in which role</source>
        <translation>Quién trabaja en el despacho y con qué función</translation>
    </message>
    <message>
        <source>&amp;Debtor</source>
        <translation>&amp;Deudor</translation>
    </message>
    <message>
        <source>Call &amp;script…</source>
        <translation>&amp;Guion de llamada…</translation>
    </message>
    <message>
        <source>What agents read at each stage of a call, and the answers to objections</source>
        <translation>Lo que leen los gestores en cada etapa de una llamada, y las respuestas a las objeciones</translation>
    </message>
    <message>
        <source>Read agents&apos; conversations and score each stage</source>
        <translation>Leer las conversaciones de los gestores y calificar cada etapa</translation>
    </message>
    <message>
        <source>Calls, contacts, promises made and kept, and money recovered, by agent, segment and technique</source>
        <translation>Llamadas, contactos, promesas obtenidas y cumplidas, y dinero recuperado, por gestor, segmento y técnica</translation>
    </message>
    <message>
        <source>&amp;Discounts to approve…</source>
        <translation>Descuentos por a&amp;probar…</translation>
    </message>
    <message>
        <source>Discounts agents agreed above the office&apos;s limit: approve or refuse each one</source>
        <translation>Descuentos que los gestores acordaron por encima del límite del despacho: apruebe o rechace cada uno</translation>
    </message>
    <message>
        <source>Office &amp;activity…</source>
        <translation>&amp;Actividad del despacho…</translation>
    </message>
    <message>
        <source>Who recorded what, and when: calls, payments, notes, changes to debtors, rules and users</source>
        <translation>Quién registró qué, y cuándo: llamadas, pagos, notas, cambios en deudores, reglas y usuarios</translation>
    </message>
    <message>
        <source>Assi&amp;gn debtors…</source>
        <translation>Asi&amp;gnar deudores…</translation>
    </message>
    <message>
        <source>Give the debtors selected in the portfolio, or all it shows, to one agent, share them among several, or leave them with nobody</source>
        <translation>Dar los deudores seleccionados en la cartera, o todos los que muestra, a un gestor, repartirlos entre varios o dejarlos sin gestor</translation>
    </message>
    <message>
        <source>Balance a&amp;djustments…</source>
        <translation>Ajustes de &amp;saldo…</translation>
    </message>
    <message>
        <source>Every discount, correction and write-off, invoice by invoice, to CSV for the accounts</source>
        <translation>Cada descuento, corrección y cancelación por incobrable, factura por factura, a CSV para la contabilidad</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>Cambiar mi &amp;PIN…</translation>
    </message>
    <message>
        <source>Set, change or remove the PIN that keeps others from working as you at another desk</source>
        <translation>Poner, cambiar o quitar el PIN que impide que otros trabajen como usted en otro puesto</translation>
    </message>
    <message>
        <source>The same statement or letter for every debtor the portfolio shows, or those selected in it, as one PDF to print or one per debtor</source>
        <translation>El mismo estado de cuenta o carta para cada deudor que muestra la cartera, o los seleccionados en ella, en un PDF para imprimir o en uno por deudor</translation>
    </message>
    <message>
        <source>Docu&amp;ments for several debtors…</source>
        <translation>Doc&amp;umentos para varios deudores…</translation>
    </message>
    <message>
        <source>Office &amp;details…</source>
        <translation>Da&amp;tos del despacho…</translation>
    </message>
    <message>
        <source>The office&apos;s address, phone, e-mail and how to pay, as the statements and letters give them</source>
        <translation>La dirección, el teléfono, el correo y la forma de pago del despacho, como los dan los estados de cuenta y las cartas</translation>
    </message>
    <message>
        <source>Close Libreta; it asks first about anything not saved</source>
        <translation>Cierra Libreta; antes pregunta por lo que no se haya guardado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>The guide to every screen, with a box to find a word in it</source>
        <translation>La guía de cada pantalla, con un cuadro para buscar una palabra en ella</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>«%1» has more than one sign.</source>
        <translation>«%1» tiene más de un signo.</translation>
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
        <translation>«%1» termina en separador decimal; agregue los centavos o quítelo.</translation>
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
        <source>«%1» contains letters; type only the amount, for example %2.</source>
        <translation>«%1» contiene letras; escriba solo el importe, por ejemplo %2.</translation>
    </message>
    <message>
        <source>«%1» is too large to be an amount: at most %2.</source>
        <translation>«%1» es demasiado grande para ser un importe: como máximo %2.</translation>
    </message>
    <message>
        <source>«%1» has cents, and the office&apos;s currency has none: type whole amounts, for example %2.</source>
        <translation>«%1» tiene centavos, y la moneda del despacho no los tiene: escriba importes enteros, por ejemplo %2.</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <source>%1: type the amount.</source>
        <translation>%1: escriba el importe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>For example %1</source>
        <translation>Por ejemplo, %1</translation>
    </message>
</context>
<context>
    <name>NewOfficeDialog</name>
    <message>
        <source>New office file</source>
        <translation>Nuevo archivo de despacho</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nombre del despacho:</translation>
    </message>
    <message>
        <source>For example, Cobranza Norte</source>
        <translation>Por ejemplo, Cobranza Norte</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>The office&apos;s name is how its agents introduce themselves to debtors and what its letters are signed with. Its currency is that of every amount it will hold, and is chosen now, once. You are its first user and keep it: you add the others later in Edit ▸ Office users.</source>
        <translation>El nombre del despacho es como sus gestores se presentan con los deudores y con el que se firman sus cartas. Su moneda es la de todos los importes que guardará, y se elige ahora, una sola vez. Usted es su primer usuario y lo administra: a los demás los agrega después en Edición ▸ Usuarios del despacho.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>As you introduce yourself on calls, for example Ana López</source>
        <translation>Como se presenta en las llamadas, por ejemplo Ana López</translation>
    </message>
</context>
<context>
    <name>NewOfficeFile</name>
    <message>
        <source>New office file</source>
        <translation>Nuevo archivo de despacho</translation>
    </message>
    <message>
        <source>%1 already exists. Use File ▸ Open to work in it.</source>
        <translation>%1 ya existe. Use Archivo ▸ Abrir para trabajar en él.</translation>
    </message>
</context>
<context>
    <name>NextCallDesk</name>
    <message>
        <source>Next call works from the office&apos;s list of users, and your login “%1” is not in it. Ask a supervisor to add you.</source>
        <translation>La siguiente llamada se elige con la lista de usuarios del despacho, y su usuario «%1» no está en ella. Pida a un supervisor que le agregue.</translation>
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
        <translation>Nota: escriba algo antes de guardar.</translation>
    </message>
    <message>
        <source>Note: at most %1 characters (this one has %2).</source>
        <translation>Nota: como máximo %1 caracteres (esta tiene %2).</translation>
    </message>
    <message>
        <source>The note to correct no longer exists.</source>
        <translation>La nota que se quiere corregir ya no existe.</translation>
    </message>
    <message>
        <source>This debtor no longer exists.</source>
        <translation>Este deudor ya no existe.</translation>
    </message>
</context>
<context>
    <name>NothingOwed</name>
    <message>
        <source>Nothing is owed any more.</source>
        <translation>Ya no se debe nada.</translation>
    </message>
    <message>
        <source>Paid since: nothing is owed any more.</source>
        <translation>Pagó después: ya no se debe nada.</translation>
    </message>
</context>
<context>
    <name>OfficeCountry</name>
    <message>
        <source>in cash</source>
        <translation>en efectivo</translation>
    </message>
    <message>
        <source>by bank transfer or PSE</source>
        <translation>por transferencia o PSE</translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation>por transferencia bancaria</translation>
    </message>
    <message>
        <source>by card</source>
        <translation>con tarjeta</translation>
    </message>
    <message>
        <source>by cheque</source>
        <translation>con cheque</translation>
    </message>
    <message>
        <source>by a deposit at the bank (consignación)</source>
        <translation>por consignación bancaria</translation>
    </message>
    <message>
        <source>by bank deposit</source>
        <translation>por depósito bancario</translation>
    </message>
    <message>
        <source>by the method agreed</source>
        <translation>por el medio acordado</translation>
    </message>
    <message>
        <source>by Bizum</source>
        <translation>por Bizum</translation>
    </message>
    <message>
        <source>by Nequi or Daviplata</source>
        <translation>por Nequi o Daviplata</translation>
    </message>
    <message>
        <source>by Yape or Plin</source>
        <translation>por Yape o Plin</translation>
    </message>
    <message>
        <source>by Mercado Pago or another wallet</source>
        <translation>por Mercado Pago u otra billetera</translation>
    </message>
    <message>
        <source>by mobile payment</source>
        <translation>por pago móvil</translation>
    </message>
    <message>
        <source>in cash at a store such as OXXO</source>
        <translation>en efectivo en una tienda como OXXO</translation>
    </message>
    <message>
        <source>in cash at Efecty or Baloto</source>
        <translation>en efectivo en Efecty o Baloto</translation>
    </message>
    <message>
        <source>in cash at a bank agent</source>
        <translation>en efectivo en un agente</translation>
    </message>
    <message>
        <source>in cash at Rapipago or Pago Fácil</source>
        <translation>en efectivo en Rapipago o Pago Fácil</translation>
    </message>
    <message>
        <source>in cash at Caja Vecina or Servipag</source>
        <translation>en efectivo en Caja Vecina o Servipag</translation>
    </message>
    <message>
        <source>in cash at a store</source>
        <translation>en efectivo en una tienda</translation>
    </message>
    <message>
        <source>by direct debit from your account</source>
        <translation>por domiciliación en su cuenta</translation>
    </message>
    <message>
        <source>by automatic debit from your account</source>
        <translation>por débito automático de su cuenta</translation>
    </message>
    <message>
        <source>Bank, account and CLABE, the reference to quote…</source>
        <translation>Banco, cuenta y CLABE, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>Bank and IBAN, Bizum number, the reference to quote…</source>
        <translation>Banco e IBAN, número de Bizum, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>Bank, kind and number of account, Nequi number, the reference to quote…</source>
        <translation>Banco, tipo y número de cuenta, número de Nequi, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>Bank, account and CCI, Yape number, the reference to quote…</source>
        <translation>Banco, cuenta y CCI, número de Yape, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>Bank, CBU or alias, the reference to quote…</source>
        <translation>Banco, CBU o alias, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>Bank, kind and number of account, the reference to quote…</source>
        <translation>Banco, tipo y número de cuenta, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>Bank and account, the reference to quote…</source>
        <translation>Banco y cuenta, la referencia que deben indicar…</translation>
    </message>
    <message>
        <source>by card or Webpay</source>
        <translation>con tarjeta o por Webpay</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsDialog</name>
    <message>
        <source>Office details for letters</source>
        <translation>Datos del despacho para las cartas</translation>
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
        <translation>Id. &amp;fiscal:</translation>
    </message>
    <message>
        <source>How to &amp;pay:</source>
        <translation>Cómo &amp;pagar:</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change them: debtors pay by them.</source>
        <translation>Solo un supervisor o un administrador puede cambiarlos: los deudores pagan con ellos.</translation>
    </message>
    <message>
        <source>Bank and account, the reference to quote…</source>
        <translation>Banco y cuenta, la referencia que deben indicar…</translation>
    </message>
</context>
<context>
    <name>OfficeFileOpener</name>
    <message>
        <source>Updating %1 for this version of Libreta…
In an office with many debtors this can take a minute. Nothing is lost if it is interrupted: it goes on from where it stopped the next time the file is opened.</source>
        <translation>Actualizando %1 para esta versión de Libreta…
En un despacho con muchos deudores puede tardar un minuto. No se pierde nada si se interrumpe: continúa donde se quedó la próxima vez que se abra el archivo.</translation>
    </message>
</context>
<context>
    <name>OfficeRules</name>
    <message>
        <source>%1: between %2 and %3.</source>
        <translation>%1: entre %2 y %3.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change the office&apos;s rules.</source>
        <translation>Solo un supervisor o un administrador puede cambiar las reglas del despacho.</translation>
    </message>
    <message>
        <source>Grace days</source>
        <translation>Plazo de gracia</translation>
    </message>
    <message>
        <source>Calls from: write an hour, such as 07:00.</source>
        <translation>Llamar desde: escriba una hora, por ejemplo 07:00.</translation>
    </message>
    <message>
        <source>Calls until: write an hour, such as 22:00.</source>
        <translation>Llamar hasta: escriba una hora, por ejemplo 22:00.</translation>
    </message>
    <message>
        <source>Calls until: must be later than the start, %1.</source>
        <translation>Llamar hasta: debe ser después del inicio, %1.</translation>
    </message>
    <message>
        <source>Attempts in 7 days</source>
        <translation>Intentos en 7 días</translation>
    </message>
    <message>
        <source>Largest discount</source>
        <translation>Descuento máximo</translation>
    </message>
    <message>
        <source>Reminders at: write an hour, such as 09:00.</source>
        <translation>Recordatorios a las: escriba una hora, por ejemplo 09:00.</translation>
    </message>
    <message>
        <source>Rest between calls</source>
        <translation>Descanso entre llamadas</translation>
    </message>
    <message>
        <source>Largest discount: a segment&apos;s limit needs the segment&apos;s name.</source>
        <translation>Descuento máximo: el límite de un segmento necesita el nombre del segmento.</translation>
    </message>
    <message>
        <source>Largest discount for %1</source>
        <translation>Descuento máximo para %1</translation>
    </message>
    <message>
        <source>Next call&apos;s order: every kind of scheduled work must be in it once.</source>
        <translation>Orden de Siguiente llamada: cada tipo de trabajo programado debe aparecer una vez.</translation>
    </message>
    <message>
        <source>Promises up to</source>
        <translation>Promesas a no más de</translation>
    </message>
    <message>
        <source>Plans up to</source>
        <translation>Convenios a no más de</translation>
    </message>
    <message>
        <source>Rest between calls: a segment&apos;s rest needs the segment&apos;s name.</source>
        <translation>Descanso entre llamadas: el descanso de un segmento necesita el nombre del segmento.</translation>
    </message>
    <message>
        <source>Rest between calls for %1</source>
        <translation>Descanso entre llamadas para %1</translation>
    </message>
    <message>
        <source>Weight of the balance</source>
        <translation>Peso del saldo</translation>
    </message>
    <message>
        <source>Weight of the days late</source>
        <translation>Peso de los días de atraso</translation>
    </message>
    <message>
        <source>Weight of the risk</source>
        <translation>Peso del riesgo</translation>
    </message>
    <message>
        <source>Weight of the broken promises</source>
        <translation>Peso de las promesas incumplidas</translation>
    </message>
    <message>
        <source>Priority: give at least one of the four a weight, or Next call has nothing to choose by.</source>
        <translation>Prioridad: dé peso al menos a uno de los cuatro, o Siguiente llamada no tiene con qué elegir.</translation>
    </message>
    <message>
        <source>Attempts a day</source>
        <translation>Intentos al día</translation>
    </message>
</context>
<context>
    <name>OfficeRulesDialog</name>
    <message>
        <source>Office rules</source>
        <translation>Reglas del despacho</translation>
    </message>
    <message>
        <source>Every agent of the office works by these rules. A change counts from now on: the next call, the next payment, the next close of the day.</source>
        <translation>Todos los gestores del despacho trabajan con estas reglas. Un cambio vale desde ahora: la siguiente llamada, el siguiente pago, el siguiente cierre del día.</translation>
    </message>
    <message>
        <source>&amp;Grace after a promise:</source>
        <translation>&amp;Plazo de gracia:</translation>
    </message>
    <message>
        <source>Calls &amp;from:</source>
        <translation>Llamar &amp;desde:</translation>
    </message>
    <message>
        <source>Calls &amp;until:</source>
        <translation>Llamar &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Attempts in 7 days:</source>
        <translation>&amp;Intentos en 7 días:</translation>
    </message>
    <message>
        <source>Largest &amp;discount:</source>
        <translation>Descuento má&amp;ximo:</translation>
    </message>
    <message>
        <source>&amp;Reminders at:</source>
        <translation>&amp;Recordatorios a las:</translation>
    </message>
    <message>
        <source>Agents also &amp;call debtors no one is assigned to</source>
        <translation>Los gestores también llaman a deudores &amp;sin gestor asignado</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change them.</source>
        <translation>Solo un supervisor o un administrador puede cambiarlas.</translation>
    </message>
    <message>
        <source>Rest &amp;between calls:</source>
        <translation>Des&amp;canso entre llamadas:</translation>
    </message>
    <message>
        <source>Next call &amp;offers:</source>
        <translation>Siguiente llamada &amp;ofrece:</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Pla&amp;ns up to:</source>
        <translation>Convenios a no &amp;más de:</translation>
    </message>
    <message>
        <source>Promises up &amp;to:</source>
        <translation>Promesas a &amp;no más de:</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Siguiente llamada</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Promesas incumplidas</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Por segmento</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Priorid&amp;ad:</translation>
    </message>
    <message>
        <source>New debtors&apos; time &amp;zone:</source>
        <translation>&amp;Zona horaria de deudores nuevos:</translation>
    </message>
    <message>
        <source>and in one da&amp;y:</source>
        <translation>y &amp;en un día:</translation>
    </message>
</context>
<context>
    <name>OfficeSetup</name>
    <message>
        <source>Office name: write the name the office introduces itself by to debtors.</source>
        <translation>Nombre del despacho: escriba el nombre con el que el despacho se presenta con los deudores.</translation>
    </message>
    <message>
        <source>Currency: «%1» is not a three-letter currency code such as MXN or EUR.</source>
        <translation>Moneda: «%1» no es un código de moneda de tres letras como MXN o EUR.</translation>
    </message>
    <message>
        <source>Currency: it is chosen when an office starts, and this one has debtors already.</source>
        <translation>Moneda: se elige cuando un despacho empieza, y este ya tiene deudores.</translation>
    </message>
    <message>
        <source>Currency: «%1» is not the code of any country&apos;s money (MXN, EUR, USD, COP…).</source>
        <translation>Moneda: «%1» no es el código de la moneda de ningún país (MXN, EUR, USD, COP…).</translation>
    </message>
    <message>
        <source>Your name: write the name you introduce yourself by on calls; you are the office&apos;s first user.</source>
        <translation>Su nombre: escriba el nombre con el que se presenta en las llamadas; usted es el primer usuario del despacho.</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>%1 is the office&apos;s own file: writing there would destroy its data. Choose another name.</source>
        <translation>%1 es el archivo del propio despacho: escribir ahí destruiría sus datos. Elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is the file being read: writing there would replace it. Choose another name.</source>
        <translation>%1 es el archivo que se está leyendo: escribir ahí lo sustituiría. Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>No agent</source>
        <translation>Sin gestor</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sin segmento</translation>
    </message>
</context>
<context>
    <name>PanelTableExport</name>
    <message>
        <source>Figures by agent</source>
        <translation>Cifras por gestor</translation>
    </message>
    <message>
        <source>Figures by segment</source>
        <translation>Cifras por segmento</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Promise results up to</source>
        <translation>Resultados de promesas hasta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>% de contacto</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>% cumplidas</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Descontado</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>% de la meta</translation>
    </message>
</context>
<context>
    <name>PanelView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Gestor:</translation>
    </message>
    <message>
        <source>No calls, promises or payments in this period.</source>
        <translation>No hay llamadas, promesas ni pagos en este periodo.</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Por gestor</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Por segmento</translation>
    </message>
    <message>
        <source>By technique</source>
        <translation>Por técnica</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>The figures of the period, a line per day, agent and segment, as a CSV file for a spreadsheet</source>
        <translation>Las cifras del periodo, una línea por día, gestor y segmento, en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Por antigüedad</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Calls, contacts and promises made count for the agent who made them; promises kept or broken, on the promise&apos;s date, once its grace days are over; money recovered, for the agent the debtor was assigned to when the payment was recorded; what was taken off, for the debtor&apos;s agent on the day it was.</source>
        <translation>Las llamadas, los contactos y las promesas obtenidas cuentan para el gestor que los hizo; las promesas cumplidas o incumplidas, en la fecha de la promesa, una vez terminados sus días de gracia; el dinero recuperado, para el gestor que tenía asignado el deudor cuando se registró el pago; lo descontado, para el gestor del deudor el día en que se descontó.</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Por motivo</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>The tasks (an invoice copy, a statement, a note&apos;s follow-up) and call-backs due in the period, for the agent each is assigned to, and what became of them. A promise&apos;s reminder and check are not counted here: the promise&apos;s own figures say how it went. Put off counts the moves to a later day made once the day had come: moving a task is not doing it.</source>
        <translation>Las tareas (una copia de factura, un estado de cuenta, el seguimiento de una nota) y las llamadas acordadas que vencían en el periodo, para el gestor que tiene cada una, y qué fue de ellas. El recordatorio y la comprobación de una promesa no cuentan aquí: las cifras de la propia promesa dicen cómo le fue. Pospuestas cuenta las veces que se pasaron a un día posterior cuando su día ya había llegado: cambiar de día una tarea no es hacerla.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation>&amp;Fecha del pago:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>F&amp;orma de pago:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Transfer number, receipt or cheque number</source>
        <translation>Número de transferencia, de recibo o de cheque</translation>
    </message>
    <message>
        <source>&amp;Pay first:</source>
        <translation>&amp;Pagar primero:</translation>
    </message>
    <message>
        <source>What this payment does</source>
        <translation>Efecto de este pago</translation>
    </message>
    <message>
        <source>It is the payment the debtor &amp;said was made</source>
        <translation>Es el pago que el deudor dijo haber &amp;hecho</translation>
    </message>
</context>
<context>
    <name>PaymentOption</name>
    <message>
        <source>%1: choose a date.</source>
        <translation>%1: elija una fecha.</translation>
    </message>
    <message>
        <source>%1: the date is in the past.</source>
        <translation>%1: la fecha ya pasó.</translation>
    </message>
    <message>
        <source>Part now: the amount must be greater than zero.</source>
        <translation>Pago ahora: el importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Part now: the amount must be less than the total; for the whole amount choose &quot;Pay in full&quot;.</source>
        <translation>Pago ahora: el importe debe ser menor que el total; para el total elija «Liquidar todo».</translation>
    </message>
    <message>
        <source>Part now</source>
        <translation>Pago ahora</translation>
    </message>
    <message>
        <source>The rest</source>
        <translation>El resto</translation>
    </message>
    <message>
        <source>The rest: its date must come after the first payment.</source>
        <translation>El resto: su fecha debe ser posterior al primer pago.</translation>
    </message>
    <message>
        <source>A plan has from 2 to %1 instalments.</source>
        <translation>Un convenio tiene de 2 a %1 parcialidades.</translation>
    </message>
    <message>
        <source>The amount is too small for that many instalments.</source>
        <translation>El importe es demasiado pequeño para tantas parcialidades.</translation>
    </message>
    <message>
        <source>First instalment</source>
        <translation>Primera parcialidad</translation>
    </message>
    <message>
        <source>New date: the amount must be greater than zero.</source>
        <translation>Nueva fecha: el importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>New date: the amount is more than what is owed.</source>
        <translation>Nueva fecha: el importe es mayor que lo que se debe.</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <source>Nothing is owed, so there is nothing to agree.</source>
        <translation>No se debe nada, así que no hay nada que acordar.</translation>
    </message>
    <message>
        <source>The discount must be between 1 and 99 percent.</source>
        <translation>El descuento debe estar entre 1 y 99 por ciento.</translation>
    </message>
    <message>
        <source>Only the whole amount or the part now can be paid during the call.</source>
        <translation>Durante la llamada solo se puede pagar el total o la parte de ahora.</translation>
    </message>
    <message>
        <source>A payment taken during the call is dated today.</source>
        <translation>Un pago recibido durante la llamada lleva la fecha de hoy.</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>%1: the office allows dates up to %2 days from today (until %3); only a supervisor can agree a later one.</source>
        <translation>%1: el despacho admite fechas hasta %2 días a partir de hoy (hasta el %3); solo un supervisor puede acordar una posterior.</translation>
    </message>
    <message>
        <source>%1: the office allows plans up to %2 months from today (until %3); only a supervisor can agree a longer one.</source>
        <translation>%1: el despacho admite convenios hasta %2 meses a partir de hoy (hasta el %3); solo un supervisor puede acordar uno más largo.</translation>
    </message>
    <message>
        <source>Last instalment</source>
        <translation>Última parcialidad</translation>
    </message>
</context>
<context>
    <name>PaymentRecordedText</name>
    <message>
        <source>&lt;b&gt;Payment recorded.&lt;/b&gt; New balance: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Pago registrado.&lt;/b&gt; Nuevo saldo: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Promise %1: %2</source>
        <translation>Promesa %1: %2</translation>
    </message>
    <message>
        <source>%1 paid so far</source>
        <translation>%1 pagado hasta ahora</translation>
    </message>
    <message>
        <source>Kept as credit: %1</source>
        <translation>Queda como saldo a favor: %1</translation>
    </message>
    <message>
        <source>The statement about the payment the debtor claimed is closed: it is no longer in the agenda.</source>
        <translation>El estado de cuenta sobre el pago que el deudor dijo haber hecho queda cerrado: ya no está en la agenda.</translation>
    </message>
    <message>
        <source>The agreement is paid: its discount of %1 came off.</source>
        <translation>El acuerdo está pagado: se descontó su descuento de %1.</translation>
    </message>
</context>
<context>
    <name>PaymentReversalDialog</name>
    <message>
        <source>Reverse a payment</source>
        <translation>Anular un pago</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>What the bank said, or what was wrong with the payment</source>
        <translation>Lo que dijo el banco, o qué estaba mal en el pago</translation>
    </message>
</context>
<context>
    <name>PaymentReversalService</name>
    <message>
        <source>Reason: choose why the payment is reversed.</source>
        <translation>Motivo: elija por qué se anula el pago.</translation>
    </message>
    <message>
        <source>Note: say in words why the payment is reversed.</source>
        <translation>Nota: diga con palabras por qué se anula el pago.</translation>
    </message>
    <message>
        <source>Note: at most %1 characters.</source>
        <translation>Nota: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Only a supervisor can reverse a payment.</source>
        <translation>Solo un supervisor puede anular un pago.</translation>
    </message>
    <message>
        <source>There is no such payment.</source>
        <translation>Ese pago no existe.</translation>
    </message>
    <message>
        <source>This payment was already reversed on %1.</source>
        <translation>Este pago ya se anuló el %1.</translation>
    </message>
    <message>
        <source>This payment was reversed a moment ago by someone else.</source>
        <translation>Otra persona acaba de anular este pago.</translation>
    </message>
    <message>
        <source>The bank returned the payment of %1 by %2 made on %3: agree the payment again.</source>
        <translation>El banco devolvió el pago de %1 por %2 hecho el %3: acuerde de nuevo el pago.</translation>
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
    <message>
        <source>The statement to send about the payment the debtor claimed is no longer open: someone closed it meanwhile. Open the file again and record the payment.</source>
        <translation>El estado de cuenta por enviar sobre el pago que el deudor dijo haber hecho ya no está abierto: alguien lo cerró mientras tanto. Abra de nuevo el expediente y registre el pago.</translation>
    </message>
    <message>
        <source>The payment appeared: %1 paid on %2, recorded.</source>
        <translation>Apareció el pago: %1 pagados el %2, registrado.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>PIN: %1 to %2 digits.</source>
        <translation>PIN: de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>PIN: digits only, %1 to %2 of them.</source>
        <translation>PIN: solo dígitos, de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>PortfolioAssignmentService</name>
    <message>
        <source>Only a supervisor can assign debtors to agents.</source>
        <translation>Solo un supervisor puede asignar deudores a los gestores.</translation>
    </message>
    <message>
        <source>Agents: one of them does not exist or no longer works in the office.</source>
        <translation>Gestores: uno de ellos no existe o ya no trabaja en el despacho.</translation>
    </message>
    <message>
        <source>No debtor matches the search and filters: nothing to assign.</source>
        <translation>Ningún deudor coincide con la búsqueda y los filtros: no hay nada que asignar.</translation>
    </message>
    <message>
        <source>Every debtor selected has an agent already: nothing to assign.</source>
        <translation>Todos los deudores seleccionados ya tienen gestor: no hay nada que asignar.</translation>
    </message>
    <message>
        <source>The debtors selected are no longer in the office&apos;s file: nothing to assign.</source>
        <translation>Los deudores seleccionados ya no están en el archivo del despacho: no hay nada que asignar.</translation>
    </message>
</context>
<context>
    <name>PortfolioFilterBar</name>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>A&amp;ntigüedad:</translation>
    </message>
    <message>
        <source>Days since the oldest unpaid invoice fell due</source>
        <translation>Días desde que venció la factura pendiente más antigua</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Gestor:</translation>
    </message>
    <message>
        <source>&amp;Broken promise</source>
        <translation>Promesa &amp;incumplida</translation>
    </message>
    <message>
        <source>The last promise was broken and no new one is pending</source>
        <translation>La última promesa se incumplió y no hay otra pendiente</translation>
    </message>
    <message>
        <source>A pending promise is due today or earlier: check whether it was paid</source>
        <translation>Una promesa pendiente vence hoy o ya venció: compruebe si se pagó</translation>
    </message>
    <message>
        <source>&amp;Nothing scheduled</source>
        <translation>Nada p&amp;rogramado</translation>
    </message>
    <message>
        <source>Owes money, but no follow-up is open and no promise is pending: no one will call again</source>
        <translation>Debe dinero, pero no tiene seguimientos abiertos ni promesas pendientes: nadie volverá a llamar</translation>
    </message>
    <message>
        <source>Do not &amp;contact</source>
        <translation>No &amp;contactar</translation>
    </message>
    <message>
        <source>Debtors marked &quot;do not contact&quot;</source>
        <translation>Deudores marcados como «no contactar»</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Promise d&amp;ue</source>
        <translation>&amp;Promesa vencida</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Type part of a name, a reference or a phone number. Accents and capitals do not matter.</source>
        <translation>Escriba parte de un nombre, una referencia o un número de teléfono. No importan los acentos ni las mayúsculas.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Amounts and dates:</source>
        <translation>Importes y &amp;fechas:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Libreta uses a new language and new formats the next time it starts; nothing changes in the open window.</source>
        <translation>Libreta usará el nuevo idioma y los nuevos formatos la próxima vez que se inicie; en la ventana abierta no cambia nada.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Archivos de tipo:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Carpeta superior</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir a la carpeta superior</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Buscar carpeta</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
No se encontró la carpeta.
Compruebe que el nombre esté bien escrito.</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>No se pudo borrar la carpeta.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
No se encontró el archivo.
Compruebe que el nombre esté bien escrito.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
</context>
<context>
    <name>QueueOrder</name>
    <message>
        <source>Call-backs agreed</source>
        <translation>Llamadas acordadas</translation>
    </message>
    <message>
        <source>Promises due today</source>
        <translation>Promesas que vencen hoy</translation>
    </message>
    <message>
        <source>Broken promises</source>
        <translation>Promesas incumplidas</translation>
    </message>
    <message>
        <source>Promises to check after the grace</source>
        <translation>Promesas por verificar tras la gracia</translation>
    </message>
    <message>
        <source>Tasks (invoice copy, statement, note)</source>
        <translation>Tareas (copia de factura, estado de cuenta, nota)</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Only a supervisor or an administrator scores calls.</source>
        <translation>Solo un supervisor o un administrador califica llamadas.</translation>
    </message>
    <message>
        <source>Only a conversation with the debtor can be scored.</source>
        <translation>Solo se puede calificar una conversación con el deudor.</translation>
    </message>
    <message>
        <source>A call is reviewed by someone other than who made it.</source>
        <translation>Una llamada la revisa alguien distinto de quien la hizo.</translation>
    </message>
    <message>
        <source>%1: a score from 0 to %2.</source>
        <translation>%1: una calificación de 0 a %2.</translation>
    </message>
    <message>
        <source>Score at least one stage, or write what you saw.</source>
        <translation>Califique al menos una etapa, o escriba lo que vio.</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Gestor:</translation>
    </message>
    <message>
        <source>&amp;Not scored yet</source>
        <translation>Sin ca&amp;lificar</translation>
    </message>
    <message>
        <source>Score, from 0 to 5</source>
        <translation>Calificación, de 0 a 5</translation>
    </message>
    <message>
        <source>&amp;1 · Presentation:</source>
        <translation>&amp;1 · Presentación:</translation>
    </message>
    <message>
        <source>&amp;2 · Active listening:</source>
        <translation>&amp;2 · Escucha activa:</translation>
    </message>
    <message>
        <source>&amp;3 · Negotiation:</source>
        <translation>&amp;3 · Negociación:</translation>
    </message>
    <message>
        <source>&amp;4 · Pre-close:</source>
        <translation>&amp;4 · Precierre:</translation>
    </message>
    <message>
        <source>&amp;5 · Close:</source>
        <translation>&amp;5 · Cierre:</translation>
    </message>
    <message>
        <source>What you &amp;saw:</source>
        <translation>&amp;Observaciones:</translation>
    </message>
    <message>
        <source>&amp;Coaching:</source>
        <translation>&amp;Consejo al gestor:</translation>
    </message>
    <message>
        <source>&amp;Open the debtor&apos;s file</source>
        <translation>Abrir el e&amp;xpediente</translation>
    </message>
    <message>
        <source>Co&amp;rrect the call…</source>
        <translation>Co&amp;rregir la llamada…</translation>
    </message>
    <message>
        <source>Correct what was written about this call; the call stays as it was, beside the correction</source>
        <translation>Corregir lo anotado de esta llamada; la llamada queda tal como estaba, junto a la corrección</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>Save &amp;the score</source>
        <translation>Guardar la calificació&amp;n</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <source>The day to close cannot be later than today (%1): promises whose debtors still have time to pay would be marked broken.</source>
        <translation>El día que se cierra no puede ser posterior a hoy (%1): se marcarían como incumplidas promesas cuyos deudores aún tienen tiempo para pagar.</translation>
    </message>
</context>
<context>
    <name>ScriptDialog</name>
    <message>
        <source>Call script</source>
        <translation>Guion de llamada</translation>
    </message>
    <message>
        <source>What agents read at each stage of a call, and the office&apos;s answers to what debtors say. Saving makes a new version: each call made keeps the words its agent read, and the calls that start from then on read the new ones.</source>
        <translation>Lo que leen los gestores en cada etapa de una llamada, y las respuestas del despacho a lo que dicen los deudores. Al guardar se crea una versión nueva: cada llamada hecha conserva las palabras que leyó su gestor, y las llamadas que empiecen desde entonces leen las nuevas.</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>Eta&amp;pas</translation>
    </message>
    <message>
        <source>Stages of a call</source>
        <translation>Etapas de una llamada</translation>
    </message>
    <message>
        <source>&amp;Objections</source>
        <translation>&amp;Objeciones</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objeciones</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>What the debtor &amp;says:</source>
        <translation>&amp;Lo que dice el deudor:</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;answer:</source>
        <translation>La &amp;respuesta del despacho:</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change the script.</source>
        <translation>Solo un supervisor o un administrador puede cambiar el guion.</translation>
    </message>
    <message>
        <source>&amp;Techniques</source>
        <translation>&amp;Técnicas</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Técnicas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>What it &amp;means:</source>
        <translation>Qué &amp;significa:</translation>
    </message>
    <message>
        <source>A technique taken off the list stays in the calls that used it and in the Panel; the calls from now on no longer offer it.</source>
        <translation>Una técnica que se quita de la lista se conserva en las llamadas que la usaron y en el Panel; las llamadas siguientes ya no la ofrecen.</translation>
    </message>
    <message>
        <source>Reasons for not &amp;paying</source>
        <translation>&amp;Motivos de no pago</translation>
    </message>
    <message>
        <source>Reasons for not paying</source>
        <translation>Motivos de no pago</translation>
    </message>
    <message>
        <source>How the desk &amp;names it:</source>
        <translation>Cómo se &amp;nombra en la llamada:</translation>
    </message>
    <message>
        <source>At first taken &amp;as:</source>
        <translation>Al principio se toma &amp;como:</translation>
    </message>
    <message>
        <source>What to ask or &amp;check:</source>
        <translation>Qué pre&amp;guntar o comprobar:</translation>
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
    <message>
        <source>Could not write the log back into the file: %1</source>
        <translation>No se pudo pasar el registro de cambios al archivo: %1</translation>
    </message>
    <message>
        <source>A copy cannot be made inside a transaction.</source>
        <translation>No se puede hacer una copia dentro de una transacción.</translation>
    </message>
    <message>
        <source>The copy holds no office.</source>
        <translation>La copia no contiene un despacho.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>The reading was stopped: a newer one replaced it.</source>
        <translation>La lectura se detuvo: otra más reciente la sustituyó.</translation>
    </message>
    <message>
        <source>This file is not a Libreta file: it holds another program&apos;s data. It was left untouched: choose a Libreta file, or create a new one.</source>
        <translation>Este archivo no es de Libreta: guarda datos de otro programa. No se modificó: elija un archivo de Libreta o cree uno nuevo.</translation>
    </message>
    <message>
        <source>This file is not a Libreta file, or it is damaged: it cannot be read as a database. It was left untouched: choose a Libreta file, or restore a backup copy.</source>
        <translation>Este archivo no es de Libreta, o está dañado: no se puede leer como base de datos. No se modificó: elija un archivo de Libreta o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The office file is damaged and nothing more can be saved in it. Close Libreta and open your latest backup copy (File ▸ Open…); keep the damaged file apart for whoever can look at it.</source>
        <translation>El archivo del despacho está dañado y ya no se puede guardar nada en él. Cierre Libreta y abra su copia de seguridad más reciente (Archivo ▸ Abrir…); guarde aparte el archivo dañado para quien pueda revisarlo.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno: no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The office file cannot be written here (a read-only file or folder, or a drive that does not allow it): nothing was saved.</source>
        <translation>No se puede escribir en el archivo del despacho (un archivo o una carpeta de solo lectura, o una unidad que no lo permite): no se guardó nada.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (a drive taken out, a network folder that dropped?): nothing was saved. Try again; if it goes on, save a backup copy elsewhere.</source>
        <translation>No se pudo leer o escribir en el disco (¿se retiró una unidad, se cortó una carpeta de red?): no se guardó nada. Inténtelo de nuevo; si sigue pasando, guarde una copia de seguridad en otro lugar.</translation>
    </message>
    <message>
        <source>Another program is using the office file (a backup or an import run at the same time?): nothing was saved. Try again in a moment.</source>
        <translation>Otro programa está usando el archivo del despacho (¿una copia de seguridad o una importación al mismo tiempo?): no se guardó nada. Inténtelo de nuevo en un momento.</translation>
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
        <source>High risk and %Ln day(s) past due: be firm and set a date.</source>
        <translation>
            <numerusform>Riesgo alto y %Ln día de atraso: sea firme y fije una fecha.</numerusform>
            <numerusform>Riesgo alto y %Ln días de atraso: sea firme y fije una fecha.</numerusform>
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
        <source>%Ln day(s) past due is long overdue: be firm and set a date.</source>
        <translation>
            <numerusform>%Ln día de atraso es mucho tiempo: sea firme y fije una fecha.</numerusform>
            <numerusform>%Ln días de atraso es mucho tiempo: sea firme y fije una fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue yet: a courteous reminder is enough.</source>
        <translation>Aún no hay nada vencido: basta un recordatorio cortés.</translation>
    </message>
    <message numerus="yes">
        <source>A good payer only %Ln day(s) past due: a courteous reminder is enough.</source>
        <translation>
            <numerusform>Buen pagador con solo %Ln día de atraso: basta un recordatorio cortés.</numerusform>
            <numerusform>Buen pagador con solo %Ln días de atraso: basta un recordatorio cortés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor wants to pay and can: a courteous reminder with a date is enough.</source>
        <translation>El deudor quiere y puede pagar: basta un recordatorio cortés con una fecha.</translation>
    </message>
    <message numerus="yes">
        <source>No broken promises and %Ln day(s) past due: start with a courteous reminder.</source>
        <translation>
            <numerusform>Sin promesas incumplidas y %Ln día de atraso: empiece con un recordatorio cortés.</numerusform>
            <numerusform>Sin promesas incumplidas y %Ln días de atraso: empiece con un recordatorio cortés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) past due with no payment in sight: be firm and set a date.</source>
        <translation>
            <numerusform>%Ln día de atraso sin pago a la vista: sea firme y fije una fecha.</numerusform>
            <numerusform>%Ln días de atraso sin pago a la vista: sea firme y fije una fecha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken promises outweigh the kept ones: be firm and set a date.</source>
        <translation>Hay más promesas incumplidas que cumplidas: sea firme y fije una fecha.</translation>
    </message>
    <message numerus="yes">
        <source>A valuable customer at high risk, %Ln day(s) past due: offer a plan rather than press, to keep both the money and the customer.</source>
        <translation>
            <numerusform>Cliente valioso con riesgo alto y %Ln día de atraso: ofrezca un convenio en lugar de presionar, para conservar el dinero y al cliente.</numerusform>
            <numerusform>Cliente valioso con riesgo alto y %Ln días de atraso: ofrezca un convenio en lugar de presionar, para conservar el dinero y al cliente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A valuable customer with a good history, %Ln day(s) past due: a courteous reminder with a date keeps the relationship.</source>
        <translation>
            <numerusform>Cliente valioso con buen historial y %Ln día de atraso: un recordatorio cortés con una fecha cuida la relación.</numerusform>
            <numerusform>Cliente valioso con buen historial y %Ln días de atraso: un recordatorio cortés con una fecha cuida la relación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A customer of low value, %Ln day(s) past due: the month of courtesy is over; be firm and set a date.</source>
        <translation>
            <numerusform>Cliente de valor bajo con %Ln día de atraso: pasó el mes de cortesía; sea firme y fije una fecha.</numerusform>
            <numerusform>Cliente de valor bajo con %Ln días de atraso: pasó el mes de cortesía; sea firme y fije una fecha.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxIdCheck</name>
    <message>
        <source>the NIF %1 does not add up: its letter should be %2.</source>
        <translation>el NIF %1 no cuadra: su letra debería ser %2.</translation>
    </message>
    <message>
        <source>the NIE %1 does not add up: its letter should be %2.</source>
        <translation>el NIE %1 no cuadra: su letra debería ser %2.</translation>
    </message>
    <message>
        <source>the CUIT %1 does not add up: its last digit should be %2.</source>
        <translation>el CUIT %1 no cuadra: su último dígito debería ser %2.</translation>
    </message>
    <message>
        <source>the RUT %1 does not add up: its check digit should be %2.</source>
        <translation>el RUT %1 no cuadra: su dígito verificador debería ser %2.</translation>
    </message>
</context>
<context>
    <name>TimeZoneCheck</name>
    <message>
        <source>Time zone: “%1” is not a known time zone; choose one from the list (for example America/Mexico_City).</source>
        <translation>Zona horaria: «%1» no es una zona horaria conocida; elija una de la lista (por ejemplo, America/Mexico_City).</translation>
    </message>
</context>
<context>
    <name>TimeZoneNames</name>
    <message>
        <source>Mexico City</source>
        <translation>Ciudad de México</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Monterrey</source>
        <translation>Monterrey</translation>
    </message>
    <message>
        <source>Mérida</source>
        <translation>Mérida</translation>
    </message>
    <message>
        <source>Matamoros</source>
        <translation>Matamoros</translation>
    </message>
    <message>
        <source>Bahía de Banderas</source>
        <translation>Bahía de Banderas</translation>
    </message>
    <message>
        <source>Cancún, Quintana Roo</source>
        <translation>Cancún, Quintana Roo</translation>
    </message>
    <message>
        <source>Chihuahua</source>
        <translation>Chihuahua</translation>
    </message>
    <message>
        <source>Ciudad Juárez</source>
        <translation>Ciudad Juárez</translation>
    </message>
    <message>
        <source>Mazatlán, Sinaloa</source>
        <translation>Mazatlán, Sinaloa</translation>
    </message>
    <message>
        <source>Hermosillo, Sonora</source>
        <translation>Hermosillo, Sonora</translation>
    </message>
    <message>
        <source>Tijuana, Baja California</source>
        <translation>Tijuana, Baja California</translation>
    </message>
    <message>
        <source>Madrid</source>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Canary Islands</source>
        <translation>Canarias</translation>
    </message>
    <message>
        <source>Ceuta and Melilla</source>
        <translation>Ceuta y Melilla</translation>
    </message>
    <message>
        <source>Buenos Aires</source>
        <translation>Buenos Aires</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>La Paz</source>
        <translation>La Paz</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Santiago</source>
        <translation>Santiago</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Bogotá</source>
        <translation>Bogotá</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>San José</source>
        <translation>San José</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Havana</source>
        <translation>La Habana</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Quito and Guayaquil</source>
        <translation>Quito y Guayaquil</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>San Salvador</source>
        <translation>San Salvador</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Guatemala City</source>
        <translation>Ciudad de Guatemala</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Tegucigalpa</source>
        <translation>Tegucigalpa</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Managua</source>
        <translation>Managua</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Panama City</source>
        <translation>Ciudad de Panamá</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Asunción</source>
        <translation>Asunción</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Lima</source>
        <translation>Lima</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>San Juan</source>
        <translation>San Juan</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Santo Domingo</source>
        <translation>Santo Domingo</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Montevideo</source>
        <translation>Montevideo</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Caracas</source>
        <translation>Caracas</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>New York, Miami</source>
        <translation>Nueva York, Miami</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Chicago, Houston</source>
        <translation>Chicago, Houston</translation>
    </message>
    <message>
        <source>Denver</source>
        <translation>Denver</translation>
    </message>
    <message>
        <source>Phoenix, Arizona</source>
        <translation>Phoenix, Arizona</translation>
    </message>
    <message>
        <source>Los Angeles</source>
        <translation>Los Ángeles</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Córdoba</source>
        <translation>Córdoba</translation>
    </message>
    <message>
        <source>Mendoza</source>
        <translation>Mendoza</translation>
    </message>
    <message>
        <source>Salta</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Tucumán</source>
        <translation>Tucumán</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>as the computer&apos;s user name: ana.lopez</source>
        <translation>como el nombre de usuario del equipo: ana.lopez</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Works in the office (a user who left is kept, unticked, with their records)</source>
        <translation>&amp;Trabaja en el despacho (quien se fue se conserva, sin marcar, con sus registros)</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>R&amp;epeat PIN:</source>
        <translation>R&amp;epetir PIN:</translation>
    </message>
    <message>
        <source>Re&amp;move the PIN</source>
        <translation>&amp;Quitar el PIN</translation>
    </message>
    <message>
        <source>With a PIN (4 to 12 digits), this person is chosen at another computer&apos;s desk (File ▸ Who is working) only by typing it. Give one to supervisors and administrators where agents share computers.</source>
        <translation>Con un PIN (de 4 a 12 dígitos), a esta persona solo se la elige escribiéndolo (Archivo ▸ ¿Quién trabaja…?), salvo en su propia cuenta del equipo. Déselo a supervisores y administradores donde los gestores comparten equipos.</translation>
    </message>
    <message>
        <source>Monthly &amp;target:</source>
        <translation>&amp;Meta mensual:</translation>
    </message>
    <message>
        <source>money to recover each month; empty for none</source>
        <translation>dinero por recuperar cada mes; vacío si no tiene</translation>
    </message>
    <message>
        <source>Give their &amp;work to:</source>
        <translation>Pasar su traba&amp;jo a:</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>&amp;Find in the guide:</source>
        <translation>&amp;Buscar en la guía:</translation>
    </message>
    <message>
        <source>A word, such as promise or backup</source>
        <translation>Una palabra, como promesa o copia</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Login: 2 to 32 lowercase letters, digits, dots, hyphens or underscores, like the computer&apos;s user name (ana.lopez).</source>
        <translation>Usuario: de 2 a 32 minúsculas sin acentos, dígitos, puntos, guiones o guiones bajos, como el nombre de usuario del equipo (ana.lopez).</translation>
    </message>
    <message>
        <source>Login: «%1» is %2&apos;s already.</source>
        <translation>Usuario: «%1» ya es de %2.</translation>
    </message>
    <message>
        <source>Login: it stays as it was made; add a new user instead.</source>
        <translation>Usuario: no cambia una vez creado; agregue otro usuario en su lugar.</translation>
    </message>
    <message>
        <source>Name: write the person&apos;s name.</source>
        <translation>Nombre: escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Nobody else administers the office: keep this user an active administrator, or make another one first.</source>
        <translation>Nadie más administra el despacho: deje a este usuario como administrador activo, o nombre antes a otro.</translation>
    </message>
    <message>
        <source>The office&apos;s first user keeps it: make them an administrator.</source>
        <translation>El primer usuario del despacho es quien lo administra: hágalo administrador.</translation>
    </message>
    <message>
        <source>This user is no longer in the office&apos;s file.</source>
        <translation>Este usuario ya no está en el archivo del despacho.</translation>
    </message>
    <message>
        <source>Repeat the PIN: it is not the same.</source>
        <translation>Repetir PIN: no es el mismo.</translation>
    </message>
    <message>
        <source>Say who is working at this desk first: a PIN is a person&apos;s.</source>
        <translation>Diga primero quién trabaja en este puesto: un PIN es de una persona.</translation>
    </message>
    <message>
        <source>Current PIN: type the PIN you have now.</source>
        <translation>PIN actual: escriba el PIN que tiene ahora.</translation>
    </message>
    <message>
        <source>Current PIN: it is not the right one.</source>
        <translation>PIN actual: no es el correcto.</translation>
    </message>
    <message>
        <source>PIN: type the new PIN twice, or tick Remove my PIN.</source>
        <translation>PIN: escriba el PIN nuevo dos veces, o marque Quitar mi PIN.</translation>
    </message>
    <message>
        <source>Monthly target: an amount of money, or empty for none; not a negative one.</source>
        <translation>Meta mensual: una cantidad de dinero, o vacío si no tiene; no una negativa.</translation>
    </message>
    <message>
        <source>Give their work to: %1 still has debtors (%2) and open follow-ups (%3); choose who takes them.</source>
        <translation>Pasar su trabajo a: %1 todavía tiene deudores (%2) y seguimientos abiertos (%3); elija quién se queda con ellos.</translation>
    </message>
    <message>
        <source>Give their work to: choose someone who works in the office.</source>
        <translation>Pasar su trabajo a: elija a alguien que trabaje en el despacho.</translation>
    </message>
    <message>
        <source>Only an administrator may add users, or change a supervisor or an administrator.</source>
        <translation>Solo un administrador puede agregar usuarios, o cambiar a un supervisor o a un administrador.</translation>
    </message>
    <message>
        <source>Role: only an administrator changes a user&apos;s role.</source>
        <translation>Función: solo un administrador cambia la función de un usuario.</translation>
    </message>
    <message>
        <source>Name: only an administrator changes a user&apos;s name.</source>
        <translation>Nombre: solo un administrador cambia el nombre de un usuario.</translation>
    </message>
    <message>
        <source>PIN: only an administrator sets or removes another person&apos;s PIN.</source>
        <translation>PIN: solo un administrador pone o quita el PIN de otra persona.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Office users</source>
        <translation>Usuarios del despacho</translation>
    </message>
    <message>
        <source>Who works in the office. What each one records carries their name, and their role decides what they may do: an agent works their calls, a supervisor also sees everyone&apos;s agenda and keeps the office&apos;s rules, an administrator also keeps this list.</source>
        <translation>Quién trabaja en el despacho. Lo que cada uno registra lleva su nombre, y su función decide lo que puede hacer: un gestor trabaja sus llamadas, un supervisor además ve la agenda de todos y cuida las reglas del despacho, un administrador además cuida esta lista.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>Only an administrator may add or change users.</source>
        <translation>Solo un administrador puede agregar o cambiar usuarios.</translation>
    </message>
    <message>
        <source>Set &amp;my PIN…</source>
        <translation>Poner &amp;mi PIN…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Libreta</source>
        <translation>Le damos la bienvenida a Libreta</translation>
    </message>
    <message>
        <source>Libreta keeps your whole office (debtors, invoices, calls, promises and payments) in one file on this computer. How do you want to start?</source>
        <translation>Libreta guarda todo su despacho (deudores, facturas, llamadas, promesas y pagos) en un archivo de este equipo. ¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>Start my office</source>
        <translation>Empezar mi despacho</translation>
    </message>
    <message>
        <source>Its name, its currency and yours. Then add your customers one by one, or bring them from a spreadsheet with File ▸ Import.</source>
        <translation>El nombre y la moneda del despacho, y su nombre. Después agregue a sus clientes uno por uno, o tráigalos de una hoja de cálculo con Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>Try a demo office first</source>
        <translation>Probar antes un despacho de demostración</translation>
    </message>
    <message>
        <source>Made-up debtors with a year of calls, promises and payments, to learn Libreta without fear of mistakes. Your own office is started later with File ▸ New office file.</source>
        <translation>Deudores inventados con un año de llamadas, promesas y pagos, para aprender Libreta sin miedo a equivocarse. Su propio despacho se empieza después con Archivo ▸ Nuevo archivo de despacho.</translation>
    </message>
    <message>
        <source>Open a Libreta file</source>
        <translation>Abrir un archivo de Libreta</translation>
    </message>
    <message>
        <source>One brought from another computer, or a backup copy.</source>
        <translation>Uno traído de otro equipo, o una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>WhoIsWorkingDialog</name>
    <message>
        <source>Who is working</source>
        <translation>¿Quién trabaja?</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Soy:</translation>
    </message>
    <message>
        <source>Choose who you are in this office. Your calls, payments and notes are recorded in your name, and your role decides what you may do. This computer remembers the choice for this file; someone with a PIN types it here, and is remembered until Libreta closes.</source>
        <translation>Elija quién es usted en este despacho. Sus llamadas, pagos y notas se registran a su nombre, y su función decide lo que puede hacer. Este equipo recuerda la elección para este archivo; quien tiene PIN lo escribe aquí, y se le recuerda hasta que Libreta se cierra.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
</context>
<context>
    <name>WorkQueueService</name>
    <message numerus="yes">
        <source>%Ln outside their calling hours</source>
        <translation>
            <numerusform>%Ln fuera de su horario de llamadas</numerusform>
            <numerusform>%Ln fuera de su horario de llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln over the attempt limit</source>
        <translation>
            <numerusform>%Ln por encima del límite de intentos</numerusform>
            <numerusform>%Ln por encima del límite de intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked do-not-contact</source>
        <translation>
            <numerusform>%Ln marcado como «no contactar»</numerusform>
            <numerusform>%Ln marcados como «no contactar»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an unknown time zone</source>
        <translation>
            <numerusform>%Ln con zona horaria desconocida</numerusform>
            <numerusform>%Ln con zona horaria desconocida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: </source>
        <translation>
            <numerusform>%Ln omitido: </numerusform>
            <numerusform>%Ln omitidos: </numerusform>
        </translation>
    </message>
    <message>
        <source>Call-back agreed for %1.</source>
        <translation>Se acordó volver a llamar a las %1.</translation>
    </message>
    <message>
        <source>Call-back due today.</source>
        <translation>Hoy corresponde volver a llamar.</translation>
    </message>
    <message>
        <source>A promise of %1 is due today: remind the debtor.</source>
        <translation>Hoy vence una promesa de %1: recuérdesela al deudor.</translation>
    </message>
    <message>
        <source>Pending task: %1.</source>
        <translation>Tarea pendiente: %1.</translation>
    </message>
    <message>
        <source>A call-back due on %1 is still open.</source>
        <translation>Sigue pendiente una llamada acordada para el %1.</translation>
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
        <source>The promise of %1 due on %2 was kept in part: %3 of it is unpaid; call back and set a date for the rest.</source>
        <translation>La promesa de %1 del %2 se cumplió en parte: faltan %3; llame y fije una fecha para el resto.</translation>
    </message>
    <message numerus="yes">
        <source>Highest priority; last reached on %1 (%n day(s) ago). %2</source>
        <translation>
            <numerusform>Máxima prioridad; se le localizó por última vez el %1 (hace %n día). %2</numerusform>
            <numerusform>Máxima prioridad; se le localizó por última vez el %1 (hace %n días). %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest priority; never reached. %1</source>
        <translation>Máxima prioridad; nunca se le ha localizado. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln called as often as a day allows</source>
        <translation>
            <numerusform>%Ln ya llamado tantas veces como permite un día</numerusform>
            <numerusform>%Ln ya llamados tantas veces como permite un día</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::ActivityLogDialog</name>
    <message>
        <source>Only the office&apos;s users read its activity. Say who you are with File ▸ Who is working…</source>
        <translation>Solo los usuarios del despacho leen su actividad. Indique quién es usted en Archivo ▸ ¿Quién trabaja…?</translation>
    </message>
    <message>
        <source>What everyone recorded in the office, newest first: calls, payments, notes, changes to debtors, rules and users. Entries are never changed or removed.</source>
        <translation>Lo que todos registraron en el despacho, lo más reciente primero: llamadas, pagos, notas, cambios en deudores, reglas y usuarios. Las entradas nunca se cambian ni se borran.</translation>
    </message>
    <message>
        <source>What you recorded in the office, newest first. Supervisors read everyone&apos;s.</source>
        <translation>Lo que usted registró en el despacho, lo más reciente primero. Los supervisores leen lo de todos.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ya no está)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Actividad: %1</translation>
    </message>
    <message>
        <source>What everyone recorded about %1, newest first: calls, payments, notes, follow-ups, and changes to the debtor and its contacts.</source>
        <translation>Lo que todos registraron sobre %1, lo más reciente primero: llamadas, pagos, notas, seguimientos y cambios en el deudor y sus contactos.</translation>
    </message>
    <message>
        <source>What you recorded about %1, newest first.</source>
        <translation>Lo que usted registró sobre %1, lo más reciente primero.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ActivityLogModel</name>
    <message>
        <source>Libreta</source>
        <translation>Libreta</translation>
    </message>
    <message>
        <source>Written by Libreta itself, when it closed the day</source>
        <translation>Lo escribió Libreta al cerrar el día</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
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
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody was named at the desk (an office that lists no users, or the command line)</source>
        <translation>No se indicó a nadie en el puesto (un despacho sin usuarios, o la línea de órdenes)</translation>
    </message>
    <message>
        <source>Written by Libreta itself, when the agreement the discount rests on was paid or a payment it rested on was reversed</source>
        <translation>Lo escribió Libreta por sí misma, al pagarse el acuerdo del que depende el descuento o al anularse un pago del que dependía</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaActions</name>
    <message>
        <source>&amp;Open file</source>
        <translation>Abrir e&amp;xpediente</translation>
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
    <message>
        <source>Call again: say the day the debtor asked to be called.</source>
        <translation>Volver a llamar: indique el día en que el deudor pidió que se le llame.</translation>
    </message>
    <message>
        <source>Sent by WhatsApp</source>
        <translation>Enviado por WhatsApp</translation>
    </message>
    <message>
        <source>Payment not found: call for the receipt</source>
        <translation>No aparece el pago: llamar para pedir el comprobante</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaModel</name>
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
        <source>%1 of %2 shown: scroll down for more.</source>
        <translation>Se muestran %1 de %2: baje para ver más.</translation>
    </message>
    <message>
        <source>Recorded by %1 in a call</source>
        <translation>Registrado por %1 en una llamada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
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
        <source>%Ln item(s) still open from earlier days: see Overdue.</source>
        <translation>
            <numerusform>%Ln pendiente sigue abierto de días anteriores: vea Vencidos.</numerusform>
            <numerusform>%Ln pendientes siguen abiertos de días anteriores: vea Vencidos.</numerusform>
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
    <message>
        <source>Put off, any kind</source>
        <translation>Pospuestas (todas)</translation>
    </message>
    <message>
        <source>The tasks and call-backs moved to a later day once their day had come</source>
        <translation>Las tareas y llamadas acordadas pasadas a un día posterior cuando ya había llegado su día</translation>
    </message>
    <message>
        <source>Nothing open here was put off. Choose another kind to see the rest.</source>
        <translation>Nada pendiente aquí fue pospuesto. Elija otro tipo para ver lo demás.</translation>
    </message>
    <message>
        <source>%1 open and put off</source>
        <translation>%1 pendientes y pospuestas</translation>
    </message>
    <message>
        <source>The agenda holds what was agreed with debtors or scheduled. To call those who owe, Work ▸ Next call (F6) offers them one by one, by priority; the portfolio&apos;s Aging filter lists them.</source>
        <translation>La agenda guarda lo acordado con los deudores o programado. Para llamar a quienes deben, Trabajo ▸ Siguiente llamada (F6) se los ofrece uno por uno, por prioridad; el filtro Antigüedad de la cartera los lista.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgingModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s)</source>
        <translation>
            <numerusform>%Ln deudor</numerusform>
            <numerusform>%Ln deudores</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click, or press Enter, to see these debtors in the portfolio</source>
        <translation>Doble clic, o Intro, para ver estos deudores en la cartera</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Debtors</source>
        <translation>Deudores</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Double-click, or press Enter, to see these debtors in the portfolio (its Current also lists those who owe nothing)</source>
        <translation>Doble clic, o Intro, para ver estos deudores en la cartera (su filtro Al corriente también lista a los que no deben nada)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>libreta::ui::AssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>The portfolio shows every debtor of the office.</source>
        <translation>La cartera muestra todos los deudores del despacho.</translation>
    </message>
    <message>
        <source>The portfolio shows the debtors its search and filters match now.</source>
        <translation>La cartera muestra los deudores que coinciden ahora con su búsqueda y sus filtros.</translation>
    </message>
    <message>
        <source>Only a supervisor can assign debtors to agents.</source>
        <translation>Solo un supervisor puede asignar deudores a los gestores.</translation>
    </message>
    <message>
        <source>Their open &amp;follow-ups that were their agent&apos;s are left with nobody too</source>
        <translation>Sus &amp;seguimientos abiertos que eran de su gestor también quedan sin nadie</translation>
    </message>
    <message>
        <source>Their open &amp;follow-ups that were their agent&apos;s go with them</source>
        <translation>Sus &amp;seguimientos abiertos que eran de su gestor pasan con ellos</translation>
    </message>
    <message>
        <source>No debtor to assign.</source>
        <translation>No hay deudores que asignar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) will be assigned.</source>
        <translation>
            <numerusform>Se asignará %Ln deudor.</numerusform>
            <numerusform>Se asignarán %Ln deudores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents: tick at least one to share them among.</source>
        <translation>Gestores: marque al menos uno para repartirlos.</translation>
    </message>
    <message>
        <source>Agent: the office has no active user to give them to.</source>
        <translation>Gestor: el despacho no tiene ningún usuario activo a quien dárselos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) assigned</source>
        <translation>
            <numerusform>%Ln deudor asignado</numerusform>
            <numerusform>%Ln deudores asignados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %Ln open follow-up(s)</source>
        <translation>
            <numerusform>, con %Ln seguimiento abierto</numerusform>
            <numerusform>, con %Ln seguimientos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln debtor(s)…</source>
        <translation>
            <numerusform>Asignando %Ln deudor…</numerusform>
            <numerusform>Asignando %Ln deudores…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln debtor(s) se&amp;lected in the portfolio</source>
        <translation>
            <numerusform>El deudor se&amp;leccionado en la cartera (%Ln)</numerusform>
            <numerusform>Los %Ln deudores se&amp;leccionados en la cartera</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agent</source>
        <translation>Elija un gestor</translation>
    </message>
    <message>
        <source>Agent: choose who gets them.</source>
        <translation>Gestor: elija a quién se le asignan.</translation>
    </message>
    <message numerus="yes">
        <source>Leave %Ln debtor(s) with no agent, and their open follow-ups with nobody?</source>
        <translation>
            <numerusform>¿Dejar %Ln deudor sin gestor, y sus seguimientos abiertos sin nadie?</numerusform>
            <numerusform>¿Dejar %Ln deudores sin gestor, y sus seguimientos abiertos sin nadie?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %Ln debtor(s) with no agent?</source>
        <translation>
            <numerusform>¿Dejar %Ln deudor sin gestor?</numerusform>
            <numerusform>¿Dejar %Ln deudores sin gestor?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %Ln debtor(s) among %1, with their open follow-ups?</source>
        <translation>
            <numerusform>¿Repartir %Ln deudor entre %1, con sus seguimientos abiertos?</numerusform>
            <numerusform>¿Repartir %Ln deudores entre %1, con sus seguimientos abiertos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %Ln debtor(s) among %1?</source>
        <translation>
            <numerusform>¿Repartir %Ln deudor entre %1?</numerusform>
            <numerusform>¿Repartir %Ln deudores entre %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln debtor(s) to %1, with their open follow-ups?</source>
        <translation>
            <numerusform>¿Pasar %Ln deudor a %1, con sus seguimientos abiertos?</numerusform>
            <numerusform>¿Pasar %Ln deudores a %1, con sus seguimientos abiertos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln debtor(s) to %1?</source>
        <translation>
            <numerusform>¿Pasar %Ln deudor a %1?</numerusform>
            <numerusform>¿Pasar %Ln deudores a %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Who had each one now is not kept anywhere to go back to.</source>
        <translation>No queda guardado quién tenía cada uno para volver atrás.</translation>
    </message>
    <message>
        <source>Assign debtors</source>
        <translation>Asignar deudores</translation>
    </message>
    <message>
        <source>The portfolio shows %1&apos;s debtors that its search and filters match now.</source>
        <translation>La cartera muestra los deudores de %1 que coinciden ahora con su búsqueda y sus filtros.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::BalanceAdjustmentDialog</name>
    <message>
        <source>%1 (%2) · Outstanding: %3</source>
        <translation>%1 (%2) · Saldo pendiente: %3</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Elija el tipo</translation>
    </message>
    <message>
        <source>The open invoices, oldest first</source>
        <translation>Las facturas pendientes, la más antigua primero</translation>
    </message>
    <message>
        <source>%1 (due %2, owes %3)</source>
        <translation>%1 (vencimiento %2, saldo %3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Type the amount to see which invoices it comes off and what is owed after.</source>
        <translation>Escriba el importe para ver de qué facturas se descuenta y cuánto se deberá después.</translation>
    </message>
    <message>
        <source>That is more than is owed there.</source>
        <translation>Es más de lo que se debe ahí.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Taken off: %1.</source>
        <translation>Se descuenta: %1.</translation>
    </message>
    <message>
        <source>Owed after: %1 (now %2).</source>
        <translation>Se deberá después: %1 (ahora %2).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing will be owed: %n pending promise(s) cancelled, with their reminders and checks.</source>
        <translation>
            <numerusform>No se deberá nada: se cancela %n promesa pendiente, con sus recordatorios y verificaciones.</numerusform>
            <numerusform>No se deberá nada: se cancelan %n promesas pendientes, con sus recordatorios y verificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is not money received: the money recovered does not change.</source>
        <translation>No es dinero recibido: lo recuperado no cambia.</translation>
    </message>
    <message>
        <source>Ad&amp;just balance</source>
        <translation>&amp;Ajustar saldo</translation>
    </message>
    <message>
        <source>A write-off that leaves nothing owed sets the debtor&apos;s status to Closed.</source>
        <translation>Una cancelación por incobrable que deja el saldo en cero pasa al deudor a estado Cerrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n call-back(s) and task(s) leave the agenda: nobody is to call about it again.</source>
        <translation>
            <numerusform>%n llamada o tarea sale de la agenda: nadie volverá a llamar por esto.</numerusform>
            <numerusform>%n llamadas y tareas salen de la agenda: nadie volverá a llamar por esto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallClosePage</name>
    <message>
        <source>The debtor confirmed amount, date and payment method</source>
        <translation>El deudor confirmó importe, fecha y forma de pago</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copies the confirmation to paste into an e-mail or a WhatsApp message (Alt+4)</source>
        <translation>Copia la confirmación para pegarla en un correo o un mensaje de WhatsApp (Alt+4)</translation>
    </message>
    <message>
        <source>commitment-%1-%2.pdf</source>
        <translation>compromiso-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the confirmation as PDF</source>
        <translation>Guardar la confirmación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The office has not written its payment instructions yet: give the account and the reference to quote.</source>
        <translation>El despacho aún no ha escrito sus instrucciones de pago: indique la cuenta y la referencia que debe citar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A refusal will be recorded.&lt;/b&gt;&lt;br&gt;Reason: %1&lt;br&gt;Next step: %2</source>
        <translation>&lt;b&gt;Se registrará una negativa.&lt;/b&gt;&lt;br&gt;Motivo: %1&lt;br&gt;Siguiente paso: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing agreed yet.&lt;/b&gt; Go back to the pre-close (Alt+Left) for the debtor&apos;s answer.</source>
        <translation>&lt;b&gt;Aún no hay nada acordado.&lt;/b&gt; Vuelva al precierre (Alt+Izquierda) para registrar la respuesta del deudor.</translation>
    </message>
    <message>
        <source>The confirmation was saved as %1.</source>
        <translation>La confirmación se guardó como %1.</translation>
    </message>
    <message>
        <source>The confirmation could not be saved as %1.</source>
        <translation>No se pudo guardar la confirmación como %1.</translation>
    </message>
    <message>
        <source>The confirmation was copied: paste it into the e-mail or the WhatsApp message.</source>
        <translation>Se copió la confirmación: péguela en el correo o en el mensaje de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallCorrectionDialog</name>
    <message>
        <source>What you change is saved as a correction beside the call, which stays in the file as it was. Who answered, the outcome and any promise, payment or follow-up stay as recorded.</source>
        <translation>Lo que cambie se guarda como una corrección junto a la llamada, que sigue en el expediente tal como estaba. Quién contestó, el resultado y las promesas, pagos o seguimientos quedan como se registraron.</translation>
    </message>
    <message>
        <source>This call did not reach the debtor: only the presentation&apos;s notes and the next step can change.</source>
        <translation>Esta llamada no llegó al deudor: solo pueden cambiar las notas de la presentación y el siguiente paso.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguno —</translation>
    </message>
    <message>
        <source>Willing to pay? Not known</source>
        <translation>¿Quiere pagar? No se sabe</translation>
    </message>
    <message>
        <source>Willing to pay</source>
        <translation>Quiere pagar</translation>
    </message>
    <message>
        <source>Not willing to pay</source>
        <translation>No quiere pagar</translation>
    </message>
    <message>
        <source>Able to pay? Not known</source>
        <translation>¿Puede pagar? No se sabe</translation>
    </message>
    <message>
        <source>Able to pay</source>
        <translation>Puede pagar</translation>
    </message>
    <message>
        <source>Not able to pay</source>
        <translation>No puede pagar</translation>
    </message>
    <message>
        <source>An argument can be checked and gets the task that removes it; an excuse buys time.</source>
        <translation>Un argumento se puede comprobar y recibe la tarea que lo resuelve; una excusa solo gana tiempo.</translation>
    </message>
    <message>
        <source>Call of %1 by %2 · %3</source>
        <translation>Llamada del %1 de %2 · %3</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallDialBox</name>
    <message>
        <source>Override and call</source>
        <translation>Autorizar y llamar</translation>
    </message>
    <message>
        <source>Why this call goes ahead anyway (goes to the audit log)</source>
        <translation>Por qué se hace la llamada de todos modos (queda en la bitácora de auditoría)</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>no contactar</translation>
    </message>
    <message>
        <source>No contacts in the file: type the number below</source>
        <translation>No hay contactos en el expediente: escriba el número abajo</translation>
    </message>
    <message>
        <source>The contact rules refuse this call: do not dial.</source>
        <translation>Las reglas de contacto rechazan esta llamada: no marque.</translation>
    </message>
    <message>
        <source>As a supervisor you may let it go ahead: write why.</source>
        <translation>Como supervisor puede autorizarla: escriba por qué.</translation>
    </message>
    <message>
        <source>Only a supervisor can let it go ahead. Choose another contact, or discard the call.</source>
        <translation>Solo un supervisor puede autorizarla. Elija otro contacto o descarte la llamada.</translation>
    </message>
    <message>
        <source>Do-not-contact is never overridden: discard the call. If the mark no longer applies, lift it first in the debtor&apos;s file (Do not contact…), writing why.</source>
        <translation>«No contactar» no admite excepciones: descarte la llamada. Si la marca ya no procede, quítela antes en el expediente del deudor (No contactar…), escribiendo por qué.</translation>
    </message>
    <message>
        <source>Do-not-contact is never overridden: choose another contact, or discard the call. If the mark no longer applies, take it off first in the contact (Edit contact…).</source>
        <translation>«No contactar» no admite excepciones: elija otro contacto o descarte la llamada. Si la marca ya no procede, quítela antes en el contacto (Editar contacto…).</translation>
    </message>
    <message>
        <source>wrong number on %1</source>
        <translation>número equivocado el %1</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallListeningPage</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— elija el motivo —</translation>
    </message>
    <message>
        <source>Listen with empathy</source>
        <translation>Escuche con empatía</translation>
    </message>
    <message>
        <source>The catalogue suggests: %1. You decide.</source>
        <translation>El catálogo sugiere: %1. Usted decide.</translation>
    </message>
    <message>
        <source>Read the profile: is the debtor willing to pay, and able to?</source>
        <translation>Lea el perfil: ¿el deudor quiere pagar?, ¿puede hacerlo?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approach for this profile: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Enfoque para este perfil: %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reasons given before:&lt;/b&gt; none; this is the first time.</source>
        <translation>&lt;b&gt;Motivos dados antes:&lt;/b&gt; ninguno; es la primera vez.</translation>
    </message>
    <message>
        <source>Reasons given before (newest first):</source>
        <translation>Motivos dados antes (el más reciente primero):</translation>
    </message>
    <message>
        <source>Argument</source>
        <translation>Argumento</translation>
    </message>
    <message>
        <source>Excuse</source>
        <translation>Excusa</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallNegotiationPage</name>
    <message>
        <source>Pay in full</source>
        <translation>Liquidar todo</translation>
    </message>
    <message>
        <source>Part now, the rest on a date</source>
        <translation>Una parte ahora y el resto en una fecha</translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation>Convenio en parcialidades</translation>
    </message>
    <message>
        <source>A new date</source>
        <translation>Una nueva fecha</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>Type what the debtor says: «ya pagué», «no tengo»…</source>
        <translation>Escriba lo que dice el deudor: «ya pagué», «no tengo»…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outstanding: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saldo: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 days past due (%2)</source>
        <translation>%1 días de atraso (%2)</translation>
    </message>
    <message>
        <source>nothing past due</source>
        <translation>nada vencido</translation>
    </message>
    <message>
        <source>Open promise: %1</source>
        <translation>Promesa abierta: %1</translation>
    </message>
    <message>
        <source>Promises kept: %1 · broken: %2</source>
        <translation>Promesas cumplidas: %1 · incumplidas: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested approach: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Enfoque sugerido: %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Pays now</source>
        <translation>Paga ahora</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>office limit %1%</source>
        <translation>límite del despacho: %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 off: above the office&apos;s limit of %2%, needs a supervisor&apos;s approval</source>
        <translation>%1 menos: supera el límite del despacho (%2&#xa0;%), requiere la aprobación de un supervisor</translation>
    </message>
    <message>
        <source>%1 off, within the office&apos;s limit of %2%</source>
        <translation>%1 menos, dentro del límite del despacho (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 payments adding up to %2</source>
        <translation>%1 pagos que suman %2</translation>
    </message>
    <message>
        <source>One payment of %1</source>
        <translation>Un pago de %1</translation>
    </message>
    <message>
        <source>%1 stays owed</source>
        <translation>quedan pendientes %1</translation>
    </message>
    <message>
        <source>No answer matches what you typed.</source>
        <translation>Ninguna respuesta coincide con lo que escribió.</translation>
    </message>
    <message>
        <source>limit %1% for the segment %2</source>
        <translation>límite del segmento %2: %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 off: above the limit of %2% for the segment %3, needs a supervisor&apos;s approval</source>
        <translation>%1 menos: supera el límite del segmento %3 (%2&#xa0;%), requiere la aprobación de un supervisor</translation>
    </message>
    <message>
        <source>%1 off, within the limit of %2% for the segment %3</source>
        <translation>%1 menos, dentro del límite del segmento %3 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>optional: sets how many</source>
        <translation>opcional: calcula cuántas</translation>
    </message>
    <message>
        <source>Can pay each time</source>
        <translation>Puede pagar cada vez</translation>
    </message>
    <message>
        <source>At %1 each time it takes %2 instalments; a plan has %3 at most.</source>
        <translation>Con %1 cada vez serían %2 parcialidades; un convenio tiene %3 como máximo.</translation>
    </message>
    <message>
        <source>That covers the whole balance at once: offer to pay it all.</source>
        <translation>Eso cubre todo el saldo de una vez: ofrezca liquidar todo.</translation>
    </message>
    <message>
        <source>Office rules: promises up to %1, plans up to %2.</source>
        <translation>Reglas del despacho: promesas hasta el %1, convenios hasta el %2.</translation>
    </message>
    <message>
        <source>Office rules: promises up to %1.</source>
        <translation>Reglas del despacho: promesas hasta el %1.</translation>
    </message>
    <message>
        <source>Office rules: plans up to %1.</source>
        <translation>Reglas del despacho: convenios hasta el %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approach for this call: %1.&lt;/b&gt; %2 Before the call the file suggested “%3”.</source>
        <translation>&lt;b&gt;Enfoque para esta llamada: %1.&lt;/b&gt; %2 Antes de la llamada el expediente sugería «%3».</translation>
    </message>
    <message>
        <source>two weeks</source>
        <translation>14 días</translation>
    </message>
    <message>
        <source>half month</source>
        <translation>quincena</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more instalment(s), which add up to %1)</source>
        <translation>
            <numerusform>(y %n parcialidad más, de %1)</numerusform>
            <numerusform>(y %n parcialidades más, que suman %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept: %1, %2 of it unpaid</source>
        <translation>Incumplida: %1, sin pagar %2</translation>
    </message>
    <message>
        <source>Kept in part: %1, %2 of it unpaid</source>
        <translation>Cumplida en parte: %1, sin pagar %2</translation>
    </message>
    <message>
        <source>kept in part: %1</source>
        <translation>cumplidas en parte: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replaces the %n open instalments</source>
        <translation>
            <numerusform>Sustituye a la %n parcialidad abierta</numerusform>
            <numerusform>Sustituye a las %n parcialidades abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>They are cancelled.</source>
        <translation>Se cancelan.</translation>
    </message>
    <message>
        <source>Unticked, they stay and this promise is added to them.</source>
        <translation>Sin marcar, siguen en pie y esta promesa se suma a ellas.</translation>
    </message>
    <message>
        <source>Replaces the open promise</source>
        <translation>Sustituye a la promesa abierta</translation>
    </message>
    <message>
        <source>It is cancelled.</source>
        <translation>Se cancela.</translation>
    </message>
    <message>
        <source>Its date has passed: it counts as broken.</source>
        <translation>Ya pasó su fecha: cuenta como incumplida.</translation>
    </message>
    <message>
        <source>Unticked, it stays and this promise is added to it.</source>
        <translation>Sin marcar, sigue en pie y esta promesa se suma a ella.</translation>
    </message>
    <message>
        <source>%1 off: above the limit of %2% for the segment %3, which you approve as supervisor</source>
        <translation>%1 menos: supera el límite del segmento %3 (%2&#xa0;%), y usted lo aprueba como supervisor</translation>
    </message>
    <message>
        <source>%1 off: above the office&apos;s limit of %2%, which you approve as supervisor</source>
        <translation>%1 menos: supera el límite del despacho (%2&#xa0;%), y usted lo aprueba como supervisor</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallPanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The previous stage (Alt+Left)</source>
        <translation>La etapa anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next stage (Alt+Right)</source>
        <translation>La etapa siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Guardar llamada</translation>
    </message>
    <message>
        <source>Save the call with everything recorded (Ctrl+S)</source>
        <translation>Guardar la llamada con todo lo registrado (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Forget this call without saving it</source>
        <translation>Olvidar esta llamada sin guardarla</translation>
    </message>
    <message>
        <source>Forget the recovered call and start a new one?</source>
        <translation>¿Olvidar la llamada recuperada y empezar una nueva?</translation>
    </message>
    <message>
        <source>our office</source>
        <translation>nuestro despacho</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Llamada con %1</translation>
    </message>
    <message>
        <source>This call, started %1, was never saved: it is back as you left it. Go on, or start over.</source>
        <translation>Esta llamada, iniciada el %1, nunca se guardó: vuelve tal como la dejó. Continúe o empiece de nuevo.</translation>
    </message>
    <message>
        <source>The override and its reason were written to the audit log.</source>
        <translation>La autorización y su motivo quedaron en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>First say who answered (Alt+1 to Alt+6).</source>
        <translation>Primero indique quién contestó (Alt+1 a Alt+6).</translation>
    </message>
    <message>
        <source>Only the debtor or the person who decides payment hears about the debt: this call ends at the presentation. Save it with Ctrl+S.</source>
        <translation>Solo el deudor o quien decide el pago puede oír sobre la deuda: esta llamada termina en la presentación. Guárdela con Ctrl+S.</translation>
    </message>
    <message>
        <source>Call saved: %1.</source>
        <translation>Llamada guardada: %1.</translation>
    </message>
    <message>
        <source>Next attempt %1.</source>
        <translation>Siguiente intento: %1.</translation>
    </message>
    <message>
        <source>Call saved: refusal. Next step: %1</source>
        <translation>Llamada guardada: negativa. Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Call saved: a plan of %1 instalments adding up to %2, the first on %3. Its reminders and checks are in the agenda.</source>
        <translation>Llamada guardada: un convenio de %1 parcialidades que suman %2, la primera el %3. Sus recordatorios y verificaciones están en la agenda.</translation>
    </message>
    <message>
        <source>Call saved: a promise of %1 on %2. Its reminder and check are in the agenda.</source>
        <translation>Llamada guardada: una promesa de %1 el %2. Su recordatorio y su verificación están en la agenda.</translation>
    </message>
    <message>
        <source>Call saved.</source>
        <translation>Llamada guardada.</translation>
    </message>
    <message>
        <source>The contact rules refuse this call; it cannot be saved unless a supervisor overrides them.</source>
        <translation>Las reglas de contacto rechazan esta llamada; no se puede guardar salvo que un supervisor la autorice.</translation>
    </message>
    <message>
        <source>The discount waits for a supervisor&apos;s approval.</source>
        <translation>El descuento espera la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>Discard this call? Nothing of it will be saved.</source>
        <translation>¿Descartar esta llamada? No se guardará nada de ella.</translation>
    </message>
    <message>
        <source>Call saved: %1 promised for %2 and the rest, %3, for %4. Their reminders and checks are in the agenda.</source>
        <translation>Llamada guardada: %1 prometidos para el %2 y el resto, %3, para el %4. Sus recordatorios y verificaciones están en la agenda.</translation>
    </message>
    <message>
        <source>Call saved: %1 paid during the call.</source>
        <translation>Llamada guardada: %1 pagados durante la llamada.</translation>
    </message>
    <message>
        <source>Call saved: %1 paid during the call; the rest, %2, promised for %3. Its reminder and check are in the agenda.</source>
        <translation>Llamada guardada: %1 pagados durante la llamada; el resto, %2, prometido para el %3. Su recordatorio y su verificación están en la agenda.</translation>
    </message>
    <message numerus="yes">
        <source>Call saved: %1 paid during the call, and %n more instalment(s) adding up to %2, the next on %3. Their reminders and checks are in the agenda.</source>
        <translation>
            <numerusform>Llamada guardada: %1 pagados durante la llamada, y %n parcialidad más por %2, el %3. Su recordatorio y su verificación están en la agenda.</numerusform>
            <numerusform>Llamada guardada: %1 pagados durante la llamada, y %n parcialidades más que suman %2, la siguiente el %3. Sus recordatorios y verificaciones están en la agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor had no agent and is now yours.</source>
        <translation>El deudor no tenía gestor y ahora es suyo.</translation>
    </message>
    <message>
        <source>Call saved: wrong number. The file has no other, so the agenda has a task for %1: find the debtor&apos;s number.</source>
        <translation>Llamada guardada: número equivocado. El expediente no tiene otro, así que la agenda tiene una tarea para el %1: buscar el número del deudor.</translation>
    </message>
    <message>
        <source>They cannot talk now: this call ends at the presentation with the call-back they asked for. Save it with Ctrl+S, or untick Alt+7 to go on.</source>
        <translation>No puede hablar ahora: esta llamada termina en la presentación, con la llamada que pidió. Guárdela con Ctrl+S, o desmarque Alt+7 para seguir.</translation>
    </message>
    <message>
        <source>Call saved: they cannot talk now. Call back %1.</source>
        <translation>Llamada guardada: no puede hablar ahora. Volver a llamar el %1.</translation>
    </message>
    <message>
        <source>Call saved: %1, to be checked. The task that answers it is in today&apos;s agenda.</source>
        <translation>Llamada guardada: argumento por verificar («%1»). La tarea que lo responde está en la agenda de hoy.</translation>
    </message>
    <message>
        <source>&amp;Discard call</source>
        <translation>&amp;Descartar llamada</translation>
    </message>
    <message>
        <source>Call discarded: nothing had been entered in it.</source>
        <translation>Llamada descartada: no se había anotado nada en ella.</translation>
    </message>
    <message>
        <source>The discount above the limit stands: you approved it as supervisor.</source>
        <translation>El descuento por encima del límite queda en firme: usted lo aprobó como supervisor.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallPreClosePage</name>
    <message>
        <source>Back to the negotiation</source>
        <translation>Volver a la negociación</translation>
    </message>
    <message>
        <source>I offered an alternative: they still refuse</source>
        <translation>Ofrecí una alternativa: sigue negándose</translation>
    </message>
    <message>
        <source>A first «no» is not the end: offer an alternative before recording a refusal.</source>
        <translation>Un primer «no» no es el final: ofrezca una alternativa antes de registrar una negativa.</translation>
    </message>
    <message>
        <source>You could offer</source>
        <translation>Podría ofrecer</translation>
    </message>
    <message>
        <source>&lt;b&gt;On offer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Propuesta:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallPresentationPage</name>
    <message>
        <source>Remember</source>
        <translation>Recuerde</translation>
    </message>
    <message>
        <source>The call ends here as «%1». Check the next attempt and save with Ctrl+S.</source>
        <translation>La llamada termina aquí como «%1». Revise el siguiente intento y guarde con Ctrl+S.</translation>
    </message>
    <message>
        <source>They cannot talk now: call back when they say</source>
        <translation>No puede hablar ahora: volver a llamar cuando diga</translation>
    </message>
    <message>
        <source>Call back on:</source>
        <translation>Volver a llamar el:</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>Siguiente intento:</translation>
    </message>
    <message>
        <source>The call ends here as «%1»: nothing about the debt is recorded. Type the time they asked for and save with Ctrl+S.</source>
        <translation>La llamada termina aquí como «%1»: no se registra nada de la deuda. Escriba la hora que pidió y guarde con Ctrl+S.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ChangePinDialog</name>
    <message>
        <source>Type the PIN you have now, then the new one twice; or tick Remove my PIN.</source>
        <translation>Escriba el PIN que tiene ahora y luego el nuevo dos veces; o marque Quitar mi PIN.</translation>
    </message>
    <message>
        <source>With a PIN, nobody can choose you at another computer&apos;s desk (File ▸ Who is working) without typing it. Only you need know it.</source>
        <translation>Con un PIN, nadie puede elegirlo a usted en el puesto de otro equipo (Archivo ▸ ¿Quién trabaja…?) sin escribirlo. Solo usted necesita saberlo.</translation>
    </message>
    <message numerus="yes">
        <source>Current PIN: wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>PIN actual: espere %n segundo más antes de volver a intentarlo.</numerusform>
            <numerusform>PIN actual: espere %n segundos más antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the debtor and the person who decides payment may hear about the debt; a reference only helps to find the debtor.</source>
        <translation>Solo el deudor y quien decide el pago pueden saber de la deuda; una referencia solo sirve para localizar al deudor.</translation>
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
    <message>
        <source>CSV with commas: amounts as 1234.50 (*.csv)</source>
        <translation>CSV con comas: importes como 1234.50 (*.csv)</translation>
    </message>
    <message>
        <source>CSV with semicolons: amounts as 1234,50 (*.csv)</source>
        <translation>CSV con punto y coma: importes como 1234,50 (*.csv)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorContactsModel</name>
    <message>
        <source>Do not contact</source>
        <translation>No contactar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Mejor hora</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorDialog</name>
    <message>
        <source>Edit debtor</source>
        <translation>Editar deudor</translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation>Nuevo deudor</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie por ahora</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileActions</name>
    <message>
        <source>New &amp;debtor…</source>
        <translation>Nuevo &amp;deudor…</translation>
    </message>
    <message>
        <source>Add a debtor to the portfolio</source>
        <translation>Agregar un deudor a la cartera</translation>
    </message>
    <message>
        <source>&amp;Edit debtor…</source>
        <translation>Edi&amp;tar deudor…</translation>
    </message>
    <message>
        <source>Change the debtor&apos;s name, reference, time zone, risk, value, agent or status</source>
        <translation>Cambiar el nombre, la referencia, la zona horaria, el riesgo, el valor, el gestor o el estado del deudor</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Agregar &amp;contacto…</translation>
    </message>
    <message>
        <source>Add a person who can be reached for this debtor</source>
        <translation>Agregar una persona de contacto para este deudor</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>Ed&amp;itar contacto…</translation>
    </message>
    <message>
        <source>Change the selected contact, its phones and e-mails</source>
        <translation>Cambiar el contacto seleccionado, sus teléfonos y correos</translation>
    </message>
    <message>
        <source>Add &amp;invoice…</source>
        <translation>Agregar &amp;factura…</translation>
    </message>
    <message>
        <source>Add an invoice this debtor owes</source>
        <translation>Agregar una factura que debe este deudor</translation>
    </message>
    <message>
        <source>&amp;Dispute…</source>
        <translation>D&amp;isputa…</translation>
    </message>
    <message>
        <source>Mark the selected invoice disputed, with the debtor&apos;s reason, or clear the dispute</source>
        <translation>Marcar la factura seleccionada como en disputa, con el motivo del deudor, o quitar la disputa</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <source>Record money received: which invoices it pays and which promises it settles</source>
        <translation>Registrar dinero recibido: qué facturas paga y qué promesas cubre</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>Write a note in the file (Ctrl+Enter saves it)</source>
        <translation>Escribir una nota en el expediente (Ctrl+Enter la guarda)</translation>
    </message>
    <message>
        <source>C&amp;orrect note</source>
        <translation>Co&amp;rregir nota</translation>
    </message>
    <message>
        <source>Add a correction to the selected note; the note itself stays as it was</source>
        <translation>Agregar una corrección a la nota seleccionada; la nota original queda como estaba</translation>
    </message>
    <message>
        <source>A call-back or a task on a date, shown in the agenda</source>
        <translation>Una nueva llamada o una tarea con fecha, que aparece en la agenda</translation>
    </message>
    <message>
        <source>Mark the debtor do-not-contact with the reason, or lift the mark</source>
        <translation>Marcar al deudor como «no contactar», con el motivo, o quitar la marca</translation>
    </message>
    <message>
        <source>Close this debtor&apos;s file</source>
        <translation>Cerrar el expediente de este deudor</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>The next open file, or the portfolio</source>
        <translation>El siguiente expediente abierto, o la cartera</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <source>The previous open file, or the portfolio</source>
        <translation>El expediente abierto anterior, o la cartera</translation>
    </message>
    <message>
        <source>Account &amp;statement…</source>
        <translation>&amp;Estado de cuenta…</translation>
    </message>
    <message>
        <source>The debtor&apos;s invoices, payments, outstanding and days past due, to print or save as PDF</source>
        <translation>Las facturas, pagos, saldo y días de atraso del deudor, para imprimir o guardar en PDF</translation>
    </message>
    <message>
        <source>Con&amp;firmation letter…</source>
        <translation>Carta de confir&amp;mación…</translation>
    </message>
    <message>
        <source>The promise or plan agreed, with amounts, dates, method and how to pay</source>
        <translation>La promesa o el convenio acordado, con importes, fechas, forma de pago y cómo pagar</translation>
    </message>
    <message>
        <source>A letter stating the debtor owes nothing (only once the balance is zero)</source>
        <translation>Una carta que hace constar que el deudor no debe nada (solo con saldo cero)</translation>
    </message>
    <message>
        <source>Start ca&amp;ll</source>
        <translation>Iniciar &amp;llamada</translation>
    </message>
    <message>
        <source>Open the guided call beside the debtor&apos;s file, after checking the contact rules</source>
        <translation>Abre la llamada guiada junto al expediente, después de revisar las reglas de contacto</translation>
    </message>
    <message>
        <source>Next stage of the call</source>
        <translation>Etapa siguiente de la llamada</translation>
    </message>
    <message>
        <source>Presentation, listening, negotiation, pre-close, close</source>
        <translation>Presentación, escucha, negociación, precierre, cierre</translation>
    </message>
    <message>
        <source>Previous stage of the call</source>
        <translation>Etapa anterior de la llamada</translation>
    </message>
    <message>
        <source>Back to the stage before</source>
        <translation>Vuelve a la etapa anterior</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Guardar llamada</translation>
    </message>
    <message>
        <source>Save the call with its outcome, promise and follow-ups</source>
        <translation>Guarda la llamada con su resultado, su promesa y sus seguimientos</translation>
    </message>
    <message>
        <source>Discard call</source>
        <translation>Descartar llamada</translation>
    </message>
    <message>
        <source>Forget the call in progress without saving it</source>
        <translation>Olvida la llamada en curso sin guardarla</translation>
    </message>
    <message>
        <source>Correct what was written about the selected call; the call itself stays as it was</source>
        <translation>Corregir lo que se anotó de la llamada seleccionada; la llamada queda tal como estaba</translation>
    </message>
    <message>
        <source>Co&amp;rrect call…</source>
        <translation>Corre&amp;gir llamada…</translation>
    </message>
    <message>
        <source>Activit&amp;y…</source>
        <translation>Acti&amp;vidad…</translation>
    </message>
    <message>
        <source>Who recorded what about this debtor, and when: calls, payments, notes, follow-ups, changes</source>
        <translation>Quién registró qué sobre este deudor, y cuándo: llamadas, pagos, notas, seguimientos, cambios</translation>
    </message>
    <message>
        <source>Re&amp;verse payment…</source>
        <translation>Anu&amp;lar pago…</translation>
    </message>
    <message>
        <source>Take back the selected payment (a bounced cheque, a payment recorded by mistake): what it paid is owed again</source>
        <translation>Anular el pago elegido (un cheque devuelto, un pago registrado por error): lo que pagó vuelve a deberse</translation>
    </message>
    <message>
        <source>Adjust &amp;balance…</source>
        <translation>&amp;Ajustar saldo…</translation>
    </message>
    <message>
        <source>Take off what will not be collected: a discount agreed, a correction of a wrong invoice, a write-off</source>
        <translation>Descontar lo que no se cobrará: un descuento acordado, la corrección de una factura errónea, una cancelación por incobrable</translation>
    </message>
    <message>
        <source>Sc&amp;hedule follow-up…</source>
        <translation>Programar &amp;seguimiento…</translation>
    </message>
    <message>
        <source>Do n&amp;ot contact…</source>
        <translation>No c&amp;ontactar…</translation>
    </message>
    <message>
        <source>Paid-in-f&amp;ull letter…</source>
        <translation>Carta f&amp;iniquito…</translation>
    </message>
    <message>
        <source>C&amp;lose file</source>
        <translation>Cerrar e&amp;xpediente</translation>
    </message>
    <message>
        <source>Edi&amp;t invoice…</source>
        <translation>Editar fact&amp;ura…</translation>
    </message>
    <message>
        <source>Correct the selected invoice&apos;s number, dates or amount where it was typed wrong; supervisors</source>
        <translation>Corregir el número, las fechas o el importe de la factura seleccionada si se capturó con error; supervisores</translation>
    </message>
    <message>
        <source>Payment &amp;reminder…</source>
        <translation>&amp;Recordatorio de pago…</translation>
    </message>
    <message>
        <source>A letter listing the overdue invoices and a date to pay them by</source>
        <translation>Una carta con las facturas vencidas y una fecha para pagarlas</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileHeader</name>
    <message>
        <source>Tax id %1</source>
        <translation>Id. fiscal %1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segmento %1</translation>
    </message>
    <message>
        <source>No agent assigned</source>
        <translation>Sin gestor asignado</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Gestor %1</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Saldo pendiente: %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Saldo a favor: %1</translation>
    </message>
    <message>
        <source>%1 days past due · %2</source>
        <translation>Días de atraso: %1 · %2</translation>
    </message>
    <message>
        <source>Nothing past due</source>
        <translation>Nada vencido</translation>
    </message>
    <message>
        <source>Risk: %1 · Value: %2 · Promises kept: %3 · broken: %4</source>
        <translation>Riesgo: %1 · Valor: %2 · Promesas cumplidas: %3 · incumplidas: %4</translation>
    </message>
    <message>
        <source>Open promise: %1 due %2</source>
        <translation>Promesa pendiente: %1 para el %2</translation>
    </message>
    <message>
        <source>Last promise: %1</source>
        <translation>Última promesa: %1</translation>
    </message>
    <message>
        <source>No promises yet</source>
        <translation>Aún no hay promesas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested approach: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Enfoque sugerido: %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>A call is allowed now</source>
        <translation>Ahora se puede llamar</translation>
    </message>
    <message>
        <source>Do not call now</source>
        <translation>No llame ahora</translation>
    </message>
    <message>
        <source>Debtor&apos;s local time: %1 (%2)</source>
        <translation>Hora local del deudor: %1 (%2)</translation>
    </message>
    <message>
        <source>Call attempts in the last 7 days: %1 of %2</source>
        <translation>Intentos de llamada en los últimos 7 días: %1 de %2</translation>
    </message>
    <message>
        <source>Do-not-contact reason: %1</source>
        <translation>Motivo de «no contactar»: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to collect:&lt;/b&gt; the debtor owes nothing now.</source>
        <translation>&lt;b&gt;Nada que cobrar:&lt;/b&gt; el deudor no debe nada por ahora.</translation>
    </message>
    <message>
        <source>its %1% discount waits for a supervisor</source>
        <translation>su descuento del %1&#xa0;% espera a un supervisor</translation>
    </message>
    <message>
        <source>Open promise: %1</source>
        <translation>Promesa abierta: %1</translation>
    </message>
    <message>
        <source>No number to call: add one in Contacts</source>
        <translation>No hay número al que llamar: agregue uno en Contactos</translation>
    </message>
    <message>
        <source>kept in part: %1</source>
        <translation>cumplidas en parte: %1</translation>
    </message>
    <message>
        <source>Inside calling hours, nothing to collect</source>
        <translation>Dentro del horario de llamadas, nada que cobrar</translation>
    </message>
    <message>
        <source>today: %1 of %2</source>
        <translation>hoy: %1 de %2</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileNoteEditor</name>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Guardar la nota (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correcting the note “%1”. The original stays in the file; this correction is added after it.</source>
        <translation>Corrigiendo la nota «%1». La original se queda en el expediente; esta corrección se agrega después de ella.</translation>
    </message>
    <message>
        <source>Save &amp;correction</source>
        <translation>Guardar &amp;corrección</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileTabs</name>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No debtor has the reference %1.</source>
        <translation>Ningún deudor tiene la referencia %1.</translation>
    </message>
    <message>
        <source>The debtor was added. Add their contacts and invoices in the file.</source>
        <translation>Se agregó el deudor. Agregue sus contactos y facturas en el expediente.</translation>
    </message>
    <message>
        <source>A call with %1 was never saved: it is back beside the file.</source>
        <translation>Una llamada con %1 nunca se guardó: vuelve a estar junto al expediente.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileTimeline</name>
    <message>
        <source>Everything (%1)</source>
        <translation>Todo (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>Coming up (%1)</source>
        <translation>Lo que viene (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileView</name>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;gos</translation>
    </message>
    <message>
        <source>Con&amp;tacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>The correction was added to the file; the corrected note stays as it was.</source>
        <translation>La corrección se agregó al expediente; la nota corregida queda como estaba.</translation>
    </message>
    <message>
        <source>The note was added to the file.</source>
        <translation>La nota se agregó al expediente.</translation>
    </message>
    <message>
        <source>This debtor is no longer in the file.</source>
        <translation>Este deudor ya no está en el archivo.</translation>
    </message>
    <message>
        <source>Debtor %1</source>
        <translation>Deudor %1</translation>
    </message>
    <message>
        <source>The note you were writing in the file of %1 is not saved. Close the file and lose it?</source>
        <translation>La nota que estaba escribiendo en el expediente de %1 no se ha guardado. ¿Cerrar el expediente y perderla?</translation>
    </message>
    <message>
        <source>The debtor&apos;s details were saved.</source>
        <translation>Se guardaron los datos del deudor.</translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation>Se agregó el contacto.</translation>
    </message>
    <message>
        <source>Select a contact to edit first.</source>
        <translation>Primero seleccione el contacto que desea editar.</translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation>Se guardó el contacto.</translation>
    </message>
    <message>
        <source>The invoice was added. Outstanding now: %1.</source>
        <translation>Se agregó la factura. Saldo pendiente ahora: %1.</translation>
    </message>
    <message>
        <source>Select an invoice first.</source>
        <translation>Primero seleccione una factura.</translation>
    </message>
    <message>
        <source>The invoice&apos;s dispute was saved.</source>
        <translation>Se guardó la disputa de la factura.</translation>
    </message>
    <message>
        <source>The follow-up was scheduled; it shows in the agenda on its day.</source>
        <translation>Se programó el seguimiento; aparecerá en la agenda el día que corresponda.</translation>
    </message>
    <message>
        <source>The debtor is marked do-not-contact.</source>
        <translation>El deudor está marcado como «no contactar».</translation>
    </message>
    <message>
        <source>Calls to this debtor are allowed again.</source>
        <translation>Se vuelve a permitir llamar a este deudor.</translation>
    </message>
    <message>
        <source>Select a note in the history first.</source>
        <translation>Primero seleccione una nota en el historial.</translation>
    </message>
    <message>
        <source>The call with %1 is not saved. Close the file anyway? What you typed is kept and comes back when you open the file again.</source>
        <translation>La llamada con %1 no está guardada. ¿Cerrar el expediente de todos modos? Lo que escribió se conserva y vuelve cuando abra de nuevo el expediente.</translation>
    </message>
    <message>
        <source>Select a call in the history first.</source>
        <translation>Primero seleccione una llamada en el historial.</translation>
    </message>
    <message>
        <source>Only the agent who made the call, or a supervisor, can correct it.</source>
        <translation>Solo el gestor que hizo la llamada, o un supervisor, puede corregirla.</translation>
    </message>
    <message>
        <source>The correction was saved beside the call, which stays in the history as it was.</source>
        <translation>La corrección se guardó junto a la llamada, que sigue en el historial tal como estaba.</translation>
    </message>
    <message>
        <source>Select a payment that counts in the Payments tab first.</source>
        <translation>Primero elija en la pestaña Pagos un pago que no esté anulado.</translation>
    </message>
    <message>
        <source>Only a supervisor can reverse a payment.</source>
        <translation>Solo un supervisor puede anular un pago.</translation>
    </message>
    <message>
        <source>The payment was reversed. Outstanding now: %1.</source>
        <translation>Se anuló el pago. Saldo pendiente ahora: %1.</translation>
    </message>
    <message>
        <source>%1 of the debtor&apos;s credit paid what was owed again.</source>
        <translation>%1 del saldo a favor del deudor pagó lo que volvía a deberse.</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) evaluated again.</source>
        <translation>
            <numerusform>%n promesa evaluada de nuevo.</numerusform>
            <numerusform>%n promesas evaluadas de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor&apos;s agent has a call-back for today to agree the payment again.</source>
        <translation>El gestor del deudor tiene una llamada pendiente para hoy para acordar de nuevo el pago.</translation>
    </message>
    <message>
        <source>Only a supervisor can adjust a balance.</source>
        <translation>Solo un supervisor puede ajustar un saldo.</translation>
    </message>
    <message>
        <source>The debtor owes nothing: there is no balance to adjust.</source>
        <translation>El deudor no debe nada: no hay saldo que ajustar.</translation>
    </message>
    <message>
        <source>The balance was adjusted. Outstanding now: %1.</source>
        <translation>Se ajustó el saldo. Saldo pendiente ahora: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending promise(s) cancelled: nothing is owed.</source>
        <translation>
            <numerusform>Se canceló %n promesa pendiente: no se debe nada.</numerusform>
            <numerusform>Se cancelaron %n promesas pendientes: no se debe nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discount(s) granted on the agreement it completed withdrawn: owed again.</source>
        <translation>
            <numerusform>Se retiró %n descuento concedido por el acuerdo que completaba: se vuelve a deber.</numerusform>
            <numerusform>Se retiraron %n descuentos concedidos por el acuerdo que completaba: se vuelven a deber.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor&apos;s status is now Closed.</source>
        <translation>El deudor pasa a estado Cerrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) left the agenda.</source>
        <translation>
            <numerusform>%n seguimiento salió de la agenda.</numerusform>
            <numerusform>%n seguimientos salieron de la agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a supervisor can change an invoice.</source>
        <translation>Solo un supervisor puede modificar una factura.</translation>
    </message>
    <message>
        <source>Select an invoice to change first.</source>
        <translation>Primero seleccione la factura que quiere modificar.</translation>
    </message>
    <message>
        <source>The invoice already read so: nothing was changed.</source>
        <translation>La factura ya decía eso: no se cambió nada.</translation>
    </message>
    <message>
        <source>The invoice was changed. Outstanding now: %1.</source>
        <translation>La factura se modificó. Saldo pendiente ahora: %1.</translation>
    </message>
    <message>
        <source>The debtor owes again and is active again.</source>
        <translation>El deudor vuelve a deber y queda activo de nuevo.</translation>
    </message>
    <message>
        <source>Close and keep the draft</source>
        <translation>Cerrar y conservar el borrador</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorInvoicesModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Disputed: %1</source>
        <translation>En disputa: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <source>%1 (%2 adjusted)</source>
        <translation>%1 (%2 ajustado)</translation>
    </message>
    <message>
        <source>Settled (%1 adjusted)</source>
        <translation>Liquidada (%1 ajustado)</translation>
    </message>
    <message>
        <source>%1 (formerly %2)</source>
        <translation>%1 (antes %2)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorPaymentsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 of it; %3)</source>
        <translation>%1 (cubre %2; %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Aplicado a</translation>
    </message>
    <message>
        <source>Promises it paid</source>
        <translation>Promesas cubiertas</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Reversed on %1: %2</source>
        <translation>Anulado el %1: %2</translation>
    </message>
    <message>
        <source>Reversed on %1 by %2: %3</source>
        <translation>Anulado el %1 por %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorTimelineModel</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Correction of an earlier call: %1</source>
        <translation>Corrección de una llamada anterior: %1</translation>
    </message>
    <message>
        <source>Refusal: %1</source>
        <translation>Negativa: %1</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Promised %1 by %2 · %3</source>
        <translation>Prometió %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Paid so far: %1</source>
        <translation>Pagado hasta ahora: %1</translation>
    </message>
    <message>
        <source>Paid: %1 of %2</source>
        <translation>Pagado: %1 de %2</translation>
    </message>
    <message>
        <source>%1 received · %2</source>
        <translation>%1 recibido · %2</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Promises it kept: %1</source>
        <translation>Promesas que cumplió: %1</translation>
    </message>
    <message>
        <source>Correction to the note of %1: %2</source>
        <translation>Corrección de la nota del %1: %2</translation>
    </message>
    <message>
        <source>%1 (corrected on %2)</source>
        <translation>%1 (corregida el %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Corrected on %1: %2</source>
        <translation>Corregida el %1: %2</translation>
    </message>
    <message>
        <source>Discount of %1% (%2 agreed of %3)</source>
        <translation>Descuento del %1&#xa0;% (%2 acordados de %3)</translation>
    </message>
    <message>
        <source>%1: above the %2% limit, waiting for a supervisor</source>
        <translation>%1: supera el límite del %2&#xa0;%, pendiente de un supervisor</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: aprobado por %2</translation>
    </message>
    <message>
        <source>%1: approved by %2 (%3)</source>
        <translation>%1: aprobado por %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not approved by %2 (%3)</source>
        <translation>%1: no aprobado por %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (reversed on %2)</source>
        <translation>%1 (anulado el %2)</translation>
    </message>
    <message>
        <source>Payment of %1 of %2 reversed: %3</source>
        <translation>Pago de %1 del %2 anulado: %3</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Libreta</source>
        <translation>Libreta</translation>
    </message>
    <message>
        <source>%1 taken off the balance · %2</source>
        <translation>%1 descontado del saldo · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Facturas: %1</translation>
    </message>
    <message>
        <source>%1 (withdrawn on %2)</source>
        <translation>%1 (retirado el %2)</translation>
    </message>
    <message>
        <source>The discount of %1% agreed in the call of %2, paid as agreed.</source>
        <translation>El descuento del %1&#xa0;% acordado en la llamada del %2, pagado según lo acordado.</translation>
    </message>
    <message>
        <source>Discount of %1 withdrawn: the agreement is no longer paid</source>
        <translation>Descuento de %1 retirado: el acuerdo ya no está pagado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1 printed</source>
        <translation>Se imprimió: %1</translation>
    </message>
    <message>
        <source>%1 saved as PDF</source>
        <translation>Se guardó como PDF: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
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
    <name>libreta::ui::DiscountApprovalsDialog</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudo</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>No discount is waiting for a supervisor.</source>
        <translation>Ningún descuento está pendiente de un supervisor.</translation>
    </message>
    <message>
        <source>Only a supervisor can decide them.</source>
        <translation>Solo un supervisor puede decidirlos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The call recorded no words of the agreement.</source>
        <translation>La llamada no registró el texto del acuerdo.</translation>
    </message>
    <message>
        <source>What the call read back: %1</source>
        <translation>Lo que se leyó al deudor en la llamada: %1</translation>
    </message>
    <message>
        <source>Approving or refusing one gives its agent a call-back for today, to tell the debtor.</source>
        <translation>Al aprobar o rechazar uno, su gestor recibe una llamada pendiente para hoy, para avisar al deudor.</translation>
    </message>
    <message>
        <source>Discounts agents agreed above the office&apos;s limit of that day (today&apos;s is %1%).</source>
        <translation>Descuentos que los gestores acordaron por encima del límite del despacho de ese día (hoy es del %1&#xa0;%).</translation>
    </message>
    <message>
        <source>Discounts agents agreed above their debtor&apos;s limit of that day: its segment&apos;s, or the office&apos;s (today&apos;s is %1%).</source>
        <translation>Descuentos que los gestores acordaron por encima del límite de su deudor de ese día: el de su segmento o el del despacho (hoy es del %1&#xa0;%).</translation>
    </message>
    <message>
        <source>%1% (limit then %2%)</source>
        <translation>%1&#xa0;% (límite de entonces: %2&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DisputeDialog</name>
    <message>
        <source>Invoice %1 of %2, due %3: %4</source>
        <translation>Factura %1 del %2, vence el %3: %4</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DoNotContactDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why this debtor must not be called: legal process, harassment complaint, deceased…</source>
        <translation>Por qué no se debe llamar a este deudor: proceso judicial, queja por acoso, fallecimiento…</translation>
    </message>
    <message>
        <source>Why calls may start again; it is kept as a note in the file.</source>
        <translation>Por qué se puede volver a llamar; se guarda como nota en el expediente.</translation>
    </message>
    <message>
        <source>Marked do-not-contact: %1</source>
        <translation>Marcado como «no contactar»: %1</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DocumentBatchDialog</name>
    <message numerus="yes">
        <source>The %Ln debtor(s) se&amp;lected in the portfolio</source>
        <translation>
            <numerusform>El deudor se&amp;leccionado en la cartera (%Ln)</numerusform>
            <numerusform>Los %Ln deudores se&amp;leccionados en la cartera</numerusform>
        </translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>Confirmation letter (debtors with a pending promise)</source>
        <translation>Carta de confirmación (deudores con una promesa pendiente)</translation>
    </message>
    <message>
        <source>Paid-in-full letter (debtors who owe nothing)</source>
        <translation>Carta finiquito (deudores que no deben nada)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>account-statements</source>
        <translation>estados-de-cuenta</translation>
    </message>
    <message>
        <source>confirmation-letters</source>
        <translation>cartas-de-confirmacion</translation>
    </message>
    <message>
        <source>paid-in-full-letters</source>
        <translation>cartas-finiquito</translation>
    </message>
    <message>
        <source>Write the documents to</source>
        <translation>Guardar los documentos en</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write each debtor&apos;s PDF in</source>
        <translation>Guardar el PDF de cada deudor en</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Where the documents go: write a file name or choose a folder.</source>
        <translation>Dónde se guardan: escriba un nombre de archivo o elija una carpeta.</translation>
    </message>
    <message>
        <source>Where the documents go: %1 is a folder; write the name of the PDF to write.</source>
        <translation>Dónde se guardan: %1 es una carpeta; escriba el nombre del PDF que se va a generar.</translation>
    </message>
    <message>
        <source>Where the documents go: the folder %1 does not exist.</source>
        <translation>Dónde se guardan: la carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Writing… %L1 of %L2 debtors seen, %3.</source>
        <translation>Generando… %L1 de %L2 deudores revisados; %3.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is left as it was.</source>
        <translation>No se guardó nada: %1 queda como estaba.</translation>
    </message>
    <message>
        <source>%1 had been written in %2 when it stopped.</source>
        <translation>Se detuvo antes de terminar. En %2: %1.</translation>
    </message>
    <message>
        <source>%1 written in %2.</source>
        <translation>Listo: %1 en %2.</translation>
    </message>
    <message>
        <source>No document was written.</source>
        <translation>No se generó ningún documento.</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Abrir el PDF</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>The same document for each of the %Ln debtor(s), in the portfolio&apos;s order; those it does not apply to are left out, and counted.</source>
        <translation>
            <numerusform>El mismo documento para el deudor (%Ln); si no le corresponde, se omite y se cuenta.</numerusform>
            <numerusform>El mismo documento para cada uno de los %Ln deudores, en el orden de la cartera; los deudores a los que no corresponde se omiten y se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the documents go: %1</source>
        <translation>Dónde se guardan: %1</translation>
    </message>
    <message>
        <source>&amp;All the debtors the portfolio shows (%L1)</source>
        <translation>Todos los deudores que &amp;muestra la cartera (%L1)</translation>
    </message>
    <message>
        <source>Payment reminder (debtors with overdue invoices and no promise pending)</source>
        <translation>Recordatorio de pago (deudores con facturas vencidas y sin promesa pendiente)</translation>
    </message>
    <message>
        <source>payment-reminders</source>
        <translation>recordatorios-de-pago</translation>
    </message>
    <message>
        <source>Those the portfolio&apos;s filters show.</source>
        <translation>Los que muestran los filtros de la cartera.</translation>
    </message>
    <message>
        <source>The whole portfolio: no search, no filter.</source>
        <translation>Toda la cartera: sin búsqueda ni filtros.</translation>
    </message>
    <message>
        <source>Those matching “%1” and the portfolio&apos;s filters.</source>
        <translation>Los que coinciden con «%1» y con los filtros de la cartera.</translation>
    </message>
    <message>
        <source>Those matching “%1”.</source>
        <translation>Los que coinciden con «%1».</translation>
    </message>
</context>
<context>
    <name>libreta::ui::DocumentDialog</name>
    <message>
        <source>The office&apos;s template: %1</source>
        <translation>La plantilla del despacho: %1</translation>
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
    <message>
        <source>The document was written, but the debtor&apos;s file could not note it: %1</source>
        <translation>El documento se generó, pero el expediente del deudor no pudo registrarlo: %1</translation>
    </message>
    <message>
        <source>how to reach the office</source>
        <translation>cómo comunicarse con el despacho</translation>
    </message>
    <message>
        <source>how to pay</source>
        <translation>cómo pagar</translation>
    </message>
    <message>
        <source>This letter does not say %1: add it with Office details… above.</source>
        <translation>Esta carta no dice %1: agréguelo con Datos del despacho… arriba.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ni </translation>
    </message>
</context>
<context>
    <name>libreta::ui::ExportPeriodDialog</name>
    <message>
        <source>Which days of %1 to write: a report for the office&apos;s client is usually a month&apos;s.</source>
        <translation>Qué días de %1 escribir: un informe para el cliente del despacho suele ser de un mes.</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Other days</source>
        <translation>Otros días</translation>
    </message>
</context>
<context>
    <name>libreta::ui::FollowThroughModel</name>
    <message>
        <source>Tasks (an invoice copy, a statement, a note&apos;s follow-up) and call-backs due in the period, assigned to the agent; a promise&apos;s reminder and check are not among them</source>
        <translation>Tareas (una copia de factura, un estado de cuenta, el seguimiento de una nota) y llamadas acordadas que vencían en el periodo, asignadas al gestor; el recordatorio y la comprobación de una promesa no están entre ellas</translation>
    </message>
    <message>
        <source>Called off: the debt was settled, the call was corrected, or nothing is owed</source>
        <translation>Anuladas: la deuda se saldó, la llamada se corrigió o ya no se debe nada</translation>
    </message>
    <message>
        <source>Still open, and due before today</source>
        <translation>Aún abiertas, y vencidas antes de hoy</translation>
    </message>
    <message>
        <source>Still open, due today or later in the period</source>
        <translation>Aún abiertas, vencen hoy o más adelante en el periodo</translation>
    </message>
    <message>
        <source>Done on time, of those that should be done by now: on time, late or overdue</source>
        <translation>Hechas a tiempo, de las que ya debían estar hechas: a tiempo, tarde o vencidas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hechas a tiempo</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hechas tarde</translation>
    </message>
    <message>
        <source>Called off</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>% on time</source>
        <translation>% a tiempo</translation>
    </message>
    <message>
        <source>Done on or before the day they were due (a call-back is done by the call made to the debtor)</source>
        <translation>Hechas el día en que vencían o antes (una llamada acordada la cumple la llamada hecha al deudor)</translation>
    </message>
    <message>
        <source>Done after the day they were due</source>
        <translation>Hechas después del día en que vencían</translation>
    </message>
    <message>
        <source>Times one of them was moved to a later day once its day had come, counted on the day it left: on its new day it is due again, and may be done &quot;on time&quot; there. Moves made days ahead are planning and do not count</source>
        <translation>Veces que una de ellas se pasó a un día posterior cuando su día ya había llegado, contadas en el día que dejó: en su nuevo día vuelve a vencer, y ahí puede quedar «hecha a tiempo». Los cambios hechos con días de antelación son planificación y no cuentan</translation>
    </message>
    <message>
        <source>Put off</source>
        <translation>Pospuestas</translation>
    </message>
</context>
<context>
    <name>libreta::ui::FollowUpDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whoever takes it</source>
        <translation>Quien lo tome</translation>
    </message>
</context>
<context>
    <name>libreta::ui::FormDialog</name>
    <message>
        <source>What you typed in “%1” is not saved. Close it and lose the changes?</source>
        <translation>Lo que escribió en «%1» no se ha guardado. ¿Cerrar y perder los cambios?</translation>
    </message>
    <message>
        <source>This could not be saved on this computer: %1</source>
        <translation>No se pudo guardar en este equipo: %1</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportCheckPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
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
    <name>libreta::ui::ImportFilePage</name>
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
    <message>
        <source>Columns it needs: %1.</source>
        <translation>Columnas que necesita: %1.</translation>
    </message>
    <message>
        <source>Columns it needs: %1. It may also have: %2.</source>
        <translation>Columnas que necesita: %1. Puede traer además: %2.</translation>
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
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Code for libreta-cli --map: %1</source>
        <translation>Código para libreta-cli --map: %1</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Reading and storing the rows…</source>
        <translation>Leyendo y guardando las filas…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
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
        <source>They are in %1, with the reason for each.</source>
        <translation>Están en %1, cada una con su motivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was stored:&lt;/b&gt; %1 of %2 rows were refused (below). Correct them in the file and import it again, or store the valid rows now: the refused ones are written beside the file, with the reason for each.</source>
        <translation>&lt;b&gt;No se guardó nada:&lt;/b&gt; se rechazaron %1 de %2 filas (abajo). Corríjalas en el archivo e impórtelo de nuevo, o guarde ahora las filas válidas: las rechazadas se escriben junto al archivo, con el motivo de cada una.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was stored:&lt;/b&gt; all %1 rows were refused (below). Correct them in the file and import it again.</source>
        <translation>&lt;b&gt;No se guardó nada:&lt;/b&gt; se rechazaron las %1 filas (abajo). Corríjalas en el archivo e impórtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows were refused and not stored.</source>
        <translation>
            <numerusform>Se rechazó %Ln fila, que no se guardó.</numerusform>
            <numerusform>Se rechazaron %Ln filas, que no se guardaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created, with the names the file gives.</source>
        <translation>
            <numerusform>Se creó %Ln deudor, con el nombre que da el archivo.</numerusform>
            <numerusform>Se crearon %Ln deudores, con los nombres que da el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created, named by their reference until their own file is imported.</source>
        <translation>
            <numerusform>Se creó %Ln deudor, con su referencia como nombre hasta que se importe su propio archivo.</numerusform>
            <numerusform>Se crearon %Ln deudores, con su referencia como nombre hasta que se importe su propio archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created; %1 of them have no name in the file and are named by their reference until their own file is imported.</source>
        <translation>
            <numerusform>Se creó %Ln deudor; %1 no tiene nombre en el archivo y lleva su referencia como nombre hasta que se importe su propio archivo.</numerusform>
            <numerusform>Se crearon %Ln deudores; %1 no tienen nombre en el archivo y llevan su referencia como nombre hasta que se importe su propio archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportSession</name>
    <message>
        <source>The import stopped on an unexpected error; nothing was stored.</source>
        <translation>La importación se detuvo por un error inesperado; no se guardó nada.</translation>
    </message>
    <message>
        <source>%1-refused-%2.csv</source>
        <translation>%1-rechazadas-%2.csv</translation>
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
    <name>libreta::ui::InstalmentsModel</name>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>libreta::ui::InvoiceDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Edit invoice %1</source>
        <translation>Editar factura %1</translation>
    </message>
    <message>
        <source>Payments and adjustments already took %1 off it: the amount cannot be less.</source>
        <translation>Los pagos y ajustes ya le descontaron %1: el importe no puede ser menor.</translation>
    </message>
    <message>
        <source>For an invoice typed wrong. A credit note or a dispute found right is a balance adjustment instead, so the history keeps what was invoiced. An invoice that came in your accounting&apos;s file is corrected there too: the next import brings back the dates and amount the file says. A number changed here is still recognised by the import under the old one.</source>
        <translation>Para una factura capturada con error. Una nota de crédito o una disputa que resultó fundada se registra como ajuste de saldo, para que el historial conserve lo que se facturó. Una factura que llegó en el archivo de su contabilidad se corrige también allá: la siguiente importación trae de vuelta las fechas y el importe que dice el archivo. Si aquí cambia el número, la importación la sigue reconociendo por el anterior.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::MainWindow</name>
    <message>
        <source>Libreta files (*.sqlite *.libreta);;All files (*)</source>
        <translation>Archivos de Libreta (*.sqlite *.libreta);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>The file %1 no longer exists.</source>
        <translation>El archivo %1 ya no existe.</translation>
    </message>
    <message>
        <source>New office file</source>
        <translation>Nuevo archivo de despacho</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Open a Libreta file</source>
        <translation>Abrir un archivo de Libreta</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Preferences saved: Libreta uses them the next time it starts.</source>
        <translation>Preferencias guardadas: Libreta las aplicará la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Working as %1.</source>
        <translation>Trabajando como %1.</translation>
    </message>
    <message>
        <source>About Libreta</source>
        <translation>Acerca de Libreta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Libreta %1&lt;/h3&gt;&lt;p&gt;A desk for collecting overdue accounts by phone: know the debtor before dialling, follow the call through its stages, and act on every promise.&lt;/p&gt;&lt;p&gt;Your data stays in the file you open; nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Libreta %1&lt;/h3&gt;&lt;p&gt;Un puesto de trabajo para el cobro telefónico de cuentas vencidas: conozca al deudor antes de marcar, siga la llamada por sus etapas y dé seguimiento a cada promesa.&lt;/p&gt;&lt;p&gt;Sus datos se quedan en el archivo que abre; no se envía nada a ninguna parte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Siguiente llamada</translation>
    </message>
    <message>
        <source>Office rules saved.</source>
        <translation>Reglas del despacho guardadas.</translation>
    </message>
    <message>
        <source>The call script had no changes; nothing was saved.</source>
        <translation>El guion de llamada no tenía cambios; no se guardó nada.</translation>
    </message>
    <message>
        <source>Call script saved: version %1.</source>
        <translation>Guion de llamada guardado: versión %1.</translation>
    </message>
    <message>
        <source>Decision saved; the agent has a call-back for today to tell the debtor.</source>
        <translation>Decisión guardada; el gestor tiene una llamada pendiente para hoy para avisar al deudor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln discount(s) agreed above the office&apos;s limit wait for a supervisor&apos;s decision.</source>
        <translation>
            <numerusform>%Ln descuento acordado por encima del límite del despacho espera la decisión de un supervisor.</numerusform>
            <numerusform>%Ln descuentos acordados por encima del límite del despacho esperan la decisión de un supervisor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide them…</source>
        <translation>Decidirlos…</translation>
    </message>
    <message>
        <source>Read them</source>
        <translation>Leerlas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new review(s) of your calls since you last read them: a supervisor&apos;s scores and coaching.</source>
        <translation>
            <numerusform>Tiene %Ln revisión nueva de sus llamadas desde que leyó sus revisiones: la calificación del supervisor y en qué mejorar.</numerusform>
            <numerusform>Tiene %Ln revisiones nuevas de sus llamadas desde que leyó sus revisiones: las calificaciones del supervisor y en qué mejorar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is working first (File ▸ Who is working…): a PIN is a person&apos;s.</source>
        <translation>Diga primero quién trabaja (Archivo ▸ ¿Quién trabaja…?): un PIN es de una persona.</translation>
    </message>
    <message>
        <source>Your PIN was saved.</source>
        <translation>Su PIN quedó guardado.</translation>
    </message>
    <message>
        <source>That agent is no longer active: choose whose agenda to see.</source>
        <translation>Ese gestor ya no está activo: elija de quién ver la agenda.</translation>
    </message>
    <message numerus="yes">
        <source>Office rules saved; %n debtor(s) moved to the new time zone.</source>
        <translation>
            <numerusform>Reglas del despacho guardadas; %n deudor pasó a la nueva zona horaria.</numerusform>
            <numerusform>Reglas del despacho guardadas; %n deudores pasaron a la nueva zona horaria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for the next call.</source>
        <translation>Listo para la siguiente llamada.</translation>
    </message>
    <message>
        <source>Office details saved.</source>
        <translation>Datos del despacho guardados.</translation>
    </message>
    <message>
        <source>The call with %1 is still open: save it (Ctrl+S) or discard it, then ask for the next call.</source>
        <translation>La llamada con %1 sigue abierta: guárdela (Ctrl+S) o descártela, y luego pida la siguiente llamada.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::NewOfficeDialog</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
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
    <name>libreta::ui::OfficeBackup</name>
    <message>
        <source>Backup copy saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s)</source>
        <translation>
            <numerusform>%Ln deudor</numerusform>
            <numerusform>%Ln deudores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura</numerusform>
            <numerusform>%Ln facturas</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup copy was not saved.</source>
        <translation>No se guardó la copia de seguridad.</translation>
    </message>
    <message>
        <source>A backup copy is still being saved; wait until it is done.</source>
        <translation>Todavía se está guardando una copia de seguridad; espere a que termine.</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>Libreta files (*.sqlite *.libreta)</source>
        <translation>Archivos de Libreta (*.sqlite *.libreta)</translation>
    </message>
    <message>
        <source>Saving a backup copy to %1…</source>
        <translation>Guardando una copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>The copy is in %1: %2 and %3, %4.

Keep it away from this computer too (a USB drive, the cloud): if the computer fails, the copy is what is left. File ▸ Open… opens it like any office file.</source>
        <translation>La copia está en %1: %2 y %3, %4.

Guárdela también fuera de este equipo (una memoria USB, la nube): si el equipo falla, la copia es lo que queda. Archivo&#xa0;▸&#xa0;Abrir… la abre como cualquier archivo de despacho.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::OfficeDetailsDialog</name>
    <message>
        <source>The office&apos;s %1</source>
        <translation>%1 del despacho</translation>
    </message>
</context>
<context>
    <name>libreta::ui::OfficeRulesDialog</name>
    <message>
        <source>days after its date before an unpaid promise counts as broken</source>
        <translation>días después de su fecha antes de que una promesa sin pagar cuente como incumplida</translation>
    </message>
    <message>
        <source>in the debtor&apos;s own time</source>
        <translation>en la hora local del deudor</translation>
    </message>
    <message>
        <source>an agent may offer; more needs a supervisor</source>
        <translation>que un gestor puede ofrecer; más requiere a un supervisor</translation>
    </message>
    <message>
        <source>the hour of a promise&apos;s reminder, on the morning of its date</source>
        <translation>la hora del recordatorio de una promesa, la mañana de su fecha</translation>
    </message>
    <message>
        <source>days without contact before Next call offers a debtor for its balance (call-backs, promises and tasks come first anyway)</source>
        <translation>días sin contacto antes de que Siguiente llamada ofrezca a un deudor por su saldo (las llamadas acordadas, las promesas y las tareas van antes de todos modos)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Largest discount</source>
        <translation>Descuento máximo</translation>
    </message>
    <message>
        <source>as the office</source>
        <translation>como el despacho</translation>
    </message>
    <message>
        <source>Largest discount for %1</source>
        <translation>Descuento máximo para %1</translation>
    </message>
    <message>
        <source>first what comes first; the debtors chosen for their balance alone always come after all of these</source>
        <translation>arriba lo que va primero; los deudores elegidos solo por su saldo van siempre después de todo esto</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>days from the call for a promise&apos;s date or a plan&apos;s first payment; further needs a supervisor</source>
        <translation>días desde la llamada para la fecha de una promesa o el primer pago de un convenio; más lejos requiere a un supervisor</translation>
    </message>
    <message>
        <source>months from the call for a plan&apos;s last payment; longer needs a supervisor</source>
        <translation>meses desde la llamada para el último pago de un convenio; más largo requiere a un supervisor</translation>
    </message>
    <message>
        <source>Debtors have no segment yet (Edit debtor, or the import&apos;s segment column): every one has the office&apos;s limit and rest.</source>
        <translation>Los deudores aún no tienen segmento (Editar deudor, o la columna de segmento de la importación): todos tienen el límite y el descanso del despacho.</translation>
    </message>
    <message>
        <source>A segment&apos;s own largest discount and rest between calls (days without contact before Next call offers its debtors for their balance), where they need them; &quot;as the office&quot; keeps the office&apos;s.</source>
        <translation>El descuento máximo y el descanso entre llamadas propios de un segmento (días sin contacto antes de que Siguiente llamada ofrezca a sus deudores por su saldo), cuando los necesitan; «como el despacho» deja los del despacho.</translation>
    </message>
    <message>
        <source>Rest (days)</source>
        <translation>Descanso (días)</translation>
    </message>
    <message>
        <source>Rest between calls for %1</source>
        <translation>Descanso entre llamadas para %1</translation>
    </message>
    <message>
        <source>how much each counts when Next call chooses among the largest balances nobody called lately, read against each other (0: not at all). The balance counts by its size in digits, the days late up to 180, the risk by its level, the broken promises up to two.</source>
        <translation>cuánto cuenta cada uno cuando Siguiente llamada elige entre los saldos mayores a los que nadie llamó últimamente, leídos unos frente a otros (0: nada). El saldo cuenta por su número de cifras, los días de atraso hasta 180, el riesgo por su nivel, las promesas incumplidas hasta dos.</translation>
    </message>
    <message>
        <source>each debtor&apos;s own is in their details</source>
        <translation>la de cada deudor está en sus datos</translation>
    </message>
    <message>
        <source>Move the debtors in %1 to it as well</source>
        <translation>Pasar también a ella a los deudores en %1</translation>
    </message>
    <message>
        <source>calls to one debtor, answered or not; a day is the debtor&apos;s</source>
        <translation>llamadas a un mismo deudor, contestadas o no; el día es el del deudor</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PanelModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Calls the debtor, or who decides payment, answered</source>
        <translation>Llamadas que contestó el deudor o quien decide el pago</translation>
    </message>
    <message>
        <source>Promises kept, of those kept, partly kept or broken</source>
        <translation>Promesas cumplidas, de las cumplidas, cumplidas en parte o incumplidas</translation>
    </message>
    <message>
        <source>Payments received in the period</source>
        <translation>Pagos recibidos en el periodo</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>With a promise or payment</source>
        <translation>Con promesa o pago</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>% de contacto</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <source>Kept rate</source>
        <translation>% cumplidas</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Discounts, corrections and write-offs made in the period: taken off, not paid</source>
        <translation>Descuentos, correcciones y cancelaciones por incobrable del periodo: descontado, no pagado</translation>
    </message>
    <message>
        <source>Taken off</source>
        <translation>Descontado</translation>
    </message>
    <message>
        <source>The average of every stage scored in those reviews, from 0 to 5</source>
        <translation>El promedio de todas las etapas calificadas en esas revisiones, de 0 a 5</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>The average of this stage where the reviews scored it, from 0 to 5</source>
        <translation>El promedio de esta etapa en las revisiones que la calificaron, de 0 a 5</translation>
    </message>
    <message>
        <source>Reviews supervisors wrote of the agent&apos;s calls made in the period (one per call and supervisor)</source>
        <translation>Revisiones de los supervisores a las llamadas que el gestor hizo en el periodo (una por llamada y supervisor)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Calls made in the period that used the technique</source>
        <translation>Llamadas del periodo en las que se usó la técnica</translation>
    </message>
    <message>
        <source>Promises made in the period in calls that used the technique</source>
        <translation>Promesas obtenidas en el periodo en llamadas en las que se usó la técnica</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Promises dated in the period, once their grace days are over</source>
        <translation>Promesas con fecha en el periodo, una vez terminados sus días de gracia</translation>
    </message>
    <message>
        <source>Promises got with the technique, dated in the period, once their grace days are over</source>
        <translation>Promesas obtenidas con la técnica, con fecha en el periodo, una vez terminados sus días de gracia</translation>
    </message>
    <message>
        <source>What was paid of those promises, once their grace days are over</source>
        <translation>Lo que se pagó de esas promesas, una vez terminados sus días de gracia</translation>
    </message>
    <message>
        <source>The agent&apos;s monthly target of money recovered (Edit ▸ Office users), over the period: each whole month&apos;s, and for part of a month the share of its days</source>
        <translation>La meta mensual de dinero recuperado del gestor (Edición ▸ Usuarios del despacho), en el periodo: la de cada mes completo, y de una parte de un mes la proporción de sus días</translation>
    </message>
    <message>
        <source>Money recovered in the period, as a share of the target</source>
        <translation>El dinero recuperado en el periodo, como proporción de la meta</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>% de la meta</translation>
    </message>
    <message>
        <source>Calls made in the period that recorded the reason</source>
        <translation>Llamadas hechas en el periodo que registraron el motivo</translation>
    </message>
    <message>
        <source>Promises made in the period in calls that recorded the reason</source>
        <translation>Promesas hechas en el periodo en llamadas que registraron el motivo</translation>
    </message>
    <message>
        <source>Promises made after the reason, dated in the period, once their grace days are over</source>
        <translation>Promesas hechas tras el motivo, con fecha en el periodo, una vez terminados sus días de gracia</translation>
    </message>
    <message>
        <source>Reason for not paying</source>
        <translation>Motivo de no pago</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a month and its year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>The promises dated these days are still within their grace days</source>
        <translation>Las promesas con fecha en estos días siguen en sus días de gracia</translation>
    </message>
    <message>
        <source>The monthly targets of money recovered of the agents read (Edit ▸ Office users): a whole month&apos;s for a month, the share of its days for part of one</source>
        <translation>Las metas mensuales de dinero recuperado de los gestores que se muestran (Edición ▸ Usuarios del despacho): la de cada mes completo, y de una parte de un mes la proporción de sus días</translation>
    </message>
    <message>
        <source>Money recovered by the agents who have a target, as a share of it</source>
        <translation>Dinero recuperado por los gestores que tienen meta, como parte de ella</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Todo el despacho</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PanelView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>The whole office</source>
        <translation>Todo el despacho</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Promises made</source>
        <translation>Promesas obtenidas</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Promesas cumplidas</translation>
    </message>
    <message>
        <source>%1 of %2 resolved; %3 paid towards them</source>
        <translation>%1 de %2 resueltas; %3 pagado de ellas</translation>
    </message>
    <message>
        <source>Money recovered</source>
        <translation>Dinero recuperado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln pago</numerusform>
            <numerusform>%Ln pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click an agent, or press Enter, to see their figures alone</source>
        <translation>Doble clic en un gestor, o Intro, para ver solo sus cifras</translation>
    </message>
    <message>
        <source>Adding up what is owed…</source>
        <translation>Sumando lo que se debe…</translation>
    </message>
    <message>
        <source>What is owed today, %1, by the days past due of each debtor&apos;s oldest unpaid invoice: a picture of the portfolio now, whatever the period. Double-click an age to see its debtors in the portfolio.</source>
        <translation>Lo que se debe hoy, %1, según los días de atraso de la factura impagada más antigua de cada deudor: una foto de la cartera ahora, sea cual sea el periodo. Doble clic en una antigüedad para ver sus deudores en la cartera.</translation>
    </message>
    <message>
        <source>What is owed could not be added up.</source>
        <translation>No se pudo sumar lo que se debe.</translation>
    </message>
    <message>
        <source>What is owed today by age and segment, as a CSV file for a spreadsheet</source>
        <translation>Lo que se debe hoy por antigüedad y segmento, como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>%1 taken off without payment</source>
        <translation>%1 descontado del saldo sin cobrarse</translation>
    </message>
    <message>
        <source>The reviews&apos; scores of the period by day and agent, stage by stage, as a CSV file for a spreadsheet</source>
        <translation>Las calificaciones de las revisiones del periodo por día y gestor, etapa por etapa, en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message numerus="yes">
        <source>Of the promises dated in the period whose %n grace day(s) are over, those paid in full. A promise counts once its result is final: one still in its grace days, or dated later, waits even if it is already paid.</source>
        <translation>
            <numerusform>De las promesas con fecha en el periodo cuyo día de gracia ya terminó, las pagadas por completo. Una promesa cuenta cuando su resultado es definitivo: una que sigue en su día de gracia, o con fecha posterior, espera aunque ya esté pagada.</numerusform>
            <numerusform>De las promesas con fecha en el periodo cuyos %n días de gracia ya terminaron, las pagadas por completo. Una promesa cuenta cuando su resultado es definitivo: una que sigue en sus días de gracia, o con fecha posterior, espera aunque ya esté pagada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 dated up to %3; %4 paid</source>
        <translation>%1 de %2 hasta el %3; %4 pagado</translation>
    </message>
    <message>
        <source>None has ended its grace days yet</source>
        <translation>Ninguna ha terminado aún sus días de gracia</translation>
    </message>
    <message>
        <source>The tasks and call-backs of the period by the day they were due and agent: due, done on time, done late, called off and still open, as a CSV file for a spreadsheet</source>
        <translation>Las tareas y llamadas acordadas del periodo por día en que vencían y gestor: programadas, hechas a tiempo, hechas tarde, anuladas y aún abiertas, en un archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Double-click an agent, or press Enter, to see in the agenda what they have left from earlier days</source>
        <translation>Doble clic en un gestor, o Intro, para ver en la agenda lo que le quedó pendiente de días anteriores</translation>
    </message>
    <message>
        <source>Double-click a day or a month, or press Enter, to see all its figures</source>
        <translation>Doble clic en un día o un mes, o Intro, para ver todas sus cifras</translation>
    </message>
    <message>
        <source>Promises agreed in the period and what they add up to; a payment plan is one. A promise replaced on the day it was made does not count: the one that replaced it does.</source>
        <translation>Promesas acordadas en el periodo y lo que suman; un convenio es una. Una promesa sustituida el mismo día en que se hizo no cuenta: cuenta la que la sustituyó.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) (%1)</source>
        <translation>
            <numerusform>%Ln contacto (%1)</numerusform>
            <numerusform>%Ln contactos (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>This table as it is shown, each agent with their target, as a CSV file for a spreadsheet</source>
        <translation>Esta tabla tal como se muestra, cada gestor con su meta, como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>This table as it is shown, as a CSV file for a spreadsheet</source>
        <translation>Esta tabla tal como se muestra, como archivo CSV para una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PaymentDialog</name>
    <message>
        <source>&amp;Record payment</source>
        <translation>Re&amp;gistrar pago</translation>
    </message>
    <message>
        <source>%1 (%2) · Outstanding: %3</source>
        <translation>%1 (%2) · Saldo pendiente: %3</translation>
    </message>
    <message>
        <source>Oldest invoice first</source>
        <translation>La factura más antigua primero</translation>
    </message>
    <message>
        <source>%1 (due %2, owes %3)</source>
        <translation>%1 (vencimiento %2, saldo %3)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Type the amount to see which invoices it pays, which promises it settles and the balance after it.</source>
        <translation>Escriba el importe para ver qué facturas paga, qué promesas cubre y el saldo que queda después.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pays invoices: %1</source>
        <translation>Paga las facturas: %1</translation>
    </message>
    <message>
        <source>Kept as credit for the debtor: %1</source>
        <translation>Queda como saldo a favor del deudor: %1</translation>
    </message>
    <message>
        <source>Promises: this payment settles none.</source>
        <translation>Promesas: este pago no cubre ninguna.</translation>
    </message>
    <message>
        <source>%1 paid so far</source>
        <translation>%1 pagado hasta ahora</translation>
    </message>
    <message>
        <source>Promise %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Promesa %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Balance after: &lt;b&gt;%1&lt;/b&gt; (now %2)</source>
        <translation>Saldo después del pago: &lt;b&gt;%1&lt;/b&gt; (ahora %2)</translation>
    </message>
    <message>
        <source>It completes an agreement with a discount: %1 more comes off.</source>
        <translation>Completa un acuerdo con descuento: se descuentan %1 más.</translation>
    </message>
    <message>
        <source>Amount: not recorded. Check it against the receipt; a payment above what is owed is recorded once you say the credit is meant.</source>
        <translation>Importe: no se registró. Revíselo contra el comprobante; un pago mayor a lo que se debe se registra una vez que confirme que el saldo a favor es intencional.</translation>
    </message>
    <message>
        <source>Payment above what is owed</source>
        <translation>Pago mayor a lo que se debe</translation>
    </message>
    <message>
        <source>%1 is more than the %2 the debtor owes: %3 would stay as credit in the debtor&apos;s favour. Record it?</source>
        <translation>%1 es más que los %2 que debe el deudor: %3 quedarían como saldo a favor del deudor. ¿Registrarlo?</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message numerus="yes">
        <source>Closes the %n statements still to send about a payment the debtor said was made.</source>
        <translation>
            <numerusform>Cierra el estado de cuenta que queda por enviar sobre un pago que el deudor dijo haber hecho.</numerusform>
            <numerusform>Cierra los %n estados de cuenta que quedan por enviar sobre un pago que el deudor dijo haber hecho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closes the statement still to send: on %1 the debtor said the account was already paid.</source>
        <translation>Cierra el estado de cuenta que queda por enviar: el %1 el deudor dijo que la cuenta ya estaba pagada.</translation>
    </message>
    <message>
        <source>Closes the statement still to send about a payment the debtor said was made.</source>
        <translation>Cierra el estado de cuenta que queda por enviar sobre un pago que el deudor dijo haber hecho.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PaymentReversalDialog</name>
    <message>
        <source>Payment of %1 on %2, %3</source>
        <translation>Pago de %1 del %2, %3</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, referencia %2</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Elija el motivo</translation>
    </message>
    <message>
        <source>&amp;Reverse payment</source>
        <translation>&amp;Anular pago</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>It was not applied to any invoice.</source>
        <translation>No se aplicó a ninguna factura.</translation>
    </message>
    <message>
        <source>What it paid is owed again: %1.</source>
        <translation>Lo que pagó vuelve a deberse: %1.</translation>
    </message>
    <message>
        <source>The debtor&apos;s credit of %1 from it is gone.</source>
        <translation>Desaparece el saldo a favor de %1 que dejó.</translation>
    </message>
    <message>
        <source>The payment stays in the file, marked reversed, and leaves the money recovered.</source>
        <translation>El pago queda en el expediente, marcado como anulado, y sale del dinero recuperado.</translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) it paid towards will be evaluated again without it.</source>
        <translation>
            <numerusform>%n promesa a la que abonó se evaluará de nuevo sin él.</numerusform>
            <numerusform>%n promesas a las que abonó se evaluarán de nuevo sin él.</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor&apos;s credit from other payments pays %1 of it at once, oldest invoice first.</source>
        <translation>El saldo a favor que dejaron otros pagos cubre %1 de eso en el acto, primero la factura más antigua.</translation>
    </message>
    <message>
        <source>The discount of %1 granted when the agreement was paid rests on it: it is withdrawn, and owed again, if the agreement is no longer met.</source>
        <translation>El descuento de %1 concedido al pagarse el acuerdo depende de este pago: se retira, y se vuelve a deber, si el acuerdo deja de cumplirse.</translation>
    </message>
    <message>
        <source>The debtor owes again and becomes active again.</source>
        <translation>El deudor vuelve a deber y queda activo de nuevo.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioFilterBar</name>
    <message>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every debtor again (%1)</source>
        <translation>Volver a mostrar todos los deudores (%1)</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los gestores</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 para el %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing is outstanding: there is nothing to collect.</source>
        <translation>No hay saldo pendiente: no hay nada que cobrar.</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nunca contactado</translation>
    </message>
    <message>
        <source>Promises kept: %1, broken: %2.</source>
        <translation>Promesas cumplidas: %1; incumplidas: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: this follow-up was due %Ln day(s) ago.</source>
        <translation>
            <numerusform>Atrasado: este seguimiento vencía hace %Ln día.</numerusform>
            <numerusform>Atrasado: este seguimiento vencía hace %Ln días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad</translation>
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
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próxima acción</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days since the oldest unpaid invoice fell due</source>
        <translation>Días desde que venció la factura pendiente más antigua</translation>
    </message>
    <message>
        <source>The approach suggested from balance, age, risk and promise history</source>
        <translation>El enfoque sugerido según el saldo, la antigüedad, el riesgo y el historial de promesas</translation>
    </message>
    <message>
        <source>The pending promise, or how the last one ended</source>
        <translation>La promesa pendiente, o cómo terminó la última</translation>
    </message>
    <message>
        <source>The earliest open follow-up</source>
        <translation>El primer seguimiento abierto</translation>
    </message>
    <message>
        <source>This column cannot be sorted yet</source>
        <translation>Esta columna todavía no se puede ordenar</translation>
    </message>
    <message>
        <source>%1 left by %2</source>
        <translation>%1 pendientes para el %2</translation>
    </message>
    <message>
        <source>Pending promise of %1 due on %2.</source>
        <translation>Promesa pendiente de %1 para el %2.</translation>
    </message>
    <message>
        <source>Paid so far: %1; left: %2.</source>
        <translation>Pagado hasta ahora: %1; pendiente: %2.</translation>
    </message>
    <message>
        <source>Kept so far: %1, broken: %2.</source>
        <translation>Cumplidas hasta ahora: %1; incumplidas: %2.</translation>
    </message>
    <message>
        <source>%1 in favour</source>
        <translation>%1 a favor</translation>
    </message>
    <message>
        <source>Paid %1 more than owed: the debtor has it in their favour.</source>
        <translation>Pagó %1 más de lo que debía: el deudor lo tiene a su favor.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioView</name>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>Debtors shown by the filters: %1 · Outstanding: %2</source>
        <translation>Deudores según los filtros: %1 · Saldo pendiente: %2</translation>
    </message>
    <message>
        <source>Debtors: %1 · Outstanding: %2</source>
        <translation>Deudores: %1 · Saldo pendiente: %2</translation>
    </message>
    <message>
        <source>Debtors matching “%1” and the filters: %2 · Outstanding: %3</source>
        <translation>Deudores que coinciden con «%1» y los filtros: %2 · Saldo pendiente: %3</translation>
    </message>
    <message>
        <source>Debtors matching “%1”: %2 · Outstanding: %3</source>
        <translation>Deudores que coinciden con «%1»: %2 · Saldo pendiente: %3</translation>
    </message>
    <message>
        <source>The portfolio cannot be sorted by this column yet.</source>
        <translation>La cartera todavía no se puede ordenar por esta columna.</translation>
    </message>
    <message>
        <source>The portfolio could not be read.</source>
        <translation>No se pudo leer la cartera.</translation>
    </message>
    <message>
        <source>The reason is in the status bar. Press F5 to try again.</source>
        <translation>El motivo aparece en la barra de estado. Pulse F5 para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>This office has no debtors yet.</source>
        <translation>Este despacho todavía no tiene deudores.</translation>
    </message>
    <message>
        <source>Add the first one by hand, or bring in the ones you already keep in a spreadsheet or an accounting program, saved as a CSV file: a list of debtors, or their invoices.</source>
        <translation>Agregue el primero a mano, o traiga los que ya lleva en una hoja de cálculo o en un programa contable, guardados como archivo CSV: una lista de deudores o sus facturas.</translation>
    </message>
    <message>
        <source>No debtor matches “%1” and the filters.</source>
        <translation>Ningún deudor coincide con «%1» y los filtros.</translation>
    </message>
    <message>
        <source>No debtor matches “%1”.</source>
        <translation>Ningún deudor coincide con «%1».</translation>
    </message>
    <message>
        <source>No debtor matches the filters.</source>
        <translation>Ningún deudor coincide con los filtros.</translation>
    </message>
    <message>
        <source>Clear one or more of them to see more debtors.</source>
        <translation>Quite uno o varios para ver más deudores.</translation>
    </message>
    <message>
        <source>Search by name, reference, tax id, phone or invoice…</source>
        <translation>Buscar por nombre, referencia, id. fiscal, teléfono o factura…</translation>
    </message>
    <message>
        <source>Type part of a name, a reference, a tax id, a phone number or an invoice number. Accents and capitals do not matter.</source>
        <translation>Escriba parte de un nombre, una referencia, un id. fiscal, un número de teléfono o un número de factura. No importan los acentos ni las mayúsculas.</translation>
    </message>
    <message>
        <source>No debtor of %1 matches “%2” and the filters.</source>
        <translation>Ningún deudor de %1 coincide con «%2» y los filtros.</translation>
    </message>
    <message>
        <source>Only %1&apos;s debtors are shown. Clear the filters to look in every agent&apos;s.</source>
        <translation>Solo se muestran los deudores de %1. Quite los filtros para buscar en los de todos los gestores.</translation>
    </message>
    <message>
        <source>None of your debtors matches “%1”: every agent&apos;s are shown. Clearing the search brings back your own.</source>
        <translation>Ninguno de sus deudores coincide con «%1»: se muestran los de todos los gestores. Al borrar la búsqueda vuelven los suyos.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Follow the language</source>
        <translation>Según el idioma</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ReviewListModel</name>
    <message>
        <source>comments only</source>
        <translation>solo comentarios</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Reviewed since you last read your reviews</source>
        <translation>Revisada desde la última vez que leyó sus revisiones</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ReviewsView</name>
    <message>
        <source>All agents</source>
        <translation>Todos los gestores</translation>
    </message>
    <message>
        <source>Say who is working at this desk (File ▸ Who is working…) to read the reviews of your calls.</source>
        <translation>Indique quién trabaja en este puesto (Archivo ▸ ¿Quién trabaja…?) para leer las revisiones de sus llamadas.</translation>
    </message>
    <message>
        <source>Every conversation since that day is scored.</source>
        <translation>Todas las conversaciones desde ese día están calificadas.</translation>
    </message>
    <message>
        <source>No conversation with a debtor since that day.</source>
        <translation>Ninguna conversación con un deudor desde ese día.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>sin notas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Consejo al gestor</translation>
    </message>
    <message>
        <source>Score saved.</source>
        <translation>Calificación guardada.</translation>
    </message>
    <message>
        <source>Corrected on %1; these are the corrected notes.</source>
        <translation>Corregida el %1; estas son las notas corregidas.</translation>
    </message>
    <message>
        <source>The correction was saved beside the call.</source>
        <translation>La corrección se guardó junto a la llamada.</translation>
    </message>
    <message>
        <source>The score of the call you were reading is not saved. Discard it and read the other call?</source>
        <translation>La calificación de la llamada que estaba leyendo no se ha guardado. ¿Descartarla y leer la otra llamada?</translation>
    </message>
    <message>
        <source>Score saved. Next: the next call not scored yet.</source>
        <translation>Calificación guardada. Sigue la próxima llamada sin calificar.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ScriptDialog</name>
    <message>
        <source>What the agent says at this stage</source>
        <translation>Lo que dice el gestor en esta etapa</translation>
    </message>
    <message>
        <source>For example, I already paid</source>
        <translation>Por ejemplo, Ya pagué</translation>
    </message>
    <message>
        <source>What the agent answers</source>
        <translation>Lo que responde el gestor</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, version %2: the words Libreta comes with.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, versión %2: las palabras con las que viene Libreta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, version %2, saved %3 by %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, versión %2, guardada el %3 por %4.</translation>
    </message>
    <message>
        <source>&amp;What the agent says — %1:</source>
        <translation>Lo que dice el ge&amp;stor — %1:</translation>
    </message>
    <message>
        <source>(new objection)</source>
        <translation>(objeción nueva)</translation>
    </message>
    <message>
        <source>It can fill in %1. What is said to someone else may not mention the balance or the reference.</source>
        <translation>Puede completar %1. Lo que se le dice a otra persona no puede mencionar el saldo ni la referencia.</translation>
    </message>
    <message>
        <source>For example, Open question</source>
        <translation>Por ejemplo, Pregunta abierta</translation>
    </message>
    <message>
        <source>What the agent does, in a line: shown beside it in the call</source>
        <translation>Lo que hace el gestor, en una línea: se muestra a su lado en la llamada</translation>
    </message>
    <message>
        <source>What the agent asks or checks when the debtor gives this reason</source>
        <translation>Lo que el gestor pregunta o comprueba cuando el deudor da este motivo</translation>
    </message>
    <message>
        <source>(new technique)</source>
        <translation>(técnica nueva)</translation>
    </message>
</context>
<context>
    <name>libreta::ui::ShortcutsWindow</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>In menus, forms and the portfolio&apos;s filters, Alt and the underlined letter reach an item; Tab moves to the next field.</source>
        <translation>En los menús, los formularios y los filtros de la cartera, Alt y la letra subrayada llevan a un elemento; Tab pasa al campo siguiente.</translation>
    </message>
    <message>
        <source>Not available right now</source>
        <translation>No disponible en este momento</translation>
    </message>
</context>
<context>
    <name>libreta::ui::StatusFigures</name>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>Promises due today: %1</source>
        <translation>Promesas para hoy: %1</translation>
    </message>
    <message>
        <source>Calls today: %1</source>
        <translation>Llamadas hoy: %1</translation>
    </message>
    <message>
        <source>My promises due today: %1</source>
        <translation>Mis promesas para hoy: %1</translation>
    </message>
    <message>
        <source>The promises due today in your agenda that you have not dealt with yet.</source>
        <translation>Las promesas que vencen hoy en su agenda y que aún no atiende.</translation>
    </message>
    <message>
        <source>My calls today: %1</source>
        <translation>Mis llamadas hoy: %1</translation>
    </message>
    <message>
        <source>The calls you made today (a correction is not another call).</source>
        <translation>Las llamadas que usted hizo hoy (una corrección no es otra llamada).</translation>
    </message>
    <message>
        <source>The promises of the whole office due today and not yet kept or broken.</source>
        <translation>Las promesas de todo el despacho que vencen hoy y siguen pendientes.</translation>
    </message>
    <message>
        <source>The calls the whole office made today (a correction is not another call).</source>
        <translation>Las llamadas que hizo hoy todo el despacho (una corrección no es otra llamada).</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Despacho de demostración</translation>
    </message>
    <message>
        <source>The debtors, calls and payments of this file are invented, to try Libreta. File ▸ New office file… starts your own office&apos;s file; File ▸ Import… brings your debtors and invoices into it.</source>
        <translation>Los deudores, llamadas y pagos de este archivo son inventados, para probar Libreta. Archivo ▸ Nuevo archivo de despacho… crea el archivo de su despacho; Archivo ▸ Importar… trae a él sus deudores y facturas.</translation>
    </message>
    <message>
        <source>File ▸ Save a backup copy… saves the whole office in one file. Keep it away from this computer too: if the computer fails, the copy is what is left.</source>
        <translation>Archivo ▸ Guardar copia de seguridad… guarda todo el despacho en un archivo. Guárdelo también fuera de este equipo: si el equipo falla, la copia es lo que queda.</translation>
    </message>
    <message>
        <source>No backup copy yet</source>
        <translation>Aún sin copia de seguridad</translation>
    </message>
    <message>
        <source>Backup copy: today</source>
        <translation>Copia de seguridad: hoy</translation>
    </message>
    <message>
        <source>Backup copy: yesterday</source>
        <translation>Copia de seguridad: ayer</translation>
    </message>
    <message numerus="yes">
        <source>Backup copy: %Ln day(s) ago</source>
        <translation>
            <numerusform>Copia de seguridad: hace %Ln día</numerusform>
            <numerusform>Copia de seguridad: hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>My target this month: %1</source>
        <translation>Mi meta del mes: %1</translation>
    </message>
    <message>
        <source>Recovered this month: %1 of your monthly target of %2.</source>
        <translation>Recuperado este mes: %1 de su meta mensual de %2.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::UserDialog</name>
    <message>
        <source>Change user</source>
        <translation>Cambiar usuario</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>has one; type a new one to change it</source>
        <translation>tiene uno; escriba uno nuevo para cambiarlo</translation>
    </message>
    <message>
        <source>none; optional</source>
        <translation>ninguno; opcional</translation>
    </message>
    <message>
        <source>Monthly target</source>
        <translation>Meta mensual</translation>
    </message>
    <message>
        <source>Choose who takes them</source>
        <translation>Elija quién se queda con ellos</translation>
    </message>
    <message>
        <source>Nobody: leave them unassigned</source>
        <translation>Nadie: quedan sin gestor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>debtors: %1 · open follow-ups: %2</source>
        <translation>deudores: %1 · seguimientos abiertos: %2</translation>
    </message>
</context>
<context>
    <name>libreta::ui::UserGuideWindow</name>
    <message>
        <source>Not in the guide.</source>
        <translation>No está en la guía.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::UsersDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Works in the office</source>
        <translation>Trabaja en el despacho</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no, left</source>
        <translation>no, se fue</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>As a supervisor you may take an agent out of the office (or back in) and set their monthly target; an administrator adds users and changes the rest.</source>
        <translation>Como supervisor puede dar de baja a un gestor (o volver a darlo de alta) y fijar su meta mensual; un administrador agrega usuarios y cambia lo demás.</translation>
    </message>
    <message>
        <source>Only an administrator may add or change users.</source>
        <translation>Solo un administrador puede agregar o cambiar usuarios.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this computer can work as %1 and do what that role allows: score calls, hand out debtors, change the office&apos;s rules.</source>
        <translation>Sin PIN, cualquiera en este equipo puede trabajar como %1 y hacer lo que ese papel permite: calificar llamadas, repartir deudores, cambiar las reglas del despacho.</translation>
    </message>
</context>
<context>
    <name>libreta::ui::WhoIsWorkingDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PIN: type %1&apos;s PIN to work as them at this desk.</source>
        <translation>PIN: escriba el PIN de %1 para trabajar como esa persona en este puesto.</translation>
    </message>
    <message>
        <source>PIN: it is not the right one.</source>
        <translation>PIN: no es el correcto.</translation>
    </message>
    <message numerus="yes">
        <source>PIN: %n wrong PINs in a row; wait %1 seconds before trying again.</source>
        <translation>
            <numerusform>PIN: %n PIN equivocado seguido; espere %1 segundos antes de volver a intentarlo.</numerusform>
            <numerusform>PIN: %n PIN equivocados seguidos; espere %1 segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PIN: wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>PIN: espere %n segundo más antes de volver a intentarlo.</numerusform>
            <numerusform>PIN: espere %n segundos más antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: it could not be checked on this computer.</source>
        <translation>PIN: no se pudo comprobar en este equipo.</translation>
    </message>
    <message>
        <source>%1 has no PIN: anyone at any desk of the office can work as them, score calls, share out debtors and change the office&apos;s rules. Give them a PIN in Edit ▸ Office users.</source>
        <translation>%1 no tiene PIN: cualquiera, en cualquier puesto del despacho, puede trabajar como esa persona, calificar llamadas, repartir deudores y cambiar las reglas del despacho. Póngale un PIN en Edición ▸ Usuarios del despacho.</translation>
    </message>
</context>
</TS>
