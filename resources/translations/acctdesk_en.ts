<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="120"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="124"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="200"/>
        <source>Allocate receipt %1</source>
        <translation>Allocate receipt %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="203"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="207"/>
        <source>Allocation date</source>
        <translation>Allocation date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="211"/>
        <source>Suggest oldest first</source>
        <translation>Suggest oldest first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="212"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="244"/>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="248"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="285"/>
        <source>Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.</source>
        <translation>Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="315"/>
        <source>This receipt is reversed; it cannot be allocated.</source>
        <translation>This receipt is reversed; it cannot be allocated.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="330"/>
        <source>Allocating now: %1</source>
        <translation>Allocating now: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="334"/>
        <source>Unapplied remainder: %1</source>
        <translation>Unapplied remainder: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="341"/>
        <source>More than the receipt has left to allocate</source>
        <translation>More than the receipt has left to allocate</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="61"/>
        <source>Not an amount</source>
        <translation>Not an amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="63"/>
        <source>Must not be negative</source>
        <translation>Must not be negative</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="65"/>
        <source>More than is open</source>
        <translation>More than is open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="84"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="85"/>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="86"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="87"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="88"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="89"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="90"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>AmountCheck</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="41"/>
        <source>Enter the amount</source>
        <translation>Enter the amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="47"/>
        <source>At most %1 decimals for %2</source>
        <translation>At most %1 decimals for %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="51"/>
        <source>Not an amount: use digits, e.g. 12,345.67</source>
        <translation>Not an amount: use digits, e.g. 12,345.67</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="53"/>
        <source>The amount must be more than zero</source>
        <translation>The amount must be more than zero</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="68"/>
        <source>My book</source>
        <translation>My book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="76"/>
        <source>Demo book</source>
        <translation>Demo book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="104"/>
        <source>Opening the book…</source>
        <translation>Opening the book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="115"/>
        <source>Making a demo book: %1 customers, %2 invoices…</source>
        <translation>Making a demo book: %1 customers, %2 invoices…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="150"/>
        <source>Open book</source>
        <translation>Open book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="152"/>
        <source>acctdesk books (*.sqlite *.db);;All files (*)</source>
        <translation>acctdesk books (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="160"/>
        <source>New book</source>
        <translation>New book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="162"/>
        <source>acctdesk books (*.sqlite)</source>
        <translation>acctdesk books (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>BankLinesModel</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="67"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="68"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="69"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="70"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="72"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="73"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="74"/>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="143"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="143"/>
        <source>Imported bank lines and the matches proposed</source>
        <translation>Imported bank lines and the matches proposed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="144"/>
        <source>Import file…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="146"/>
        <source>Match the sure ones</source>
        <translation>Match the sure ones</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="147"/>
        <source>Confirm every proposal scoring 90 or more</source>
        <translation>Confirm every proposal scoring 90 or more</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="149"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="151"/>
        <source>Ignore…</source>
        <translation>Ignore…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="190"/>
        <source>Waiting to be matched</source>
        <translation>Waiting to be matched</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="191"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="192"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="193"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="226"/>
        <source>No proposal: the payer is not recognised.</source>
        <translation>No proposal: the payer is not recognised.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="241"/>
        <source>Import a bank file</source>
        <translation>Import a bank file</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="243"/>
        <source>Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)</source>
        <translation>Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="252"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="257"/>
        <source>%1 was imported already: nothing added.</source>
        <translation>%1 was imported already: nothing added.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="260"/>
        <source>%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.</source>
        <translation>%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="276"/>
        <source>Matching…</source>
        <translation>Matching…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="281"/>
        <source>%1 of %2 proposals confirmed; %3 wait for review.</source>
        <translation>%1 of %2 proposals confirmed; %3 wait for review.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="287"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="301"/>
        <source>Line %1 is receipt %2 of %3.</source>
        <translation>Line %1 is receipt %2 of %3.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="316"/>
        <source>Ignore the line</source>
        <translation>Ignore the line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="316"/>
        <source>Why is it not a customer payment?</source>
        <translation>Why is it not a customer payment?</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="323"/>
        <source>Line %1 ignored.</source>
        <translation>Line %1 ignored.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="276"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="276"/>
        <source>Today&apos;s worklist by priority</source>
        <translation>Today&apos;s worklist by priority</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="277"/>
        <source>Run today&apos;s reminders</source>
        <translation>Run today&apos;s reminders</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="282"/>
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="284"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="363"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="299"/>
        <source>Nothing to chase today</source>
        <translation>Nothing to chase today</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="304"/>
        <source>Log a call…</source>
        <translation>Log a call…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="305"/>
        <source>Record a promise…</source>
        <translation>Record a promise…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="306"/>
        <source>Send the reminder…</source>
        <translation>Send the reminder…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="307"/>
        <source>Snooze…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="308"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="325"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="450"/>
        <source>Follow-up log</source>
        <translation>Follow-up log</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="330"/>
        <source>No follow-ups logged yet</source>
        <translation>No follow-ups logged yet</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="347"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="351"/>
        <source>Overdue amount × days overdue × risk weight</source>
        <translation>Overdue amount × days overdue × risk weight</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="354"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="355"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="356"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="357"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="358"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="359"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="360"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="361"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="362"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="364"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="369"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="370"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="371"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="372"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="373"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="374"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="375"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="415"/>
        <source>%1 tasks on %2, highest priority (amount × days overdue × risk) first</source>
        <translation>%1 tasks on %2, highest priority (amount × days overdue × risk) first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="454"/>
        <source>Follow-up log: %1 %2</source>
        <translation>Follow-up log: %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="469"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="498"/>
        <source>Task done</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="511"/>
        <source>Reminder run: %1 reminders, %2 promises kept, %3 broken</source>
        <translation>Reminder run: %1 reminders, %2 promises kept, %3 broken</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="528"/>
        <source>Running today&apos;s reminders…</source>
        <translation>Running today&apos;s reminders…</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="55"/>
        <source>Coming in a later release</source>
        <translation>Coming in a later release</translation>
    </message>
</context>
<context>
    <name>ComingPages</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="89"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="91"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="92"/>
        <source>Import bank statements and match the money that came in to open invoices.</source>
        <translation>Import bank statements and match the money that came in to open invoices.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="96"/>
        <source>Statements from CSV and Excel, MT940, CAMT.053 and OFX</source>
        <translation>Statements from CSV and Excel, MT940, CAMT.053 and OFX</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="99"/>
        <source>Each bank line imported once, even from overlapping files</source>
        <translation>Each bank line imported once, even from overlapping files</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="102"/>
        <source>Suggested matches by amount, payer name and invoice numbers in the memo</source>
        <translation>Suggested matches by amount, payer name and invoice numbers in the memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="111"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="113"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="114"/>
        <source>A worklist of who to chase today, and how hard.</source>
        <translation>A worklist of who to chase today, and how hard.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="116"/>
        <source>Reminder levels with letters and e-mails in the customer&apos;s language</source>
        <translation>Reminder levels with letters and e-mails in the customer&apos;s language</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="119"/>
        <source>Promises to pay, kept or broken, and follow-up dates</source>
        <translation>Promises to pay, kept or broken, and follow-up dates</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="122"/>
        <source>Credit holds and their release by an approver</source>
        <translation>Credit holds and their release by an approver</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="130"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="132"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="133"/>
        <source>Statements of account (对账单) and balance confirmations for your customers.</source>
        <translation>Statements of account (对账单) and balance confirmations for your customers.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="138"/>
        <source>Opening balance, movements and closing balance for any period</source>
        <translation>Opening balance, movements and closing balance for any period</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="141"/>
        <source>PDF and Excel, with the amount in Chinese capitals</source>
        <translation>PDF and Excel, with the amount in Chinese capitals</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="144"/>
        <source>Confirmations signed back, or the difference the customer states</source>
        <translation>Confirmations signed back, or the difference the customer states</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="152"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="154"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="155"/>
        <source>Aging, DSO and collection reports as of any date, tied to the ledger to the cent.</source>
        <translation>Aging, DSO and collection reports as of any date, tied to the ledger to the cent.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="160"/>
        <source>Aging by customer, group, salesperson or collector</source>
        <translation>Aging by customer, group, salesperson or collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="163"/>
        <source>Bad-debt provision by aging bucket</source>
        <translation>Bad-debt provision by aging bucket</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="164"/>
        <source>DSO, CEI and collection rate by month</source>
        <translation>DSO, CEI and collection rate by month</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/customer_field.py" line="23"/>
        <source>Customer code or name</source>
        <translation>Customer code or name</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="256"/>
        <source>← All customers</source>
        <translation>← All customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="258"/>
        <source>New invoice…</source>
        <translation>New invoice…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="260"/>
        <source>New receipt…</source>
        <translation>New receipt…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="274"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="425"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="275"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="276"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="277"/>
        <source>Credit use</source>
        <translation>Credit use</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="278"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="279"/>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="280"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="281"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="282"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="283"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="392"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="312"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="332"/>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="315"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln open item</numerusform>
            <numerusform>%Ln open items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="327"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="330"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="333"/>
        <source>Document history</source>
        <translation>Document history</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="360"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="361"/>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="364"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="371"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="375"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="382"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="387"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="388"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="389"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="426"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="401"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="404"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="409"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="412"/>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="416"/>
        <source>A reversal entry (冲销) taking back an earlier document</source>
        <translation>A reversal entry (冲销) taking back an earlier document</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="418"/>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="421"/>
        <source>Paid or credited</source>
        <translation>Paid or credited</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="427"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="82"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="89"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="92"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="94"/>
        <source>Search code, name, alias or pinyin initials (e.g. hxkj)</source>
        <translation>Search code, name, alias or pinyin initials (e.g. hxkj)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="96"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="97"/>
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="98"/>
        <source>All currencies</source>
        <translation>All currencies</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="99"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="126"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="128"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="129"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="132"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="137"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="138"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="141"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="149"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="153"/>
        <source>Days since the oldest overdue item fell due</source>
        <translation>Days since the oldest overdue item fell due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="157"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="164"/>
        <source>Credit use</source>
        <translation>Credit use</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="169"/>
        <source>Balance as a share of the credit limit</source>
        <translation>Balance as a share of the credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="171"/>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="174"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="57"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="59"/>
        <source>Amounts in different currencies are never added together</source>
        <translation>Amounts in different currencies are never added together</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="61"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="67"/>
        <source>Total receivables</source>
        <translation>Total receivables</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="68"/>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="147"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="69"/>
        <source>Collected this month</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="70"/>
        <source>DSO, last 90 days</source>
        <translation>DSO, last 90 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="72"/>
        <source>Days sales outstanding = receivables ÷ credit sales of the last 90 days × 90</source>
        <translation>Days sales outstanding = receivables ÷ credit sales of the last 90 days × 90</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="97"/>
        <source>Aging of receivables (by days overdue)</source>
        <translation>Aging of receivables (by days overdue)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="108"/>
        <source>No customer is overdue</source>
        <translation>No customer is overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="110"/>
        <source>Top 10 overdue customers</source>
        <translation>Top 10 overdue customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="117"/>
        <source>No alerts. Customers over their credit limit, broken promises to pay and credit holds will be listed here.</source>
        <translation>No alerts. Customers over their credit limit, broken promises to pay and credit holds will be listed here.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="124"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="145"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="146"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="148"/>
        <source>Oldest, days</source>
        <translation>Oldest, days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="149"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="199"/>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="202"/>
        <source>No postings yet</source>
        <translation>No postings yet</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="208"/>
        <source>Unapplied cash and credit %1</source>
        <translation>Unapplied cash and credit %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="213"/>
        <source>%1 of receivables</source>
        <translation>%1 of receivables</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="218"/>
        <source>%1, up to %2</source>
        <translation>%1, up to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="221"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="225"/>
        <source>Credit sales %1</source>
        <translation>Credit sales %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="232"/>
        <source>Unapplied cash and credit (not in the bars): %1</source>
        <translation>Unapplied cash and credit (not in the bars): %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="258"/>
        <source>10k</source>
        <translation>10k</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="258"/>
        <source>thousand</source>
        <translation>thousand</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="277"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="285"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="26"/>
        <source>Nothing to show</source>
        <translation>Nothing to show</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="107"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="117"/>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="221"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="223"/>
        <source>Copy with headers</source>
        <translation>Copy with headers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="226"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="239"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="131"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="132"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="133"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="134"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="135"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="136"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="156"/>
        <source>Log a follow-up with %1</source>
        <translation>Log a follow-up with %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="159"/>
        <source>Whom you spoke to</source>
        <translation>Whom you spoke to</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="161"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="164"/>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="172"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="173"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="174"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="175"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="176"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="63"/>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="77"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="80"/>
        <source>The invoice (fapiao) number</source>
        <translation>The invoice (fapiao) number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="81"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="84"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="95"/>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="180"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="99"/>
        <source>e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30</source>
        <translation>e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="100"/>
        <source>A payment term&apos;s name or its shorthand (see docs/terms.md)</source>
        <translation>A payment term&apos;s name or its shorthand (see docs/terms.md)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="101"/>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="105"/>
        <source>Fixed due date instead of the term</source>
        <translation>Fixed due date instead of the term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="116"/>
        <source>Optional: contract, order or goods</source>
        <translation>Optional: contract, order or goods</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="117"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="120"/>
        <source>Installments this term makes</source>
        <translation>Installments this term makes</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="126"/>
        <source>Enter a payment term to see its installments</source>
        <translation>Enter a payment term to see its installments</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="133"/>
        <source>Post invoice</source>
        <translation>Post invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="167"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="168"/>
        <source>Term line</source>
        <translation>Term line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="171"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="175"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="182"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="183"/>
        <source>Discount until</source>
        <translation>Discount until</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="235"/>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="237"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>Unknown customer: pick one from the list</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="239"/>
        <source>Loading the customers…</source>
        <translation>Loading the customers…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="241"/>
        <source>Enter the invoice number</source>
        <translation>Enter the invoice number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="248"/>
        <source>The due date is before the invoice date</source>
        <translation>The due date is before the invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="250"/>
        <source>Enter a payment term or a fixed due date</source>
        <translation>Enter a payment term or a fixed due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="255"/>
        <source>Payment term not understood: %1</source>
        <translation>Payment term not understood: %1</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="49"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="67"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="94"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="50"/>
        <source>New invoice…</source>
        <translation>New invoice…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="52"/>
        <source>Reverse…</source>
        <translation>Reverse…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/invoices.py" line="70"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="72"/>
        <source>Search number, customer or description</source>
        <translation>Search number, customer or description</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="75"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="83"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="127"/>
        <source>All currencies</source>
        <translation>All currencies</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="107"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="136"/>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/invoices.py" line="110"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln open item</numerusform>
            <numerusform>%Ln open items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="112"/>
        <source>Search invoice number or customer</source>
        <translation>Search invoice number or customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="115"/>
        <source>All open items</source>
        <translation>All open items</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="125"/>
        <source>Show all ages</source>
        <translation>Show all ages</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="143"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="144"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="187"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="145"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="188"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="148"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="193"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="155"/>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="159"/>
        <source>The earliest due date still open</source>
        <translation>The earliest due date still open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="161"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="162"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="216"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="163"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="217"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="164"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="218"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="167"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="211"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="174"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="221"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="180"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="181"/>
        <source>Reversal reason</source>
        <translation>Reversal reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="189"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="190"/>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="200"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="204"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="248"/>
        <source>Over %1 days overdue</source>
        <translation>Over %1 days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="251"/>
        <source>%1–%2 days overdue</source>
        <translation>%1–%2 days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="267"/>
        <source>— open %1</source>
        <translation>— open %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="329"/>
        <source>Open customer %1</source>
        <translation>Open customer %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="332"/>
        <source>Reverse invoice…</source>
        <translation>Reverse invoice…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="10"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="22"/>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="11"/>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="12"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="23"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="13"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="14"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="34"/>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="15"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="35"/>
        <source>After the as-of date</source>
        <translation>After the as-of date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="16"/>
        <source>Not settled</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="24"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="84"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="25"/>
        <source>Awaiting event</source>
        <translation>Awaiting event</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="31"/>
        <source>Unapplied</source>
        <translation>Unapplied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="32"/>
        <source>Partly applied</source>
        <translation>Partly applied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="33"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="36"/>
        <source>Not fully applied</source>
        <translation>Not fully applied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="42"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="43"/>
        <source>Credit hold</source>
        <translation>Credit hold</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="44"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="50"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="51"/>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="52"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="53"/>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="54"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="60"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="61"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="62"/>
        <source>Bank acceptance bill</source>
        <translation>Bank acceptance bill</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="63"/>
        <source>Commercial acceptance bill</source>
        <translation>Commercial acceptance bill</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="64"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="65"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="73"/>
        <source>contract signing</source>
        <translation>contract signing</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="74"/>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="75"/>
        <source>acceptance</source>
        <translation>acceptance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="82"/>
        <source>Not due</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="86"/>
        <source>Awaiting</source>
        <translation>Awaiting</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="90"/>
        <source>Over %1 days</source>
        <translation>Over %1 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="93"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="98"/>
        <source>Calendar days (due dates are not moved)</source>
        <translation>Calendar days (due dates are not moved)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="99"/>
        <source>Weekdays (weekend due dates move to Monday)</source>
        <translation>Weekdays (weekend due dates move to Monday)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="100"/>
        <source>Chinese working days (holidays and make-up days)</source>
        <translation>Chinese working days (holidays and make-up days)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="300"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="345"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="345"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="355"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="373"/>
        <source>Exported %1 rows to %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="381"/>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="73"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="148"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="125"/>
        <source>acctdesk — %1</source>
        <translation>acctdesk — %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="143"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="144"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="145"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="146"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="147"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="149"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="150"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="180"/>
        <source>Coming in a later release</source>
        <translation>Coming in a later release</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="204"/>
        <source>Book: %1</source>
        <translation>Book: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="206"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="208"/>
        <source>Every list and figure is as it stood at the end of this day</source>
        <translation>Every list and figure is as it stood at the end of this day</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="213"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="218"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="229"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="231"/>
        <source>&amp;New book…</source>
        <translation>&amp;New book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="234"/>
        <source>&amp;Open book…</source>
        <translation>&amp;Open book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="236"/>
        <source>Recent books</source>
        <translation>Recent books</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="239"/>
        <source>New &amp;demo book</source>
        <translation>New &amp;demo book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="241"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="245"/>
        <source>Back up a team book with the database server&apos;s tools (pg_dump)</source>
        <translation>Back up a team book with the database server&apos;s tools (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="249"/>
        <source>A consistent copy into the backups folder beside the book</source>
        <translation>A consistent copy into the backups folder beside the book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="255"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="256"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="257"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="259"/>
        <source>New &amp;invoice…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="260"/>
        <source>New &amp;receipt…</source>
        <translation>New &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="262"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="269"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="270"/>
        <source>Show &amp;navigation</source>
        <translation>Show &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="275"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="276"/>
        <source>&amp;About acctdesk</source>
        <translation>&amp;About acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="294"/>
        <source>No recent books</source>
        <translation>No recent books</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="371"/>
        <source>Invoice %1 posted</source>
        <translation>Invoice %1 posted</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="381"/>
        <source>Receipt %1 posted</source>
        <translation>Receipt %1 posted</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="393"/>
        <source>Receipt %1 allocated</source>
        <translation>Receipt %1 allocated</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="403"/>
        <source>%1 reversed</source>
        <translation>%1 reversed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="416"/>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="419"/>
        <source>Backing up the book…</source>
        <translation>Backing up the book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="425"/>
        <source>About acctdesk</source>
        <translation>About acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="427"/>
        <source>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;Receivables, aging, credit control and collections for small finance teams that sell on credit terms.&lt;/p&gt;&lt;p&gt;Your books stay on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;Receivables, aging, credit control and collections for small finance teams that sell on credit terms.&lt;/p&gt;&lt;p&gt;Your books stay on your computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="461"/>
        <source>Window and column layout reset</source>
        <translation>Window and column layout reset</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="95"/>
        <source>The book cannot be used right now: %1</source>
        <translation>The book cannot be used right now: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="99"/>
        <source>The file cannot be used: %1</source>
        <translation>The file cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="102"/>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>Something went wrong (%1). The details are in the log.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="109"/>
        <source>acctdesk</source>
        <translation>acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="218"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="224"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="195"/>
        <source>Record a promise to pay from %1</source>
        <translation>Record a promise to pay from %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="201"/>
        <source>INV-1, INV-2/2 — empty: the whole account</source>
        <translation>INV-1, INV-2/2 — empty: the whole account</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="202"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="203"/>
        <source>Promised date</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="204"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="210"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; is not an amount</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="37"/>
        <source>New receipt</source>
        <translation>New receipt</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="48"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="58"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="60"/>
        <source>Receipt date</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="62"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="65"/>
        <source>Bill matures on</source>
        <translation>Bill matures on</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="67"/>
        <source>Bank reference or bill number</source>
        <translation>Bank reference or bill number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="68"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="70"/>
        <source>Who paid, if not the customer itself</source>
        <translation>Who paid, if not the customer itself</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="71"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="73"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="75"/>
        <source>Leave empty for the next RC number</source>
        <translation>Leave empty for the next RC number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="76"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="78"/>
        <source>Allocate to open invoices after posting</source>
        <translation>Allocate to open invoices after posting</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="84"/>
        <source>Post receipt</source>
        <translation>Post receipt</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="131"/>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="133"/>
        <source>Loading the customers…</source>
        <translation>Loading the customers…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="135"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>Unknown customer: pick one from the list</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="142"/>
        <source>A bill cannot mature before it was received</source>
        <translation>A bill cannot mature before it was received</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="41"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="57"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="42"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="187"/>
        <source>Allocate…</source>
        <translation>Allocate…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="44"/>
        <source>Reverse…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="46"/>
        <source>New receipt…</source>
        <translation>New receipt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/receipts.py" line="60"/>
        <source>%Ln receipt(s)</source>
        <translation>
            <numerusform>%Ln receipt</numerusform>
            <numerusform>%Ln receipts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="62"/>
        <source>Search number, customer, reference, payer or memo</source>
        <translation>Search number, customer, reference, payer or memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="65"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="73"/>
        <source>All currencies</source>
        <translation>All currencies</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="90"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="92"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="94"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="95"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="98"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="104"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="105"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="106"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="107"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="108"/>
        <source>Unapplied</source>
        <translation>Unapplied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="109"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="112"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="118"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="119"/>
        <source>Reversal reason</source>
        <translation>Reversal reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="190"/>
        <source>Open customer %1</source>
        <translation>Open customer %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="192"/>
        <source>Reverse receipt…</source>
        <translation>Reverse receipt…</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="47"/>
        <source>Reverse %1 %2</source>
        <translation>Reverse %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="53"/>
        <source>%1 %2 of %3, dated %4, stays in the ledger; a reversal takes it back on the date below. Allocations to or from it are released on that date.</source>
        <translation>%1 %2 of %3, dated %4, stays in the ledger; a reversal takes it back on the date below. Allocations to or from it are released on that date.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="71"/>
        <source>Reversal date</source>
        <translation>Reversal date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="73"/>
        <source>Why, for the audit trail (e.g. wrong customer, duplicate)</source>
        <translation>Why, for the audit trail (e.g. wrong customer, duplicate)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="80"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="85"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="99"/>
        <source>Give a reason</source>
        <translation>Give a reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="101"/>
        <source>A document cannot be reversed before its own date</source>
        <translation>A document cannot be reversed before its own date</translation>
    </message>
</context>
<context>
    <name>SendReminderDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="243"/>
        <source>Send reminder %1</source>
        <translation>Send reminder %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="246"/>
        <source>The customer&apos;s dunning contact</source>
        <translation>The customer&apos;s dunning contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="247"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="248"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="183"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="197"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="237"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="199"/>
        <source>Numbers, dates and amounts follow the language. A new language applies after a restart.</source>
        <translation>Numbers, dates and amounts follow the language. A new language applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="206"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="207"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="208"/>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="210"/>
        <source>Locked up to</source>
        <translation>Locked up to</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="213"/>
        <source>Not locked</source>
        <translation>Not locked</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="215"/>
        <source>Business calendar</source>
        <translation>Business calendar</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="216"/>
        <source>Acting user</source>
        <translation>Acting user</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="224"/>
        <source>Reset window and column layout</source>
        <translation>Reset window and column layout</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="238"/>
        <source>acctdesk will use %1 the next time it starts.</source>
        <translation>acctdesk will use %1 the next time it starts.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="226"/>
        <source>Snooze the task for %1</source>
        <translation>Snooze the task for %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="229"/>
        <source>Why (the customer asked to be called back, …)</source>
        <translation>Why (the customer asked to be called back, …)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="230"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="231"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="101"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="102"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="103"/>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="120"/>
        <source>Customer&apos;s language</source>
        <translation>Customer&apos;s language</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="129"/>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="132"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="133"/>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="134"/>
        <source>Save Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="140"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="320"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="141"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="229"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="142"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="230"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="143"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="233"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="171"/>
        <source>{0}: opening {1:,}, closing {2:,}, aging total {3:,} {4}</source>
        <translation>{0}: opening {1:,}, closing {2:,}, aging total {3:,} {4}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="189"/>
        <source>Save statement</source>
        <translation>Save statement</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="197"/>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="206"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="215"/>
        <source>Issue (number) the statements</source>
        <translation>Issue (number) the statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="220"/>
        <source>Make statements</source>
        <translation>Make statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="221"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="231"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="232"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="243"/>
        <source>Folder for the statements</source>
        <translation>Folder for the statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="251"/>
        <source>Choose a folder and at least one format.</source>
        <translation>Choose a folder and at least one format.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="271"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="290"/>
        <source>Cancelled: no files were written.</source>
        <translation>Cancelled: no files were written.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="292"/>
        <source>{0} statements, {1} files in {2}</source>
        <translation>{0} statements, {1} files in {2}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="296"/>
        <source>Issued {0} … {1}</source>
        <translation>Issued {0} … {1}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="311"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="312"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="313"/>
        <source>Differing</source>
        <translation>Differing</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="314"/>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="319"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="321"/>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="322"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="323"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="324"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="325"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="326"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
</TS>
