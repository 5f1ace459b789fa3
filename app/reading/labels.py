"""Labels read from what their words mean: a label no list names ("Sieciowy kod odmowy",
"ネットワークの拒否コード", "nw decline code") still names the code field its concepts make up
(network + decline or code: the network decline code). The words and their concepts are
vocabulary.toml's `label_words`; field_names.toml's exact names are tried first."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.reading.keys import FieldName, field_of, fold
from app.reading.report import CodeKinds

MAX_LABEL_CHARS = 40
MAX_LABEL_WORDS = 6  # "Código de respuesta de la red"
MAX_READ_LABELS = 20_000
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


def alternation(phrases: list[str], not_after: str = r"\w") -> str:
    """The phrases as one regex alternation, longest first; a phrase of a spaced language only
    whole (not right after a character of `not_after`, not before a letter); never matches
    when there are none."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        body = re.escape(phrase).replace(r"\ ", r"\s+")
        parts.append(body if no_spaces(phrase) else rf"(?<!{not_after}){body}(?!\w)")
    return "|".join(parts) or r"(?!)"


# A Stripe object's id (`promo_1Nx2AbCd`, `pi_3Abc...`, `sk_test_...`): a prefix, `_`, and a tail of
# letters and digits with a digit or a capital. Codes are lower-case words (`card_declined`).
# Text, compiled on first use (re's cache): a JSON paste never asks.
_OBJECT_ID = r"[a-z]{2,8}_(?:(?:test|live)_)?(?=[A-Za-z0-9]*[0-9A-Z])[A-Za-z0-9]{8,}"


def object_id(value: str) -> bool:
    """Whether a labelled value is an object's id, never a code ("No such promotion code:
    'promo_1Nx2AbCd'": the label's "code" names what was not found)."""
    return re.fullmatch(_OBJECT_ID, value.strip("'\"` ")) is not None


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
        # Each label read once: a log repeats its labels thousands of times (1 MB of "code 43"
        # took 140 s reading the same label's concepts again at every code).
        self.read: dict[str, FieldName | None] = {}
        self.heads: dict[str, set[str]] = {}  # labels_before's answers, by the text before
        self._ends: dict[str, bool] = {}
        self._name_ends: frozenset[str] | None = None

    def may_end(self, word: str) -> bool:
        """Whether a label can end with this word (of the text before a value, punctuation
        included): it names a concept, or ends a listed name."""
        known = self._ends.get(word)
        if known is None:
            if self._name_ends is None:  # a word can end a listed name only if it is an ending
                self._name_ends = frozenset(name[i:] for name in self for i in range(len(name)))
            runs = _WORD.findall(word)
            known = bool(runs) and (
                fold(runs[-1]) in self._name_ends
                or bool(self.concepts(" ".join(runs)))
                or (runs[-1][-1] in _PARTICLES and bool(self.concepts(runs[-1][:-1])))
            )
            if len(self._ends) >= MAX_HEADS:
                self._ends.clear()
            self._ends[word] = known
        return known

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
    it, 2 no letter on either side (a short word, "nw"), 3 no letter after it (a short word
    that ends compounds: Swedish "nätverkskod", Polish "kod" alone)."""
    if no_spaces(word) or (concept in _ENDS_COMPOUNDS and len(word) > 3):
        return 0
    if concept in _ENDS_COMPOUNDS:
        return 3
    return 2 if len(word) <= 3 else 1


def _is_letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal() and char != "_"


def _fits(text: str, start: int, end: int, edges: int) -> bool:
    if edges in (1, 2) and start > 0 and _is_letter(text[start - 1]):
        return False
    return not (edges >= 2 and end < len(text) and _is_letter(text[end]))


def label_field(label: str, names: dict[str, FieldName]) -> FieldName | None:
    """The field a label names: by one of its listed names, or else by its words' concepts."""
    if not isinstance(names, FieldNames):
        return field_of(label, names)
    # The memo is shared by the window's thread and the reading worker: what is returned is
    # this call's own answer, never read back from a memo the other thread may have emptied.
    try:
        return names.read[label]
    except KeyError:
        pass
    found = _label_field(label, names)
    if len(names.read) >= MAX_READ_LABELS:  # the labels of a hostile paste are unbounded
        names.read.clear()
    names.read[label] = found
    return found


def _label_field(label: str, names: FieldNames) -> FieldName | None:
    found = field_of(label, names)
    if found is not None or not names.label_words:
        return found
    label = label.strip()
    if len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS:
        return None
    concepts = names.concepts(label)
    for needed, field in _RULES:
        if needed <= concepts:
            return names.get(fold(field)) or FieldName(field)
    return None


# What may stand between a label and its value: spaces, brackets, quotes, `:`, `=`, `=>`, `->`.
_BETWEEN = " \t([]`'\":=\u2192->"
# Korean particles that follow a label ("코드가 34", "코드는 34"): the label is the word without.
_PARTICLES = "가는은이를을로의에"
_WORD = re.compile(r"[^\W\d_]+")
MAX_HEADS = 20_000


def labels_before(text: str, start: int, names: dict[str, FieldName]) -> set[str]:
    """The fields the labels ending right before `start` name ("network decline code 43":
    network_decline_code, and code for its last word; "advice code: try_again_later", "Code
    ist 43", "코드가 34")."""
    head = text[max(0, start - 60) : start].rstrip(_BETWEEN)
    # A label with its field's name or abbreviation in brackets, ASCII or full-width
    # ("network decline code (network_decline_code): 83", "code (NDC) 59").
    if head.endswith((")", "\uff09")):
        opened = max(head.rfind("("), head.rfind("\uff08"))
        if opened < 0:
            return set()
        outer = head[:opened].rstrip(_BETWEEN)
        inner = head[opened + 1 : -1].replace("_", " ").replace(".", " ")
        return _labels_of_head(outer, names) | _labels_of_head(inner, names)
    return _labels_of_head(head, names)


def _labels_of_head(head: str, names: dict[str, FieldName]) -> set[str]:
    if not head or not head[-1].isalpha():  # most candidates: a time, an amount, an id
        return set()
    if not isinstance(names, FieldNames):
        return _labels_ending(head, names)
    # A log repeats its labels, and most words before a value are no label's end: each head is
    # read once, and a head whose last words end no label costs two look-ups (1 MB of
    # "code 43" took 140 s reading every label's concepts again).
    found = names.heads.get(head)
    if found is None:
        last = head.rsplit(None, 2)[-2:]
        found = _labels_ending(head, names) if any(map(names.may_end, last)) else set()
        if len(names.heads) >= MAX_HEADS:
            names.heads.clear()
        names.heads[head] = found
    return set(found)


def _labels_ending(head: str, names: dict[str, FieldName]) -> set[str]:
    found: set[str] = set()
    words = _WORD.findall(head)[-7:]
    # The label ends right before the value, or one short word earlier ("... code is 43",
    # "... Code ist 43"): the shortest label ending there that names a field.
    ends = [words, words[:-1]] if len(words) > 1 and len(words[-1]) <= 5 else [words]
    if words and len(words[-1]) > 1 and words[-1][-1] in _PARTICLES:
        ends.append([*words[:-1], words[-1][:-1]])
    for label in ends:
        for count in range(1, len(label) + 1):
            meaning = label_field(" ".join(label[-count:]), names)
            if meaning is not None:
                found.add(meaning.field)
    return found


# A card network's code standing after a label ("network decline code 43", "código de red
# R1", "ネットワークコード41"): the label is one of field_names.toml's for the field.
# Its edge is looked at after its first character: re then skips in C what cannot start one.
_NETWORK_CODE = r"(?P<code>[0-9A-Z](?<![0-9A-Za-z].)[0-9A-Z]{1,2})(?![0-9A-Za-z])"


def _numbered_decline(
    text: str, start: int, labels: set[str], told: Callable[[str], bool] | None
) -> bool:
    """Whether a number after a label of Stripe's code is the network's response code: Stripe's
    own codes are words, so a number after "decline code" ("Ablehnungscode 05"), or after
    "code" in a sentence that `told` says tells a decline ("the bank refused it, code 05"; not
    "coupon code 43 applied"), is the issuer's."""
    if text[start - 1 : start] == "(" and text[start + 2 : start + 3] == ")":
        return False  # a length in a dump (PHP's `string(41)`), no code
    if "decline_code" in labels:
        return True
    if told is None:
        return False
    # The sentence around it, within a few lines' reach (a megabyte of "code 43" stays linear).
    stops, reach = ".!?\n\u3002", 300
    begin = max(text.rfind(stop, max(0, start - reach), start) for stop in stops) + 1
    ends = [at for stop in stops if (at := text.find(stop, start, start + reach)) >= 0]
    begin = begin or max(0, start - reach)
    return told(text[begin : min(ends, default=start + reach)])


MAX_TOLD = 20


def code_labels(text: str, start: int, names: dict[str, FieldName]) -> set[str]:
    """The fields the labels before `start` name, or {"code"} after a word for "code" alone."""
    return labels_before(text, start, names) or _code_word(text, start, names)


def _code_word(text: str, start: int, names: dict[str, FieldName]) -> set[str]:
    """{"code"} when the word right before `start` is only a word for "code" in any language
    ("codice 59", "kod 59", "コード59"): a number after it is read as after "code"."""
    if not isinstance(names, FieldNames):
        return set()
    words = _WORD.findall(text[max(0, start - 30) : start])[-2:]
    # the word itself, with a Korean particle ("코드가"), or before a short verb ("kod to")
    heads = [words[-1], words[-1][:-1]] if words else []
    if len(words) == 2 and len(words[-1]) <= 5:
        heads.append(words[0])
    return {"code"} if any(head and names.concepts(head) == {"code"} for head in heads) else set()


_CODE_LABELS = frozenset({"code", "decline_code"})


def network_code_after_label(
    text: str, known: CodeKinds, told: Callable[[str], bool] | None = None
) -> str | None:
    """The network decline code that stands right after a label naming that field (or a number
    after "code" in a sentence `told` says tells a decline): a sensitive one first (docs/labels.md:
    the confidential failure is answered first), else the first."""
    first = None
    asked = 0  # sentences read for a number after "code": a few, however long the text
    for match in re.finditer(_NETWORK_CODE, text):
        code = match.group("code")
        if "network_decline_code" not in known.get(code, ()):
            continue
        sensitive = ("network_decline_code", code) in known.sensitive
        labels = code_labels(text, match.start(), known.names)
        if "network_decline_code" not in labels:
            if not (code.isdigit() and labels and labels <= _CODE_LABELS):
                continue  # "network advice code 03" is the advice's
            if asked >= MAX_TOLD or (first and not sensitive):
                continue
            asked += 1
            if not _numbered_decline(text, match.start(), labels, told):
                continue
        if sensitive:
            return code
        first = first or code
    return first
