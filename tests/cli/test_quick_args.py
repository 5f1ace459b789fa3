"""`explain`'s quick argument reading gives exactly what the full parser gives, or steps aside."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import arguments
from tests.conftest import ROOT


@pytest.mark.parametrize(
    "argv",
    [
        ["explain"],
        ["explain", "-"],
        ["explain", "a.json", "b.txt"],
        ["explain", "--format", "json", "a.json"],
        ["explain", "--format=json", "--locale=pt-BR", "--channel=chat", "-", "a.json"],
        ["explain", "--locale", "ja", "a.json", "--channel", "chat"],
        ["explain", "--format", "text", "--format", "json"],
        ["explain", "--locale", "xx", "a"],
    ],
)
def test_quick_reading_equals_the_full_parser(argv: list[str]) -> None:
    quick = arguments.quick_explain(argv)
    assert quick is not None
    assert vars(quick) == vars(arguments.parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["lookup", "x"],
        ["--data-dir", "d", "explain"],
        ["explain", "--help"],
        ["explain", "--channel", "fax"],
        ["explain", "--format"],
        ["explain", "--form", "json"],
        ["explain", "--", "-x"],
        ["explain", "--locale", "--format", "json"],
        ["explain", "-q"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert arguments.quick_explain(argv) is None


def test_explain_json_starts_without_argparse_or_textwrap() -> None:
    paste = ROOT / "tests" / "data" / "pastes" / "envelope_insufficient_funds.txt"
    code = (
        "import sys, contextlib, io\nfrom app.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['explain', '--format', 'json', {str(paste)!r}])\n"
        "print(status, sorted({'argparse', 'textwrap'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["0", "[]"], done.stderr
