"""A confidential reason raised and denied in the next sentence ("The bank said stolen card? No,
it was not reported stolen.", "She thinks we flagged her as fraud. We did not."): the pair tells
no reason, so the words that make a paste confidential skip it. Only a reason told in words is
undone this way; a code written as a code (`stolen_card`) always counts."""

from __future__ import annotations

import itertools
import re

from app.reading.told_reasons import ANSWER_NO, NOT_WORDS, told_block, told_reasons

# Patterns as text, compiled on first use through re's cache (this module is on every
# command's path). A sentence that only asks or reports what someone thinks or said.
_ASKED = (
    r"\?\s*$|\b(?:thinks?|thought|believes?|worried|wonders?|wondering|asks?|asked|asking"
    r"|claims?|claimed|suspects?|afraid|pense|croit|demande|piensa|cree|pregunta|denkt|glaubt"
    r"|fragt|meint|pensa|crede|chiede|acha|pergunta|denkt|vraagt|tror|undrar|myśli|pyta)\b"
)
# The next sentence opens by denying it ("No, ...", "We did not.", "Nein, ...", "It wasn't",
# "Sie wurde nicht gestohlen."), not with a "no" that goes on ("No further details."). The
# words are reading.told_reasons' lists, the one place they are written.
_DENIED = (
    rf"^\s*(?:(?:{ANSWER_NO})\s*[,.!;:\u2014-]|"
    rf"(?:\w+\s+){{0,2}}(?:\w+n['\u2019]t|{NOT_WORDS})\b)"
)
_SENTENCES = r"[^.!?\n]*(?:[.!?]+|\n|$)"


def without_retracted(lowered: str) -> str:
    """The lower-case text with each reason-raising sentence that the next one denies blanked
    (both sentences: the denial repeats the reason's words), same length and positions."""
    if "?" not in lowered and not re.search(_ASKED, lowered[:20_000]):
        return lowered
    sentences = [m for m in re.finditer(_SENTENCES, lowered[:20_000]) if m.group()]
    blanks: list[tuple[int, int]] = []
    for first, second in itertools.pairwise(sentences):
        if re.search(_ASKED, first.group()) and re.search(_DENIED, second.group()):
            # "No, the card was reported stolen." denies the question and tells a reason of
            # its own: only the question is blanked.
            tells = told_reasons(second.group()) or told_block(second.group())
            blanks.append((first.start(), first.end() if tells else second.end()))
    if not blanks:
        return lowered
    out = list(lowered)
    for start, end in blanks:
        out[start:end] = " " * (end - start)
    return "".join(out)
