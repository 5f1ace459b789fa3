"""The command line's words: argparse's parser, and the plain starts read without it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from types import SimpleNamespace

from app import TYPE_CHECKING, __version__
from app.catalogue.vocabulary import CHANNELS

# The commands, as app.cli.commands runs them and the parser lists them.
COMMANDS = ("search", "explain", "lookup", "catalog", "check-reply", "pack")

if TYPE_CHECKING:  # pathlib is imported where a path is made: `explain` does without it
    import argparse
    from pathlib import Path


def parser() -> argparse.ArgumentParser:
    """The whole parser. argparse is imported here, with the check-reply and pack commands: a
    plain `explain` or window start reads its words without them (quick_explain, quick_window),
    which saves each about 10 ms (BENCHMARKS.md)."""
    from pathlib import Path

    from app.cli.read import QT_TRANSLATE_NOOP as translate  # said when --help prints
    from app.cli.speaking import SpeakingParser

    built = SpeakingParser(
        prog="declinedesk",
        description=translate(
            "Cli",
            "Explain failed Stripe payments and write a customer-safe reply. "
            "With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.",
        ),
    )
    built.add_argument(
        "--version",
        action="version",
        version=f"Decline Desk {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    built.add_argument(
        "--smoke-test",
        action="store_true",
        help=translate(
            "Cli",
            "open the window, explain a bundled example (or FILE, recorded in history as a "
            "paste), paint once and exit 0 (non-zero with one line if broken)",
        ),
    )
    built.add_argument(
        "--copy-reply",
        action="store_true",
        help=translate(
            "Cli",
            "put the current ticket's safe reply on the clipboard (asked of the open window; "
            "with none open, explain the clipboard and put its safe reply there); for a system "
            "shortcut",
        ),
    )
    built.add_argument(
        "--data-dir",
        type=Path,
        metavar="FOLDER",
        help=translate(
            "Cli",
            "where settings and history live (default: the platform's user data folder, or "
            "DECLINEDESK_DATA_DIR)",
        ),
    )
    commands = built.add_subparsers(dest="command", metavar="COMMAND")

    lookup = commands.add_parser(
        "lookup", help=translate("Cli", "print catalogue entries for one or more codes")
    )
    lookup.add_argument("codes", nargs="+", metavar="CODE")
    add_format(lookup)

    explain = commands.add_parser(
        "explain", help=translate("Cli", "explain pasted failures and write the customer's reply")
    )
    explain.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=translate("Cli", "files to read; `-` or none: standard input"),
    )
    explain.add_argument(
        "--locale", default="en", help=translate("Cli", "reply language (default en)")
    )
    explain.add_argument(
        "--channel", choices=CHANNELS, default="email", help=translate("Cli", "reply channel")
    )
    add_format(explain)

    search = commands.add_parser(
        "search", help=translate("Cli", "find catalogue entries from words or a code")
    )
    search.add_argument("words", nargs="+", metavar="WORD")
    search.add_argument(
        "--limit", type=int, default=10, help=translate("Cli", "how many entries (default 10)")
    )
    add_format(search)

    catalog = commands.add_parser(
        "catalog", help=translate("Cli", "print the catalogue's version and counts")
    )
    add_format(catalog)
    from app.cli import checks as cli_checks

    cli_checks.add_commands(commands, add_format)
    return built


def add_format(parser: argparse.ArgumentParser) -> None:
    from app.cli.read import QT_TRANSLATE_NOOP as translate  # said when --help prints

    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=translate("Cli", "output format (default text)"),
    )


def quick_explain(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of a plain `explain` (files, --locale, --channel, --format) without building
    the whole parser (a few milliseconds of every run); None for anything else, which the full
    parser then reads, with its help and its error messages. tests/cli checks both agree."""
    if not argv or argv[0] != "explain":
        return None
    args = SimpleNamespace(
        smoke_test=False,
        copy_reply=False,
        data_dir=None,
        command="explain",
        files=[],
        locale="en",
        channel="email",
        format="text",
    )
    choices = {"--locale": None, "--channel": CHANNELS, "--format": ("text", "json")}
    words = iter(argv[1:])
    for word in words:
        name, equals, value = word.partition("=")
        if name in choices:
            value = value if equals else next(words, "")
            if not value or value.startswith("-") or value not in (choices[name] or (value,)):
                return None
            setattr(args, name[2:], value)
        elif word == "-" or not word.startswith("-"):
            args.files.append(word)
        else:
            return None
    return args


def quick_window(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of a plain window start (`--smoke-test`, `--data-dir FOLDER`) without the
    parser, whose check-reply and pack commands cost the window about 10 ms; None for anything
    else. tests/cli/test_quick_window_args.py checks it agrees with the parser."""
    args = SimpleNamespace(smoke_test=False, copy_reply=False, data_dir=None, command=None)
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if word in ("--smoke-test", "--copy-reply"):
            setattr(args, word[2:].replace("-", "_"), True)
        elif name == "--data-dir":
            value = value if equals else next(words, "")
            if not value or value.startswith("-"):
                return None
            from pathlib import Path

            args.data_dir = Path(value)
        else:
            return None
    return args


def take_window_file(argv: list[str], commands: Collection[str]) -> tuple[list[str], Path | None]:
    """Takes out the FILE of `declinedesk [options] FILE`. argparse cannot tell an optional
    file from a command name, so the one word that is neither an option, nor the value of
    --data-dir, nor a command is found here first. A lone word that names no file and does not
    look like one (`declinedesk serach`) is left to argparse, which lists the commands."""
    words: list[int] = []
    index = 0
    while index < len(argv):
        word = argv[index]
        if len(word) > 2 and "--data-dir".startswith(word):  # argparse accepts "--data"
            index += 2
            continue
        if not word.startswith("-"):
            words.append(index)
        index += 1
    if len(words) != 1 or argv[words[0]] in commands or "--" in argv:
        return argv, None
    from pathlib import Path

    path = Path(argv[words[0]])
    if not (path.exists() or path.suffix or len(path.parts) > 1):
        return argv, None
    return [*argv[: words[0]], *argv[words[0] + 1 :]], path
