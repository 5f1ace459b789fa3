"""The commands of `declinedesk` (explain, lookup, search, catalog, check-reply, pack) over the
pipeline; app.cli.main reads the arguments and imports this only when a command is given."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from app import TYPE_CHECKING, paths
from app.catalogue.catalog import Catalog, CatalogError
from app.cli import EXIT_CATALOG, EXIT_NOT_FOUND, EXIT_OK, EXIT_UNUSABLE
from app.cli.read import QT_TRANSLATE_NOOP, Sentence, read_limited, said
from app.reading.paste import MAX_CHARS, decode_paste
from app.reading.report import UnreadablePaste
from app.replies.analyse import analyse_paste
from app.replies.replies import UnknownLocale, resolve_locale

if TYPE_CHECKING:
    from typing import Any

    # A command reads the parser's Namespace or the quick path's SimpleNamespace alike.
    Arguments = Any


def translate(context: str, text: str) -> str:
    """A sentence for people in the agent's language; the words are read only when one is
    printed (named like Qt's translate, so that pyside6-lupdate finds the sentences)."""
    from app.cli import words

    return words.translate(context, text)


def say(sentence: str) -> None:
    print(sentence, file=sys.stderr)


def print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def cmd_lookup(args: Arguments, catalog: Catalog) -> int:
    status = EXIT_OK
    blocks: list[str] = []
    for code in args.codes:
        found = catalog.lookup(code)
        if not found:
            say(translate("Cli", "No catalogue entry is named {code}.").format(code=repr(code)))
            status = EXIT_NOT_FOUND
        for entry in found:
            if args.format == "json":
                print_json(entry.to_json())
            else:
                from app.cli.text import entry_text  # text for people: their language's words

                blocks.append(entry_text(entry, catalog))
    if blocks:
        print("\n\n".join(blocks))
    return status


def cmd_catalog(args: Arguments, catalog: Catalog) -> int:
    info = catalog.info()
    if args.format == "json":
        print_json({"version": info.version, "built": info.built, "counts": info.counts})
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
        sentence = QT_TRANSLATE_NOOP(
            "Cli", "{name} is larger than 20 MB: copy just the failed payment or error."
        )
        raise UnreadablePaste("too_large", Sentence(sentence, name=name))
    return decode_paste(data)


def cmd_explain(args: Arguments, catalog: Catalog) -> int:
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
                told: dict[str, object] = {"kind": error.kind, "message": error.message}
                if error.confidential:  # a page about codes that names a confidential one
                    told["confidential"] = list(error.confidential)
                print_json({"ok": False, "input": name, "error": told})
            else:
                print(f"{name}: {said(error.message)}", file=sys.stderr)
                if error.confidential:
                    from app.cli.text import names_confidential

                    print(names_confidential(error.confidential), file=sys.stderr)
            continue
        if args.format == "json":
            answer: dict[str, object] = {
                "ok": True,
                "input": name,
                "warnings": reading.warnings,
                "failures": [f.to_json() for f in findings],
            }
            if reading.confidential and not findings:  # an early fraud warning, say
                answer["confidential"] = list(reading.confidential)
            print_json(answer)
            continue
        from app.cli.text import finding_text, names_confidential, paste_notes

        blocks = [f"# {name}"] if len(names) > 1 else []
        blocks += paste_notes(reading.warnings, len(findings), catalog)
        if reading.confidential and not findings:
            blocks.append(names_confidential(reading.confidential))
        blocks += [finding_text(f, catalog) for f in findings]
        print(("\n\n" if number else "") + "\n\n".join(blocks))
    return status


def cmd_search(args: Arguments, catalog: Catalog) -> int:
    from app.catalogue.search import Searcher

    hits = Searcher(catalog).search(" ".join(args.words), limit=max(args.limit, 1))
    if args.format == "json":
        for hit in hits:
            print_json(hit.to_json())
        return EXIT_OK
    if not hits:
        words = repr(" ".join(args.words))
        say(translate("Cli", "Nothing in the catalogue matches {words}.").format(words=words))
        return EXIT_NOT_FOUND
    kinds = catalog.vocabulary("kinds")
    width = max(len(hit.code) for hit in hits)
    for hit in hits:
        print(f"{hit.code:<{width}}  {kinds.get(hit.kind, hit.kind):<26}  {hit.title}")
    return EXIT_OK


def _checks(name: str) -> Callable[[Arguments, Catalog], int]:
    """A command of app.cli.checks, imported only when run (it loads the guard and pack reader)."""

    def run(args: Arguments, catalog: Catalog) -> int:
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


def run(args: Arguments) -> int:
    """Runs the command `args` names over the catalogue; its exit status."""
    if args.data_dir is not None:  # its user.db holds the window language the words follow
        from app.cli.words import use_data_dir

        use_data_dir(args.data_dir)
    try:
        checked = paths.checked_catalogs_file(args.data_dir)  # each file's seal checked once
        with Catalog(paths.catalog_file(), checked) as catalog:
            return COMMANDS[args.command](args, catalog)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return EXIT_CATALOG
    except BrokenPipeError:  # `declinedesk lookup ... | head`
        sys.stderr.close()
        return EXIT_OK
