"""Whether this computer has a font for a reply language's script: a Korean or Chinese reply
drawn without one shows as empty boxes, which an agent cannot check before sending. Windows and
macOS ship these fonts; a minimal Linux desktop may not (README: fonts-noto-cjk)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

# The writing system each reply language needs beyond Latin, as Qt names them.
_SCRIPTS = {
    "ja": ("Japanese", QFontDatabase.WritingSystem.Japanese),
    "ko": ("Korean", QFontDatabase.WritingSystem.Korean),
    "zh-Hans": ("Chinese", QFontDatabase.WritingSystem.SimplifiedChinese),
}


def has_font_for(system: QFontDatabase.WritingSystem) -> bool:
    return bool(QFontDatabase.families(system))


def missing_font(locale: str) -> str | None:
    """One sentence naming the missing font for `locale`'s script, or None when there is one
    (or the language is written in Latin letters)."""
    script = _SCRIPTS.get(locale)
    if script is None or has_font_for(script[1]):
        return None
    name = script[0]
    return (
        f"No {name} font is installed, so the {name} reply may show as empty boxes: install one "
        "(on Debian or Ubuntu: sudo apt-get install fonts-noto-cjk) and start Decline Desk again."
    )
