"""The `declinedesk` command: a thin layer over the pipeline; it never imports Qt at start-up."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace

from app import __version__, paths
from app.catalogue.catalog import Catalog, CatalogEntry, CatalogError
from app.catalogue.vocabulary import CHANNELS
from app.cli.read import read_limited
from app.reading.paste import MAX_CHARS, decode_paste
from app.reading.report import UnreadablePaste, found_fields
from app.replies.analyse import Finding, analyse_paste
from app.replies.replies import UnknownLocale, resolve_locale
from app.verdict.wording import VerdictWords, entry_words

# argparse (and the gettext, locale and shutil it loads), textwrap and pathlib are imported only
# when needed: `explain`, the command run on every paste, starts without them (_quick_explain).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from pathlib import Path
    from typing import Any

    # A command reads the parser's Namespace or the quick path's SimpleNamespace alike.
    Arguments = Any

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_UNUSABLE = 2
EXIT_CATALOG = 3

WIDTH = 88


def _parser() -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(
        prog="declinedesk",
        description="Explain failed Stripe payments and write a customer-safe reply. "
        "With no command, opens the window; `declinedesk FILE` opens it with FILE pasted.",
    )
    parser.add_argument("--version", action="version", version=f"Decline Desk {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, explain a bundled example (or FILE, recorded in history as a "
        "paste), paint once and exit 0 (non-zero with one line if broken)",
    )
    parser.add_argument(
        "--copy-reply",
        action="store_true",
        help="put the current ticket's safe reply on the clipboard (asked of the open window; "
        "with none open, explain the clipboard and put its safe reply there); for a system "
        "shortcut",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="FOLDER",
        help="where settings and history live (default: the platform's user data folder, or "
        "DECLINEDESK_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lookup = commands.add_parser("lookup", help="print catalogue entries for one or more codes")
    lookup.add_argument("codes", nargs="+", metavar="CODE")
    _add_format(lookup)

    explain = commands.add_parser(
        "explain", help="explain pasted failures and write the customer's reply"
    )
    explain.add_argument(
        "files", nargs="*", metavar="FILE", help="files to read; `-` or none: standard input"
    )
    explain.add_argument("--locale", default="en", help="reply language (default en)")
    explain.add_argument("--channel", choices=CHANNELS, default="email", help="reply channel")
    _add_format(explain)

    search = commands.add_parser("search", help="find catalogue entries from words or a code")
    search.add_argument("words", nargs="+", metavar="WORD")
    search.add_argument("--limit", type=int, default=10, help="how many entries (default 10)")
    _add_format(search)

    catalog = commands.add_parser("catalog", help="print the catalogue's version and counts")
    _add_format(catalog)
    from app.cli import checks as cli_checks

    cli_checks.add_commands(commands, _add_format)
    return parser


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def _quick_explain(argv: Sequence[str]) -> SimpleNamespace | None:
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


def _quick_window(argv: Sequence[str]) -> SimpleNamespace | None:
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


def _wrap(text: str, indent: str = "  ") -> str:
    import textwrap

    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _numbered(step: str, first: str, rest: str) -> str:
    import textwrap

    return textwrap.fill(step, WIDTH, initial_indent=first, subsequent_indent=rest)


def _verdict_text(words: VerdictWords, indent: str) -> list[str]:
    """The verdict as the window's badges and the internal note say it (app/verdict/wording.py)."""
    label, under = indent + "Verdict:   ", indent + " " * len("Verdict:   ")
    return [
        _numbered(line, label if number == 0 else under, under)
        for number, line in enumerate(words.lines())
    ]


def _entry_text(entry: CatalogEntry, catalog: Catalog) -> str:
    kinds = catalog.vocabulary("kinds")
    header = f"{entry.code}  ({kinds.get(entry.kind, entry.kind)})"
    lines = [header, f"  {entry.title}"]
    if entry.sensitive:
        lines.append("  CONFIDENTIAL: the real reason must never be told to the customer;")
        lines.append("  send the generic decline reply.")
    if entry.deprecated:
        lines.append("  Deprecated by Stripe.")
    if entry.unconfirmed:
        lines.append("  Meaning not documented by Stripe: inferred from the name.")
    lines += [
        "",
        _wrap(entry.summary),
        "",
        *_verdict_text(entry_words(entry, catalog), "  "),
        "",
        f"  Reply class: {entry.reply_class}",
        f"  Category:    {entry.category}",
        "",
        "  What to do:",
    ]
    for number, step in enumerate(entry.agent_steps, start=1):
        lines.append(_numbered(step, f"    {number}. ", "       "))
    lines += ["", "  Stripe says:", _wrap(entry.stripe_description, "    ")]
    if entry.stripe_next_steps:
        lines.append(_wrap(entry.stripe_next_steps, "    "))
    lines.append(f"  Source: {entry.source} (as of {entry.as_of})")
    return "\n".join(lines)


def cmd_lookup(args: argparse.Namespace, catalog: Catalog) -> int:
    status = EXIT_OK
    blocks: list[str] = []
    for code in args.codes:
        found = catalog.lookup(code)
        if not found:
            print(f"No catalogue entry is named {code!r}.", file=sys.stderr)
            status = EXIT_NOT_FOUND
        for entry in found:
            if args.format == "json":
                _print_json(entry.to_json())
            else:
                blocks.append(_entry_text(entry, catalog))
    if blocks:
        print("\n\n".join(blocks))
    return status


def cmd_catalog(args: argparse.Namespace, catalog: Catalog) -> int:
    info = catalog.info()
    if args.format == "json":
        _print_json({"version": info.version, "built": info.built, "counts": info.counts})
        return EXIT_OK
    kinds = catalog.vocabulary("kinds")
    print(f"Decline Desk catalogue {info.version} (built {info.built})")
    print(f"File: {catalog.path}")
    for kind, count in info.counts.items():
        name = kinds.get(kind, kind)
        print(f"  {name + ('es' if name.endswith('s') else 's'):<28}{count:>5}")
    print(f"  {'Total':<28}{sum(info.counts.values()):>5}")
    return EXIT_OK


def _read_input(name: str) -> str:
    """The text of one input; raises UnreadablePaste with a sentence when it cannot be read."""
    # Read at most a little more than the largest usable paste (UTF-8 can take 4 bytes a
    # character), so that a huge file is refused in a sentence instead of filling memory.
    limit = MAX_CHARS * 4 + 1
    data = read_limited(name, limit, UnreadablePaste)
    if len(data) == limit:
        raise UnreadablePaste(
            "too_large", f"{name} is larger than 20 MB: copy just the failed payment or error."
        )
    return decode_paste(data)


def _finding_text(finding: Finding, catalog: Catalog) -> str:
    e, report = finding.explanation, finding.report
    lines = [e.headline, "=" * min(len(e.headline), WIDTH)]
    if e.confidential:
        lines += [_wrap(e.confidential, ""), ""]
    lines += ["What happened:", _wrap(e.summary)]
    lines += [_wrap(f"- {note}") for note in e.notes]
    lines += ["", "What to do:"]
    lines += [_numbered(step, f"  {n}. ", "     ") for n, step in enumerate(e.agent_steps, start=1)]
    lines += [
        "",
        *(_verdict_text(e.verdict, "") if e.verdict else []),
        "",
        "Found:",
    ]
    lines += [f"  {name:<22}{value}" for name, value in found_fields(report)]
    top = f"{'-' * 24} reply to copy ({finding.reply.channel}, {finding.reply.locale}) {'-' * 24}"
    lines += ["", top, finding.reply.text, "-" * len(top)]
    return "\n".join(lines)


def cmd_explain(args: argparse.Namespace, catalog: Catalog) -> int:
    try:
        locale = resolve_locale(args.locale, catalog.reply_locales())
    except UnknownLocale as error:
        print(error, file=sys.stderr)
        return EXIT_UNUSABLE
    status = EXIT_OK
    names = args.files or ["-"]
    for number, name in enumerate(names):
        try:
            reading, findings = analyse_paste(_read_input(name), catalog, locale, args.channel)
        except UnreadablePaste as error:
            status = EXIT_UNUSABLE
            if args.format == "json":
                _print_json(
                    {
                        "ok": False,
                        "input": name,
                        "error": {"kind": error.kind, "message": error.message},
                    }
                )
            else:
                print(f"{name}: {error.message}", file=sys.stderr)
            continue
        if args.format == "json":
            _print_json(
                {
                    "ok": True,
                    "input": name,
                    "warnings": reading.warnings,
                    "failures": [f.to_json() for f in findings],
                }
            )
            continue
        blocks = [f"# {name}"] if len(names) > 1 else []
        blocks += [f"Note: {warning}" for warning in reading.warnings]
        if len(findings) > 1:
            blocks.append(f"{len(findings)} failures in this paste; the most relevant first.")
        blocks += [_finding_text(f, catalog) for f in findings]
        print(("\n\n" if number else "") + "\n\n".join(blocks))
    return status


def cmd_search(args: argparse.Namespace, catalog: Catalog) -> int:
    from app.catalogue.search import Searcher

    hits = Searcher(catalog).search(" ".join(args.words), limit=max(args.limit, 1))
    if args.format == "json":
        for hit in hits:
            _print_json(hit.to_json())
        return EXIT_OK
    if not hits:
        print(f"Nothing in the catalogue matches {' '.join(args.words)!r}.", file=sys.stderr)
        return EXIT_NOT_FOUND
    kinds = catalog.vocabulary("kinds")
    width = max(len(hit.code) for hit in hits)
    for hit in hits:
        print(f"{hit.code:<{width}}  {kinds.get(hit.kind, hit.kind):<26}  {hit.title}")
    return EXIT_OK


def _checks(name: str) -> Callable[[argparse.Namespace, Catalog], int]:
    """A command of app.cli.checks, imported only when run (it loads the guard and pack reader)."""

    def run(args: argparse.Namespace, catalog: Catalog) -> int:
        from app.cli import checks as cli_checks

        return getattr(cli_checks, name)(args, catalog)  # type: ignore[no-any-return]

    return run


COMMANDS: dict[str, Callable[[Arguments, Catalog], int]] = {
    "search": cmd_search,
    "explain": cmd_explain,
    "lookup": cmd_lookup,
    "catalog": cmd_catalog,
    "check-reply": _checks("cmd_check_reply"),
    "pack": _checks("cmd_pack"),
}


def _run_window(
    smoke_test: bool, data_dir: Path | None, paste_file: Path | None, copy_reply: bool = False
) -> int:
    import gc

    if not smoke_test:  # one window per data folder: an open one takes FILE or --copy-reply
        from app.agent.single_instance import hand_to_window

        handled = hand_to_window(data_dir, paste_file, copy_reply)
        if handled is not None:
            return handled

    # Starting the window makes some 35,000 objects (Qt's wrappers, enums, the catalogue's
    # lists) that live as long as the window does; the garbage collector would walk them again
    # and again while they are made (about 6 ms of the start). It runs again once the window is
    # on screen, with the objects made so far set aside for good (gc.freeze).
    gc.disable()
    from app.ui.application import run  # Qt is imported only when a window is wanted

    status = run(
        smoke_test=smoke_test,
        data_dir=data_dir,
        paste_file=paste_file,
        started=_collect_from_now_on,
        copy_reply=copy_reply,
    )
    # The process ends next. Python's last collections would walk every object again (about
    # 15 ms) only to free memory the system takes back at once; frozen, they are skipped. What
    # must be written (user.db, settings) is closed by now: nothing waits on a collection.
    gc.freeze()
    return status


def _collect_from_now_on() -> None:
    import gc

    gc.freeze()
    gc.enable()


def _take_window_file(argv: list[str]) -> tuple[list[str], Path | None]:
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
    if len(words) != 1 or argv[words[0]] in COMMANDS or "--" in argv:
        return argv, None
    from pathlib import Path

    path = Path(argv[words[0]])
    if not (path.exists() or path.suffix or len(path.parts) > 1):
        return argv, None
    return [*argv[: words[0]], *argv[words[0] + 1 :]], path


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a console without UTF-8 must not crash us
    words, window_file = _take_window_file(list(sys.argv[1:] if argv is None else argv))
    # The quick path's SimpleNamespace has the same attributes as the parser's Namespace.
    args: Arguments = _quick_explain(words) or _quick_window(words) or _parser().parse_args(words)
    if args.command is None:
        if not args.copy_reply:
            return _run_window(args.smoke_test, args.data_dir, window_file)
        if args.smoke_test or window_file is not None:
            print("--copy-reply takes no FILE and no --smoke-test.", file=sys.stderr)
            return EXIT_UNUSABLE
        return _run_window(False, args.data_dir, None, copy_reply=True)
    try:
        with Catalog(paths.catalog_file()) as catalog:
            return COMMANDS[args.command](args, catalog)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return EXIT_CATALOG
    except BrokenPipeError:  # `declinedesk lookup ... | head`
        sys.stderr.close()
        return EXIT_OK
