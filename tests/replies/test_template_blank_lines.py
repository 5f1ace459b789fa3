"""A reply keeps at most one empty line in a row, however many lines its left-out optional parts
removed: as `re.sub(r"\n{3,}", "\n\n", text)` wrote it, for every arrangement of lines."""

from __future__ import annotations

import itertools
import re

from app.replies.templates import parse, render


def test_runs_of_empty_lines_become_one() -> None:
    compared = 0
    for lines in itertools.product(["Hi", "", "[[{amount}]]", "{card_brand}"], repeat=6):
        template = "\n".join(lines)
        parsed = parse(template)
        filled = render(parsed, {"card_brand": "Visa"})
        assert "\n\n\n" not in filled
        raw = "\n".join(line.replace("{card_brand}", "Visa") for line in lines if "[[" not in line)
        assert filled == re.sub(r"\n{3,}", "\n\n", raw.strip("\n")), template
        compared += 1
    assert compared == 4**6
