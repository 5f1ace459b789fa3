"""How `explain` and `lookup` print for a person: in the agent's language (app/cli/words.py),
what has no translation yet tagged [EN], wrapped to the terminal's usual width as a terminal
shows it (a Chinese, Japanese or Korean character takes two columns: app/cli/columns.py)."""

from __future__ import annotations

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.words import ENGLISH_TAG, Words, marked
from app.cli.columns import fill, width
from app.cli.read import QT_TRANSLATE_NOOP
from app.cli.words import language, translate
from app.reading.report import found_fields
from app.replies.analyse import Finding
from app.verdict.said import in_language
from app.verdict.wording import VerdictWords, entry_words

WIDTH = 88
VERDICT = QT_TRANSLATE_NOOP("Cli", "Verdict:")
NOTE = QT_TRANSLATE_NOOP("Cli", "Note:")
SEVERAL = QT_TRANSLATE_NOOP("Cli", "{count} failures in this paste; the most relevant first.")


def wrap(text: str, indent: str = "  ") -> str:
    return fill(text, WIDTH, indent, indent)


def numbered(step: str, first: str, rest: str) -> str:
    return fill(step, WIDTH, first, rest)


def verdict_text(words: VerdictWords, indent: str) -> list[str]:
    """The verdict as the window's badges and the internal note say it (app/verdict/wording.py)."""
    label = translate("Cli", VERDICT) + " "
    label += " " * max(0, len("Verdict:   ") - width(label))
    first, under = indent + label, indent + " " * width(label)
    return [
        numbered(line, first if number == 0 else under, under)
        for number, line in enumerate(words.lines())
    ]


NAMES_CONFIDENTIAL = QT_TRANSLATE_NOOP(
    "Cli",
    "CONFIDENTIAL: it names {reasons}. If it is about a customer's payment, never tell them "
    "that reason: send only the generic decline reply.",
)


def names_confidential(reasons: tuple[str, ...]) -> str:
    """The warning beside an unusable text (a page about codes) that names a confidential
    reason all the same, in the agent's language."""
    return translate("Cli", NAMES_CONFIDENTIAL).format(reasons=", ".join(reasons))


def paste_notes(warnings: list[str], failures: int, catalog: Catalog) -> list[str]:
    """The reader's warnings (English in JSON) and the count of failures, as `explain` says
    them above the failures, in the agent's language."""
    words = Words(catalog, language())
    notes = [f"{translate('Cli', NOTE)} {marked(words.warning(w))}" for w in warnings]
    if failures > 1:
        notes.append(translate("Cli", SEVERAL).format(count=failures))
    return notes


def steps_text(steps: list[str], said: list[str] | None, indent: str) -> list[str]:
    """ "What to do:" and the numbered steps, in the agent's language or English, tagged."""
    label = translate("Cli", "What to do:")
    lines = [
        f"{indent}{label}" if said is not None or not steps else f"{indent}{label} {ENGLISH_TAG}"
    ]
    shown = said if said is not None else steps
    first = indent + "  "
    for number, step in enumerate(shown, start=1):
        lines.append(numbered(step, f"{first}{number}. ", first + " " * (len(str(number)) + 2)))
    return lines


def entry_text(entry: CatalogEntry, catalog: Catalog) -> str:
    words = Words(catalog, language())
    kinds = catalog.vocabulary("kinds")
    header = f"{entry.code}  ({kinds.get(entry.kind, entry.kind)})"
    title = words.entry_text("title", entry.kind, entry.code, entry.title)
    lines = [header, f"  {marked(title)}"]
    if entry.sensitive:  # the agent's own warning: the entry is never a reply's words
        lines.append(wrap(marked(words.word("confidential_forms", "lookup"))))
    if entry.deprecated:
        lines.append("  Deprecated by Stripe.")
    if entry.unconfirmed:
        lines.append("  Meaning not documented by Stripe: inferred from the name.")
    summary = words.entry_text("summary", entry.kind, entry.code, entry.summary)
    lines += [
        "",
        wrap(marked(summary)),
        "",
        *verdict_text(entry_words(entry, catalog, words), "  "),
        "",
        f"  Reply class: {entry.reply_class}",
        f"  Category:    {entry.category}",
        "",
        *steps_text(list(entry.agent_steps), words.steps(entry.agent_steps), "  "),
    ]
    lines += ["", "  Stripe says:", wrap(entry.stripe_description, "    ")]
    if entry.stripe_next_steps:
        lines.append(wrap(entry.stripe_next_steps, "    "))
    lines.append(f"  Source: {entry.source} (as of {entry.as_of})")
    return "\n".join(lines)


def finding_text(finding: Finding, catalog: Catalog) -> str:
    report = finding.report
    e = in_language(finding.explanation, catalog, language())
    headline = marked(e.headline)
    lines = [headline, "=" * min(width(headline), WIDTH)]
    if e.confidential is not None:
        lines += [wrap(marked(e.confidential), ""), ""]
    lines += [translate("Cli", "What happened:"), wrap(marked(e.summary))]
    lines += [wrap(f"- {marked(note)}") for note in e.notes]
    steps = translate("Cli", "What to do:")
    lines += ["", f"{steps} {ENGLISH_TAG}" if e.steps_english else steps]
    lines += [numbered(step, f"  {n}. ", "     ") for n, step in enumerate(e.steps, start=1)]
    lines += [
        "",
        *(verdict_text(e.verdict, "") if e.verdict else []),
        "",
        translate("Cli", "Found:"),
    ]
    lines += [f"  {name:<22}{value}" for name, value in found_fields(report)]
    reply = translate("Cli", "reply to copy ({channel}, {locale})").format(
        channel=finding.reply.channel, locale=finding.reply.locale
    )
    top = f"{'-' * 24} {reply} {'-' * 24}"
    lines += ["", top, finding.reply.text, "-" * width(top)]
    return "\n".join(lines)
