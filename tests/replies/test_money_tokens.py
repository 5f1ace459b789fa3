"""The date and number patterns of CLDR read with string methods (no pattern compiled for each
reply, BENCHMARKS.md fourteenth pass): the same pieces as the regular expressions they replace,
for every stored language's patterns and every string of a few characters that matter."""

from __future__ import annotations

import itertools
import re

from app.catalogue.catalog import Catalog
from app.replies import money

DATE_TOKEN = re.compile(r"'[^']*'|y+|M+|d+|[^'yMd]+")
NUMBER = re.compile(r"[#0-9,.]+")


def _strings(alphabet: str, most: int) -> list[str]:
    return [
        "".join(chars)
        for size in range(most + 1)
        for chars in itertools.product(alphabet, repeat=size)
    ]


def _stored_patterns(catalog: Catalog) -> tuple[list[str], list[str]]:
    rows = catalog._query("SELECT date_pattern, currency_pattern FROM locale_formats")
    return [row[0] for row in rows], [row[1] for row in rows]


def test_date_pieces_are_the_patterns(catalog: Catalog) -> None:
    dates, _ = _stored_patterns(catalog)
    assert len(dates) >= 10
    for pattern in dates + _strings("'yMd .年", 6):
        assert money.date_tokens(pattern) == DATE_TOKEN.findall(pattern), repr(pattern)


def test_the_number_is_where_the_pattern_finds_it(catalog: Catalog) -> None:
    _, currencies = _stored_patterns(catalog)
    for pattern in currencies + _strings("#0,.¤ a", 5):
        found = NUMBER.search(pattern)
        assert money._number_span(pattern) == (found.span() if found else None), repr(pattern)
