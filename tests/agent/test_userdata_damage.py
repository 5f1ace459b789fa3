"""user.db that is newer, read-only, full, truncated or overwritten: the app keeps working."""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.agent.history import HistoryRecord
from app.agent.userdata import NEWER_FILE, UserStore
from app.agent.userschema import SCHEMA_VERSION


def add(store: UserStore, code: str = "expired_card") -> int | None:
    return store.add_history(HistoryRecord(decline_code=code), f"Declined: {code}", False)


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def unprivileged(check: Callable[[], Any]) -> Any:
    """Runs `check` where file permissions apply: here, or as `nobody` in a forked child when
    the tests run as root (root ignores a read-only folder)."""
    if os.geteuid() != 0:
        return check()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
        except OSError as error:
            result: object = ("skip", f"cannot drop root's privileges here ({error})")
        else:
            try:
                result = ("ok", check())
            except BaseException as error:
                result = ("error", repr(error))
        with os.fdopen(write, "wb") as out:
            pickle.dump(result, out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as answer:
        kind, value = pickle.load(answer)
    os.waitpid(child, 0)
    if kind == "skip":
        pytest.skip(value)
    assert kind == "ok", value
    return value


def test_a_newer_file_is_left_untouched_and_the_app_runs_in_memory(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "user.db")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, future_column BLOB)")
    db.execute("INSERT INTO settings VALUES ('agent_name', '\"Sam\"'), ('hologram', 'true')")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    before = digest(tmp_path)
    store = UserStore(tmp_path)
    assert store.notice == NEWER_FILE and store.in_memory
    assert NEWER_FILE.count(".") == 1  # one sentence
    assert store.settings().agent_name == "Sam"  # its settings are used, in memory
    store.save_settings({"locale": "fr"})
    add(store)
    assert store.settings().locale == "fr" and len(store.history()) == 1
    store.close()
    assert digest(tmp_path) == before
    assert not list(tmp_path.glob("user.db.damaged-*"))


def _in_read_only(folder: Path) -> dict[str, Any]:
    heard: list[str] = []
    store = UserStore(folder)
    store.on_notice = heard.append
    add(store)
    add(store, "lost_card")
    store.save_settings({"locale": "de"})
    return {
        "notice": store.notice,
        "heard": heard,
        "in_memory": store.in_memory,
        "locale": store.settings().locale,
        "agent": store.settings().agent_name,
        "history": [item.reason for item in store.history()],
    }


@pytest.mark.skipif(sys.platform == "win32", reason="folder permissions are POSIX here")
@pytest.mark.parametrize("existing", [False, True, "damaged"])
def test_a_read_only_folder_keeps_working_and_says_so_once(existing: bool | str) -> None:
    with tempfile.TemporaryDirectory(dir="/tmp") as parent:  # where `nobody` may look
        folder = Path(parent) / "data"
        folder.mkdir()
        if existing:
            store = UserStore(folder)
            store.save_settings({"agent_name": "Sam"})
            store.close()
            (folder / "user.db").chmod(0o644)
        if existing == "damaged":
            (folder / "user.db").write_bytes(b"not a database" * 300)
        before = digest(folder)
        folder.chmod(
            stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH
        )
        Path(parent).chmod(0o755)
        try:
            seen = unprivileged(lambda: _in_read_only(folder))
        finally:
            folder.chmod(0o755)
        assert seen["in_memory"] and seen["heard"] == []  # said at opening, not again
        assert seen["notice"].startswith(f"Decline Desk cannot save to {folder}")
        assert seen["notice"].count("Decline Desk cannot save") == 1
        assert seen["locale"] == "de" and seen["history"] == ["lost_card", "expired_card"]
        assert seen["agent"] == ("Sam" if existing is True else "")
        assert digest(folder) == before


def test_a_full_disk_keeps_working_and_says_so_once(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    heard: list[str] = []
    store.on_notice = heard.append
    add(store, "lost_card")
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now reports the disk full
    for _ in range(200):
        add(store)
    store.save_settings({"locale": "es"})
    assert heard == [
        f"Decline Desk cannot save to {tmp_path} (database or disk is full); "
        "settings and history are kept only until you quit."
    ]
    assert store.in_memory and store.settings().locale == "es"
    assert len(store.history(limit=500)) == 201
    store.clear_history()
    assert store.history() == []
    store.close()
    assert len(UserStore(tmp_path).history()) >= 1  # what was saved before is still there


def test_a_folder_that_cannot_be_made_still_gives_a_working_store(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("in the way")
    store = UserStore(tmp_path / "file" / "data")
    assert store.in_memory and store.notice is not None and "cannot save" in store.notice
    add(store)
    assert len(store.history()) == 1


def _full_file(folder: Path) -> Path:
    store = UserStore(folder)
    store.save_settings({"agent_name": "Sam"})
    for n in range(300):
        store.add_history(
            HistoryRecord(decline_code="expired_card", ids=(("charge", f"ch_{n:08d}"),)),
            "Expired",
            False,
        )
    store.close()
    return folder / "user.db"


@pytest.mark.parametrize("damage", ["truncated", "garbage pages", "garbage header", "empty"])
def test_a_damaged_file_is_set_aside_and_a_new_one_works(tmp_path: Path, damage: str) -> None:
    path = _full_file(tmp_path)
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    broken = {
        "truncated": data[: len(data) // 2],
        "garbage pages": data[:4096] + os.urandom(len(data) - 4096),
        "garbage header": os.urandom(100) + data[100:],
        "empty": b"",
    }[damage]
    path.write_bytes(broken)
    store = UserStore(tmp_path)
    add(store, "lost_card")
    assert store.history()[0].reason == "lost_card"
    if damage == "empty":  # an empty file is a new database, not damage
        assert store.notice is None
        return
    assert store.notice is not None and "was damaged; it was moved to" in store.notice
    [aside] = tmp_path.glob("user.db.damaged-*[0-9]")
    assert aside.read_bytes() == broken  # kept as it was, for whoever wants to look
    assert not store.in_memory


@pytest.mark.parametrize("table", ["history", "settings"])
def test_a_table_of_a_shape_no_version_wrote_does_not_stop_the_app(
    tmp_path: Path, table: str
) -> None:
    UserStore(tmp_path).close()
    with sqlite3.connect(tmp_path / "user.db") as db:
        db.execute(f"DROP TABLE {table}")
        db.execute(f"CREATE TABLE {table} (something TEXT)")
    db.close()
    store = UserStore(tmp_path)
    assert store.notice is not None and "was damaged; it was moved to" in store.notice
    store.save_settings({"locale": "it"})
    add(store)
    assert store.settings().locale == "it" and len(store.history()) == 1
    assert not store.in_memory


def test_a_table_reshaped_while_the_app_runs_does_not_stop_it(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    store.save_settings({"agent_name": "Sam"})
    with sqlite3.connect(tmp_path / "user.db") as db:
        db.execute("DROP TABLE history")
        db.execute("CREATE TABLE history (something TEXT)")
    db.close()
    add(store)
    assert len(store.history()) == 1 and store.settings().agent_name == "Sam"
    assert store.in_memory and store.notice is not None and "cannot save" in store.notice


@pytest.mark.slow
@pytest.mark.parametrize("column", ["headline", "codes", "reason", "record", "created"])
def test_a_history_value_of_megabytes_is_dropped_not_read_at_every_refresh(
    tmp_path: Path, column: str
) -> None:
    store = UserStore(tmp_path)
    add(store, "expired_card")
    store.close()
    huge = "A" * 5_000_000
    with sqlite3.connect(tmp_path / "user.db") as db:
        db.execute(
            "INSERT INTO history (created, headline, codes, reason, sensitive, record) "
            "VALUES ('2026-12-06T10:00:00+00:00', 'h', '[]', 'x', 0, '{}')"
        )
        db.execute(f"UPDATE history SET {column} = ? WHERE headline = 'h'", (huge,))
    db.close()
    store = UserStore(tmp_path)
    assert [item.reason for item in store.history()] == ["expired_card"]  # the rest is kept
    assert store.reason_counts(days=3650) == [("expired_card", 1)]
    assert store.notice is None and not store.in_memory
    store.close()
    assert all(b"A" * 1000 not in path.read_bytes() for path in tmp_path.iterdir())


def test_a_value_of_megabytes_written_while_the_app_runs_is_read_as_empty(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    add(store, "expired_card")
    other = sqlite3.connect(tmp_path / "user.db")
    other.execute(
        "UPDATE history SET headline = ?, record = ?, reason = ?",
        ("A" * 1_000_000, "{" * 1_000_000, "B" * 1_000_000),
    )
    other.commit()
    other.close()
    (item,) = store.history()
    assert (item.headline, item.reason, item.record) == ("", "", HistoryRecord())
    assert store.reason_counts(days=3650) == [("", 1)]
