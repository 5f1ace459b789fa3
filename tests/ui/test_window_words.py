"""Every text of the window is in the agent's language (issue 28 item 3): the window, its two
panels with a ticket, the first-run card, the settings dialog and the reply pack editor are
walked widget by widget in each language and in English, and no text a person reads is left
the same English words, except proper names, codes, addresses and the words a language shares
with English ("Chat" in German), which its .ts file says it keeps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from app.catalogue.catalog import Catalog
from app.ui import i18n
from app.ui.explanation_view import ENGLISH_TIP
from app.ui.pack_editor import PackEditor
from app.ui.settings_dialog import SettingsDialog
from build.translations import languages, messages, ts_file
from tests.ui.window_words import a_ticket_window, catalogue_filters, shown_texts, ticket_widgets

# Names a window shows in every language: the product, Stripe's, and the helpdesk tools'.
NAMES = ("Decline Desk", "Stripe", "Radar", "Zendesk", "Help Scout", "Freshdesk", "Intercom")
ADDRESS = re.compile(r"\w+://\S+")


def everything_shown(catalog: Catalog, folder: Path) -> dict[str, str]:
    """The texts of the window with a ticket and its panels open, and of its two dialogs."""
    window = a_ticket_window(catalog, folder)
    found = shown_texts(window, ticket_widgets(window), catalogue_filters(window))
    languages_ = {code: catalog.reply_frame(code).language for code in catalog.reply_locales()}
    settings = SettingsDialog(
        window.store.settings(), languages_, window, window.guard, i18n.available()
    )
    editor = PackEditor(catalog, window.guard, window.packs.current(), window)
    for name, dialog in (("settings", settings), ("pack editor", editor)):
        dialog.show()
        QApplication.processEvents()
        # The pack editor's reply classes are code names (generic_decline), as packs write them.
        codes = {id(editor.reply_class): 0}
        texts = shown_texts(dialog, vocabulary=codes)
        found.update({f"{name}/{key}": text for key, text in texts.items()})
        dialog.close()
    window.close()
    window.store.close()
    for widget in (settings, editor, window):
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def kept_words(language: str) -> re.Pattern[str]:
    """The texts a language's .ts file writes as English does ("Chat", French "Catalogue
    {version}"), their placeholders filled with anything."""
    same = {
        m.translation.replace("&", "")
        for m in messages(ts_file(language))
        if m.translation == m.source
    }
    ways = [re.sub(r"\\\{[a-z_]*\\\}", ".+", re.escape(text)) for text in sorted(same)]
    return re.compile("|".join(ways) or "(?!)")


def english_left(
    english: dict[str, str], theirs: dict[str, str], kept: re.Pattern[str], native: set[str]
) -> list[tuple[str, str]]:
    """The texts shown the same as in English that hold English words."""
    left = []
    for key, text in theirs.items():
        if english.get(key) != text or kept.fullmatch(text):
            continue
        rest = ADDRESS.sub(" ", text)
        for name in sorted({*NAMES, *native}, key=len, reverse=True):
            rest = rest.replace(name, " ")
        # A word of three letters or more that is not a code (stolen_card, pt-BR, zh-Hans).
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z_-]{2,}", rest) if not re.search("[_-]", w)]
        if words:
            left.append((key, text))
    return left


_english: dict[str, str] = {}


def english_texts(catalog: Catalog, folder: Path) -> dict[str, str]:
    if not _english:
        i18n.install("en")
        _english.update(everything_shown(catalog, folder))
    return _english


def native_names(catalog: Catalog) -> set[str]:
    return {catalog.reply_frame(code).language for code in catalog.reply_locales()} | {
        i18n.native_name(code) for code in i18n.available()
    }


def test_the_walk_finds_english_where_it_is(
    qapp: QApplication, catalog: Catalog, tmp_path: Path, qm_folder: Path, in_language: None
) -> None:
    """The detector is not blind: English compared with itself is nearly all left."""
    english = english_texts(catalog, tmp_path / "en")
    assert len(english) > 120
    nothing_kept = re.compile("(?!)")
    assert len(english_left(english, english, nothing_kept, native_names(catalog))) > 100


@pytest.mark.parametrize("language", languages())
def test_no_text_of_the_window_is_left_in_english(
    qapp: QApplication,
    catalog: Catalog,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
    language: str,
) -> None:
    english = english_texts(catalog, tmp_path / "en")
    assert i18n.install(language, qm_folder) == language
    theirs = everything_shown(catalog, tmp_path / language)
    # A text shown in English for want of a translation says so on hover, in the language:
    # that tip is the only text an English window does not have (issue 28).
    tip = i18n.translate("ExplanationView", ENGLISH_TIP)
    tagged = {k for k, t in theirs.items() if k.endswith(".toolTip") and t == tip}
    assert tip != ENGLISH_TIP
    assert theirs.keys() - tagged == english.keys()  # the same widgets, in the same order
    theirs = {k: t for k, t in theirs.items() if k not in tagged}
    left = english_left(english, theirs, kept_words(language), native_names(catalog))
    assert left == [], "\n".join(f"{k}: {t[:80]}" for k, t in left)
