<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Aging</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 180 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallService</name>
    <message>
        <source>A promise needs the reason the debt is not paid yet: choose the excuse category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal needs its reason: write why the debtor refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal needs the next step: say what happens now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call with the debtor must end with a payment, a promise, or a refusal with its reason and next step: none was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has no start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record either one promise or a plan, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the debtor or the person who decides payment can make a promise or a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promised amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promise has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promise date is before the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the commitment back and tick that the debtor confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call-back time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such debtor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the day to list (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also list what is still open from earlier days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agenda for %1: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debtor %1: stored totals differ from a recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check found %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check passed: schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: «%2» is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: «%2» is not a whole number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many debtors to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same seed gives the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the demo office is at (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 of %2 debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office created in %1 s: %2 debtors, %3 contacts, %4 invoices, %5 payments, %6 calls, %7 promises, %8 follow-ups, %9 users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. MXN or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office name for letters and the title bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: «%1» is not a three-letter currency code such as MXN or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2, currency %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or upgrade the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with a demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify integrity, foreign keys and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the follow-ups due on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the day: expired promises become broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: libreta-cli [--db FILE] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 input refused, 2 usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the debtor&apos;s external reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount received, e.g. 1,234.56 or 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the money was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash, transfer, card, check, deposit or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank or receipt reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay this invoice number first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read 1.234 as one thousand two hundred thirty-four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method: «%1» is not a payment method; use cash, transfer, card, check, deposit or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--debtor: no debtor has the reference «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--invoice: the debtor has no invoice numbered «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payment %1 recorded for %2: %3 in %n invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept as credit for the debtor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise %1: %2 (paid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new day (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 rolled over: %2 debtors reviewed, %3 promises broken, %4 partly kept, %5 kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRules</name>
    <message>
        <source>The debtor&apos;s time zone is unknown, so their local time cannot be checked; set it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1 for the debtor; calls are allowed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 call attempts in the last 7 days; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor is marked do-not-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact person is marked do-not-contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person on the line is not confirmed as the debtor or the person who decides payment: leave a neutral message and do not mention the debt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In legal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who decides payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message left with someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for their own customer to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says it is already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will pay on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness or job loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not recognise the debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument (can be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excuse (buys time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy of the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>«%1» has more than one sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» contains letters; type only the amount, for example 1,234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» contains «%2», which is not part of an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has two decimal separators; use «%2» only once, before the cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» mixes spaces and marks between thousands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is ambiguous: «%2» could separate thousands or decimals; write the cents too (for example %3) or choose the decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» ends with a decimal separator; add the cents or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has separators after the decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has %2 decimals; an amount has at most two (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» mixes different marks between thousands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» has a misplaced thousands separator; thousands go in groups of three digits, as in 1,234,567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is too large to be an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentService</name>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date is missing or not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date cannot be in the future (today is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such debtor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That invoice is not an open invoice of this debtor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Database command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by a newer version of Libreta (schema %1; this program knows up to %2). It was left untouched: open it with the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>The debtor wants to pay but cannot now: offer a plan with new dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The debtor has broken %n promise(s): set one date and amount, with no way out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor can pay but does not want to: be firm and set a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>High risk and %n day(s) past due: be firm and set a date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor neither wants to nor can pay now: be firm and ask for a first payment on a set date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor cannot pay in full now: offer instalments with new dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due is long overdue: be firm and set a date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is overdue yet: a courteous reminder is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A good payer only %n day(s) past due: a courteous reminder is enough.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor wants to pay and can: a courteous reminder with a date is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No broken promises and %n day(s) past due: start with a courteous reminder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due with no payment in sight: be firm and set a date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Broken promises outweigh the kept ones: be firm and set a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
