"""How a catalogue code stands written in a paste: as a token in any style (`stolen_card`,
`STOLEN_CARD`, `stolenCard`, `stolen-card`), cut by a line break, glued to a web page's words;
and many codes written as words, as one pattern. What enters: a token or a list of phrases;
what leaves: the forms to look up in the catalogue, or a pattern (used by reading.sweep)."""

from __future__ import annotations

import re
from typing import Any

# A token that can be a code: words joined by `_` or `-`, or camelCase (`stolenCard`).
# Each word is tried once, from its start, without backtracking (`\b`, possessive `*+`).
# A token starts after anything but a letter or digit of Latin script: Japanese, Korean or
# Chinese glued to it ("expired_cardではなくstolen_card") end a word too.
_CODE_TOKEN = (
    r"(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*+(?:[_\-]\n?[A-Za-z0-9]++)++"
    r"|(?<![A-Za-z0-9_])[a-z][a-z0-9]*+(?:[A-Z][a-z0-9]*+)++"
    # PascalCase of two words or more in prose, as a person names an SDK's class or a .NET
    # enum (`CardError`, `StolenCard`): "a CardError is returned" names the card_error type.
    # Not a name in code (`stripe.error.CardError`, `Stripe::CardError`): a snippet handling
    # an error tells no failure.
    r"|(?<![A-Za-z0-9_.:\\])[A-Z][a-z0-9]++(?:[A-Z][a-z0-9]++)++"
)
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

    def branch(node: dict[str, Any]) -> str:
        alternatives = []
        for word, child in sorted(node.items()):
            if word == _END:
                continue
            if child.keys() - {_END}:
                tail = SEPARATOR + branch(child)
                alternatives.append(re.escape(word) + (f"(?:{tail})?" if _END in child else tail))
            else:
                alternatives.append(re.escape(word))
        return "(?:" + "|".join(alternatives) + ")"

    # Bounded by anything but a letter or digit of Latin script: Japanese, Korean or Chinese
    # glued to a code written as words end it too ("fraudulent임", "不是stolen card").
    return r"(?<![A-Za-z0-9_])" + branch(tree) + r"(?![A-Za-z0-9_])"


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
    for match in re.finditer(_CODE_TOKEN, text):
        token = match.group()
        after = text[match.end() : match.end() + 2]
        if "\n" in after and (
            rest := re.match(_WRAPPED_REST, text[match.end() : match.end() + 60])
        ):
            joined = token + rest.group(1) + rest.group(2)  # wrapped mid-word
            if any(form in codes for form in forms(joined)):
                token = joined
        if text[match.start() - 1 : match.start()] == "\n" and (
            before := re.search(_WRAPPED_START, text[max(0, match.start() - 60) : match.start()])
        ):
            joined = before.group(1) + before.group(2) + token  # wrapped just before it
            if any(form in codes for form in forms(joined)):
                token = joined
        found = forms(token)
        if "_" in token and not any(form in codes for form in found):
            found += unglued(token, codes)
        for form in found:
            if form in codes:
                written.setdefault(form)
                break
            if error_type is None and form in error_types:
                error_type = form
        if len(written) >= most:
            break
    return written, error_type
