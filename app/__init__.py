"""Decline Desk: explains failed Stripe payments and writes a customer-safe reply."""

# The one place the version is written: pyproject.toml reads it from here, and reading it from
# the installed metadata instead would cost the command line ~30 ms at every start.
__version__ = "0.2.0"

# Whether a type checker is reading the code: mypy (and every checker) takes a name
# TYPE_CHECKING as true, Python as this False. Defined here, once, so that the modules `explain`
# imports need not import `typing` (with contextlib and warnings, about 4.5 ms of every start,
# BENCHMARKS.md); tests/test_startup_imports.py fails if `typing` comes back on that path.
TYPE_CHECKING = False
