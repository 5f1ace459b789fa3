"""Builds the `field_names` table from resources/catalog/field_names.toml: each name folded the
way the reader folds it (app.reading.keys.fold), checked to mean one field only."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from app.reading.keys import fold

FILE = "field_names.toml"
# The fields the readers know what to do with (app/reading/extract.py, scanner.py).
FIELDS = frozenset(
    {
        "code", "decline_code", "type", "error_type", "message", "advice_code",
        "network_decline_code", "network_advice_code", "param", "doc_url", "request_log_url",
        "outcome", "outcome_type", "network_status", "reason", "risk_level", "seller_message",
        "status", "amount", "currency", "brand", "last4", "charge", "payment_intent",
        "request_id", "last_payment_error", "last_setup_error", "payment_method",
        "payment_method_details", "livemode", "funding", "country", "created",
    }
)  # fmt: skip


def field_name_rows(source_dir: Path, problems: list[str]) -> list[dict[str, Any]]:
    """One row per folded name; every problem of the file goes to `problems`."""
    try:
        with (source_dir / FILE).open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        problems.append(f"{FILE}: cannot be read ({error})")
        return []
    rows: dict[str, dict[str, Any]] = {}
    for number, entry in enumerate(data.get("field", []), start=1):
        where = f"{FILE}: field {number}"
        field = entry.get("field")
        if field not in FIELDS:
            problems.append(f"{where}: {field!r} is not a field the reader knows")
            continue
        if not entry.get("sources"):
            problems.append(f"{where} ({field}) names no source")
        not_stripe = sorted(entry.get("not_stripe", []))
        text_only = {fold(name) for name in entry.get("text_only", [])}
        for name in [*entry.get("names", []), *entry.get("text_only", [])]:
            folded = fold(name)
            if not folded:
                problems.append(f"{where}: {name!r} folds to nothing")
            elif folded in rows and rows[folded]["field"] != field:
                problems.append(
                    f"{where}: {name!r} is also a name of {rows[folded]['field']} ({folded})"
                )
            else:
                rows[folded] = {
                    "name": folded,
                    "field": field,
                    "not_stripe": json.dumps(not_stripe),
                    "in_objects": folded not in text_only,
                }
    return list(rows.values())
