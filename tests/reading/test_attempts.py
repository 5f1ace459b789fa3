"""A log or labelled lines with several attempts: every labelled decline code is a failure, and
a confidential one comes first wherever it stands (issue 26: never the first attempt only)."""

from __future__ import annotations

import itertools

import pytest

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


MACROS = [
    "Never tell the customer the reason if the decline code is one of: {listed}.",
    "Macro: do not use this reply when the decline_code is any of {listed}.",
    "Escalate if decline code in ({listed}).",
]


@pytest.mark.parametrize("macro", MACROS)
@pytest.mark.parametrize("line", LINES)
def test_codes_only_listed_in_a_macro_are_no_attempts(
    known: CodeKinds, macro: str, line: str
) -> None:
    """A macro that lists codes under a decline code's label ("if the decline code is one of:
    fraudulent, lost_card") lists no attempt: the labelled line is the one failure, still
    confidential because a sensitive code stands in the paste."""
    for plain in PLAIN:
        listed = ", ".join([*SENSITIVE, *(code for code in PLAIN if code != plain)])
        text = macro.format(listed=listed) + "\n-----\n" + line.format(n=1, code=plain)
        reading = read_paste(text, known)
        assert [f.decline_code for f in reading.failures] == [plain], text
        assert signals(reading.failures[0], known.sensitive, known.sensitive_codes), text
