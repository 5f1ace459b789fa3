"""The open window answers another start: FILE becomes its new ticket, --copy-reply copies its
reply with the Copy button's own check; one window per data folder, and a dead window's socket
never stops a new one from listening."""

from __future__ import annotations

import os
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.agent.single_instance import NoWindow, ask_window, instance_address
from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.replies.analyse import analyse_paste
from app.replies.rich import html_text
from app.ui.instance_server import NO_REPLY, InstanceServer
from app.ui.main_window import MainWindow
from tests.conftest import DATA

PASTES = DATA / "pastes"
DECLINED = PASTES / "charge_do_not_honor.txt"
BLOCKED = PASTES / "charge_blocked_radar.txt"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


def ask(qtbot: QtBot, folder: Path, request: dict[str, object]) -> dict[str, object]:
    """Asks as another process would: blocking, on its own thread, while the window's event
    loop answers."""
    box: list[object] = []

    def call() -> None:
        try:
            box.append(ask_window(folder, request))
        except Exception as error:  # handed back to the test
            box.append(error)

    thread = threading.Thread(target=call)
    thread.start()
    qtbot.waitUntil(lambda: bool(box), timeout=20000)
    thread.join()
    if isinstance(box[0], Exception):
        raise box[0]
    assert isinstance(box[0], dict)
    return box[0]


def headline(path: Path, catalog: Catalog) -> str:
    _, findings = analyse_paste(path.read_text(encoding="utf-8"), catalog)
    return sorted(findings, key=lambda f: not f.explanation.sensitive)[0].explanation.headline


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def server(window: MainWindow, folder: Path) -> Iterator[InstanceServer]:
    listening = InstanceServer(window, folder)
    assert listening.listening
    yield listening
    listening.close()


def test_a_second_start_hands_its_file_to_the_window(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, folder: Path, catalog: Catalog
) -> None:
    window.load_file(DECLINED)
    window.showMinimized()
    answer = ask(qtbot, folder, {"action": "open", "file": str(BLOCKED)})
    assert answer["ok"] is True
    assert window.paste_area.text() == BLOCKED.read_text(encoding="utf-8")
    assert window.view.headline.text() == headline(BLOCKED, catalog)
    assert window.isVisible() and not window.isMinimized()


def test_in_compact_mode_a_second_start_brings_up_the_compact_window(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, folder: Path
) -> None:
    window.beside.set_compact(True)
    compact = window.beside.compact
    assert compact is not None
    qtbot.addWidget(compact)
    answer = ask(qtbot, folder, {"action": "open", "file": str(BLOCKED)})
    assert answer["ok"] is True
    assert compact.isVisible() and not window.isVisible()
    assert compact.banner.isVisible()  # the handed-over ticket is confidential


def test_a_second_start_without_a_file_keeps_the_ticket(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, folder: Path
) -> None:
    window.load_file(DECLINED)
    assert ask(qtbot, folder, {"action": "open", "file": None})["ok"] is True
    assert window.paste_area.text() == DECLINED.read_text(encoding="utf-8")


def test_copy_reply_copies_the_tickets_reply_as_text_and_html(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, folder: Path, catalog: Catalog
) -> None:
    window.load_file(BLOCKED)
    reply = window.reply.editor.toPlainText()
    QGuiApplication.clipboard().setText("before")
    answer = ask(qtbot, folder, {"action": "copy-reply"})
    assert answer["ok"] is True and headline(BLOCKED, catalog) in str(answer["message"])
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == reply and html_text(data.html()) == reply
    assert window.reply.status.text() == "Copied the reply."
    assert "Copied" in window.statusBar().currentMessage()


def test_copy_reply_without_a_ticket_leaves_the_clipboard(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, folder: Path
) -> None:
    QGuiApplication.clipboard().setText("before")
    answer = ask(qtbot, folder, {"action": "copy-reply"})
    assert answer == {"ok": False, "message": NO_REPLY}
    assert QGuiApplication.clipboard().text() == "before"
    assert window.statusBar().currentMessage() == NO_REPLY


def test_a_refused_copy_reply_leaves_nothing_raw(
    qtbot: QtBot, window: MainWindow, server: InstanceServer, folder: Path
) -> None:
    window.load_file(BLOCKED)
    QGuiApplication.clipboard().setText(BLOCKED.read_text(encoding="utf-8"))  # the raw paste
    window.reply.editor.setPlainText(
        window.reply.editor.toPlainText() + "\nStripe's fraud screening blocked it."
    )
    answer = ask(qtbot, folder, {"action": "copy-reply"})
    assert answer["ok"] is False and str(answer["message"]).startswith("Not copied:")
    data = QGuiApplication.clipboard().mimeData()
    assert data is None or (data.text() == "" and not data.hasHtml())


def test_two_data_folders_are_two_windows(
    qtbot: QtBot,
    window: MainWindow,
    server: InstanceServer,
    folder: Path,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    other_store = UserStore(tmp_path / "other")
    other = MainWindow(
        catalog, QSettings(str(tmp_path / "o.ini"), QSettings.Format.IniFormat), store=other_store
    )
    qtbot.addWidget(other)
    other_server = InstanceServer(other, tmp_path / "other")
    try:
        assert other_server.listening
        window.load_file(DECLINED)
        ask(qtbot, tmp_path / "other", {"action": "open", "file": str(BLOCKED)})
        assert window.paste_area.text() == DECLINED.read_text(encoding="utf-8")
        assert other.paste_area.text() == BLOCKED.read_text(encoding="utf-8")
    finally:
        other_server.close()
        other_store.close()


def test_a_second_window_of_the_same_folder_does_not_take_the_address(
    qtbot: QtBot,
    window: MainWindow,
    server: InstanceServer,
    folder: Path,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    second = MainWindow(catalog, QSettings(str(tmp_path / "2.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert not InstanceServer(second, folder).listening
    window.load_file(DECLINED)
    ask(qtbot, folder, {"action": "open", "file": str(BLOCKED)})
    assert window.paste_area.text() == BLOCKED.read_text(encoding="utf-8")
    assert second.paste_area.text() == ""


@posix_only
def test_a_crashed_windows_socket_never_blocks_a_start(
    qtbot: QtBot, window: MainWindow, folder: Path
) -> None:
    _, path = instance_address(folder)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(path)  # what a killed window leaves behind
    left.close()
    server = InstanceServer(window, folder)
    try:
        assert server.listening
        assert ask(qtbot, folder, {"action": "ping"})["ok"] is True
    finally:
        server.close()
    assert not os.path.exists(path)  # closing removes it
    with pytest.raises(NoWindow):
        ask_window(folder, {"action": "ping"})


def test_a_request_it_cannot_read_gets_a_sentence(server: InstanceServer) -> None:
    assert server.answer(b"not json")["ok"] is False
    assert server.answer(b"[1, 2]")["ok"] is False
    unknown = server.answer(b'{"v": 1, "action": "format-disk"}')
    assert unknown["ok"] is False and "format-disk" in str(unknown["message"])
