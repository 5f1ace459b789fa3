"""The command's start (app/cli/main.py): it knows the command names without importing the
commands, and runs with the garbage collector off, leaving it as it found it."""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import arguments, commands
from app.cli import main as cli
from tests.conftest import DATA, ROOT

PASTE = str(DATA / "pastes" / "charge_do_not_honor.txt")


def test_the_start_names_the_commands_the_parser_and_the_runner_know() -> None:
    [subparsers] = [
        a for a in arguments.parser()._actions if isinstance(a, argparse._SubParsersAction)
    ]
    assert set(arguments.COMMANDS) == set(commands.COMMANDS) == set(subparsers.choices)


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize(
    "argv", [["explain", "--format", "json", PASTE], ["lookup", "stolen_card"], ["catalog"]]
)
def test_a_command_runs_without_the_collector_and_leaves_it_as_it_was(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    collector_restored: None,
    enabled: bool,
    argv: list[str],
) -> None:
    seen: list[bool] = []
    command = commands.COMMANDS[argv[0]]

    def watched(args: object, catalog: object) -> int:
        seen.append(gc.isenabled())
        return command(args, catalog)  # type: ignore[arg-type]

    monkeypatch.setitem(commands.COMMANDS, argv[0], watched)
    gc.enable() if enabled else gc.disable()
    frozen = gc.get_freeze_count()
    assert cli.main(argv) == 0
    assert seen == [False] and gc.isenabled() is enabled
    # A caller that passes arguments gets its objects back collectable: none set aside.
    assert gc.get_freeze_count() == frozen
    assert capsys.readouterr().out


def test_the_process_command_line_sets_its_objects_aside_before_python_ends(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    collector_restored: None,
) -> None:
    """`declinedesk explain` ends right after: Python's last collection would walk every object
    it made (about 4 ms, BENCHMARKS.md), so they are frozen; the collector is left as found."""
    monkeypatch.setattr("sys.argv", ["declinedesk", "explain", "--format", "json", PASTE])
    gc.enable()
    gc.unfreeze()
    try:
        assert cli.main() == 0
        assert gc.get_freeze_count() > 10_000 and gc.isenabled()
    finally:
        gc.unfreeze()
    assert '"ok": true' in capsys.readouterr().out


def test_a_failing_command_leaves_the_collector_on(
    capsys: pytest.CaptureFixture[str], collector_restored: None
) -> None:
    gc.enable()
    assert cli.main(["lookup", "no_such_code_at_all"]) == 1
    assert gc.isenabled()
    assert "no_such_code_at_all" in capsys.readouterr().err


def _own_process(
    *args: str, stdout: int | object = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` in a process of its own, its output to a pipe (or `stdout`)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=120,
    )


def test_only_commands_that_read_and_print_end_at_once() -> None:
    assert set(commands.COMMANDS) > cli.ENDS_WHEN_PRINTED
    assert "pack" not in cli.ENDS_WHEN_PRINTED  # it writes files: Python's end closes them


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [
        ["explain", "--format", "json", *sorted(str(p) for p in (DATA / "pastes").glob("*.txt"))],
        ["explain", *sorted(str(p) for p in (DATA / "pastes").glob("charge_*.txt"))],
        ["lookup", "stolen_card", "do_not_honor", "no_such_code_at_all"],
        ["search", "card", "--limit", "50"],
        ["catalog", "--format", "json"],
        ["explain", "no_such_file.txt"],
    ],
)
def test_a_command_that_ends_at_once_writes_all_it_says(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Its process ends once its output is written (app/cli/main.py): every line and status as
    from a caller in the same process, to a pipe and to a file (written in blocks)."""
    status = cli.main(argv)
    expected = capsys.readouterr()
    piped = _own_process(*argv)
    assert (piped.returncode, piped.stdout, piped.stderr) == (status, *expected)
    with (tmp_path / "out.txt").open("w", encoding="utf-8") as target:
        filed = _own_process(*argv, stdout=target)
    written = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert (filed.returncode, written, filed.stderr) == (status, *expected)


@pytest.mark.slow
def test_a_closed_pipe_ends_as_before() -> None:
    """`declinedesk explain ... | head -c 1`: no traceback; the output that cannot be written is
    left to Python's end, as it was."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    files = sorted(str(p) for p in (DATA / "pastes").glob("*.txt"))
    with subprocess.Popen(
        [sys.executable, "-m", "app", "explain", *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(1)
        process.stdout.close()
        err = process.stderr.read().decode()
        process.wait(timeout=120)
    assert "Traceback" not in err
