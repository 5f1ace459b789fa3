"""Sensitive codes misspelled by a person or a fixture (`fradulent`, `stolen_crad`,
`merchant_blacklsit`): one letter left out, added, changed or two swapped. The code that was
meant is still the payment's reason, so the paste stays confidential; only the sensitive codes
are looked for this way (a misspelled harmless code is only an unknown code)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from app.reading.told_reasons import denied

HEAD = 20_000  # a note, a fixture, an error: a typo is looked for in what a person wrote
MIN_LENGTH = 10  # "fraudulent" and longer: "lost_card" is one letter from a `last_card`
_WORD = r"[A-Za-z][A-Za-z_\-]{6,40}"


def _deletes(word: str) -> set[str]:
    return {word[:at] + word[at + 1 :] for at in range(len(word))}


@functools.cache
def _index(codes: frozenset[str]) -> tuple[dict[str, str], dict[str, set[int]]]:
    """Each sensitive code and every form of it with one letter left out, to the code; and by
    each code's first two letters, its length: a word is taken apart only when a code starts
    like it and is about as long (a typo in the first two letters is rare, and most words of
    a paste are passed over at once)."""
    forms: dict[str, str] = {}
    lengths: dict[str, set[int]] = {}
    for code in sorted(codes):
        if len(code) < MIN_LENGTH or not code.isascii():
            continue
        for form in (code, *_deletes(code)):
            forms.setdefault(form, code)
        lengths.setdefault(code[:2], set()).update(range(len(code) - 1, len(code) + 2))
    return forms, lengths


def misspelled(text: str, sensitive_codes: Iterable[str]) -> list[str]:
    """The sensitive codes the text writes with one letter wrong, each once, in order; not
    one a negation beside it denies."""
    forms, lengths = _index(frozenset(sensitive_codes))
    found: dict[str, None] = {}
    head = text[:HEAD]
    lowered = ""
    for match in re.finditer(_WORD, head):
        word = match.group()
        if len(word) not in lengths.get(word[:2].lower(), ()):
            continue
        lowered = lowered or head.lower()
        if denied(lowered, *match.span()):
            continue  # "it was not fradulent": the text says what the reason is not
        word = word.lower().replace("-", "_")
        if forms.get(word) == word:
            continue  # the code itself: read as written elsewhere
        # One letter added or changed, or two swapped: a form with one letter left out of
        # the word is the code or the code with one letter left out.
        for form in (word, *_deletes(word)):
            code = forms.get(form)
            if code is not None and abs(len(code) - len(word)) <= 1:
                found.setdefault(code)
                break
    return list(found)
