"""The command line over the pipeline: `main` reads the arguments (and opens the window when no
command is given), `commands` runs explain, lookup, search and catalog, `checks` holds check-reply
and pack check, `read` reads one input. Never imports Qt for a command (DESIGN.md: a fast start)."""

# The exit statuses every command shares (README: 0 done, 1 not found, 2 unusable input, 3 the
# catalogue missing or damaged).
EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_UNUSABLE = 2
EXIT_CATALOG = 3
