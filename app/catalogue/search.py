"""Finds catalogue entries from a code, a few words, or a misspelling of either.

Three signals, combined into one score: an exact or near-exact code name; SQLite FTS5 ranking
(bm25, weighted towards code and title) over the words of the query, where each misspelled word
is first replaced by the closest word the catalogue uses; and agent synonyms such as "cvv" for
"cvc" (vocabulary.toml [search_synonyms]). Closeness is rapidfuzz's edit-distance ratio: the
same answers as difflib, ten times faster on a large catalogue (BENCHMARKS.md).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from app.catalogue.catalog import Catalog
from app.records import record

_WORD = re.compile(r"[0-9a-z]+")
# A word shorter than this is matched as typed: "cv" or "3d" are not worth correcting.
_MIN_FUZZY = 4
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "for",
        "is",
        "was",
        "my",
        "our",
        "on",
        "in",
        "at",
        "by",
        "with",
        "card",
        "payment",
    ]
)


@record(frozen=True, slots=True)
class SearchHit:
    code: str
    kind: str
    title: str
    score: float

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "kind": self.kind,
            "title": self.title,
            "score": round(self.score, 4),
        }


class Searcher:
    """Holds the catalogue's word list so that each keystroke costs one FTS query."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._codes = catalog.code_kinds()
        self._code_names = {code.lower(): code for code in self._codes}
        self._code_list = list(self._code_names)
        self._words = catalog.search_words()
        self._word_list = sorted(self._words)
        self._synonyms = catalog.vocabulary("search_synonyms")
        self._correct = lru_cache(maxsize=4096)(self._closest_words)
        self._near_codes = lru_cache(maxsize=1024)(self._closest_codes)

    def _closest_words(self, term: str) -> tuple[str, ...]:
        found = process.extract(term, self._word_list, scorer=fuzz.ratio, score_cutoff=78, limit=2)
        return tuple(word for word, _, _ in found)

    def _closest_codes(self, name: str) -> tuple[tuple[str, float], ...]:
        found = process.extract(name, self._code_list, scorer=fuzz.ratio, score_cutoff=80, limit=6)
        return tuple((self._code_names[code], score / 100) for code, score, _ in found)

    def _is_prefix(self, term: str) -> bool:
        """Whether some catalogue word starts with `term` (the word being typed)."""
        at = bisect.bisect_left(self._word_list, term)
        return at < len(self._word_list) and self._word_list[at].startswith(term)

    def _terms(self, query: str) -> list[str]:
        words = _WORD.findall(query.lower())
        typing_last = bool(words) and not query[-1:].isspace()
        terms: list[str] = []
        for number, word in enumerate(words):
            expanded = self._synonyms.get(word, word)
            for term in _WORD.findall(expanded):
                last = typing_last and number == len(words) - 1
                if (
                    term in self._words
                    or len(term) < _MIN_FUZZY
                    or (last and self._is_prefix(term))
                ):
                    terms.append(term)
                    continue
                terms.extend(self._correct(term) or (term,))
        return list(dict.fromkeys(terms))

    def search(self, query: str, limit: int = 20, kinds: tuple[str, ...] = ()) -> list[SearchHit]:
        query = query.strip()
        if not query:
            return []
        scores: dict[tuple[str, str], float] = {}
        titles: dict[tuple[str, str], str] = {}
        name = re.sub(r"[\s-]+", "_", query.lower())
        near = (
            ((self._code_names[name], 1.0),)
            if name in self._code_names
            else (self._near_codes(name) if len(name) >= _MIN_FUZZY else ())
        )
        for code, similarity in near:
            for kind in self._codes[code]:
                scores[(code, kind)] = 2.0 * similarity
        terms = [t for t in self._terms(query) if t not in _STOP] or self._terms(query)
        if terms:
            match = " OR ".join(f'"{t}"' for t in terms[:-1])
            last = f'"{terms[-1]}"*' if len(terms[-1]) >= 3 else f'"{terms[-1]}"'
            match = f"{match} OR {last}" if match else last
            rows = self.catalog.fts(match, limit=max(limit * 2, 20))
            best = max((-rank for *_, rank in rows), default=0.0) or 1.0
            for code, kind, title, rank in rows:
                key = (code, kind)
                titles[key] = title
                scores[key] = scores.get(key, 0.0) + (-rank) / best
        hits = []
        for (code, kind), score in scores.items():
            if kinds and kind not in kinds:
                continue
            known = titles.get((code, kind))
            if known is None:
                entry = self.catalog.entry(kind, code)
                known = entry.title if entry else code
            hits.append(SearchHit(code, kind, known, score))
        hits.sort(key=lambda h: (-h.score, h.kind != "decline_code", h.code))
        return hits[:limit]
