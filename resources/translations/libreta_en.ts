<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityTexts</name>
    <message numerus="yes">
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n promise</numerusform>
            <numerusform>%n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaces %n promise(s)</source>
        <translation>
            <numerusform>replaces %n promise</numerusform>
            <numerusform>replaces %n promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n invoice(s)</source>
        <translation>
            <numerusform>to %n invoice</numerusform>
            <numerusform>to %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) updated</source>
        <translation>
            <numerusform>%n promise updated</numerusform>
            <numerusform>%n promises updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n phone</numerusform>
            <numerusform>%n phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) to %1</source>
        <translation>
            <numerusform>%Ln debtor to %1</numerusform>
            <numerusform>%Ln debtors to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) moved with them</source>
        <translation>
            <numerusform>%Ln follow-up moved with them</numerusform>
            <numerusform>%Ln follow-ups moved with them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new debtor(s)</source>
        <translation>
            <numerusform>%Ln new debtor</numerusform>
            <numerusform>%Ln new debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) changed</source>
        <translation>
            <numerusform>%n stage changed</numerusform>
            <numerusform>%n stages changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to objections</source>
        <translation>
            <numerusform>%n answer to objections</numerusform>
            <numerusform>%n answers to objections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln promise(s) broken</source>
        <translation>
            <numerusform>%Ln promise broken</numerusform>
            <numerusform>%Ln promises broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partly kept</source>
        <translation>
            <numerusform>%Ln partly kept</numerusform>
            <numerusform>%Ln partly kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept</source>
        <translation>
            <numerusform>%Ln kept</numerusform>
            <numerusform>%Ln kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) with a discount limit of their own</source>
        <translation>
            <numerusform>%n segment with a discount limit of its own</numerusform>
            <numerusform>%n segments with a discount limit of their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) owed again</source>
        <translation>
            <numerusform>%n invoice owed again</numerusform>
            <numerusform>%n invoices owed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>off %n invoice(s)</source>
        <translation>
            <numerusform>off %n invoice</numerusform>
            <numerusform>off %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promise(s) cancelled</source>
        <translation>
            <numerusform>%n promise cancelled</numerusform>
            <numerusform>%n promises cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) cancelled</source>
        <translation>
            <numerusform>%n follow-up cancelled</numerusform>
            <numerusform>%n follow-ups cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) owing again, active again</source>
        <translation>
            <numerusform>%Ln debtor owing again, active again</numerusform>
            <numerusform>%Ln debtors owing again, active again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s PIN, %n time(s) in a row; the next try waited %2 seconds</source>
        <translation>
            <numerusform>%1&apos;s PIN, %n time in a row; the next try waited %2 seconds</numerusform>
            <numerusform>%1&apos;s PIN, %n times in a row; the next try waited %2 seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) left out</source>
        <translation>
            <numerusform>%Ln debtor left out</numerusform>
            <numerusform>%Ln debtors left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) with a rest of their own</source>
        <translation>
            <numerusform>%n segment with a rest of its own</numerusform>
            <numerusform>%n segments with a rest of their own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaDaySheet</name>
    <message numerus="yes">
        <source>%1 · %Ln item(s)</source>
        <translation>
            <numerusform>%1 · %Ln item</numerusform>
            <numerusform>%1 · %Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaTexts</name>
    <message numerus="yes">
        <source>Put off %n time(s): %1</source>
        <translation>
            <numerusform>Put off %n time: %1</numerusform>
            <numerusform>Put off %n times: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallScript</name>
    <message numerus="yes">
        <source>%1: %2 are not something the script can fill in; it can use %3.</source>
        <translation>
            <numerusform>%1: %2 is not something the script can fill in; it can use %3.</numerusform>
            <numerusform>%1: %2 are not something the script can fill in; it can use %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 would tell someone else about the debt; leave them out.</source>
        <translation>
            <numerusform>%1: %2 would tell someone else about the debt; leave it out.</numerusform>
            <numerusform>%1: %2 would tell someone else about the debt; leave them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 are read before the agent knows who answered, and would tell whoever it is about the debt; say them from Active listening on.</source>
        <translation>
            <numerusform>%1: %2 is read before the agent knows who answered, and would tell whoever it is about the debt; say it from Active listening on.</numerusform>
            <numerusform>%1: %2 are read before the agent knows who answered, and would tell whoever it is about the debt; say them from Active listening on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Agenda for %1: %Ln item(s)</source>
        <translation>
            <numerusform>Agenda for %1: %Ln item</numerusform>
            <numerusform>Agenda for %1: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s)</source>
        <translation>
            <numerusform>%Ln debtor</numerusform>
            <numerusform>%Ln debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check found %Ln problem(s).</source>
        <translation>
            <numerusform>Check found %Ln problem.</numerusform>
            <numerusform>Check found %Ln problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was stored: %Ln row(s) refused. Correct them, or store the valid rows with --keep-valid REJECTS.csv.</source>
        <translation>
            <numerusform>Nothing was stored: %Ln row refused. Correct it, or store the valid rows with --keep-valid REJECTS.csv.</numerusform>
            <numerusform>Nothing was stored: %Ln rows refused. Correct them, or store the valid rows with --keep-valid REJECTS.csv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 recorded for %2: %3 in %n invoice(s)</source>
        <translation>
            <numerusform>Payment %1 recorded for %2: %3 in %n invoice</numerusform>
            <numerusform>Payment %1 recorded for %2: %3 in %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>put off %n time(s)</source>
        <translation>
            <numerusform>put off %n time</numerusform>
            <numerusform>put off %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created, with the names the file gives.</source>
        <translation>
            <numerusform>%Ln debtor was created, with the name the file gives.</numerusform>
            <numerusform>%Ln debtors were created, with the names the file gives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created; %1 of them are named by their reference until their own file is imported.</source>
        <translation>
            <numerusform>%Ln debtor was created; %1 of them is named by its reference until its own file is imported.</numerusform>
            <numerusform>%Ln debtors were created; %1 of them are named by their reference until their own file is imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message numerus="yes">
        <source>%n call attempt(s) in the last 7 days; the limit is %1.</source>
        <translation>
            <numerusform>%n call attempt in the last 7 days; the limit is %1.</numerusform>
            <numerusform>%n call attempts in the last 7 days; the limit is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call attempts today; the office allows %1 a day.</source>
        <translation>
            <numerusform>%n call attempt today; the office allows %1 a day.</numerusform>
            <numerusform>%n call attempts today; the office allows %1 a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscountApprovalService</name>
    <message numerus="yes">
        <source>%n promise(s) of that agreement called off.</source>
        <translation>
            <numerusform>%n promise of that agreement called off.</numerusform>
            <numerusform>%n promises of that agreement called off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentBatch</name>
    <message numerus="yes">
        <source>%Ln account statement(s)</source>
        <translation>
            <numerusform>%Ln account statement</numerusform>
            <numerusform>%Ln account statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln confirmation letter(s)</source>
        <translation>
            <numerusform>%Ln confirmation letter</numerusform>
            <numerusform>%Ln confirmation letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paid-in-full letter(s)</source>
        <translation>
            <numerusform>%Ln paid-in-full letter</numerusform>
            <numerusform>%Ln paid-in-full letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked do not contact</source>
        <translation>
            <numerusform>%Ln marked do not contact</numerusform>
            <numerusform>%Ln marked do not contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln who owe nothing</source>
        <translation>
            <numerusform>%Ln who owes nothing</numerusform>
            <numerusform>%Ln who owe nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with no pending promise</source>
        <translation>
            <numerusform>%Ln with no pending promise</numerusform>
            <numerusform>%Ln with no pending promise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln who still owe</source>
        <translation>
            <numerusform>%Ln who still owes</numerusform>
            <numerusform>%Ln who still owe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln never invoiced</source>
        <translation>
            <numerusform>%Ln never invoiced</numerusform>
            <numerusform>%Ln never invoiced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln whose balance was written off</source>
        <translation>
            <numerusform>%Ln whose balance was written off</numerusform>
            <numerusform>%Ln whose balance was written off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer in the file</source>
        <translation>
            <numerusform>%Ln no longer in the file</numerusform>
            <numerusform>%Ln no longer in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment reminder(s)</source>
        <translation>
            <numerusform>%Ln payment reminder</numerusform>
            <numerusform>%Ln payment reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with nothing overdue</source>
        <translation>
            <numerusform>%Ln with nothing overdue</numerusform>
            <numerusform>%Ln with nothing overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a promise pending</source>
        <translation>
            <numerusform>%Ln with a promise pending</numerusform>
            <numerusform>%Ln with a promise pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message numerus="yes">
        <source>The debtor has broken %n promise(s): set one date and amount, with no way out.</source>
        <translation>
            <numerusform>The debtor has broken %n promise: set one date and amount, with no way out.</numerusform>
            <numerusform>The debtor has broken %n promises: set one date and amount, with no way out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>High risk and %Ln day(s) past due: be firm and set a date.</source>
        <translation>
            <numerusform>High risk and %Ln day past due: be firm and set a date.</numerusform>
            <numerusform>High risk and %Ln days past due: be firm and set a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) past due is long overdue: be firm and set a date.</source>
        <translation>
            <numerusform>%Ln day past due is long overdue: be firm and set a date.</numerusform>
            <numerusform>%Ln days past due is long overdue: be firm and set a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A good payer only %Ln day(s) past due: a courteous reminder is enough.</source>
        <translation>
            <numerusform>A good payer only %Ln day past due: a courteous reminder is enough.</numerusform>
            <numerusform>A good payer only %Ln days past due: a courteous reminder is enough.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No broken promises and %Ln day(s) past due: start with a courteous reminder.</source>
        <translation>
            <numerusform>No broken promises and %Ln day past due: start with a courteous reminder.</numerusform>
            <numerusform>No broken promises and %Ln days past due: start with a courteous reminder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) past due with no payment in sight: be firm and set a date.</source>
        <translation>
            <numerusform>%Ln day past due with no payment in sight: be firm and set a date.</numerusform>
            <numerusform>%Ln days past due with no payment in sight: be firm and set a date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A valuable customer at high risk, %Ln day(s) past due: offer a plan rather than press, to keep both the money and the customer.</source>
        <translation>
            <numerusform>A valuable customer at high risk, %Ln day past due: offer a plan rather than press, to keep both the money and the customer.</numerusform>
            <numerusform>A valuable customer at high risk, %Ln days past due: offer a plan rather than press, to keep both the money and the customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A valuable customer with a good history, %Ln day(s) past due: a courteous reminder with a date keeps the relationship.</source>
        <translation>
            <numerusform>A valuable customer with a good history, %Ln day past due: a courteous reminder with a date keeps the relationship.</numerusform>
            <numerusform>A valuable customer with a good history, %Ln days past due: a courteous reminder with a date keeps the relationship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A customer of low value, %Ln day(s) past due: the month of courtesy is over; be firm and set a date.</source>
        <translation>
            <numerusform>A customer of low value, %Ln day past due: the month of courtesy is over; be firm and set a date.</numerusform>
            <numerusform>A customer of low value, %Ln days past due: the month of courtesy is over; be firm and set a date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkQueueService</name>
    <message numerus="yes">
        <source>%Ln outside their calling hours</source>
        <translation>
            <numerusform>%Ln outside their calling hours</numerusform>
            <numerusform>%Ln outside their calling hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln over the attempt limit</source>
        <translation>
            <numerusform>%Ln over the attempt limit</numerusform>
            <numerusform>%Ln over the attempt limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an unknown time zone</source>
        <translation>
            <numerusform>%Ln with an unknown time zone</numerusform>
            <numerusform>%Ln with an unknown time zone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked do-not-contact</source>
        <translation>
            <numerusform>%Ln marked do-not-contact</numerusform>
            <numerusform>%Ln marked do-not-contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped: </source>
        <translation>
            <numerusform>%Ln skipped: </numerusform>
            <numerusform>%Ln skipped: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Highest priority; last reached on %1 (%n day(s) ago). %2</source>
        <translation>
            <numerusform>Highest priority; last reached on %1 (%n day ago). %2</numerusform>
            <numerusform>Highest priority; last reached on %1 (%n days ago). %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln called as often as a day allows</source>
        <translation>
            <numerusform>%Ln called as often as a day allows</numerusform>
            <numerusform>%Ln called as often as a day allows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgendaView</name>
    <message numerus="yes">
        <source>%Ln item(s) still open from earlier days: see Overdue.</source>
        <translation>
            <numerusform>%Ln item still open from earlier days: see Overdue.</numerusform>
            <numerusform>%Ln items still open from earlier days: see Overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::AgingModel</name>
    <message numerus="yes">
        <source>%Ln debtor(s)</source>
        <translation>
            <numerusform>%Ln debtor</numerusform>
            <numerusform>%Ln debtors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::AssignDialog</name>
    <message numerus="yes">
        <source>%Ln debtor(s) will be assigned.</source>
        <translation>
            <numerusform>%Ln debtor will be assigned.</numerusform>
            <numerusform>%Ln debtors will be assigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtor(s) assigned</source>
        <translation>
            <numerusform>%Ln debtor assigned</numerusform>
            <numerusform>%Ln debtors assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %Ln open follow-up(s)</source>
        <translation>
            <numerusform>, with %Ln open follow-up</numerusform>
            <numerusform>, with %Ln open follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigning %Ln debtor(s)…</source>
        <translation>
            <numerusform>Assigning %Ln debtor…</numerusform>
            <numerusform>Assigning %Ln debtors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln debtor(s) se&amp;lected in the portfolio</source>
        <translation>
            <numerusform>The %Ln debtor se&amp;lected in the portfolio</numerusform>
            <numerusform>The %Ln debtors se&amp;lected in the portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %Ln debtor(s) with no agent, and their open follow-ups with nobody?</source>
        <translation>
            <numerusform>Leave %Ln debtor with no agent, and their open follow-ups with nobody?</numerusform>
            <numerusform>Leave %Ln debtors with no agent, and their open follow-ups with nobody?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave %Ln debtor(s) with no agent?</source>
        <translation>
            <numerusform>Leave %Ln debtor with no agent?</numerusform>
            <numerusform>Leave %Ln debtors with no agent?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %Ln debtor(s) among %1, with their open follow-ups?</source>
        <translation>
            <numerusform>Share %Ln debtor among %1, with their open follow-ups?</numerusform>
            <numerusform>Share %Ln debtors among %1, with their open follow-ups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share %Ln debtor(s) among %1?</source>
        <translation>
            <numerusform>Share %Ln debtor among %1?</numerusform>
            <numerusform>Share %Ln debtors among %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln debtor(s) to %1, with their open follow-ups?</source>
        <translation>
            <numerusform>Give %Ln debtor to %1, with their open follow-ups?</numerusform>
            <numerusform>Give %Ln debtors to %1, with their open follow-ups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %Ln debtor(s) to %1?</source>
        <translation>
            <numerusform>Give %Ln debtor to %1?</numerusform>
            <numerusform>Give %Ln debtors to %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::BalanceAdjustmentDialog</name>
    <message numerus="yes">
        <source>Nothing will be owed: %n pending promise(s) cancelled, with their reminders and checks.</source>
        <translation>
            <numerusform>Nothing will be owed: %n pending promise cancelled, with its reminder and check.</numerusform>
            <numerusform>Nothing will be owed: %n pending promises cancelled, with their reminders and checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call-back(s) and task(s) leave the agenda: nobody is to call about it again.</source>
        <translation>
            <numerusform>%n call-back or task leaves the agenda: nobody is to call about it again.</numerusform>
            <numerusform>%n call-backs and tasks leave the agenda: nobody is to call about it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallNegotiationPage</name>
    <message numerus="yes">
        <source>(and %n more instalment(s), which add up to %1)</source>
        <translation>
            <numerusform>(and %n more instalment, of %1)</numerusform>
            <numerusform>(and %n more instalments, which add up to %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaces the %n open instalments</source>
        <translation>
            <numerusform>Replaces the %n open instalment</numerusform>
            <numerusform>Replaces the %n open instalments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::CallPanel</name>
    <message numerus="yes">
        <source>Call saved: %1 paid during the call, and %n more instalment(s) adding up to %2, the next on %3. Their reminders and checks are in the agenda.</source>
        <translation>
            <numerusform>Call saved: %1 paid during the call, and %n more instalment of %2, on %3. Its reminder and check are in the agenda.</numerusform>
            <numerusform>Call saved: %1 paid during the call, and %n more instalments adding up to %2, the next on %3. Their reminders and checks are in the agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::ChangePinDialog</name>
    <message numerus="yes">
        <source>Current PIN: wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>Current PIN: wait %n more second before trying again.</numerusform>
            <numerusform>Current PIN: wait %n more seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::DebtorFileView</name>
    <message numerus="yes">
        <source>%n promise(s) evaluated again.</source>
        <translation>
            <numerusform>%n promise evaluated again.</numerusform>
            <numerusform>%n promises evaluated again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending promise(s) cancelled: nothing is owed.</source>
        <translation>
            <numerusform>%n pending promise cancelled: nothing is owed.</numerusform>
            <numerusform>%n pending promises cancelled: nothing is owed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discount(s) granted on the agreement it completed withdrawn: owed again.</source>
        <translation>
            <numerusform>The discount granted on the agreement it completed was withdrawn: it is owed again.</numerusform>
            <numerusform>%n discounts granted on the agreement it completed were withdrawn: they are owed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) left the agenda.</source>
        <translation>
            <numerusform>%n follow-up left the agenda.</numerusform>
            <numerusform>%n follow-ups left the agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::DeskAlerts</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call-backs are due: %1.</source>
        <translation>
            <numerusform>%n call-back is due: %1.</numerusform>
            <numerusform>%n call-backs are due: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::DocumentBatchDialog</name>
    <message numerus="yes">
        <source>The %Ln debtor(s) se&amp;lected in the portfolio</source>
        <translation>
            <numerusform>The debtor se&amp;lected in the portfolio (%Ln)</numerusform>
            <numerusform>The %Ln debtors se&amp;lected in the portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same document for each of the %Ln debtor(s), in the portfolio&apos;s order; those it does not apply to are left out, and counted.</source>
        <translation>
            <numerusform>The same document for the debtor (%Ln); if it does not apply, it is left out and counted.</numerusform>
            <numerusform>The same document for each of the %Ln debtors, in the portfolio&apos;s order; those it does not apply to are left out, and counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::ImportRunPage</name>
    <message numerus="yes">
        <source>%Ln rows were refused and not stored.</source>
        <translation>
            <numerusform>%Ln row was refused and not stored.</numerusform>
            <numerusform>%Ln rows were refused and not stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created, with the names the file gives.</source>
        <translation>
            <numerusform>%Ln debtor was created, with the name the file gives.</numerusform>
            <numerusform>%Ln debtors were created, with the names the file gives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created, named by their reference until their own file is imported.</source>
        <translation>
            <numerusform>%Ln debtor was created, named by its reference until its own file is imported.</numerusform>
            <numerusform>%Ln debtors were created, named by their reference until their own file is imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln debtors were created; %1 of them have no name in the file and are named by their reference until their own file is imported.</source>
        <translation>
            <numerusform>%Ln debtor was created; %1 of them has no name in the file and is named by its reference until its own file is imported.</numerusform>
            <numerusform>%Ln debtors were created; %1 of them have no name in the file and are named by their reference until their own file is imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln discount(s) agreed above the office&apos;s limit wait for a supervisor&apos;s decision.</source>
        <translation>
            <numerusform>%Ln discount agreed above the office&apos;s limit waits for a supervisor&apos;s decision.</numerusform>
            <numerusform>%Ln discounts agreed above the office&apos;s limit wait for a supervisor&apos;s decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new review(s) of your calls since you last read them: a supervisor&apos;s scores and coaching.</source>
        <translation>
            <numerusform>%Ln new review of your calls since you last read them: a supervisor&apos;s scores and coaching.</numerusform>
            <numerusform>%Ln new reviews of your calls since you last read them: a supervisor&apos;s scores and coaching.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Office rules saved; %n debtor(s) moved to the new time zone.</source>
        <translation>
            <numerusform>Office rules saved; %n debtor moved to the new time zone.</numerusform>
            <numerusform>Office rules saved; %n debtors moved to the new time zone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::OfficeBackup</name>
    <message numerus="yes">
        <source>%Ln debtor(s)</source>
        <translation>
            <numerusform>%Ln debtor</numerusform>
            <numerusform>%Ln debtors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::PanelView</name>
    <message numerus="yes">
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the promises dated in the period whose %n grace day(s) are over, those paid in full. A promise counts once its result is final: one still in its grace days, or dated later, waits even if it is already paid.</source>
        <translation>
            <numerusform>Of the promises dated in the period whose grace day is over, those paid in full. A promise counts once its result is final: one still in its grace day, or dated later, waits even if it is already paid.</numerusform>
            <numerusform>Of the promises dated in the period whose %n grace days are over, those paid in full. A promise counts once its result is final: one still in its grace days, or dated later, waits even if it is already paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) (%1)</source>
        <translation>
            <numerusform>%Ln contact (%1)</numerusform>
            <numerusform>%Ln contacts (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::PaymentDialog</name>
    <message numerus="yes">
        <source>Closes the %n statements still to send about a payment the debtor said was made.</source>
        <translation>
            <numerusform>Closes the statement still to send about a payment the debtor said was made.</numerusform>
            <numerusform>Closes the %n statements still to send about a payment the debtor said was made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::PaymentReversalDialog</name>
    <message numerus="yes">
        <source>%n promise(s) it paid towards will be evaluated again without it.</source>
        <translation>
            <numerusform>%n promise it paid towards will be evaluated again without it.</numerusform>
            <numerusform>%n promises it paid towards will be evaluated again without it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::PortfolioModel</name>
    <message numerus="yes">
        <source>Overdue: this follow-up was due %Ln day(s) ago.</source>
        <translation>
            <numerusform>Overdue: this follow-up was due %Ln day ago.</numerusform>
            <numerusform>Overdue: this follow-up was due %Ln days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::StatusFigures</name>
    <message numerus="yes">
        <source>Backup copy: %Ln day(s) ago</source>
        <translation>
            <numerusform>Backup copy: %Ln day ago</numerusform>
            <numerusform>Backup copy: %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>libreta::ui::WhoIsWorkingDialog</name>
    <message numerus="yes">
        <source>PIN: %n wrong PINs in a row; wait %1 seconds before trying again.</source>
        <translation>
            <numerusform>PIN: %n wrong PIN in a row; wait %1 seconds before trying again.</numerusform>
            <numerusform>PIN: %n wrong PINs in a row; wait %1 seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PIN: wait %n more second(s) before trying again.</source>
        <translation>
            <numerusform>PIN: wait %n more second before trying again.</numerusform>
            <numerusform>PIN: wait %n more seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
</TS>
