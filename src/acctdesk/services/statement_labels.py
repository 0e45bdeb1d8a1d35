"""Every printed word of a statement, its confirmation slip and its e-mail, per language, in one place.

Statements are printed in the customer's language, not the user's, and outside Qt, so these are
plain dictionaries rather than Qt translations. A missing key in one language is a test failure.
"""

from __future__ import annotations

LANGUAGES = ("zh_CN", "en")

LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "title": "对账单",
        "subtitle": "Statement of Account",
        "number": "编号",
        "draft": "未编号（预览）",
        "issued_on": "出具日期",
        "customer": "客户名称",
        "customer_code": "客户编号",
        "tax_id": "纳税人识别号",
        "address": "地址",
        "bank": "开户银行",
        "bank_account": "银行账号",
        "phone": "电话",
        "email": "邮箱",
        "period": "对账期间",
        "period_range": "{start} 至 {end}",
        "currency": "币种",
        "section": "币种：{currency}",
        "opening": "期初余额",
        "closing": "期末余额",
        "period_total": "本期合计",
        "date": "日期",
        "document": "单据号",
        "kind": "类型",
        "description": "摘要",
        "debit": "借方（增加）",
        "credit": "贷方（减少）",
        "balance": "余额",
        "movements": "本期往来明细",
        "no_movements": "本期无发生额",
        "in_words": "人民币大写",
        "in_words_other": "金额大写",
        "aging": "期末余额账龄分析（截至 {end}）",
        "aging_bucket": "账龄",
        "amount": "金额",
        "share": "占比",
        "bucket_current": "未到期",
        "bucket_range": "逾期 {low}–{high} 天",
        "bucket_over": "逾期 {low} 天以上",
        "awaiting_event": "待触发付款节点",
        "retention": "质保金",
        "disputed": "争议款项",
        "unapplied": "未核销收款及贷项",
        "total": "合计",
        "open_items": "未结清项目（截至 {end}）",
        "invoice": "发票号",
        "installment": "期次",
        "invoice_date": "发票日期",
        "due_date": "到期日",
        "days_overdue": "逾期天数",
        "open_amount": "未付金额",
        "awaiting": "待{event}",
        "retention_short": "质保金",
        "unapplied_items": "未核销收款及贷项（截至 {end}）",
        "unapplied_amount": "未核销金额",
        "none": "无",
        "kind_invoice": "销售发票",
        "kind_credit_note": "贷项通知",
        "kind_receipt": "收款",
        "kind_write_off": "坏账核销",
        "kind_reversal": "冲销{kind}",
        "page": "第 {page} 页 共 {pages} 页",
        "pay_to": "请将款项汇入：{bank} {account}",
        "slip_title": "对账确认函",
        "slip_to": "致：{customer}",
        "slip_body": (
            "本公司与贵公司的往来账项列示如下。截至 {end}，贵公司尚欠本公司 {currency} {amount}。"
            "请核对后在下方选择并签章寄回本公司；如与贵公司记录不符，请列明不符金额及明细。"
            "本函仅为复核账目之用，并非催款结算。"
        ),
        "slip_balance": "截至 {end} 贵公司应付本公司余额",
        "slip_agrees": "□ 1. 信息证明无误。",
        "slip_differs": "□ 2. 信息不符，请列明不符金额及明细：",
        "slip_their_balance": "贵公司记录的余额：",
        "slip_details": "不符明细（单据号、日期、金额）：",
        "slip_ours": "本公司（盖章）",
        "slip_theirs": "客户确认（盖章）",
        "slip_seal": "公司印章",
        "slip_signature": "经办人签字：",
        "slip_date": "日期：      年      月      日",
        "slip_return": "请于收到本函后 {days} 日内签章回复。",
        "mail_subject": "{company} 对账单 {number}（{start} 至 {end}）",
        "mail_body": (
            "{customer}：\n\n"
            "您好！附件为贵公司 {start} 至 {end} 的对账单（编号 {number}）。截至 {end}，"
            "贵公司尚欠本公司 {currency} {amount}。\n\n"
            "请核对后在对账确认函上签章并回复本邮件；如有不符，请列明不符金额及明细。\n\n"
            "{company}\n"
        ),
    },
    "en": {
        "title": "Statement of Account",
        "subtitle": "对账单",
        "number": "Statement no.",
        "draft": "not numbered (preview)",
        "issued_on": "Date",
        "customer": "Customer",
        "customer_code": "Customer code",
        "tax_id": "Tax ID",
        "address": "Address",
        "bank": "Bank",
        "bank_account": "Account no.",
        "phone": "Phone",
        "email": "E-mail",
        "period": "Period",
        "period_range": "{start} to {end}",
        "currency": "Currency",
        "section": "Currency: {currency}",
        "opening": "Opening balance",
        "closing": "Closing balance",
        "period_total": "Period total",
        "date": "Date",
        "document": "Document",
        "kind": "Type",
        "description": "Description",
        "debit": "Debit",
        "credit": "Credit",
        "balance": "Balance",
        "movements": "Movements in the period",
        "no_movements": "No movements in the period",
        "in_words": "RMB in capitals (大写)",
        "in_words_other": "In words",
        "aging": "Aging of the closing balance (as of {end})",
        "aging_bucket": "Age",
        "amount": "Amount",
        "share": "Share",
        "bucket_current": "Not yet due",
        "bucket_range": "{low}–{high} days overdue",
        "bucket_over": "Over {low} days overdue",
        "awaiting_event": "Awaiting a milestone",
        "retention": "Retention",
        "disputed": "In dispute",
        "unapplied": "Unapplied payments and credits",
        "total": "Total",
        "open_items": "Open items (as of {end})",
        "invoice": "Invoice",
        "installment": "Part",
        "invoice_date": "Invoice date",
        "due_date": "Due date",
        "days_overdue": "Days overdue",
        "open_amount": "Open",
        "awaiting": "on {event}",
        "retention_short": "retention",
        "unapplied_items": "Unapplied payments and credits (as of {end})",
        "unapplied_amount": "Unapplied",
        "none": "None",
        "kind_invoice": "Invoice",
        "kind_credit_note": "Credit note",
        "kind_receipt": "Payment",
        "kind_write_off": "Write-off",
        "kind_reversal": "Reversal: {kind}",
        "page": "Page {page} of {pages}",
        "pay_to": "Please pay to: {bank} {account}",
        "slip_title": "Balance Confirmation",
        "slip_to": "To: {customer}",
        "slip_body": (
            "Our records show the account below. As of {end} the balance due from you is "
            "{currency} {amount}. Please tick one box, sign, stamp and return this slip to us; if "
            "your records differ, please give the amount and the items that differ. This is a "
            "confirmation of balance only, not a request for payment."
        ),
        "slip_balance": "Balance due from you as of {end}",
        "slip_agrees": "□ 1. The balance agrees with our records.",
        "slip_differs": "□ 2. The balance differs; details:",
        "slip_their_balance": "Balance in our records:",
        "slip_details": "Items that differ (document, date, amount):",
        "slip_ours": "Issued by",
        "slip_theirs": "Confirmed by",
        "slip_seal": "Company seal",
        "slip_signature": "Signature:",
        "slip_date": "Date:",
        "slip_return": "Please reply within {days} days of receipt.",
        "mail_subject": "{company}: statement {number} ({start} to {end})",
        "mail_body": (
            "Dear {customer},\n\n"
            "Please find attached your statement of account for {start} to {end} (no. {number}). "
            "As of {end} the balance due from you is {currency} {amount}.\n\n"
            "Please check it, then sign and stamp the confirmation slip and reply to this e-mail; "
            "if your records differ, please list the amounts and items that differ.\n\n"
            "Kind regards,\n{company}\n"
        ),
    },
}


def labels(language: str) -> dict[str, str]:
    from acctdesk.services.errors import ValidationError

    if language not in LABELS:
        raise ValidationError(
            f"statements are printed in {' or '.join(LANGUAGES)}, not '{language}'", field="language"
        )
    return LABELS[language]
