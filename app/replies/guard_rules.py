"""The guard's lists for a set of reply languages, compiled into a few patterns, so that a
check reads the text once whatever its length (app.replies.guard explains the lists)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable

from app.records import record
from app.replies.guard_trie import GAP, first_letters, trie
from app.replies.normalise import WORD_CHARS, is_cjk

MIN_HIDDEN = 4  # a word read split, joined or masked must be this long (not "ban"/"nab")
MIN_BACKWARDS = 5  # a refused word read backwards ("macs" is a word, "duarf" is not)
_LONGEST_MASK = 6
# A reason word typed in a chat with one slip ("skradzona", "gestolen", "fruad", "bloccked"):
# a word this long is also read with one letter dropped, doubled or swapped with the next,
# past its first two letters (a slip there is rare, and it makes other words: "solen").
MIN_TYPO = 6
MIN_TYPO_STEM = 8  # a stem found inside other words needs more letters to stay its own
_TYPO_KEEP = 2
# A slip that is a word of these letters is looked up among the text's words (Rules.typed).
_TYPED = re.compile("[a-z]+")
_BEFORE_MASK = 8

# What a form of the lexicon is: ("strong", reason) refused anywhere; ("anchor", rule index)
# refused near the words its rule names; ("group", name) a word such rules look for;
# ("break", "") a word that ends a clause ("but"; ("break", locale) only in a text of that
# language, when the reply's locale is not known); ("language", locale) a word of a language's
# groups, to tell which language such a text is written in.
Label = tuple[str, str]
Lists = dict[str, dict[str, list[tuple[str, str]]]]  # locale -> kind -> [(phrase, reason)]


@record(frozen=True, slots=True)
class NearRule:
    """A word that reveals only near other words: `needs` holds, for each word it needs, the
    groups that word may come from; a neutral word nearer than that one ("lost time") means
    the sentence speaks of something else. `neutral` says how neutral words count: "nearer"
    (the default), "any" (any in the window: a rule that needs nothing then refuses the
    word unless one is there), "none" ("we no longer accept orders from you") or the name
    of a group of everyday senses ("everyday": the risk of missing the sale, a calendar
    slot blocked, a parcel held at customs), whose words alone clear it, as "any" does.
    `negation`: a word of the group `negation` at most this many words before the word clears
    it ("your account is not blocked"); 0 when a negation says nothing of it."""

    reason: str
    needs: tuple[frozenset[str], ...]
    window: int
    neutral: str
    negation: int = 0


@record(frozen=True, slots=True)
class Rules:
    """Everything that applies to a reply in one language (or all), compiled for one pass."""

    lexicon: re.Pattern[str]  # the words refused anywhere, in Latin letters
    context: re.Pattern[str]  # the words `near` rules look at: found apart, so neither hides
    cjk: re.Pattern[str]  # both kinds in Japanese script: looked for only in such a text
    labels: dict[str, tuple[Label, ...]]  # form without spaces -> what it is
    within_reasons: dict[str, str]  # stems also found inside a longer word (end: an empty group)
    spaced: frozenset[str]  # phrases of several words, as written: not pieces glued together
    allowed: re.Pattern[str] | None  # harmless phrases, set aside first (an edged pattern)
    allowed_cjk: re.Pattern[str] | None  # the same in Japanese script: only in such a text
    near: list[NearRule]
    masked_forms: list[tuple[str, tuple[Label, ...], bool]]  # (phrase, labels, is a stem)
    # Slips of whole words ("fruadulent"), found as words of the text by looking them up, not by
    # `lexicon` or `context` (whichever holds this set's words): most of the forms, which would
    # take most of the time to compile (app.replies.guard_match.typed_words).
    typed: frozenset[str] = frozenset()
    # How far from a Chinese, Japanese or Korean letter a character of a match of `cjk` (or
    # `allowed_cjk`) can stand: those patterns need only read the line that near such letters.
    cjk_reach: int = 0


def build_shared(lists: Lists, fold: Callable[[str], str]) -> Rules:
    """What applies to replies in every language: every language's `words`, `within` and
    `allowed` (compiled once, whichever languages a session checks)."""
    collect = _Collector(fold, _known(lists, fold))
    within: dict[str, str] = {}
    allowed: list[str] = []
    for kinds in lists.values():
        for phrase, reason in kinds.get("words", ()):
            collect.add(phrase, ("strong", reason), True)
        for stem, reason in kinds.get("within", ()):
            within[form_key(fold(stem))] = reason
            collect.masked.append((fold(stem), (("strong", reason),), True))
        allowed += [fold(phrase) for phrase, _ in kinds.get("allowed", ())]
    listed = dict(within)
    for stem, reason in listed.items():
        if len(stem) >= MIN_BACKWARDS:
            within.setdefault(stem[::-1], reason)
    for stem, reason in listed.items():
        if len(stem) >= MIN_TYPO_STEM and stem.isalpha() and not is_cjk(stem):
            for slip in typos(stem) - collect.known - within.keys():
                within[slip] = reason
                collect.slip_keys.add(slip)
    rules = collect.rules([], within)
    allowed_cjk = [p.replace(" ", "") for p in allowed if p and is_cjk(p)]
    return Rules(
        lexicon=rules.lexicon,
        spaced=rules.spaced,
        context=rules.context,
        cjk=rules.cjk,
        labels=rules.labels,
        within_reasons=within,
        allowed=_edged_pattern((p for p in allowed if p and not is_cjk(p)), hidden=False),
        allowed_cjk=_cjk_pattern(allowed_cjk),
        near=[],
        masked_forms=collect.masked,
        typed=rules.typed,
        cjk_reach=max(rules.cjk_reach, cjk_reach(allowed_cjk)),
    )


def build_rules(lists: Lists, locale: str | None, fold: Callable[[str], str]) -> Rules:
    """What applies to a reply in `locale` besides the shared rules: the `own_language`
    words, groups, breaks and `near` rules of its language and English (of every language
    when None)."""
    collect = _Collector(fold, _known(lists, fold))
    near: list[NearRule] = []
    for name, kinds in lists.items():
        if locale is not None and name not in (locale, "en"):
            _add_everyday(kinds, collect, near)
            continue
        for phrase, reason in kinds.get("own_language", ()):
            collect.add(phrase, ("strong", reason), True)
        for phrase, group in kinds.get("group", ()):
            collect.add(phrase, ("group", group), False)
            collect.add(phrase, ("language", name), False)  # which language a text is in
        for phrase, _ in kinds.get("break", ()):
            # A break word of another language than the reply's (English, or any with no
            # locale) ends a clause only in a text written in it: Portuguese "mais" (more) is
            # no French "mais" (but), German "so" no English "so".
            collect.add(phrase, ("break", "" if name == locale else name), False)
        for spec, reason in kinds.get("near", ()):
            rule = json.loads(spec)
            index = str(len(near))
            near.append(
                NearRule(
                    reason,
                    tuple(frozenset(need.split("|")) for need in rule["near"]),
                    int(rule["window"]),
                    str(rule.get("neutral", "nearer")),
                    int(rule.get("negation", 0)),
                )
            )
            for phrase in rule["words"]:
                collect.add(phrase, ("anchor", index), True)
    return collect.rules(near)


def _known(lists: Lists, fold: Callable[[str], str]) -> frozenset[str]:
    known = (  # one row of words separated by spaces (build/guard.py)
        word
        for kinds in lists.values()
        for row, _ in kinds.get("known", ())
        for word in row.split()
    )
    return frozenset(form_key(fold(word)) for word in known)


def _add_everyday(
    kinds: dict[str, list[tuple[str, str]]], collect: _Collector, near: list[NearRule]
) -> None:
    """Another language's words that are refused anywhere unless an everyday sense shows
    (a rule that needs nothing and names a group of everyday words): they apply to every
    reply, as `words` do, with the words of that group (Chinese 风险 in an English reply)."""
    named: set[str] = set()
    for spec, reason in kinds.get("near", ()):
        rule = json.loads(spec)
        cleared_by = str(rule.get("neutral", "nearer"))
        # A word of `own_language` moved to such a rule stays in its language (French "vol"
        # is Dutch "full", Swedish "rån" English "ran")
        if rule["near"] or cleared_by in ("nearer", "any", "none") or rule.get("own_language"):
            continue
        named.add(cleared_by)
        index = str(len(near))
        near.append(NearRule(reason, (), int(rule["window"]), cleared_by))
        for phrase in rule["words"]:
            collect.add(phrase, ("anchor", index), True)
    for phrase, group in kinds.get("group", ()):
        if group in named:
            collect.add(phrase, ("group", group), False)


class _Collector:
    """Forms of the lists, folded, with their masked and backwards readings."""

    def __init__(self, fold: Callable[[str], str], known: frozenset[str]) -> None:
        self.fold = fold
        self.known = known  # everyday words: never read as a slip
        self.forms: dict[str, list[Label]] = {}
        self.masked: list[tuple[str, tuple[Label, ...], bool]] = []
        self.backwards: list[tuple[str, Label]] = []
        self.slips: list[tuple[str, Label]] = []
        self.slip_keys: set[str] = set()  # matched as typed only, never glued from pieces
        self.spaced: set[str] = set()

    def add(self, phrase: str, label: Label, variants: bool) -> None:
        folded = self.fold(phrase)
        if not folded:
            return
        key = form_key(folded)
        self.forms.setdefault(key, []).append(label)
        if " " in folded:
            self.spaced.add(folded)
        if not variants or is_cjk(key) or len(key) < MIN_HIDDEN:
            return
        self.masked.append((folded, (label,), False))
        if len(key) >= (MIN_BACKWARDS if label[0] == "strong" else MIN_HIDDEN):
            self.backwards.append((key[::-1], label))
        if len(key) >= MIN_TYPO and folded.isalpha() and label[0] in ("strong", "anchor"):
            # slips of the word as written, then keyed: "zwędził" less its i is "zwedzl", though
            # its key "zwedzll" ends in a doubled letter
            self.slips += [(form_key(slip), label) for slip in typos(folded)]

    def rules(self, near: list[NearRule], stems: Iterable[str] = ()) -> Rules:
        """The forms compiled; `stems` (found inside words) join the shared words' pattern."""
        forms = self.forms
        for key, label in self.backwards:
            if key not in forms:
                forms[key] = [label]
        written = set(forms)  # a slip that is itself a listed form keeps that form's meaning
        for key, label in self.slips:
            if key not in written and key not in self.known:
                forms.setdefault(key, []).append(label)
                self.slip_keys.add(key)
        slips = frozenset(self.slip_keys)
        typed = frozenset(f for f in forms if f in slips and _TYPED.fullmatch(f))
        in_cjk = {f for f in forms if is_cjk(f)}
        latin = [f for f in forms if f not in in_cjk and f not in typed]
        return Rules(
            # the shared words on their own; a language's own words with its context words
            lexicon=_lexicon_pattern((f for f in latin if not near), stems, slips),
            context=_edged_pattern((f for f in latin if near), True, slips),
            cjk=_cjk_pattern(f for f in forms if f in in_cjk),
            labels={key: tuple(dict.fromkeys(labels)) for key, labels in forms.items()},
            within_reasons={},
            spaced=frozenset(self.spaced),
            allowed=None,
            allowed_cjk=None,
            near=near,
            masked_forms=self.masked,
            typed=typed,
            cjk_reach=cjk_reach(in_cjk),
        )


def typos(word: str) -> set[str]:
    """`word` with one slip of a typing hand after its first letters: a letter dropped (not
    at its end: "rubano" less its o is French "ruban", "conservée" less an e "conserve"),
    doubled or swapped with the next one (accents are folded away before, as in a chat)."""
    keep = _TYPO_KEEP
    last = len(word) - 1 - (word[-1] == word[-2])  # "conservee" less an e is another form
    slips = {word[:i] + word[i + 1 :] for i in range(keep, last)}
    slips |= {word[: i + 1] + word[i:] for i in range(keep, len(word))}
    slips |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(keep, len(word) - 1)}
    slips.discard(word)
    return slips


def form_key(written: str) -> str:
    """How a form is looked up: without spaces, and with i and l alike, since a capital I is
    written for an l ("stoIen") and a 1 is read as either ("suspic1ous")."""
    return written.replace(" ", "").replace("i", "l")


def _lexicon_pattern(
    chosen: Iterable[str], stems: Iterable[str] = (), slips: frozenset[str] = frozenset()
) -> re.Pattern[str]:
    """Whole words (with word edges) and stems found anywhere (those end in an empty group:
    a match with a `lastindex` is a stem): one pass over the text finds both."""
    latin = list(chosen)
    loose = [f for f in latin if len(f) >= MIN_HIDDEN and f not in slips]
    exact = [f for f in latin if len(f) < MIN_HIDDEN or f in slips]  # a slip: as typed, whole
    stems = list(stems)
    # Grouped by first letter, so that each place tries the branches of its letter only: the
    # whole words first (loose, then exact), then the stems.
    by_letter: dict[str, list[str]] = {}
    for first, rest in first_letters(loose, GAP) + first_letters(exact, ""):
        by_letter.setdefault(first, []).append(f"(?<![{WORD_CHARS}].){rest}(?![{WORD_CHARS}])")
    for first, rest in first_letters([s for s in stems if s not in slips], GAP):
        by_letter.setdefault(first, []).append(rest + "()")
    for first, rest in first_letters([s for s in stems if s in slips], ""):
        by_letter.setdefault(first, []).append(rest + "()")
    parts = [
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in by_letter.items()
    ]
    return re.compile("|".join(parts) or "(?!)")


def _edged_pattern(
    chosen: Iterable[str], hidden: bool = True, slips: frozenset[str] = frozenset()
) -> re.Pattern[str]:
    """Whole words only, each found in the group `w`, after the character before it (the
    text is read with a space put first; app.replies.guard_match.words): every match then
    starts with a character that is no letter, and the engine skips the letters of a text
    in C instead of trying the words at each (five to ten times faster). With `hidden`, a
    long word is also found written in pieces ("s t o l e n"); allowed phrases are not."""
    latin = list(chosen)
    loose = [f for f in latin if hidden and len(f) >= MIN_HIDDEN and f not in slips]
    exact = [f for f in latin if not hidden or len(f) < MIN_HIDDEN or f in slips]
    branches = [first + rest for first, rest in first_letters(loose, GAP)]
    branches += [first + rest for first, rest in first_letters(exact, "")]
    if not branches:
        return re.compile("(?!)")
    return re.compile(f"[^{WORD_CHARS}](?P<w>{'|'.join(branches)})(?![{WORD_CHARS}])")


def _cjk_pattern(chosen: Iterable[str]) -> re.Pattern[str]:
    """Phrases in Han characters, kana or Hangul, found anywhere (no spaces mark words)."""
    return re.compile(trie(chosen, GAP) or "(?!)")


def cjk_reach(forms: Iterable[str]) -> int:
    """How far a character of a match of `_cjk_pattern(forms)` can stand from the nearest
    Chinese, Japanese or Korean letter of that match (every such form has one): a letter of
    the form is at most four characters further than the one before it (itself and a gap of
    up to three spaces; a space of the form is one to three)."""
    reach, letters = 0, dict[str, bool]()  # each character asked once
    for form in forms:
        where = [
            i for i, ch in enumerate(form) if letters.get(ch) or letters.setdefault(ch, is_cjk(ch))
        ]
        if len(where) < len(form):  # a form with other characters ("qrコード")
            for i in range(len(form)):
                reach = max(reach, min(abs(i - at) for at in where))
    return 4 * reach + 4


def masked_index(
    forms: list[tuple[str, tuple[Label, ...], bool]],
) -> dict[tuple[str, int], dict[str, list[tuple[str, tuple[Label, ...], bool]]]]:
    """Every way a phrase can be written with a few of its letters masked ("fr**d"): by the
    letters before the mask and the mask's length, then by the two characters after it."""
    index: dict[tuple[str, int], dict[str, list[tuple[str, tuple[Label, ...], bool]]]] = {}
    for phrase, labels, stem in forms:
        first_space = phrase.find(" ")
        limit = len(phrase) if first_space < 0 else first_space
        for start in range(1, min(_BEFORE_MASK, limit - 1) + 1):
            for end in range(start + 1, min(start + _LONGEST_MASK, limit - 1) + 1):
                rest = phrase[end:]
                by_rest = index.setdefault((phrase[:start], end - start), {})
                by_rest.setdefault((rest + " ")[:2], []).append((rest, labels, stem))
    return index
