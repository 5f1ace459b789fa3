"""How `explain` and `lookup` print for a person: wrapped to the terminal's usual width."""

from __future__ import annotations

from app.catalogue.catalog import Catalog, CatalogEntry
from app.reading.report import found_fields
from app.replies.analyse import Finding
from app.verdict.wording import VerdictWords, entry_words

WIDTH = 88


def wrap(text: str, indent: str = "  ") -> str:
    import textwrap

    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def numbered(step: str, first: str, rest: str) -> str:
    import textwrap

    return textwrap.fill(step, WIDTH, initial_indent=first, subsequent_indent=rest)


def verdict_text(words: VerdictWords, indent: str) -> list[str]:
    """The verdict as the window's badges and the internal note say it (app/verdict/wording.py)."""
    label, under = indent + "Verdict:   ", indent + " " * len("Verdict:   ")
    return [
        numbered(line, label if number == 0 else under, under)
        for number, line in enumerate(words.lines())
    ]


def entry_text(entry: CatalogEntry, catalog: Catalog) -> str:
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
        wrap(entry.summary),
        "",
        *verdict_text(entry_words(entry, catalog), "  "),
        "",
        f"  Reply class: {entry.reply_class}",
        f"  Category:    {entry.category}",
        "",
        "  What to do:",
    ]
    for number, step in enumerate(entry.agent_steps, start=1):
        lines.append(numbered(step, f"    {number}. ", "       "))
    lines += ["", "  Stripe says:", wrap(entry.stripe_description, "    ")]
    if entry.stripe_next_steps:
        lines.append(wrap(entry.stripe_next_steps, "    "))
    lines.append(f"  Source: {entry.source} (as of {entry.as_of})")
    return "\n".join(lines)


def finding_text(finding: Finding, catalog: Catalog) -> str:
    e, report = finding.explanation, finding.report
    lines = [e.headline, "=" * min(len(e.headline), WIDTH)]
    if e.confidential:
        lines += [wrap(e.confidential, ""), ""]
    lines += ["What happened:", wrap(e.summary)]
    lines += [wrap(f"- {note}") for note in e.notes]
    lines += ["", "What to do:"]
    lines += [numbered(step, f"  {n}. ", "     ") for n, step in enumerate(e.agent_steps, start=1)]
    lines += [
        "",
        *(verdict_text(e.verdict, "") if e.verdict else []),
        "",
        "Found:",
    ]
    lines += [f"  {name:<22}{value}" for name, value in found_fields(report)]
    top = f"{'-' * 24} reply to copy ({finding.reply.channel}, {finding.reply.locale}) {'-' * 24}"
    lines += ["", top, finding.reply.text, "-" * len(top)]
    return "\n".join(lines)
