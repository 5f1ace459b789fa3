"""Beside the helpdesk: compact mode and clipboard watch, driven as an agent would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid as shiboken_valid

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui.clipboard_watch import CONCEALED_FORMATS, ClipboardWatch, concealed, is_failure
from app.ui.compact import COMPACT_WIDTH
from app.ui.main_window import MainWindow
from tests.conftest import DATA

PASTES = DATA / "pastes"
STOLEN = (PASTES / "payment_intent_stolen_card_expanded_charge.txt").read_text()
FUNDS = (PASTES / "envelope_insufficient_funds.txt").read_text()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def others_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clipboard's items come from another application, as when the agent copies in the
    Dashboard (offscreen Qt's clipboard is this process's: the platform's answer is taken)."""
    monkeypatch.setattr(ClipboardWatch, "from_elsewhere", staticmethod(lambda: True))


def copy_elsewhere(text: str, *formats: str) -> None:
    data = QMimeData()
    data.setText(text)
    for name in formats:
        data.setData(name, b"secret")
    QGuiApplication.clipboard().setMimeData(data)


def second_window(qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path) -> MainWindow:
    """The window of the next start, with the same settings."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    again = MainWindow(catalog, settings, store=store)
    qtbot.addWidget(again)
    again.show()
    again.beside.restore()
    return again


def test_watch_is_off_by_default(window: MainWindow, others_copy: None) -> None:
    copy_elsewhere(FUNDS)
    assert window.findings == [] and not window.beside.indicator.isVisible()
    assert not window.menus.watch_action.isChecked()


def test_watch_turns_a_copied_failure_into_the_ticket(
    window: MainWindow, qtbot: QtBot, others_copy: None
) -> None:
    window.menus.watch_action.trigger()
    assert window.menus.watch_action.isChecked() and window.beside.indicator.isVisible()
    copy_elsewhere(STOLEN)
    assert window.paste_area.text() == STOLEN
    assert window.view.confidential_badge.isVisible()
    assert "clipboard" in window.statusBar().currentMessage()

    copy_elsewhere(FUNDS)  # the next ticket replaces this one
    assert window.paste_area.text() == FUNDS and not window.view.confidential_badge.isVisible()

    window.menus.watch_action.trigger()  # off again: copies are left alone
    copy_elsewhere(STOLEN)
    assert window.paste_area.text() == FUNDS and not window.beside.indicator.isVisible()


def test_a_closed_window_stops_watching(
    catalog: Catalog, store: UserStore, tmp_path: Path, others_copy: None
) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    closed = MainWindow(catalog, settings, store=store)
    closed.beside.set_watching(True)
    watch = closed.beside.watch
    assert watch is not None and QGuiApplication.clipboard().receivers("2dataChanged()") > 0
    closed.close()
    closed.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    copy_elsewhere(STOLEN)  # once read by the destroyed window: "C++ object already deleted"
    assert not shiboken_valid(watch)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, I will look into it this afternoon.",
        "do_not_honor",  # one code: a search field's word, copied all the time
        "Your card was declined.",  # a sentence, as a customer quotes it
        "https://dashboard.stripe.com/payments",
        "x" * 30_000,
        "",
    ],
)
def test_watch_leaves_what_is_not_a_failure(
    window: MainWindow, others_copy: None, text: str
) -> None:
    window.set_paste(FUNDS)
    window.beside.set_watching(True)
    copy_elsewhere(text)
    assert window.paste_area.text() == FUNDS


@pytest.mark.parametrize("marker", CONCEALED_FORMATS)
def test_watch_never_reads_a_concealed_copy(
    window: MainWindow, others_copy: None, marker: str
) -> None:
    window.beside.set_watching(True)
    copy_elsewhere(STOLEN, marker)
    assert window.findings == [] and window.paste_area.text() == ""


def test_concealed_markers_as_qt_names_native_formats() -> None:
    windows = 'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
    assert concealed(["text/plain", windows])
    assert not concealed(["text/plain", "text/html"])


def test_the_windows_own_copies_are_not_tickets(window: MainWindow, qtbot: QtBot) -> None:
    window.set_paste(FUNDS)
    window.beside.set_watching(True)
    window.activateWindow()
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    note = "INTERNAL NOTE ... decline_code: insufficient_funds, charge ch_1 failed"
    QGuiApplication.clipboard().setText(note)  # copied while the agent works in the window
    assert window.paste_area.text() == FUNDS


def test_is_failure_reads_data_and_notes_naming_a_code(catalog: Catalog) -> None:
    known = catalog.code_kinds()
    assert is_failure(FUNDS, known)
    assert is_failure("Customer says it failed again, decline code: do_not_honor", known)
    assert not is_failure("charge succeeded, thanks!", known)


def test_watch_is_remembered(
    window: MainWindow,
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    others_copy: None,
) -> None:
    window.beside.set_watching(True)
    window.close()
    again = second_window(qtbot, catalog, store, tmp_path)
    assert again.beside.watching and again.menus.watch_action.isChecked()
    copy_elsewhere(STOLEN)
    assert again.paste_area.text() == STOLEN


def test_compact_mode_shows_the_ticket_and_copies_its_reply(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.set_paste(STOLEN)
    window.menus.compact_action.trigger()
    compact = window.beside.compact
    assert compact is not None and compact.isVisible() and not window.isVisible()
    assert window.menus.compact_action.isChecked()
    assert compact.width() <= COMPACT_WIDTH + 20
    assert compact.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert compact.banner.isVisible() and "CONFIDENTIAL" in compact.banner.text()
    verdict = window.findings[0].explanation.verdict
    assert verdict is not None and compact.verdict.text() == verdict.for_customer
    reply = window.reply.editor.toPlainText()
    assert compact.reply.toPlainText() == reply and "stolen" not in reply.lower()

    QGuiApplication.clipboard().clear()
    compact.copy_button.click()
    assert QGuiApplication.clipboard().text() == reply
    assert compact.status.text() == "Copied the reply."


def test_compact_mode_takes_the_next_ticket_with_ctrl_v(window: MainWindow, qtbot: QtBot) -> None:
    window.set_paste(STOLEN)
    window.beside.set_compact(True)
    compact = window.beside.compact
    assert compact is not None
    QGuiApplication.clipboard().setText(FUNDS)
    compact.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is compact)
    compact.reply.setFocus()
    qtbot.keyClick(compact.reply, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.paste_area.text() == FUNDS
    assert not compact.banner.isVisible()
    assert compact.reply.toPlainText() == window.reply.editor.toPlainText() != ""
    qtbot.keyClick(compact.reply, Qt.Key.Key_C, CTRL_SHIFT)
    assert QGuiApplication.clipboard().text() == window.reply.editor.toPlainText()


def test_compact_mode_refuses_an_edited_revealing_reply(window: MainWindow) -> None:
    window.set_paste(STOLEN)
    window.reply.editor.setPlainText("Your bank says the card was reported stolen.")
    window.beside.set_compact(True)
    compact = window.beside.compact
    assert compact is not None
    QGuiApplication.clipboard().setText(STOLEN)
    compact.copy_button.click()
    assert QGuiApplication.clipboard().text() == ""  # emptied: nothing raw left to paste
    assert compact.status.text().startswith("Not copied")


def test_leaving_compact_mode_brings_the_full_window_back_and_is_remembered(
    window: MainWindow, qtbot: QtBot, catalog: Catalog, store: UserStore, tmp_path: Path
) -> None:
    window.beside.set_compact(True)
    compact = window.beside.compact
    assert compact is not None
    compact.close()  # its close button goes back to the full window, never hides the app
    assert window.isVisible() and not compact.isVisible()
    assert not window.menus.compact_action.isChecked()

    window.beside.set_compact(True)
    window.close()
    again = second_window(qtbot, catalog, store, tmp_path)
    assert again.beside.compact_on and not again.isVisible()
    assert again.beside.compact is not None
    qtbot.addWidget(again.beside.compact)
