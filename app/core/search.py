"""Finds catalogue entries from a code, a few words, or a misspelling of either.

Three signals, combined into one score: an exact or near-exact code name; SQLite FTS5 ranking
(bm25, weighted towards code and title) over the words of the query, where each misspelled word
is first replaced by the closest word the catalogue uses (difflib); and agent synonyms such as
"cvv" for "cvc" (vocabulary.toml [search_synonyms]).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from app.core.catalog import Catalog

_WORD = re.compile(r"[0-9a-z]+")
# A word shorter than this is matched as typed: "cv" or "3d" are not worth correcting.
_MIN_FUZZY = 4
_STOP = frozenset("a an and the of to for is was my our on in at by with card payment".split())


@dataclass(frozen=True, slots=True)
class SearchHit:
    code: str
    kind: str
    title: str
    score: float

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "kind": self.kind, "title": self.title,
                "score": round(self.score, 4)}


class Searcher:
    """Holds the catalogue's word list so that each keystroke costs one FTS query."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._codes = catalog.code_kinds()
        self._words = catalog.search_words()
        self._word_list = sorted(self._words)
        self._synonyms = catalog.vocabulary("search_synonyms")

    def _terms(self, query: str) -> list[str]:
        words = _WORD.findall(query.lower())
        terms: list[str] = []
        for word in words:
            expanded = self._synonyms.get(word, word)
            for term in _WORD.findall(expanded):
                if term in self._words or len(term) < _MIN_FUZZY:
                    terms.append(term)
                    continue
                close = difflib.get_close_matches(term, self._word_list, n=2, cutoff=0.78)
                terms.extend(close or [term])
        return list(dict.fromkeys(terms))

    def search(self, query: str, limit: int = 20, kinds: tuple[str, ...] = ()) -> list[SearchHit]:
        query = query.strip()
        if not query:
            return []
        scores: dict[tuple[str, str], float] = {}
        titles: dict[tuple[str, str], str] = {}
        name = re.sub(r"[\s-]+", "_", query.lower())
        for code in self._codes:
            lowered = code.lower()
            if lowered == name:
                similarity = 1.0
            elif len(name) >= _MIN_FUZZY and lowered[:1] == name[:1] or len(name) >= 6:
                similarity = difflib.SequenceMatcher(None, name, lowered).ratio()
                if similarity < 0.8:
                    continue
            else:
                continue
            for kind in self._codes[code]:
                scores[(code, kind)] = 2.0 * similarity
        terms = [t for t in self._terms(query) if t not in _STOP] or self._terms(query)
        if terms:
            match = " OR ".join(f'"{t}"' for t in terms[:-1])
            last = f'"{terms[-1]}"*' if len(terms[-1]) >= 2 else f'"{terms[-1]}"'
            match = f"{match} OR {last}" if match else last
            rows = self.catalog.fts(match, limit=max(limit * 3, 30))
            best = max((-rank for *_, rank in rows), default=0.0) or 1.0
            for code, kind, title, rank in rows:
                key = (code, kind)
                titles[key] = title
                scores[key] = scores.get(key, 0.0) + (-rank) / best
        hits = []
        for (code, kind), score in scores.items():
            if kinds and kind not in kinds:
                continue
            title = titles.get((code, kind))
            if title is None:
                entry = self.catalog.entry(kind, code)
                title = entry.title if entry else code
            hits.append(SearchHit(code, kind, title, score))
        hits.sort(key=lambda h: (-h.score, h.kind != "decline_code", h.code))
        return hits[:limit]
