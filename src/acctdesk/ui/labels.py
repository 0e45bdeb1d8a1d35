"""The words for the ledger's codes (statuses, document kinds, receipt methods) in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def invoice_status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Not yet due"),
        "partly_paid": QCoreApplication.translate("Labels", "Partly paid"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "settled": QCoreApplication.translate("Labels", "Settled"),
        "reversed": QCoreApplication.translate("Labels", "Reversed"),
        "future": QCoreApplication.translate("Labels", "After the as-of date"),
        "unsettled": QCoreApplication.translate("Labels", "Not settled"),
    }.get(code, code)


def open_item_status(code: str) -> str:
    return {
        "current": QCoreApplication.translate("Labels", "Not yet due"),
        "overdue": QCoreApplication.translate("Labels", "Overdue"),
        "retention": QCoreApplication.translate("Labels", "Retention"),
        "awaiting": QCoreApplication.translate("Labels", "Awaiting event"),
    }.get(code, code)


def receipt_status(code: str) -> str:
    return {
        "unapplied": QCoreApplication.translate("Labels", "Unapplied"),
        "partly_applied": QCoreApplication.translate("Labels", "Partly applied"),
        "applied": QCoreApplication.translate("Labels", "Applied"),
        "reversed": QCoreApplication.translate("Labels", "Reversed"),
        "future": QCoreApplication.translate("Labels", "After the as-of date"),
        "not_applied": QCoreApplication.translate("Labels", "Not fully applied"),
    }.get(code, code)


def customer_status(code: str) -> str:
    return {
        "active": QCoreApplication.translate("Labels", "Active"),
        "hold": QCoreApplication.translate("Labels", "Credit hold"),
        "inactive": QCoreApplication.translate("Labels", "Inactive"),
    }.get(code, code)


def document_kind(code: str) -> str:
    return {
        "invoice": QCoreApplication.translate("Labels", "Invoice"),
        "credit_note": QCoreApplication.translate("Labels", "Credit note"),
        "receipt": QCoreApplication.translate("Labels", "Receipt"),
        "write_off": QCoreApplication.translate("Labels", "Write-off"),
        "allocation": QCoreApplication.translate("Labels", "Allocation"),
    }.get(code, code)


def receipt_method(code: str) -> str:
    return {
        "bank_transfer": QCoreApplication.translate("Labels", "Bank transfer"),
        "cash": QCoreApplication.translate("Labels", "Cash"),
        "bank_acceptance_bill": QCoreApplication.translate("Labels", "Bank acceptance bill"),
        "commercial_bill": QCoreApplication.translate("Labels", "Commercial acceptance bill"),
        "cheque": QCoreApplication.translate("Labels", "Cheque"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(code, code)


def event_name(code: str | None) -> str:
    if not code:
        return ""
    return {
        "signing": QCoreApplication.translate("Labels", "contract signing"),
        "delivery": QCoreApplication.translate("Labels", "delivery"),
        "acceptance": QCoreApplication.translate("Labels", "acceptance"),
    }.get(code, code)


def bucket_label(key: str, low: int | None, high: int | None, *, short: bool = False) -> str:
    """An aging bucket's name; `short` for chart axes ("1–30", "> 365")."""
    if key == "current":
        return QCoreApplication.translate("Labels", "Not due") if short else invoice_status("open")
    if key == "retention":
        return QCoreApplication.translate("Labels", "Retention")
    if key == "awaiting":
        return QCoreApplication.translate("Labels", "Awaiting") if short else open_item_status("awaiting")
    if high is None:
        if short:
            return f"> {(low or 1) - 1}"
        return QCoreApplication.translate("Labels", "Over %1 days").replace("%1", str((low or 1) - 1))
    if short:
        return f"{low}–{high}"
    return QCoreApplication.translate("Labels", "%1–%2 days").replace("%1", str(low)).replace("%2", str(high))


def calendar_name(code: str) -> str:
    return {
        "none": QCoreApplication.translate("Labels", "Calendar days (due dates are not moved)"),
        "weekends": QCoreApplication.translate("Labels", "Weekdays (weekend due dates move to Monday)"),
        "china": QCoreApplication.translate("Labels", "Chinese working days (holidays and make-up days)"),
    }.get(code, code)
