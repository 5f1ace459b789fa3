"""The last check before a reply is copied: does it reveal a sensitive decline reason?

Each shipped language lists its revealing words ("stolen", "Betrug", "盗難", ...) and the
harmless phrases that contain one ("security code"). An edited reply is checked against the
words of every language, since agents mix languages; the shipped replies are built to pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache


def _fold(text: str) -> str:
    """Case- and width-insensitive form, so "STOLEN" and "ｓｔｏｌｅｎ" match "stolen"."""
    return unicodedata.normalize("NFKC", text).casefold()


def _is_cjk(phrase: str) -> bool:
    # Japanese has no spaces between words: its phrases are matched anywhere in the text.
    return any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in phrase)


@lru_cache(maxsize=4096)
def _pattern(phrase: str) -> re.Pattern[str]:
    escaped = r"\s+".join(re.escape(part) for part in phrase.split())
    if _is_cjk(phrase):
        return re.compile(escaped)
    return re.compile(rf"(?<![\w-]){escaped}(?![\w])")


class Guard:
    """Revealing words and allowed phrases per locale (as loaded from catalog.db)."""

    def __init__(self, phrases: Mapping[str, tuple[Sequence[str], Sequence[str]]]) -> None:
        self._revealing = {locale: tuple(dict.fromkeys(_fold(w) for w in words))
                           for locale, (words, _) in phrases.items()}
        allowed = {_fold(p) for _, (_, phrases_ok) in phrases.items() for p in phrases_ok}
        # Longest first, so "stripe radar" is not half-removed by a shorter allowed phrase.
        self._allowed = tuple(sorted(allowed, key=len, reverse=True))

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._revealing)

    def revealing_words(self, text: str, locale: str | None = None,
                        locales: Iterable[str] | None = None) -> list[str]:
        """The revealing words found in `text`, checked against every language by default."""
        folded = _fold(text)
        for phrase in self._allowed:
            folded = _pattern(phrase).sub(" ", folded) if not _is_cjk(phrase) else \
                folded.replace(phrase, " ")
        wanted = list(locales) if locales is not None else list(self._revealing)
        if locale is not None and locale in wanted:  # the reply's own language first
            wanted.remove(locale)
            wanted.insert(0, locale)
        found: list[str] = []
        for name in wanted:
            for word in self._revealing.get(name, ()):
                if word not in found and _pattern(word).search(folded):
                    found.append(word)
        return found


def check_reply(text: str, locale: str, guard: Guard) -> list[str]:
    """The revealing words in a reply the agent is about to copy; empty means safe to copy."""
    return guard.revealing_words(text, locale)
