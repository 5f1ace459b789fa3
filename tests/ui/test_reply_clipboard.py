"""Copy puts the reply on the clipboard twice, as plain text and as HTML for helpdesk editors;
the guard reads both, and a refusal leaves neither (nor what was there before)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from app.catalogue.catalog import Catalog
from app.reading.report import CodeKinds
from app.replies.guard import Guard
from app.replies.rich import html_text
from app.ui.main_window import MainWindow
from app.ui.reply_clipboard import check_copy
from tests.conftest import DATA, ROOT

EXAMPLES = ROOT / "resources" / "examples"
WITH_AMOUNT = DATA / "pastes" / "charge_do_not_honor.txt"
BLOCKED = DATA / "pastes" / "charge_blocked_radar.txt"


def clipboard_formats() -> tuple[str, str, bool]:
    data = QGuiApplication.clipboard().mimeData()
    if data is None:  # an emptied clipboard has no data at all
        return "", "", False
    return data.text(), data.html(), data.hasHtml()


@pytest.mark.parametrize("paste", [WITH_AMOUNT, BLOCKED], ids=["declined", "confidential"])
def test_copy_gives_plain_text_and_html_with_the_amount_in_bold(
    window: MainWindow, paste: Path
) -> None:
    window.load_file(paste)
    reply = window.reply.editor.toPlainText()
    assert window.reply.copy_reply()
    text, markup, has_html = clipboard_formats()
    assert text == reply
    assert has_html and html_text(markup) == reply
    paragraphs = [p for p in reply.split("\n\n") if p.strip()]
    assert markup.count("<p>") == len(paragraphs) > 1
    amount = window.reply._bold[0]
    assert amount in reply and f"<b>{html.escape(amount, quote=False)}</b>" in markup


def test_an_edited_reply_with_markup_is_pasted_as_its_characters(window: MainWindow) -> None:
    window.load_file(EXAMPLES / "02-insufficient-funds.json")
    edited = window.reply.editor.toPlainText() + "\n\n<a href='x'>Pay again</a> & <b>soon</b>"
    window.reply.editor.setPlainText(edited)
    assert window.reply.copy_reply()
    text, markup, _ = clipboard_formats()
    assert text == edited and html_text(markup) == edited
    assert "<a " not in markup and "&lt;a href='x'&gt;Pay again&lt;/a&gt;" in markup


def test_a_refused_copy_leaves_nothing_raw_in_any_format(window: MainWindow) -> None:
    window.load_file(EXAMPLES / "03-stolen-card.json")
    raw = (EXAMPLES / "03-stolen-card.json").read_text(encoding="utf-8")
    QGuiApplication.clipboard().setText(raw)  # the agent's paste, still on the clipboard
    window.reply.editor.setPlainText(window.reply.editor.toPlainText() + "\nIt was stolen.")
    assert not window.reply.copy_reply()
    text, markup, has_html = clipboard_formats()
    assert (text, markup, has_html) == ("", "", False)
    assert "Not copied" in window.reply.status.text()


def test_a_reply_carrying_the_paste_is_refused_as_html_too(window: MainWindow) -> None:
    window.load_file(EXAMPLES / "02-insufficient-funds.json")
    raw = (EXAMPLES / "02-insufficient-funds.json").read_text(encoding="utf-8")
    window.reply.editor.setPlainText(window.reply.editor.toPlainText() + "\n\n" + raw)
    assert not window.reply.copy_reply()
    assert clipboard_formats() == ("", "", False)


def test_the_html_is_checked_as_well_as_the_text(catalog: Catalog) -> None:
    """What a helpdesk editor shows is the HTML's text: check_copy reads it through the guard
    again, so a revealing phrase cannot hide in how the HTML is built."""
    guard = Guard.from_catalog(catalog)
    known: CodeKinds = catalog.code_kinds()
    safe = check_copy(
        "Hi,\n\nYour payment of €49.99 failed.\n\nBest,", "en", guard, known, ["€49.99"]
    )
    assert not safe.refused and "<b>€49.99</b>" in safe.markup
    assert safe.mime_data().hasHtml()
    for text in ("Your card was reported stolen.", "Hi,\n\nStripe flagged this as fraud."):
        refused = check_copy(text, "en", guard, known)
        assert refused.refused and refused.markup == "" and refused.problems
        with pytest.raises(ValueError):
            refused.mime_data()
    payload = check_copy('{"error": {"decline_code": "do_not_honor"}}', "en", guard, known)
    assert payload.refused and payload.payload


def test_bold_follows_the_reply_language(window: MainWindow, tmp_path: Path) -> None:
    window.load_file(WITH_AMOUNT)
    window.reply.choose("de", "email")
    reply = window.reply.editor.toPlainText()
    bold = window.reply._bold
    assert bold and all(value in reply for value in bold)
