"""The `declinedesk` command: a thin layer over app.core. It must never import Qt at start-up."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Sequence

from app import __version__, paths
from app.core.catalog import Catalog, CatalogEntry, CatalogError

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_UNUSABLE = 2
EXIT_CATALOG = 3

WIDTH = 88


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="declinedesk",
        description="Explain failed Stripe payments and write a customer-safe reply. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Decline Desk {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, paint it once and exit 0 (non-zero with one line if broken)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    lookup = commands.add_parser("lookup", help="print catalogue entries for one or more codes")
    lookup.add_argument("codes", nargs="+", metavar="CODE")
    _add_format(lookup)

    catalog = commands.add_parser("catalog", help="print the catalogue's version and counts")
    _add_format(catalog)
    return parser


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _entry_text(entry: CatalogEntry, catalog: Catalog) -> str:
    kinds = catalog.vocabulary("kinds")
    who = catalog.vocabulary("who_acts")
    retry = catalog.vocabulary("retry")
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
        f"  Who acts:    {who.get(entry.who_acts, entry.who_acts)}",
        f"  Retry:       {retry.get(entry.retry, entry.retry)}",
        f"  Reply class: {entry.reply_class}",
        f"  Category:    {entry.category}",
        "",
        "  What to do:",
    ]
    for number, step in enumerate(entry.agent_steps, start=1):
        lines.append(
            textwrap.fill(step, WIDTH, initial_indent=f"    {number}. ", subsequent_indent="       ")
        )
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
            print(f"No catalogue entry is named {code!r}; try `declinedesk search`.", file=sys.stderr)
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
        print(f"  {kinds.get(kind, kind) + 's':<28}{count:>5}")
    print(f"  {'Total':<28}{sum(info.counts.values()):>5}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Catalog], int]] = {
    "lookup": cmd_lookup,
    "catalog": cmd_catalog,
}


def _run_window(smoke_test: bool) -> int:
    from app.ui.application import run  # Qt is imported only when a window is wanted

    return run(smoke_test=smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a console without UTF-8 must not crash us
    args = _parser().parse_args(argv)
    if args.command is None:
        return _run_window(args.smoke_test)
    try:
        with Catalog(paths.catalog_path()) as catalog:
            return COMMANDS[args.command](args, catalog)
    except CatalogError as error:
        print(error, file=sys.stderr)
        return EXIT_CATALOG
    except BrokenPipeError:  # `declinedesk lookup ... | head`
        sys.stderr.close()
        return EXIT_OK
