"""user.db: settings, redacted history, and what happens when things go wrong."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.core.userdata import DEFAULTS, HISTORY_CAP, UserStore
from tests.conftest import ROOT

SECRET_PASTE = ('{"error": {"code": "card_declined", "decline_code": "insufficient_funds", '
                '"message": "card 4242 4242 4242 4242 of jenny@example.com", '
                '"payment_intent": "pi_3Abc_secret_Zz9", "name": "Jenny Rosen"}}')


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    assert store.settings() == DEFAULTS
    store.save_settings({"agent_name": "Sam", "locale": "de", "history_days": 7})
    again = UserStore(tmp_path)
    assert again.settings()["agent_name"] == "Sam" and again.settings()["locale"] == "de"
    with pytest.raises(ValueError, match="Unknown settings: colour"):
        store.save_settings({"colour": "red"})


def test_history_is_stored_redacted(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    store.add_history(SECRET_PASTE, "Card declined: not enough money", ["insufficient_funds"],
                      "insufficient_funds", False)
    [item] = store.history()
    for secret in ("4242 4242 4242 4242", "jenny@example.com", "secret_Zz9", "Jenny Rosen"):
        assert secret not in item.paste
    assert "insufficient_funds" in item.paste and "card ending 4242" in item.paste
    raw = (tmp_path / "user.db").read_bytes() + (tmp_path / "user.db-wal").read_bytes()
    assert b"jenny@example.com" not in raw and b"4242 4242 4242 4242" not in raw


def test_history_search_clear_switch_off_and_limits(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    now = datetime(2026, 11, 22, tzinfo=UTC)
    store.add_history("old", "Old", ["expired_card"], "expired_card", False,
                      now - timedelta(days=40))
    store.add_history("new", "New", ["do_not_honor"], "do_not_honor", False, now)
    assert [i.headline for i in store.history()] == ["New"]  # older than 30 days: pruned
    assert [i.headline for i in store.history("honor")] == ["New"]
    assert store.history("nothing like this") == []
    store.save_settings({"history_enabled": False})
    assert store.add_history("x", "X", [], "x", False) is None
    store.save_settings({"history_enabled": True})
    for n in range(HISTORY_CAP + 5):
        store.add_history(f"p{n}", f"H{n}", ["c"], "c", False, now)
    assert len(store.history(limit=HISTORY_CAP + 100)) == HISTORY_CAP
    store.clear_history()
    assert store.history() == []


def test_reason_counts_for_the_week(tmp_path: Path) -> None:
    store = UserStore(tmp_path)
    now = datetime(2026, 11, 22, tzinfo=UTC)
    for reason, n in (("incorrect_cvc", 5), ("insufficient_funds", 2)):
        for _ in range(n):
            store.add_history("p", "h", [reason], reason, False, now - timedelta(days=1))
    store.add_history("p", "h", ["expired_card"], "expired_card", False, now - timedelta(days=9))
    assert store.reason_counts(now=now) == [("incorrect_cvc", 5), ("insufficient_funds", 2)]


def test_a_damaged_file_is_moved_aside_with_a_sentence(tmp_path: Path) -> None:
    (tmp_path / "user.db").write_bytes(b"this is not a database" * 100)
    store = UserStore(tmp_path)
    assert store.notice and "moved to user.db.damaged-" in store.notice
    assert list(tmp_path.glob("user.db.damaged-*"))
    store.add_history("p", "h", ["c"], "c", False)
    assert len(store.history()) == 1


WRITER = """
import sys
from app.core.userdata import UserStore
store = UserStore(__import__("pathlib").Path(sys.argv[1]))
n = 0
while True:
    store.add_history(f"paste {n}", f"headline {n}", ["code"], "code", False)
    n += 1
    print(n, flush=True)
"""


@pytest.mark.slow
def test_killing_the_app_mid_write_loses_nothing_committed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)],
                               stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    committed = 0
    deadline = time.monotonic() + 60
    while committed < 300 and time.monotonic() < deadline:
        committed = int(process.stdout.readline())
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    store = UserStore(tmp_path)
    assert store.notice is None
    assert len(store.history(limit=HISTORY_CAP)) >= committed


TWO = """
import sys
from app.core.userdata import UserStore
store = UserStore(__import__("pathlib").Path(sys.argv[1]))
for n in range(150):
    store.add_history(f"{sys.argv[2]} {n}", "h", ["code"], "code", False)
    store.save_settings({"agent_name": sys.argv[2]})
"""


@pytest.mark.slow
def test_two_instances_at_once_corrupt_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-c", TWO, str(tmp_path), name], env=env)
            for name in ("first", "second")]
    assert [run.wait(timeout=120) for run in runs] == [0, 0]
    store = UserStore(tmp_path)
    assert store.notice is None and not list(tmp_path.glob("user.db.damaged-*"))
    assert len(store.history(limit=1000)) == 300
    assert store.settings()["agent_name"] in ("first", "second")
