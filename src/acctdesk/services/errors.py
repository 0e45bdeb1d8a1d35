"""Domain errors: messages a clerk can act on. The app and the command line show them as they are."""

from __future__ import annotations


class DomainError(Exception):
    """A request the ledger refuses. Nothing was written."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFound(DomainError):
    """An unknown customer, invoice, receipt or term."""


class ValidationError(DomainError):
    """A value that cannot be accepted: a negative amount, a date in the wrong format."""


class InvariantViolation(DomainError):
    """A request that would break a ledger invariant: over-allocation, a currency mix."""


class PeriodLocked(DomainError):
    """A posting dated on or before the book's lock date."""


class Conflict(DomainError):
    """Someone else changed the record meanwhile; reload and try again."""


class PermissionDenied(DomainError):
    """The acting user's role does not allow this."""
