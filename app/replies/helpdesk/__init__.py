"""Helpdesk macros and text-expander snippets: the replies written in each tool's own format
(`export`), and the texts of such a file read back for the guard (`read`, `audit`).

Nothing here is imported at start-up: the names below are all the command line needs to build
its parser, and they cost nothing.
"""

# The formats `declinedesk pack export` writes and `check-reply`/`pack check` read, in the order
# --help lists them; "toml" is Decline Desk's own reply pack (written, and read by the pack code).
HELPDESK_FORMATS = (
    "zendesk",
    "helpscout",
    "freshdesk",
    "intercom",
    "gorgias",
    "espanso",
    "textexpander",
)
EXPORT_FORMATS = (*HELPDESK_FORMATS, "toml")
