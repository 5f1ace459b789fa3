"""One window per agent and data folder: where it listens, and how another start talks to it.

The window listens with Qt's QLocalServer (app/ui/instance_server.py): a Unix domain socket on
Linux and macOS, a named pipe on Windows. This side is the standard library only, so that a
start can ask "is a window already open?" in a millisecond, before Qt is even imported, and
`declinedesk --copy-reply` with a window open never loads Qt at all.

One request a connection, one JSON line each way: {"v": 1, "action": "open", "file": PATH or
null} or {"v": 1, "action": "copy-reply"}; the answer is {"ok": bool, "message": str}.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

PROTOCOL = 1
MAX_MESSAGE = 64 * 1024  # a request or an answer is a line of JSON, never more
ANSWER_WAIT_S = 15.0  # the window checks the reply first (the guard's first check: ~0.5 s)


class NoWindow(Exception):
    """No window listens for this data folder (none runs, or a crashed one left its socket)."""


class NoAnswer(Exception):
    """A window listens but did not answer in time, or answered nonsense."""


def instance_address(data_dir: Path) -> tuple[str, str]:
    """(the name QLocalServer listens on, the path a client opens), one per user and per data
    folder. Unix: a socket in XDG_RUNTIME_DIR (the user's own folder) or the temp folder;
    Windows: a named pipe."""
    try:
        folder = str(data_dir.resolve())
    except OSError:
        folder = str(data_dir.absolute())
    user = _user()
    # Two checksums make 64 bits: enough to tell one agent's folders apart, and zlib is loaded
    # already where hashlib would cost every start 3 ms.
    key = f"{user}\0{folder}".encode()
    digest = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    safe_user = "".join(ch for ch in user if ch.isalnum())[:16] or "user"
    name = f"declinedesk-{safe_user}-{digest}"
    if sys.platform == "win32":
        return name, rf"\\.\pipe\{name}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    # macOS's TMPDIR is the user's own folder; elsewhere /tmp (tempfile costs a start 4 ms).
    base = runtime if runtime and os.path.isdir(runtime) else os.environ.get("TMPDIR") or "/tmp"
    path = os.path.join(base, f"{name}.sock")
    return path, path


def _user() -> str:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):  # getpass.getuser()'s order
        if os.environ.get(name):
            return os.environ[name]
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment nor the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def ask_window(data_dir: Path, request: dict[str, object]) -> dict[str, object]:
    """Sends one request to the window of `data_dir` and returns its answer; raises NoWindow
    when no window listens, NoAnswer when one does but does not answer."""
    _, path = instance_address(data_dir)
    line = (json.dumps({"v": PROTOCOL, **request}) + "\n").encode()
    if sys.platform == "win32":
        raw = _ask_pipe(path, line)
    else:
        raw = _ask_socket(path, line)
    try:
        answer = json.loads(raw)
    except ValueError:
        raise NoAnswer("the open window gave an answer that could not be read") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("message"), str):
        raise NoAnswer("the open window gave an answer that could not be read")
    return answer


def _ask_socket(path: str, line: bytes) -> bytes:
    if not os.path.exists(path):
        raise NoWindow  # the usual first start: no socket module to load (3 ms)
    import socket

    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        client.settimeout(2.0)
        try:
            client.connect(path)
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError):
            raise NoWindow from None
        except OSError as error:  # a socket left by a crashed window, or no rights to it
            raise NoWindow from error
        client.settimeout(ANSWER_WAIT_S)
        try:
            client.sendall(line)
            return _read_line(client.recv)
        except OSError as error:
            raise NoAnswer("the open window did not answer") from error
    finally:
        client.close()


def _ask_pipe(path: str, line: bytes) -> bytes:
    """Windows: a named pipe opens as a file. The answer is read on a thread, so that a window
    that never answers cannot hold this process."""
    import threading

    try:
        pipe = open(path, "r+b", buffering=0)  # noqa: SIM115 (closed below, after the thread)
    except FileNotFoundError:
        raise NoWindow from None
    except OSError as error:  # all of the pipe's instances busy: the window is there
        raise NoAnswer("the open window is busy") from error
    answer: list[bytes] = []

    def read() -> None:
        try:
            pipe.write(line)
            answer.append(_read_line(pipe.read))
        except OSError:
            pass

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(ANSWER_WAIT_S)
    if not answer:
        raise NoAnswer("the open window did not answer")
    pipe.close()
    return answer[0]


def _read_line(read: Callable[[int], bytes]) -> bytes:
    """Bytes up to the first newline (without it), at most MAX_MESSAGE."""
    data = b""
    while b"\n" not in data and len(data) <= MAX_MESSAGE:
        chunk = read(4096)
        if not chunk:
            break
        data += chunk
    if b"\n" not in data:
        raise NoAnswer("the open window closed the connection without an answer")
    return data.split(b"\n", 1)[0]


def window_listens(data_dir: Path) -> bool:
    """Whether a window listens at the folder's address (Unix: a connection is accepted; a
    crashed window's socket file refuses it). It need not answer: it may be this process."""
    if sys.platform == "win32":
        return False  # a named pipe goes with the process that made it: nothing is left over
    import socket

    _, path = instance_address(data_dir)
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.settimeout(2.0)
        probe.connect(path)
    except OSError:
        return False
    finally:
        probe.close()
    return True


def hand_to_window(data_dir: Path | None, paste_file: Path | None, copy_reply: bool) -> int | None:
    """What a start asks of the window already open for its data folder: `--copy-reply`
    (its answer printed, exit 0 or 1), or FILE as a new ticket and the window to the front
    (exit 0, nothing printed). None when no window answers: this start does the work."""
    from app.agent.userdata import default_data_dir

    folder = data_dir or default_data_dir()
    if not copy_reply:
        file = str(paste_file.absolute()) if paste_file is not None else None
        try:
            ask_window(folder, {"action": "open", "file": file})
        except (NoWindow, NoAnswer):
            return None  # a window that does not answer is left alone: this start opens one
        return 0
    try:
        answer = ask_window(folder, {"action": "copy-reply"})
    except NoWindow:
        return None
    except NoAnswer as error:
        print(f"Nothing copied: {error}.", file=sys.stderr)
        return 1
    ok = answer.get("ok") is True
    print(answer["message"], file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1
