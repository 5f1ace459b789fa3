"""How a catalogue code stands written in a paste: as a token in any style (`stolen_card`,
`STOLEN_CARD`, `stolenCard`, `stolen-card`), cut by a line break, glued to a web page's words;
and many codes written as words, as one pattern. What enters: a token or a list of phrases;
what leaves: the forms to look up in the catalogue, or a pattern (used by reading.sweep)."""

from __future__ import annotations

import re

from app import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# A token that can be a code: words joined by `_` or `-`, or camelCase (`stolenCard`).
# Each word is tried once, from its start, without backtracking (`\b`, possessive `*+`).
# A token starts after anything but a letter or digit of Latin script: Japanese, Korean or
# Chinese glued to it ("expired_cardではなくstolen_card") end a word too.
# The pattern starts with its first letter (the letter's edge is looked at behind it), so
# that re skips in C whatever cannot start a token: a megabyte's log took half as long.
_CODE_TOKEN = (
    r"[A-Za-z](?<![A-Za-z0-9_].)(?:[A-Za-z0-9]*+(?:[_\-]\n?[A-Za-z0-9]++)++"
    r"|(?<=[a-z])[a-z0-9]*+(?:[A-Z][a-z0-9]*+)++"
    # PascalCase of two words or more in prose, as a person names an SDK's class or a .NET
    # enum (`CardError`, `StolenCard`): "a CardError is returned" names the card_error type.
    # Not a name in code (`stripe.error.CardError`, `Stripe::CardError`): a snippet handling
    # an error tells no failure.
    r"|(?<=[A-Z])(?<![.:\\].)[a-z0-9]++(?:[A-Z][a-z0-9]++)++)"
)
# Led by the character before the token, one that ends a word, and searched in the text with a
# space in front: re finds such a character in C, where a pattern that starts with a letter is
# tried at every letter (36 to 21 ms on a megabyte's log).
_EDGED_TOKEN = rf"[^A-Za-z0-9_](?P<token>{_CODE_TOKEN})"
_WRAPPED_REST = r"([_\-]?)\n([A-Za-z0-9_]+)"
_WRAPPED_START = r"([A-Za-z0-9_]+)([_\-]?)\n$"
_CAMEL = r"(?<=[a-z0-9])(?=[A-Z])"
SEPARATOR = r"[ \-]+"
_END = ""  # marks the end of a phrase in the trie


def trie_pattern(phrases: list[list[str]]) -> str:
    """One pattern for many phrases, branching word by word (`card[ -]+(?:declined|not...)`),
    so that matching costs the same however many phrases there are."""
    tree: dict[str, Any] = {}
    for words in phrases:
        node = tree
        for word in words:
            node = node.setdefault(word, {})
        node[_END] = {}

    def alternative(word: str, child: dict[str, Any]) -> str:
        if child.keys() - {_END}:
            tail = SEPARATOR + branch(child)
            return re.escape(word) + (f"(?:{tail})?" if _END in child else tail)
        return re.escape(word)

    def branch(node: dict[str, Any]) -> str:
        words = sorted(word for word in node if word != _END)
        return "(?:" + "|".join(alternative(word, node[word]) for word in words) + ")"

    # Bounded by anything but a letter or digit of Latin script: Japanese, Korean or Chinese
    # glued to a code written as words end it too ("fraudulent임", "不是stolen card"). The
    # edge before is looked at after each first letter: a pattern that starts with letters
    # lets re skip in C whatever starts no phrase.
    firsts: dict[str, list[str]] = {}
    for word in sorted(word for word in tree if word != _END):
        firsts.setdefault(word[0], []).append(
            alternative(word, tree[word])[len(re.escape(word[0])) :]
        )
    starts = [
        re.escape(first) + r"(?<![A-Za-z0-9_].)(?:" + "|".join(rests) + ")"
        for first, rests in firsts.items()
    ]
    return "(?:" + "|".join(starts) + r")(?![A-Za-z0-9_])"


def after_an_edge(phrases: str) -> str:
    """A trie's pattern led by the character before a phrase, one that ends a word, to search
    in the text with a space in front (the phrase is the group `phrase`): re finds such a
    character in C, where a pattern that starts with letters is tried at every letter (30 to
    15 ms on a megabyte's log)."""
    return rf"[^A-Za-z0-9_](?P<phrase>{phrases})"


def forms(token: str) -> tuple[str, ...]:
    token = token.replace("\n", "")  # `resource_` + line end + `missing`
    lower = token.lower().replace("-", "_")
    if token.islower() or token.isupper() or "_" in token:
        return (lower,)
    return lower, re.sub(_CAMEL, "_", token).lower()  # camelCase: `stolenCard`


# A web page copied as text loses the breaks between its blocks: a code glued to the next
# heading ("card_velocity_exceededThe card has...") or to the word before ("Uncommoncard_...").
_GLUED_AFTER = r"(?<=[a-z0-9])[A-Z][a-z]*$"


def unglued(token: str, codes: frozenset[str]) -> tuple[str, ...]:
    """The code inside a token with words glued to it, or nothing."""
    bare = re.sub(_GLUED_AFTER, "", token)
    first = bare.split("_", 1)[0]
    for start in range(len(first)):
        if (candidate := bare[start:].lower()) in codes:
            return (candidate,)
    return ()


def written_codes(
    text: str, codes: frozenset[str], error_types: frozenset[str], most: int
) -> tuple[dict[str, None], str | None]:
    """The codes of `codes` the text writes as tokens, in order (at most `most`), and the first
    error type it writes."""
    written: dict[str, None] = {}
    error_type = None
    # A log names the same fields on every line (`request_id`, `X-Request-Id`): what a token
    # not cut by a line end stands for is worked out once (code, error type; None for none).
    meanings: dict[str, tuple[str | None, str | None]] = {}
    for match in re.finditer(_EDGED_TOKEN, " " + text):
        token, (start, end) = match.group("token"), match.span("token")
        start, end = start - 1, end - 1  # where it stands in the text, without the space
        if "\n" in text[end : end + 2] or text[start - 1 : start] == "\n":
            code, kind = _meaning(_rejoined(text, token, start, end, codes), codes, error_types)
        else:
            known = meanings.get(token)
            if known is None:
                known = meanings[token] = _meaning(token, codes, error_types)
            code, kind = known
        if code is not None:
            written.setdefault(code)
        if error_type is None:
            error_type = kind
        if len(written) >= most:
            break
    return written, error_type


def _rejoined(text: str, token: str, start: int, end: int, codes: frozenset[str]) -> str:
    """The token with what a line end cut from it, when that makes a code."""
    if "\n" in text[end : end + 2] and (rest := re.match(_WRAPPED_REST, text[end : end + 60])):
        joined = token + rest.group(1) + rest.group(2)  # wrapped mid-word
        if any(form in codes for form in forms(joined)):
            token = joined
    if text[start - 1 : start] == "\n" and (
        before := re.search(_WRAPPED_START, text[max(0, start - 60) : start])
    ):
        joined = before.group(1) + before.group(2) + token  # wrapped just before it
        if any(form in codes for form in forms(joined)):
            token = joined
    return token


def _meaning(
    token: str, codes: frozenset[str], error_types: frozenset[str]
) -> tuple[str | None, str | None]:
    """The code a token writes, and the error type it writes before that (each None when
    it writes none)."""
    found = forms(token)
    if "_" in token and not any(form in codes for form in found):
        found += unglued(token, codes)
    error_type = None
    for form in found:
        if form in codes:
            return form, error_type
        if error_type is None and form in error_types:
            error_type = form
    return None, error_type
