"""The last check before a reply is copied: does it reveal a sensitive decline reason?

The word lists live in resources/guard/ (built into catalog.db): per language and per reason,
whole words and phrases (`words`), stems that also count inside a longer word (`within`, for
compounds such as "Betrugsfall"), words that only reveal in their own language
(`own_language`: French "vol" is Dutch for "full"), and phrase rules for words that are
harmless in most sentences (`contexts`: "missing" only next to a card). English lists and
every language's `words` and `within` apply to a reply in any language; `own_language` and
`contexts` apply to replies in that language (and English ones everywhere).

Before matching, the text is folded (app.replies.normalise) and read the ways a hostile edit
could hide a word: digits for letters, letters spaced or hyphenated, a word split in two,
Markdown emphasis inside a word, masked letters (`fr**d`), and words written backwards.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping

from app.records import record
from app.replies.guard_rules import MIN_HIDDEN, Rules, build_rules, unmask
from app.replies.normalise import LEET_ALTERNATIVE, Folded, Normaliser, Token, is_cjk, read, tokens

TYPE_CHECKING = False  # typing is for type checkers only: importing it costs ~2 ms a start
if TYPE_CHECKING:
    from app.catalogue.catalog import Catalog

KINDS = ("words", "within", "own_language", "contexts", "allowed")
_MARKDOWN = "*_~`^"
_MASKED = re.compile(r"[a-z]+(?:[*#\u2022]+[a-z]*)*[*#\u2022]+[a-z]+")
_FOLLOWING = re.compile(r" +([a-z]+)")
# (locale, reason, kind, phrase) rows, reason -> sentence, look-alike character -> letter
GuardLists = tuple[Iterable[tuple[str, str, str, str]], Mapping[str, str], Mapping[str, str]]


@record(frozen=True, slots=True)
class Problem:
    """A phrase of the reply that can reveal a confidential reason, with where it is."""

    phrase: str
    reason: str
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        return {"phrase": self.phrase, "reason": self.reason, "start": self.start, "end": self.end}


class Guard:
    """The revealing phrases of every shipped language, as loaded from catalog.db."""

    def __init__(
        self,
        rows: Iterable[tuple[str, str, str, str]],
        reasons: Mapping[str, str],
        confusables: Mapping[str, str],
    ) -> None:
        """`rows` are (locale, reason, kind, phrase); `reasons` gives each reason's sentence."""
        self._source: Callable[[], GuardLists] = lambda: (rows, reasons, confusables)
        self._built = False

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> Guard:
        """The catalogue's lists, read when the guard first checks a text: reading and folding
        them takes a few milliseconds, and a window's start checks nothing."""
        guard = cls((), {}, {})
        guard._source = lambda: (
            catalog.guard_rows(),
            catalog.guard_reasons(),
            catalog.confusables(),
        )
        return guard

    def _build(self) -> None:
        if self._built:
            return
        rows, reasons, confusables = self._source()
        self.normaliser = Normaliser(confusables)
        self.reasons = dict(reasons)
        self._lists: dict[str, dict[str, list[tuple[str, str]]]] = {}
        for locale, reason, kind, phrase in rows:
            lists = self._lists.setdefault(locale, {k: [] for k in KINDS})
            lists[kind].append((phrase, reason))
        allowed = {
            self.normaliser.fold_phrase(p)
            for lists in self._lists.values()
            for p, _ in lists["allowed"]
        }
        self._allowed_cjk = sorted((p for p in allowed if is_cjk(p)), key=len, reverse=True)
        self._allowed = frozenset(p for p in allowed if not is_cjk(p))
        self._allowed_starts = frozenset(p.split(" ")[0] for p in self._allowed)
        self._allowed_longest = max((p.count(" ") + 1 for p in self._allowed), default=1)
        self._rules: dict[str, Rules] = {}
        self._built = True

    @property
    def locales(self) -> tuple[str, ...]:
        self._build()
        return tuple(self._lists)

    def check(self, text: str, locale: str | None = None) -> list[Problem]:
        """Every revealing phrase in `text`, for a reply in `locale` (English when None)."""
        self._build()
        rules = self._rules_for(locale or "en")
        folded = self.normaliser.fold(text)
        found: list[tuple[int, int, str]] = []
        variants = [""] + ([_MARKDOWN] if any(c in folded.text for c in _MARKDOWN) else [])
        for drop in variants:
            self._check_tokens(tokens(folded, drop), rules, found)
        self._check_cjk(folded.text, rules, found)
        for match in _MASKED.finditer(folded.text):
            following: list[re.Match[str]] = []
            while len(following) < 3 and (
                word := _FOLLOWING.match(
                    folded.text, following[-1].end() if following else match.end()
                )
            ):
                following.append(word)
            unmasked = unmask(match.group(), [m.group(1) for m in following], rules)
            if unmasked:
                reason, extra = unmasked
                end = following[extra - 1].end() if extra else match.end()
                found.append((match.start(), end, reason))
        return self._problems(folded, found)

    def revealing_words(self, text: str, locale: str | None = None) -> list[str]:
        """The revealing phrases as written in `text`, each once."""
        return list(dict.fromkeys(p.phrase for p in self.check(text, locale)))

    def _problems(self, folded: Folded, found: list[tuple[int, int, str]]) -> list[Problem]:
        # The longest phrase wins where findings overlap ("stolen card" over "stolen").
        found = [(*folded.span(start, end), reason) for start, end, reason in found]
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, str]] = []
        for start, end, reason in found:
            if kept and start < kept[-1][1]:
                continue
            kept.append((start, end, reason))
        text = folded.original
        return [Problem(text[s:e], self.reasons.get(r, r), s, e) for s, e, r in kept]

    def _check_tokens(
        self, words: list[Token], rules: Rules, found: list[tuple[int, int, str]]
    ) -> None:
        reads = [w.read for w in words]
        for i in range(len(reads)):  # harmless phrases are set aside first, longest first
            if reads[i] in self._allowed_starts:
                for n in range(min(self._allowed_longest, len(reads) - i), 0, -1):
                    if all(reads[i : i + n]) and " ".join(reads[i : i + n]) in self._allowed:
                        reads[i : i + n] = [""] * n
                        break
        _check_phrases(words, reads, rules, found)
        _check_within(words, reads, rules, found)
        count = len(reads)
        for i in range(count):
            word = reads[i]
            if word and "1" in words[i].text and word != words[i].text:
                reason = rules.phrases.get(read(words[i].text.translate(LEET_ALTERNATIVE)))
                if reason:
                    found.append((words[i].start, words[i].end, reason))
            if "i" in word and len(word) >= MIN_HIDDEN:  # a capital I for an l: "stoIen"
                for swapped in _i_for_l(word):
                    if reason := rules.phrases.get(swapped):
                        found.append((words[i].start, words[i].end, reason))
                        break
            # A word split in pieces: "los t", "sto len", "liste noir e".
            raw = words[i].text
            if not word or read(raw) not in rules.split_prefixes:
                continue
            for j in range(i + 1, min(i + rules.longest + 2, count)):
                raw += words[j].text
                joined = read(raw)
                if not reads[j] or joined not in rules.split_prefixes:
                    break
                if joined in rules.split:
                    found.append((words[i].start, words[j].end, rules.split[joined]))
        self._check_spelled_out(words, reads, rules, found)
        if rules.contexts_by_word:
            self._check_contexts(words, reads, rules, found)

    @staticmethod
    def _check_spelled_out(
        words: list[Token], reads: list[str], rules: Rules, found: list[tuple[int, int, str]]
    ) -> None:
        """Letters written one by one: "s t o l e n", "s-t-0-l-e-n", "S.T.O.L.E.N"."""
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and len(words[j].text) == 1 and reads[j]:
                j += 1
            if j - i >= 3:
                joined = read("".join(w.text for w in words[i:j]))
                for start in range(len(joined)):  # the run may start or end with other letters
                    for end in range(len(joined), start + MIN_HIDDEN - 1, -1):
                        reason = rules.squashed.get(joined[start:end])
                        if reason:
                            found.append((words[i + start].start, words[i + end - 1].end, reason))
            i = max(j, i + 1)

    @staticmethod
    def _check_contexts(
        words: list[Token], reads: list[str], rules: Rules, found: list[tuple[int, int, str]]
    ) -> None:
        by_word = rules.contexts_by_word
        rules_here = [
            *by_word.get("", ()),
            *(rule for word in set(reads).intersection(by_word) for rule in by_word[word]),
        ]
        if not rules_here:
            return
        offsets, parts, position = [], [], 0
        for word in reads:
            offsets.append(position)
            parts.append(word or "\x00")
            position += len(parts[-1]) + 1
        joined = " ".join(parts)
        for rule, reason in rules_here:
            for match in re.finditer(rule, joined):
                first = bisect.bisect_right(offsets, match.start()) - 1
                last = bisect.bisect_right(offsets, match.end() - 1) - 1
                found.append((words[first].start, words[last].end, reason))

    def _check_cjk(self, text: str, rules: Rules, found: list[tuple[int, int, str]]) -> None:
        if not is_cjk(text):
            return
        for allowed in self._allowed_cjk:
            text = text.replace(allowed, "\x00" * len(allowed))
        # Japanese has no spaces between words: spaces or signs put between its letters hide
        # nothing ("盗 難", "盗・難"), so they are left out before looking.
        kept = [i for i, ch in enumerate(text) if ch.isalnum() or ch in "\x00\u3099\u309a"]
        compact = "".join(text[i] for i in kept)
        for phrase, reason in rules.cjk:
            position = compact.find(phrase)
            while position >= 0:
                first, last = kept[position], kept[position + len(phrase) - 1]
                found.append((first, last + 1, reason))
                position = compact.find(phrase, position + 1)

    def _rules_for(self, locale: str) -> Rules:
        rules = self._rules.get(locale)
        if rules is None:
            rules = self._rules[locale] = build_rules(
                self._lists, locale, self.normaliser.fold_phrase
            )
        return rules


def _check_phrases(
    words: list[Token], reads: list[str], rules: Rules, found: list[tuple[int, int, str]]
) -> None:
    """Whole words and phrases, as written and written backwards ("erion etsil")."""
    count = len(reads)
    phrases, backwards = rules.phrases, rules.backwards
    for i in range(count):
        if not reads[i]:
            continue
        longest = min(rules.longest, count - i) if reads[i] in rules.starts else 1
        phrase = ""
        for n in range(1, longest + 1):
            if not reads[i + n - 1]:
                break
            phrase = f"{phrase} {reads[i + n - 1]}" if phrase else reads[i]
            reason = phrases.get(phrase) or backwards.get(phrase)
            if reason:
                found.append((words[i].start, words[i + n - 1].end, reason))


def _check_within(
    words: list[Token], reads: list[str], rules: Rules, found: list[tuple[int, int, str]]
) -> None:
    """Stems inside longer words ("Betrugsfall", "antifraud"), forwards and backwards."""
    if rules.within is None:
        return
    offsets, position = [], 0
    for spelled in reads:
        offsets.append(position)
        position += len(spelled) + 1
    joined = " ".join(reads)
    for text, backwards in ((joined, False), (joined[::-1], True)):
        for match in rules.within.finditer(text):
            start = len(text) - match.end() if backwards else match.start()
            token = words[bisect.bisect_right(offsets, start) - 1]
            found.append((token.start, token.end, rules.within_reasons[match.group()]))


def _i_for_l(word: str) -> list[str]:
    """`word` read with its i's as l's, all of them and each alone ("BIacklist")."""
    where = [n for n, ch in enumerate(word) if ch == "i"][:4]
    return [word.replace("i", "l"), *(word[:n] + "l" + word[n + 1 :] for n in where)]


def check_reply(text: str, locale: str, guard: Guard) -> list[str]:
    """The revealing phrases in a reply the agent is about to copy; empty means safe to copy."""
    return guard.revealing_words(text, locale)
