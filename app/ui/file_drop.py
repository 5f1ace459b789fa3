"""Files the agent opens or drops: read as a paste, or one sentence saying why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from app.reading.paste import MAX_CHARS, decode_paste
from app.reading.report import UnreadablePaste
from app.ui.i18n import QT_TRANSLATE_NOOP, translate

OPEN_FILTER = QT_TRANSLATE_NOOP("FileDrop", "Stripe payloads (*.json *.txt *.log);;All files (*)")


def read_file(path: Path) -> str:
    """The file's text; raises UnreadablePaste with one sentence when it cannot be a paste."""
    try:
        if path.stat().st_size > MAX_CHARS * 4:
            raise UnreadablePaste(
                "too_large",
                translate(
                    "FileDrop",
                    "{file} is too large to be a Stripe payload; open just the failed payment or "
                    "error.",
                ).format(file=path.name),
            )
        return decode_paste(path.read_bytes())
    except OSError as error:
        raise UnreadablePaste(
            "file",
            translate("FileDrop", "{file} cannot be read ({why}).").format(
                file=path.name, why=error.strerror
            ),
        ) from None


def dropped(data: QMimeData) -> Path | str | None:
    """A dropped local file's path, else dropped text, else None (not something we take)."""
    urls = data.urls()
    if urls and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    if data.hasText():
        return data.text()
    return None
