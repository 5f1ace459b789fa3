"""Slips of whole words ("fruadulent") are looked up among the text's words instead of being
compiled into the guard's patterns (most of the forms, and most of the first check's time):
what the guard finds must be exactly what one pattern holding them finds, in the same order,
for any words and texts: slips beside listed words, inside longer words, glued to stems,
written in pieces, with an I for an l, next to Japanese letters or to set-aside phrases, and
both kinds of pattern (the shared words with their stems, and a language's edged words)."""

from __future__ import annotations

import random
import re

import pytest

import app.replies.guard as guard_module
import app.replies.guard_rules as guard_rules
from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.guard_match import set_aside, typed_words, words
from app.replies.guard_rules import (
    MIN_TYPO,
    _edged_pattern,
    _lexicon_pattern,
    form_key,
    typos,
)

_LETTERS = "abdeilnorstu"  # few letters: words, slips and stems often share beginnings


def _word(source: random.Random, low: int, high: int) -> str:
    return "".join(source.choice(_LETTERS) for _ in range(source.randint(low, high)))


def _lists(source: random.Random) -> tuple[list[str], list[str], frozenset[str]]:
    """Listed words (short ones, long ones, phrases), stems, and the slips of the long words,
    keyed as the guard keys forms (an i read as an l)."""
    listed = [form_key(_word(source, 2, 9)) for _ in range(40)]
    listed += [form_key(_word(source, 3, 5) + " " + _word(source, 3, 6)) for _ in range(8)]
    stems = [form_key(_word(source, 4, 8)) for _ in range(10)]
    # stems that begin listed words: a slip and a stem then start at the same letter
    stems += [word[: source.randint(4, 5)] for word in listed if len(word) >= MIN_TYPO][:6]
    slips = {
        slip
        for word in listed
        if len(word) >= MIN_TYPO and word.isalpha()
        for slip in typos(word)
        if slip not in listed
    }
    slips |= {slip for stem in stems[:4] for slip in typos(stem) if slip not in stems}
    # listed words that begin with a slip ("fruad" + "ster"): written in pieces, a listed word
    # and a typed slip start at the same letter, and the listed word must win
    listed += [slip + _word(source, 2, 3) for slip in source.sample(sorted(slips), 4)]
    return list(dict.fromkeys(listed)), list(dict.fromkeys(stems)), frozenset(slips)


def _text(source: random.Random, pieces: list[str]) -> str:
    """A line of words as the guard reads it: the pieces, glued, split, swapped i for l, or
    next to other words, Japanese letters and set-aside blanks."""
    out = []
    for _ in range(60):
        piece = source.choice(pieces)
        kind = source.randrange(9)
        if kind == 0:  # in pieces: "s t o l e n", "sto len"
            cut = source.randrange(1, max(2, len(piece)))
            piece = piece[:cut] + " " * source.randint(1, 4) + piece[cut:]
        elif kind == 1:  # inside a longer word, or glued to another piece
            piece = _word(source, 0, 3) + piece + source.choice(pieces).replace(" ", "")
        elif kind == 2:
            piece = piece.replace("l", "i")
        elif kind == 3:
            piece = "カード" + piece
        elif kind == 4:
            piece = "\x00" * source.randint(1, 5) + " " + piece
        elif kind == 5:
            piece = _word(source, 1, 6)
        out.append(piece)
        out.append(" " * source.choice((1, 1, 1, 2, 4)))
    return "".join(out)


@pytest.mark.parametrize("seed", range(12))
def test_typed_slips_are_found_where_the_pattern_would_find_them(seed: int) -> None:
    source = random.Random(seed)
    listed, stems, slips = _lists(source)
    typed = frozenset(slips)
    assert typed  # the lists must have slips, or the test would compare nothing
    kinds = (
        (_lexicon_pattern([*listed, *slips], stems, slips), _lexicon_pattern(listed, stems, slips)),
        (_edged_pattern([*listed, *slips], True, slips), _edged_pattern(listed, True, slips)),
    )
    spaced = frozenset(word for word in listed if " " in word)
    pieces = [*listed, *stems, *sorted(slips)]
    pieces += [word[:-3] + " " + word[-3:] for word in listed[-4:]]  # slip, then the rest
    seen_typed = 0
    for _ in range(15):
        line = _text(source, pieces)
        (where,) = typed_words(line, typed)
        seen_typed += len(where)
        for whole, without in kinds:
            for overlapping in (False, True):
                expected = list(words(whole, line, overlapping, spaced))
                assert list(words(without, line, overlapping, spaced, where)) == expected
    assert seen_typed  # the texts held slips to look up


def test_typed_slips_beside_set_aside_phrases_and_other_scripts() -> None:
    """A slip is a whole word: not inside a longer one, not in a phrase set aside, found next
    to Japanese letters and with an I for an l."""
    typed = frozenset({"fruad", "stoleen"})
    allowed = _edged_pattern(["no fruad"], hidden=False)
    line = set_aside(allowed, "no fruad  fruads xfruad カードfruad stoieen stoleenx")
    (where,) = typed_words(line, typed)
    assert [line[start:end] for start, end in where] == ["fruad", "stoieen"]
    assert [start for start, _ in where] == [line.index("カード") + 3, line.index("stoieen")]
    assert typed_words("no slip here", typed, frozenset()) == [(), ()]


# Written after the change, never tuned on (branch perf10, measured once: the same results as the
# base for 55 of 55 checks, 40 with findings): slips, pieces, masks, encodings, near rules
# and everyday senses, in the twelve languages.
FRESH = (
    ("Your card was reproted stoeln last week, so the bank refused it.", None),
    ("The bank says the card was flaged as fruadulent; please use another one.", None),
    ("Die Karte wurde als gestolhen gemeldet und ist gesperrt.", "de"),
    ("Die Zahlung wurde wegen Betrugsverdachts abgelehnt, Betrgusverdacht laut Bank.", "de"),
    ("La carte a été déclarée voléee, nous ne pouvons pas la débiter.", "fr"),
    ("Votre carte figure sur une liste nore de notre boutique.", "fr"),
    ("La tarjeta fue reportada como robdaa y el banco la bloqueó.", "es"),
    ("O cartão foi bloquaedo por suspeita de fraude.", "pt-BR"),
    ("La carta risulta smarita, quindi il pagamento non è passato.", "it"),
    ("De kaart is als gestoeln gemeld door de bank.", "nl"),
    ("Karta została zgłsozona jako skradziona.", "pl"),
    ("Kortet är spärat eftersom det har rapporterats stulet.", "sv"),
    ("s t o e l n card, b l o k c e d account, fra ud alert", None),
    ("Sorry for the lost time; the parcel was not lost and the calendar is blocked out.", None),
    ("We blocked out Thursday afternoon for your call about the refund.", "en"),
    ("Your payment did not go through; please try another card or contact your bank.", "en"),
    ("Il pacco non è stato smarrito, arriverà domani.", "it"),
    ("Ihre Bestellung ist nicht verloren gegangen, sie kommt morgen an.", "de"),
    ("カードが盗難届けされているため、決済ができませんでした。", "ja"),
    ("ご注文の商品は明日発送いたします。", "ja"),
    ("이 카드는 분실 신고된 카드입니다.", "ko"),
    ("您的卡已被挂失，付款未成功。", "zh-Hans"),
    ("stolenstolenstolen fraudulentfraud blacklistedcard", None),
    ("The cardholder did not authorise this; the issuer thinks someone else used the card.", None),
    ("Our risk scorign system rated the order too high to accept.", None),
    ("your email is on a bolcklist of customers we no longer serve", None),
    ("Betrugsfall Diebstahlmeldung Verlustanzeige Kartensperre", "de"),
    ("a a a a stoeln a a a a a blokced a a a", None),
    ("The c-a-r-d was r.e.p.o.r.t.e.d s.t.o.l.e.n yesterday.", None),
    ("We refunded 42.50 EUR to the card ending 4242 on 3 March (ref ZX-991).", None),
    ("Unfortunately the issuer declined the payment; no reason was given to us.", None),
    ("your c4rd w4s fl4gged 4s fr4udulent", None),
    ("%73%74%6F%6C%65%6E card and c3RvbGVuIGNhcmQ= text", None),
    ("stoIen card, bIocked account, fraudu1ent charge", None),
    ("the card is no longer with its owner, it was taken without consent", None),
    ("Thank you for your patience; we will get back to you within a day.", None),
)


@pytest.fixture(scope="module")
def own_rules(catalog: Catalog) -> tuple[str, ...]:
    """The languages whose texts are also checked with their own rules (compiling the rules of
    a language the old way takes a second or more): the three whose listed words are longest
    on average, so with the most slips."""
    letters: dict[str, list[int]] = {}
    for locale, _, _, phrase in catalog.guard_rows():
        if locale and phrase.isascii():
            letters.setdefault(locale, []).extend(len(word) for word in phrase.split())
    longest = sorted(letters, key=lambda locale: -sum(letters[locale]) / len(letters[locale]))
    return tuple(longest[:3])


@pytest.fixture(scope="module")
def both(catalog: Catalog, own_rules: tuple[str, ...]) -> tuple[Guard, Guard]:
    """The guard as shipped, and one whose rules compile every slip into their patterns (as
    before slips were looked up), each with the catalogue's lists."""
    looked_up = Guard.from_catalog(catalog)
    compiled = Guard.from_catalog(catalog)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(guard_rules, "_TYPED", re.compile("(?!)"))  # no slip is looked up
        patch.setattr(guard_module, "_COMPILED", {})  # nor shared with the shipped guard
        for locale in (None, *own_rules):
            compiled.check("warm up", locale)
    looked_up.check("warm up", None)
    assert not compiled._shared_rules().typed and looked_up._shared_rules().typed
    return looked_up, compiled


@pytest.mark.parametrize(("text", "locale"), FRESH)
def test_the_guard_finds_what_it_found_with_every_slip_compiled(
    both: tuple[Guard, Guard], own_rules: tuple[str, ...], text: str, locale: str | None
) -> None:
    looked_up, compiled = both
    for checked in dict.fromkeys([None, locale if locale in own_rules else None]):
        assert looked_up.check(text, checked) == compiled.check(text, checked), checked
