<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="119"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="123"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="228"/>
        <source>Allocate receipt %1</source>
        <translation>核销收款 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="231"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="235"/>
        <source>Allocation date</source>
        <translation>核销日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="239"/>
        <source>Suggest oldest first</source>
        <translation>按到期先后自动分配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="240"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="260"/>
        <source>Allocate</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="264"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="301"/>
        <source>Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.</source>
        <translation>收款 %1，付款客户 %2（%3），收款日期 %4，金额 %5，其中待核销 %6。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="331"/>
        <source>This receipt is reversed; it cannot be allocated.</source>
        <translation>该收款已冲销，不能再核销。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="347"/>
        <source>Allocating now: %1</source>
        <translation>本次核销：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="351"/>
        <source>Unapplied remainder: %1</source>
        <translation>剩余未核销：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="344"/>
        <source>More than the receipt has left to allocate</source>
        <translation>超过了该收款的待核销金额</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="61"/>
        <source>Not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="63"/>
        <source>Must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="65"/>
        <source>More than is open</source>
        <translation>超过未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="84"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="85"/>
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="86"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="87"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="88"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="89"/>
        <source>Open</source>
        <translation>未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="90"/>
        <source>Apply</source>
        <translation>本次核销</translation>
    </message>
</context>
<context>
    <name>AmountCheck</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="42"/>
        <source>Enter the amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="48"/>
        <source>At most %1 decimals for %2</source>
        <translation>%2 最多保留 %1 位小数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="52"/>
        <source>Not an amount: use digits, e.g. 12,345.67</source>
        <translation>金额格式不对：请只填数字，例如 12,345.67</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="54"/>
        <source>The amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="85"/>
        <source>My book</source>
        <translation>我的账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="98"/>
        <source>Demo book</source>
        <translation>演示账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="143"/>
        <source>Opening the book…</source>
        <translation>正在打开账套…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="217"/>
        <source>Restoring the book…</source>
        <translation>正在恢复账套…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="230"/>
        <source>Making a demo book: %1 customers, %2 invoices…</source>
        <translation>正在生成演示账套：%1 个客户，%2 张发票…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="283"/>
        <source>Today&apos;s reminders: %1 made, %2 promises kept, %3 broken</source>
        <translation>今日催款：已生成 %1 条，承诺付款已兑现 %2 笔，违约 %3 笔</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="303"/>
        <source>Open book</source>
        <translation>打开账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="305"/>
        <source>acctdesk books (*.sqlite *.db);;All files (*)</source>
        <translation>acctdesk 账套 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="313"/>
        <source>New book</source>
        <translation>新建账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="315"/>
        <source>acctdesk books (*.sqlite)</source>
        <translation>acctdesk 账套 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="48"/>
        <source>Write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="49"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="50"/>
        <source>Temporary credit limit</source>
        <translation>临时信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="53"/>
        <source>Credit hold override</source>
        <translation>信用冻结放行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="54"/>
        <source>Reopen a locked period</source>
        <translation>重新打开已锁定期间</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="60"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="61"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="62"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="87"/>
        <source>Write off %1 of %2 on %3</source>
        <translation>%3 核销 %2 的坏账 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="94"/>
        <source>Remove the credit limit of %1</source>
        <translation>取消 %1 的信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="98"/>
        <source>Credit limit of %1 to %2</source>
        <translation>将 %1 的信用额度调整为 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="104"/>
        <source>Temporary credit limit of %1: %2 %3 from %4 until %5</source>
        <translation>%1 的临时信用额度：%2 %3，自 %4 至 %5</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="115"/>
        <source>Let invoice %1 of %2 through the credit hold</source>
        <translation>信用冻结期间放行 %2 的发票 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="121"/>
        <source>Remove the lock date</source>
        <translation>取消锁账日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="122"/>
        <source>Move the lock date back to %1</source>
        <translation>将锁账日期回调至 %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="160"/>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="165"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="166"/>
        <source>One person requests, another decides; approving carries the change out.</source>
        <translation>一人申请、另一人审批；批准后系统即执行该变更。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="170"/>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="171"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="172"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="173"/>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="177"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="187"/>
        <source>No requests</source>
        <translation>没有申请</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="198"/>
        <source>Note for the requester (needed to reject)</source>
        <translation>给申请人的审批意见（驳回时必填）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="200"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="201"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="215"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="226"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="227"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="228"/>
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="229"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="232"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="237"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="238"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="239"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="240"/>
        <source>Note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="283"/>
        <source>Choose a request to decide it.</source>
        <translation>请选择要审批的申请。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="286"/>
        <source>Request %1 by %2: %3. Reason: %4</source>
        <translation>申请 %1（申请人 %2）：%3。原因：%4</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="302"/>
        <source>Say why the request is rejected: the requester reads the note</source>
        <translation>请填写驳回理由：申请人会看到这条意见</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="320"/>
        <source>Request %1 approved</source>
        <translation>申请 %1 已批准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/approvals_view.py" line="321"/>
        <source>Request %1 rejected</source>
        <translation>申请 %1 已驳回</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="215"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="220"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="456"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="221"/>
        <source>Every change to the book, newest first; each event&apos;s hash covers the one before it.</source>
        <translation>账套的每一项变更，最新的在前；每条记录的哈希值都包含上一条记录。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="223"/>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="225"/>
        <source>Recompute every event&apos;s hash and every sealed row&apos;s, and name the first broken place</source>
        <translation>重新计算每条审计记录和每条封存账务行的哈希值，并指出第一处断裂</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="231"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="318"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="232"/>
        <source>Any user</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="235"/>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="319"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="236"/>
        <source>Action starts with, e.g. invoice.</source>
        <translation>操作前缀，如 invoice.</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="242"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="269"/>
        <source>No events match the filters</source>
        <translation>没有符合筛选条件的记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="279"/>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="279"/>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="297"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="300"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="316"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="317"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="320"/>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="321"/>
        <source>Entity ID</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="324"/>
        <source>Sealed rows</source>
        <translation>封存行数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="328"/>
        <source>Ledger rows this event wrote and sealed</source>
        <translation>该记录写入并封存的账务行数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="330"/>
        <source>Values after</source>
        <translation>变更后内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/audit_view.py" line="355"/>
        <source>%Ln event(s) shown</source>
        <translation>
            <numerusform>已显示 %Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="357"/>
        <source>scroll down for older events</source>
        <translation>向下滚动查看更早的记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="376"/>
        <source>Verifying every event and every sealed row…</source>
        <translation>正在校验每条审计记录和每条封存账务行…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="379"/>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="394"/>
        <source>✓ The audit chain is intact: %1 events and every sealed row verified</source>
        <translation>✓ 审计链完整：已校验 %1 条记录及全部封存账务行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="402"/>
        <source>✗ The audit chain is broken at event %1: %2</source>
        <translation>✗ 审计链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="408"/>
        <source>Show event %1</source>
        <translation>查看第 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="448"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="448"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="457"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="483"/>
        <source>Exported %1 events to %2</source>
        <translation>已将 %1 条记录导出到 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/audit_view.py" line="490"/>
        <source>Exporting to Excel…</source>
        <translation>正在导出 Excel…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="96"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="104"/>
        <location filename="../../src/acctdesk/ui/backups.py" line="111"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="123"/>
        <source>Replace the book %1 with the backup %2 (made %3)?

Everything entered after that backup will no longer be in the book. The current book is first copied into its backups folder, so this can be undone by restoring that copy.</source>
        <translation>用备份 %2（备份于 %3）替换账套 %1？

该备份之后录入的所有内容将不再保留在账套中。系统会先把当前账套复制到其备份文件夹，如需撤销，恢复该副本即可。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="136"/>
        <source>This file cannot be restored: %1</source>
        <translation>无法从此文件恢复：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="142"/>
        <source>Restored from %1</source>
        <translation>已从 %1 恢复</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/backups.py" line="144"/>
        <source>the book it replaced was copied to %1</source>
        <translation>被替换的账套已复制到 %1</translation>
    </message>
</context>
<context>
    <name>BankImportWizard</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="135"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="399"/>
        <source>Import a bank file</source>
        <translation>导入银行流水文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="150"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="152"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="358"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="361"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="155"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="366"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="171"/>
        <source>Choose a statement exported from the bank or a payment platform: CSV, Excel, MT940, CAMT.053 or OFX. Nothing is imported before the last step.</source>
        <translation>请选择从网银或支付平台导出的流水文件：CSV、Excel、MT940、CAMT.053 或 OFX。在最后一步之前不会导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="180"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="181"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="185"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="187"/>
        <source>As the file says</source>
        <translation>以文件为准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="190"/>
        <source>The account&apos;s currency, for files that do not name one</source>
        <translation>银行账户的币种，用于未注明币种的文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="192"/>
        <source>Account currency</source>
        <translation>账户币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="211"/>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="212"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="249"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="213"/>
        <source>Lines</source>
        <translation>流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="217"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="218"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="252"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="555"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="219"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="556"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="220"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="260"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="560"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="221"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="256"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="561"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="222"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="259"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="287"/>
        <source>Memo</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="223"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="258"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="563"/>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="243"/>
        <source>Say which column holds which field. Use either one amount column (+ money in, − money out) or separate money-in and money-out columns. The preview is read again after each change.</source>
        <translation>请指定各字段所在的列。金额可以用一列带正负号的金额（+ 收入，− 支出），也可以用收入、支出两列分别表示。每次修改后会重新读取预览。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="253"/>
        <source>Amount (signed)</source>
        <translation>金额（带正负号）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="254"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="306"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="557"/>
        <source>Money in</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="255"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="307"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="558"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="257"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="562"/>
        <source>Payer account</source>
        <translation>付款方账号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="275"/>
        <source>Optional: a name, e.g. 工行对公流水</source>
        <translation>可选：模板名称，例如 工行对公流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="277"/>
        <source>Saved with the import; the next file with these headers is read the same way</source>
        <translation>随本次导入一并保存；下次表头相同的文件将按同样的列对应读取</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="279"/>
        <source>Save this mapping as template</source>
        <translation>将此列对应保存为模板</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="304"/>
        <source>Lines read</source>
        <translation>读取流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="305"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="308"/>
        <source>Duplicates skipped</source>
        <translation>跳过的重复流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="309"/>
        <source>Already imported</source>
        <translation>之前已导入</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="310"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="311"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="341"/>
        <source>1. Choose the file</source>
        <translation>1. 选择文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="342"/>
        <source>2. Check what will be read</source>
        <translation>2. 检查读取结果</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="343"/>
        <source>3. Adjust the columns</source>
        <translation>3. 调整列对应</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="344"/>
        <source>4. Import</source>
        <translation>4. 导入</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="361"/>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="364"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="366"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="401"/>
        <source>Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)</source>
        <translation>银行流水文件 (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="432"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="473"/>
        <source>%1, encoding %2, header on row %3</source>
        <translation>%1，编码 %2，表头在第 %3 行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="475"/>
        <source>%1, encoding %2</source>
        <translation>%1，编码 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="515"/>
        <source>%1 rows cannot be read: the file cannot be imported until they are fixed.</source>
        <translation>%1 行无法读取：修正之前，该文件不能导入。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="539"/>
        <source>%1 lines; money in %2 (%3); money out %4 (%5); %6 rows cannot be read</source>
        <translation>共 %1 笔；收入 %2 笔（%3）；支出 %4 笔（%5）；%6 行无法读取</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="548"/>
        <source>The first %1 are shown below.</source>
        <translation>下面显示前 %1 笔。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="553"/>
        <source>Read by the file format&apos;s own fields (no columns to choose)</source>
        <translation>按文件格式自带的字段读取（无需选择列）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="559"/>
        <source>Direction</source>
        <translation>借贷方向</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="564"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="571"/>
        <source>Template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="573"/>
        <source>Detected: %1</source>
        <translation>自动识别：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="575"/>
        <source>Adjusted: %1</source>
        <translation>已调整：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="587"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="624"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="646"/>
        <source>%1 was imported already: nothing added.</source>
        <translation>%1 已导入过，未新增任何流水。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="650"/>
        <source>%1 imported: %2 lines added.</source>
        <translation>%1 已导入：新增 %2 笔流水。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="660"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="660"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="662"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="682"/>
        <source>Nothing was imported: %1 rows cannot be read. Fix the file or the columns and try again.</source>
        <translation>未导入任何数据：%1 行无法读取。请修正文件或列对应后重试。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_import_wizard.py" line="689"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>BankLinesModel</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="81"/>
        <source>Date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="82"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="83"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="84"/>
        <source>Counterparty</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="85"/>
        <source>Memo</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="87"/>
        <source>Customer</source>
        <translation>匹配客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="88"/>
        <source>Score</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="89"/>
        <source>Pays</source>
        <translation>核销对象</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <source>Imported bank lines and the matches proposed</source>
        <translation>已导入的银行流水及推荐的匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="159"/>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="164"/>
        <source>score ≥ </source>
        <translation>得分 ≥ </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="166"/>
        <source>Proposals scoring at least this are confirmed by Match the sure ones</source>
        <translation>“确认有把握的匹配”会确认得分不低于此值的建议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="168"/>
        <source>Match the sure ones</source>
        <translation>自动确认高匹配度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="169"/>
        <source>Confirm every proposal scoring at least the score beside</source>
        <translation>确认得分不低于旁边分值的所有建议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="171"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="172"/>
        <source>Accept the selected line&apos;s proposal as it is</source>
        <translation>按原样接受所选流水的匹配建议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="174"/>
        <source>Ignore…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="176"/>
        <source>Unmatch…</source>
        <translation>取消匹配…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="178"/>
        <source>Reverse a matched line&apos;s receipt (its allocations are released) and put the line back</source>
        <translation>冲销已匹配流水生成的收款（释放其核销），流水重新待匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="67"/>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="193"/>
        <source>Waiting to be matched</source>
        <translation>待匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="193"/>
        <source>All lines</source>
        <translation>全部流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="68"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="69"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="70"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="265"/>
        <source>No proposal: the payer is not recognised.</source>
        <translation>没有推荐：无法识别付款人。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="289"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="295"/>
        <source>%1 was imported already: nothing added.</source>
        <translation>%1 已导入过，未新增任何流水。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="298"/>
        <source>%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.</source>
        <translation>%1：读取 %2 行，新增 %3 行（收入 %4 行，支出 %5 行），%6 行已在账上。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="315"/>
        <source>Matching…</source>
        <translation>正在匹配…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="320"/>
        <source>%1 of %2 proposals confirmed; %3 wait for review.</source>
        <translation>已确认 %2 条推荐中的 %1 条；%3 条待人工复核。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="326"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="340"/>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="351"/>
        <source>Line %1 is receipt %2 of %3.</source>
        <translation>第 %1 行已记为 %3 的收款 %2。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="364"/>
        <source>Unmatch the line</source>
        <translation>取消匹配该流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="364"/>
        <source>Why is the match wrong?</source>
        <translation>为什么这个匹配有误？</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="372"/>
        <source>Line %1 is waiting to be matched again; its receipt was reversed.</source>
        <translation>流水 %1 已重新待匹配；其收款已冲销。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="386"/>
        <source>Ignore the line</source>
        <translation>忽略该流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="386"/>
        <source>Why is it not a customer payment?</source>
        <translation>为什么不是客户回款？</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="393"/>
        <source>Line %1 ignored.</source>
        <translation>第 %1 行已忽略。</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="50"/>
        <source>Send e-mail reminder</source>
        <translation>发送邮件催款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="51"/>
        <source>Call</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="52"/>
        <source>Send letter</source>
        <translation>寄送催款函</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="53"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="59"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="60"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="61"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="62"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="63"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="70"/>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="71"/>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="72"/>
        <source>Promised to pay</source>
        <translation>承诺付款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="73"/>
        <source>Disputes the items</source>
        <translation>对款项有异议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="74"/>
        <source>Says it is paid</source>
        <translation>称已付款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="75"/>
        <source>Refused</source>
        <translation>拒绝付款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="76"/>
        <source>Wrong contact</source>
        <translation>联系人有误</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="77"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="283"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="283"/>
        <source>Today&apos;s worklist by priority</source>
        <translation>今日催收任务（按优先级）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="284"/>
        <source>Run today&apos;s reminders</source>
        <translation>执行今日催款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="289"/>
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="291"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="370"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="306"/>
        <source>Nothing to chase today</source>
        <translation>今天没有需要催收的客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="311"/>
        <source>Log a call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="312"/>
        <source>Record a promise…</source>
        <translation>记录承诺付款…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="313"/>
        <source>Send the reminder…</source>
        <translation>发送催款函…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="314"/>
        <source>Snooze…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="315"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="332"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="457"/>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="337"/>
        <source>No follow-ups logged yet</source>
        <translation>尚无跟进记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="354"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="358"/>
        <source>Overdue amount × days overdue × risk weight</source>
        <translation>逾期金额 × 逾期天数 × 风险权重</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="361"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="362"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="363"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="364"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="365"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="366"/>
        <source>Grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="367"/>
        <source>Reminder</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="368"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="369"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="371"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="376"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="377"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="378"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="379"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="380"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="381"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="382"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="422"/>
        <source>%1 tasks on %2, highest priority (amount × days overdue × risk) first</source>
        <translation>%2 共 %1 项任务，按优先级（金额 × 逾期天数 × 风险）从高到低排列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="461"/>
        <source>Follow-up log: %1 %2</source>
        <translation>跟进记录：%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="476"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="505"/>
        <source>Task done</source>
        <translation>任务已完成</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="518"/>
        <source>Reminder run: %1 reminders, %2 promises kept, %3 broken</source>
        <translation>催款已执行：%1 份催款函，%2 笔承诺已兑现，%3 笔未兑现</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="535"/>
        <source>Running today&apos;s reminders…</source>
        <translation>正在执行今日催款…</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="59"/>
        <source>Coming in a later release</source>
        <translation>后续版本推出</translation>
    </message>
</context>
<context>
    <name>ComingPages</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="93"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="95"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="96"/>
        <source>Import bank statements and match the money that came in to open invoices.</source>
        <translation>导入银行流水，把到账款项与未清发票自动匹配。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="100"/>
        <source>Statements from CSV and Excel, MT940, CAMT.053 and OFX</source>
        <translation>支持 CSV、Excel、MT940、CAMT.053 和 OFX 格式的银行流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="103"/>
        <source>Each bank line imported once, even from overlapping files</source>
        <translation>同一笔流水只导入一次，文件有重叠也不会重复</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="106"/>
        <source>Suggested matches by amount, payer name and invoice numbers in the memo</source>
        <translation>按金额、付款人名称和摘要中的发票号推荐匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="115"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="117"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="118"/>
        <source>A worklist of who to chase today, and how hard.</source>
        <translation>今天该催谁、催到什么程度，一张清单全看到。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="120"/>
        <source>Reminder levels with letters and e-mails in the customer&apos;s language</source>
        <translation>分级催款，函件和邮件使用客户的语言</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="123"/>
        <source>Promises to pay, kept or broken, and follow-up dates</source>
        <translation>记录承诺付款及兑现情况，安排跟进日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="126"/>
        <source>Credit holds and their release by an approver</source>
        <translation>信用冻结及审批解冻</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="134"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="136"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="137"/>
        <source>Statements of account (对账单) and balance confirmations for your customers.</source>
        <translation>为客户出具对账单和余额询证函。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="142"/>
        <source>Opening balance, movements and closing balance for any period</source>
        <translation>任意期间的期初余额、本期发生额和期末余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="145"/>
        <source>PDF and Excel, with the amount in Chinese capitals</source>
        <translation>导出 PDF 和 Excel，金额附人民币大写</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="148"/>
        <source>Confirmations signed back, or the difference the customer states</source>
        <translation>记录客户盖章确认，或客户列明的差异</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="156"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="158"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="159"/>
        <source>Aging, DSO and collection reports as of any date, tied to the ledger to the cent.</source>
        <translation>任意截止日的账龄、应收账款周转天数和回款报表，与总账分毫不差。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="164"/>
        <source>Aging by customer, group, salesperson or collector</source>
        <translation>按客户、集团、销售员或催收员分析账龄</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="167"/>
        <source>Bad-debt provision by aging bucket</source>
        <translation>按账龄区间计提坏账准备</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="168"/>
        <source>DSO, CEI and collection rate by month</source>
        <translation>按月统计周转天数、回款效率指数和回款率</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="172"/>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="177"/>
        <source>A team book is kept on a PostgreSQL server so that several people work in it at once. The password is kept in the system keyring, never in the book or the settings.</source>
        <translation>团队账套保存在 PostgreSQL 服务器上，多人可同时使用。密码保存在系统密钥环中，绝不写入账套或设置。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="184"/>
        <source>e.g. acct-server or 192.168.1.20</source>
        <translation>如 acct-server 或 192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="185"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="189"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="191"/>
        <source>e.g. acctdesk</source>
        <translation>如 acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="192"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="194"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="199"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="207"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="208"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="213"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="248"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="267"/>
        <source>✓ Connected: an acctdesk book.</source>
        <translation>✓ 连接成功：这是一个 acctdesk 账套。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="268"/>
        <source>✓ Connected: an acctdesk book of an older version; opening it upgrades it.</source>
        <translation>✓ 连接成功：这是旧版本的 acctdesk 账套，打开时将自动升级。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="269"/>
        <source>Connected, but the book was made by a newer acctdesk; update acctdesk first.</source>
        <translation>已连接，但该账套由更新版本的 acctdesk 创建，请先升级 acctdesk。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="270"/>
        <source>✓ Connected: the database is empty; Connect sets it up as a new team book.</source>
        <translation>✓ 连接成功：数据库为空，点击“连接”将新建团队账套。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="271"/>
        <source>Connected, but this database holds something other than an acctdesk book.</source>
        <translation>已连接，但该数据库中存放的不是 acctdesk 账套。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="289"/>
        <source>The password could not be kept in the system keyring (%1); you will be asked again.</source>
        <translation>密码未能保存到系统密钥环（%1），下次打开时需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="297"/>
        <source>New team book</source>
        <translation>新建团队账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="299"/>
        <source>Set up a new, empty acctdesk book in the database %1? You become its administrator.</source>
        <translation>在数据库 %1 中新建一个空白 acctdesk 账套？您将成为该账套的管理员。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/team_server.py" line="308"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
</context>
<context>
    <name>CreditView</name>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="207"/>
        <source>customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="212"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="214"/>
        <source>Rate now</source>
        <translation>立即评级</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="215"/>
        <source>Compute the rating as of the date and keep it in the history</source>
        <translation>按截止日计算信用评级并记入评级历史</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="217"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="249"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="219"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="298"/>
        <source>As of</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="226"/>
        <source>Exposure and limit</source>
        <translation>风险敞口与额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="250"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="251"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="252"/>
        <source>Contracts not yet invoiced</source>
        <translation>已签合同未开票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="253"/>
        <source>Factored without recourse</source>
        <translation>无追索权保理</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="254"/>
        <source>Exposure</source>
        <translation>风险敞口</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="255"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="74"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="256"/>
        <source>Limit used</source>
        <translation>额度占用</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="58"/>
        <source>Average days late</source>
        <translation>平均逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="59"/>
        <source>Paid on time</source>
        <translation>按时付款比例</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="60"/>
        <source>Worst overdue</source>
        <translation>最长逾期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="61"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="73"/>
        <source>Overdue share</source>
        <translation>逾期占比</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="62"/>
        <source>Broken promises</source>
        <translation>违约承诺</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="63"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="64"/>
        <source>Relationship</source>
        <translation>合作时长</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="65"/>
        <source>Business status</source>
        <translation>经营状况</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="66"/>
        <source>Industry risk</source>
        <translation>行业风险</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="72"/>
        <source>DSO</source>
        <translation>应收账款周转天数 (DSO)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="75"/>
        <source>Item overdue</source>
        <translation>单据逾期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="76"/>
        <source>Broken promise</source>
        <translation>承诺付款违约</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="77"/>
        <source>Downgrade</source>
        <translation>评级下调</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="78"/>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="84"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="85"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="86"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="92"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="93"/>
        <source>watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="94"/>
        <source>distressed</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="95"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="96"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="97"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="105"/>
        <source>exposure over the limit</source>
        <translation>风险敞口超过信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="106"/>
        <source>an item more than %1 days overdue</source>
        <translation>有单据逾期超过 %1 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="107"/>
        <source>a promise broken in the last %1 days</source>
        <translation>近 %1 天内有承诺付款违约</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="108"/>
        <source>grade %1 or worse</source>
        <translation>评级为 %1 级或更低</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="111"/>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="112"/>
        <source>block</source>
        <translation>拦截</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="113"/>
        <source>credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="122"/>
        <source>built-in</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="123"/>
        <source>the book&apos;s</source>
        <translation>本账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="124"/>
        <source>grade %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="125"/>
        <source>customer %1&apos;s own</source>
        <translation>客户 %1 专用</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="135"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="142"/>
        <source>no payments</source>
        <translation>无付款记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="137"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="147"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="156"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="160"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="257"/>
        <source>Available</source>
        <translation>可用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="258"/>
        <source>Insured</source>
        <translation>信用保险</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="259"/>
        <source>Group</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="263"/>
        <source>Rating</source>
        <translation>信用评级</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="271"/>
        <source>Factor</source>
        <translation>评分因素</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="271"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="271"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="286"/>
        <source>Rating history</source>
        <translation>评级历史</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="302"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="318"/>
        <source>Open alerts</source>
        <translation>未处理预警</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="322"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="331"/>
        <source>what was done about it</source>
        <translation>已采取的处理措施</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="332"/>
        <source>Acknowledge</source>
        <translation>确认处理</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="358"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="524"/>
        <source>Type a customer code.</source>
        <translation>请输入客户编码。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="384"/>
        <source>%1 — new invoices are refused</source>
        <translation>%1 — 新发票将被拒绝</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="395"/>
        <source>%1 (temporary until %2; standing %3)</source>
        <translation>%1（临时额度至 %2；常规额度 %3）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="402"/>
        <source>no limit</source>
        <translation>无额度限制</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="407"/>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="414"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="409"/>
        <source>%1 (exposure net of it %2)</source>
        <translation>%1（扣除后风险敞口 %2）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="416"/>
        <source>%1: exposure %2 of limit %3 (%4)</source>
        <translation>%1：风险敞口 %2 / 信用额度 %3（%4）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="430"/>
        <source>Grade %1 · score %2</source>
        <translation>等级 %1 · 评分 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="435"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="443"/>
        <source>Recommended for grade %1: term %2 (now %3), limit %4 (now %5)</source>
        <translation>%1 级建议：付款条件 %2（现为 %3），信用额度 %4（现为 %5）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="455"/>
        <source>Policy (%1): %2</source>
        <translation>信用政策（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="475"/>
        <source>Grades: %1</source>
        <translation>评级等级：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="477"/>
        <source>No rating recorded yet: use Rate now, or the monthly run.</source>
        <translation>尚无评级记录：请点击“立即评级”，或等待每月批量评级。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="491"/>
        <source>%1 (cleared %2)</source>
        <translation>%1（%2 已解除）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/credit_view.py" line="518"/>
        <source>Alert acknowledged.</source>
        <translation>预警已确认处理。</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/customer_field.py" line="23"/>
        <source>Customer code or name</source>
        <translation>客户编码或名称</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="355"/>
        <source>← All customers</source>
        <translation>← 返回客户列表</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="357"/>
        <source>New invoice…</source>
        <translation>新增发票…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="359"/>
        <source>New receipt…</source>
        <translation>新增收款…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="361"/>
        <source>Credit…</source>
        <translation>信用…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="375"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="494"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="376"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="377"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="378"/>
        <source>Credit use</source>
        <translation>额度使用率</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="379"/>
        <source>Group</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="380"/>
        <source>Payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="381"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="382"/>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="383"/>
        <source>Tax ID</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="384"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="412"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="431"/>
        <source>Open items</source>
        <translation>未清项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="415"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln 笔未清项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="426"/>
        <source>History</source>
        <translation>往来明细</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="429"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln 笔单据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="432"/>
        <source>Document history</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="495"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="470"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="473"/>
        <source>Document</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="478"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="481"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="485"/>
        <source>A reversal entry (冲销) taking back an earlier document</source>
        <translation>冲销分录：冲回此前的单据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="487"/>
        <source>Charged</source>
        <translation>借方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="490"/>
        <source>Paid or credited</source>
        <translation>贷方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="496"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="173"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="186"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="174"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="175"/>
        <source>Customers from an Excel or CSV sheet</source>
        <translation>从 Excel 或 CSV 表格导入客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="189"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="191"/>
        <source>Search code, name, alias or pinyin initials (e.g. hxkj)</source>
        <translation>搜索编码、名称、别名或拼音首字母（如 hxkj）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="193"/>
        <source>All groups</source>
        <translation>全部集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="194"/>
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="195"/>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="196"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="224"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="225"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="226"/>
        <source>Group</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="227"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="230"/>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="235"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="236"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="239"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="247"/>
        <source>Days overdue</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="251"/>
        <source>Days since the oldest overdue item fell due</source>
        <translation>最早一笔逾期款项到期至今的天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="255"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="262"/>
        <source>Credit use</source>
        <translation>额度使用率</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="267"/>
        <source>Balance as a share of the credit limit</source>
        <translation>应收余额占信用额度的比例</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="269"/>
        <source>Payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="272"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="57"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="59"/>
        <source>Amounts in different currencies are never added together</source>
        <translation>不同币种的金额不会相加</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="61"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="67"/>
        <source>Total receivables</source>
        <translation>应收账款总额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="68"/>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="150"/>
        <source>Overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="69"/>
        <source>Collected this month</source>
        <translation>本月回款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="70"/>
        <source>DSO, last 90 days</source>
        <translation>应收账款周转天数（近90天）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="72"/>
        <source>Days sales outstanding = receivables ÷ credit sales of the last 90 days × 90</source>
        <translation>应收账款周转天数 = 应收余额 ÷ 近90天赊销额 × 90</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="97"/>
        <source>Aging of receivables (by days overdue)</source>
        <translation>应收账款账龄（按逾期天数）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="108"/>
        <source>No customer is overdue</source>
        <translation>没有逾期客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="110"/>
        <source>Top 10 overdue customers</source>
        <translation>逾期金额前十的客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="117"/>
        <source>No alerts. Customers over their credit limit, broken promises to pay and credit holds will be listed here.</source>
        <translation>暂无提醒。超出信用额度、未兑现的承诺付款和信用冻结的客户会在这里列出。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="124"/>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="148"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="149"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="151"/>
        <source>Oldest, days</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="152"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="207"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="210"/>
        <source>No postings yet</source>
        <translation>尚无记账数据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="216"/>
        <source>Unapplied cash and credit %1</source>
        <translation>未核销收款及贷项 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="221"/>
        <source>%1 of receivables</source>
        <translation>占应收账款 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="226"/>
        <source>%1, up to %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="229"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="233"/>
        <source>Credit sales %1</source>
        <translation>赊销额 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="240"/>
        <source>Unapplied cash and credit (not in the bars): %1</source>
        <translation>未核销收款及贷项（未计入柱形图）：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="266"/>
        <source>10k</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="266"/>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="285"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="293"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="29"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="110"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="120"/>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="227"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="229"/>
        <source>Copy with headers</source>
        <translation>连同表头复制</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="232"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/models/paged.py" line="391"/>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="245"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="134"/>
        <source>Any date</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="135"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="136"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="137"/>
        <source>Last 90 days</source>
        <translation>近90天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="138"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="139"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="155"/>
        <source>Log a follow-up with %1</source>
        <translation>记录与 %1 的跟进</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="158"/>
        <source>Whom you spoke to</source>
        <translation>对接人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="160"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="163"/>
        <source>Follow up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="172"/>
        <source>This does the task</source>
        <translation>完成此项任务</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="177"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="178"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="179"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="180"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="181"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="101"/>
        <source>New invoice</source>
        <translation>新增发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="113"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="116"/>
        <source>The invoice (fapiao) number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="117"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="120"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="131"/>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="216"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="135"/>
        <source>e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30</source>
        <translation>例如 EOM+30、月结30天、30% SIGN; BAL ACCEPT+30</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="136"/>
        <source>A payment term&apos;s name or its shorthand (see docs/terms.md)</source>
        <translation>付款条件的名称或简写（见 docs/terms.md）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="137"/>
        <source>Payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="141"/>
        <source>Fixed due date instead of the term</source>
        <translation>不按付款条件，指定到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="152"/>
        <source>Optional: contract, order or goods</source>
        <translation>选填：合同、订单或货物</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="153"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="156"/>
        <source>Installments this term makes</source>
        <translation>按此付款条件生成的分期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="162"/>
        <source>Enter a payment term to see its installments</source>
        <translation>输入付款条件即可预览分期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="169"/>
        <source>Post invoice</source>
        <translation>过账发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="173"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="203"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="204"/>
        <source>Term line</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="207"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="211"/>
        <source>on %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="218"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="219"/>
        <source>Discount until</source>
        <translation>现金折扣截止</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="271"/>
        <source>Choose a customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="273"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>客户不存在：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="275"/>
        <source>Loading the customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="277"/>
        <source>Enter the invoice number</source>
        <translation>请输入发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="284"/>
        <source>The due date is before the invoice date</source>
        <translation>到期日早于开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="286"/>
        <source>Enter a payment term or a fixed due date</source>
        <translation>请输入付款条件或指定到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="291"/>
        <source>Payment term not understood: %1</source>
        <translation>无法识别付款条件：%1</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="49"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="65"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="82"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="50"/>
        <source>New invoice…</source>
        <translation>新增发票…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="52"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/invoices.py" line="68"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln 张发票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="72"/>
        <source>Search number, customer or description</source>
        <translation>搜索发票号、客户或摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="73"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="94"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="117"/>
        <source>Open items</source>
        <translation>未清项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/invoices.py" line="97"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln 笔未清项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="105"/>
        <source>Search invoice number or customer</source>
        <translation>搜索发票号或客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="106"/>
        <source>All open items</source>
        <translation>全部未清项</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="101"/>
        <source>Show all ages</source>
        <translation>显示全部账龄</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="124"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="125"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="126"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="129"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="136"/>
        <source>Next due</source>
        <translation>下一到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="140"/>
        <source>The earliest due date still open</source>
        <translation>尚未结清的最早到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="142"/>
        <source>Term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="143"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="144"/>
        <source>Open</source>
        <translation>未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="145"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="148"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="155"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="161"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="162"/>
        <source>Reversal reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="174"/>
        <source>Over %1 days overdue</source>
        <translation>逾期 %1 天以上</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="177"/>
        <source>%1–%2 days overdue</source>
        <translation>逾期 %1–%2 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="193"/>
        <source>— open %1</source>
        <translation>— 未清 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="226"/>
        <source>Open customer %1</source>
        <translation>打开客户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="229"/>
        <source>Reverse invoice…</source>
        <translation>冲销发票…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="10"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="22"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="11"/>
        <source>Partly paid</source>
        <translation>部分收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="12"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="23"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="13"/>
        <source>Settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="14"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="34"/>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="15"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="35"/>
        <source>After the as-of date</source>
        <translation>晚于截止日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="16"/>
        <source>Not settled</source>
        <translation>未结清</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="24"/>
        <location filename="../../src/acctdesk/ui/labels.py" line="84"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="25"/>
        <source>Awaiting event</source>
        <translation>待节点</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="31"/>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="32"/>
        <source>Partly applied</source>
        <translation>部分核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="33"/>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="36"/>
        <source>Not fully applied</source>
        <translation>未核销完</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="42"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="43"/>
        <source>Credit hold</source>
        <translation>信用冻结</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="44"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="50"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="51"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="52"/>
        <source>Receipt</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="53"/>
        <source>Write-off</source>
        <translation>坏账核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="54"/>
        <source>Allocation</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="60"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="61"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="62"/>
        <source>Bank acceptance bill</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="63"/>
        <source>Commercial acceptance bill</source>
        <translation>商业承兑汇票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="64"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="73"/>
        <source>contract signing</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="74"/>
        <source>delivery</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="75"/>
        <source>acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="82"/>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="86"/>
        <source>Awaiting</source>
        <translation>待节点</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="90"/>
        <source>Over %1 days</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="93"/>
        <source>%1–%2 days</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="98"/>
        <source>Calendar days (due dates are not moved)</source>
        <translation>自然日（到期日不顺延）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="99"/>
        <source>Weekdays (weekend due dates move to Monday)</source>
        <translation>工作日（到期日遇周末顺延至周一）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/labels.py" line="100"/>
        <source>Chinese working days (holidays and make-up days)</source>
        <translation>中国工作日（含法定节假日和调休）</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/lazy_page.py" line="54"/>
        <source>This screen could not be opened; the log says why.</source>
        <translation>此页面无法打开，原因见日志。</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="99"/>
        <source>Portion</source>
        <translation>金额方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="100"/>
        <source>Percent or amount</source>
        <translation>比例或金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="101"/>
        <source>Due basis</source>
        <translation>起算基准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="102"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="103"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="104"/>
        <source>Cutoff</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="105"/>
        <source>+ Months</source>
        <translation>+ 月数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="106"/>
        <source>+ Days</source>
        <translation>+ 天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="107"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="108"/>
        <source>within days</source>
        <translation>天内付款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="109"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="132"/>
        <source>Percent</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="133"/>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="134"/>
        <source>Balance</source>
        <translation>余款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="150"/>
        <source>Held back as a warranty retention (质保金)</source>
        <translation>作为质保金预留</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="223"/>
        <source>e.g. 试运行</source>
        <translation>如 试运行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="342"/>
        <source>Enter the percent, e.g. 30</source>
        <translation>请输入比例，如 30</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="344"/>
        <source>Enter the amount, e.g. 5,000.00</source>
        <translation>请输入金额，如 5,000.00</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="345"/>
        <source>Enter the discount percent, e.g. 2</source>
        <translation>请输入折扣比例，如 2</translation>
    </message>
</context>
<context>
    <name>ListFilters</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="470"/>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="356"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="401"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="401"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="411"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="429"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="437"/>
        <source>Exporting to Excel…</source>
        <translation>正在导出 Excel…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="90"/>
        <source>Log in to acctdesk</source>
        <translation>登录 acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="96"/>
        <location filename="../../src/acctdesk/ui/login.py" line="123"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="103"/>
        <source>The book %1 has passwords. Enter your user name and password.</source>
        <translation>账套 %1 已设置密码，请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="113"/>
        <source>Your user name in this book</source>
        <translation>您在本账套中的用户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="114"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="117"/>
        <source>Leave empty if you have none</source>
        <translation>未设置密码可留空</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="118"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="143"/>
        <source>Enter your user name</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="165"/>
        <source>There is no user %1 in this book</source>
        <translation>本账套中没有用户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="166"/>
        <source>The user %1 is disabled; ask an administrator</source>
        <translation>用户 %1 已停用，请联系管理员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="167"/>
        <source>Wrong password for %1</source>
        <translation>%1 的密码不正确</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="181"/>
        <source>Not logged in: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="81"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="212"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="180"/>
        <source>acctdesk — %1</source>
        <translation>acctdesk — %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="207"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="208"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="209"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="210"/>
        <source>Receipts</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="211"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="213"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="214"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="246"/>
        <source>Coming in a later release</source>
        <translation>后续版本推出</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="279"/>
        <source>Book: %1</source>
        <translation>账套：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="281"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="301"/>
        <source>Every list and figure is as it stood at the end of this day</source>
        <translation>所有列表和数字均按该日日终的状态计算</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="317"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="313"/>
        <source>As of</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="106"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="215"/>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="107"/>
        <source>Exposure against the credit limit, rating, history and risk alerts of a customer</source>
        <translation>客户的信用敞口与信用额度、信用评级、评级历史和风险预警</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="160"/>
        <source>%1 (team server, user %2)</source>
        <translation>%1（团队服务器，用户 %2）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="216"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="285"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="287"/>
        <source>A team book on PostgreSQL, connected as %1</source>
        <translation>PostgreSQL 上的团队账套，当前连接用户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="297"/>
        <source>Requests waiting for your decision</source>
        <translation>等待您审批的申请</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="327"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="329"/>
        <source>&amp;New book…</source>
        <translation>新建账套(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="332"/>
        <source>&amp;Open book…</source>
        <translation>打开账套(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="334"/>
        <source>&amp;Connect to team server…</source>
        <translation>连接团队服务器(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="335"/>
        <source>Recent books</source>
        <translation>最近使用的账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="338"/>
        <source>New &amp;demo book</source>
        <translation>新建演示账套(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="340"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="344"/>
        <source>Back up a team book with the database server&apos;s tools (pg_dump)</source>
        <translation>团队账套请使用数据库服务器的工具备份（pg_dump）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="348"/>
        <source>A consistent copy into the backups folder beside the book</source>
        <translation>在账套旁的 backups 文件夹中生成一份一致的副本</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="351"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="356"/>
        <source>Restore a team book with the database server&apos;s tools (pg_restore)</source>
        <translation>团队账套请使用数据库服务器的工具（pg_restore）恢复</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="360"/>
        <source>Replace this book with a backup, after checking the file; the book is copied first</source>
        <translation>检查备份文件后用它替换本账套；替换前会先复制当前账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="365"/>
        <source>&amp;Import master data…</source>
        <translation>导入基础数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="368"/>
        <source>Customers, invoices, opening balances or receipts from an Excel or CSV sheet</source>
        <translation>从 Excel 或 CSV 表格导入客户、发票、期初余额或收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="371"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="373"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="375"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="376"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="377"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="379"/>
        <source>New &amp;invoice…</source>
        <translation>新增发票(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="380"/>
        <source>New &amp;receipt…</source>
        <translation>新增收款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="382"/>
        <source>&amp;Approvals…</source>
        <translation>审批(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="384"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="391"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="392"/>
        <source>Show &amp;navigation</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="397"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="398"/>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="400"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="401"/>
        <source>&amp;Payment terms…</source>
        <translation>付款条件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="403"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="404"/>
        <source>&amp;About acctdesk</source>
        <translation>关于 acctdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="422"/>
        <source>No recent books</source>
        <translation>没有最近使用的账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="506"/>
        <source>Invoice %1 posted</source>
        <translation>发票 %1 已过账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="516"/>
        <source>Receipt %1 posted</source>
        <translation>收款 %1 已过账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="528"/>
        <source>Receipt %1 allocated</source>
        <translation>收款 %1 已核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="538"/>
        <source>%1 reversed</source>
        <translation>%1 已冲销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="563"/>
        <source>%1 imported: %2 added, %3 already in the book</source>
        <translation>%1 已导入：新增 %2 条，%3 条已在账上</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="588"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="593"/>
        <source>%Ln request(s) to approve</source>
        <translation>
            <numerusform>%Ln 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="607"/>
        <source>Backed up automatically to %1</source>
        <translation>已自动备份到 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="624"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="626"/>
        <source>acctdesk books (*.sqlite *.db);;All files (*)</source>
        <translation>acctdesk 账套 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="641"/>
        <source>Checking the backup…</source>
        <translation>正在检查备份文件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="651"/>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="654"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="704"/>
        <source>Backing up the book…</source>
        <translation>正在备份账套…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="660"/>
        <source>About acctdesk</source>
        <translation>关于 acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="662"/>
        <source>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;Receivables, aging, credit control and collections for small finance teams that sell on credit terms.&lt;/p&gt;&lt;p&gt;Your books stay on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;面向赊销业务财务团队的应收账款、账龄、信用控制与催收工具。&lt;/p&gt;&lt;p&gt;账套数据只保存在您自己的电脑上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="696"/>
        <source>Window and column layout reset</source>
        <translation>窗口和列布局已恢复默认</translation>
    </message>
</context>
<context>
    <name>MasterImportDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="68"/>
        <source>Import master data</source>
        <translation>导入基础数据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="73"/>
        <source>Customers, invoices, opening balances or receipts from an Excel workbook or a CSV file. Check reads every row and writes nothing; Import adds the rows not in the book yet. A file with any bad row imports nothing.</source>
        <translation>从 Excel 工作簿或 CSV 文件导入客户、发票、期初余额或收款。“检查”逐行核对，不写入任何数据；“导入”只新增账上还没有的行。文件中只要有一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="83"/>
        <source>Download template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="84"/>
        <source>An empty sheet with the right columns, to fill in</source>
        <translation>一张列名已设好的空白表格，填好即可导入</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="90"/>
        <source>What to import:</source>
        <translation>导入内容：</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="94"/>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="97"/>
        <source>An .xlsx, .xls or .csv file</source>
        <translation>一个 .xlsx、.xls 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="99"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="104"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="125"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="127"/>
        <source>Read every row and say what would be added; nothing is written</source>
        <translation>逐行核对并列出将新增的内容；不写入任何数据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="131"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="133"/>
        <source>Add the rows not in the book yet; a file with bad rows adds nothing</source>
        <translation>新增账上还没有的行；文件中有错误行时不导入任何数据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="136"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="150"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="151"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="152"/>
        <source>Opening balances</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="153"/>
        <source>Receipts</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="177"/>
        <source>%1 (* must be filled in; Chinese or English names, in any order)</source>
        <translation>%1（带 * 的为必填列；列名可用中文或英文，顺序不限）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="198"/>
        <source>Choose a sheet to import</source>
        <translation>选择要导入的表格</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="200"/>
        <source>Sheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.xls *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="211"/>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="211"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="228"/>
        <source>Template saved to %1. Fill it in, save it, then press Check.</source>
        <translation>模板已保存到 %1。请填写并保存后，点击“检查”。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="252"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="252"/>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="269"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="260"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="313"/>
        <source>%1: rows read %2; would be added %3; already in the book %4.</source>
        <translation>%1：读取 %2 行；将新增 %3 行；%4 行已在账上。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="315"/>
        <source>%1: rows read %2; added %3; already in the book %4.</source>
        <translation>%1：读取 %2 行；已新增 %3 行；%4 行已在账上。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="325"/>
        <source>Amounts that would be added: %1</source>
        <translation>将新增金额：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="325"/>
        <source>Amounts added: %1</source>
        <translation>已新增金额：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="330"/>
        <source>Checked only: nothing was written. Press Import to add the rows.</source>
        <translation>仅做检查，未写入任何数据。点击“导入”新增这些行。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="332"/>
        <source>Checked only: there is nothing new to add.</source>
        <translation>仅做检查：没有需要新增的内容。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="335"/>
        <source>Nothing new: every row is in the book already.</source>
        <translation>没有新增：所有行都已在账上。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="343"/>
        <source>Notes:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/master_import_view.py" line="352"/>
        <source>Nothing was imported: %1 problem(s) found, listed below. Correct the file and check it again.</source>
        <translation>未导入任何数据：发现 %1 个问题，见下表。请修改文件后重新检查。</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="60"/>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="120"/>
        <source>Choose a line of money in to match it.</source>
        <translation>请选择一笔收入流水进行核销。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="69"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="84"/>
        <source>Oldest first</source>
        <translation>先核销最早到期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="85"/>
        <source>Apply the line to the oldest due items first</source>
        <translation>将这笔流水先核销到期最早的应收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="86"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="87"/>
        <source>Reject proposal</source>
        <translation>拒绝建议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="88"/>
        <source>Forget the proposed customer and amounts and choose by hand</source>
        <translation>放弃建议的客户和金额，手工选择</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="89"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="91"/>
        <source>Post the line as the customer&apos;s receipt, applied as shown; the rest stays unapplied</source>
        <translation>将这笔流水登记为该客户的收款，按所示金额核销；其余部分保留为未核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="129"/>
        <source>%1 from %2: %3</source>
        <translation>%1 来自 %2：%3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="131"/>
        <source>(no payer)</source>
        <translation>（无付款方）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="137"/>
        <source>Proposed: %1 %2, score %3</source>
        <translation>建议：%1 %2，得分 %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="143"/>
        <source>No proposal: choose the customer who paid.</source>
        <translation>无建议：请选择付款的客户。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="194"/>
        <source>This customer has nothing open in this currency.</source>
        <translation>该客户在此币种下没有未清项。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="209"/>
        <source>Proposal rejected: choose the customer who paid.</source>
        <translation>已拒绝建议：请选择付款的客户。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="229"/>
        <source>Applying %1; unapplied %2</source>
        <translation>本次核销 %1；未核销 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/match_panel.py" line="226"/>
        <source>More than the line brought in</source>
        <translation>超过这笔流水的金额</translation>
    </message>
</context>
<context>
    <name>OpenItems</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="73"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="80"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="89"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="95"/>
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="99"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="106"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="110"/>
        <source>on %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="119"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="126"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="133"/>
        <source>Open</source>
        <translation>未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="140"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="146"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="95"/>
        <source>The book cannot be used right now: %1</source>
        <translation>账套暂时无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="99"/>
        <source>The file cannot be used: %1</source>
        <translation>文件无法使用：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="102"/>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translation>出现了问题（%1），详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="109"/>
        <source>acctdesk</source>
        <translation>acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="218"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/ops.py" line="224"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="202"/>
        <source>Record a promise to pay from %1</source>
        <translation>记录 %1 的承诺付款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="208"/>
        <source>INV-1, INV-2/2 — empty: the whole account</source>
        <translation>INV-1, INV-2/2 — 留空表示整个账户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="209"/>
        <source>Amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="210"/>
        <source>Promised date</source>
        <translation>承诺付款日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="211"/>
        <source>Invoices</source>
        <translation>涉及发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="217"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>“%1”不是有效金额</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="31"/>
        <source>New receipt</source>
        <translation>新增收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="40"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="50"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="52"/>
        <source>Receipt date</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="54"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="57"/>
        <source>Bill matures on</source>
        <translation>汇票到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="59"/>
        <source>Bank reference or bill number</source>
        <translation>银行流水号或票据号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="60"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="62"/>
        <source>Who paid, if not the customer itself</source>
        <translation>实际付款方（非客户本身付款时填写）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="63"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="65"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="67"/>
        <source>Leave empty for the next RC number</source>
        <translation>留空则自动编号（RC）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="68"/>
        <source>Receipt number</source>
        <translation>收款单号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="70"/>
        <source>Allocate to open invoices after posting</source>
        <translation>过账后立即核销到未清发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="76"/>
        <source>Post receipt</source>
        <translation>过账收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="123"/>
        <source>Choose a customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="125"/>
        <source>Loading the customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="127"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>客户不存在：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="134"/>
        <source>A bill cannot mature before it was received</source>
        <translation>汇票到期日不能早于收票日期</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="41"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="55"/>
        <source>Receipts</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="42"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="150"/>
        <source>Allocate…</source>
        <translation>核销…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="44"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="46"/>
        <source>New receipt…</source>
        <translation>新增收款…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/receipts.py" line="58"/>
        <source>%Ln receipt(s)</source>
        <translation>
            <numerusform>%Ln 笔收款</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="62"/>
        <source>Search number, customer, reference, payer or memo</source>
        <translation>搜索单号、客户、参考号、付款方或备注</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="63"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="78"/>
        <source>Number</source>
        <translation>收款单号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="80"/>
        <source>Date</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="82"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="83"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="86"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="92"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="93"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="94"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="95"/>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="96"/>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="97"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="100"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="106"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="107"/>
        <source>Reversal reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="153"/>
        <source>Open customer %1</source>
        <translation>打开客户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="155"/>
        <source>Reverse receipt…</source>
        <translation>冲销收款…</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="187"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="190"/>
        <source>By due date</source>
        <translation>按到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="191"/>
        <source>By invoice date</source>
        <translation>按开票日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="195"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="442"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="469"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="196"/>
        <source>Key-account group</source>
        <translation>大客户集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="197"/>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="198"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="199"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="218"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="404"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="453"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="476"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="203"/>
        <source>Amounts in different currencies are never added together</source>
        <translation>不同币种的金额从不相加</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="205"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="212"/>
        <source>As of</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="210"/>
        <source>Basis</source>
        <translation>账龄基准</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="210"/>
        <source>Rows</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="303"/>
        <source>DSO</source>
        <translation>应收账款周转天数 (DSO)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="303"/>
        <source>AR at the end ÷ credit sales of the month × days</source>
        <translation>期末应收 ÷ 当月赊销额 × 天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="305"/>
        <source>CEI</source>
        <translation>回款效率指数 (CEI)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="306"/>
        <source>Collected ÷ (AR at the start + credit sales − current AR at the end) × 100</source>
        <translation>已回款 ÷（期初应收 + 赊销额 − 期末未到期应收）× 100</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="309"/>
        <source>Overdue</source>
        <translation>逾期占比</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="309"/>
        <source>Overdue open items ÷ open items</source>
        <translation>逾期未清项 ÷ 全部未清项</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="310"/>
        <source>Bad-debt rate</source>
        <translation>坏账率</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="310"/>
        <source>Written off ÷ credit sales of the month</source>
        <translation>核销金额 ÷ 当月赊销额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="312"/>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="313"/>
        <source>Collected of what fell due in the month ÷ what fell due</source>
        <translation>当月到期款项中已收回的 ÷ 当月到期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="317"/>
        <source>Share of the receivables owed by the 10 largest customers</source>
        <translation>前十大客户所欠应收账款占比</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="236"/>
        <source>Double-click an amount to list the items behind it</source>
        <translation>双击金额可查看其明细</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="173"/>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="174"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="175"/>
        <source>Bad-debt provision</source>
        <translation>坏账准备</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="176"/>
        <source>Cash forecast</source>
        <translation>回款预测</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="192"/>
        <source>Age the items by days overdue, or by days since the invoice</source>
        <translation>按逾期天数或开票后天数计算账龄</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="207"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="208"/>
        <source>Save the report on this tab as a formatted Excel workbook</source>
        <translation>将本页报表保存为带格式的 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="251"/>
        <source>Double-click an aging amount to see its items</source>
        <translation>双击账龄金额可查看明细</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="284"/>
        <source>Trend of</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="308"/>
        <source>Days delinquent</source>
        <translation>平均逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="308"/>
        <source>Average days delinquent: DSO − best possible DSO</source>
        <translation>平均逾期天数（ADD）= DSO − 最佳 DSO</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="316"/>
        <source>Top-10 share</source>
        <translation>前十大客户占比</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="350"/>
        <source>Open items spread over the coming weeks by how late each customer has paid over the last 12 months; items awaiting an event or in dispute are shown apart.</source>
        <translation>按各客户近 12 个月的付款延迟情况，将未清项分摊到未来各周；待事件触发和有争议的款项单独列示。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="395"/>
        <source>10k</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="395"/>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="396"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="403"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="472"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="428"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="733"/>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="431"/>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="434"/>
        <source>Unapplied receipts and credit notes</source>
        <translation>未核销收款及贷项</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="436"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="473"/>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="988"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="443"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="444"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="445"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="446"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="447"/>
        <source>Open</source>
        <translation>未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="452"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="477"/>
        <source>Method</source>
        <translation>计提方法</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="486"/>
        <source>Open items of this age, provided for at %1</source>
        <translation>该账龄段的未清项，按 %1 计提</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="492"/>
        <source>Open items</source>
        <translation>未清项</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="493"/>
        <source>Provision</source>
        <translation>坏账准备</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="494"/>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="497"/>
        <source>Charge (release)</source>
        <translation>本期计提（转回）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="501"/>
        <source>Provision − previous month: charged to the period, or released when negative</source>
        <translation>本期坏账准备 − 上月：正数为本期计提，负数为转回</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="509"/>
        <source>Over %1 years</source>
        <translation>%1 年以上</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/reports_view.py" line="511"/>
        <source>Within %n year(s)</source>
        <translation>
            <numerusform>%n 年以内</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="512"/>
        <source>%1–%2 years</source>
        <translation>%1–%2 年</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="516"/>
        <source>Age rates</source>
        <translation>账龄组合</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="516"/>
        <source>Individual</source>
        <translation>单项计提</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="520"/>
        <source>Expected</source>
        <translation>预计回款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="521"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="522"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="532"/>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="533"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="534"/>
        <source>No date to expect (later than any past payment)</source>
        <translation>逾期过久，无法预计</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="535"/>
        <source>Awaiting an event (delivery, acceptance…)</source>
        <translation>待事件触发（到货、验收…）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="536"/>
        <source>In dispute</source>
        <translation>有争议</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="589"/>
        <source>Checking the aging against the ledger and the statements…</source>
        <translation>正在将账龄与总账及对账单勾稽…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="649"/>
        <source>%1: aging = ledger = statements = %2 ✓</source>
        <translation>%1：账龄 = 总账 = 对账单 = %2 ✓</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="656"/>
        <source>%1: aging %2, ledger %3, statements %4 — differences %5 and %6 ✗</source>
        <translation>%1：账龄 %2，总账 %3，对账单 %4 — 差额 %5 和 %6 ✗</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="664"/>
        <source>No receivables on this date</source>
        <translation>该日无应收账款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="680"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="683"/>
        <source>Provision as of %1 by the age of the open items since their invoice dates — %2. Customers with an individual provision use their own rate or amount. Previous month&apos;s run: %3. A preview: the month-end run is recorded with acctdesk provision run.</source>
        <translation>截至 %1 的坏账准备，按未清项自开票日起的账龄计提——%2。单项计提的客户按各自的比例或金额计提。上月计提：%3。此为试算；月末计提用 acctdesk provision run 入账。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="723"/>
        <source>No receivables in this currency</source>
        <translation>该币种没有应收账款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="769"/>
        <source>Aging of the %1 largest balances, %2</source>
        <translation>余额最大的 %1 项的账龄（%2）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="798"/>
        <source>not defined this month</source>
        <translation>本月无法计算</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="800"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="812"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="852"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="859"/>
        <source>%1, %2 – %3</source>
        <translation>%1，%2 – %3</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="875"/>
        <source>No open items in this currency</source>
        <translation>该币种没有未清项</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="888"/>
        <source>Week ending</source>
        <translation>周末日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="903"/>
        <source>Receipts expected per week, %1 (total %2)</source>
        <translation>每周预计回款（%1，合计 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/reports_view.py" line="944"/>
        <source>%1 (%2), %3: %Ln item(s), %4</source>
        <translation>
            <numerusform>%1（%2）%3：共 %Ln 笔，%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="965"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="965"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="979"/>
        <source>Exporting to Excel…</source>
        <translation>正在导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reports_view.py" line="1024"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="47"/>
        <source>Reverse %1 %2</source>
        <translation>冲销%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="53"/>
        <source>%1 %2 of %3, dated %4, stays in the ledger; a reversal takes it back on the date below. Allocations to or from it are released on that date.</source>
        <translation>%1 %2（金额 %3，日期 %4）会保留在账上，并在下面的日期做一笔冲销。与它相关的核销在该日期一并解除。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="71"/>
        <source>Reversal date</source>
        <translation>冲销日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="73"/>
        <source>Why, for the audit trail (e.g. wrong customer, duplicate)</source>
        <translation>冲销原因，记入审计日志（如客户选错、重复录入）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="80"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="85"/>
        <source>Reverse</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="99"/>
        <source>Give a reason</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/reversal.py" line="101"/>
        <source>A document cannot be reversed before its own date</source>
        <translation>冲销日期不能早于单据日期</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="64"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="65"/>
        <source>Accountant</source>
        <translation>会计</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="66"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="67"/>
        <source>Credit manager</source>
        <translation>信用经理</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/login.py" line="68"/>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
</context>
<context>
    <name>RowErrorTable</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="257"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="257"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="257"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>SendReminderDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="250"/>
        <source>Send reminder %1</source>
        <translation>发送催款函 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="253"/>
        <source>The customer&apos;s dunning contact</source>
        <translation>客户的催款联系人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="254"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="255"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="188"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="196"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="197"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="198"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="213"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="257"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="215"/>
        <source>Numbers, dates and amounts follow the language. A new language applies after a restart.</source>
        <translation>数字、日期和金额的格式随语言变化。更换语言后需重新启动才能生效。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="222"/>
        <source>Book</source>
        <translation>账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="223"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="224"/>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="226"/>
        <source>Locked up to</source>
        <translation>已结账至</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="229"/>
        <source>Not locked</source>
        <translation>未结账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="231"/>
        <source>Business calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="232"/>
        <source>Acting user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="240"/>
        <source>Reset window and column layout</source>
        <translation>恢复默认的窗口和列布局</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="258"/>
        <source>acctdesk will use %1 the next time it starts.</source>
        <translation>acctdesk 下次启动时将使用%1。</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="233"/>
        <source>Snooze the task for %1</source>
        <translation>暂缓 %1 的任务</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="236"/>
        <source>Why (the customer asked to be called back, …)</source>
        <translation>原因（例如客户要求稍后回电…）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="237"/>
        <source>Until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="238"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>StatementsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="101"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="102"/>
        <source>Batch</source>
        <translation>批量生成</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="103"/>
        <source>Confirmations</source>
        <translation>询证函</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="120"/>
        <source>Customer&apos;s language</source>
        <translation>按客户语言</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="129"/>
        <source>customer code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="132"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="133"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="134"/>
        <source>Save Excel…</source>
        <translation>保存 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="140"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="320"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="141"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="229"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="142"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="230"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="143"/>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="233"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="171"/>
        <source>{0}: opening {1:,}, closing {2:,}, aging total {3:,} {4}</source>
        <translation>{0}：期初 {1:,}，期末 {2:,}，账龄合计 {3:,} {4}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="189"/>
        <source>Save statement</source>
        <translation>保存对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="197"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="206"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="215"/>
        <source>Issue (number) the statements</source>
        <translation>正式出具（编号）对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="220"/>
        <source>Make statements</source>
        <translation>生成对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="221"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="231"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="232"/>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="243"/>
        <source>Folder for the statements</source>
        <translation>对账单保存文件夹</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="251"/>
        <source>Choose a folder and at least one format.</source>
        <translation>请选择文件夹并至少勾选一种格式。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="271"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="290"/>
        <source>Cancelled: no files were written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="292"/>
        <source>{0} statements, {1} files in {2}</source>
        <translation>{0} 份对账单，{1} 个文件，保存在 {2}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="296"/>
        <source>Issued {0} … {1}</source>
        <translation>已出具 {0} … {1}</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="311"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="312"/>
        <source>Outstanding</source>
        <translation>待回函</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="313"/>
        <source>Differing</source>
        <translation>有差异</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="314"/>
        <source>Agreed</source>
        <translation>已确认相符</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="319"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="321"/>
        <source>Period end</source>
        <translation>期末日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="322"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="323"/>
        <source>Closing</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="324"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="325"/>
        <source>Confirmed</source>
        <translation>客户确认金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/statements_view.py" line="326"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
</context>
<context>
    <name>TermEditor</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="55"/>
        <source>Invoice date (N)</source>
        <translation>开票日 (N)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="56"/>
        <source>Invoice received (RCV, 票到)</source>
        <translation>收到发票 (RCV，票到)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="57"/>
        <source>End of invoice month (EOM, 月结)</source>
        <translation>开票当月月末 (EOM，月结)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="58"/>
        <source>End of next month (EONM)</source>
        <translation>次月月末 (EONM)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="59"/>
        <source>Fixed day of next month (DAY)</source>
        <translation>次月固定日 (DAY)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="60"/>
        <source>Contract signing (SIGN)</source>
        <translation>合同签订 (SIGN)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="61"/>
        <source>Delivery (DELIVERY)</source>
        <translation>发货 (DELIVERY)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="62"/>
        <source>Acceptance (ACCEPT)</source>
        <translation>验收 (ACCEPT)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="63"/>
        <source>Milestone (@name)</source>
        <translation>里程碑 (@名称)</translation>
    </message>
</context>
<context>
    <name>TermEditorDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="373"/>
        <source>New payment term</source>
        <translation>新建付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="375"/>
        <source>Payment term %1</source>
        <translation>付款条件 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="387"/>
        <source>e.g. 月结30天, 质保合同</source>
        <translation>如 月结30天、质保合同</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="389"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="392"/>
        <source>e.g. EOM+30, 月结30天, 30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M</source>
        <translation>如 EOM+30、月结30天、30%签订；60%验收后30天；余款 质保金 验收后12个月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="394"/>
        <source>The shorthand of docs/terms.md; Chinese and English words alike</source>
        <translation>docs/terms.md 中的简写，中英文均可</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="400"/>
        <source>Shorthand</source>
        <translation>简写</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="405"/>
        <source>Lines (one installment each)</source>
        <translation>条款行（每行对应一期付款）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="407"/>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="408"/>
        <source>Remove line</source>
        <translation>删除该行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="409"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="410"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="423"/>
        <source>Preview for an invoice dated</source>
        <translation>预览：开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="426"/>
        <source>of</source>
        <translation>，金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="433"/>
        <source>Due dates follow the book&apos;s calendar: %1</source>
        <translation>到期日按账套日历计算：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="447"/>
        <source>The installments appear here once the term reads</source>
        <translation>付款条件可以识别后，各期付款将显示在这里</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="456"/>
        <source>Save term</source>
        <translation>保存付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="460"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="489"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="490"/>
        <source>Term line</source>
        <translation>条款行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="493"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="497"/>
        <source>awaiting %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="501"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="503"/>
        <source>Discount until</source>
        <translation>现金折扣截止</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="507"/>
        <source>Pay within the discount</source>
        <translation>折扣期内应付</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="512"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="546"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="550"/>
        <source>Add at least one line</source>
        <translation>请至少添加一行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="579"/>
        <source>Not a valid term: %1</source>
        <translation>付款条件无效：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="581"/>
        <source>Saved as: %1</source>
        <translation>保存为：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="631"/>
        <source>Give the term a name, such as 月结30天</source>
        <translation>请为付款条件命名，如 月结30天</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="673"/>
        <source>Named payment terms for customers and invoices. Changing a term affects only invoices posted afterwards: a posted invoice keeps its own term and due dates.</source>
        <translation>供客户和发票使用的命名付款条件。修改后仅影响之后过账的发票：已过账的发票保留其原有付款条件和到期日。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="668"/>
        <source>New term…</source>
        <translation>新建付款条件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="669"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="681"/>
        <source>No named terms yet: New term… adds one</source>
        <translation>尚无命名付款条件：点击“新建付款条件…”添加</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="690"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="691"/>
        <source>Installments</source>
        <translation>期数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="694"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="698"/>
        <source>Customers with this term as their default</source>
        <translation>以此为默认付款条件的客户数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/terms_editor.py" line="700"/>
        <source>Term</source>
        <translation>付款条件</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="48"/>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="48"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="57"/>
        <source>Log-in name, e.g. wang</source>
        <translation>登录名，如 wang</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="58"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="60"/>
        <source>Optional: full name, e.g. 王芳</source>
        <translation>选填：姓名，如 王芳</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="62"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="67"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="68"/>
        <source>Active (may log in and work)</source>
        <translation>启用（可登录并操作）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="76"/>
        <source>At least 8 characters; empty: no password</source>
        <translation>至少 8 个字符；留空表示不设密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="78"/>
        <source>Empty: keep the password as it is</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="81"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="81"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="86"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="90"/>
        <source>Once any user has a password, everyone logs in when the book opens. Only administrators manage users.</source>
        <translation>只要有一位用户设置了密码，打开账套时所有人都需要登录。只有管理员可以管理用户。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="100"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="100"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="128"/>
        <source>Enter a user name</source>
        <translation>请输入用户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="131"/>
        <source>A password needs at least 8 characters</source>
        <translation>密码至少需要 8 个字符</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="133"/>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="205"/>
        <source>Each person works under their own name and role; the audit log records who did what. Roles: administrators do everything, accountants post and allocate, collectors chase, credit managers set limits and approve, auditors only read.</source>
        <translation>每个人以自己的用户名和角色操作，审计日志记录谁做了什么。角色：管理员拥有全部权限；会计负责过账和核销；催收员负责催收；信用经理负责设定额度和审批；审计员只能查看。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="198"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="199"/>
        <source>Change role or password…</source>
        <translation>修改角色或密码…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="200"/>
        <location filename="../../src/acctdesk/ui/users_page.py" line="278"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="224"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="225"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="226"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="229"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="230"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="230"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="233"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/users_page.py" line="278"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
</context>
</TS>
