"""Files the agent opens or drops: read as a paste, or one sentence saying why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from app.reading.paste import MAX_CHARS, decode_paste
from app.reading.report import UnreadablePaste

OPEN_FILTER = "Stripe payloads (*.json *.txt *.log);;All files (*)"


def read_file(path: Path) -> str:
    """The file's text; raises UnreadablePaste with one sentence when it cannot be a paste."""
    try:
        if path.stat().st_size > MAX_CHARS * 4:
            raise UnreadablePaste(
                "too_large",
                f"{path.name} is too large to be a Stripe "
                "payload; open just the failed payment or error.",
            )
        return decode_paste(path.read_bytes())
    except OSError as error:
        raise UnreadablePaste("file", f"{path.name} cannot be read ({error.strerror}).") from None


def dropped(data: QMimeData) -> Path | str | None:
    """A dropped local file's path, else dropped text, else None (not something we take)."""
    urls = data.urls()
    if urls and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    if data.hasText():
        return data.text()
    return None
