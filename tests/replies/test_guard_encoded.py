"""A revealing phrase written in base64 is refused as the whole run, in every way an encoder
writes it: padded or not, the standard alphabet or the URL-safe one ("-" and "_"), whatever
the length's remainder. Generated over the English refused words of the lists."""

from __future__ import annotations

import base64
from collections.abc import Iterator

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard


def _runs(phrase: str) -> Iterator[tuple[str, str]]:
    """(how, run): the phrase alone and with one or two letters of a sentence around it (each
    length's remainder), as written and in capitals, padded and not, in both alphabets."""
    said = (f"{phrase}", f"{phrase}.", f"a {phrase}.", f"the {phrase}?", f"{phrase}??>")
    # In capitals, ending the text (every length's remainder): the run's last letter is the
    # phrase's own (an encoded "W" ends in "X").
    shouted = (phrase.upper(), f"A {phrase.upper()}", f"OK, {phrase.upper()}")
    for text in (*said, *shouted):
        raw = text.encode()
        for how, run in (
            ("standard", base64.b64encode(raw).decode()),
            ("url-safe", base64.urlsafe_b64encode(raw).decode()),
        ):
            yield f"{how} {text!r}", run
            yield f"{how} {text!r} unpadded", run.rstrip("=")


def test_an_encoded_revealing_phrase_is_refused_as_its_run(rules: Guard, catalog: Catalog) -> None:
    phrases = sorted(
        {
            p.lower()
            for locale, _, kind, p in catalog.guard_rows()
            if locale == "en" and kind == "words" and p.isascii() and len(p) >= 5
        }
    )
    assert len(phrases) >= 20
    missed = []
    kinds = set()
    for phrase in phrases:
        for how, run in _runs(phrase):
            kinds.add(("-" in run or "_" in run, len(run.rstrip("=")) % 4))
            text = f"Hello, your reference is {run} and we will write again."
            if run not in [p.phrase for p in rules.check(text, "en")]:
                missed.append((phrase, how, run))
    assert not missed, missed[:10]
    # Every remainder an encoder leaves (0, 2, 3), with and without the URL-safe letters.
    assert kinds >= {(a, r) for a in (False, True) for r in (0, 2, 3)}
