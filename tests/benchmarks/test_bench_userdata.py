"""user.db speed as benchmarks (`make bench`): keeping one failure, opening, migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.agent.remember import remember
from app.agent.userdata import UserStore
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from tests.agent.test_userschema import _version_1
from tests.conftest import DATA

TYPICAL = (DATA / "pastes" / "event_charge_failed.txt").read_text()
OLD_ROWS = 500


def test_remember_one_failure(benchmark, catalog: Catalog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = UserStore(tmp_path)
    report = read_paste(TYPICAL, catalog.code_kinds()).failures[0]
    assert benchmark(remember, store, report, catalog) is not None


def test_open_user_db(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    UserStore(tmp_path).close()
    assert benchmark(lambda: UserStore(tmp_path).close()) is None


def test_migrate_version_1_rows(benchmark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rounds = iter(range(1000))

    def old_file() -> tuple[tuple[Path], dict[str, object]]:
        folder = tmp_path / str(next(rounds))
        folder.mkdir()
        db = sqlite3.connect(folder / "user.db", isolation_level=None)
        _version_1(db)
        db.executemany(
            "INSERT INTO history (created, headline, codes, reason, sensitive, paste) "
            "VALUES ('2026-11-20T10:00:00+00:00', 'h', '[]', 'x', 0, ?)",
            [(TYPICAL,)] * OLD_ROWS,
        )
        db.close()
        return (folder,), {}

    store = benchmark.pedantic(UserStore, setup=old_file, rounds=1)
    assert len(store.history(limit=1000)) == OLD_ROWS + 2
