<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="119"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="228"/>
        <source>Allocate receipt %1</source>
        <translation>Allocate receipt %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="231"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="235"/>
        <source>Allocation date</source>
        <translation>Allocation date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="239"/>
        <source>Suggest oldest first</source>
        <translation>Suggest oldest first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="240"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="260"/>
        <source>Allocate</source>
        <translation>Allocate</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="264"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="301"/>
        <source>Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.</source>
        <translation>Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="331"/>
        <source>This receipt is reversed; it cannot be allocated.</source>
        <translation>This receipt is reversed; it cannot be allocated.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="347"/>
        <source>Allocating now: %1</source>
        <translation>Allocating now: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="351"/>
        <source>Unapplied remainder: %1</source>
        <translation>Unapplied remainder: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="344"/>
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
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="42"/>
        <source>Enter the amount</source>
        <translation>Enter the amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="48"/>
        <source>At most %1 decimals for %2</source>
        <translation>At most %1 decimals for %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="52"/>
        <source>Not an amount: use digits, e.g. 12,345.67</source>
        <translation>Not an amount: use digits, e.g. 12,345.67</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="54"/>
        <source>The amount must be more than zero</source>
        <translation>The amount must be more than zero</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="85"/>
        <source>My book</source>
        <translation>My book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="98"/>
        <source>Demo book</source>
        <translation>Demo book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="143"/>
        <source>Opening the book…</source>
        <translation>Opening the book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="217"/>
        <source>Restoring the book…</source>
        <translation>Restoring the book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="230"/>
        <source>Making a demo book: %1 customers, %2 invoices…</source>
        <translation>Making a demo book: %1 customers, %2 invoices…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="283"/>
        <source>Today&apos;s reminders: %1 made, %2 promises kept, %3 broken</source>
        <translation>Today&apos;s reminders: %1 made, %2 promises kept, %3 broken</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="303"/>
        <source>Open book</source>
        <translation>Open book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="305"/>
        <source>acctdesk books (*.sqlite *.db);;All files (*)</source>
        <translation>acctdesk books (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="313"/>
        <source>New book</source>
        <translation>New book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="315"/>
        <source>acctdesk books (*.sqlite)</source>
        <translation>acctdesk books (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="48"/>
        <source>Write-off</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="49"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="50"/>
        <source>Temporary credit limit</source>
        <translation>Temporary credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="53"/>
        <source>Credit hold override</source>
        <translation>Credit hold override</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="54"/>
        <source>Reopen a locked period</source>
        <translation>Reopen a locked period</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="60"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="61"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="62"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="87"/>
        <source>Write off %1 of %2 on %3</source>
        <translation>Write off %1 of %2 on %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="94"/>
        <source>Remove the credit limit of %1</source>
        <translation>Remove the credit limit of %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="98"/>
        <source>Credit limit of %1 to %2</source>
        <translation>Credit limit of %1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="104"/>
        <source>Temporary credit limit of %1: %2 %3 from %4 until %5</source>
        <translation>Temporary credit limit of %1: %2 %3 from %4 until %5</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="115"/>
        <source>Let invoice %1 of %2 through the credit hold</source>
        <translation>Let invoice %1 of %2 through the credit hold</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="121"/>
        <source>Remove the lock date</source>
        <translation>Remove the lock date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="122"/>
        <source>Move the lock date back to %1</source>
        <translation>Move the lock date back to %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="160"/>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="165"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="166"/>
        <source>One person requests, another decides; approving carries the change out.</source>
        <translation>One person requests, another decides; approving carries the change out.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="170"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="171"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="172"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="173"/>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="177"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="187"/>
        <source>No requests</source>
        <translation>No requests</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="198"/>
        <source>Note for the requester (needed to reject)</source>
        <translation>Note for the requester (needed to reject)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="200"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="201"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="215"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="226"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="227"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="228"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="229"/>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="232"/>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="237"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="239"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="240"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="283"/>
        <source>Choose a request to decide it.</source>
        <translation>Choose a request to decide it.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="286"/>
        <source>Request %1 by %2: %3. Reason: %4</source>
        <translation>Request %1 by %2: %3. Reason: %4</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="302"/>
        <source>Say why the request is rejected: the requester reads the note</source>
        <translation>Say why the request is rejected: the requester reads the note</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="320"/>
        <source>Request %1 approved</source>
        <translation>Request %1 approved</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="321"/>
        <source>Request %1 rejected</source>
        <translation>Request %1 rejected</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="215"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="220"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="456"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="221"/>
        <source>Every change to the book, newest first; each event&apos;s hash covers the one before it.</source>
        <translation>Every change to the book, newest first; each event&apos;s hash covers the one before it.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="223"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="225"/>
        <source>Recompute every event&apos;s hash and every sealed row&apos;s, and name the first broken place</source>
        <translation>Recompute every event&apos;s hash and every sealed row&apos;s, and name the first broken place</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="231"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="318"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="232"/>
        <source>Any user</source>
        <translation>Any user</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="235"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="319"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="236"/>
        <source>Action starts with, e.g. invoice.</source>
        <translation>Action starts with, e.g. invoice.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="242"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="269"/>
        <source>No events match the filters</source>
        <translation>No events match the filters</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="279"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="279"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="297"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="300"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="316"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="317"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="320"/>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="321"/>
        <source>Entity ID</source>
        <translation>Entity ID</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="324"/>
        <source>Sealed rows</source>
        <translation>Sealed rows</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="328"/>
        <source>Ledger rows this event wrote and sealed</source>
        <translation>Ledger rows this event wrote and sealed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="330"/>
        <source>Values after</source>
        <translation>Values after</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/audit_view.py" line="355"/>
        <source>%Ln event(s) shown</source>
        <translation>
            <numerusform>%Ln event shown</numerusform>
            <numerusform>%Ln events shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="357"/>
        <source>scroll down for older events</source>
        <translation>scroll down for older events</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="376"/>
        <source>Verifying every event and every sealed row…</source>
        <translation>Verifying every event and every sealed row…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="379"/>
        <source>Verifying the audit chain…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="394"/>
        <source>✓ The audit chain is intact: %1 events and every sealed row verified</source>
        <translation>✓ The audit chain is intact: %1 events and every sealed row verified</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="402"/>
        <source>✗ The audit chain is broken at event %1: %2</source>
        <translation>✗ The audit chain is broken at event %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="408"/>
        <source>Show event %1</source>
        <translation>Show event %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="448"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="448"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="457"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="483"/>
        <source>Exported %1 events to %2</source>
        <translation>Exported %1 events to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="490"/>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="96"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="104"/>
        <location filename="../../src/acctdesk/ui/backups.py" line="111"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="123"/>
        <source>Replace the book %1 with the backup %2 (made %3)?

Everything entered after that backup will no longer be in the book. The current book is first copied into its backups folder, so this can be undone by restoring that copy.</source>
        <translation>Replace the book %1 with the backup %2 (made %3)?

Everything entered after that backup will no longer be in the book. The current book is first copied into its backups folder, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="136"/>
        <source>This file cannot be restored: %1</source>
        <translation>This file cannot be restored: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="142"/>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="144"/>
        <source>the book it replaced was copied to %1</source>
        <translation>the book it replaced was copied to %1</translation>
    </message>
</context>
<context>
    <name>BankImportWizard</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="135"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="399"/>
        <source>Import a bank file</source>
        <translation>Import a bank file</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="150"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="152"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="358"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="361"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="155"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="366"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="171"/>
        <source>Choose a statement exported from the bank or a payment platform: CSV, Excel, MT940, CAMT.053 or OFX. Nothing is imported before the last step.</source>
        <translation>Choose a statement exported from the bank or a payment platform: CSV, Excel, MT940, CAMT.053 or OFX. Nothing is imported before the last step.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="180"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="181"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="185"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="187"/>
        <source>As the file says</source>
        <translation>As the file says</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="190"/>
        <source>The account&apos;s currency, for files that do not name one</source>
        <translation>The account&apos;s currency, for files that do not name one</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="192"/>
        <source>Account currency</source>
        <translation>Account currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="211"/>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="212"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="249"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="213"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="217"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="218"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="252"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="555"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="219"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="556"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="220"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="260"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="560"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="221"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="256"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="561"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="222"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="259"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="223"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="258"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="563"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="243"/>
        <source>Say which column holds which field. Use either one amount column (+ money in, − money out) or separate money-in and money-out columns. The preview is read again after each change.</source>
        <translation>Say which column holds which field. Use either one amount column (+ money in, − money out) or separate money-in and money-out columns. The preview is read again after each change.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="253"/>
        <source>Amount (signed)</source>
        <translation>Amount (signed)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="254"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="306"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="557"/>
        <source>Money in</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="255"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="307"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="558"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="257"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="562"/>
        <source>Payer account</source>
        <translation>Payer account</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="275"/>
        <source>Optional: a name, e.g. 工行对公流水</source>
        <translation>Optional: a name, e.g. 工行对公流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="277"/>
        <source>Saved with the import; the next file with these headers is read the same way</source>
        <translation>Saved with the import; the next file with these headers is read the same way</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="279"/>
        <source>Save this mapping as template</source>
        <translation>Save this mapping as template</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="304"/>
        <source>Lines read</source>
        <translation>Lines read</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="305"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="308"/>
        <source>Duplicates skipped</source>
        <translation>Duplicates skipped</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="309"/>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="310"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="311"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="341"/>
        <source>1. Choose the file</source>
        <translation>1. Choose the file</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="342"/>
        <source>2. Check what will be read</source>
        <translation>2. Check what will be read</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="343"/>
        <source>3. Adjust the columns</source>
        <translation>3. Adjust the columns</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="344"/>
        <source>4. Import</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="361"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="364"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="366"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="401"/>
        <source>Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)</source>
        <translation>Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="432"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="473"/>
        <source>%1, encoding %2, header on row %3</source>
        <translation>%1, encoding %2, header on row %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="475"/>
        <source>%1, encoding %2</source>
        <translation>%1, encoding %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="515"/>
        <source>%1 rows cannot be read: the file cannot be imported until they are fixed.</source>
        <translation>%1 rows cannot be read: the file cannot be imported until they are fixed.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="539"/>
        <source>%1 lines; money in %2 (%3); money out %4 (%5); %6 rows cannot be read</source>
        <translation>%1 lines; money in %2 (%3); money out %4 (%5); %6 rows cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="548"/>
        <source>The first %1 are shown below.</source>
        <translation>The first %1 are shown below.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="553"/>
        <source>Read by the file format&apos;s own fields (no columns to choose)</source>
        <translation>Read by the file format&apos;s own fields (no columns to choose)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="559"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="564"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="571"/>
        <source>Template %1: %2</source>
        <translation>Template %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="573"/>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="575"/>
        <source>Adjusted: %1</source>
        <translation>Adjusted: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="587"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="624"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="646"/>
        <source>%1 was imported already: nothing added.</source>
        <translation>%1 was imported already: nothing added.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="650"/>
        <source>%1 imported: %2 lines added.</source>
        <translation>%1 imported: %2 lines added.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="660"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="660"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="662"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="682"/>
        <source>Nothing was imported: %1 rows cannot be read. Fix the file or the columns and try again.</source>
        <translation>Nothing was imported: %1 rows cannot be read. Fix the file or the columns and try again.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="689"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>BankLinesModel</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="81"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="82"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="83"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="84"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="85"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="87"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="88"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="89"/>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <source>Imported bank lines and the matches proposed</source>
        <translation>Imported bank lines and the matches proposed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="159"/>
        <source>Import file…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="164"/>
        <source>score ≥ </source>
        <translation>score ≥ </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="166"/>
        <source>Proposals scoring at least this are confirmed by Match the sure ones</source>
        <translation>Proposals scoring at least this are confirmed by Match the sure ones</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="168"/>
        <source>Match the sure ones</source>
        <translation>Match the sure ones</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="169"/>
        <source>Confirm every proposal scoring at least the score beside</source>
        <translation>Confirm every proposal scoring at least the score beside</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="171"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="172"/>
        <source>Accept the selected line&apos;s proposal as it is</source>
        <translation>Accept the selected line&apos;s proposal as it is</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="174"/>
        <source>Ignore…</source>
        <translation>Ignore…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="176"/>
        <source>Unmatch…</source>
        <translation>Unmatch…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="178"/>
        <source>Reverse a matched line&apos;s receipt (its allocations are released) and put the line back</source>
        <translation>Reverse a matched line&apos;s receipt (its allocations are released) and put the line back</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="67"/>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="193"/>
        <source>Waiting to be matched</source>
        <translation>Waiting to be matched</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="193"/>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="68"/>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="69"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="70"/>
        <source>Money out</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="265"/>
        <source>No proposal: the payer is not recognised.</source>
        <translation>No proposal: the payer is not recognised.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="289"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="295"/>
        <source>%1 was imported already: nothing added.</source>
        <translation>%1 was imported already: nothing added.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="298"/>
        <source>%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.</source>
        <translation>%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="315"/>
        <source>Matching…</source>
        <translation>Matching…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="320"/>
        <source>%1 of %2 proposals confirmed; %3 wait for review.</source>
        <translation>%1 of %2 proposals confirmed; %3 wait for review.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="326"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="340"/>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="351"/>
        <source>Line %1 is receipt %2 of %3.</source>
        <translation>Line %1 is receipt %2 of %3.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="364"/>
        <source>Unmatch the line</source>
        <translation>Unmatch the line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="364"/>
        <source>Why is the match wrong?</source>
        <translation>Why is the match wrong?</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="372"/>
        <source>Line %1 is waiting to be matched again; its receipt was reversed.</source>
        <translation>Line %1 is waiting to be matched again; its receipt was reversed.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="386"/>
        <source>Ignore the line</source>
        <translation>Ignore the line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="386"/>
        <source>Why is it not a customer payment?</source>
        <translation>Why is it not a customer payment?</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="393"/>
        <source>Line %1 ignored.</source>
        <translation>Line %1 ignored.</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="50"/>
        <source>Send e-mail reminder</source>
        <translation>Send e-mail reminder</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="51"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="52"/>
        <source>Send letter</source>
        <translation>Send letter</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="53"/>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="59"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="60"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="61"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="62"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="63"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="70"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="71"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="72"/>
        <source>Promised to pay</source>
        <translation>Promised to pay</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="73"/>
        <source>Disputes the items</source>
        <translation>Disputes the items</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="74"/>
        <source>Says it is paid</source>
        <translation>Says it is paid</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="75"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="76"/>
        <source>Wrong contact</source>
        <translation>Wrong contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="77"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="283"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="283"/>
        <source>Today&apos;s worklist by priority</source>
        <translation>Today&apos;s worklist by priority</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="284"/>
        <source>Run today&apos;s reminders</source>
        <translation>Run today&apos;s reminders</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="289"/>
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="291"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="370"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="306"/>
        <source>Nothing to chase today</source>
        <translation>Nothing to chase today</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="311"/>
        <source>Log a call…</source>
        <translation>Log a call…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="312"/>
        <source>Record a promise…</source>
        <translation>Record a promise…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="313"/>
        <source>Send the reminder…</source>
        <translation>Send the reminder…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="314"/>
        <source>Snooze…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="315"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="332"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="457"/>
        <source>Follow-up log</source>
        <translation>Follow-up log</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="337"/>
        <source>No follow-ups logged yet</source>
        <translation>No follow-ups logged yet</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="354"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="358"/>
        <source>Overdue amount × days overdue × risk weight</source>
        <translation>Overdue amount × days overdue × risk weight</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="361"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="362"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="363"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="364"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="365"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="366"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="367"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="368"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="369"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="371"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="376"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="377"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="378"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="379"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="380"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="381"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="382"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="422"/>
        <source>%1 tasks on %2, highest priority (amount × days overdue × risk) first</source>
        <translation>%1 tasks on %2, highest priority (amount × days overdue × risk) first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="461"/>
        <source>Follow-up log: %1 %2</source>
        <translation>Follow-up log: %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="476"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="505"/>
        <source>Task done</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="518"/>
        <source>Reminder run: %1 reminders, %2 promises kept, %3 broken</source>
        <translation>Reminder run: %1 reminders, %2 promises kept, %3 broken</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="535"/>
        <source>Running today&apos;s reminders…</source>
        <translation>Running today&apos;s reminders…</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="59"/>
        <source>Coming in a later release</source>
        <translation>Coming in a later release</translation>
    </message>
</context>
<context>
    <name>ComingPages</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="93"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="95"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="96"/>
        <source>Import bank statements and match the money that came in to open invoices.</source>
        <translation>Import bank statements and match the money that came in to open invoices.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="100"/>
        <source>Statements from CSV and Excel, MT940, CAMT.053 and OFX</source>
        <translation>Statements from CSV and Excel, MT940, CAMT.053 and OFX</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="103"/>
        <source>Each bank line imported once, even from overlapping files</source>
        <translation>Each bank line imported once, even from overlapping files</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="106"/>
        <source>Suggested matches by amount, payer name and invoice numbers in the memo</source>
        <translation>Suggested matches by amount, payer name and invoice numbers in the memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="115"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="117"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="118"/>
        <source>A worklist of who to chase today, and how hard.</source>
        <translation>A worklist of who to chase today, and how hard.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="120"/>
        <source>Reminder levels with letters and e-mails in the customer&apos;s language</source>
        <translation>Reminder levels with letters and e-mails in the customer&apos;s language</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="123"/>
        <source>Promises to pay, kept or broken, and follow-up dates</source>
        <translation>Promises to pay, kept or broken, and follow-up dates</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="126"/>
        <source>Credit holds and their release by an approver</source>
        <translation>Credit holds and their release by an approver</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="134"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="136"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="137"/>
        <source>Statements of account (对账单) and balance confirmations for your customers.</source>
        <translation>Statements of account (对账单) and balance confirmations for your customers.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="142"/>
        <source>Opening balance, movements and closing balance for any period</source>
        <translation>Opening balance, movements and closing balance for any period</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="145"/>
        <source>PDF and Excel, with the amount in Chinese capitals</source>
        <translation>PDF and Excel, with the amount in Chinese capitals</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="148"/>
        <source>Confirmations signed back, or the difference the customer states</source>
        <translation>Confirmations signed back, or the difference the customer states</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="156"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="158"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="159"/>
        <source>Aging, DSO and collection reports as of any date, tied to the ledger to the cent.</source>
        <translation>Aging, DSO and collection reports as of any date, tied to the ledger to the cent.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="164"/>
        <source>Aging by customer, group, salesperson or collector</source>
        <translation>Aging by customer, group, salesperson or collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="167"/>
        <source>Bad-debt provision by aging bucket</source>
        <translation>Bad-debt provision by aging bucket</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="168"/>
        <source>DSO, CEI and collection rate by month</source>
        <translation>DSO, CEI and collection rate by month</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="172"/>
        <source>Connect to team server</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="177"/>
        <source>A team book is kept on a PostgreSQL server so that several people work in it at once. The password is kept in the system keyring, never in the book or the settings.</source>
        <translation>A team book is kept on a PostgreSQL server so that several people work in it at once. The password is kept in the system keyring, never in the book or the settings.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="184"/>
        <source>e.g. acct-server or 192.168.1.20</source>
        <translation>e.g. acct-server or 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="185"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="189"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="191"/>
        <source>e.g. acctdesk</source>
        <translation>e.g. acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="192"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="194"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="199"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="207"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="208"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="213"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="248"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="267"/>
        <source>✓ Connected: an acctdesk book.</source>
        <translation>✓ Connected: an acctdesk book.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="268"/>
        <source>✓ Connected: an acctdesk book of an older version; opening it upgrades it.</source>
        <translation>✓ Connected: an acctdesk book of an older version; opening it upgrades it.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="269"/>
        <source>Connected, but the book was made by a newer acctdesk; update acctdesk first.</source>
        <translation>Connected, but the book was made by a newer acctdesk; update acctdesk first.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="270"/>
        <source>✓ Connected: the database is empty; Connect sets it up as a new team book.</source>
        <translation>✓ Connected: the database is empty; Connect sets it up as a new team book.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="271"/>
        <source>Connected, but this database holds something other than an acctdesk book.</source>
        <translation>Connected, but this database holds something other than an acctdesk book.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="289"/>
        <source>The password could not be kept in the system keyring (%1); you will be asked again.</source>
        <translation>The password could not be kept in the system keyring (%1); you will be asked again.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="297"/>
        <source>New team book</source>
        <translation>New team book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="299"/>
        <source>Set up a new, empty acctdesk book in the database %1? You become its administrator.</source>
        <translation>Set up a new, empty acctdesk book in the database %1? You become its administrator.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="308"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
</context>
<context>
    <name>CreditView</name>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="207"/>
        <source>customer code</source>
        <translation>customer code</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="212"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="214"/>
        <source>Rate now</source>
        <translation>Rate now</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="215"/>
        <source>Compute the rating as of the date and keep it in the history</source>
        <translation>Compute the rating as of the date and keep it in the history</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="217"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="249"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="219"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="298"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="226"/>
        <source>Exposure and limit</source>
        <translation>Exposure and limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="250"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="251"/>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="252"/>
        <source>Contracts not yet invoiced</source>
        <translation>Contracts not yet invoiced</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="253"/>
        <source>Factored without recourse</source>
        <translation>Factored without recourse</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="254"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="255"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="74"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="256"/>
        <source>Limit used</source>
        <translation>Limit used</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="58"/>
        <source>Average days late</source>
        <translation>Average days late</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="59"/>
        <source>Paid on time</source>
        <translation>Paid on time</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="60"/>
        <source>Worst overdue</source>
        <translation>Worst overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="61"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="73"/>
        <source>Overdue share</source>
        <translation>Overdue share</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="62"/>
        <source>Broken promises</source>
        <translation>Broken promises</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="63"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="64"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="65"/>
        <source>Business status</source>
        <translation>Business status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="66"/>
        <source>Industry risk</source>
        <translation>Industry risk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="72"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="75"/>
        <source>Item overdue</source>
        <translation>Item overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="76"/>
        <source>Broken promise</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="77"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="78"/>
        <source>Credit hold</source>
        <translation>Credit hold</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="84"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="85"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="86"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="92"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="93"/>
        <source>watch</source>
        <translation>watch</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="94"/>
        <source>distressed</source>
        <translation>distressed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="95"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="96"/>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="97"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="105"/>
        <source>exposure over the limit</source>
        <translation>exposure over the limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="106"/>
        <source>an item more than %1 days overdue</source>
        <translation>an item more than %1 days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="107"/>
        <source>a promise broken in the last %1 days</source>
        <translation>a promise broken in the last %1 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="108"/>
        <source>grade %1 or worse</source>
        <translation>grade %1 or worse</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="111"/>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="112"/>
        <source>block</source>
        <translation>block</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="113"/>
        <source>credit hold</source>
        <translation>credit hold</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="122"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="123"/>
        <source>the book&apos;s</source>
        <translation>the book&apos;s</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="124"/>
        <source>grade %1</source>
        <translation>grade %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="125"/>
        <source>customer %1&apos;s own</source>
        <translation>customer %1&apos;s own</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="135"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="142"/>
        <source>no payments</source>
        <translation>no payments</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="137"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="147"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="156"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="160"/>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="257"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="258"/>
        <source>Insured</source>
        <translation>Insured</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="259"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="263"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="271"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="271"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="271"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="286"/>
        <source>Rating history</source>
        <translation>Rating history</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="302"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="318"/>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="331"/>
        <source>what was done about it</source>
        <translation>what was done about it</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="332"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="358"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="524"/>
        <source>Type a customer code.</source>
        <translation>Type a customer code.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="384"/>
        <source>%1 — new invoices are refused</source>
        <translation>%1 — new invoices are refused</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="395"/>
        <source>%1 (temporary until %2; standing %3)</source>
        <translation>%1 (temporary until %2; standing %3)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="402"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="407"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="414"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="409"/>
        <source>%1 (exposure net of it %2)</source>
        <translation>%1 (exposure net of it %2)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="416"/>
        <source>%1: exposure %2 of limit %3 (%4)</source>
        <translation>%1: exposure %2 of limit %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="430"/>
        <source>Grade %1 · score %2</source>
        <translation>Grade %1 · score %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="435"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="443"/>
        <source>Recommended for grade %1: term %2 (now %3), limit %4 (now %5)</source>
        <translation>Recommended for grade %1: term %2 (now %3), limit %4 (now %5)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="455"/>
        <source>Policy (%1): %2</source>
        <translation>Policy (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="475"/>
        <source>Grades: %1</source>
        <translation>Grades: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="477"/>
        <source>No rating recorded yet: use Rate now, or the monthly run.</source>
        <translation>No rating recorded yet: use Rate now, or the monthly run.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="491"/>
        <source>%1 (cleared %2)</source>
        <translation>%1 (cleared %2)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="518"/>
        <source>Alert acknowledged.</source>
        <translation>Alert acknowledged.</translation>
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
        <location filename="../../src/acctdesk/ui/customers.py" line="355"/>
        <source>← All customers</source>
        <translation>← All customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="357"/>
        <source>New invoice…</source>
        <translation>New invoice…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="359"/>
        <source>New receipt…</source>
        <translation>New receipt…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="361"/>
        <source>Credit…</source>
        <translation>Credit…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="375"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="494"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="376"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="377"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="378"/>
        <source>Credit use</source>
        <translation>Credit use</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="379"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="380"/>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="381"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="382"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="383"/>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="384"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="412"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="431"/>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="415"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln open item</numerusform>
            <numerusform>%Ln open items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="426"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="429"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="432"/>
        <source>Document history</source>
        <translation>Document history</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="495"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="470"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="473"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="478"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="481"/>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="485"/>
        <source>A reversal entry (冲销) taking back an earlier document</source>
        <translation>A reversal entry (冲销) taking back an earlier document</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="487"/>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="490"/>
        <source>Paid or credited</source>
        <translation>Paid or credited</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="496"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="173"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="186"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="174"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="175"/>
        <source>Customers from an Excel or CSV sheet</source>
        <translation>Customers from an Excel or CSV sheet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="189"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="191"/>
        <source>Search code, name, alias or pinyin initials (e.g. hxkj)</source>
        <translation>Search code, name, alias or pinyin initials (e.g. hxkj)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="193"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="194"/>
        <source>All collectors</source>
        <translation>All collectors</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="195"/>
        <source>All currencies</source>
        <translation>All currencies</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="196"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="224"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="225"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="226"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="227"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="230"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="235"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="236"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="239"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="247"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="251"/>
        <source>Days since the oldest overdue item fell due</source>
        <translation>Days since the oldest overdue item fell due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="255"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="262"/>
        <source>Credit use</source>
        <translation>Credit use</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="267"/>
        <source>Balance as a share of the credit limit</source>
        <translation>Balance as a share of the credit limit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="269"/>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="272"/>
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
        <location filename="../../src/acctdesk/ui/dashboard.py" line="150"/>
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
        <location filename="../../src/acctdesk/ui/dashboard.py" line="148"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="149"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="151"/>
        <source>Oldest, days</source>
        <translation>Oldest, days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="152"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="207"/>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="210"/>
        <source>No postings yet</source>
        <translation>No postings yet</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="216"/>
        <source>Unapplied cash and credit %1</source>
        <translation>Unapplied cash and credit %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="221"/>
        <source>%1 of receivables</source>
        <translation>%1 of receivables</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="226"/>
        <source>%1, up to %2</source>
        <translation>%1, up to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="229"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="233"/>
        <source>Credit sales %1</source>
        <translation>Credit sales %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="240"/>
        <source>Unapplied cash and credit (not in the bars): %1</source>
        <translation>Unapplied cash and credit (not in the bars): %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="266"/>
        <source>10k</source>
        <translation>10k</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="266"/>
        <source>thousand</source>
        <translation>thousand</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="285"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="29"/>
        <source>Nothing to show</source>
        <translation>Nothing to show</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="110"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="120"/>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="227"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="229"/>
        <source>Copy with headers</source>
        <translation>Copy with headers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="232"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/models/paged.py" line="391"/>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="245"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="134"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="135"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="136"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="137"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="138"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="139"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="155"/>
        <source>Log a follow-up with %1</source>
        <translation>Log a follow-up with %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="158"/>
        <source>Whom you spoke to</source>
        <translation>Whom you spoke to</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="160"/>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="163"/>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="172"/>
        <source>This does the task</source>
        <translation>This does the task</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="177"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="178"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="179"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="180"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="181"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="101"/>
        <source>New invoice</source>
        <translation>New invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="113"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="116"/>
        <source>The invoice (fapiao) number</source>
        <translation>The invoice (fapiao) number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="117"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="120"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="131"/>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="216"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="135"/>
        <source>e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30</source>
        <translation>e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="136"/>
        <source>A payment term&apos;s name or its shorthand (see docs/terms.md)</source>
        <translation>A payment term&apos;s name or its shorthand (see docs/terms.md)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="137"/>
        <source>Payment term</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="141"/>
        <source>Fixed due date instead of the term</source>
        <translation>Fixed due date instead of the term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="152"/>
        <source>Optional: contract, order or goods</source>
        <translation>Optional: contract, order or goods</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="153"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="156"/>
        <source>Installments this term makes</source>
        <translation>Installments this term makes</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="162"/>
        <source>Enter a payment term to see its installments</source>
        <translation>Enter a payment term to see its installments</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="169"/>
        <source>Post invoice</source>
        <translation>Post invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="203"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="204"/>
        <source>Term line</source>
        <translation>Term line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="207"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="211"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="218"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="219"/>
        <source>Discount until</source>
        <translation>Discount until</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="271"/>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="273"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>Unknown customer: pick one from the list</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="275"/>
        <source>Loading the customers…</source>
        <translation>Loading the customers…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="277"/>
        <source>Enter the invoice number</source>
        <translation>Enter the invoice number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="284"/>
        <source>The due date is before the invoice date</source>
        <translation>The due date is before the invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="286"/>
        <source>Enter a payment term or a fixed due date</source>
        <translation>Enter a payment term or a fixed due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="291"/>
        <source>Payment term not understood: %1</source>
        <translation>Payment term not understood: %1</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="49"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="65"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="82"/>
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
        <location filename="../../src/acctdesk/ui/invoices.py" line="68"/>
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
        <location filename="../../src/acctdesk/ui/invoices.py" line="73"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="94"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="117"/>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/invoices.py" line="97"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln open item</numerusform>
            <numerusform>%Ln open items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="105"/>
        <source>Search invoice number or customer</source>
        <translation>Search invoice number or customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="106"/>
        <source>All open items</source>
        <translation>All open items</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="101"/>
        <source>Show all ages</source>
        <translation>Show all ages</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="124"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="125"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="126"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="129"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="136"/>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="140"/>
        <source>The earliest due date still open</source>
        <translation>The earliest due date still open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="142"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="143"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="144"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="145"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="148"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="161"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="162"/>
        <source>Reversal reason</source>
        <translation>Reversal reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="174"/>
        <source>Over %1 days overdue</source>
        <translation>Over %1 days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="177"/>
        <source>%1–%2 days overdue</source>
        <translation>%1–%2 days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="193"/>
        <source>— open %1</source>
        <translation>— open %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="226"/>
        <source>Open customer %1</source>
        <translation>Open customer %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="229"/>
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
    <name>LazyPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/lazy_page.py" line="54"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation>This screen could not be opened; the log says why.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="99"/>
        <source>Portion</source>
        <translation>Portion</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="100"/>
        <source>Percent or amount</source>
        <translation>Percent or amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="101"/>
        <source>Due basis</source>
        <translation>Due basis</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="102"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="103"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="104"/>
        <source>Cutoff</source>
        <translation>Cutoff</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="105"/>
        <source>+ Months</source>
        <translation>+ Months</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="106"/>
        <source>+ Days</source>
        <translation>+ Days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="107"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="108"/>
        <source>within days</source>
        <translation>within days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="109"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="132"/>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="133"/>
        <source>Fixed amount</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="134"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="150"/>
        <source>Held back as a warranty retention (质保金)</source>
        <translation>Held back as a warranty retention (质保金)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="223"/>
        <source>e.g. 试运行</source>
        <translation>e.g. 试运行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="342"/>
        <source>Enter the percent, e.g. 30</source>
        <translation>Enter the percent, e.g. 30</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="344"/>
        <source>Enter the amount, e.g. 5,000.00</source>
        <translation>Enter the amount, e.g. 5,000.00</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="345"/>
        <source>Enter the discount percent, e.g. 2</source>
        <translation>Enter the discount percent, e.g. 2</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="470"/>
        <source>All currencies</source>
        <translation>All currencies</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="356"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="401"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="401"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="411"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="429"/>
        <source>Exported %1 rows to %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="437"/>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="90"/>
        <source>Log in to acctdesk</source>
        <translation>Log in to acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="96"/>
        <location filename="../../src/acctdesk/ui/login.py" line="123"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="103"/>
        <source>The book %1 has passwords. Enter your user name and password.</source>
        <translation>The book %1 has passwords. Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="113"/>
        <source>Your user name in this book</source>
        <translation>Your user name in this book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="114"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="117"/>
        <source>Leave empty if you have none</source>
        <translation>Leave empty if you have none</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="118"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="143"/>
        <source>Enter your user name</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="165"/>
        <source>There is no user %1 in this book</source>
        <translation>There is no user %1 in this book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="166"/>
        <source>The user %1 is disabled; ask an administrator</source>
        <translation>The user %1 is disabled; ask an administrator</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="167"/>
        <source>Wrong password for %1</source>
        <translation>Wrong password for %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="181"/>
        <source>Not logged in: %1</source>
        <translation>Not logged in: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="81"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="212"/>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="180"/>
        <source>acctdesk — %1</source>
        <translation>acctdesk — %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="207"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="208"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="209"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="210"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="211"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="213"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="214"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="246"/>
        <source>Coming in a later release</source>
        <translation>Coming in a later release</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="279"/>
        <source>Book: %1</source>
        <translation>Book: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="281"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="301"/>
        <source>Every list and figure is as it stood at the end of this day</source>
        <translation>Every list and figure is as it stood at the end of this day</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="317"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="313"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="106"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="215"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="107"/>
        <source>Exposure against the credit limit, rating, history and risk alerts of a customer</source>
        <translation>Exposure against the credit limit, rating, history and risk alerts of a customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="160"/>
        <source>%1 (team server, user %2)</source>
        <translation>%1 (team server, user %2)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="216"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="285"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="287"/>
        <source>A team book on PostgreSQL, connected as %1</source>
        <translation>A team book on PostgreSQL, connected as %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="297"/>
        <source>Requests waiting for your decision</source>
        <translation>Requests waiting for your decision</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="327"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="329"/>
        <source>&amp;New book…</source>
        <translation>&amp;New book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="332"/>
        <source>&amp;Open book…</source>
        <translation>&amp;Open book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="334"/>
        <source>&amp;Connect to team server…</source>
        <translation>&amp;Connect to team server…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="335"/>
        <source>Recent books</source>
        <translation>Recent books</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="338"/>
        <source>New &amp;demo book</source>
        <translation>New &amp;demo book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="340"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="344"/>
        <source>Back up a team book with the database server&apos;s tools (pg_dump)</source>
        <translation>Back up a team book with the database server&apos;s tools (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="348"/>
        <source>A consistent copy into the backups folder beside the book</source>
        <translation>A consistent copy into the backups folder beside the book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="351"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="356"/>
        <source>Restore a team book with the database server&apos;s tools (pg_restore)</source>
        <translation>Restore a team book with the database server&apos;s tools (pg_restore)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="360"/>
        <source>Replace this book with a backup, after checking the file; the book is copied first</source>
        <translation>Replace this book with a backup, after checking the file; the book is copied first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="365"/>
        <source>&amp;Import master data…</source>
        <translation>&amp;Import master data…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="368"/>
        <source>Customers, invoices, opening balances or receipts from an Excel or CSV sheet</source>
        <translation>Customers, invoices, opening balances or receipts from an Excel or CSV sheet</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="371"/>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="373"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="375"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="376"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="377"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="379"/>
        <source>New &amp;invoice…</source>
        <translation>New &amp;invoice…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="380"/>
        <source>New &amp;receipt…</source>
        <translation>New &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="382"/>
        <source>&amp;Approvals…</source>
        <translation>&amp;Approvals…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="384"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="391"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="392"/>
        <source>Show &amp;navigation</source>
        <translation>Show &amp;navigation</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="397"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="398"/>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="400"/>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="401"/>
        <source>&amp;Payment terms…</source>
        <translation>&amp;Payment terms…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="403"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="404"/>
        <source>&amp;About acctdesk</source>
        <translation>&amp;About acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="422"/>
        <source>No recent books</source>
        <translation>No recent books</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="506"/>
        <source>Invoice %1 posted</source>
        <translation>Invoice %1 posted</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="516"/>
        <source>Receipt %1 posted</source>
        <translation>Receipt %1 posted</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="528"/>
        <source>Receipt %1 allocated</source>
        <translation>Receipt %1 allocated</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="538"/>
        <source>%1 reversed</source>
        <translation>%1 reversed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="563"/>
        <source>%1 imported: %2 added, %3 already in the book</source>
        <translation>%1 imported: %2 added, %3 already in the book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="588"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="593"/>
        <source>%Ln request(s) to approve</source>
        <translation>
            <numerusform>%Ln request to approve</numerusform>
            <numerusform>%Ln requests to approve</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="607"/>
        <source>Backed up automatically to %1</source>
        <translation>Backed up automatically to %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="624"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="626"/>
        <source>acctdesk books (*.sqlite *.db);;All files (*)</source>
        <translation>acctdesk books (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="641"/>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="651"/>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="654"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="704"/>
        <source>Backing up the book…</source>
        <translation>Backing up the book…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="660"/>
        <source>About acctdesk</source>
        <translation>About acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="662"/>
        <source>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;Receivables, aging, credit control and collections for small finance teams that sell on credit terms.&lt;/p&gt;&lt;p&gt;Your books stay on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;Receivables, aging, credit control and collections for small finance teams that sell on credit terms.&lt;/p&gt;&lt;p&gt;Your books stay on your computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="696"/>
        <source>Window and column layout reset</source>
        <translation>Window and column layout reset</translation>
    </message>
</context>
<context>
    <name>MasterImportDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="68"/>
        <source>Import master data</source>
        <translation>Import master data</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="73"/>
        <source>Customers, invoices, opening balances or receipts from an Excel workbook or a CSV file. Check reads every row and writes nothing; Import adds the rows not in the book yet. A file with any bad row imports nothing.</source>
        <translation>Customers, invoices, opening balances or receipts from an Excel workbook or a CSV file. Check reads every row and writes nothing; Import adds the rows not in the book yet. A file with any bad row imports nothing.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="83"/>
        <source>Download template…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="84"/>
        <source>An empty sheet with the right columns, to fill in</source>
        <translation>An empty sheet with the right columns, to fill in</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="90"/>
        <source>What to import:</source>
        <translation>What to import:</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="94"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="97"/>
        <source>An .xlsx, .xls or .csv file</source>
        <translation>An .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="99"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="104"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="125"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="127"/>
        <source>Read every row and say what would be added; nothing is written</source>
        <translation>Read every row and say what would be added; nothing is written</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="131"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="133"/>
        <source>Add the rows not in the book yet; a file with bad rows adds nothing</source>
        <translation>Add the rows not in the book yet; a file with bad rows adds nothing</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="136"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="150"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="151"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="152"/>
        <source>Opening balances</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="153"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="177"/>
        <source>%1 (* must be filled in; Chinese or English names, in any order)</source>
        <translation>%1 (* must be filled in; Chinese or English names, in any order)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="198"/>
        <source>Choose a sheet to import</source>
        <translation>Choose a sheet to import</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="200"/>
        <source>Sheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Sheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="211"/>
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="228"/>
        <source>Template saved to %1. Fill it in, save it, then press Check.</source>
        <translation>Template saved to %1. Fill it in, save it, then press Check.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="252"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="252"/>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="269"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="260"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="313"/>
        <source>%1: rows read %2; would be added %3; already in the book %4.</source>
        <translation>%1: rows read %2; would be added %3; already in the book %4.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="315"/>
        <source>%1: rows read %2; added %3; already in the book %4.</source>
        <translation>%1: rows read %2; added %3; already in the book %4.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="325"/>
        <source>Amounts that would be added: %1</source>
        <translation>Amounts that would be added: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="325"/>
        <source>Amounts added: %1</source>
        <translation>Amounts added: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="330"/>
        <source>Checked only: nothing was written. Press Import to add the rows.</source>
        <translation>Checked only: nothing was written. Press Import to add the rows.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="332"/>
        <source>Checked only: there is nothing new to add.</source>
        <translation>Checked only: there is nothing new to add.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="335"/>
        <source>Nothing new: every row is in the book already.</source>
        <translation>Nothing new: every row is in the book already.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="343"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="352"/>
        <source>Nothing was imported: %1 problem(s) found, listed below. Correct the file and check it again.</source>
        <translation>Nothing was imported: %1 problem(s) found, listed below. Correct the file and check it again.</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="60"/>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="120"/>
        <source>Choose a line of money in to match it.</source>
        <translation>Choose a line of money in to match it.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="69"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="84"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="85"/>
        <source>Apply the line to the oldest due items first</source>
        <translation>Apply the line to the oldest due items first</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="86"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="87"/>
        <source>Reject proposal</source>
        <translation>Reject proposal</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="88"/>
        <source>Forget the proposed customer and amounts and choose by hand</source>
        <translation>Forget the proposed customer and amounts and choose by hand</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="89"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="91"/>
        <source>Post the line as the customer&apos;s receipt, applied as shown; the rest stays unapplied</source>
        <translation>Post the line as the customer&apos;s receipt, applied as shown; the rest stays unapplied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="129"/>
        <source>%1 from %2: %3</source>
        <translation>%1 from %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="131"/>
        <source>(no payer)</source>
        <translation>(no payer)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="137"/>
        <source>Proposed: %1 %2, score %3</source>
        <translation>Proposed: %1 %2, score %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="143"/>
        <source>No proposal: choose the customer who paid.</source>
        <translation>No proposal: choose the customer who paid.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="194"/>
        <source>This customer has nothing open in this currency.</source>
        <translation>This customer has nothing open in this currency.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="209"/>
        <source>Proposal rejected: choose the customer who paid.</source>
        <translation>Proposal rejected: choose the customer who paid.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="229"/>
        <source>Applying %1; unapplied %2</source>
        <translation>Applying %1; unapplied %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="226"/>
        <source>More than the line brought in</source>
        <translation>More than the line brought in</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="73"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="80"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="89"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="95"/>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="99"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="106"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="110"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="119"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="126"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="133"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="140"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="146"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../src/acctdesk/ui/collections_view.py" line="202"/>
        <source>Record a promise to pay from %1</source>
        <translation>Record a promise to pay from %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="208"/>
        <source>INV-1, INV-2/2 — empty: the whole account</source>
        <translation>INV-1, INV-2/2 — empty: the whole account</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="209"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="210"/>
        <source>Promised date</source>
        <translation>Promised date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="211"/>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="217"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; is not an amount</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="31"/>
        <source>New receipt</source>
        <translation>New receipt</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="40"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="50"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="52"/>
        <source>Receipt date</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="54"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="57"/>
        <source>Bill matures on</source>
        <translation>Bill matures on</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="59"/>
        <source>Bank reference or bill number</source>
        <translation>Bank reference or bill number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="60"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="62"/>
        <source>Who paid, if not the customer itself</source>
        <translation>Who paid, if not the customer itself</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="63"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="65"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="67"/>
        <source>Leave empty for the next RC number</source>
        <translation>Leave empty for the next RC number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="68"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="70"/>
        <source>Allocate to open invoices after posting</source>
        <translation>Allocate to open invoices after posting</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="76"/>
        <source>Post receipt</source>
        <translation>Post receipt</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="123"/>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="125"/>
        <source>Loading the customers…</source>
        <translation>Loading the customers…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="127"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>Unknown customer: pick one from the list</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="134"/>
        <source>A bill cannot mature before it was received</source>
        <translation>A bill cannot mature before it was received</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="41"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="55"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="42"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="150"/>
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
        <location filename="../../src/acctdesk/ui/receipts.py" line="58"/>
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
        <location filename="../../src/acctdesk/ui/receipts.py" line="63"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="78"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="80"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="82"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="83"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="86"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="92"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="93"/>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="94"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="95"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="96"/>
        <source>Unapplied</source>
        <translation>Unapplied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="97"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="106"/>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="107"/>
        <source>Reversal reason</source>
        <translation>Reversal reason</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="153"/>
        <source>Open customer %1</source>
        <translation>Open customer %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="155"/>
        <source>Reverse receipt…</source>
        <translation>Reverse receipt…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="187"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="190"/>
        <source>By due date</source>
        <translation>By due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="191"/>
        <source>By invoice date</source>
        <translation>By invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="195"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="442"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="469"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="196"/>
        <source>Key-account group</source>
        <translation>Key-account group</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="197"/>
        <source>Salesperson</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="198"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="199"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="218"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="404"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="453"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="476"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="203"/>
        <source>Amounts in different currencies are never added together</source>
        <translation>Amounts in different currencies are never added together</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="205"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="212"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="210"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="210"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="303"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="303"/>
        <source>AR at the end ÷ credit sales of the month × days</source>
        <translation>AR at the end ÷ credit sales of the month × days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="305"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="306"/>
        <source>Collected ÷ (AR at the start + credit sales − current AR at the end) × 100</source>
        <translation>Collected ÷ (AR at the start + credit sales − current AR at the end) × 100</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="309"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="309"/>
        <source>Overdue open items ÷ open items</source>
        <translation>Overdue open items ÷ open items</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="310"/>
        <source>Bad-debt rate</source>
        <translation>Bad-debt rate</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="310"/>
        <source>Written off ÷ credit sales of the month</source>
        <translation>Written off ÷ credit sales of the month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="312"/>
        <source>Collection rate</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="313"/>
        <source>Collected of what fell due in the month ÷ what fell due</source>
        <translation>Collected of what fell due in the month ÷ what fell due</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="317"/>
        <source>Share of the receivables owed by the 10 largest customers</source>
        <translation>Share of the receivables owed by the 10 largest customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="236"/>
        <source>Double-click an amount to list the items behind it</source>
        <translation>Double-click an amount to list the items behind it</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="173"/>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="174"/>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="175"/>
        <source>Bad-debt provision</source>
        <translation>Bad-debt provision</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="176"/>
        <source>Cash forecast</source>
        <translation>Cash forecast</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="192"/>
        <source>Age the items by days overdue, or by days since the invoice</source>
        <translation>Age the items by days overdue, or by days since the invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="207"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="208"/>
        <source>Save the report on this tab as a formatted Excel workbook</source>
        <translation>Save the report on this tab as a formatted Excel workbook</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="251"/>
        <source>Double-click an aging amount to see its items</source>
        <translation>Double-click an aging amount to see its items</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="284"/>
        <source>Trend of</source>
        <translation>Trend of</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="308"/>
        <source>Days delinquent</source>
        <translation>Days delinquent</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="308"/>
        <source>Average days delinquent: DSO − best possible DSO</source>
        <translation>Average days delinquent: DSO − best possible DSO</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="316"/>
        <source>Top-10 share</source>
        <translation>Top-10 share</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="350"/>
        <source>Open items spread over the coming weeks by how late each customer has paid over the last 12 months; items awaiting an event or in dispute are shown apart.</source>
        <translation>Open items spread over the coming weeks by how late each customer has paid over the last 12 months; items awaiting an event or in dispute are shown apart.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="395"/>
        <source>10k</source>
        <translation>10k</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="395"/>
        <source>thousand</source>
        <translation>thousand</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="396"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="403"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="472"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="428"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="733"/>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="431"/>
        <source>Unapplied</source>
        <translation>Unapplied</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="434"/>
        <source>Unapplied receipts and credit notes</source>
        <translation>Unapplied receipts and credit notes</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="436"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="473"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="988"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="443"/>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="444"/>
        <source>Invoice date</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="445"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="446"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="447"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="452"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="477"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="486"/>
        <source>Open items of this age, provided for at %1</source>
        <translation>Open items of this age, provided for at %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="492"/>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="493"/>
        <source>Provision</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="494"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="497"/>
        <source>Charge (release)</source>
        <translation>Charge (release)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="501"/>
        <source>Provision − previous month: charged to the period, or released when negative</source>
        <translation>Provision − previous month: charged to the period, or released when negative</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="509"/>
        <source>Over %1 years</source>
        <translation>Over %1 years</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/reports_view.py" line="511"/>
        <source>Within %n year(s)</source>
        <translation>
            <numerusform>Within %n year</numerusform>
            <numerusform>Within %n years</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="512"/>
        <source>%1–%2 years</source>
        <translation>%1–%2 years</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="516"/>
        <source>Age rates</source>
        <translation>Age rates</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="516"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="520"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="521"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="522"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="532"/>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="533"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="534"/>
        <source>No date to expect (later than any past payment)</source>
        <translation>No date to expect (later than any past payment)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="535"/>
        <source>Awaiting an event (delivery, acceptance…)</source>
        <translation>Awaiting an event (delivery, acceptance…)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="536"/>
        <source>In dispute</source>
        <translation>In dispute</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="589"/>
        <source>Checking the aging against the ledger and the statements…</source>
        <translation>Checking the aging against the ledger and the statements…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="649"/>
        <source>%1: aging = ledger = statements = %2 ✓</source>
        <translation>%1: aging = ledger = statements = %2 ✓</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="656"/>
        <source>%1: aging %2, ledger %3, statements %4 — differences %5 and %6 ✗</source>
        <translation>%1: aging %2, ledger %3, statements %4 — differences %5 and %6 ✗</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="664"/>
        <source>No receivables on this date</source>
        <translation>No receivables on this date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="680"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="683"/>
        <source>Provision as of %1 by the age of the open items since their invoice dates — %2. Customers with an individual provision use their own rate or amount. Previous month&apos;s run: %3. A preview: the month-end run is recorded with acctdesk provision run.</source>
        <translation>Provision as of %1 by the age of the open items since their invoice dates — %2. Customers with an individual provision use their own rate or amount. Previous month&apos;s run: %3. A preview: the month-end run is recorded with acctdesk provision run.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="723"/>
        <source>No receivables in this currency</source>
        <translation>No receivables in this currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="769"/>
        <source>Aging of the %1 largest balances, %2</source>
        <translation>Aging of the %1 largest balances, %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="798"/>
        <source>not defined this month</source>
        <translation>not defined this month</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="800"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="812"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="852"/>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="859"/>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="875"/>
        <source>No open items in this currency</source>
        <translation>No open items in this currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="888"/>
        <source>Week ending</source>
        <translation>Week ending</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="903"/>
        <source>Receipts expected per week, %1 (total %2)</source>
        <translation>Receipts expected per week, %1 (total %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/reports_view.py" line="944"/>
        <source>%1 (%2), %3: %Ln item(s), %4</source>
        <translation>
            <numerusform>%1 (%2), %3: %Ln item, %4</numerusform>
            <numerusform>%1 (%2), %3: %Ln items, %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="965"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="965"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="979"/>
        <source>Exporting to Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="1024"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
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
    <name>Roles</name>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="64"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="65"/>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="66"/>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="67"/>
        <source>Credit manager</source>
        <translation>Credit manager</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="68"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>RowErrorTable</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="257"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="257"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="257"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SendReminderDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="250"/>
        <source>Send reminder %1</source>
        <translation>Send reminder %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="253"/>
        <source>The customer&apos;s dunning contact</source>
        <translation>The customer&apos;s dunning contact</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="254"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="255"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="188"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="196"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="197"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="198"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="213"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="257"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="215"/>
        <source>Numbers, dates and amounts follow the language. A new language applies after a restart.</source>
        <translation>Numbers, dates and amounts follow the language. A new language applies after a restart.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="222"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="223"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="224"/>
        <source>Base currency</source>
        <translation>Base currency</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="226"/>
        <source>Locked up to</source>
        <translation>Locked up to</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="229"/>
        <source>Not locked</source>
        <translation>Not locked</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="231"/>
        <source>Business calendar</source>
        <translation>Business calendar</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="232"/>
        <source>Acting user</source>
        <translation>Acting user</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="240"/>
        <source>Reset window and column layout</source>
        <translation>Reset window and column layout</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="258"/>
        <source>acctdesk will use %1 the next time it starts.</source>
        <translation>acctdesk will use %1 the next time it starts.</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="233"/>
        <source>Snooze the task for %1</source>
        <translation>Snooze the task for %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="236"/>
        <source>Why (the customer asked to be called back, …)</source>
        <translation>Why (the customer asked to be called back, …)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="237"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="238"/>
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
<context>
    <name>TermEditor</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="55"/>
        <source>Invoice date (N)</source>
        <translation>Invoice date (N)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="56"/>
        <source>Invoice received (RCV, 票到)</source>
        <translation>Invoice received (RCV, 票到)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="57"/>
        <source>End of invoice month (EOM, 月结)</source>
        <translation>End of invoice month (EOM, 月结)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="58"/>
        <source>End of next month (EONM)</source>
        <translation>End of next month (EONM)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="59"/>
        <source>Fixed day of next month (DAY)</source>
        <translation>Fixed day of next month (DAY)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="60"/>
        <source>Contract signing (SIGN)</source>
        <translation>Contract signing (SIGN)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="61"/>
        <source>Delivery (DELIVERY)</source>
        <translation>Delivery (DELIVERY)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="62"/>
        <source>Acceptance (ACCEPT)</source>
        <translation>Acceptance (ACCEPT)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="63"/>
        <source>Milestone (@name)</source>
        <translation>Milestone (@name)</translation>
    </message>
</context>
<context>
    <name>TermEditorDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="373"/>
        <source>New payment term</source>
        <translation>New payment term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="375"/>
        <source>Payment term %1</source>
        <translation>Payment term %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="387"/>
        <source>e.g. 月结30天, 质保合同</source>
        <translation>e.g. 月结30天, 质保合同</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="389"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="392"/>
        <source>e.g. EOM+30, 月结30天, 30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M</source>
        <translation>e.g. EOM+30, 月结30天, 30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="394"/>
        <source>The shorthand of docs/terms.md; Chinese and English words alike</source>
        <translation>The shorthand of docs/terms.md; Chinese and English words alike</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="400"/>
        <source>Shorthand</source>
        <translation>Shorthand</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="405"/>
        <source>Lines (one installment each)</source>
        <translation>Lines (one installment each)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="407"/>
        <source>Add line</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="408"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="409"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="410"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="423"/>
        <source>Preview for an invoice dated</source>
        <translation>Preview for an invoice dated</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="426"/>
        <source>of</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="433"/>
        <source>Due dates follow the book&apos;s calendar: %1</source>
        <translation>Due dates follow the book&apos;s calendar: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="447"/>
        <source>The installments appear here once the term reads</source>
        <translation>The installments appear here once the term reads</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="456"/>
        <source>Save term</source>
        <translation>Save term</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="460"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="489"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="490"/>
        <source>Term line</source>
        <translation>Term line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="493"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="497"/>
        <source>awaiting %1</source>
        <translation>awaiting %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="501"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="503"/>
        <source>Discount until</source>
        <translation>Discount until</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="507"/>
        <source>Pay within the discount</source>
        <translation>Pay within the discount</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="512"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="546"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="550"/>
        <source>Add at least one line</source>
        <translation>Add at least one line</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="579"/>
        <source>Not a valid term: %1</source>
        <translation>Not a valid term: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="581"/>
        <source>Saved as: %1</source>
        <translation>Saved as: %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="631"/>
        <source>Give the term a name, such as 月结30天</source>
        <translation>Give the term a name, such as 月结30天</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="673"/>
        <source>Named payment terms for customers and invoices. Changing a term affects only invoices posted afterwards: a posted invoice keeps its own term and due dates.</source>
        <translation>Named payment terms for customers and invoices. Changing a term affects only invoices posted afterwards: a posted invoice keeps its own term and due dates.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="668"/>
        <source>New term…</source>
        <translation>New term…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="669"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="681"/>
        <source>No named terms yet: New term… adds one</source>
        <translation>No named terms yet: New term… adds one</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="690"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="691"/>
        <source>Installments</source>
        <translation>Installments</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="694"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="698"/>
        <source>Customers with this term as their default</source>
        <translation>Customers with this term as their default</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="700"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="48"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="48"/>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="57"/>
        <source>Log-in name, e.g. wang</source>
        <translation>Log-in name, e.g. wang</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="58"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="60"/>
        <source>Optional: full name, e.g. 王芳</source>
        <translation>Optional: full name, e.g. 王芳</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="62"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="67"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="68"/>
        <source>Active (may log in and work)</source>
        <translation>Active (may log in and work)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="76"/>
        <source>At least 8 characters; empty: no password</source>
        <translation>At least 8 characters; empty: no password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="78"/>
        <source>Empty: keep the password as it is</source>
        <translation>Empty: keep the password as it is</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="81"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="81"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="86"/>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="90"/>
        <source>Once any user has a password, everyone logs in when the book opens. Only administrators manage users.</source>
        <translation>Once any user has a password, everyone logs in when the book opens. Only administrators manage users.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="100"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="100"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="104"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="128"/>
        <source>Enter a user name</source>
        <translation>Enter a user name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="131"/>
        <source>A password needs at least 8 characters</source>
        <translation>A password needs at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="133"/>
        <source>The two passwords differ</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="205"/>
        <source>Each person works under their own name and role; the audit log records who did what. Roles: administrators do everything, accountants post and allocate, collectors chase, credit managers set limits and approve, auditors only read.</source>
        <translation>Each person works under their own name and role; the audit log records who did what. Roles: administrators do everything, accountants post and allocate, collectors chase, credit managers set limits and approve, auditors only read.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="198"/>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="199"/>
        <source>Change role or password…</source>
        <translation>Change role or password…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="200"/>
        <location filename="../../src/acctdesk/ui/users_page.py" line="278"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="224"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="225"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="226"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="229"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="230"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="230"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="233"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="278"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
</context>
</TS>
