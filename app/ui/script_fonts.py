"""Whether this computer has a font for a reply language's script: a Korean or Chinese reply
drawn without one shows as empty boxes, which an agent cannot check before sending. Windows and
macOS ship these fonts; a minimal Linux desktop may not (README: fonts-noto-cjk)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate

if TYPE_CHECKING:
    from PySide6.QtGui import QFontDatabase

# The writing system each reply language needs beyond Latin, by Qt's name for it: QFontDatabase
# (and its 36-member WritingSystem) is named only when such a language is asked about, not at
# every start (about 0.6 ms, BENCHMARKS.md, the fourteenth pass).
_SCRIPTS = {
    "ja": (QT_TRANSLATE_NOOP("ScriptFonts", "Japanese"), "Japanese"),
    "ko": (QT_TRANSLATE_NOOP("ScriptFonts", "Korean"), "Korean"),
    "zh-Hans": (QT_TRANSLATE_NOOP("ScriptFonts", "Chinese"), "SimplifiedChinese"),
}


def has_font_for(system: QFontDatabase.WritingSystem) -> bool:
    from PySide6.QtGui import QFontDatabase

    return bool(QFontDatabase.families(system))


def _has_font(qt_name: str) -> bool:
    from PySide6.QtGui import QFontDatabase

    return has_font_for(getattr(QFontDatabase.WritingSystem, qt_name))


def missing_font(locale: str) -> str | None:
    """One sentence naming the missing font for `locale`'s script, or None when there is one
    (or the language is written in Latin letters)."""
    script = _SCRIPTS.get(locale)
    if script is None or _has_font(script[1]):
        return None
    return translate(
        "ScriptFonts",
        "No {script} font is installed, so the {script} reply may show as empty boxes: install "
        "one (on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk "
        "again.",
    ).format(script=translate("ScriptFonts", script[0]))


def window_language(language: str) -> tuple[str, str | None]:
    """The language the window can be read in: `language`, or English with one sentence saying
    why when this computer has no font for its script (a window of empty boxes cannot be read,
    not even to find Settings). The sentence is English, as the window then is."""
    script = _SCRIPTS.get(language)
    if script is None or _has_font(script[1]):
        return language, None
    return SOURCE_LANGUAGE, (
        f"No {script[0]} font is installed, so the window is in English: install one (on Debian "
        "or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again."
    )
