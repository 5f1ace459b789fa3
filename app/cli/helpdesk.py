"""`declinedesk pack export FORMAT` and the helpdesk files `check-reply` and `pack check` read:
Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros, an Espanso package, a TextExpander
CSV. The modules that read and write them are imported only when one of these runs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.cli.read import QT_TRANSLATE_NOOP
from app.cli.words import language, translate
from app.replies.helpdesk import EXPORT_FORMATS

EXIT_SAFE, EXIT_REFUSED, EXIT_UNUSABLE = 0, 1, 2
# One sentence of check-reply's and pack check's --help (app/cli/speaking.py says each line).
FORMATS_HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "Zendesk, Help Scout, Freshdesk, Intercom and Gorgias macros (.json), an Espanso package "
    "(.yml) and a TextExpander CSV (.csv) are read too, every reply text in them.",
)

# Type checkers only: the guard and the readers are imported by the commands that use them.
if TYPE_CHECKING:  # the helpdesk readers are loaded by the command that reads a file
    from app.replies.guard import Guard
    from app.replies.helpdesk.audit import FoundProblem
    from app.replies.helpdesk.read import MacroFile


def add_export_command(actions: Any) -> None:
    """Adds `pack export FORMAT [--pack FILE] [-o FILE]` beside `pack check`."""
    export = actions.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "Cli", "write the built-in replies (or a team pack's) as helpdesk macros or snippets"
        ),
        description=QT_TRANSLATE_NOOP(
            "Cli",
            "Writes every reply class in every language and channel as FORMAT: "
            "zendesk (Zendesk macros with dynamic content, one variant per language), helpscout "
            "(Help Scout saved replies), freshdesk (Freshdesk canned responses), intercom "
            "(Intercom macros), gorgias (Gorgias macros), espanso (an Espanso package: give -o a "
            "folder), textexpander (a TextExpander CSV) or toml (a Decline Desk reply pack). Each "
            "uses the tool's own placeholders where it has them.",
        ),
    )
    export.add_argument(
        "export_format",
        metavar="FORMAT",
        choices=EXPORT_FORMATS,
        help=QT_TRANSLATE_NOOP("Cli", "one of %(choices)s"),
    )
    export.add_argument(
        "--pack",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "Cli", "a team reply pack (.toml) whose wording replaces the built-in one"
        ),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "Cli", "where to write (a folder for espanso); default: standard output"
        ),
    )


def cmd_pack_export(args: argparse.Namespace, catalog: Catalog) -> int:
    from app.replies.helpdesk.export import export_pack, write_export

    pack = None
    if args.pack:
        from app.replies.packs import PackError, read_pack_file

        path = Path(args.pack)
        if not path.is_file():
            print(
                translate("Cli", "There is no file named {name}.").format(name=path),
                file=sys.stderr,
            )
            return EXIT_UNUSABLE
        try:
            pack = read_pack_file(
                path,
                catalog.vocabulary("reply_classes"),
                catalog.reply_locales(),
                _guard(catalog),
            )
        except PackError as error:
            refused = translate(
                "Cli", "{name}: the pack cannot be exported, it would not be imported:"
            )
            print(refused.format(name=args.pack), file=sys.stderr)
            print("\n".join(f"  - {problem}" for problem in error.problems), file=sys.stderr)
            return EXIT_REFUSED
    files = export_pack(args.export_format, catalog, pack)
    if not args.output:
        sys.stdout.write(next(iter(files.values())))
        return EXIT_SAFE
    try:
        written = write_export(files, Path(args.output))
    except OSError as error:
        unwritten = translate("Cli", "{name} cannot be written ({reason}).")
        print(unwritten.format(name=args.output, reason=error.strerror or error), file=sys.stderr)
        return EXIT_UNUSABLE
    names = ", ".join(str(path) for path in written)
    print(translate("Cli", "Wrote {files}.").format(files=names), file=sys.stderr)
    return EXIT_SAFE


def _guard(catalog: Catalog) -> Guard:
    from app.replies.guard import Guard

    return Guard.from_catalog(catalog)


def read_helpdesk(text: str, name: str, fail: Callable[[str, str], Exception]) -> MacroFile | None:
    """The texts of a helpdesk file, None for a plain reply; a damaged file raises
    `fail("format", sentence)` (the command's own exception for unusable input)."""
    from app.replies.helpdesk.read import UnreadableMacros, read_macro_file

    try:
        return read_macro_file(text, name)
    except UnreadableMacros as error:
        raise fail(error.kind, error.message) from None


def audit_file(
    found: MacroFile, catalog: Catalog, guard: Guard, locale: str | None
) -> list[FoundProblem]:
    """Every revealing phrase of every text of the file."""
    from app.replies.helpdesk.audit import audit
    from app.replies.helpdesk.formats import any_placeholder

    return audit(found.texts, guard, locale, any_placeholder(), catalog.reply_locales())


def format_title(found: MacroFile) -> str:
    from app.replies.helpdesk.formats import helpdesk_formats

    if found.format == "toml":
        return "a Decline Desk reply pack"
    tool = helpdesk_formats().get(found.format)
    return tool.title if tool else f"a {found.format.upper()} file"


def print_check(
    name: str, found: MacroFile, problems: list[FoundProblem], as_json: bool, catalog: Catalog
) -> None:
    """check-reply's answer for a helpdesk file: each problem with its text's name and line."""
    if as_json:
        print(
            json.dumps(
                {
                    "ok": not problems,
                    "input": name,
                    "format": found.format,
                    "texts": len(found.texts),
                    "problems": [p.to_json() for p in problems],
                },
                ensure_ascii=False,
            )
        )
        return
    what = (
        translate("Cli", "{count} text of {title}")
        if len(found.texts) == 1
        else translate("Cli", "{count} texts of {title}")
    ).format(count=len(found.texts), title=format_title(found))
    if not problems:
        print(translate("Cli", "{name}: safe to send ({what}).").format(name=name, what=what))
        return
    refused = translate(
        "Cli", "{name}: refused, it could reveal a confidential decline reason ({what}):"
    )
    print(refused.format(name=name, what=what))
    words = Words(catalog, language())
    for p in problems:
        reason = words.guard_reason(p.problem.reason)
        print(f"  line {p.line}, {p.item} ({p.field}): “{p.problem.phrase}” {reason}.")


def pack_problems(problems: list[FoundProblem]) -> list[str]:
    """The problems as `pack check` lists them, one sentence each."""
    return [
        f"line {p.line}, {p.item} ({p.field}): “{p.problem.phrase}” {p.problem.reason}."
        for p in problems
    ]
