"""`python -m acctdesk`: the same as the `acctdesk` command."""

import sys

from acctdesk.cli import main

sys.exit(main())
