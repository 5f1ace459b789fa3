"""`python -m app`: the same as the `declinedesk` command."""

import sys

from app.cli import main

sys.exit(main())
