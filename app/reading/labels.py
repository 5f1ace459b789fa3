"""Labels read from what their words mean: a label no list names ("Sieciowy kod odmowy",
"ネットワークの拒否コード", "nw decline code") still names the code field its concepts make up
(network + decline or code: the network decline code). The words and their concepts are
vocabulary.toml's `label_words`; field_names.toml's exact names are tried first."""

from __future__ import annotations

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
        # Longest first, as an alternation of them would try them, each with its edges.
        self._words = tuple(
            (word, _edges(word, concept))
            for word, concept in sorted(self.label_words.items(), key=lambda w: -len(w[0]))
        )

    def concepts(self, label: str) -> set[str]:
        """The concepts the words of a short label name, read left to right: at each place the
        longest word that fits its edges, then on after it (no word inside a longer one)."""
        text = label.lower()
        # A label is short and holds few of the 72 words: found with `in`, not a pattern
        # (compiling one cost about 1.5 ms of a command's start).
        starts: dict[int, str] = {}
        for word, edges in self._words:
            at = text.find(word)
            while at >= 0:
                if at not in starts and _fits(text, at, at + len(word), edges):
                    starts[at] = word
                at = text.find(word, at + 1)
        found: set[str] = set()
        end = 0
        for at in sorted(starts):
            if at >= end:
                found.add(self.label_words[starts[at]])
                end = at + len(starts[at])
        return found


def _edges(word: str, concept: str) -> int:
    """Which edges a label word needs: 0 none (found inside other words), 1 no letter before
    it, 2 no letter on either side (a short word, "nw", "kod")."""
    if no_spaces(word) or (concept in _ENDS_COMPOUNDS and len(word) > 3):
        return 0
    return 2 if len(word) <= 3 else 1


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal() and char != "_"


def _fits(text: str, start: int, end: int, edges: int) -> bool:
    if edges and start > 0 and _is_letter(text[start - 1]):
        return False
    return not (edges == 2 and end < len(text) and _is_letter(text[end]))


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
