"""`declinedesk FILE` and `--smoke-test FILE`: which words go to the window, which to a command."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main as cli
from tests.conftest import ROOT

EXAMPLE = str(ROOT / "resources" / "examples" / "03-stolen-card.json")


@pytest.fixture
def window_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, Path | None, Path | None]]:
    calls: list[tuple[bool, Path | None, Path | None]] = []

    def fake(smoke_test: bool, data_dir: Path | None, paste_file: Path | None) -> int:
        calls.append((smoke_test, data_dir, paste_file))
        return 0

    monkeypatch.setattr(cli, "_run_window", fake)
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (False, None, None)),
        (["--smoke-test"], (True, None, None)),
        ([EXAMPLE], (False, None, Path(EXAMPLE))),
        (["--smoke-test", EXAMPLE], (True, None, Path(EXAMPLE))),
        (["--data-dir", "D", "--smoke-test", EXAMPLE], (True, Path("D"), Path(EXAMPLE))),
        ([EXAMPLE, "--data-dir", "D"], (False, Path("D"), Path(EXAMPLE))),
        (["--data", "D", EXAMPLE], (False, Path("D"), Path(EXAMPLE))),
        (["--data-dir=D", "missing.json"], (False, Path("D"), Path("missing.json"))),
        (["--data-dir", "D"], (False, Path("D"), None)),
    ],
)
def test_window_words(
    window_calls: list[tuple[bool, Path | None, Path | None]],
    argv: list[str],
    expected: tuple[bool, Path | None, Path | None],
) -> None:
    assert cli.main(argv) == 0
    assert window_calls == [expected]


def test_a_command_still_takes_its_own_files(
    window_calls: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["explain", "--format", "json", EXAMPLE]) == 0
    assert window_calls == [] and '"stolen_card"' in capsys.readouterr().out


def test_a_misspelled_command_lists_the_commands(
    window_calls: list[object], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["serach"])
    assert done.value.code == 2 and window_calls == []
    assert "invalid choice: 'serach'" in capsys.readouterr().err


def test_the_desktop_file_passes_a_file() -> None:
    text = (ROOT / "resources" / "declinedesk.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == "Exec=declinedesk %f"
    assert "application/json" in text
