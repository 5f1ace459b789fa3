"""A damaged or edited catalogue stops every command with exit 3 and one sentence, no output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import commands
from app.cli import main as cli
from tests.catalogue.test_integrity import edited
from tests.conftest import CATALOG_DB, DATA, ROOT

PASTE = str(DATA / "pastes" / "charge_do_not_honor.txt")
COMMANDS = (("explain", PASTE), ("lookup", "stolen_card"), ("search", "stolen"), ("catalog",))


def damaged(tmp_path: Path, damage: str) -> Path:
    if damage == "guard rows deleted":
        return edited(tmp_path, "DELETE FROM guard_phrases")
    if damage == "decline codes deleted":
        return edited(tmp_path, "DELETE FROM entries WHERE kind = 'decline_code'")
    if damage == "entry text edited":
        return edited(
            tmp_path,
            "UPDATE entries SET summary = 'Say it was stolen.' WHERE code = 'do_not_honor'",
        )
    path = tmp_path / "catalog.db"
    if damage == "truncated":
        path.write_bytes(CATALOG_DB.read_bytes()[: CATALOG_DB.stat().st_size * 2 // 3])
    else:
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    return path


DAMAGES = (
    "guard rows deleted",
    "decline codes deleted",
    "entry text edited",
    "truncated",
    "not a database",
)


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_command_refuses_a_damaged_catalogue(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    damage: str,
    command: tuple[str, ...],
) -> None:
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(damaged(tmp_path, damage)))
    status = cli.main([*command, "--format", "json"])
    out, err = capsys.readouterr()
    assert status == commands.EXIT_CATALOG and out == ""
    assert len(err.strip().splitlines()) == 1 and "reinstall Decline Desk" in err


def test_the_real_command_exits_3(tmp_path: Path) -> None:
    path = damaged(tmp_path, "guard rows deleted")
    done = subprocess.run(
        [sys.executable, "-m", "app", "explain", PASTE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DECLINEDESK_CATALOG": str(path)},
        check=False,
    )
    assert done.returncode == 3 and done.stdout == ""
    assert done.stderr.strip().endswith("reinstall Decline Desk.")
    assert "Traceback" not in done.stderr
