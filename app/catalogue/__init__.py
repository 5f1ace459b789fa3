"""The catalogue: catalog.db in, typed entries out.

`catalog.Catalog` opens the bundled read-only SQLite file (checked by `integrity`) and answers
lookups by code and kind; `search` ranks entries for a few words; `vocabulary` holds the fixed
words (retry verdicts, who acts, channels) every stage shares.
"""
