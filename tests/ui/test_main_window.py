"""The window, driven as an agent drives it: paste, read, copy; offscreen with pytest-qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.replies.analyse import analyse_paste
from app.replies.replies import reply_for
from app.ui import application
from app.ui.main_window import MainWindow, example_files, example_title
from app.ui.paste_area import row_text
from app.verdict.explain import explain
from tests.conftest import DATA

PASTES = DATA / "pastes"
EXAMPLES = {p.stem: p for p in example_files()}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings: QSettings) -> MainWindow:
    shown = MainWindow(catalog, settings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_pasting_shows_headline_and_badges(window: MainWindow, qtbot: QtBot) -> None:
    window.paste.setPlainText((PASTES / "envelope_insufficient_funds.txt").read_text())
    # The explanation arrives by itself after a short pause, with no button to press.
    qtbot.waitUntil(lambda: window.view.headline.text().startswith("Card declined"))
    assert window.view.retry_badge.isVisible() and window.view.who_badge.isVisible()
    assert window.view.retry_badge.text() == "Retry: yes, later"
    assert not window.view.confidential_badge.isVisible()
    assert "steps" not in window.view.steps.text() and window.view.steps.text().startswith("1. ")
    assert window.reply.editor.toPlainText()


def test_copy_reply_puts_exactly_the_reply_on_the_clipboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.load_file(EXAMPLES["02-insufficient-funds"])
    QGuiApplication.clipboard().clear()
    window.activateWindow()
    window.view.details.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == window.reply.editor.toPlainText()
    assert window.reply.status.text() == "Copied the reply."
    window.menus.copy_note_action.trigger()
    note = QGuiApplication.clipboard().text()
    first, _, rest = note.partition("\n\n")
    assert "INTERNAL" in first and "not send" in first
    assert rest.startswith("Decline Desk: Card declined") and "insufficient_funds" in rest
    assert window.reply.status.text() == "Internal note copied: paste it as a private note."


def test_stolen_card_is_confidential_and_gets_the_generic_reply(
    window: MainWindow, catalog: Catalog
) -> None:
    window.load_file(EXAMPLES["03-stolen-card"])
    assert window.view.confidential_badge.isVisible()
    assert "stolen" in window.view.confidential_note.text()
    report = read_paste(EXAMPLES["03-stolen-card"].read_text(), catalog.code_kinds()).failures[0]
    generic = reply_for(
        report, "generic_decline", catalog, window.reply.reply_locale, window.reply.channel
    )
    assert window.reply.editor.toPlainText() == generic.text
    assert explain(report, catalog).sensitive


def test_an_edited_reply_that_reveals_the_reason_is_not_copied(window: MainWindow) -> None:
    window.load_file(EXAMPLES["03-stolen-card"])
    safe = window.reply.editor.toPlainText()
    QGuiApplication.clipboard().setText("before")
    window.reply.editor.setPlainText(safe + "\nYour card was reported stolen.")
    window.menus.copy_reply_action.trigger()
    # Refused, and the clipboard emptied: what was there before cannot go out instead.
    assert QGuiApplication.clipboard().text() == ""
    assert "clipboard was emptied" in window.reply.status.text()
    assert "Not copied" in window.reply.status.text() and "stolen" in window.reply.status.text()
    assert window.reply.restore_button.isEnabled()
    window.reply.restore_button.click()
    assert window.reply.editor.toPlainText() == safe
    window.menus.copy_reply_action.trigger()
    assert QGuiApplication.clipboard().text() == safe


def test_dropping_a_file_explains_it(window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(PASTES / "charge_blocked_radar.txt"))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.view.headline.text().startswith("Payment blocked")
    assert window.view.confidential_badge.isVisible()


def test_ctrl_v_anywhere_and_file_open(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    QGuiApplication.clipboard().setText("expired_card")
    window.activateWindow()
    window.view.details.setFocus()
    qtbot.keyClick(window.view.details, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.paste.toPlainText() == "expired_card"
    assert len(window.findings) == 1
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(PASTES / "js_console_log.txt"), "")
    )
    qtbot.keyClick(window.view.details, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert "generic_decline" in window.paste.toPlainText()
    assert window.view.headline.text().startswith("Card declined")


def test_several_failures_are_listed_and_switchable(window: MainWindow) -> None:
    window.resize(1200, 800)  # room for the whole list (a low window folds it: test_window_widths)
    window.load_file(PASTES / "list_of_charges.txt")
    assert window.failure_list.isVisible() and window.failure_list.count() == 2
    first = window.view.headline.text()
    window.failure_list.setCurrentRow(1)
    assert window.view.headline.text() != first
    second = window.findings[1].explanation
    assert window.failure_list.item(1).text() == row_text(
        second.headline, second.sensitive, second.test_mode
    )
    assert window.view.headline.text() == second.headline


def test_html_in_a_paste_shows_as_text(window: MainWindow) -> None:
    payload = {
        "error": {
            "type": "card_error",
            "code": "card_declined",
            "decline_code": "do_not_honor",
            "message": "<b>bold</b><img src=x onerror=alert(1)>",
        }
    }
    window.set_paste(json.dumps(payload))
    values = [window.view.details.item(r, 1).text() for r in range(window.view.details.rowCount())]
    assert "<b>bold</b><img src=x onerror=alert(1)>" in values
    rich = [
        label
        for label in window.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText and label.text()
    ]
    assert [label.text() for label in rich if not label.buddy()] == []


def test_unusable_paste_is_one_sentence_in_the_window(window: MainWindow) -> None:
    window.set_paste("Hello, could you call me back tomorrow morning about my delivery?")
    assert window.view.headline.text().startswith("The paste is text without")
    assert window.reply.editor.toPlainText() == ""
    assert not window.reply.copy_button.isEnabled()


def test_a_large_paste_is_read_off_the_ui_thread(window: MainWindow, qtbot: QtBot) -> None:
    entry = json.loads((PASTES / "charge_do_not_honor.txt").read_text())
    big = json.dumps(
        {"object": "list", "data": [dict(entry, id=f"ch_{n:08d}") for n in range(4300)]}, indent=1
    )
    assert 4_000_000 < len(big) < 5_000_000
    ticks: list[int] = []
    timer = QTimer(window, interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.reader.finished, timeout=120_000):
        window.set_paste(big)
        assert window.busy.isVisible()
    timer.stop()
    assert ticks, "the window did not answer while the paste was read"
    assert not window.busy.isVisible()
    assert window.failure_list.count() == 50
    assert any("most relevant" in w for w in window.warnings.text().splitlines())


def test_language_and_channel_are_remembered(
    qtbot: QtBot, catalog: Catalog, settings: QSettings
) -> None:
    first = MainWindow(catalog, settings)
    qtbot.addWidget(first)
    first.load_file(EXAMPLES["02-insufficient-funds"])
    first.reply.choose("de", "chat")
    assert first.reply.reply_locale == "de" and first.reply.channel == "chat"
    first.close()
    second = MainWindow(catalog, settings)
    qtbot.addWidget(second)
    assert (second.reply.reply_locale, second.reply.channel) == ("de", "chat")


def test_examples_menu_lists_every_example(window: MainWindow) -> None:
    titles = [a.text() for a in window.menus.examples_menu.actions()]
    assert titles == [example_title(p) for p in example_files()]
    assert len(titles) >= 6
    for action in window.menus.examples_menu.actions():
        action.trigger()
        assert window.findings, action.text()


def test_about_dialog_shows_versions(
    window: MainWindow, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(text))
    window.menus.about_action.trigger()
    assert len(shown) == 1 and catalog.info().version in shown[0]


def test_keyboard_only_tab_order_reaches_every_control(window: MainWindow, qtbot: QtBot) -> None:
    window.load_file(EXAMPLES["02-insufficient-funds"])
    window.activateWindow()
    window.paste.setFocus()
    seen = set()
    for _ in range(40):
        widget = QApplication.focusWidget()
        if widget is not None:
            seen.add(widget.accessibleName())
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    for name in ("Paste", "Reply language", "Reply channel", "Customer reply", "Copy reply"):
        assert name in seen, name


def test_smoke_test_paints_once_and_exits_zero(qtbot: QtBot) -> None:
    assert application.run(smoke_test=True) == 0


def test_smoke_test_fails_when_the_window_never_paints(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A window that is never shown is never painted: the smoke test must not pass it.
    monkeypatch.setattr(application, "PAINT_WAIT_S", 0.2)
    monkeypatch.setattr(MainWindow, "show", lambda self: None)
    assert application.run(smoke_test=True) == 1
    err = capsys.readouterr().err
    assert "did not paint" in err and "Headline" in err


def test_a_missing_catalogue_shows_a_dialog_that_says_what_to_do(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(tmp_path / "missing.db"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert application.run() == 1
    assert len(shown) == 1 and "missing" in shown[0] and "reinstall" in shown[0]


def test_smoke_test_with_a_missing_catalogue_is_one_line(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(tmp_path / "missing.db"))
    assert application.run(smoke_test=True) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_search_finds_a_code_and_choosing_it_explains_it(
    window: MainWindow, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.view.details.setFocus()
    qtbot.keyClick(window.view.details, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.docks.search
    assert window.docks.search_dock.isVisible() and panel.field.hasFocus()
    qtbot.keyClicks(panel.field, "card reported stolen")
    qtmodeltester.check(panel.model)
    assert panel.model.entry(0) is not None and panel.model.entry(0).code == "stolen_card"
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    # A lookup shows the entry in the panel and leaves the (empty) ticket alone.
    assert window.paste.toPlainText() == "" and window.findings == []
    assert "stolen_card" in panel.entry.text() and "CONFIDENTIAL" in panel.entry.text()
    panel.use_button.click()  # nothing to replace: no question asked
    assert window.paste.toPlainText() == "stolen_card"
    assert window.view.confidential_badge.isVisible()


def test_search_filters(window: MainWindow) -> None:
    panel = window.docks.search
    panel.sensitive.setCurrentIndex(panel.sensitive.findData(True))
    rows = [panel.model.entry(r) for r in range(panel.model.rowCount())]
    assert len(rows) == 22 and all(e is not None and e.sensitive for e in rows)
    panel.kind.setCurrentIndex(panel.kind.findData("network_decline_code"))
    assert panel.model.rowCount() == 9


def test_the_window_shows_what_analyse_paste_gives(window: MainWindow, catalog: Catalog) -> None:
    # One pipeline: the window's findings are app.replies.analyse's, reply included.
    text = (PASTES / "list_of_charges.txt").read_text()
    window.reply.choose("fr", "chat")
    window.set_paste(text)
    _, expected = analyse_paste(text, catalog, "fr", "chat")
    assert window.findings == expected
    window.failure_list.setCurrentRow(1)
    assert window.reply.editor.toPlainText() == expected[1].reply.text


@pytest.mark.parametrize(
    "name",
    [
        "charge_do_not_honor",
        "payment_intent_stolen_card_expanded_charge",
        "envelope_insufficient_funds",
    ],
)
def test_the_window_shows_the_verdict_lines_explain_prints(
    window: MainWindow, name: str, catalog: Catalog
) -> None:
    path = DATA / "pastes" / f"{name}.txt"
    window.load_file(path)
    _, findings = analyse_paste(path.read_text(encoding="utf-8"), catalog)
    verdict = findings[0].explanation.verdict
    assert verdict is not None
    assert window.view.verdict.text() == verdict.for_customer
    assert window.view.retry_rule.text() == verdict.for_retries
    assert window.view.verdict.isVisible() and window.view.retry_rule.isVisible()
    window.new_ticket()
    assert not window.view.verdict.isVisible()


def test_a_copied_reply_is_html_and_text_with_the_amount_in_bold(window: MainWindow) -> None:
    """Helpdesk editors keep the reply's paragraphs: the clipboard has both forms."""
    window.load_file(EXAMPLES["01-generic-decline"])
    window.reply.choose("en", "email")
    assert window.reply.copy_reply()
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == window.reply.editor.toPlainText()
    assert (
        data.hasHtml()
        and data.html().count("<p>") == window.reply.editor.toPlainText().count("\n\n") + 1
    )
    assert "<b>" in data.html() and "</b>" in data.html()


def test_the_guard_reads_the_html_too(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word split by markup in the HTML ("sto<b>len</b>") is caught as in the text."""
    import app.ui.reply_clipboard as clipboard

    window.load_file(EXAMPLES["03-stolen-card"])
    safe = window.reply.editor.toPlainText()
    monkeypatch.setattr(
        clipboard, "reply_html", lambda text, bold: "<p>card reported sto<b>len</b></p>"
    )
    QGuiApplication.clipboard().setText("before")
    assert not window.reply.copy_reply()
    assert QGuiApplication.clipboard().text() == "" and "Not copied" in window.reply.status.text()
    assert window.reply.editor.toPlainText() == safe


def test_a_page_about_codes_shows_its_sentence_and_the_confidential_reason_it_names(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = (
        "## Decline reasons\n\n"
        "- `lost_card` — The card was reported lost. Do not tell the customer this.\n"
        "- `insufficient_funds` — The card has insufficient funds.\n"
        "- `expired_card` — The card has expired. Ask for another card.\n"
    )
    window.paste.setPlainText(page)
    qtbot.waitUntil(lambda: window.view.confidential_badge.isVisible())
    assert "page or list" in window.view.headline.text()
    assert window.view.confidential_badge.isVisible()
    assert "lost_card" in window.view.confidential_note.text()
    assert not window.reply.editor.toPlainText()  # no reply to send for a page
    window.paste.setPlainText(page.replace("lost_card", "incorrect_cvc").replace("lost", "keyed"))
    qtbot.waitUntil(lambda: not window.view.confidential_badge.isVisible())
    assert "page or list" in window.view.headline.text()
