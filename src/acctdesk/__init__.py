"""acctdesk: receivables ledger, aging, credit control and collections."""
