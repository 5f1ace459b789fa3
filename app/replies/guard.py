"""The last check before a reply is copied: does it reveal a sensitive decline reason?

The lists live in resources/guard/ (built into catalog.db); resources/guard/README.md says
what each kind of list does. In short: `words` are refused anywhere, `within` also inside a
longer word ("Betrugsfall"), and a `near` rule refuses a word only when it speaks of the card,
the payment, the account or the customer ("your card was lost", not "we lost time"): the
words it needs come from named groups, and a neutral word nearer to it (time, parcel,
connection) means the sentence speaks of something else.

A check reads the text once. It is folded (app.replies.normalise: HTML, URL encoding,
invisible characters, look-alike letters, case and accents) and turned into a line of words
(digits read as letters in a word: "st0len"); one compiled pattern per set of languages then
finds every word and phrase of the lists, written whole, in pieces ("s t o l e n", "los t"),
backwards, or with an I for an l; stems are found inside words by a second pattern; slips of
whole words ("fruadulent") are looked up among the text's words; masked words ("fr**d") are
looked up in an index; base64 runs are decoded and checked as text.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from app.catalogue.catalog import Catalog
from app.records import record

if TYPE_CHECKING:  # the classifier is loaded on its first sentence
    from app.replies.guard_match import Found, Hits
    from app.replies.guard_model import GuardModel
    from app.replies.guard_rules import Rules
    from app.replies.normalise import Folded

# `known`: everyday words of the shipped replies and harmless training sentences (never a slip)
KINDS = ("words", "within", "own_language", "allowed", "group", "break", "near", "known")
_FOLLOWING = re.compile(r" {1,3}([a-z]+)")
# Text a base64 encoder could have written (a digit, sign or capital after its first letter):
# decoded and checked again (twice at most).
_BASE64 = re.compile(
    r"(?<![A-Za-z0-9+/=_-])(?=[A-Za-z0-9+/_-][A-Za-z0-9+/_-]*?[A-Z0-9+/])"
    r"[A-Za-z0-9+/_-]{6,}+={0,2}(?![A-Za-z0-9+/=_-])"
)
_MAX_DEPTH = 2
_APART = "\n.\n\n\n"  # between decoded runs: a clause's end, too wide to glue words across
# (locale, reason, kind, phrase) rows, reason -> sentence, look-alike character -> letter,
# the classifier's stored rows (name -> bytes; None: the catalogue has no model)
GuardLists = tuple[
    Iterable[tuple[str, str, str, str]],
    Mapping[str, str],
    Mapping[str, str],
    Mapping[str, bytes] | None,
]


@record(frozen=True, slots=True)
class Problem:
    """A phrase of the reply that can reveal a confidential reason, with where it is."""

    phrase: str
    reason: str
    start: int
    end: int

    def __init__(self, phrase: str, reason: str, start: int, end: int) -> None:
        # Written out: a long text full of refused words makes tens of thousands of these,
        # and the record's general __init__ (any arguments, by name) costs three times as much.
        setter = object.__setattr__
        setter(self, "phrase", phrase)
        setter(self, "reason", reason)
        setter(self, "start", start)
        setter(self, "end", end)

    def to_json(self) -> dict[str, object]:
        return {"phrase": self.phrase, "reason": self.reason, "start": self.start, "end": self.end}


class Guard:
    """The revealing phrases of every shipped language, as loaded from catalog.db."""

    def __init__(
        self,
        rows: Iterable[tuple[str, str, str, str]],
        reasons: Mapping[str, str],
        confusables: Mapping[str, str],
        model: Mapping[str, bytes] | None = None,
    ) -> None:
        """`rows` are (locale, reason, kind, phrase); `reasons` gives each reason's sentence;
        `model` the classifier's rows (app.replies.guard_model), None for the rules alone."""
        self._source: Callable[[], GuardLists] = lambda: (rows, reasons, confusables, model)
        self._built = False
        self.notice: str | None = None  # one sentence when the classifier cannot be used
        # The rules are compiled once, by whichever thread needs them first (a check off the
        # window's thread while the agent types): the lock keeps two threads from both doing it.
        self._compiling = threading.Lock()

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> Guard:
        """The catalogue's lists, read when the guard first checks a text: reading and folding
        them takes a few milliseconds, and a window's start checks nothing."""
        guard = cls((), {}, {})
        guard._source = lambda: (
            catalog.guard_rows(),
            catalog.guard_reasons(),
            catalog.confusables(),
            catalog.guard_model(),
        )
        return guard

    def _build(self) -> None:
        if self._built:
            return
        rows, reasons, confusables, model = self._source()
        # Folding and matching are imported with the first check (about 10 ms): a window's
        # first frame checks nothing, and its guard compiles on a worker after it.
        from app.replies.normalise import Normaliser

        self.normaliser = Normaliser(confusables)
        # Each language's rules fold the phrases they share (the everyday words of `known`,
        # other languages' words) again: folded once for this guard's lists.
        self._fold_phrase = functools.cache(self.normaliser.fold_phrase)
        self._model_rows = model
        self._model: GuardModel | None = None
        self.reasons = dict(reasons)
        self._lists: dict[str, dict[str, list[tuple[str, str]]]] = {}
        for locale, reason, kind, phrase in rows:
            self._lists.setdefault(locale, {k: [] for k in KINDS})[kind].append((phrase, reason))
        self._shared: Rules | None = None
        self._rules: dict[str | None, Rules] = {}
        self._masked: dict[str | None, dict] = {}  # type: ignore[type-arg]
        # Compiled rules are shared by every guard of the process with the same lists (the
        # window's, the pack editor's, the settings'): compiling takes 0.5 s to seconds.
        import hashlib  # here: a window's start checks nothing

        listed = repr((sorted(rows), sorted(confusables.items()))).encode()
        self._lists_key = hashlib.sha256(listed).hexdigest()
        self._built = True

    @property
    def locales(self) -> tuple[str, ...]:
        self._build()
        return tuple(self._lists)

    def check(self, text: str, locale: str | None = None) -> list[Problem]:
        """Every revealing phrase in `text`, for a reply in `locale` (every language's rules
        when None: a text of unknown language is read as any of them)."""
        self._build()
        return self._check(text, locale, 0)

    def revealing_words(self, text: str, locale: str | None = None) -> list[str]:
        """The revealing phrases as written in `text`, each once."""
        return list(dict.fromkeys(p.phrase for p in self.check(text, locale)))

    def _check(self, text: str, locale: str | None, depth: int) -> list[Problem]:
        from app.replies.guard_clauses import line_ends
        from app.replies.guard_frames import read_clauses, without_advice
        from app.replies.guard_match import scan, set_aside, typed_words
        from app.replies.guard_places import near_cjk, set_aside_cjk
        from app.replies.normalise import is_cjk, words_line

        shared, rules = self._shared_rules(), self._rules_for(locale)
        folded = self.normaliser.fold(text)
        line = read_line = words_line(folded.text)
        cjk = is_cjk(folded.text)
        if shared.allowed is not None:
            line = set_aside(shared.allowed, line)
        if cjk:  # the patterns of Chinese, Japanese and Korean phrases read only near them
            near = near_cjk(line, max(shared.cjk_reach, rules.cjk_reach))
            line, near = set_aside_cjk(shared.allowed_cjk, line, near)
        found: Found = []
        hits: Hits = []
        shared_typed, rules_typed = typed_words(line, shared.typed, rules.typed)
        scan(shared, shared.lexicon, line, found, hits, shared_typed)
        scan(rules, rules.context, line, found, hits, rules_typed)
        if cjk:
            scan(shared, shared.cjk, near, found, hits)
            scan(rules, rules.cjk, near, found, hits)
        if "*" in folded.text or "#" in folded.text or "\u2022" in folded.text:
            self._check_masked(folded.text, line, locale, found, hits)
        lines = line_ends(folded) if "\n" in text else []
        advice = read_clauses(line, folded.text, hits, rules, found, lines)
        model = self._classifier()
        if model is not None:
            refused = model.refused(folded.text, read_line, lines)
            _add_sentences(without_advice(refused, advice), found)
        problems = self._problems(folded, found)
        if depth < _MAX_DEPTH:
            problems += self._check_encoded(text, locale, depth)
        return _without_overlaps(problems)

    def _check_masked(
        self,
        text: str,
        line: str,
        locale: str | None,
        found: Found,
        hits: Hits,
    ) -> None:
        """Masked letters: "fr**d", "li**e noire", "Be**ugsverdacht"."""
        from app.replies.guard_match import sort_match
        from app.replies.guard_places import masked_words
        from app.replies.guard_rules import masked_index
        from app.replies.normalise import LEET

        index = self._masked.get(locale)
        for match in masked_words(text):
            if index is None:  # built the first time a text has a masked word
                forms = self._shared_rules().masked_forms + self._rules_for(locale).masked_forms
                index = self._masked[locale] = masked_index(forms)
            before = match.group()[: match.start(1) - match.start()].translate(LEET)
            by_rest = index.get((before, match.end(1) - match.start(1)))
            if by_rest is None:
                continue
            after = match.group(2).translate(LEET)
            candidates = by_rest.get((after + " ")[:2])
            if candidates is None:
                continue
            # As many words as the longest phrase these letters can begin (up to six).
            words = max(written.count(" ") for written, _, _ in candidates) + 1
            following, end = [after], [match.end()]
            while len(following) < words and (word := _FOLLOWING.match(line, end[-1])):
                following.append(word.group(1))
                end.append(word.end())
            rest = " ".join(following)
            for written, labels, stem in candidates:
                if not rest.startswith(written):
                    continue
                if not stem and len(rest) > len(written) and rest[len(written)] != " ":
                    continue
                last = end[written.count(" ")] if not stem else match.end()
                sort_match(match.start(), last, labels, found, hits)

    def _check_encoded(self, text: str, locale: str | None, depth: int) -> list[Problem]:
        """Runs of base64 that decode to text: the decoded texts are checked together as one
        reply (each apart from the next), and a run that reveals is refused as a whole."""
        runs, decoded, starts, length = [], [], [], 0
        seen: dict[str, str] = {}  # a run met again ("st0len" a thousand times) decodes once
        for match in _BASE64.finditer(text):
            run = match.group()
            plain = seen.get(run)
            if plain is None:
                plain = seen[run] = _base64_text(run)
            if plain:
                runs.append(match)
                decoded.append(plain)
                starts.append(length)
                length += len(plain) + len(_APART)
        if not runs:
            return []
        problems: dict[int, Problem] = {}
        for inside in self._check(_APART.join(decoded), locale, depth + 1):
            index = bisect.bisect_right(starts, inside.start) - 1
            found = runs[index]
            problems.setdefault(
                index, Problem(found.group(), inside.reason, found.start(), found.end())
            )
        return list(problems.values())

    def _problems(self, folded: Folded, found: Found) -> list[Problem]:
        # Overlaps are settled before pointing into the original: a text full of refused
        # words makes one Problem per phrase kept, not per finding.
        found.sort(key=lambda f: (f[0], -f[1]))
        text, problems, last = folded.original, [], -1
        for start, end, reason in found:
            if start < last:
                continue
            last = end
            first, after = folded.span(start, end)
            sentence = self.reasons.get(reason, reason)
            problems.append(Problem(text[first:after], sentence, first, after))
        return problems

    @property
    def compiled(self) -> bool:
        """Whether the rules every check needs are compiled (a check need not wait for them)."""
        return self._built and self._shared is not None

    def load(self) -> None:
        """Reads the word lists from the catalogue (on the thread that owns its connection);
        compiling them waits for the first check, which may run on another thread."""
        self._build()

    def _classifier(self) -> GuardModel | None:
        """The classifier, decoded on first use; None (with a notice) when it cannot be read."""
        if self._model is None and self._model_rows is not None:
            with self._compiling:
                if self._model is None and self._model_rows is not None:
                    from app.replies.guard_model import GuardModel

                    try:
                        self._model = GuardModel.from_rows(dict(self._model_rows))
                    except (KeyError, TypeError, ValueError, zlib.error) as error:
                        why = "it is missing" if not self._model_rows else f"{error}"
                        self.notice = (
                            f"The guard's classifier cannot be used ({why}); replies are "
                            "checked with its word lists only. Reinstall Decline Desk."
                        )
                    self._model_rows = None
        return self._model

    def _shared_rules(self) -> Rules:
        from app.replies.guard_rules import build_shared

        if self._shared is None:
            with _COMPILED_LOCK:
                if self._shared is None:
                    self._shared = _compiled(
                        (self._lists_key, "shared"),
                        lambda: build_shared(self._lists, self._fold_phrase),
                    )
        return self._shared

    def _rules_for(self, locale: str | None) -> Rules:
        from app.replies.guard_rules import build_rules

        rules = self._rules.get(locale)
        if rules is None:
            with _COMPILED_LOCK:
                rules = self._rules.get(locale)
                if rules is None:
                    rules = self._rules[locale] = _compiled(
                        (self._lists_key, locale),
                        lambda: build_rules(self._lists, locale, self._fold_phrase),
                    )
        return rules


# Rules compiled in this process, by the lists they were compiled from (a few lists at most).
_COMPILED: dict[tuple[str, str | None], Rules] = {}
_COMPILED_LOCK = threading.Lock()
_COMPILED_MAX = 64


def _compiled(key: tuple[str, str | None], build: Callable[[], Rules]) -> Rules:
    """The rules compiled for `key`, compiled now if no guard of the process has them."""
    found = _COMPILED.get(key)
    if found is None:
        if len(_COMPILED) >= _COMPILED_MAX:
            _COMPILED.clear()
        found = _COMPILED[key] = build()
    return found


def _add_sentences(refused: Iterable[tuple[int, int, str]], found: Found) -> None:
    """The classifier's sentences, each where the rules found nothing: the rules' phrase
    points more closely at what to change."""
    if not found:
        found.extend(refused)
        return
    spans = sorted((start, end) for start, end, _ in found)
    starts, furthest, reach = [start for start, _ in spans], [], -1
    for _, end in spans:
        reach = max(reach, end)
        furthest.append(reach)  # the furthest end of the findings up to this one
    for start, end, reason in list(refused):
        index = bisect.bisect_left(starts, end) - 1
        if index < 0 or furthest[index] <= start:
            found.append((start, end, reason))


def _without_overlaps(problems: list[Problem]) -> list[Problem]:
    """The longest phrase wins where findings overlap ("stolen card" over "stolen")."""
    problems.sort(key=lambda p: (p.start, -(p.end - p.start)))
    kept: list[Problem] = []
    for problem in problems:
        if kept and problem.start < kept[-1].end:
            continue
        kept.append(problem)
    return kept


def _base64_text(run: str) -> str:
    """The text a base64 run stands for, "" when it is not text."""
    import base64
    import binascii

    body = run.rstrip("=")
    if len(body) % 4 == 1:
        return ""
    try:
        raw = base64.b64decode(
            body + "=" * (-len(body) % 4),
            altchars=b"-_" if ("-" in body or "_" in body) else None,
            validate=True,
        )
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return ""
    letters = sum(ch.isalpha() for ch in decoded)
    if not decoded.isprintable() or letters < 3 or letters < len(decoded) / 2:
        return ""
    return decoded


def check_reply(text: str, locale: str, guard: Guard) -> list[str]:
    """The revealing phrases in a reply the agent is about to copy; empty means safe to copy."""
    return guard.revealing_words(text, locale)
