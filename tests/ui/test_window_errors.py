"""The window never shows a stale answer: a bug while reading or explaining clears it, is
logged to errors.log in the data folder, and is said in one sentence or a short dialog."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui import paste_reader, ticket_findings
from app.ui.main_window import MainWindow
from tests.conftest import DATA

PASTES = DATA / "pastes"


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The shared window with an answer on screen before the failure."""
    window.load_file(PASTES / "envelope_insufficient_funds.txt")
    assert window.reply.editor.toPlainText()
    return window


SECRET = "4242 4242 4242 4242, " + "Jenny Rosen"  # as a message quoting a paste would


def _assert_cleared(window: MainWindow) -> None:
    assert window.findings == []
    assert window.reply.editor.toPlainText() == "" and not window.reply.copy_button.isEnabled()
    assert not window.view.retry_badge.isVisible()
    assert not window.paste.isReadOnly()


def test_a_bug_while_explaining_clears_the_answer_and_is_logged(
    window: MainWindow, store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError(f"explain broke on {SECRET}")

    monkeypatch.setattr(ticket_findings, "explain", broken)
    window.set_paste("do_not_honor")
    _assert_cleared(window)
    headline = window.view.headline.text()
    assert headline.startswith("This paste could not be explained") and "errors.log" in headline
    log = (store.folder / "errors.log").read_text()
    assert "builtins.RuntimeError" in log and "broken" in log  # the type and where it happened
    assert SECRET not in log  # never the message: it can quote the paste


def test_a_failed_background_read_ends_its_progress_bar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> object:
        raise MemoryError("no room")

    monkeypatch.setattr(paste_reader, "BACKGROUND_CHARS", 100)
    monkeypatch.setattr(paste_reader, "read_paste", broken)
    with qtbot.waitSignal(window.reader.finished, timeout=10_000):
        window.set_paste(json.dumps({"error": {"code": "card_declined", "pad": "x" * 200}}))
        assert window.busy.isVisible()
    assert not window.busy.isVisible()
    _assert_cleared(window)
    assert window.view.headline.text().startswith("This paste could not be explained")


def test_the_exception_hook_logs_clears_and_shows_a_short_dialog(
    window: MainWindow, store: UserStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    window.errors.install()
    try:
        assert sys.excepthook == window.errors.hook
        try:
            raise ValueError(f"a slot broke on {SECRET}")
        except ValueError as error:
            sys.excepthook(ValueError, error, error.__traceback__)
    finally:
        window.errors.uninstall()
    assert sys.excepthook != window.errors.hook
    _assert_cleared(window)
    assert len(shown) == 1 and "Traceback" not in shown[0] and "errors.log" in shown[0]
    log = (store.folder / "errors.log").read_text()
    assert "Traceback" in log and "builtins.ValueError" in log and SECRET not in log


def test_without_a_data_folder_the_sentence_names_no_log(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bare = MainWindow(catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(bare)
    monkeypatch.setattr(ticket_findings, "explain", lambda *_a, **_k: 1 / 0)
    bare.set_paste("do_not_honor")
    assert bare.view.headline.text() == (
        "This paste could not be explained: nothing is shown, to avoid a wrong answer."
    )


def test_a_file_that_cannot_be_read_clears_the_answer_in_one_sentence(
    window: MainWindow, tmp_path: Path
) -> None:
    window.load_file(tmp_path / "gone.json")
    _assert_cleared(window)
    assert window.view.headline.text().startswith("gone.json cannot be read (")
    big = tmp_path / "huge.log"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: no disk is used
    window.load_file(PASTES / "envelope_insufficient_funds.txt")
    window.load_file(big)
    _assert_cleared(window)
    assert window.view.headline.text() == (
        "huge.log is too large to be a Stripe payload; open just the failed payment or error."
    )
