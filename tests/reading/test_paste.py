"""paste: the whole reading of a paste, from bytes to the failures most relevant first."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import decode_paste, read_paste
from app.reading.report import UnreadablePaste


def test_files_in_utf8_with_a_bom_and_utf16_decode() -> None:
    assert decode_paste('\ufeff{"a": 1}'.encode()) == '{"a": 1}'
    assert decode_paste('{"a": "é"}'.encode("utf-16")) == '{"a": "é"}'


def test_a_bare_code_is_read_with_the_catalogues_kinds(catalog: Catalog) -> None:
    reading = read_paste("do_not_honor", catalog.code_kinds())
    assert reading.parse_path == "codes"
    assert [r.decline_code for r in reading.failures] == ["do_not_honor"]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("", "empty"),
        ("<html><body>hello</body></html>", "html"),
        ("Hello, could you call me back tomorrow morning about my delivery?", "prose"),
    ],
)
def test_unusable_pastes_are_refused_with_their_kind(
    catalog: Catalog, text: str, kind: str
) -> None:
    with pytest.raises(UnreadablePaste) as refused:
        read_paste(text, catalog.code_kinds())
    assert refused.value.kind == kind and refused.value.message.endswith(".")
