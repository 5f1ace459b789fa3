"""The window's answer to a bug: log the traceback to errors.log in the data folder, clear what
could now be stale, and say so in a short dialog, never a traceback on a terminal."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QWidget

from app.ui.i18n import translate

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # past this, the log starts again: it must not fill a disk


class ErrorReporter:
    """`install()` makes it the exception hook; `report()` serves errors caught on purpose."""

    def __init__(
        self, folder: Path | None, parent: QWidget, on_error: Callable[[str], None]
    ) -> None:
        self.folder, self.parent, self.on_error = folder, parent, on_error
        self._previous = sys.excepthook
        self._reporting = False

    @property
    def log_path(self) -> Path | None:
        return self.folder / LOG_NAME if self.folder is not None else None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous

    def hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        self.report(error, translate("ErrorReport", "Something went wrong"))
        self.show_dialog()

    def report(self, error: BaseException, what: str) -> str:
        """Logs the error, clears stale answers (on_error) and returns the sentence it showed."""
        logged = self._log(error)
        where = translate("ErrorReport", " The details are in {path}.") if logged else ""
        sentence = translate(
            "ErrorReport", "{what}: nothing is shown, to avoid a wrong answer."
        ).format(what=what) + where.format(path=self.log_path)
        self.on_error(sentence)
        return sentence

    def show_dialog(self) -> None:
        if self._reporting:  # an error while showing the dialog must not loop
            return
        self._reporting = True
        try:
            from PySide6.QtWidgets import (
                QMessageBox,
            )  # dialog classes are named when used (each costs start-up)

            where = (
                "\n\n"
                + translate("ErrorReport", "The details are in {path}.").format(path=self.log_path)
                if self.log_path
                else ""
            )
            QMessageBox.warning(
                self.parent,
                translate("ErrorReport", "Decline Desk hit a problem"),
                translate(
                    "ErrorReport",
                    "Something went wrong, so the answer on screen was cleared. Paste again to "
                    "continue.",
                )
                + where,
            )
        finally:
            self._reporting = False

    def _log(self, error: BaseException) -> bool:
        path = self.log_path
        if path is None:
            return False
        from datetime import UTC, datetime  # only once something went wrong

        text = details(error)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            mode = "w" if path.is_file() and path.stat().st_size > MAX_LOG_BYTES else "a"
            with path.open(mode, encoding="utf-8") as log:
                log.write(f"--- {stamp}\n{text}\n")
        except OSError:
            return False
        return True


def details(error: BaseException) -> str:
    """Where the error happened: each exception's type and stack, without its message. A message
    can quote the paste (a card number, a name), and the paste is never written to disk."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        kind = type(current)
        parts.append(
            f"Traceback (most recent call last):\n{stack}"
            f"{kind.__module__}.{kind.__qualname__} (message not kept)\n"
        )
        current = current.__cause__ or current.__context__
    return "\nwhich happened while handling:\n".join(parts)
