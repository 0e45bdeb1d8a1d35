"""Reading bank and payment exports (CSV, Excel, MT940, CAMT.053, OFX) into normalised bank lines.

Pure: no database, no Qt. The importer service writes what these readers return.
"""

from acctdesk.services.importing.mapping import suggest_mapping
from acctdesk.services.importing.model import BankLine, ColumnMapping, ReadResult, RowError
from acctdesk.services.importing.reader import read_bank_file

__all__ = [
    "BankLine",
    "ColumnMapping",
    "ReadResult",
    "RowError",
    "read_bank_file",
    "suggest_mapping",
]
