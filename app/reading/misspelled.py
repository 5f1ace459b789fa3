"""Sensitive codes misspelled or damaged by a person, a fixture or a screenshot read by eye
(`fradulent`, `stolen_crad`, `merchant_blacklsit`; `st0len_card`, `decIine code: stoIen_card`,
`stolen_ card`, `fraud ulent`): one letter left out, added, changed or two swapped, and the
damage of copying by hand or by character recognition (a digit or sign for the letter it looks
like, a capital I for an l, spaces beside an underscore, a word broken by one space or spaced
letter by letter). The code that was meant is still the payment's reason, so the paste stays
confidential; only the sensitive codes are looked for this way (a misspelled harmless code is
only an unknown code)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from app.reading.told_reasons import denied
from app.records import record

HEAD = 20_000  # a note, a fixture, an error: a typo is looked for in what a person wrote
MIN_LENGTH = 10  # "fraudulent" and longer: "lost_card" is one letter from a `last_card`
# A word as a person or a character reader may write a code: letters, and digits and signs
# that look like letters (`st0len_card`, `fr@udulent`), eight or more of them.
_LOOK_ALIKE = "0134578@$|"
_CHAR = rf"[A-Za-z{_LOOK_ALIKE}_\-]"
_WORD = rf"[A-Za-z{_LOOK_ALIKE}]{_CHAR}{{7,44}}"
# Words joined by underscores, with spaces beside them (`stolen_ card`, `HIGHEST_ RISK_ LEVEL`).
_PIECE = rf"[A-Za-z{_LOOK_ALIKE}\-]+"
_SPACED_UNDERSCORE = rf"{_PIECE}(?:[ \t]*_[ \t]*{_PIECE})+"
# What a digit or sign stands for inside a word (a 1 is an l or an i: both are tried).
_LETTERS = str.maketrans("0134578@$|", "oleastbasl")
_ONE_AS_I = str.maketrans("1", "i")
# Letters spaced out one by one ("s t o l e n _ c a r d", "l-o-s-t_card"): four or more.
_SPACED = r"(?<![^\s(\"'`:])[A-Za-z_](?:[ \-][A-Za-z_]){3,}[A-Za-z_]*(?![^\s.,;:!?)\"'`])"
# Signs a screenshot's underscore may be read as (double low line, full-width low lines).
_UNDERSCORE_SIGNS = "\u2017\uff3f\ufe4d\ufe4e\ufe4f"
_UNDERSCORES = str.maketrans(dict.fromkeys(_UNDERSCORE_SIGNS, "_"))


def _deletes(word: str) -> set[str]:
    return {word[:at] + word[at + 1 :] for at in range(len(word))}


@record(frozen=True, slots=True)
class _Index:
    forms: dict[str, str]  # each long code and each form of it with one letter left out
    exact: frozenset[str]  # every code looked for, for words damaged but not misspelled
    lengths: dict[str, set[int]]  # by a code's first two letters, the lengths a word may have
    heads: frozenset[str]  # the codes' beginnings: a piece glued to the next must be one
    pairs: re.Pattern[str]  # a word starting as a code does, and up to four words after it
    squeezed: frozenset[str]  # the codes' letters without their underscores
    stems: frozenset[str]  # the beginnings of those
    shortest: int
    longest: int


@functools.cache
def _index(codes: frozenset[str]) -> _Index:
    """What the sensitive codes look like. A word is taken apart only when a code starts like
    it and is about as long: a typo in the first two letters is rare, and most words of a paste
    are passed over at once."""
    forms: dict[str, str] = {}
    lengths: dict[str, set[int]] = {}
    exact: set[str] = set()
    for code in sorted(codes):
        if not code.isascii() or not code[:1].isalpha():
            continue  # a network code ("43") is read after its label only
        if "_" not in code and len(code) < MIN_LENGTH:
            continue  # an outcome or a level ("blocked", "highest") is an ordinary word
        exact.add(code)
        lengths.setdefault(code[:2], set()).add(len(code))
        if len(code) < MIN_LENGTH:
            continue
        for form in (code, *_deletes(code)):
            forms.setdefault(form, code)
        lengths[code[:2]].update(range(len(code) - 1, len(code) + 2))
    heads = frozenset(code[:at] for code in exact for at in range(2, len(code)))
    squeezed = {code.replace("_", "") for code in exact}
    sizes = [n for each in lengths.values() for n in each] or [0]
    # Two words one space apart, the first a code's beginning (`fraud ulent`), in lower case;
    # the edge before the first is looked at after its second letter, so that re skips in C
    # what starts no code.
    starts = "|".join(sorted({code[:2] for code in exact})) or "(?!)"
    pairs = re.compile(rf"(?:{starts})(?<!{_CHAR}..){_CHAR}*(?:(?: |-\r?\n){_CHAR}+){{1,4}}")
    return _Index(
        forms,
        frozenset(exact),
        lengths,
        heads,
        pairs,
        frozenset(squeezed),
        frozenset(code[:at] for code in squeezed for at in range(2, len(code) + 1)),
        min(sizes),
        max(sizes),
    )


def _read_as(word: str) -> tuple[str, ...]:
    """The word as it was meant to read: look-alikes as letters, a capital I in a word not in
    capitals as an l (`stoIen`, `decIine`), spaces gone from beside underscores; with a 1 in
    it, read both with an l and with an i for it (`1ost`, `h1ghest`)."""
    if "I" in word and not word.isupper():
        word = word.replace("I", "l")
    word = word.replace(" ", "").replace("\t", "").lower().replace("-", "_")
    as_l = word.translate(_LETTERS)
    return (as_l, word.translate(_ONE_AS_I).translate(_LETTERS)) if "1" in word else (as_l,)


def _candidates(head: str, index: _Index) -> Iterator[tuple[str, int, int, bool]]:
    """Each word that may be a code, without its spaces, its span, and whether it was glued
    from pieces: each long word; each word with spaces beside an underscore; each
    pair of words one space apart whose first is a code's beginning (`fraud ulent`); each run
    of spaced letters. A glued word counts only as the code itself, never with a letter wrong:
    "lost card" is two words, not `lost_card` misspelled. Each kind is looked for only when the
    text has its mark (a cheap test first: most pastes have none)."""
    for match in re.finditer(_WORD, head):
        yield match.group(), *match.span(), False
    if "_ " in head or " _" in head or "\t_" in head or "_\t" in head:
        for match in re.finditer(_SPACED_UNDERSCORE, head):
            yield match.group().replace(" ", "").replace("\t", ""), *match.span(), False
    lowered = head.lower()
    at = 0
    while run := index.pairs.search(lowered, at):
        words = re.split(r" |-\r?\n", head[run.start() : run.end()])
        at = run.start() + len(words[0]) + 1  # the next word may begin the next run
        first = words[0]
        if lowered[run.start() : run.start() + len(first)] not in index.heads and (
            first.isalpha() or not any(form in index.heads for form in _read_as(first))
        ):
            continue
        for count in range(2, len(words) + 1):
            letters = "".join(words[:count])
            if letters.isalpha() and "I" not in letters and letters.lower() not in index.stems:
                break  # no code begins with these letters, nor with more of them
            if joinings := list(_joinings(words[:count], index)):
                end = _end_of(head, run.start(), words[:count])
                for joined in joinings:
                    yield joined, run.start(), end, True
    if re.search(r" [A-Za-z_] [A-Za-z_] |[A-Za-z]-[A-Za-z]-[A-Za-z]-", head):
        for match in re.finditer(_SPACED, head):
            joined = match.group().replace(" ", "").replace("-", "")
            yield joined, *match.span(), True


def _joinings(words: list[str], index: _Index) -> Iterator[str]:
    """The ways a run of words may have been one code, when its letters are a code's: each
    space either a break inside a word (`fraud ulent`) or the code's underscore (`stolen
    card`), with at least one break (`st olen card`, `lost ca rd`); every space an underscore
    only when a word is damaged (`st0len card`): "lost card" in plain letters is two words,
    read by the reason phrases."""
    letters = "".join(words)
    damaged = not letters.replace("_", "").isalpha()
    if not damaged and "I" not in letters:
        if letters.replace("_", "").lower() not in index.squeezed:
            return  # most runs: plain words that are no code's letters
    elif not any(form.replace("_", "") in index.squeezed for form in _read_as(letters)):
        return
    gaps = len(words) - 1
    for underscores in range(gaps + 1 if damaged else gaps):
        for at in itertools.combinations(range(gaps), underscores):
            yield words[0] + "".join(
                ("_" if gap in at else "") + word for gap, word in enumerate(words[1:])
            )


def _end_of(head: str, start: int, words: list[str]) -> int:
    """Where the run of `words` that begins at `start` ends in the text."""
    end = start
    for word in words:
        end = head.index(word, end) + len(word)
    return end


def misspelled(text: str, sensitive_codes: Iterable[str]) -> list[str]:
    """The sensitive codes the text writes with one letter wrong or damaged, each once, in
    order; not one a negation beside it denies."""
    index = _index(frozenset(sensitive_codes))
    found: dict[str, None] = {}
    head = text[:HEAD]
    if any(sign in head for sign in _UNDERSCORE_SIGNS):
        head = head.translate(_UNDERSCORES)  # the same length: spans stay the text's
    lowered = ""
    for joined, start, end, glued in _candidates(head, index):
        if not _may_be_code(joined, index):
            continue
        if text[start:end].lower().replace("-", "_") in index.exact:
            continue  # the code itself: read as written elsewhere
        code = next(
            (
                code
                for word in _read_as(joined)
                if len(word) in index.lengths.get(word[:2], ())
                and (code := _code_of(word, glued, index)) is not None
            ),
            None,
        )
        if code is None or code in found:
            continue
        lowered = lowered or head.lower()
        if not denied(lowered, start, end):  # "it was not fradulent": what it is not
            found.setdefault(code)
    return list(found)


def _may_be_code(joined: str, index: _Index) -> bool:
    """Whether a word may be a code: it starts as one does and is about as long. Most words
    of a paste are plain letters and fail the first test (spaces beside an underscore, signs
    and look-alikes are read only for those that pass)."""
    two = joined[:2]
    if two.isalpha() and "I" not in two:
        lengths = index.lengths.get(two.lower())
        if lengths is None:
            return False
        if joined.isalpha() or joined.replace("_", "").replace("-", "").isalpha():
            return len(joined) in lengths
    return index.shortest <= len(joined) <= index.longest + 4 and any(
        form in index.lengths for form in _read_as(two)
    )


def _code_of(word: str, glued: bool, index: _Index) -> str | None:
    """The sensitive code a word as meant is, or is with one letter wrong; a word glued from
    pieces must be the code itself."""
    if word in index.exact:
        return word
    if glued:
        return None
    # One letter added or changed, or two swapped: a form with one letter left out of the word
    # is the code or the code with one letter left out.
    forms = index.forms
    return next(
        (
            forms[form]
            for form in (word, *_deletes(word))
            if form in forms and abs(len(forms[form]) - len(word)) <= 1
        ),
        None,
    )
