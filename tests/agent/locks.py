"""Another program holding user.db's lock: a real second process, as an agent's backup tool or
a sqlite3 shell would, released when the test says so (or after `seconds` at most)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLDER = """
import select, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[3] == "reads too":  # no other connection may even read (SQLite's exclusive mode)
    db.execute("PRAGMA locking_mode = EXCLUSIVE")
db.execute("BEGIN EXCLUSIVE")
db.execute("CREATE TABLE IF NOT EXISTS held (x)")  # a write takes the lock in WAL mode too
print("locked", flush=True)
select.select([sys.stdin], [], [], float(sys.argv[2]))  # until told, or the time is up
db.execute("ROLLBACK")  # the file is left as it was
db.close()
"""


class Lock:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process

    @property
    def held(self) -> bool:
        return self.process.poll() is None

    def release(self) -> None:
        if self.held:
            assert self.process.stdin is not None
            self.process.stdin.write("release\n")
            self.process.stdin.flush()
        assert self.process.wait(timeout=30) == 0


@contextmanager
def locked(path: Path, seconds: float, reads_too: bool = False) -> Iterator[Lock]:
    """user.db at `path` locked (BEGIN EXCLUSIVE) by another process until released; with
    `reads_too`, not even reading it is allowed."""
    mode = "reads too" if reads_too else "writes"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "locked"
        yield Lock(process)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()
