"""Sending an issued statement by e-mail: the PDF attached, a message in the customer's language.

SMTP settings live in the book (setting "smtp": host, port, security, user, sender); the password
never does: it comes from the operating system's keyring (service "acctdesk-smtp") when the
`keyring` package is installed, else from $ACCTDESK_SMTP_PASSWORD. The actual sending is a
callable so that tests and the app can hand in their own.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from acctdesk.services.auth import Action, resolve_actor
from acctdesk.services.confirmations import IssuedStatement, get_issued, mark_sent
from acctdesk.services.errors import Conflict, DomainError, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.settings import get_setting, put_setting
from acctdesk.services.statement_batch import file_stem
from acctdesk.services.statement_labels import labels
from acctdesk.services.statement_pdf import render_pdf
from acctdesk.services.statements import Statement, format_amount, statement
from acctdesk.services.uow import UnitOfWork

SMTP_SETTING = "smtp"
KEYRING_SERVICE = "acctdesk-smtp"
PASSWORD_ENV = "ACCTDESK_SMTP_PASSWORD"
SECURITY = ("starttls", "ssl", "none")

Sender = Callable[[EmailMessage], None]


class MailError(DomainError):
    """The mail server refused or could not be reached; nothing was recorded as sent."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls (587), ssl (465) or none (a local relay)
    user: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""
    timeout: int = 30

    @classmethod
    def from_setting(cls, value: dict | None) -> SmtpSettings:
        known = {f.name: f.type for f in fields(cls)}
        values = {k: v for k, v in (value or {}).items() if k in known}
        for key in ("port", "timeout"):
            if key in values:
                values[key] = int(values[key])
        return cls(**values)


def smtp_settings(session) -> SmtpSettings:
    return SmtpSettings.from_setting(get_setting(session, SMTP_SETTING, {}))


def set_smtp_settings(uow: UnitOfWork, **values) -> SmtpSettings:
    known = {f.name for f in fields(SmtpSettings)}
    unknown = sorted(set(values) - known)
    if unknown or "password" in values:
        raise ValidationError(
            _("the SMTP password is kept in the system keyring, not in the book")
            if "password" in values
            else _("SMTP settings have no field {fields}").format(fields=", ".join(unknown)),
            field=(unknown or ["password"])[0],
        )
    if values.get("security", "starttls") not in SECURITY:
        raise ValidationError(
            _("security is one of {choices}").format(choices=", ".join(SECURITY)), field="security"
        )
    with uow.book.sessions() as session:
        current = get_setting(session, SMTP_SETTING, {}) or {}
    merged = {**current, **values}
    settings = SmtpSettings.from_setting(merged)
    put_setting(uow, SMTP_SETTING, merged)
    return settings


def smtp_password(settings: SmtpSettings) -> str | None:
    if not settings.user:
        return None
    try:
        import keyring  # optional: the OS keyring on Windows, macOS and desktop Linux

        password = keyring.get_password(KEYRING_SERVICE, settings.user)
    except Exception:  # no keyring package or no backend: fall back to the environment
        password = None
    return password or os.environ.get(PASSWORD_ENV)


def smtp_sender(settings: SmtpSettings) -> Sender:
    """Send through the book's SMTP server."""
    if not settings.host:
        raise MailError(_("no mail server is set up: set the SMTP host first (acctdesk smtp --host …)"))

    def send(message: EmailMessage) -> None:
        password = smtp_password(settings)
        try:
            if settings.security == "ssl":
                client = smtplib.SMTP_SSL(
                    settings.host,
                    settings.port,
                    timeout=settings.timeout,
                    context=ssl.create_default_context(),
                )
            else:
                client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
            with client:
                if settings.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if settings.user:
                    if not password:
                        raise MailError(
                            _(
                                "no SMTP password for {user}: store it in the system keyring "
                                "(service '{service}') or set {variable}"
                            ).format(user=settings.user, service=KEYRING_SERVICE, variable=PASSWORD_ENV)
                        )
                    client.login(settings.user, password)
                client.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise MailError(
                _("the mail server {host}:{port} did not take the mail: {error}").format(
                    host=settings.host, port=settings.port, error=error
                )
            ) from None

    return send


def statement_email(
    statement_: Statement,
    issued: IssuedStatement,
    *,
    to: str,
    pdf: bytes,
    settings: SmtpSettings,
) -> EmailMessage:
    """The message: subject and body in the statement's language, the PDF attached."""
    text = labels(statement_.language)
    company = statement_.company.display_name(statement_.language) or settings.sender_name or settings.sender
    values = {
        "company": company,
        "customer": statement_.customer.name,
        "number": issued.number,
        "start": statement_.start.isoformat(),
        "end": statement_.end.isoformat(),
        "currency": issued.currency,
        "amount": format_amount(issued.closing),
    }
    message = EmailMessage()
    message["Subject"] = text["mail_subject"].format(**values)
    message["From"] = (
        formataddr((settings.sender_name or company, settings.sender)) if settings.sender else ""
    )
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=(settings.sender.partition("@")[2] or None))
    message.set_content(text["mail_body"].format(**values))
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=f"{file_stem(statement_, issued.currency)}.pdf"
    )
    return message


@dataclass(frozen=True)
class SentStatement:
    number: str
    to: str
    subject: str
    sent_at: datetime
    attachment: str
    size: int


def send_statement(
    uow: UnitOfWork,
    number: str,
    *,
    to: str,
    send: Sender | None = None,
    sent_at: datetime | None = None,
) -> SentStatement:
    """E-mail an issued statement as PDF and record it as sent (with an audit event)."""
    to = to.strip()
    if "@" not in to:
        raise ValidationError(_("'{to}' is not an e-mail address").format(to=to), field="to")
    with uow.book.sessions() as session:
        resolve_actor(session, uow.user).require(Action.STATEMENTS)  # before anything leaves the house
        issued = get_issued(session, number)
        statement_ = statement(
            session,
            issued.customer_code,
            start=issued.start,
            end=issued.end,
            currency=issued.currency,
            language=issued.language,
        )
        settings = smtp_settings(session)
    section = statement_.sections[0]
    if section.closing != issued.closing:
        raise Conflict(
            _(
                "the books changed since statement {number} was issued: its closing balance was "
                "{then}, it is {now} now; issue a new statement"
            ).format(number=issued.number, then=issued.closing, now=section.closing)
        )
    if not settings.sender and send is None:
        raise MailError(
            _("no sender address is set up: set the SMTP sender first (acctdesk smtp --sender …)")
        )
    pdf = render_pdf(statement_, number=issued.number, issued_on=_local_date(issued.issued_at))
    message = statement_email(statement_, issued, to=to, pdf=pdf, settings=settings)
    (send or smtp_sender(settings))(message)
    sent_at = sent_at or datetime.now(UTC)
    mark_sent(uow, issued.number, via="email", to=to, sent_at=sent_at)
    attachment = next(message.iter_attachments()).get_filename()
    return SentStatement(issued.number, to, message["Subject"], sent_at, attachment, len(pdf))


def _local_date(moment: datetime) -> date:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()
