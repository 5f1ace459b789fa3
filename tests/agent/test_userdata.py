"""user.db: settings, history, and what happens when things go wrong."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.agent.history import HistoryRecord
from app.agent.settings import Settings
from app.agent.userdata import HISTORY_CAP, UserStore
from tests.conftest import ROOT

NOW = datetime(2026, 11, 22, tzinfo=UTC)


def add(store: UserStore, code: str, now: datetime | None = None) -> int | None:
    """One history entry for a bare decline code, as the window would store it."""
    return store.add_history(HistoryRecord(decline_code=code), f"Card declined: {code}", False, now)


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    assert store.settings() == Settings()
    store.save_settings({"agent_name": "Sam", "locale": "de", "history_days": 7})
    again = UserStore(tmp_path)
    assert again.settings().agent_name == "Sam" and again.settings().locale == "de"
    assert again.settings().history_days == 7
    with pytest.raises(ValueError, match="Unknown settings: colour"):
        store.save_settings({"colour": "red"})
    with pytest.raises(ValueError, match="wrong kind: history_days"):
        store.save_settings({"history_days": "7"})


def test_history_keeps_the_record_not_the_paste(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    record = HistoryRecord(
        shape="error",
        code="card_declined",
        decline_code="insufficient_funds",
        amount=1250,
        currency="usd",
        card_brand="visa",
        card_last4="4242",
        ids=(("payment_intent", "pi_3AbcDef"),),
    )
    store.add_history(record, "Card declined: insufficient funds", False, NOW)
    [item] = store.history()
    assert item.record == record
    assert item.codes == ("insufficient_funds", "card_declined")
    assert item.reason == "insufficient_funds" and item.created == "2026-11-22T00:00:00+00:00"
    assert [i.id for i in store.history("pi_3AbcDef")] == [item.id]  # ids are searchable


def test_history_search_clear_switch_off_and_limits(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    add(store, "expired_card", datetime.now(UTC) - timedelta(days=40))
    add(store, "do_not_honor")
    assert [i.reason for i in store.history()] == ["do_not_honor"]  # older than 30 days: pruned
    assert [i.reason for i in store.history("honor")] == ["do_not_honor"]
    assert store.history("nothing like this") == []
    store.save_settings({"history_enabled": False})
    assert add(store, "expired_card") is None
    store.save_settings({"history_enabled": True})
    for _ in range(HISTORY_CAP + 5):
        add(store, "lost_card")
    assert len(store.history(limit=HISTORY_CAP + 100)) == HISTORY_CAP
    store.clear_history()
    assert store.history() == []


def test_reason_counts_for_the_week(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    for reason, n in (("incorrect_cvc", 5), ("insufficient_funds", 2)):
        for _ in range(n):
            add(store, reason, NOW - timedelta(days=1))
    add(store, "expired_card", NOW - timedelta(days=9))
    assert store.reason_counts(now=NOW) == [("incorrect_cvc", 5), ("insufficient_funds", 2)]


def test_a_damaged_file_is_moved_aside_with_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "user.db").write_bytes(b"this is not a database" * 100)
    store = UserStore(tmp_path)
    assert store.notice and "moved to user.db.damaged-" in store.notice
    assert list(tmp_path.glob("user.db.damaged-*"))
    add(store, "expired_card")
    assert len(store.history()) == 1


WRITER = """
import sys
from app.agent.history import HistoryRecord
from app.agent.userdata import UserStore
store = UserStore(__import__("pathlib").Path(sys.argv[1]))
n = 0
while True:
    store.add_history(HistoryRecord(code="card_declined"), f"headline {n}", False)
    n += 1
    print(n, flush=True)
"""


@pytest.mark.slow
def test_killing_the_app_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 300 and time.monotonic() < deadline:
        committed = int(process.stdout.readline())
    process.kill()  # SIGKILL; TerminateProcess on Windows (no SIGKILL there)
    process.wait()
    process.stdout.close()
    store = UserStore(tmp_path)
    assert store.notice is None
    assert len(store.history(limit=HISTORY_CAP)) >= committed


TWO = """
import sys
from app.agent.history import HistoryRecord
from app.agent.userdata import UserStore
store = UserStore(__import__("pathlib").Path(sys.argv[1]))
for n in range(150):
    store.add_history(HistoryRecord(code="card_declined"), sys.argv[2], False)
    store.save_settings({"agent_name": sys.argv[2]})
"""


@pytest.mark.slow
def test_two_instances_at_once_corrupt_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen([sys.executable, "-c", TWO, str(tmp_path), name], env=env)
        for name in ("first", "second")
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    store = UserStore(tmp_path)
    assert store.notice is None and not list(tmp_path.glob("user.db.damaged-*"))
    assert len(store.history(limit=1000)) == 300
    assert store.settings().agent_name in ("first", "second")
