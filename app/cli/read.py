"""Reads one input of a command: a file or standard input, never more than a limit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def read_limited(name: str, limit: int, fail: Callable[[Any, str], Exception]) -> bytes:
    """At most `limit` bytes of a file, or of standard input for "-"; a file that cannot be read
    raises `fail("file", sentence)` (each command has its own exception for unusable input)."""
    try:
        if name == "-":
            return sys.stdin.buffer.read(limit)
        with open(name, "rb") as handle:
            return handle.read(limit)
    except FileNotFoundError:
        raise fail("file", f"There is no file named {name}.") from None
    except IsADirectoryError:
        raise fail("file", f"{name} is a folder, not a file.") from None
    except OSError as error:
        raise fail("file", f"{name} cannot be read ({error.strerror}).") from None
