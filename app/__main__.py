"""`python -m app`: the same as the `declinedesk` command."""

import sys

from app.cli.main import main

sys.exit(main())
