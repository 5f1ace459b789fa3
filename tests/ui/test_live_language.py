"""Settings > Window language changes the window at once (issue 28 item 3): menus, buttons,
panel titles, tooltips and the texts made from values are said again in the new language, and
the window switched is the same as one started in that language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from build.translations import messages, ts_file
from tests.ui.window_words import a_ticket_window, catalogue_filters, shown_texts, ticket_widgets


def said(language: str, context: str, source: str) -> str:
    """The translation the .ts file gives, read from it."""
    found = [
        m.translation
        for m in messages(ts_file(language))
        if (m.context, m.source) == (context, source)
    ]
    assert found, (context, source)
    return found[0]


def choose(window: MainWindow, monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    """File > Settings, the window language chosen, saved."""

    def pick(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.window_language.setCurrentIndex(dialog.window_language.findData(language))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", pick)
    window.menus.settings_action.trigger()
    for dialog in window.findChildren(SettingsDialog):  # closed: gone, as a walk would see it
        dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def test_german_then_japanese_change_the_window_at_once(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, speaking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = a_ticket_window(catalog, tmp_path)
    qtbot.addWidget(window)
    english_tip = window.reply.copy_button.toolTip()
    for language in ("de", "ja"):
        choose(window, monkeypatch, language)
        assert i18n.installed() == language
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == [said(language, "Menus", t) for t in ("&File", "&Edit", "&View", "&Help")]
        assert window.menus.copy_reply_action.text() == said(language, "Menus", "Copy &reply")
        assert window.reply.copy_button.text().startswith(
            said(language, "ReplyPanel", "&Copy reply") + "   "
        )
        assert window.reply.copy_button.toolTip() != english_tip
        assert window.docks.search_dock.windowTitle() == said(language, "Panels", "Catalogue")
        assert window.docks.history_dock.windowTitle() == said(language, "Panels", "History")
        assert window.view.confidential_badge.text() == said(
            language,
            "ExplanationView",
            "CONFIDENTIAL · the customer gets only the generic decline reply",
        )
        version = catalog.info().version
        assert window.catalogue_label.text() == said(
            language, "MainWindow", "Catalogue {version}"
        ).format(version=version)
        # Said in the new language, naming it in its own words.
        message = said(language, "SettingsFlow", "The window is now in {language}.")
        assert window.statusBar().currentMessage() == message.format(
            language=i18n.native_name(language)
        )
    # Qt's own key names follow too: Japanese writes Ctrl, German wrote Strg.
    assert "Strg" not in window.reply.copy_button.text()
    assert window.store.settings().window_language == "ja"
    window.store.close()


@pytest.mark.parametrize("language", ["de", "ko"])
def test_a_window_switched_reads_as_one_started_in_the_language(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    speaking: None,
    monkeypatch: pytest.MonkeyPatch,
    qm_folder: Path,
    language: str,
) -> None:
    """Every text the walk of tests/ui/test_window_words.py reads is the same, whether the
    window started in the language or switched to it with a ticket and both panels open."""
    switched = a_ticket_window(catalog, tmp_path / "switched")
    qtbot.addWidget(switched)
    choose(switched, monkeypatch, language)
    after = shown_texts(switched, ticket_widgets(switched), catalogue_filters(switched))
    started = a_ticket_window(catalog, tmp_path / "started")
    qtbot.addWidget(started)
    before = shown_texts(started, ticket_widgets(started), catalogue_filters(started))
    differ = {
        k: (before.get(k), after.get(k))
        for k in before.keys() | after.keys()
        if before.get(k) != after.get(k)
    }
    assert differ == {}, "\n".join(f"{k}: {v}" for k, v in sorted(differ.items()))
    for window in (switched, started):
        window.store.close()


def test_the_compact_window_changes_too(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, speaking: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compact mode is a window of its own, beside the helpdesk: it follows the language too."""
    window = a_ticket_window(catalog, tmp_path)
    qtbot.addWidget(window)
    window.menus.compact_action.trigger()
    compact = window.beside.compact
    assert compact is not None and compact.isVisible()
    choose(window, monkeypatch, "de")
    assert compact.full_button.text() == said("de", "Compact", "&Full window")
    assert compact.copy_button.text().startswith(said("de", "ReplyPanel", "&Copy reply"))
    assert "Strg" in compact.copy_button.text()
    window.beside.set_compact(False)
    window.store.close()
