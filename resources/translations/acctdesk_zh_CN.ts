<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="120"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="124"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="200"/>
        <source>Allocate receipt %1</source>
        <translation>核销收款 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="203"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="207"/>
        <source>Allocation date</source>
        <translation>核销日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="211"/>
        <source>Suggest oldest first</source>
        <translation>按到期先后自动分配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="212"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="244"/>
        <source>Allocate</source>
        <translation>核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="248"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="285"/>
        <source>Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.</source>
        <translation>收款 %1，付款客户 %2（%3），收款日期 %4，金额 %5，其中待核销 %6。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="315"/>
        <source>This receipt is reversed; it cannot be allocated.</source>
        <translation>该收款已冲销，不能再核销。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="330"/>
        <source>Allocating now: %1</source>
        <translation>本次核销：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="334"/>
        <source>Unapplied remainder: %1</source>
        <translation>剩余未核销：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/allocation.py" line="341"/>
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
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="41"/>
        <source>Enter the amount</source>
        <translation>请输入金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="47"/>
        <source>At most %1 decimals for %2</source>
        <translation>%2 最多保留 %1 位小数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="51"/>
        <source>Not an amount: use digits, e.g. 12,345.67</source>
        <translation>金额格式不对：请只填数字，例如 12,345.67</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="53"/>
        <source>The amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="68"/>
        <source>My book</source>
        <translation>我的账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="76"/>
        <source>Demo book</source>
        <translation>演示账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="104"/>
        <source>Opening the book…</source>
        <translation>正在打开账套…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="115"/>
        <source>Making a demo book: %1 customers, %2 invoices…</source>
        <translation>正在生成演示账套：%1 个客户，%2 张发票…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="150"/>
        <source>Open book</source>
        <translation>打开账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="152"/>
        <source>acctdesk books (*.sqlite *.db);;All files (*)</source>
        <translation>acctdesk 账套 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="160"/>
        <source>New book</source>
        <translation>新建账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/app.py" line="162"/>
        <source>acctdesk books (*.sqlite)</source>
        <translation>acctdesk 账套 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>BankLinesModel</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="66"/>
        <source>Date</source>
        <translation>交易日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="67"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="68"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="69"/>
        <source>Counterparty</source>
        <translation>对方户名</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="70"/>
        <source>Memo</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="72"/>
        <source>Customer</source>
        <translation>匹配客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="73"/>
        <source>Score</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="74"/>
        <source>Pays</source>
        <translation>核销对象</translation>
    </message>
</context>
<context>
    <name>BankView</name>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="143"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="143"/>
        <source>Imported bank lines and the matches proposed</source>
        <translation>已导入的银行流水及推荐的匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="144"/>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="146"/>
        <source>Match the sure ones</source>
        <translation>自动确认高匹配度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="147"/>
        <source>Confirm every proposal scoring 90 or more</source>
        <translation>确认所有匹配度在 90 分及以上的推荐</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="149"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="151"/>
        <source>Ignore…</source>
        <translation>忽略…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="190"/>
        <source>Waiting to be matched</source>
        <translation>待匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="158"/>
        <source>All lines</source>
        <translation>全部流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="191"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="192"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="193"/>
        <source>Money out</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="226"/>
        <source>No proposal: the payer is not recognised.</source>
        <translation>没有推荐：无法识别付款人。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="241"/>
        <source>Import a bank file</source>
        <translation>导入银行流水文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="243"/>
        <source>Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)</source>
        <translation>银行流水文件 (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="252"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="257"/>
        <source>%1 was imported already: nothing added.</source>
        <translation>%1 已导入过，未新增任何流水。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="260"/>
        <source>%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.</source>
        <translation>%1：读取 %2 行，新增 %3 行（收入 %4 行，支出 %5 行），%6 行已在账上。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="276"/>
        <source>Matching…</source>
        <translation>正在匹配…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="281"/>
        <source>%1 of %2 proposals confirmed; %3 wait for review.</source>
        <translation>已确认 %2 条推荐中的 %1 条；%3 条待人工复核。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="287"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="301"/>
        <source>Line %1 is receipt %2 of %3.</source>
        <translation>第 %1 行已记为 %3 的收款 %2。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="316"/>
        <source>Ignore the line</source>
        <translation>忽略该流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="316"/>
        <source>Why is it not a customer payment?</source>
        <translation>为什么不是客户回款？</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/bank_view.py" line="323"/>
        <source>Line %1 ignored.</source>
        <translation>第 %1 行已忽略。</translation>
    </message>
</context>
<context>
    <name>CollectionsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="276"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="276"/>
        <source>Today&apos;s worklist by priority</source>
        <translation>今日催收任务（按优先级）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="277"/>
        <source>Run today&apos;s reminders</source>
        <translation>执行今日催款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="282"/>
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="284"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="363"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="299"/>
        <source>Nothing to chase today</source>
        <translation>今天没有需要催收的客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="304"/>
        <source>Log a call…</source>
        <translation>记录通话…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="305"/>
        <source>Record a promise…</source>
        <translation>记录承诺付款…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="306"/>
        <source>Send the reminder…</source>
        <translation>发送催款函…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="307"/>
        <source>Snooze…</source>
        <translation>暂缓…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="308"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="325"/>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="450"/>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="330"/>
        <source>No follow-ups logged yet</source>
        <translation>尚无跟进记录</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="347"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="351"/>
        <source>Overdue amount × days overdue × risk weight</source>
        <translation>逾期金额 × 逾期天数 × 风险权重</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="354"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="355"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="356"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="357"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="358"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="359"/>
        <source>Grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="360"/>
        <source>Reminder</source>
        <translation>催款函</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="361"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="362"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="364"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="369"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="370"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="371"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="372"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="373"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="374"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="375"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="415"/>
        <source>%1 tasks on %2, highest priority (amount × days overdue × risk) first</source>
        <translation>%2 共 %1 项任务，按优先级（金额 × 逾期天数 × 风险）从高到低排列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="454"/>
        <source>Follow-up log: %1 %2</source>
        <translation>跟进记录：%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="469"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="498"/>
        <source>Task done</source>
        <translation>任务已完成</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="511"/>
        <source>Reminder run: %1 reminders, %2 promises kept, %3 broken</source>
        <translation>催款已执行：%1 份催款函，%2 笔承诺已兑现，%3 笔未兑现</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="528"/>
        <source>Running today&apos;s reminders…</source>
        <translation>正在执行今日催款…</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="55"/>
        <source>Coming in a later release</source>
        <translation>后续版本推出</translation>
    </message>
</context>
<context>
    <name>ComingPages</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="89"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="91"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="92"/>
        <source>Import bank statements and match the money that came in to open invoices.</source>
        <translation>导入银行流水，把到账款项与未清发票自动匹配。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="96"/>
        <source>Statements from CSV and Excel, MT940, CAMT.053 and OFX</source>
        <translation>支持 CSV、Excel、MT940、CAMT.053 和 OFX 格式的银行流水</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="99"/>
        <source>Each bank line imported once, even from overlapping files</source>
        <translation>同一笔流水只导入一次，文件有重叠也不会重复</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="102"/>
        <source>Suggested matches by amount, payer name and invoice numbers in the memo</source>
        <translation>按金额、付款人名称和摘要中的发票号推荐匹配</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="111"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="113"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="114"/>
        <source>A worklist of who to chase today, and how hard.</source>
        <translation>今天该催谁、催到什么程度，一张清单全看到。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="116"/>
        <source>Reminder levels with letters and e-mails in the customer&apos;s language</source>
        <translation>分级催款，函件和邮件使用客户的语言</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="119"/>
        <source>Promises to pay, kept or broken, and follow-up dates</source>
        <translation>记录承诺付款及兑现情况，安排跟进日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="122"/>
        <source>Credit holds and their release by an approver</source>
        <translation>信用冻结及审批解冻</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="130"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="132"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="133"/>
        <source>Statements of account (对账单) and balance confirmations for your customers.</source>
        <translation>为客户出具对账单和余额询证函。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="138"/>
        <source>Opening balance, movements and closing balance for any period</source>
        <translation>任意期间的期初余额、本期发生额和期末余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="141"/>
        <source>PDF and Excel, with the amount in Chinese capitals</source>
        <translation>导出 PDF 和 Excel，金额附人民币大写</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="144"/>
        <source>Confirmations signed back, or the difference the customer states</source>
        <translation>记录客户盖章确认，或客户列明的差异</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="152"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="154"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="155"/>
        <source>Aging, DSO and collection reports as of any date, tied to the ledger to the cent.</source>
        <translation>任意截止日的账龄、应收账款周转天数和回款报表，与总账分毫不差。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="160"/>
        <source>Aging by customer, group, salesperson or collector</source>
        <translation>按客户、集团、销售员或催收员分析账龄</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="163"/>
        <source>Bad-debt provision by aging bucket</source>
        <translation>按账龄区间计提坏账准备</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="164"/>
        <source>DSO, CEI and collection rate by month</source>
        <translation>按月统计周转天数、回款效率指数和回款率</translation>
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
        <location filename="../../src/acctdesk/ui/customers.py" line="256"/>
        <source>← All customers</source>
        <translation>← 返回客户列表</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="258"/>
        <source>New invoice…</source>
        <translation>新增发票…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="260"/>
        <source>New receipt…</source>
        <translation>新增收款…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="274"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="425"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="275"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="276"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="277"/>
        <source>Credit use</source>
        <translation>额度使用率</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="278"/>
        <source>Group</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="279"/>
        <source>Payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="280"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="281"/>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="282"/>
        <source>Tax ID</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="283"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="392"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="312"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="332"/>
        <source>Open items</source>
        <translation>未清项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="315"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln 笔未清项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="327"/>
        <source>History</source>
        <translation>往来明细</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="330"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln 笔单据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="333"/>
        <source>Document history</source>
        <translation>往来明细</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="360"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="361"/>
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="364"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="371"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="375"/>
        <source>on %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="382"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="387"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="388"/>
        <source>Open</source>
        <translation>未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="389"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="426"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="401"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="404"/>
        <source>Document</source>
        <translation>单据类型</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="409"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="412"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="416"/>
        <source>A reversal entry (冲销) taking back an earlier document</source>
        <translation>冲销分录：冲回此前的单据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="418"/>
        <source>Charged</source>
        <translation>借方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="421"/>
        <source>Paid or credited</source>
        <translation>贷方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="427"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="82"/>
        <location filename="../../src/acctdesk/ui/customers.py" line="89"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/customers.py" line="92"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="94"/>
        <source>Search code, name, alias or pinyin initials (e.g. hxkj)</source>
        <translation>搜索编码、名称、别名或拼音首字母（如 hxkj）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="96"/>
        <source>All groups</source>
        <translation>全部集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="97"/>
        <source>All collectors</source>
        <translation>全部催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="98"/>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="99"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="126"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="127"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="128"/>
        <source>Group</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="129"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="132"/>
        <source>Salesperson</source>
        <translation>销售员</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="137"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="138"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="141"/>
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="149"/>
        <source>Days overdue</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="153"/>
        <source>Days since the oldest overdue item fell due</source>
        <translation>最早一笔逾期款项到期至今的天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="157"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="164"/>
        <source>Credit use</source>
        <translation>额度使用率</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="169"/>
        <source>Balance as a share of the credit limit</source>
        <translation>应收余额占信用额度的比例</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="171"/>
        <source>Payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/customers.py" line="174"/>
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
        <location filename="../../src/acctdesk/ui/dashboard.py" line="147"/>
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
        <location filename="../../src/acctdesk/ui/dashboard.py" line="145"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="146"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="148"/>
        <source>Oldest, days</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="149"/>
        <source>Balance</source>
        <translation>应收余额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="199"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="202"/>
        <source>No postings yet</source>
        <translation>尚无记账数据</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="208"/>
        <source>Unapplied cash and credit %1</source>
        <translation>未核销收款及贷项 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="213"/>
        <source>%1 of receivables</source>
        <translation>占应收账款 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="218"/>
        <source>%1, up to %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="221"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="225"/>
        <source>Credit sales %1</source>
        <translation>赊销额 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="232"/>
        <source>Unapplied cash and credit (not in the bars): %1</source>
        <translation>未核销收款及贷项（未计入柱形图）：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="258"/>
        <source>10k</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="258"/>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="277"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/dashboard.py" line="285"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="26"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="107"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="117"/>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="221"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="223"/>
        <source>Copy with headers</source>
        <translation>连同表头复制</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="226"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/table.py" line="239"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="131"/>
        <source>Any date</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="132"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="133"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="134"/>
        <source>Last 90 days</source>
        <translation>近90天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="135"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="136"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="156"/>
        <source>Log a follow-up with %1</source>
        <translation>记录与 %1 的跟进</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="159"/>
        <source>Whom you spoke to</source>
        <translation>对接人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="161"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="164"/>
        <source>Follow up on</source>
        <translation>下次跟进日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="172"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="173"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="174"/>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="175"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="176"/>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="63"/>
        <source>New invoice</source>
        <translation>新增发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="77"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="80"/>
        <source>The invoice (fapiao) number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="81"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="84"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="95"/>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="180"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="99"/>
        <source>e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30</source>
        <translation>例如 EOM+30、月结30天、30% SIGN; BAL ACCEPT+30</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="100"/>
        <source>A payment term&apos;s name or its shorthand (see docs/terms.md)</source>
        <translation>付款条件的名称或简写（见 docs/terms.md）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="101"/>
        <source>Payment term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="105"/>
        <source>Fixed due date instead of the term</source>
        <translation>不按付款条件，指定到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="116"/>
        <source>Optional: contract, order or goods</source>
        <translation>选填：合同、订单或货物</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="117"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="120"/>
        <source>Installments this term makes</source>
        <translation>按此付款条件生成的分期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="126"/>
        <source>Enter a payment term to see its installments</source>
        <translation>输入付款条件即可预览分期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="133"/>
        <source>Post invoice</source>
        <translation>过账发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="137"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="167"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="168"/>
        <source>Term line</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="171"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="175"/>
        <source>on %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="182"/>
        <source>Retention</source>
        <translation>质保金</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="183"/>
        <source>Discount until</source>
        <translation>现金折扣截止</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="235"/>
        <source>Choose a customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="237"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>客户不存在：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="239"/>
        <source>Loading the customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="241"/>
        <source>Enter the invoice number</source>
        <translation>请输入发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="248"/>
        <source>The due date is before the invoice date</source>
        <translation>到期日早于开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="250"/>
        <source>Enter a payment term or a fixed due date</source>
        <translation>请输入付款条件或指定到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoice_entry.py" line="255"/>
        <source>Payment term not understood: %1</source>
        <translation>无法识别付款条件：%1</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="49"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="67"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="94"/>
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
        <location filename="../../src/acctdesk/ui/invoices.py" line="70"/>
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
        <location filename="../../src/acctdesk/ui/invoices.py" line="75"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="83"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="127"/>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="107"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="136"/>
        <source>Open items</source>
        <translation>未清项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/acctdesk/ui/invoices.py" line="110"/>
        <source>%Ln open item(s)</source>
        <translation>
            <numerusform>%Ln 笔未清项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="112"/>
        <source>Search invoice number or customer</source>
        <translation>搜索发票号或客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="115"/>
        <source>All open items</source>
        <translation>全部未清项</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="125"/>
        <source>Show all ages</source>
        <translation>显示全部账龄</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="143"/>
        <source>Number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="144"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="187"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="145"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="188"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="148"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="193"/>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="155"/>
        <source>Next due</source>
        <translation>下一到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="159"/>
        <source>The earliest due date still open</source>
        <translation>尚未结清的最早到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="161"/>
        <source>Term</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="162"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="216"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="163"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="217"/>
        <source>Open</source>
        <translation>未清金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="164"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="218"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="167"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="211"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="174"/>
        <location filename="../../src/acctdesk/ui/invoices.py" line="221"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="180"/>
        <source>Description</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="181"/>
        <source>Reversal reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="189"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="190"/>
        <source>Installment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="200"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="204"/>
        <source>on %1</source>
        <translation>待%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="248"/>
        <source>Over %1 days overdue</source>
        <translation>逾期 %1 天以上</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="251"/>
        <source>%1–%2 days overdue</source>
        <translation>逾期 %1–%2 天</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="267"/>
        <source>— open %1</source>
        <translation>— 未清 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="329"/>
        <source>Open customer %1</source>
        <translation>打开客户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/invoices.py" line="332"/>
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
    <name>ListPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="300"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="345"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="345"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="355"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="373"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/widgets/common.py" line="381"/>
        <source>Exporting to Excel…</source>
        <translation>正在导出 Excel…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="73"/>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="148"/>
        <source>Statements</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="125"/>
        <source>acctdesk — %1</source>
        <translation>acctdesk — %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="143"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="144"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="145"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="146"/>
        <source>Receipts</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="147"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="149"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="150"/>
        <source>Collections</source>
        <translation>催收</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="180"/>
        <source>Coming in a later release</source>
        <translation>后续版本推出</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="204"/>
        <source>Book: %1</source>
        <translation>账套：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="206"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="208"/>
        <source>Every list and figure is as it stood at the end of this day</source>
        <translation>所有列表和数字均按该日日终的状态计算</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="213"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="218"/>
        <source>As of</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="229"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="231"/>
        <source>&amp;New book…</source>
        <translation>新建账套(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="234"/>
        <source>&amp;Open book…</source>
        <translation>打开账套(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="236"/>
        <source>Recent books</source>
        <translation>最近使用的账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="239"/>
        <source>New &amp;demo book</source>
        <translation>新建演示账套(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="241"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="245"/>
        <source>Back up a team book with the database server&apos;s tools (pg_dump)</source>
        <translation>团队账套请使用数据库服务器的工具备份（pg_dump）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="249"/>
        <source>A consistent copy into the backups folder beside the book</source>
        <translation>在账套旁的 backups 文件夹中生成一份一致的副本</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="253"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="255"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="256"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="257"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="259"/>
        <source>New &amp;invoice…</source>
        <translation>新增发票(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="260"/>
        <source>New &amp;receipt…</source>
        <translation>新增收款(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="262"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="269"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="270"/>
        <source>Show &amp;navigation</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="275"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="276"/>
        <source>&amp;About acctdesk</source>
        <translation>关于 acctdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="294"/>
        <source>No recent books</source>
        <translation>没有最近使用的账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="371"/>
        <source>Invoice %1 posted</source>
        <translation>发票 %1 已过账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="381"/>
        <source>Receipt %1 posted</source>
        <translation>收款 %1 已过账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="393"/>
        <source>Receipt %1 allocated</source>
        <translation>收款 %1 已核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="403"/>
        <source>%1 reversed</source>
        <translation>%1 已冲销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="416"/>
        <source>Backup written to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="419"/>
        <source>Backing up the book…</source>
        <translation>正在备份账套…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="425"/>
        <source>About acctdesk</source>
        <translation>关于 acctdesk</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="427"/>
        <source>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;Receivables, aging, credit control and collections for small finance teams that sell on credit terms.&lt;/p&gt;&lt;p&gt;Your books stay on your computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;acctdesk %1&lt;/h3&gt;&lt;p&gt;面向赊销业务财务团队的应收账款、账龄、信用控制与催收工具。&lt;/p&gt;&lt;p&gt;账套数据只保存在您自己的电脑上。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/mainwindow.py" line="461"/>
        <source>Window and column layout reset</source>
        <translation>窗口和列布局已恢复默认</translation>
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
        <location filename="../../src/acctdesk/ui/collections_view.py" line="195"/>
        <source>Record a promise to pay from %1</source>
        <translation>记录 %1 的承诺付款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="201"/>
        <source>INV-1, INV-2/2 — empty: the whole account</source>
        <translation>INV-1, INV-2/2 — 留空表示整个账户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="202"/>
        <source>Amount</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="203"/>
        <source>Promised date</source>
        <translation>承诺付款日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="204"/>
        <source>Invoices</source>
        <translation>涉及发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="210"/>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>“%1”不是有效金额</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="37"/>
        <source>New receipt</source>
        <translation>新增收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="48"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="58"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="60"/>
        <source>Receipt date</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="62"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="65"/>
        <source>Bill matures on</source>
        <translation>汇票到期日</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="67"/>
        <source>Bank reference or bill number</source>
        <translation>银行流水号或票据号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="68"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="70"/>
        <source>Who paid, if not the customer itself</source>
        <translation>实际付款方（非客户本身付款时填写）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="71"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="73"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="75"/>
        <source>Leave empty for the next RC number</source>
        <translation>留空则自动编号（RC）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="76"/>
        <source>Receipt number</source>
        <translation>收款单号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="78"/>
        <source>Allocate to open invoices after posting</source>
        <translation>过账后立即核销到未清发票</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="84"/>
        <source>Post receipt</source>
        <translation>过账收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="131"/>
        <source>Choose a customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="133"/>
        <source>Loading the customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="135"/>
        <source>Unknown customer: pick one from the list</source>
        <translation>客户不存在：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipt_entry.py" line="142"/>
        <source>A bill cannot mature before it was received</source>
        <translation>汇票到期日不能早于收票日期</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="41"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="57"/>
        <source>Receipts</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="42"/>
        <location filename="../../src/acctdesk/ui/receipts.py" line="187"/>
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
        <location filename="../../src/acctdesk/ui/receipts.py" line="60"/>
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
        <location filename="../../src/acctdesk/ui/receipts.py" line="65"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="73"/>
        <source>All currencies</source>
        <translation>全部币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="90"/>
        <source>Number</source>
        <translation>收款单号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="92"/>
        <source>Date</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="94"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="95"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="98"/>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="104"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="105"/>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="106"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="107"/>
        <source>Applied</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="108"/>
        <source>Unapplied</source>
        <translation>未核销</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="109"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="112"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="118"/>
        <source>Memo</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="119"/>
        <source>Reversal reason</source>
        <translation>冲销原因</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="190"/>
        <source>Open customer %1</source>
        <translation>打开客户 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/receipts.py" line="192"/>
        <source>Reverse receipt…</source>
        <translation>冲销收款…</translation>
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
    <name>SendReminderDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="243"/>
        <source>Send reminder %1</source>
        <translation>发送催款函 %1</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="246"/>
        <source>The customer&apos;s dunning contact</source>
        <translation>客户的催款联系人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="247"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="248"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="183"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="197"/>
        <location filename="../../src/acctdesk/ui/pages.py" line="237"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="199"/>
        <source>Numbers, dates and amounts follow the language. A new language applies after a restart.</source>
        <translation>数字、日期和金额的格式随语言变化。更换语言后需重新启动才能生效。</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="206"/>
        <source>Book</source>
        <translation>账套</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="207"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="208"/>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="210"/>
        <source>Locked up to</source>
        <translation>已结账至</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="213"/>
        <source>Not locked</source>
        <translation>未结账</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="215"/>
        <source>Business calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="216"/>
        <source>Acting user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="224"/>
        <source>Reset window and column layout</source>
        <translation>恢复默认的窗口和列布局</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/pages.py" line="238"/>
        <source>acctdesk will use %1 the next time it starts.</source>
        <translation>acctdesk 下次启动时将使用%1。</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="226"/>
        <source>Snooze the task for %1</source>
        <translation>暂缓 %1 的任务</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="229"/>
        <source>Why (the customer asked to be called back, …)</source>
        <translation>原因（例如客户要求稍后回电…）</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="230"/>
        <source>Until</source>
        <translation>暂缓至</translation>
    </message>
    <message>
        <location filename="../../src/acctdesk/ui/collections_view.py" line="231"/>
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
</TS>
