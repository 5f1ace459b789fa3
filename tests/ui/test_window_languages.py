"""The window in the agent's language: the system's by default, the one chosen in Settings
at once and at the next start, English when the choice cannot be used; every layout holds the
longest words (German) and CJK at every width."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from build.translations import languages, messages, ts_file
from tests.conftest import DATA, ROOT
from tests.ui.test_window_widths import STOLEN, resize_to, wholly_seen

# Every window language: German's long words, French's longest texts, and the CJK scripts
# (Japanese, Korean, Chinese) are among them.
WINDOW_LANGUAGES = languages()


def expected(language: str, context: str, source: str) -> str:
    """The translation the .ts file gives, read from the file, not written in the test."""
    found = [
        m.translation
        for m in messages(ts_file(language))
        if m.context == context and m.source == source
    ]
    assert found, (context, source)
    return found[0]


def a_window(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, store: UserStore | None = None
) -> MainWindow:
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", WINDOW_LANGUAGES)
def test_a_window_started_in_a_language_shows_its_words(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
    language: str,
) -> None:
    assert i18n.install(language, qm_folder) == language
    window = a_window(qtbot, catalog, tmp_path)
    window.load_file(STOLEN)
    titles = [action.text() for action in window.menuBar().actions()]
    english = ["&File", "&Edit", "&View", "&Help"]
    assert titles == [expected(language, "Menus", title) for title in english]
    assert titles != english  # (a word may be the same: Italian "File", Dutch "Help")
    assert window.reply.copy_button.text().startswith(
        expected(language, "ReplyPanel", "&Copy reply")
    )
    assert window.view.confidential_badge.text() == expected(
        language,
        "ExplanationView",
        "CONFIDENTIAL · the customer gets only the generic decline reply",
    )
    # Qt's own words (the standard buttons of its dialogs) come in the same language.
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.buttons()[0].text()
    assert cancel.replace("&", "") not in ("Cancel", "")
    # ...and the keys of every shortcut in the language's names (Strg+Umschalt+C in German).
    keys = window.menus.copy_reply_action.shortcuts()[0].toString(
        QKeySequence.SequenceFormat.NativeText
    )
    if language == "de":
        assert keys == "Strg+Umschalt+C"


def test_english_is_the_source_and_loads_nothing(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, qm_folder: Path, in_language: None
) -> None:
    i18n.install("de", qm_folder)
    assert i18n.install("en", qm_folder) == "en"
    window = a_window(qtbot, catalog, tmp_path)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]


@pytest.mark.slow
@pytest.mark.parametrize("language", WINDOW_LANGUAGES)
@pytest.mark.parametrize("width, height", [(380, 760), (1024, 768), (1600, 900)])
def test_the_longest_words_and_cjk_fit_at_every_width(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
    language: str,
    width: int,
    height: int,
) -> None:
    i18n.install(language, qm_folder)
    window = a_window(qtbot, catalog, tmp_path, store)
    window.load_file(STOLEN)
    resize_to(window, width, height)
    assert window.width() == width
    view, reply = window.view, window.reply
    for widget in (view.confidential_badge, view.headline, reply.confidential, reply.copy_button):
        assert wholly_seen(widget), (language, width, widget.accessibleName())
    # No button's words are cut, and the menu bar needs no overflow arrow.
    for button in window.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    assert window.menuBar().sizeHint().width() <= width
    scroll = view.parentWidget().parentWidget()
    assert not scroll.horizontalScrollBar().isVisible()


def test_the_choice_is_used_at_once_and_remembered_for_the_next_start(
    window: MainWindow,
    store: UserStore,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_folder)

    def choose_korean(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.window_language.setCurrentIndex(dialog.window_language.findData("ko"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_korean)
    window.menus.settings_action.trigger()
    QApplication.processEvents()  # Qt posts LanguageChange to each window
    assert "한국어" in window.statusBar().currentMessage()  # named in its own words
    # The window changes at once (tests/ui/test_live_language.py has the whole of it).
    assert window.menuBar().actions()[0].text() == expected("ko", "Menus", "&File")
    store.close()
    again = UserStore(tmp_path / "data")
    assert again.settings().window_language == "ko"
    assert i18n.chosen_language(again.settings().window_language, qm_folder) == "ko"
    again.close()


def test_the_dialog_offers_every_built_language_in_its_own_words(
    qtbot: QtBot,
    store: UserStore,
    qm_folder: Path,
) -> None:
    offered = i18n.available(qm_folder)
    dialog = SettingsDialog(store.settings(), {"en": "English"}, window_languages=offered)
    qtbot.addWidget(dialog)
    names = [dialog.window_language.itemText(i) for i in range(dialog.window_language.count())]
    codes = [dialog.window_language.itemData(i) for i in range(dialog.window_language.count())]
    assert codes == ["", *offered] and len(offered) == 12
    assert "Deutsch" in names and "日本語" in names and "한국어" in names


@pytest.mark.parametrize("setting", ["", "xx", "zh-TW", "de-CH", "ja_JP", "123", " ", "k" * 40])
def test_an_unknown_choice_is_the_system_language(qm_folder: Path, setting: str) -> None:
    chosen = i18n.chosen_language(setting, qm_folder)
    system = i18n.chosen_language(None, qm_folder)
    if setting in ("de-CH", "ja_JP"):  # a region or another spelling of a shipped language
        assert chosen == setting[:2]
    else:
        assert chosen == system


@pytest.mark.slow
@pytest.mark.parametrize("stored", ['"xx-Nope"', "{not json", "42", '"zh-TW"', '"ko"'])
def test_a_damaged_setting_starts_in_the_system_language(
    tmp_path: Path,
    qm_folder: Path,
    stored: str,
) -> None:
    """A whole start (`--smoke-test FILE` reads user.db as the window does) on a Japanese
    system: a setting it cannot use is no choice, and nothing is printed but the result."""
    folder = tmp_path / "data"
    UserStore(folder).close()
    with sqlite3.connect(folder / "user.db") as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('window_language', ?)", (stored,))
    db.close()
    code = (
        "import sys, json\nfrom pathlib import Path\nimport app.ui.i18n as i18n\n"
        f"i18n.translations_dir = lambda: Path({str(qm_folder)!r})\n"
        # a Japanese window, whatever fonts this machine has (tests/ui/test_script_fonts.py)
        "import app.ui.script_fonts as fonts\nfonts.has_font_for = lambda system: True\n"
        "from app.ui.application import run\n"
        f"status = run(smoke_test=True, data_dir=Path({str(folder)!r}), "
        f"paste_file=Path({str(DATA / 'pastes' / 'charge_do_not_honor.txt')!r}))\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(json.dumps([status, i18n.installed(), "
        "QCoreApplication.translate('Menus', '&File')]))\n"
    )
    env = {
        **os.environ,
        "LANGUAGE": "",
        "LC_ALL": "ja_JP.UTF-8",
        "LANG": "ja_JP.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    status, installed, file_menu = json.loads(done.stdout.strip().splitlines()[-1])
    want = "ko" if stored == '"ko"' else "ja"
    assert (status, installed) == (0, want)
    assert file_menu == expected(want, "Menus", "&File")


def test_the_reply_s_gloss_is_in_the_window_s_language(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
) -> None:
    """The same reply shown under a foreign one is in the language the agent reads the window
    in (issue 28 item 4), here German under an English reply."""
    i18n.install("de", qm_folder)
    window = a_window(qtbot, catalog, tmp_path)
    window.set_paste("insufficient_funds")
    assert window.reply.reply_locale == "en"
    assert window.reply.gloss.isVisible()
    german = catalog.reply_frame("de").language
    assert german in window.reply.gloss_caption.text()


def test_menus_have_one_alt_letter_each_in_every_language(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
) -> None:
    """Within a menu, two commands on one Alt+letter would make the letter do nothing."""
    clashes = {}
    for language in i18n.available(qm_folder):
        i18n.install(language, qm_folder)
        window = a_window(qtbot, catalog, tmp_path)
        for menu in [window.menuBar(), *window.menuBar().findChildren(QMenu)]:
            letters = []
            for action in menu.actions():
                text = action.text().replace("&&", "")
                at = text.find("&")
                if at >= 0 and at + 1 < len(text):
                    letters.append(text[at + 1].lower())
            repeated = {x for x in letters if letters.count(x) > 1}
            if repeated:
                title = menu.title() if isinstance(menu, QMenu) else "menu bar"
                clashes[(language, title)] = sorted(repeated)
        window.close()
    QApplication.processEvents()
    assert clashes == {}


def test_the_settings_dialog_holds_every_language_s_words(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    qm_folder: Path,
    in_language: None,
) -> None:
    """Labels, buttons and the hints inside empty fields are whole in every language: the
    dialog grows where a language's words are longer."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    replies = {code: catalog.reply_frame(code).language for code in catalog.reply_locales()}
    cut = []
    for language in i18n.available(qm_folder):
        i18n.install(language, qm_folder)
        dialog = SettingsDialog(store.settings(), replies, window_languages=i18n.available())
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        for field in dialog.findChildren(QLineEdit):
            hint = field.placeholderText()
            if hint and field.fontMetrics().horizontalAdvance(hint) + 8 > field.width():
                cut.append((language, hint))
        labels: list[QLabel | QAbstractButton] = [
            *dialog.findChildren(QLabel),
            *dialog.findChildren(QAbstractButton),
        ]
        for widget in labels:
            if widget.isVisible() and widget.width() < widget.minimumSizeHint().width():
                cut.append((language, widget.text()))
        dialog.close()
    assert cut == []
