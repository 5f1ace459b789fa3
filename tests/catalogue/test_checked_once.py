"""Each catalogue file's seal is checked whole once: a file changed in any way after that (edited,
damaged, replaced, its times put back) is checked whole again and refused, and what remembers
the checked files may be missing, damaged or unwritable without changing any answer."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from app import paths
from app.catalogue.catalog import Catalog, CatalogError
from app.cli import main as cli
from tests.catalogue.test_integrity import DAMAGE, FILE_DAMAGE
from tests.conftest import CATALOG_DB, DATA

PASTE = str(DATA / "pastes" / "charge_do_not_honor.txt")
AN_HOUR = 3600 * 10**9


def settled_copy(folder: Path) -> Path:
    """A copy of the committed catalogue last written an hour ago, as an installed one is."""
    path = folder / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    then = time.time_ns() - AN_HOUR
    os.utime(path, ns=(then, then))
    return path


def test_a_file_checked_whole_is_not_checked_whole_again(
    tmp_path: Path, whole_checks: list[str]
) -> None:
    path = settled_copy(tmp_path)
    checked = str(tmp_path / "data" / paths.CHECKED_CATALOGS)
    for _ in range(3):
        with Catalog(path, checked) as catalog:
            assert catalog.lookup("stolen_card")[0].sensitive
    assert whole_checks == [str(path)]
    assert list(json.loads(Path(checked).read_text(encoding="utf-8"))) == [os.path.realpath(path)]


def test_without_a_place_to_remember_every_opening_checks_whole(
    tmp_path: Path, whole_checks: list[str]
) -> None:
    path = settled_copy(tmp_path)
    for _ in range(2):
        Catalog(path).close()
    assert len(whole_checks) == 2


def test_a_file_written_seconds_ago_is_checked_whole_until_it_settles(
    tmp_path: Path, whole_checks: list[str]
) -> None:
    """An edit in the same tick of the clock as the last write would keep the file's times."""
    path = tmp_path / "catalog.db"
    shutil.copy(CATALOG_DB, path)
    checked = tmp_path / paths.CHECKED_CATALOGS
    for _ in range(2):
        Catalog(path, str(checked)).close()
    assert len(whole_checks) == 2 and not checked.exists()


def _edit(path: Path, statements: tuple[str, ...]) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.close()


def _rewrite(path: Path, damage: Callable[[bytes], bytes]) -> None:
    path.write_bytes(damage(path.read_bytes()))


CHANGES: dict[str, Callable[[Path], None]] = {
    **{f"edited: {name}": partial(_edit, statements=s) for name, s in DAMAGE.items()},
    **{f"damaged: {name}": partial(_rewrite, damage=d) for name, d in FILE_DAMAGE.items()},
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
@pytest.mark.parametrize("times_put_back", [False, True], ids=["", "times put back"])
def test_a_checked_file_changed_in_place_is_refused(
    tmp_path: Path, change: Callable[[Path], None], times_put_back: bool
) -> None:
    path = settled_copy(tmp_path)
    checked = str(tmp_path / "data" / paths.CHECKED_CATALOGS)
    Catalog(path, checked).close()  # checked whole and remembered
    before = path.stat()
    change(path)
    if times_put_back:  # as a tool that keeps times would (the change time still moves)
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(CatalogError, match="install") as caught:
        Catalog(path, checked)
    assert "\n" not in str(caught.value)


def test_a_file_replaced_by_a_damaged_copy_of_the_same_size_and_time_is_refused(
    tmp_path: Path,
) -> None:
    path = settled_copy(tmp_path)
    checked = str(tmp_path / paths.CHECKED_CATALOGS)
    Catalog(path, checked).close()
    before = path.stat()
    other = tmp_path / "other.db"
    data = CATALOG_DB.read_bytes()
    middle = len(data) // 2
    other.write_bytes(data[:middle] + bytes([data[middle] ^ 0x55]) + data[middle + 1 :])
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(other, path)
    with pytest.raises(CatalogError, match="changed or damaged"):
        Catalog(path, checked)


MEMORY_DAMAGE: dict[str, bytes] = {
    "empty": b"",
    "not JSON": b"\x00\xff not json",
    "a list": b"[1, 2, 3]",
    "cut short": b'{"/x": [1, 2',
    "a wrong entry": b'{"%s": [1, 2, 3, 4, "crc32:00000000"]}',
    "huge": b'{"a": "' + b"x" * 200_000 + b'"}',
}


@pytest.mark.parametrize("content", MEMORY_DAMAGE.values(), ids=MEMORY_DAMAGE.keys())
def test_a_damaged_record_of_checked_files_only_means_checking_again(
    tmp_path: Path, whole_checks: list[str], content: bytes
) -> None:
    path = settled_copy(tmp_path)
    checked = tmp_path / paths.CHECKED_CATALOGS
    checked.write_bytes(content.replace(b"%s", os.path.realpath(path).encode()))
    for _ in range(2):
        with Catalog(path, str(checked)) as catalog:
            assert catalog.lookup("stolen_card")[0].sensitive
    assert len(whole_checks) == 1  # checked whole, then remembered anew


def test_a_damaged_catalogue_is_never_remembered(tmp_path: Path) -> None:
    path = settled_copy(tmp_path)
    _edit(path, ("DELETE FROM guard_phrases",))
    then = time.time_ns() - AN_HOUR
    os.utime(path, ns=(then, then))
    checked = tmp_path / paths.CHECKED_CATALOGS
    for _ in range(2):
        with pytest.raises(CatalogError, match="reinstall Decline Desk"):
            Catalog(path, str(checked))
    assert not checked.exists()


def test_a_folder_that_cannot_be_written_leaves_the_catalogue_usable(tmp_path: Path) -> None:
    path = settled_copy(tmp_path)
    (tmp_path / "data").write_text("a file where the data folder would be", encoding="utf-8")
    checked = str(tmp_path / "data" / paths.CHECKED_CATALOGS)
    for _ in range(2):
        with Catalog(path, checked) as catalog:
            assert catalog.lookup("do_not_honor")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catalog.db", "data"]


def test_the_command_line_remembers_in_the_data_folder_it_is_given(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    whole_checks: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = settled_copy(tmp_path)
    monkeypatch.setenv(paths.CATALOG_ENV, str(path))
    folder = tmp_path / "chosen"
    answers = []
    for _ in range(2):
        assert cli.main(["--data-dir", str(folder), "explain", PASTE, "--format", "json"]) == 0
        answers.append(capsys.readouterr().out)
    assert answers[0] == answers[1] and json.loads(answers[0])["ok"]
    assert len(whole_checks) == 1
    assert (folder / paths.CHECKED_CATALOGS).is_file()


def test_the_record_lives_in_the_agents_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.agent.userdata import DATA_DIR_ENV, default_data_dir

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    assert paths.checked_catalogs_file() == str(default_data_dir() / paths.CHECKED_CATALOGS)
    monkeypatch.delenv(DATA_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_folder_name() == str(default_data_dir())
    given = tmp_path / "given"
    assert paths.checked_catalogs_file(given) == str(given / paths.CHECKED_CATALOGS)
