"""The open window's side of "one window per agent": it answers another `declinedesk` start.

`declinedesk [FILE]` started again hands FILE over (the window explains it as a new ticket and
comes to the front); `declinedesk --copy-reply` asks for the current ticket's safe reply on the
clipboard. The requests and their address are in app/agent/single_instance.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.agent.single_instance import MAX_MESSAGE, instance_address, window_listens
from app.ui.file_open import bring_to_front, open_in_window
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

COPIED = "Copied the reply to the clipboard from the open window ({ticket})."
NO_REPLY = "Not copied: the open window has no reply to copy. Paste a failed payment into it first."


class InstanceServer(QObject):
    """Listens for the window of one data folder; `listening` is False when another window
    already does (then this one simply runs on its own)."""

    def __init__(self, window: MainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        name, _ = instance_address(data_dir)
        # Qt replaces an existing socket file when it listens with UserAccessOption: a window
        # already listening keeps the address, and only a crashed window's file is removed.
        self.listening = False
        if not window_listens(data_dir):
            QLocalServer.removeServer(name)
            self.listening = self.server.listen(name)

    def close(self) -> None:
        """Stops listening (removes the socket file on Unix)."""
        self.server.close()

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer.clear()
        answer = self.answer(line)
        socket.write((json.dumps(answer, ensure_ascii=False) + "\n").encode())
        socket.flush()
        socket.disconnectFromServer()

    def answer(self, line: bytes) -> dict[str, object]:
        """The answer to one request line; a request it cannot read gets a sentence back."""
        try:
            request = json.loads(line)
        except ValueError:
            request = None
        if not isinstance(request, dict):
            return {"ok": False, "message": "The open window could not read the request."}
        action = request.get("action")
        if action == "ping":
            return {"ok": True, "message": "Decline Desk is open."}
        if action == "open":
            return self._open(request.get("file"))
        if action == "copy-reply":
            return self._copy_reply()
        return {"ok": False, "message": f"The open window does not know {action!r}."}

    def _open(self, file: object) -> dict[str, object]:
        """Another start's FILE becomes the new ticket; the window comes to the front."""
        if isinstance(file, str) and file:
            open_in_window(self.window, Path(file))
        else:
            bring_to_front(self.window)
        return {"ok": True, "message": "Handed to the open window."}

    def _copy_reply(self) -> dict[str, object]:
        """The Copy button's own check and copy, asked from a system shortcut; the window's
        status line says what happened, for an agent who looks."""
        window = self.window
        reply = window.reply
        if not reply.editor.toPlainText().strip():
            window.statusBar().showMessage(NO_REPLY, 10000)
            return {"ok": False, "message": NO_REPLY}
        if reply.copy_reply():
            window.statusBar().showMessage(
                translate(
                    "InstanceServer", "Copied the reply (asked by declinedesk --copy-reply)."
                ),
                10000,
            )
            return {"ok": True, "message": COPIED.format(ticket=self._ticket())}
        window.statusBar().showMessage(
            translate(
                "InstanceServer",
                "Not copied (asked by declinedesk --copy-reply): see under the reply.",
            ),
            10000,
        )
        return {"ok": False, "message": reply.status.text()}

    def _ticket(self) -> str:
        """The headline of the failure whose reply is shown: which ticket was copied."""
        findings, row = self.window.findings, self.window.paste_area.current_row()
        return findings[row].explanation.headline if 0 <= row < len(findings) else "the ticket"
