"""The command line over the pipeline: `main` reads the arguments, `checks` holds check-reply and
pack check, `read` reads one input. Never imports Qt (DESIGN.md: a fast start)."""
