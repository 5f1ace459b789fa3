"""The `declinedesk` command: a thin layer over the pipeline; it never imports Qt at start-up."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app import paths
from app.catalogue.catalog import Catalog, CatalogError
from app.cli import arguments
from app.cli.read import QT_TRANSLATE_NOOP, Sentence, read_limited, said
from app.reading.paste import MAX_CHARS, decode_paste
from app.reading.report import UnreadablePaste
from app.replies.analyse import analyse_paste
from app.replies.replies import UnknownLocale, resolve_locale

if TYPE_CHECKING:
    from pathlib import Path

# A command reads the parser's Namespace or the quick path's SimpleNamespace alike.
Arguments = Any

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_UNUSABLE = 2
EXIT_CATALOG = 3


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
                print_json(
                    {
                        "ok": False,
                        "input": name,
                        "error": {"kind": error.kind, "message": error.message},
                    }
                )
            else:
                print(f"{name}: {said(error.message)}", file=sys.stderr)
            continue
        if args.format == "json":
            print_json(
                {
                    "ok": True,
                    "input": name,
                    "warnings": reading.warnings,
                    "failures": [f.to_json() for f in findings],
                }
            )
            continue
        from app.cli.text import finding_text, paste_notes  # JSON reads no words: text does

        blocks = [f"# {name}"] if len(names) > 1 else []
        blocks += paste_notes(reading.warnings, len(findings), catalog)
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


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a console without UTF-8 must not crash us
    given = list(sys.argv[1:] if argv is None else argv)
    words, window_file = arguments.take_window_file(given, COMMANDS)
    # The quick path's SimpleNamespace has the same attributes as the parser's Namespace.
    args: Arguments = (
        arguments.quick_explain(words)
        or arguments.quick_window(words)
        or arguments.parser().parse_args(words)
    )
    if args.command is None:
        if not args.copy_reply:
            return _run_window(args.smoke_test, args.data_dir, window_file)
        if args.smoke_test or window_file is not None:
            say(translate("Cli", "--copy-reply takes no FILE and no --smoke-test."))
            return EXIT_UNUSABLE
        return _run_window(False, args.data_dir, None, copy_reply=True)
    if args.data_dir is not None:  # its user.db holds the window language the words follow
        from app.cli.words import use_data_dir

        use_data_dir(args.data_dir)
    try:
        with Catalog(paths.catalog_file()) as catalog:
            return COMMANDS[args.command](args, catalog)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return EXIT_CATALOG
    except BrokenPipeError:  # `declinedesk lookup ... | head`
        sys.stderr.close()
        return EXIT_OK
