"""Another program locking user.db never freezes the agent and never loses the session's data:
calls wait at most a moment, writes are kept in order and saved once the file is free, and the
agent is told once while nothing is being saved."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.agent import userdata
from app.agent.history import HistoryRecord
from app.agent.userdata import NOT_SAVING, SAVING_AGAIN, UserStore
from tests.agent.locks import locked

# The lock lasts this long unless the test releases it: the calls made meanwhile must all have
# returned while it was still held, which proves none of them waited for it (the 30 s
# lock blocked the window for 20 s and then stopped saving).
LOCK_S = 30


def add(store: UserStore, code: str) -> int | None:
    return store.add_history(HistoryRecord(decline_code=code), f"Card declined: {code}", False)


def on_disk(folder: Path) -> tuple[list[str], dict[str, str]]:
    """The reasons and settings in the file, read by another connection, oldest first."""
    db = sqlite3.connect(folder / "user.db")
    reasons = [row[0] for row in db.execute("SELECT reason FROM history ORDER BY id")]
    settings = dict(db.execute("SELECT key, value FROM settings"))
    db.close()
    return reasons, settings


CODES = ["expired_card", "do_not_honor", "insufficient_funds", "lost_card", "incorrect_cvc"]


@pytest.mark.slow
def test_a_held_lock_is_waited_out_without_freezing_and_saved_after(tmp_path: Path) -> None:
    UserStore(tmp_path).close()
    heard: list[str] = []
    with locked(tmp_path / "user.db", LOCK_S) as lock:
        store = UserStore(tmp_path)
        store.on_notice = heard.append
        for code in CODES:
            assert add(store, code) is None  # held back, not refused
            store.history()
            store.reason_counts()
        store.save_settings({"agent_name": "Sam", "locale": "de"})
        assert store.settings().agent_name == "Sam"  # the session sees its own changes
        assert lock.held, "a call waited for the other program's lock"
        assert heard == [NOT_SAVING]  # once, however many calls
        lock.release()
    store.retry_every = 0  # the next call tries again at once, not after RETRY_EVERY_S
    assert add(store, "card_declined") is not None  # the next call saves everything, in order
    assert heard == [NOT_SAVING, SAVING_AGAIN]
    reasons, settings = on_disk(tmp_path)
    assert reasons == [*CODES, "card_declined"]
    assert (settings["agent_name"], settings["locale"]) == ('"Sam"', '"de"')
    assert not store.in_memory
    store.close()


@pytest.mark.slow
def test_closing_saves_what_a_lock_held_back(tmp_path: Path) -> None:
    UserStore(tmp_path).close()
    with locked(tmp_path / "user.db", LOCK_S) as lock:
        store = UserStore(tmp_path)
        for code in CODES:
            add(store, code)
        store.clear_history()
        add(store, "generic_decline")
        assert lock.held
        lock.release()
    store.close()
    assert on_disk(tmp_path)[0] == ["generic_decline"]  # the clear came between, as asked


@pytest.mark.slow
def test_a_second_lock_is_said_again(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    for _ in range(2):
        with locked(tmp_path / "user.db", LOCK_S) as lock:
            add(store, "expired_card")
            lock.release()
        store.retry_every = 0
        add(store, "do_not_honor")
        store.retry_every = userdata.RETRY_EVERY_S
    assert store.notices == [NOT_SAVING, SAVING_AGAIN] * 2
    assert on_disk(tmp_path)[0] == ["expired_card", "do_not_honor"] * 2
    store.close()


@pytest.mark.slow
def test_a_file_locked_even_for_reading_opens_in_memory_with_one_notice(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    store.save_settings({"agent_name": "Sam"})
    add(store, "expired_card")
    store.close()
    with locked(tmp_path / "user.db", LOCK_S, reads_too=True) as lock:
        store = UserStore(tmp_path)
        assert lock.held, "opening waited for the other program's lock"
        assert store.in_memory and len(store.notices) == 1
        assert "database is locked" in store.notices[0]
        add(store, "do_not_honor")  # the session goes on, in memory
        assert [item.reason for item in store.history()] == ["do_not_honor", "expired_card"]
        assert store.settings().agent_name == "Sam"
        lock.release()
    store.close()
