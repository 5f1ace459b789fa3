"""The guard's lists for one reply language, folded and indexed so a check takes well under a
millisecond (app.replies.guard explains the lists and the checks)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.records import record
from app.replies.normalise import is_cjk

MIN_HIDDEN = 4  # a word read backwards, joined or masked must be this long (not "ban"/"nab")


@record(frozen=True, slots=True)
class Rules:
    """Everything that applies to a reply in one language, folded and indexed for speed."""

    phrases: dict[str, str]  # folded phrase -> reason key
    longest: int
    within: re.Pattern[str] | None
    within_reasons: dict[str, str]
    cjk: list[tuple[str, str]]
    by_shape: dict[tuple[int, int], list[tuple[str, str]]]  # (words, length) -> phrases
    starts: frozenset[str]  # first words of phrases of several words (either way round)
    # Phrases written backwards, often with a right-to-left mark to show them the right way
    # round: "nelots" for "stolen". Short ones are left out ("nab" is a word).
    backwards: dict[str, str]
    # Context rules as pattern sources, by the word each needs: compiled when a text has that
    # word (re's own cache keeps them), as compiling all of a language's costs about 3 ms.
    contexts_by_word: dict[str, list[tuple[str, str]]]
    split_prefixes: frozenset[str]
    squashed: dict[str, str]  # phrases without their spaces, for letters spelled out one by one
    split: dict[str, str]  # the same, looked for in words split in pieces ("los t")


def build_rules(
    lists_by_locale: dict[str, dict[str, list[tuple[str, str]]]],
    locale: str,
    fold: Callable[[str], str],
) -> Rules:
    """What applies to a reply in `locale`, folded with `fold` and indexed for speed."""
    own = {locale, "en"}
    phrases: dict[str, str] = {}
    within: dict[str, str] = {}
    contexts: list[tuple[str, str]] = []
    split: dict[str, str] = {}
    for name, lists in lists_by_locale.items():
        kinds = ("words", "own_language") if name in own else ("words",)
        for kind in kinds:
            for phrase, reason in lists[kind]:
                folded = fold(phrase)
                phrases.setdefault(folded, reason)
                if name in own and len(folded) >= MIN_HIDDEN and not is_cjk(folded):
                    split.setdefault(folded.replace(" ", ""), reason)
        within.update((fold(stem), reason) for stem, reason in lists["within"])
        if name in own:
            contexts += lists["contexts"]
    cjk = [(p, r) for p, r in phrases.items() if is_cjk(p)]
    latin = {p: r for p, r in phrases.items() if not is_cjk(p)}
    stems = sorted(within, key=len, reverse=True)
    by_shape: dict[tuple[int, int], list[tuple[str, str]]] = {}
    for phrase, reason in latin.items():
        if len(phrase) >= MIN_HIDDEN:
            by_shape.setdefault((phrase.count(" ") + 1, len(phrase)), []).append((phrase, reason))
    backwards = {
        p[::-1]: r for p, r in latin.items() if len(p) >= MIN_HIDDEN and p[::-1] not in latin
    }
    gated: dict[str, list[tuple[str, str]]] = {}
    for pattern, reason in contexts:
        gated.setdefault(_needed_word(pattern), []).append(
            (rf"(?<![a-z0-9]){pattern.lower()}(?![a-z0-9])", reason)
        )
    return Rules(
        starts=frozenset(p.split(" ")[0] for p in [*latin, *backwards] if " " in p),
        backwards=backwards,
        contexts_by_word=gated,
        split_prefixes=frozenset(k[:n] for k in split for n in range(1, len(k) + 1)),
        phrases=latin,
        by_shape=by_shape,
        longest=max((p.count(" ") + 1 for p in latin), default=1),
        within=re.compile("|".join(map(re.escape, stems))) if stems else None,
        within_reasons=within,
        cjk=sorted(cjk, key=lambda item: len(item[0]), reverse=True),
        squashed={p.replace(" ", ""): r for p, r in latin.items() if len(p) >= MIN_HIDDEN},
        split=split,
    )


def _needed_word(pattern: str) -> str:
    """A word a context rule cannot match without (outside its groups), "" when none is:
    a rule is only tried on a text that has that word."""
    depth, word, words, before = 0, "", [], " "
    for ch in pattern + " ":
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if depth == 0 and ch.isalpha():
            word += ch
            continue
        if word and depth == 0 and ch == " " and before == " ":
            words.append(word)  # a whole word, not the start of "beperking(en)?"
        before, word = ch, ""
    return max((w for w in words if w.isalpha()), key=len, default="")


def unmask(masked: str, following: list[str], rules: Rules) -> tuple[str, int] | None:
    """(reason, words of `following` used) when "fr**d" or "li**e noire" can stand for a
    revealing phrase or stem."""

    def pattern(text: str) -> re.Pattern[str]:
        return re.compile("".join("[a-z]" if ch in "*#\u2022" else re.escape(ch) for ch in text))

    for extra in range(len(following) + 1):
        candidate = " ".join([masked, *following[:extra]])
        shaped = rules.by_shape.get((extra + 1, len(candidate)), ())
        if shaped:
            regex = pattern(candidate)
            for phrase, reason in shaped:
                if regex.fullmatch(phrase):
                    return reason, extra
    for stem, reason in rules.within_reasons.items():
        if len(masked) >= len(stem) and pattern(masked[: len(stem)]).fullmatch(stem):
            return reason, 0
    return None
