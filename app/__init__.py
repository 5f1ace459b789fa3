"""Decline Desk: explains failed Stripe payments and writes a customer-safe reply."""

# The one place the version is written: pyproject.toml reads it from here, and reading it from
# the installed metadata instead would cost the command line ~30 ms at every start.
__version__ = "0.2.0"
