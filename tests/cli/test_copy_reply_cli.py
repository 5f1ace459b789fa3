"""`declinedesk --copy-reply` and a second `declinedesk FILE`, as a system shortcut and a file
manager run them: separate processes, one line each, and the exit statuses of the contract.

The offscreen clipboard lives inside one process, so what lands on it is tested in
tests/ui/test_copy_anywhere.py and test_instance_server.py; here, which window answered is
told by the ticket named in the line it prints."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.agent.single_instance import NoAnswer, NoWindow, ask_window, instance_address
from tests.conftest import DATA, ROOT

PASTES = DATA / "pastes"
DECLINED = PASTES / "charge_do_not_honor.txt"
BLOCKED = PASTES / "charge_blocked_radar.txt"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def declinedesk(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *argv],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
        timeout=timeout,
        encoding="utf-8",
    )


def open_window(folder: Path, *argv: str) -> subprocess.Popen[str]:
    """A window of its own process, once it answers at its address."""
    window = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(folder), *argv],
        env=ENV,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert window.poll() is None, window.stderr.read() if window.stderr else ""
        try:
            ask_window(folder, {"action": "ping"})
            return window
        except (NoWindow, NoAnswer):
            time.sleep(0.2)
    close(window, folder)
    raise AssertionError("the window never listened")


def close(window: subprocess.Popen[str], folder: Path) -> None:
    """Ends a window, and removes the socket that ending it by a signal leaves."""
    if window.poll() is None:
        window.terminate()
    window.wait(30)
    if window.stderr is not None:
        window.stderr.close()
    Path(instance_address(folder)[1]).unlink(missing_ok=True)


@pytest.fixture
def window(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    opened = open_window(tmp_path / "data", str(DECLINED))
    yield opened
    close(opened, tmp_path / "data")


def test_without_a_window_an_empty_clipboard_is_one_line_and_exit_1(tmp_path: Path) -> None:
    done = declinedesk("--copy-reply", "--data-dir", str(tmp_path))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Nothing copied: the clipboard holds no text")
    assert done.stderr.count("\n") == 1


def test_copy_reply_takes_no_file(tmp_path: Path) -> None:
    done = declinedesk("--copy-reply", str(DECLINED), "--data-dir", str(tmp_path))
    assert done.returncode == 2 and done.stderr.count("\n") == 1


def test_the_open_window_copies_and_takes_a_second_starts_file(
    window: subprocess.Popen[str], tmp_path: Path
) -> None:
    folder = str(tmp_path / "data")
    copied = declinedesk("--copy-reply", "--data-dir", folder)
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.startswith("Copied the reply to the clipboard from the open window")
    assert "bank declined without giving a reason" in copied.stdout
    assert copied.stdout.count("\n") == 1 and copied.stderr == ""

    second = declinedesk("--data-dir", folder, str(BLOCKED), timeout=30)
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert window.poll() is None  # the first window is still the one

    copied = declinedesk("--copy-reply", "--data-dir", folder)
    assert copied.returncode == 0 and "Payment blocked" in copied.stdout

    # Another data folder is another agent's window: none is open there.
    other = declinedesk("--copy-reply", "--data-dir", str(tmp_path / "other"))
    assert other.returncode == 1 and "clipboard holds no text" in other.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a killed window leaves a socket on Unix")
def test_a_crashed_window_never_blocks_the_next_start(
    window: subprocess.Popen[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    window.send_signal(signal.SIGKILL)
    window.wait(30)
    done = declinedesk("--copy-reply", "--data-dir", str(folder), timeout=30)
    assert done.returncode == 1 and "clipboard holds no text" in done.stderr
    again = open_window(folder)
    try:
        assert ask_window(folder, {"action": "ping"})["ok"] is True
    finally:
        close(again, folder)
