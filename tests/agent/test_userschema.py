"""user.db migrations: from every earlier version, atomic, and repairing missing tables."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.agent import userschema
from app.agent.userdata import UserStore
from app.agent.userschema import SCHEMA_VERSION, STEPS
from tests.conftest import ROOT

V1_PASTE = (
    '{"error": {"type": "card_error", "code": "card_declined", "decline_code": '
    '"expired_card", "charge": "ch_3OldCharge01", "message": "Card of Jenny Rosen"}}'
)


def _version_0(db: sqlite3.Connection) -> None:
    """An empty file, as a first start (or a crash before the first step) leaves it."""


def _version_1(db: sqlite3.Connection) -> None:
    """The schema of the first release, with what it stored: a redacted paste per row."""
    db.executescript("""
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE history (id INTEGER PRIMARY KEY, created TEXT NOT NULL,
            headline TEXT NOT NULL, codes TEXT NOT NULL, reason TEXT NOT NULL,
            sensitive INTEGER NOT NULL, paste TEXT NOT NULL);
        CREATE INDEX history_created ON history (created);
        CREATE INDEX history_reason ON history (reason);
        PRAGMA user_version = 1;
    """)
    db.execute("INSERT INTO settings VALUES ('agent_name', '\"Sam\"'), ('locale', '\"de\"')")
    db.execute(
        "INSERT INTO history (created, headline, codes, reason, sensitive, paste) VALUES "
        "('2026-11-20T10:00:00+00:00', 'Card declined: card has expired', "
        "'[\"expired_card\", \"card_declined\"]', 'expired_card', 0, ?)",
        (V1_PASTE,),
    )
    db.execute(
        "INSERT INTO history (created, headline, codes, reason, sensitive, paste) VALUES "
        "('2026-11-21T10:00:00+00:00', 'Unknown code: Jenny Rosen', "
        "'[\"Jenny Rosen\"]', 'Jenny Rosen', 0, 'nothing readable')"
    )


# What version 2 kept that version 3 must not: a pasted key as an "Unknown code", a card number
# inside an id, a person's name as a decline code, a client secret as an id.
V2_SECRETS = (
    "sk_live_51oldkeyz9xq2we4rt6yu8i",
    "4242424242424242",
    "jenny_rosen",
    "_secret_Zz9Yx8Wv",
)


def _version_2(db: sqlite3.Connection) -> None:
    """The allowlisted history of version 2, with the values it still let through."""
    _version_1(db)
    db.execute("PRAGMA user_version = 0")  # the real step, as the release that wrote it ran it
    for number in (0, 1):
        db.execute("BEGIN IMMEDIATE")
        STEPS[number](db)
        db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute("COMMIT")
    rows = [
        (
            "Unknown code: sk_live_51oldkeyz9xq2we4rt6yu8i",
            ["sk_live_51oldkeyz9xq2we4rt6yu8i"],
            "sk_live_51oldkeyz9xq2we4rt6yu8i",
            {"shape": "code", "code": "sk_live_51oldkeyz9xq2we4rt6yu8i"},
        ),
        (
            "Card declined: card declined",
            ["jenny_rosen", "card_declined"],
            "jenny_rosen",
            {
                "shape": "error",
                "code": "card_declined",
                "decline_code": "jenny_rosen",
                "ids": {"charge": "ch_4242424242424242", "customer": "cus_Q1w2e3"},
            },
        ),
        (
            "Card declined: card has expired",
            ["expired_card"],
            "expired_card",
            {
                "shape": "error",
                "code": "card_declined",
                "decline_code": "expired_card",
                "ids": {"payment_intent": "pi_3Old01_secret_Zz9Yx8Wv"},
            },
        ),
    ]
    for headline, codes, reason, record in rows:
        db.execute(
            "INSERT INTO history (created, headline, codes, reason, sensitive, record) "
            "VALUES ('2026-11-22T10:00:00+00:00', ?, ?, ?, 0, ?)",
            (headline, json.dumps(codes), reason, json.dumps(record)),
        )


# Version 3 kept a card brand as pasted, checked against a list of history's own.
V3_BRANDS = {"Visa": "visa", "MasterCard": "mastercard", "American Express": "american express"}


def _version_3(db: sqlite3.Connection) -> None:
    """Version 3's history, with brands as version 3 kept them (and one it never would)."""
    _version_2(db)
    db.execute("BEGIN IMMEDIATE")
    STEPS[2](db)
    db.execute("PRAGMA user_version = 3")
    db.execute("COMMIT")
    for brand in [*V3_BRANDS, "Jenny"]:
        record = {"shape": "error", "code": "card_declined", "card_brand": brand}
        db.execute(
            "INSERT INTO history (created, headline, codes, reason, sensitive, record) "
            "VALUES ('2026-12-01T10:00:00+00:00', 'Card declined', '[\"card_declined\"]', "
            "'card_declined', 0, ?)",
            (json.dumps(record),),
        )


EARLIER: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _version_0,
    1: _version_1,
    2: _version_2,
    3: _version_3,
}


def make_file(folder: Path, version: int) -> Path:
    path = folder / "user.db"
    db = sqlite3.connect(path, isolation_level=None)
    EARLIER[version](db)
    db.close()
    return path


def test_every_earlier_version_has_a_test_file() -> None:
    assert set(EARLIER) == set(range(SCHEMA_VERSION)) and len(STEPS) == SCHEMA_VERSION


@pytest.mark.parametrize("version", sorted(EARLIER))
def test_a_file_of_every_earlier_version_opens_migrated(tmp_path: Path, version: int) -> None:
    path = make_file(tmp_path, version)
    store = UserStore(tmp_path)
    assert store.notice is None and not store.in_memory
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {row[1] for row in db.execute("PRAGMA table_info(history)")}
    db.close()
    assert "paste" not in columns and "record" in columns
    if version == 1:
        assert (store.settings().agent_name, store.settings().locale) == ("Sam", "de")
        unknown, expired = store.history()
        assert expired.record.decline_code == "expired_card"
        assert dict(expired.record.ids) == {"charge": "ch_3OldCharge01"}
        assert expired.codes == ("expired_card", "card_declined")
        assert (unknown.headline, unknown.reason, unknown.codes) == (
            "Unknown code: unknown",
            "unknown",
            (),
        )  # the name in the old row is gone
    if version == 3:
        brands = [
            item.record.card_brand for item in store.history() if item.created[:7] == "2026-12"
        ]
        assert sorted(brands, key=str) == sorted([None, *V3_BRANDS.values()], key=str)
    store.save_settings({"company": "Acme"})
    assert UserStore(tmp_path).settings().company == "Acme"


@pytest.mark.parametrize("version", sorted(EARLIER))
def test_the_catalogue_is_opened_only_for_rows_to_check(
    tmp_path: Path, version: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first start makes a new file: it has no history, and opening the catalogue to check
    # its rows (the seal's whole check, twice: steps 3 and 4) was all waste.
    make_file(tmp_path, version)
    opened: list[object] = []
    known = userschema._known

    def counted() -> object:
        opened.append(1)
        return known()

    monkeypatch.setattr(userschema, "_known", counted)
    UserStore(tmp_path).history()
    assert len(opened) == {0: 0, 1: 2, 2: 2, 3: 1}[version]  # a new file (0) has no rows


@pytest.mark.parametrize("step", range(SCHEMA_VERSION))
def test_a_failing_step_changes_nothing(
    tmp_path: Path, step: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_file(tmp_path, step)
    before = sqlite3.connect(path)
    dump = list(before.iterdump())
    before.close()

    def broken(db: sqlite3.Connection) -> None:
        STEPS[step](db)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(userschema, "STEPS", (*STEPS[:step], broken, *STEPS[step + 1 :]))
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        userschema.migrate(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == step
    assert list(db.iterdump()) == dump
    db.close()


KILLED = """
import os, signal, sys
from app.agent import userschema
step = userschema.STEPS[1]
def killed(db):
    step(db)
    # Windows has no SIGKILL: os.kill with any other signal ends the process as TerminateProcess.
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
userschema.STEPS = (userschema.STEPS[0], killed)
from app.agent.userdata import UserStore
UserStore(__import__("pathlib").Path(sys.argv[1]))
"""


def test_killed_in_the_middle_of_a_migration_loses_nothing(tmp_path: Path) -> None:
    make_file(tmp_path, 1)
    run = subprocess.run(
        [sys.executable, "-c", KILLED, str(tmp_path)],
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    # Killed: by SIGKILL on Unix, with the signal's number as exit code on Windows.
    killed = getattr(signal, "SIGKILL", signal.SIGTERM)
    assert run.returncode == (killed if sys.platform == "win32" else -killed)
    with sqlite3.connect(tmp_path / "user.db") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert db.execute("SELECT COUNT(*) FROM history WHERE paste != ''").fetchone()[0] == 2
    db.close()
    store = UserStore(tmp_path)
    assert store.notice is None and len(store.history()) == 2
    assert store.settings().agent_name == "Sam"


@pytest.mark.parametrize("table", ["history", "settings"])
def test_a_dropped_table_is_recreated(tmp_path: Path, table: str) -> None:
    store = UserStore(tmp_path)
    store.save_settings({"agent_name": "Sam"})
    store.close()
    with sqlite3.connect(tmp_path / "user.db") as db:
        db.execute(f"DROP TABLE {table}")
    db.close()
    store = UserStore(tmp_path)
    assert store.notice is None
    assert store.settings().agent_name == ("Sam" if table == "history" else "")
    from app.agent.history import HistoryRecord

    assert store.add_history(HistoryRecord(decline_code="lost_card"), "Lost", True) is not None
    assert [i.reason for i in store.history()] == ["lost_card"]


def test_a_table_dropped_while_the_app_runs_is_recreated(tmp_path: Path) -> None:
    from app.agent.history import HistoryRecord

    store = UserStore(tmp_path)
    other = sqlite3.connect(tmp_path / "user.db", isolation_level=None)
    other.execute("DROP TABLE history")
    other.close()
    assert store.history() == []
    store.add_history(HistoryRecord(code="card_declined"), "Declined", False)
    assert len(store.history()) == 1 and store.notice is None and not store.in_memory


def test_old_settings_values_survive_every_step(tmp_path: Path) -> None:
    path = make_file(tmp_path, 1)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO settings VALUES ('pack_text', ?)", (json.dumps("[pack]"),))
    db.close()
    assert UserStore(tmp_path).settings().pack_text == "[pack]"


def test_version_2_rows_are_checked_again_and_leave_no_trace(tmp_path: Path) -> None:
    make_file(tmp_path, 2)
    files = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert all(secret.encode() in files for secret in V2_SECRETS), "version 2 did keep them"
    store = UserStore(tmp_path)
    key, named, expired = [
        item for item in reversed(store.history()) if item.created.startswith("2026-11-22")
    ]
    assert (key.headline, key.reason, key.record.code) == (
        "Unknown code: unknown",
        "unknown",
        "unknown",
    )
    assert named.record.decline_code == "unknown"  # a name is not a catalogue code
    assert named.reason == "unknown" and named.codes == ("unknown", "card_declined")
    assert dict(named.record.ids) == {"customer": "cus_Q1w2e3"}  # the card number is gone
    assert expired.record.decline_code == "expired_card" and dict(expired.record.ids) == {}
    store.close()
    files = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert [secret for secret in V2_SECRETS if secret.encode() in files] == []
