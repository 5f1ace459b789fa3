"""The command line, held to DESIGN.md's contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import arguments
from app.cli import main as cli
from tests.conftest import ROOT

LOOKUP_KEYS = [
    "code",
    "kind",
    "title",
    "category",
    "who_acts",
    "retry",
    "sensitive",
    "reply_class",
    "summary",
    "agent_steps",
    "stripe_description",
    "source",
    "as_of",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def json_lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_lookup_json_prints_a_complete_sensitive_entry(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "lookup", "stolen_card", "--format", "json")
    assert status == 0 and err == ""
    [entry] = json_lines(out)
    assert list(entry) == LOOKUP_KEYS
    assert entry["kind"] == "decline_code" and entry["sensitive"] is True
    assert entry["reply_class"] == "generic_decline"
    assert all(entry[key] not in ("", [], None) for key in LOOKUP_KEYS)


def test_lookup_of_a_name_with_two_kinds_prints_both(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "lookup", "expired_card", "--format", "json")
    assert status == 0
    assert [e["kind"] for e in json_lines(out)] == ["error_code", "decline_code"]
    status, out, _ = run(capsys, "lookup", "expired_card")
    assert status == 0
    assert "expired_card  (Error code)" in out and "expired_card  (Decline code)" in out


def test_lookup_text_marks_confidential_entries(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "lookup", "lost_card")
    assert "CONFIDENTIAL" in out and "What to do:" in out and "1. " in out
    _, out, _ = run(capsys, "lookup", "insufficient_funds")
    assert "CONFIDENTIAL" not in out


def test_lookup_of_several_codes_one_json_object_per_entry(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "lookup", "do_not_honor", "43", "--format", "json")
    assert status == 0
    # 43 is both a card-network decline code (stolen card) and a Mastercard advice code.
    assert [(e["code"], e["kind"]) for e in json_lines(out)] == [
        ("do_not_honor", "decline_code"),
        ("43", "network_decline_code"),
        ("43", "network_advice_code"),
    ]


def test_lookup_of_an_unknown_code_says_so_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "lookup", "no_such_code", "stolen_card", "--format", "json")
    assert status == 1
    assert [e["code"] for e in json_lines(out)] == ["stolen_card"]
    assert err.strip() == "No catalogue entry is named 'no_such_code'."


def test_catalog_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "catalog", "--format", "json")
    assert status == 0
    [info] = json_lines(out)
    assert list(info) == ["version", "built", "counts"]
    assert (
        info["counts"]["error_code"] == 208 and info["counts"]["decline_code"] == 72
    )  # issue 17; live_mode_test_card; issue 26: test_mode_live_card


def test_catalog_text_lists_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "catalog")
    assert out.startswith("Decline Desk catalogue ")
    assert "Card-network decline codes" in out and "Total" in out
    assert "Network statuses" in out and "statuss" not in out


@pytest.mark.parametrize("content", [None, b"not a database at all" * 200])
def test_a_missing_or_damaged_catalogue_is_one_sentence(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    content: bytes | None,
) -> None:
    path = tmp_path / "catalog.db"
    if content is not None:
        path.write_bytes(content)
    monkeypatch.setenv("DECLINEDESK_CATALOG", str(path))
    status, out, err = run(capsys, "lookup", "stolen_card")
    assert status == 3 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "reinstall" in err or "make catalog" in err


@pytest.mark.slow
def test_the_installed_command_runs_without_qt() -> None:
    """The real console script: the contract's example, and no Qt module loaded."""
    code = (
        "import sys, runpy; sys.argv = ['declinedesk', 'lookup', 'stolen_card', '--format', "
        "'json']\ntry:\n    runpy.run_module('app', run_name='__main__')\n"
        "except SystemExit as done:\n    assert done.code == 0, done.code\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sensitive"] is True
    script = Path(sys.executable).parent / "declinedesk"
    if script.exists():
        done = subprocess.run(
            [str(script), "lookup", "expired_card", "--format", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert len(done.stdout.splitlines()) == 2


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = arguments.parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands is not None
    for name in commands:
        assert f"declinedesk {name}" in readme, name
    assert "declinedesk --smoke-test" in readme
