"""A reply language whose script has no font on this computer is named in one sentence."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from app.ui import i18n, script_fonts
from app.ui.main_window import MainWindow
from build.languages import LOCALES
from tests.ui.test_live_language import choose


@pytest.mark.parametrize(
    ("locale", "name"), [("ja", "Japanese"), ("ko", "Korean"), ("zh-Hans", "Chinese")]
)
def test_a_missing_font_is_named_when_its_language_is_chosen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, locale: str, name: str
) -> None:
    monkeypatch.setattr(script_fonts, "has_font_for", lambda system: False)
    window.reply.choose(locale, "email")
    message = window.statusBar().currentMessage()
    assert f"No {name} font is installed" in message and "fonts-noto-cjk" in message


@pytest.mark.parametrize("locale", [code for code in LOCALES if code not in script_fonts._SCRIPTS])
def test_latin_languages_need_no_font_check(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    monkeypatch.setattr(script_fonts, "has_font_for", lambda system: False)
    assert script_fonts.missing_font(locale) is None


def test_an_installed_font_gives_no_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[QFontDatabase.WritingSystem] = []
    monkeypatch.setattr(script_fonts, "has_font_for", lambda system: seen.append(system) or True)
    assert script_fonts.missing_font("ko") is None
    assert seen == [QFontDatabase.WritingSystem.Korean]


@pytest.mark.parametrize(
    ("locale", "name"), [("ja", "Japanese"), ("ko", "Korean"), ("zh-Hans", "Chinese")]
)
def test_a_window_language_without_a_font_is_english_and_says_why(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    speaking: None,
    locale: str,
    name: str,
) -> None:
    """Settings > Window language in a script this computer cannot draw: the window stays
    readable (English, not empty boxes) and one sentence names the font to install."""
    monkeypatch.setattr(script_fonts, "has_font_for", lambda system: False)
    choose(window, monkeypatch, locale)
    assert i18n.installed() == "en"
    assert window.menus.settings_action.text().replace("&", "").startswith("Settings")
    message = window.statusBar().currentMessage()
    assert f"No {name} font is installed, so the window is in English" in message
    assert "fonts-noto-cjk" in message


@pytest.mark.parametrize("locale", LOCALES)
def test_a_window_language_with_its_font_is_kept(
    monkeypatch: pytest.MonkeyPatch, locale: str
) -> None:
    monkeypatch.setattr(script_fonts, "has_font_for", lambda system: True)
    assert script_fonts.window_language(locale) == (locale, None)
