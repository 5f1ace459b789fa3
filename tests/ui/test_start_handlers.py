"""The window hears what it needs without a generic event handler of ours (BENCHMARKS.md, "The
window's start-up, twelfth pass"): the platform's application object, the system turning light
or dark, and a window language installed from Settings. Written after the change as a fresh set
(34 cases, measured once), then kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.ui import file_open, i18n
from app.ui.look import ALARM_DARK, ALARM_LIGHT
from app.ui.main_window import MainWindow
from tests.ui.test_live_language import choose, said
from tests.ui.test_look import WAYS, a_ticket, near, palette, pixel, system_turns

PLATFORMS = ["darwin", "linux", "linux2", "win32", "cygwin", "freebsd14", "openbsd7", "sunos5"]
PLATFORMS += ["aix", "emscripten"]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_only_macos_gets_an_application_that_hears_every_application_event(
    platform: str,
) -> None:
    kind = file_open.application_class(platform)
    hears = any("event" in vars(cls) for cls in kind.__mro__[: kind.__mro__.index(QApplication)])
    assert hears == (platform == "darwin")  # macOS alone sends Finder's files as events
    assert issubclass(kind, file_open.DeskApplication)  # every one keeps the window


# Desktops' light and dark palettes, other than tests/ui/test_look.py's: (light, dark).
SCHEMES = [
    (
        {"window": "#f6f5f4", "text": "#000000", "base": "#ffffff", "highlight": "#3584e4"},
        {"window": "#353535", "text": "#ffffff", "base": "#2d2d2d", "highlight": "#1b6acb"},
    ),
    (
        {"window": "#f3f3f3", "text": "#1b1b1b", "base": "#fbfbfb", "highlight": "#0067c0"},
        {"window": "#202020", "text": "#f0f0f0", "base": "#2b2b2b", "highlight": "#4cc2ff"},
    ),
    (
        {"window": "#ececec", "text": "#262626", "base": "#ffffff", "highlight": "#0064e1"},
        {"window": "#323232", "text": "#dfdfdf", "base": "#1e1e1e", "highlight": "#0a5fd1"},
    ),
    (
        {"window": "#eff0f1", "text": "#232629", "base": "#fcfcfc", "highlight": "#3daee9"},
        {"window": "#31363b", "text": "#eff0f1", "base": "#232629", "highlight": "#3daee9"},
    ),
    (
        {"window": "#fafafa", "text": "#303030", "base": "#ffffff", "highlight": "#e95420"},
        {"window": "#2c2c2c", "text": "#f7f7f7", "base": "#1d1d1d", "highlight": "#e95420"},
    ),
    (
        {"window": "#e8e8e7", "text": "#101010", "base": "#f8f8f8", "highlight": "#8b5cf6"},
        {"window": "#18181b", "text": "#e4e4e7", "base": "#09090b", "highlight": "#a78bfa"},
    ),
]


@pytest.mark.parametrize("how", WAYS)
@pytest.mark.parametrize("light, dark", SCHEMES, ids=[d["window"] for _, d in SCHEMES])
def test_the_window_follows_each_desktop_s_light_and_dark(
    qtbot: QtBot,
    catalog: Catalog,
    store: UserStore,
    tmp_path: Path,
    qapp: QApplication,
    light: dict[str, str],
    dark: dict[str, str],
    how: str,
) -> None:
    before = qapp.palette()
    qapp.setPalette(palette(light))
    try:
        window = a_ticket(qtbot, catalog, store, tmp_path)
        card, note = window.view.card, window.view.confidential_note
        for colours, red in ((dark, ALARM_DARK), (light, ALARM_LIGHT)):
            system_turns(qapp, colours, how)
            assert near(pixel(card, card.width() // 2, card.height() - 3), colours["base"])
            assert f"color: {red}" in note.styleSheet()
    finally:
        qapp.setPalette(before)


def test_every_window_language_chosen_in_settings_is_used_at_once(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    speaking: None,
    qm_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = UserStore(tmp_path / "data")
    window = MainWindow(
        catalog, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), store=store
    )
    qtbot.addWidget(window)
    window.show()
    wrong: dict[str, tuple[str, str]] = {}
    done: list[str] = []
    for language in i18n.available(qm_folder):
        choose(window, monkeypatch, language)
        seen = (window.menuBar().actions()[2].text(), window.reply.copy_button.text())
        sources = (("Menus", "&View"), ("ReplyPanel", "&Copy reply"))
        wanted = [text if language == "en" else said(language, *where) for where in sources
                  for text in where[1:]]  # fmt: skip
        if seen[0] != wanted[0] or not seen[1].startswith(wanted[1]):
            wrong[language] = seen
        done.append(language)
    store.close()
    assert len(done) == 12 and wrong == {}, wrong


def test_the_smoke_test_s_probe_sees_only_what_is_painted_and_shows_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from app.ui import application

    monkeypatch.setattr(application, "PAINT_WAIT_S", 0.3)
    window = QWidget()
    qtbot.addWidget(window)
    shown, hidden = QLabel("Card declined"), QLabel("Never shown")
    shown.setAccessibleName("Shown")
    hidden.setAccessibleName("Hidden")
    layout = QVBoxLayout(window)
    layout.addWidget(shown)
    layout.addWidget(hidden)
    hidden.hide()
    window.show()
    QApplication.processEvents()
    before = shown.grab().toImage()
    watch = application.PaintWatch([shown, hidden])
    QApplication.processEvents()
    assert shown.grab().toImage() == before  # its probe adds no pixel
    assert not watch.wait(QApplication.instance())  # type: ignore[arg-type]
    assert list(watch.waiting.values()) == ["Hidden"]  # the shown one was painted
