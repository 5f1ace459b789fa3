"""Fixtures of the reading tests."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, FailureReport, UnreadablePaste


@pytest.fixture(scope="session")
def known(catalog: Catalog) -> CodeKinds:
    """What the reader knows of the committed catalogue's codes."""
    return catalog.code_kinds()


def kind_of(text: str, known: CodeKinds) -> str:
    """What a careful agent would call the paste: unusable, failure or nothing_failed."""
    try:
        reading = read_paste(text, known)
    except UnreadablePaste:
        return "unusable"
    return "failure" if reading.failures else "nothing_failed"


def failures_of(text: str, known: CodeKinds) -> list[FailureReport]:
    """The failures the reader finds in `text`; none when it is unusable, which is also a right
    answer wherever a test asks that nothing in it be read as some failure."""
    try:
        return read_paste(text, known).failures
    except UnreadablePaste:
        return []
