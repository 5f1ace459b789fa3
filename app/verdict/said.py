"""The explanation in the agent's language: headline, verdict, badges, confidential line and
notes said again from what they were made of (the Explanation itself stays English: it is the
JSON contract). What has no translation yet comes in English and says so (`english`), so that
the window and `explain` can mark it rather than mix two languages silently."""

from __future__ import annotations

import unicodedata

from app.catalogue.catalog import Catalog
from app.catalogue.words import SOURCE_LANGUAGE, SUMMARY_FORMS, Said, Words, say
from app.records import field, record
from app.verdict.confidential import confidential_text
from app.verdict.explanation import Explanation
from app.verdict.wording import VerdictWords, verdict_words


@record(slots=True)
class SaidExplanation:
    """What the agent reads of one explanation, in their language where it has the words."""

    headline: Said
    summary: Said
    steps: list[str]
    steps_english: bool
    notes: list[Said] = field(default_factory=list)
    confidential: Said | None = None
    verdict: VerdictWords | None = None


def said_verdict(verdict: VerdictWords, words: Words) -> VerdictWords:
    """The verdict's lines and badges again in `words`' language (a finite set: every window
    language has all of them, resources/catalog/translations/)."""
    return verdict_words(
        verdict.retry,
        verdict.who_acts,
        verdict.reply_class,
        words.catalog,
        verdict.wait_code,
        verdict.by_card,
        words,
    )


def said_summary(e: Explanation, words: Words) -> Said:
    """What happened in `words`' language: the summary of each entry explain() made it from (a
    confidential network code's before the primary's); in English, said to be, when any of
    them has no translation (never a mix)."""
    if not e.summary_from:
        return Said(e.summary, True)
    said = [words.entry_text("summary", p.kind, p.code, p.summary) for p in e.summary_from]
    if any(s.english for s in said):
        return Said(e.summary, True)
    text = ""
    for part in said:  # a Chinese or Japanese sentence ends in a wide full stop, and no space
        wide = bool(text) and unicodedata.east_asian_width(text[-1]) in ("W", "F")
        text += part.text if not text or wide else f" {part.text}"
    return Said(text)


def in_language(explanation: Explanation, catalog: Catalog, language: str) -> SaidExplanation:
    """`explanation` as the agent reads it in `language` (English: the explanation as it is)."""
    words = Words(catalog, language)
    foreign = language != SOURCE_LANGUAGE
    e = explanation
    headline = say(e.headline_form, words) if e.headline_form else Said(e.headline, foreign)
    summary = said_summary(e, words) if foreign else Said(e.summary)
    if summary.english and e.primary is None and foreign and words.translated:
        summary = words.whole(SUMMARY_FORMS, e.summary)  # no entry: a form of the code's text
    notes = [say(form, words) for form in e.note_forms]
    if len(notes) != len(e.notes):  # a note without its form (none today): as written
        notes = [Said(note, foreign) for note in e.notes]
    confidential = None
    if e.confidential_reasons is not None:
        confidential = confidential_text(e.confidential_reasons, words)
    elif e.confidential:
        confidential = Said(e.confidential, foreign)
    steps = words.steps(e.agent_steps) if foreign and e.agent_steps else None
    return SaidExplanation(
        headline=headline,
        summary=summary,
        steps=steps if steps is not None else list(e.agent_steps),
        steps_english=foreign and bool(e.agent_steps) and steps is None,
        notes=notes,
        confidential=confidential,
        verdict=said_verdict(e.verdict, words) if e.verdict is not None else None,
    )


def as_written(explanation: Explanation) -> SaidExplanation:
    """The explanation as the pipeline wrote it, in English (no catalogue to say it again)."""
    e = explanation
    return SaidExplanation(
        headline=Said(e.headline),
        summary=Said(e.summary),
        steps=list(e.agent_steps),
        steps_english=False,
        notes=[Said(note) for note in e.notes],
        confidential=Said(e.confidential) if e.confidential else None,
        verdict=e.verdict,
    )
