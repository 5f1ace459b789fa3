"""A log or labelled lines with several attempts: every labelled decline code is a failure, and
a confidential one comes first wherever it stands (issue 26: never the first attempt only)."""

from __future__ import annotations

import itertools

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

LINES = [
    "INFO attempt={n} charge=ch_3QB{n}xYz status=failed failure_code=card_declined "
    "decline_code={code}",
    "[2026-12-01 10:0{n}:11] stripe.charge.failed decline_code: {code} amount=4900",
    "Attempt {n}\nDecline code: {code}\nStatus: Failed",
]
PLAIN = ["insufficient_funds", "do_not_honor", "expired_card"]
SENSITIVE = ["stolen_card", "lost_card", "merchant_blacklist", "fraudulent"]


@pytest.fixture(scope="module")
def known(catalog: Catalog) -> CodeKinds:
    return catalog.code_kinds()


@pytest.mark.parametrize("line", LINES)
def test_a_confidential_later_attempt_comes_first(known: CodeKinds, line: str) -> None:
    for plain, sensitive in itertools.product(PLAIN, SENSITIVE):
        for pair in ((plain, sensitive), (sensitive, plain)):
            text = "\n".join(line.format(n=n, code=code) for n, code in enumerate(pair, 1))
            reading = read_paste(text, known)
            assert reading.failures[0].decline_code == sensitive, text
            assert {f.decline_code for f in reading.failures} >= set(pair), text
            for failure in reading.failures:
                assert signals(failure, known.sensitive, known.sensitive_codes), text
