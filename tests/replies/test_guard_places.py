"""The guard's passes that read only where they can match (app/replies/guard_places.py) find
exactly what the whole pass finds: the Chinese-Japanese-Korean patterns over the line blanked
away from such letters, masked words from their masks, mixed words and letters written one by
one from their digits and signs (app/replies/signs.py), and the clause stops skipped to. Each
is compared with the pattern it stands for over generated texts of every kind of character it
meets (Latin letters, digits, signs, masks, one to four spaces, CJK letters, the guard's own
CJK phrases with their Latin letters, "\\x00" of phrases set aside), and over a fresh set
written after the change."""

from __future__ import annotations

import random
import re

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.guard_clauses import _CLAUSE_END
from app.replies.guard_places import _MASKED, masked_words, near_cjk, set_aside_cjk
from app.replies.normalise import _ONE_BY_ONE, LEET, _spelled_out, is_cjk, words_line
from app.replies.signs import read_mixed, read_spelled

# What read_mixed stands for: a word with letters and digits or signs, its digits and signs
# read as letters (the pattern words_line used before; the look back made it try every letter).
_MIXED = re.compile(r"(?<![a-z0-9@$])(?=[a-z0-9@$]*?[0-9@$])(?=[a-z0-9@$]*?[a-z])[a-z0-9@$]++")
# The clause stops as first written: an alternation, tried at every character.
_CLAUSE_END_AS_WRITTEN = re.compile(r"[.!?;](?![a-z0-9])|[\u3002\uff01\uff1f]")

# Fresh texts written after the passes were changed (not the ones measured while building):
# masks, digits in words and alone, letters one by one, stops, Japanese, Korean and Chinese
# next to Latin words, the LINE-like phrases of Latin and CJK letters, and set-aside phrases.
FRESH = [
    "Ihre Karte wurde als ge**ohlen gemeldet; bitte rufen Sie Ihre Bank an.",
    "Order #4471 shipped. Your card ending 0042 was charged €12.50.",
    "We saw a f r 4 u d alert on the card (s t 0 l e n, they said).",
    "L1ne アカウント経由のお支払いは完了していません。",
    "lineアカウント で 支払い できませんでした . カードは 紛失 届 が 出ています",
    "카드가 분실 신고되었습니다. Please use another card.",
    "您的卡已被挂失。Please try again or call 4 0 0 - 1 2 3.",
    "The p@yment was bl0cked by r1sk ch3cks — s.t.o.l.e.n — sorry!",
    "Mask in the middle: b**ckl**t, fr#ud, and •••• 4242 at the end",
    "#hashtag ##double *** stars*** and a lone * among words",
    "a 1 b 2 c 3 d 4 e 5 f 6 g 7 h 8 i 9 j 0",
    "x  y   z    1 — gaps of one to four spaces between single letters",
    "perdida! perdu? verloren; lost. 3.14 is no stop, nor is v1.2.3",
    "東京で受け取りました。カードは使えます!問題ありません?",
    "ＣＡＲＤ　ＳＴＯＬＥＮ in full-width letters, then ｶｰﾄﾞ in half-width kana",
    "Votre carte a été déclarée v0lée ; merci d'utiliser un autre moyen.",
    "O cartão foi r0ubado? Não: o pedido 12345 foi entregue.",
    "La tarjeta está bl*queada por sospecha de fr@ude.",
    "De kaart is gest0len gemeld. Bel uw bank.",
    "Karta została zastrzeżona jako skr*dziona.",
    "Kortet är sp3rrat; kontakta banken.",
    "La carta risulta rub@ta: usa un altro metodo di pagamento.",
    "s t o l e n card 4 2 4 2 and f r a u d in pieces",
    "a1 b2 c3 d4 — mixed pairs, and 1a 2b 3c the other way",
    "$$$ @@@ 999 words of signs only, and w@rd$ mixed with letters",
    "盗難カードの可能性があるため、決済を停止しました。",
    "支払いは正常に完了しました。ご利用ありがとうございました。",
    "Line Pay と LINE アカウントの 連携 が 切れています。",
    "This sentence has no stop and runs on with card blocked lost time",
    "ref refabc; ref refabd! ref refabe? ref refabf.",
    "•••• •••• •••• 1234 was declined by the issuer",
    "Ваша карта заблокирована (Cyrillic look-alikes: саrd stоlen)",
    "Your card was reported stolen\nto your bank.\n\nThanks,\nSam",
    "Hi Sam,\nyour card was blocked.\nKind regards,\nAcme",
    "%73%74%6F%6C%65%6E and &#115;tolen and st<b>ole</b>n",
    "c3RvbGVu is base64 of a word; so is ZnJhdWQ= at the end",
]

_CHARS = "ab0 1@$  s  t\u00a0日 xyz 3 4*#\u2022.!?;\u3002 カ ー ド\x00l i"


def _texts(seed: int, count: int, longest: int) -> list[str]:
    source = random.Random(seed)
    return [
        "".join(source.choice(_CHARS) for _ in range(source.randint(1, longest)))
        for _ in range(count)
    ]


@pytest.fixture(scope="module")
def compiled(catalog: Catalog) -> tuple[Guard, object, object]:
    guard = Guard.from_catalog(catalog)
    guard.check("warm up", None)
    return guard, guard._shared_rules(), guard._rules_for(None)


def _cjk_lines(guard: Guard, rules: object, seed: int) -> list[str]:
    """Lines of the guard's CJK phrases (with their Latin letters) among Latin words, spaces
    and digits, some written in pieces: every phrase at least once."""
    phrases = sorted(f for f in rules.labels if is_cjk(f))  # type: ignore[attr-defined]
    source = random.Random(seed)
    fillers = ["card", "line", "l", "i", "  ", "   ", "    ", "4242", "s", "q", "2", ". "]
    lines = []
    for first in range(0, len(phrases), 12):
        parts = []
        for phrase in phrases[first : first + 12]:
            if source.random() < 0.3:  # in pieces: a gap of spaces between its letters
                phrase = (" " * source.randint(1, 3)).join(phrase)
            parts += [source.choice(fillers) * source.randint(1, 30), phrase]
        lines.append(words_line(guard.normaliser.fold(" ".join(parts)).text))
    return lines


def test_cjk_patterns_find_the_same_near_their_letters(compiled) -> None:  # type: ignore[no-untyped-def]
    guard, shared, rules = compiled
    reach = max(shared.cjk_reach, rules.cjk_reach)
    lines = _cjk_lines(guard, rules, 1) + _cjk_lines(guard, shared, 2)
    lines += [words_line(guard.normaliser.fold(text).text) for text in FRESH]
    lines += _texts(3, 3000, 60)
    checked = 0
    for line in lines:
        near = near_cjk(line, reach)
        assert len(near) == len(line)
        for pattern in (shared.cjk, rules.cjk, shared.allowed_cjk):
            whole = [match.span() for match in pattern.finditer(line)]
            assert [match.span() for match in pattern.finditer(near)] == whole, line
            checked += len(whole)
        as_before = shared.allowed_cjk.sub(lambda m: "\x00" * len(m.group()), line)
        assert set_aside_cjk(shared.allowed_cjk, line, near)[0] == as_before
    assert checked > 1000  # the phrases were found, not only texts without any


def test_a_reach_too_short_would_miss_phrases(compiled) -> None:  # type: ignore[no-untyped-def]
    """The comparison above can fail: with no reach, the Latin letters of "qrコード" (a
    language's phrase) and "lineアカウント" (an allowed one) are blanked and the phrase lost."""
    guard, shared, rules = compiled
    for pattern, text in ((rules.cjk, "qrコード"), (shared.allowed_cjk, "lineアカウント")):
        line = words_line(guard.normaliser.fold(text).text)
        whole = [m.span() for m in pattern.finditer(line)]
        assert whole == [(0, len(line))]
        assert [m.span() for m in pattern.finditer(near_cjk(line, 0))] != whole
        assert [m.span() for m in pattern.finditer(near_cjk(line, 8))] == whole


def test_masked_words_are_those_of_the_pattern() -> None:
    for text in _texts(4, 20000, 30) + [text.lower() for text in FRESH]:
        expected = [(m.span(), m.span(1), m.span(2)) for m in _MASKED.finditer(text)]
        assert [(m.span(), m.span(1), m.span(2)) for m in masked_words(text)] == expected


def test_mixed_words_and_spelled_letters_are_read_as_the_patterns_read_them() -> None:
    def as_patterns(line: str) -> str:
        line = _MIXED.sub(lambda m: m.group().translate(LEET), line)
        return _ONE_BY_ONE.sub(_spelled_out, line)

    texts = _texts(5, 20000, 30) + [text.lower() for text in FRESH]
    texts += ["a " * 300 + "1 b", "a 1 " * 300, "a" * 2000 + "1", "s t 0 l e n " * 80]
    for text in texts:
        read = read_spelled(read_mixed(text, LEET), _ONE_BY_ONE, _spelled_out)
        assert read == as_patterns(text), text


def test_clause_stops_are_those_of_the_alternation() -> None:
    for text in _texts(6, 5000, 40) + [text.lower() for text in FRESH]:
        expected = [m.start() for m in _CLAUSE_END_AS_WRITTEN.finditer(text)]
        assert [m.start() for m in _CLAUSE_END.finditer(text)] == expected
