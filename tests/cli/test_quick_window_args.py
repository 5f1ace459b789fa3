"""The window's quick argument reading gives exactly what the full parser gives, or steps aside."""

from __future__ import annotations

import pytest

from app.cli import arguments


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--smoke-test"],
        ["--data-dir", "d"],
        ["--data-dir=d", "--smoke-test"],
        ["--smoke-test", "--data-dir", "some folder"],
        ["--copy-reply"],
        ["--copy-reply", "--data-dir", "d"],
    ],
)
def test_quick_reading_equals_the_full_parser(argv: list[str]) -> None:
    quick = arguments.quick_window(argv)
    assert quick is not None
    assert vars(quick) == vars(arguments.parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["--smoke"],  # argparse's abbreviations are left to argparse
        ["--data-dir"],
        ["--data-dir", "--smoke-test"],
        ["--help"],
        ["--version"],
        ["lookup", "x"],
        ["explain"],
        ["-x"],
    ],
)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    assert arguments.quick_window(argv) is None
