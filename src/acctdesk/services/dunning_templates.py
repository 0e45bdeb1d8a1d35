"""Every printed word of a dunning letter and its e-mail, per template and language, in one place.

Letters go out in the customer's language (zh_CN or en), not the user's, and outside Qt, so these
are plain dictionaries like the statements' labels. A template is chosen by a policy level; its
texts may use {customer}, {company}, {currency}, {total}, {as_of}, {pay_by}, {number}, {level}.
A missing key in one language is a test failure.
"""

from __future__ import annotations

from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

LANGUAGES = ("zh_CN", "en")

TEMPLATE_KEYS = ("friendly", "first", "second", "final", "escalation")

TEMPLATES: dict[str, dict[str, dict[str, str]]] = {
    "friendly": {
        "zh_CN": {
            "title": "付款提醒函",
            "subject": "{company}付款提醒：{currency} {total} 即将到期",
            "body": (
                "感谢贵司一直以来的支持与合作。截至 {as_of}，下列款项即将或已经到期，"
                "合计 {currency} {total}。"
                "烦请贵司安排按期付款；如已付款，请忽略本函并告知我们付款信息，以便及时核销。"
            ),
        },
        "en": {
            "title": "Payment Reminder",
            "subject": "{company}: friendly reminder, {currency} {total} falling due",
            "body": (
                "Thank you for your business. As of {as_of} the items below are falling due, "
                "{currency} {total} in total. We would be grateful if you could arrange payment on time; "
                "if you have already paid, please disregard this letter and send us the payment details "
                "so that we can apply it."
            ),
        },
    },
    "first": {
        "zh_CN": {
            "title": "催款函",
            "subject": "{company}催款函 {number}：逾期款项 {currency} {total}",
            "body": (
                "经核对，截至 {as_of}，贵司下列款项已超过约定付款期限，尚欠 {currency} {total}。"
                "请贵司于 {pay_by} 前安排支付。如已付款，请将付款凭证发送给我们，以便核销。"
            ),
        },
        "en": {
            "title": "Overdue Notice",
            "subject": "{company} overdue notice {number}: {currency} {total} past due",
            "body": (
                "According to our records, as of {as_of} the items below are past their agreed due dates, "
                "{currency} {total} in total. Please arrange payment by {pay_by}. If you have already paid, "
                "kindly send us the remittance advice so that we can apply it."
            ),
        },
    },
    "second": {
        "zh_CN": {
            "title": "催款函（第二次）",
            "subject": "{company}第二次催款函 {number}：逾期款项 {currency} {total}",
            "body": (
                "我司已于此前发函提醒，但截至 {as_of}，贵司下列款项仍未支付，尚欠 {currency} {total}。"
                "请贵司务必于 {pay_by} 前付清，并与我司财务部联系确认付款安排。"
            ),
        },
        "en": {
            "title": "Second Overdue Notice",
            "subject": "{company} second notice {number}: {currency} {total} past due",
            "body": (
                "We wrote to you earlier about the items below; as of {as_of} they remain unpaid, "
                "{currency} {total} in total. Please settle them by {pay_by} and contact our finance "
                "department to confirm your payment plan."
            ),
        },
    },
    "final": {
        "zh_CN": {
            "title": "最后催款函",
            "subject": "{company}最后催款函 {number}：逾期款项 {currency} {total}",
            "body": (
                "截至 {as_of}，贵司下列款项已严重逾期，尚欠 {currency} {total}，我司多次催收未果。"
                "请贵司于 {pay_by} 前付清全部欠款（含逾期利息及费用）。逾期仍未付款的，我司将暂停供货并"
                "保留通过法律途径追偿的权利。"
            ),
        },
        "en": {
            "title": "Final Demand",
            "subject": "{company} final demand {number}: {currency} {total} past due",
            "body": (
                "As of {as_of} the items below are seriously overdue, {currency} {total} in total, despite "
                "our earlier reminders. Please pay the full amount, including late interest and fees, by "
                "{pay_by}. Otherwise we will suspend deliveries and reserve the right to take legal action "
                "to recover the debt."
            ),
        },
    },
    "escalation": {
        "zh_CN": {
            "title": "催款函（移交法务前最后通知）",
            "subject": "{company}催款函 {number}：逾期款项 {currency} {total} 将移交处理",
            "body": (
                "截至 {as_of}，贵司下列款项逾期已久，尚欠 {currency} {total}。如贵司未能于 {pay_by} 前付清，"
                "本案将移交我司管理层及法律顾问处理，由此产生的一切费用由贵司承担。"
            ),
        },
        "en": {
            "title": "Notice Before Legal Action",
            "subject": "{company} notice {number}: {currency} {total} to be escalated",
            "body": (
                "As of {as_of} the items below have long been overdue, {currency} {total} in total. Unless "
                "they are paid by {pay_by}, the matter will be passed to our management and legal counsel, "
                "and any costs arising will be charged to you."
            ),
        },
    },
}

LABELS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "to": "致",
        "number": "编号",
        "draft": "未编号（预览）",
        "date": "日期",
        "customer_code": "客户编号",
        "invoice": "发票号",
        "installment": "期次",
        "invoice_date": "发票日期",
        "due_date": "到期日",
        "days_overdue": "逾期天数",
        "not_due": "{days} 天后到期",
        "amount": "应收金额",
        "open_amount": "未付金额",
        "interest": "逾期利息",
        "subtotal": "所列款项合计",
        "fee": "催收费用",
        "interest_total": "逾期利息（年利率 {rate}）",
        "total_due": "应付总额",
        "pay_to": "收款账户",
        "bank": "开户银行",
        "bank_account": "银行账号",
        "contact": "如有疑问，请联系我司财务部。",
        "sign": "{company}\n财务部\n{date}",
        "page": "第 {page} 页 共 {pages} 页",
        "salutation": "{customer}：",
        "mail_body": "{customer}：\n\n{body}\n\n详见附件 {attachment}。\n\n{company} 财务部",
    },
    "en": {
        "to": "To",
        "number": "No.",
        "draft": "draft (not numbered)",
        "date": "Date",
        "customer_code": "Customer code",
        "invoice": "Invoice",
        "installment": "Inst.",
        "invoice_date": "Invoice date",
        "due_date": "Due date",
        "days_overdue": "Days overdue",
        "not_due": "due in {days} d",
        "amount": "Amount",
        "open_amount": "Open",
        "interest": "Interest",
        "subtotal": "Items listed",
        "fee": "Collection fee",
        "interest_total": "Late interest ({rate} a year)",
        "total_due": "Total due",
        "pay_to": "Please pay to",
        "bank": "Bank",
        "bank_account": "Account",
        "contact": "If you have any questions, please contact our finance department.",
        "sign": "{company}\nFinance Department\n{date}",
        "page": "Page {page} of {pages}",
        "salutation": "Dear {customer},",
        "mail_body": "Dear {customer},\n\n{body}\n\nPlease see the attached {attachment}.\n\n"
        "{company} Finance Department",
    },
}


def template_text(template: str, language: str) -> dict[str, str]:
    if template not in TEMPLATES:
        raise ValidationError(
            _("'{template}' is not a letter template ({choices})").format(
                template=template, choices=", ".join(TEMPLATE_KEYS)
            ),
            field="template",
        )
    if language not in LANGUAGES:
        raise ValidationError(
            _("letters are written in {choices}, not '{language}'").format(
                choices=" or ".join(LANGUAGES), language=language
            )
        )
    return TEMPLATES[template][language]


def labels(language: str) -> dict[str, str]:
    if language not in LABELS:
        raise ValidationError(
            _("letters are written in {choices}, not '{language}'").format(
                choices=" or ".join(LANGUAGES), language=language
            )
        )
    return LABELS[language]
