"""Long and hostile texts for the guard's speed tests (tests/benchmarks/test_bench_guard.py and
tests/replies/test_guard_linear.py): each kind repeated to any length."""

from __future__ import annotations

import itertools
import tomllib
from pathlib import Path

# Each kind is one piece, repeated until the text is long enough.
PIECES = {
    # an ordinary reply, with words the guard looks at (card, payment, blocked out, lost time)
    "reply": "Hi Sam, your payment did not go through and your card was not charged. Sorry "
    "for the lost time; I have blocked out an hour to call you. Kind regards, Acme. ",
    # one word as long as the text
    "one_long_token": "a",
    # single letters with spaces, as a spelled-out word is written
    "single_letters": "a ",
    # words that begin like refused ones and are not: every one is followed into the pattern
    "near_misses": "stolx losx fraux blacklis suspiciou restricte gestohle bloquea s t o l x "
    "fr**x c3RvbGVx %73%74%6F%6C%78 l o s x verlore perdux ",
    # Japanese without spaces, with card and payment words
    "japanese": "カードのお支払いは完了できませんでした。別のカードをお試しください。",
    # refused phrases everywhere: every one is reported
    "refused_everywhere": "Your card was reported st0len and is on our b l a c k l i s t. ",
    # slips of refused words (looked up, not matched) between pieces that glue into no word
    # ("fra ud"), each of which makes the patterns read on from the next letter
    "slips_and_pieces": "fra ud stoeln fra ud gestohelne blokced fra ud sto len perdiad ",
}

# The kinds whose every piece holds a phrase the guard refuses (the others hold none).
REVEALING = frozenset({"refused_everywhere", "slips_and_pieces"})


def hostile_text(kind: str, size: int) -> str:
    """`size` characters of the `kind` of text."""
    piece = PIECES[kind]
    return (piece * (size // len(piece) + 1))[:size]


def distinct_sentences(size: int) -> str:
    """`size` characters of sentences that are all different, the classifier's worst case
    (nothing is judged twice): the ordinary replies of tests/data/guard/harmless.toml, each
    with its own reference written in letters (the classifier reads every number as one word,
    so sentences that differ only in a number would be judged once)."""
    table = tomllib.loads(
        (Path(__file__).parent.parent / "data/guard/harmless.toml").read_text("utf-8")
    )
    sentences = itertools.cycle(t.rstrip(".") for ts in table.values() for t in ts)
    parts, length = [], 0
    for number, sentence in enumerate(sentences):
        parts.append(f"{sentence} (ref {_letters(number)}).")
        length += len(parts[-1]) + 1
        if length > size:
            break
    return " ".join(parts)[:size]


def _letters(number: int) -> str:
    letters = ""
    while True:
        number, digit = divmod(number, 26)
        letters += chr(ord("a") + digit)
        if not number:
            return "ref" + letters
