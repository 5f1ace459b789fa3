"""`declinedesk check-reply` and `declinedesk pack check`: the window's guard on the command line,
so a team can run its helpdesk macros and reply packs through it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.catalogue.catalog import Catalog
from app.catalogue.words import Words
from app.cli import helpdesk
from app.cli.read import QT_TRANSLATE_NOOP, Sentence, read_limited, said
from app.cli.words import language, translate
from app.replies.guard import Guard, Problem
from app.replies.replies import UnknownLocale, resolve_locale

EXIT_SAFE = 0
EXIT_REFUSED = 1
EXIT_UNUSABLE = 2
# A reply or a macro is a few KB; a file far larger is not one, and is not read whole.
MAX_REPLY_BYTES = 1024 * 1024


class UnusableInput(Exception):
    """The input cannot be checked; `message` says why in one sentence."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = kind, message


def add_commands(commands: Any, add_format: Any) -> None:
    """Adds check-reply and pack to the `declinedesk` command's subcommands; their texts are
    said in the agent's language when --help prints them (app/cli/speaking.py)."""
    check = commands.add_parser(
        "check-reply",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "check a reply, or every text of a Zendesk, Help Scout, Freshdesk, Intercom or "
            "Gorgias macro export, an Espanso package or a TextExpander CSV, for words that "
            "reveal a confidential decline reason",
        ),
        description=QT_TRANSLATE_NOOP("Cli", "Checks a reply text with the window's guard.")
        + "\n"
        + helpdesk.FORMATS_HELP,
    )
    check.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "files to check; `-` or none: standard input"),
    )
    check.add_argument(
        "--locale",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the reply's language, as for `explain --locale` (de, pt-BR, zh-Hans...; an "
            "unknown one is answered with the list); without it, the rules of every language",
        ),
    )
    add_format(check)
    pack = commands.add_parser(
        "pack",
        help=QT_TRANSLATE_NOOP(
            "Cli", "reply packs: `pack check FILE`, `pack export FORMAT [-o FILE]`"
        ),
    )
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    pack_check = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "Cli", "check a reply pack as an import would, listing every problem"
        ),
        description=QT_TRANSLATE_NOOP(
            "Cli", "Checks a reply pack (.toml) as an import would, listing every problem."
        )
        + "\n"
        + helpdesk.FORMATS_HELP,
    )
    pack_check.add_argument("file", metavar="FILE")
    add_format(pack_check)
    helpdesk.add_export_command(actions)


def _read_text(name: str) -> str:
    data = read_limited(name, MAX_REPLY_BYTES + 1, UnusableInput)
    if len(data) > MAX_REPLY_BYTES:
        sentence = QT_TRANSLATE_NOOP(
            "Cli", "{name} is larger than 1 MB, so it is not a reply or a macro."
        )
        raise UnusableInput("too_large", Sentence(sentence, name=name))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        sentence = QT_TRANSLATE_NOOP(
            "Cli", "{name} is UTF-16 text; save it as UTF-8 and check it again."
        )
        raise UnusableInput("encoding", Sentence(sentence, name=name))
    if b"\x00" in data:
        sentence = QT_TRANSLATE_NOOP("Cli", "{name} is binary data, not text.")
        raise UnusableInput("binary", Sentence(sentence, name=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        sentence = QT_TRANSLATE_NOOP(
            "Cli", "{name} is not UTF-8 text; save it as UTF-8 and check it again."
        )
        raise UnusableInput("encoding", Sentence(sentence, name=name)) from None
    if not text.strip():
        sentence = QT_TRANSLATE_NOOP("Cli", "{name} is empty: there is no reply to check.")
        raise UnusableInput("empty", Sentence(sentence, name=name))
    return text


def _print_unusable(name: str, error: UnusableInput, as_json: bool) -> None:
    if as_json:
        error_json = {"kind": error.kind, "message": error.message}
        print(json.dumps({"ok": False, "input": name, "error": error_json}, ensure_ascii=False))
    else:
        print(f"{name}: {said(error.message)}", file=sys.stderr)


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return translate("Cli", "line {line}, column {column}").format(line=line, column=column)


def cmd_check_reply(args: argparse.Namespace, catalog: Catalog) -> int:
    locale = None
    if args.locale:
        try:
            locale = resolve_locale(args.locale, catalog.reply_locales())
        except UnknownLocale as error:
            print(error, file=sys.stderr)
            return EXIT_UNUSABLE
    guard = Guard.from_catalog(catalog)
    status = EXIT_SAFE
    for name in args.files or ["-"]:
        try:
            text = _read_text(name)
        except UnusableInput as error:
            status = EXIT_UNUSABLE
            _print_unusable(name, error, args.format == "json")
            continue
        try:
            found = helpdesk.read_helpdesk(text, name, UnusableInput)
        except UnusableInput as error:
            status = EXIT_UNUSABLE
            _print_unusable(name, error, args.format == "json")
            continue
        if found is not None:
            found_problems = helpdesk.audit_file(found, catalog, guard, locale)
            status = max(status, EXIT_REFUSED if found_problems else EXIT_SAFE)
            helpdesk.print_check(name, found, found_problems, args.format == "json", catalog)
            continue
        problems = guard.check(text, locale)
        if problems:
            status = max(status, EXIT_REFUSED)
        if args.format == "json":
            print(
                json.dumps(
                    {
                        "ok": not problems,
                        "input": name,
                        "problems": [p.to_json() for p in problems],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(_report(name, text, problems, catalog))
    if guard.notice:  # the classifier could not be read: said once, the lists still checked
        print(guard.notice, file=sys.stderr)
    return status


def _report(name: str, text: str, problems: list[Problem], catalog: Catalog) -> str:
    """The problems for a person: the guard's reasons in the agent's language (JSON keeps
    them English)."""
    if not problems:
        return translate("Cli", "{name}: safe to send.").format(name=name)
    refused = translate("Cli", "{name}: refused, it could reveal a confidential decline reason:")
    lines = [refused.format(name=name)]
    words = Words(catalog, language())
    lines += [
        f"  {_position(text, p.start)}: “{p.phrase}” {words.guard_reason(p.reason)}."
        for p in problems
    ]
    return "\n".join(lines)


def cmd_pack(args: argparse.Namespace, catalog: Catalog) -> int:
    if args.pack_command == "export":
        return helpdesk.cmd_pack_export(args, catalog)
    path = Path(args.file)
    if not path.is_file():
        message = Sentence(
            QT_TRANSLATE_NOOP("Cli", "{name} is a folder, not a file.")
            if path.is_dir()
            else QT_TRANSLATE_NOOP("Cli", "There is no file named {name}."),
            name=str(path),
        )
        if args.format == "json":
            print(
                json.dumps(
                    {
                        "ok": False,
                        "input": args.file,
                        "error": {"kind": "file", "message": message},
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(message.said(), file=sys.stderr)
        return EXIT_UNUSABLE
    if path.suffix.lower() != ".toml":
        status = _check_helpdesk_file(args, catalog)
        if status is not None:
            return status
    # Imported here: the pack reader (and tomllib, ~10 ms) is not needed to build the parser,
    # which every window start does too.
    from app.replies.packs import PackError, read_pack_file

    guard = Guard.from_catalog(catalog)
    try:
        pack = read_pack_file(
            path,
            catalog.vocabulary("reply_classes"),
            catalog.reply_locales(),
            guard,
        )
    except PackError as error:
        if args.format == "json":
            print(
                json.dumps(
                    {"ok": False, "input": args.file, "problems": error.problems},
                    ensure_ascii=False,
                )
            )
        else:
            refused = (
                translate("Cli", "{name}: the pack would not be imported ({count} problem):")
                if len(error.problems) == 1
                else translate("Cli", "{name}: the pack would not be imported ({count} problems):")
            )
            print(refused.format(name=args.file, count=len(error.problems)))
            print("\n".join(f"  - {problem}" for problem in error.problems))
        return EXIT_REFUSED
    if args.format == "json":
        print(
            json.dumps(
                {
                    "ok": True,
                    "input": args.file,
                    "name": pack.name,
                    "texts": len(pack.texts),
                    "problems": [],
                },
                ensure_ascii=False,
            )
        )
    else:
        fine = translate("Cli", "{name}: “{pack}” can be imported: {count} texts, no problems.")
        print(fine.format(name=args.file, pack=pack.name, count=len(pack.texts)))
    if guard.notice:
        print(guard.notice, file=sys.stderr)
    return EXIT_SAFE


def _check_helpdesk_file(args: argparse.Namespace, catalog: Catalog) -> int | None:
    """`pack check` of a helpdesk export: every text through the guard; None for a file in no
    helpdesk format (then read as a reply pack)."""
    try:
        text = _read_text(args.file)
        found = helpdesk.read_helpdesk(text, args.file, UnusableInput)
    except UnusableInput as error:
        if args.format == "json":
            error_json = {"kind": error.kind, "message": error.message}
            print(json.dumps({"ok": False, "input": args.file, "error": error_json}))
        else:
            print(f"{args.file}: {said(error.message)}", file=sys.stderr)
        return EXIT_UNUSABLE
    if found is None:
        return None
    problems = helpdesk.pack_problems(
        helpdesk.audit_file(found, catalog, Guard.from_catalog(catalog), None)
    )
    if args.format == "json":
        answer = {
            "ok": not problems,
            "input": args.file,
            "format": found.format,
            "texts": len(found.texts),
            "problems": problems,
        }
        print(json.dumps(answer, ensure_ascii=False))
    elif problems:
        refused = (
            translate("Cli", "{name}: {count} problem in {texts} texts of {title}:")
            if len(problems) == 1
            else translate("Cli", "{name}: {count} problems in {texts} texts of {title}:")
        )
        title = helpdesk.format_title(found)
        print(
            refused.format(name=args.file, count=len(problems), texts=len(found.texts), title=title)
        )
        print("\n".join(f"  - {problem}" for problem in problems))
    else:
        fine = translate("Cli", "{name}: {texts} texts of {title}, no problems.")
        print(
            fine.format(name=args.file, texts=len(found.texts), title=helpdesk.format_title(found))
        )
    return EXIT_REFUSED if problems else EXIT_SAFE
