"""Labels read from what their words mean: a label no list names ("Sieciowy kod odmowy",
"ネットワークの拒否コード", "nw decline code") still names the code field its concepts make up
(network + decline or code: the network decline code). The words and their concepts are
vocabulary.toml's `label_words`; field_names.toml's exact names are tried first."""

from __future__ import annotations

import re

from app.reading.keys import FieldName, field_of, fold

MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 5
# The concepts a label names, most specific first, and the field they make up.
_RULES = (
    (frozenset({"network", "advice"}), "network_advice_code"),
    (frozenset({"network", "decline"}), "network_decline_code"),
    (frozenset({"network", "code"}), "network_decline_code"),
    (frozenset({"advice"}), "advice_code"),
    (frozenset({"decline", "code"}), "decline_code"),
)
# Words of these concepts also end compounds ("Ablehnungscode", "avvisningskod").
_ENDS_COMPOUNDS = frozenset({"code"})
_LETTER_BEFORE = r"(?<![^\W\d_])"
# Scripts whose words are not set apart by spaces (kana, CJK, Hangul): such a word is found
# inside others (also app.reading.failure_words). Ranges compared by hand: as a character class,
# re builds a 64 K map of them, about 4 ms of every command's start.
_NO_SPACES = (("\u3040", "\u30ff"), ("\u3400", "\u9fff"), ("\uac00", "\ud7af"))


def no_spaces(word: str) -> bool:
    """Whether `word` has a letter of a script written without spaces between words."""
    return any(low <= char <= high for char in word for low, high in _NO_SPACES)


class FieldNames(dict[str, FieldName]):
    """Every folded field name and its field (field_names.toml), and the words labels are made
    of with the concept each names (vocabulary.toml's `label_words`)."""

    def __init__(
        self, names: dict[str, FieldName] | None = None, label_words: dict[str, str] | None = None
    ) -> None:
        super().__init__(names or {})
        self.label_words: dict[str, str] = {
            word.lower(): concept for word, concept in (label_words or {}).items()
        }
        self._pattern: re.Pattern[str] | None = None
        # Every match of the pattern (which ignores case) holds one of these as written.
        self._folded = tuple({word.casefold() for word in self.label_words})

    def concepts(self, label: str) -> set[str]:
        """The concepts the words of a short label name."""
        folded = label.casefold()
        if not any(word in folded for word in self._folded):
            return set()  # no label word in it: the pattern is not even compiled (1.5 ms)
        if self._pattern is None:
            self._pattern = _compile(self.label_words)
        return {self.label_words[m.group().lower()] for m in self._pattern.finditer(label)}


def _compile(words: dict[str, str]) -> re.Pattern[str]:
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word)
        if no_spaces(word) or (words[word] in _ENDS_COMPOUNDS and len(word) > 3):
            parts.append(escaped)
        elif len(word) <= 3:
            parts.append(rf"{_LETTER_BEFORE}{escaped}(?![^\W\d_])")
        else:
            parts.append(rf"{_LETTER_BEFORE}{escaped}")
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def label_field(label: str, names: dict[str, FieldName]) -> FieldName | None:
    """The field a label names: by one of its listed names, or else by its words' concepts."""
    found = field_of(label, names)
    if found is not None or not isinstance(names, FieldNames) or not names.label_words:
        return found
    label = label.strip()
    if len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS:
        return None
    concepts = names.concepts(label)
    for needed, field in _RULES:
        if needed <= concepts:
            return names.get(fold(field)) or FieldName(field)
    return None
