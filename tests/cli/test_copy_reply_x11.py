"""On a real X11 display (Xvfb), the reply `--copy-reply` puts on the clipboard stays
pasteable after the command has ended, as text and as HTML, until something else is copied.
Skipped where Xvfb or xclip is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.replies.rich import html_text
from tests.conftest import DATA, ROOT

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("Xvfb") and shutil.which("xclip")),
    reason="needs Xvfb and xclip",
)
BLOCKED = DATA / "pastes" / "charge_blocked_radar.txt"


@pytest.fixture
def display() -> Iterator[dict[str, str]]:
    """A private X server; the environment of a program on it (no clipboard manager runs)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f":{number.decode().strip()}"
    try:
        yield env
    finally:
        server.terminate()
        server.wait(10)


def xclip(env: dict[str, str], *args: str, text: str | None = None) -> str:
    """`-i` with `text`: xclip stays behind to serve it (its output must not be waited on)."""
    serving = text is not None
    done = subprocess.run(
        ["xclip", "-selection", "clipboard", *args],
        input=text,
        text=True,
        env=env,
        timeout=10,
        encoding="utf-8",
        stdout=subprocess.DEVNULL if serving else subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    return "" if serving else done.stdout


def keepers(folder: Path) -> int:
    found = subprocess.run(
        ["pgrep", "-f", "--", f"--copy-reply --data-dir {folder}"], capture_output=True, text=True
    )
    return len(found.stdout.split())


def test_the_reply_outlives_the_command_until_something_else_is_copied(
    display: dict[str, str], tmp_path: Path
) -> None:
    xclip(display, "-i", text=BLOCKED.read_text(encoding="utf-8"))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--copy-reply", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=display,
        cwd=ROOT,
        timeout=60,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Copied the safe reply") and done.stdout.count("\n") == 1
    plain = xclip(display, "-o")
    markup = xclip(display, "-o", "-t", "text/html")
    assert plain.startswith("Hi,") and "Radar" not in plain and "€49.99" in plain
    assert html_text(markup) == plain and "<b>€49.99</b>" in markup
    assert keepers(tmp_path) == 1  # the detached part that serves the clipboard

    xclip(display, "-i", text="something else")
    deadline = time.monotonic() + 10
    while keepers(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert keepers(tmp_path) == 0 and xclip(display, "-o") == "something else"


def test_words_on_the_clipboard_are_left_alone(display: dict[str, str], tmp_path: Path) -> None:
    xclip(display, "-i", text="see you at lunch")
    done = subprocess.run(
        [sys.executable, "-m", "app", "--copy-reply", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=display,
        cwd=ROOT,
        timeout=60,
        encoding="utf-8",
    )
    assert done.returncode == 1 and done.stderr.startswith("Nothing copied")
    # The part that did the work answered the shell before closing Qt; on a busy machine it
    # may still be ending when the command returns, but it must not stay to serve anything.
    deadline = time.monotonic() + 10
    while keepers(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert xclip(display, "-o") == "see you at lunch" and keepers(tmp_path) == 0
