"""The command line's words read afresh from the .qm files of one test run (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import words


@pytest.fixture
def speaking(
    qm_folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[pytest.MonkeyPatch]:
    """No system language and no saved choice until a test sets one; the words read afresh."""
    monkeypatch.setattr(words, "folder", lambda: qm_folder)
    monkeypatch.setattr(words, "_data_dir", None)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DECLINEDESK_DATA_DIR", str(tmp_path / "data"))
    words.language.cache_clear()
    yield monkeypatch
    words.language.cache_clear()
