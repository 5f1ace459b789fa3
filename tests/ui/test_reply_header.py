"""The reply reads as the thing that is copied: its header, the primary Copy button with its
keys on it, a confirmation, and a readable line length."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.reply_header import DOCUMENT_MARGIN_PX, READABLE_COLUMNS

PACK = """[pack]
name = "Acme"

[replies.insufficient_funds.en]
email = "Acme here: the card was short of funds. Please try another card."
"""


def test_the_header_names_the_reply_its_channel_and_language(window: MainWindow) -> None:
    window.set_paste("insufficient_funds")
    assert window.reply.header.text() == "Reply to the customer · Email · English"
    window.reply.choose("de", "chat")
    assert window.reply.header.text() == "Reply to the customer · Chat · Deutsch"
    assert window.reply.header.isVisible()


def test_a_team_pack_reply_says_so_and_a_shipped_one_does_not(
    window: MainWindow, tmp_path: Path
) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(PACK, encoding="utf-8")
    assert window.packs.import_file(pack)
    window.set_paste("insufficient_funds")
    assert window.reply.editor.toPlainText().count("Acme here") == 1
    assert window.reply.header.text().endswith("· from the team pack")
    window.set_paste("expired_card")  # the pack has no text for this one: the shipped reply
    assert "team pack" not in window.reply.header.text()


def test_copy_reply_is_the_primary_action_with_its_keys_and_confirms(
    window: MainWindow, qtbot: QtBot
) -> None:
    button = window.reply.copy_button
    keys = QKeySequence("Ctrl+Shift+C").toString(QKeySequence.SequenceFormat.NativeText)
    assert keys in button.text() and button.isDefault()
    assert "palette(highlight)" in button.styleSheet()  # the one filled button
    assert not button.isEnabled()  # nothing to copy yet
    window.set_paste("insufficient_funds")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.reply.editor.toPlainText()
    assert window.reply.status.text() == "Copied the reply."
    assert window.reply.status.isVisible() and "background" in window.reply.status.styleSheet()


def test_the_reply_keeps_a_readable_line_length_in_a_wide_window(window: MainWindow) -> None:
    window.resize(2400, 900)
    window.set_paste("insufficient_funds")
    editor = window.reply.editor
    columns = editor.viewport().width() / editor.fontMetrics().horizontalAdvance("x")
    assert columns <= READABLE_COLUMNS * 1.1  # "x" is a narrow letter: words fit fewer
    assert window.reply.width() > editor.width()  # the panel is wider; the text is not


def test_the_measure_counts_the_margin_qt_gives_the_reply_s_text(window: MainWindow) -> None:
    """The measure is worked out without asking the document (named at start, about 1 ms): the
    margin it assumes is the one Qt lays the reply's text out with."""
    editor = window.reply.editor
    margin = editor.document().documentMargin()
    assert margin == DOCUMENT_MARGIN_PX
    width = editor.fontMetrics().horizontalAdvance("x") * READABLE_COLUMNS
    assert editor.maximumWidth() == width + 2 * (editor.frameWidth() + int(margin)) + 24
