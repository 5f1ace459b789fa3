"""A start finds the window of its data folder with the standard library alone: one address per
user and folder, one JSON line each way, and no window (or a dead one) never blocks it."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.agent import single_instance
from app.agent.single_instance import (
    NoAnswer,
    NoWindow,
    ask_window,
    hand_to_window,
    instance_address,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


def test_one_address_per_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    one, other = tmp_path / "one", tmp_path / "other"
    assert instance_address(one) == instance_address(Path("one"))  # relative or not
    assert instance_address(one) != instance_address(other)
    name, path = instance_address(one)
    assert "declinedesk-" in name and len(path) < 100  # a Unix socket path's limit is ~104


def test_one_address_per_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = instance_address(tmp_path)
    monkeypatch.setattr(single_instance, "_user", lambda: "someone-else")
    assert instance_address(tmp_path) != mine


def test_no_window_is_no_window(tmp_path: Path) -> None:
    with pytest.raises(NoWindow):
        ask_window(tmp_path, {"action": "ping"})
    assert hand_to_window(tmp_path, None, copy_reply=True) is None
    assert hand_to_window(tmp_path, tmp_path / "x.json", copy_reply=False) is None


@posix_only
def test_a_crashed_windows_socket_is_no_window(tmp_path: Path) -> None:
    _, path = instance_address(tmp_path)
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(path)  # bound, never listened on, closed: what a killed window leaves
    left.close()
    try:
        assert os.path.exists(path)
        with pytest.raises(NoWindow):
            ask_window(tmp_path, {"action": "ping"})
    finally:
        os.unlink(path)


class FakeWindow:
    """A listener at the window's address that answers each request with `answer` (or never)."""

    def __init__(self, folder: Path, answer: dict[str, object] | None) -> None:
        _, self.path = instance_address(folder)
        self.answer = answer
        self.requests: list[dict[str, object]] = []
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(self.path)
        self.server.listen(4)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                data = b""
                while b"\n" not in data:
                    chunk = connection.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                self.requests.append(json.loads(data.split(b"\n")[0]))
                if self.answer is None:
                    connection.recv(1)  # holds the connection without answering
                    continue
                connection.sendall(json.dumps(self.answer).encode() + b"\n")

    def close(self) -> None:
        self.server.close()
        os.unlink(self.path)


@pytest.fixture
def fake(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[FakeWindow]:
    window = FakeWindow(tmp_path, getattr(request, "param", {"ok": True, "message": "Done."}))
    yield window
    window.close()


@posix_only
def test_a_start_hands_its_file_over_as_an_absolute_path(
    tmp_path: Path,
    fake: FakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert hand_to_window(tmp_path, Path("ticket.json"), copy_reply=False) == 0
    assert fake.requests == [{"v": 1, "action": "open", "file": str(tmp_path / "ticket.json")}]
    assert capsys.readouterr().out == ""  # a hand-over is silent: the window comes up


@posix_only
@pytest.mark.parametrize(
    ("fake", "status", "stream"),
    [
        ({"ok": True, "message": "Copied the reply."}, 0, "out"),
        ({"ok": False, "message": "Not copied: no reply."}, 1, "err"),
    ],
    indirect=["fake"],
)
def test_copy_reply_prints_the_windows_one_line(
    tmp_path: Path,
    fake: FakeWindow,
    capsys: pytest.CaptureFixture[str],
    status: int,
    stream: str,
) -> None:
    assert hand_to_window(tmp_path, None, copy_reply=True) == status
    printed = capsys.readouterr()
    assert getattr(printed, stream) == str(fake.answer["message"]) + "\n"  # type: ignore[index]
    assert fake.requests == [{"v": 1, "action": "copy-reply"}]


@posix_only
@pytest.mark.parametrize("fake", [None], indirect=True)
def test_a_window_that_never_answers_does_not_hold_the_command(
    tmp_path: Path,
    fake: FakeWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(single_instance, "ANSWER_WAIT_S", 0.3)
    with pytest.raises(NoAnswer):
        ask_window(tmp_path, {"action": "ping"})
    assert hand_to_window(tmp_path, None, copy_reply=True) == 1
    assert capsys.readouterr().err.startswith("Nothing copied: the open window did not answer")
    # A start with FILE opens its own window rather than wait on a frozen one.
    assert hand_to_window(tmp_path, None, copy_reply=False) is None
