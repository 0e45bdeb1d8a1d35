"""Tables, the Money type, and engine/session setup. No Qt, no pandas."""

from acctdesk.model.money import Money

__all__ = ["Money"]
