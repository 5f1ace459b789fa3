"""The command's start (app/cli/main.py): it knows the command names without importing the
commands, and runs with the garbage collector off, leaving it as it found it."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator

import pytest

from app.cli import arguments, commands
from app.cli import main as cli
from tests.conftest import DATA

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
