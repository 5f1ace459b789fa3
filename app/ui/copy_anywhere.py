"""`declinedesk --copy-reply`, bound to a system shortcut: the safe reply onto the clipboard
from wherever the agent is.

With a window open for the data folder, the window copies its current ticket's reply (its
Copy button's own check). With none, this process reads the clipboard, explains it with the
agent's settings and puts its safe reply there, as plain text and HTML. A clipboard that is
not a failed payment is left as it was.

Where the reply lives once this process ends:
- Windows: Qt flushes its clipboard data to the system (OleFlushClipboard) when it closes.
- macOS: Qt resolves its pasteboard promises when it closes; the system keeps the data.
- X11: a clipboard is only served by its owner. The command splits in two before Qt starts:
  the part that answers the shell ends at once, the other keeps the reply on offer until
  something else is copied, or KEEP_S passes; then Qt hands it to a clipboard manager (one
  that speaks CLIPBOARD_MANAGER, as GNOME's and KDE's do) if there is one.
- Wayland: a program without a focused window can neither read nor set the clipboard, so the
  command uses XWayland (the xcb plugin) when DISPLAY is set; the compositor passes the
  clipboard between X11 and Wayland programs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING

from app.records import record
from app.replies.guard import Guard
from app.replies.replies import AgentDetails

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from app.agent.userdata import UserStore
    from app.catalogue.catalog import Catalog
    from app.replies.analyse import Finding
    from app.replies.packs import ReplyPack

EXIT_COPIED = 0
EXIT_NOT_COPIED = 1
EXIT_NO_CLIPBOARD = 2
EXIT_CATALOG = 3
KEEP_S = 30 * 60  # X11 without a window: how long the reply stays on offer, at most

COPIED = "Copied the safe reply to the clipboard ({headline})."
EMPTY = "Nothing copied: the clipboard holds no text. Copy the failed payment first."
NOT_A_FAILURE = "Nothing copied: the clipboard is not a failed payment. {why}"
NOTHING_FAILED = "Nothing copied: nothing failed in what the clipboard holds. {what}"


@record(frozen=True, slots=True)
class Choices:
    """What the agent's settings make of a reply, as in the window."""

    guard: Guard
    locale: str
    channel: str
    agent: AgentDetails
    pack: ReplyPack | None


def copy_without_window(data_dir: Path | None) -> int:
    """`--copy-reply` when no window is open (app/agent/single_instance.py asked first): the
    clipboard's failure explained, its safe reply put there. Prints one line."""
    from app.agent.userdata import default_data_dir

    folder = data_dir or default_data_dir()
    choose_platform(os.environ, sys.platform)
    keeper = keeps_clipboard(os.environ, sys.platform)
    if keeper:
        status = _split()
        if status is not None:
            return status  # the part that answers the shell: the other one holds the reply
    from app.ui.display_check import check_display

    problem = check_display()
    if problem is not None:
        _answer(EXIT_NO_CLIPBOARD, problem.replace("open its window", "reach the clipboard"))
        return EXIT_NO_CLIPBOARD
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv[:1])
    status, line = copy_clipboard_reply(folder)
    _answer(status, line)
    if keeper and status == EXIT_COPIED:
        _hold(app)
    if existing is None:
        # Closing Qt now, not at some point of Python's exit, is what hands the data to the
        # system: Windows flushes the clipboard, macOS resolves its promises, and X11 offers
        # it to a clipboard manager.
        app.shutdown()
    return status


def copy_clipboard_reply(folder: Path) -> tuple[int, str]:
    """Explains the clipboard and puts its safe reply there: (exit status, one line). Needs a
    QGuiApplication; the clipboard is left alone unless a reply, or a refusal, is given."""
    from PySide6.QtGui import QGuiApplication

    from app import paths
    from app.catalogue.catalog import Catalog, CatalogError
    from app.reading.report import UnreadablePaste
    from app.replies.analyse import analyse_paste

    text = QGuiApplication.clipboard().text()
    if not text.strip():
        return EXIT_NOT_COPIED, EMPTY
    try:
        catalog = Catalog(paths.catalog_path(), paths.checked_catalogs_file(folder))  # checked once
    except CatalogError as error:
        return EXIT_CATALOG, f"Nothing copied: {error}"
    with catalog:
        store = _open_store(folder)
        try:
            choices = agent_choices(store, catalog)
            try:
                reading, findings = analyse_paste(
                    text, catalog, choices.locale, choices.channel, choices.agent, choices.pack
                )
            except UnreadablePaste as error:
                return EXIT_NOT_COPIED, NOT_A_FAILURE.format(why=error.message)
            if not findings:
                what = reading.warnings[0] if reading.warnings else ""
                return EXIT_NOT_COPIED, NOTHING_FAILED.format(what=what)
            # A sensitive failure comes first, as in the window: its reply is the generic one.
            finding = sorted(findings, key=lambda f: not f.explanation.sensitive)[0]
            status, line = put_reply(finding, catalog, choices.guard)
            if status == EXIT_COPIED and store is not None:
                from app.agent.remember import remember

                remember(store, finding.report, catalog)  # as a paste in the window is
            return status, line
        finally:
            if store is not None:
                store.close()


def put_reply(finding: Finding, catalog: Catalog, guard: Guard) -> tuple[int, str]:
    """The finding's reply onto the clipboard once the guard passed it (plain and HTML); a
    refusal empties the clipboard, so the raw paste cannot be sent instead."""
    from PySide6.QtGui import QGuiApplication

    from app.replies.rich import bold_values
    from app.ui.reply_clipboard import check_copy

    reply = finding.reply
    bold = bold_values(finding.report, catalog, reply.locale)
    checked = check_copy(reply.text, reply.locale, guard, catalog.code_kinds(), bold)
    clipboard = QGuiApplication.clipboard()
    if checked.refused:
        clipboard.clear()
        return (
            EXIT_NOT_COPIED,
            f"Not copied: {checked.reason()}. The clipboard was emptied; open the window to "
            "fix the reply.",
        )
    clipboard.setMimeData(checked.mime_data())
    return EXIT_COPIED, COPIED.format(headline=finding.explanation.headline)


def _open_store(folder: Path) -> UserStore | None:
    from app.agent.userdata import UserDataError, UserStore

    try:
        return UserStore(folder)
    except UserDataError:
        return None  # the defaults, and no history: the reply matters more


def agent_choices(store: UserStore | None, catalog: Catalog) -> Choices:
    """The reply language, channel, agent details and team pack of the agent's settings, as
    the window uses them; the defaults when the settings cannot be read."""
    from app.ui.pack_controller import team_pack

    guard = Guard.from_catalog(catalog)
    if store is None:
        return Choices(guard, "en", "email", AgentDetails(), None)
    values = store.settings()
    agent = AgentDetails(
        None, values.agent_name or None, values.company or None, values.sign_off or None
    )
    pack, _ = team_pack(store, catalog, guard)
    return Choices(guard, values.locale, values.channel, agent, pack)


# ------------------------------------------------------------------------- the platforms
def choose_platform(environ: MutableMapping[str, str], platform: str) -> None:
    """Wayland with XWayland: the xcb plugin, which may use the clipboard without a window.
    macOS: no Dock icon and no focus taken from the helpdesk while the command runs."""
    if platform == "darwin":
        environ.setdefault("QT_MAC_DISABLE_FOREGROUND_APPLICATION_TRANSFORM", "1")
    elif (
        platform != "win32"
        and not environ.get("QT_QPA_PLATFORM")
        and environ.get("WAYLAND_DISPLAY")
        and environ.get("DISPLAY")
    ):
        environ["QT_QPA_PLATFORM"] = "xcb"


def keeps_clipboard(environ: Mapping[str, str], platform: str) -> bool:
    """Whether the reply needs a process of its own to stay pasteable: X11 only."""
    if platform in ("win32", "darwin") or not hasattr(os, "fork"):
        return False
    return environ.get("QT_QPA_PLATFORM", "xcb") in ("", "xcb") and bool(environ.get("DISPLAY"))


_result_pipe: list[int] = []  # X11: where the keeping part sends its one line


def _split() -> int | None:
    """Forks before Qt starts. The parent relays the child's line and status and ends; the
    child (None) does the work, then keeps the reply on offer, detached from the terminal."""
    read_end, write_end = os.pipe()
    pid = os.fork()  # type: ignore[attr-defined,unused-ignore]  # X11 only: POSIX
    if pid == 0:
        os.close(read_end)
        os.setsid()  # type: ignore[attr-defined,unused-ignore]  # closing the terminal: kept
        quiet = os.open(os.devnull, os.O_RDWR)
        for stream in (0, 1, 2):  # a caller reading our output must not wait for the keeper
            os.dup2(quiet, stream)
        _result_pipe.append(write_end)
        return None
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    status_text, _, line = data.decode("utf-8", "replace").rstrip("\n").partition("\t")
    if not status_text.isdigit():
        line = "Nothing copied: the clipboard could not be reached."
        status_text = str(EXIT_NOT_COPIED)
    status = int(status_text)
    print(line, file=sys.stdout if status == EXIT_COPIED else sys.stderr)
    return status


def _answer(status: int, line: str) -> None:
    """The command's one line: printed, or sent to the part that answers the shell."""
    if _result_pipe:
        write_end = _result_pipe.pop()
        os.write(write_end, f"{status}\t{line}\n".encode())
        os.close(write_end)
    else:
        print(line, file=sys.stdout if status == EXIT_COPIED else sys.stderr)


def _hold(app: QGuiApplication) -> None:
    """Serves the clipboard until something else is copied, or KEEP_S passes."""
    from PySide6.QtCore import QTimer

    clipboard = app.clipboard()

    def changed() -> None:
        if not clipboard.ownsClipboard():
            app.quit()

    clipboard.dataChanged.connect(changed)
    QTimer.singleShot(KEEP_S * 1000, app.quit)
    app.exec()
