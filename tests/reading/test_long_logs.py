"""A failure anywhere in a long log is read, and a sensitive one marked confidential: the
megabyte readers (line prefixes, code tokens, key pairs, told reasons) skip ahead in C, and
must skip nothing that matters. Six shapes of log, the failure first, in the middle and last,
written as each shape writes it or told another way."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste
from tests.reading.long_logs import SHAPES, TOLD, WHERE, long_log, long_log_with

SIZE = 200_000
SENSITIVE = ("stolen_card", "lost_card", "fraudulent", "merchant_blacklist", "pickup_card")
HARMLESS = ("insufficient_funds", "expired_card", "do_not_honor")


@pytest.mark.parametrize("where", list(WHERE))
@pytest.mark.parametrize("shape", SHAPES)
def test_a_sensitive_code_anywhere_in_a_long_log_is_read_and_marked(
    catalog: Catalog, shape: str, where: str
) -> None:
    code = SENSITIVE[(SHAPES.index(shape) + list(WHERE).index(where)) % len(SENSITIVE)]
    _, findings = analyse_paste(long_log(shape, SIZE, code, WHERE[where]), catalog)
    assert findings, (shape, where)
    assert findings[0].report.decline_code == code
    assert findings[0].explanation.sensitive


@pytest.mark.parametrize("shape", SHAPES)
def test_an_ordinary_decline_in_a_long_log_is_read_and_not_marked(
    catalog: Catalog, shape: str
) -> None:
    code = HARMLESS[SHAPES.index(shape) % len(HARMLESS)]
    _, findings = analyse_paste(long_log(shape, SIZE, code, 0.5), catalog)
    assert findings and findings[0].report.decline_code == code
    assert not findings[0].explanation.sensitive


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
@pytest.mark.parametrize("shape", ["logfmt", "syslog", "json lines"])
@pytest.mark.parametrize("how", list(TOLD))
def test_a_reason_told_another_way_in_a_long_log_is_marked(
    catalog: Catalog, how: str, shape: str, where: float
) -> None:
    line, code = TOLD[how]
    _, findings = analyse_paste(long_log_with(shape, SIZE, line, where), catalog)
    assert findings and findings[0].explanation.sensitive, (how, shape, where)
    assert code in (findings[0].report.decline_code, *findings[0].report.evidence)
