"""The anchors and frames read only the hits around the findings (guard_clauses.hits_near),
and the classifier judges a sentence of Latin letters in one step: both give exactly what the
whole reading gives. Compared over the guard's tables glued into long texts of ordinary
sentences (where the hits are many and the findings few, so that hits_near leaves most out),
and over a fresh set written after the change (perf14), each alone and inside such a text."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import app.replies.guard_frames as guard_frames
from app.catalogue.catalog import Catalog
from app.replies.guard import Guard
from app.replies.guard_clauses import Hits, hits_near
from app.replies.guard_model import MAX_WORDS, GuardModel, sentence_ends, words_of
from app.replies.normalise import Normaliser, words_line
from tests.replies.guard_texts import distinct_sentences

DATA = Path(__file__).parent.parent / "data" / "guard"

# Written after the change, measured once against main (140 of 140 checks the same), then
# folded in: pronouns across a stop, colons, Chinese commas, bare sentences, advice, things
# beside a weak word, words spelt out and in pieces, slips, line breaks, negations.
FRESH = [
    ("en", "Your card was used abroad yesterday. It was stolen last week, the bank says."),
    ("en", "Reason given by the bank: card reported stolen."),
    ("en", "Someone stole my bike, but your payment went through fine."),
    ("en", "If a caller claims to be from the bank's fraud team and asks for a code, hang up."),
    ("en", "We lost a lot of time on this order; the parcel itself is not lost."),
    ("en", "The transaction was flagged: suspected fraud on the account."),
    ("en", "f r a u d e was written on the note, and the card is blocked."),
    ("en", "The bank thinks the cardholder did not make this payment, so it was fruadulent."),
    ("en", "Your address is on a list of addresses we no longer ship to because of fraud."),
    ("en", "It was declined. Stolen? No, just expired."),
    ("de", "Ihre Karte wurde im Urlaub verwendet. Sie wurde als gestohlen gemeldet."),
    ("de", "Mein Fahrrad wurde gestohlen, aber Ihre Zahlung ist angekommen."),
    ("de", "Grund: Betrugsverdacht bei der Karte."),
    ("fr", "Votre carte a été utilisée hier. Elle a été déclarée volée depuis."),
    ("fr", "Nous avons perdu du temps, mais la commande n'est pas perdue."),
    ("fr", "Motif : carte perdue, signalée par la banque."),
    ("es", "Su tarjeta fue rechazada: la reportaron como robada."),
    ("es", "Se nos perdió el paquete en el almacén, lo siento."),
    ("pt-BR", "Foi um golpe."),
    ("pt-BR", "O cartão foi roubado ontem à noite, segundo o banco."),
    ("it", "La carta risulta smarrita; contatti la sua banca."),
    ("nl", "Wij vermoeden fraude."),
    ("nl", "Mijn fiets is gestolen, maar de betaling is gelukt."),
    ("pl", "Chodzi o kradzież."),
    ("sv", "Kortet har spärrats på grund av misstänkt bedrägeri."),
    ("zh-Hans", "因涉嫌诈骗, 交易已被拦截。"),
    ("ja", "カ.ー.ド は 盗難 の 届 が 出ています。"),
    ("ja", "盗まれたノートパソコンの件は警察に届けました。お支払いは完了しています。"),
    ("ja", "カードが紛失したと報告されています: 別のカードをご利用ください。"),
    ("ko", "카드가 도난 신고되었습니다. 다른 카드를 사용해 주세요."),
    ("zh-Hans", "您的卡已被挂失，请联系发卡行。"),
    ("en", "Hi Sam,\nYour card\nwas reported lost\nBest,\nAlex"),
    (
        "en",
        "The card ending 4242 is fine: it's your other card, the one in your wallet that went "
        "missing, that was reported lost to the bank by you on Monday.",
    ),
    ("en", "one two three. four five six seven. sto len card in pieces. a a a a a."),
    ("en", "We checked 12 orders and 3 refunds; nothing is wrong with the card, and no fraud."),
    ("en", "Your account is not blocked, and the card is not lost."),
]

_FILLER = distinct_sentences(40_000)
_MIDDLE = _FILLER.index(". ", 20_000) + 2


def _inside(text: str) -> str:
    """`text` in the middle of a long text of ordinary sentences (thousands of hits)."""
    return _FILLER[:_MIDDLE] + text + " " + _FILLER[_MIDDLE:]


@pytest.fixture(scope="module")
def guard(catalog: Catalog) -> Guard:
    guard = Guard.from_catalog(catalog)
    guard.check("warm up", None)
    return guard


def _both(guard: Guard, text: str, locale: str | None) -> tuple[str, str]:
    """The guard's findings, then those of a reading with every hit given to the anchors and
    frames (hits_near left out)."""
    near = repr(guard.check(text, locale))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(guard_frames, "hits_near", lambda hits, *_: hits)
        whole = repr(guard.check(text, locale))
    return near, whole


@pytest.mark.parametrize(("locale", "text"), FRESH)
def test_a_fresh_case_reads_the_same_with_every_hit(guard: Guard, locale: str, text: str) -> None:
    assert locale in guard.locales
    for reply_locale in (None, locale):
        for written in (text, _inside(text)):
            near, whole = _both(guard, written, reply_locale)
            assert near == whole, (reply_locale, text)


def _table_sentences() -> dict[str, list[str]]:
    by_locale: dict[str, list[str]] = {}
    for name in ("revealing.toml", "harmless.toml", "holdout34.toml", "holdout35.toml"):
        table = tomllib.loads((DATA / name).read_text("utf-8"))
        for locale, sets in table.items():
            texts = sets.values() if isinstance(sets, dict) else [sets]
            for texts_of_a_set in texts:
                if isinstance(texts_of_a_set, list):
                    by_locale.setdefault(locale, []).extend(
                        t for t in texts_of_a_set if isinstance(t, str)
                    )
    return by_locale


def test_the_tables_glued_into_long_texts_read_the_same_with_every_hit(guard: Guard) -> None:
    checked = filtered = 0
    for locale, texts in _table_sentences().items():
        reply_locale = locale if locale in guard.locales else None
        for first in range(0, len(texts), 40):
            text = _inside(" ".join(texts[first : first + 40]))
            near, whole = _both(guard, text, reply_locale)
            assert near == whole, (locale, first)
            checked += 1
            filtered += near != "[]"
    assert checked > 30 and filtered > 10  # both kinds, many languages


def test_hits_near_leaves_out_the_hits_far_from_the_findings() -> None:
    """A megabyte's few findings: only the hits of their sentences and clauses are read; a
    text full of findings is read whole."""
    hits: Hits = [(at, at + 4, (("group", "card"),)) for at in range(0, 200_000, 10)]
    text = "word. " * 40_000  # a sentence every six letters
    ends = list(range(4, 200_000, 50))
    near = hits_near(hits, [(100_000, 100_004, "fraud")], text, ends)
    assert 10 < len(near) < len(hits) / 10
    assert near == sorted(near) and all(hit in hits for hit in near[:5])
    assert any(hit[0] == 100_000 for hit in near)
    many = [(at, at + 4, "fraud") for at in range(0, 200_000, 100)]
    assert hits_near(hits, many, text, ends) is hits
    # one sentence with no stop: the whole of it is read
    assert hits_near(hits, [(100_000, 100_004, "fraud")], "word " * 40_000, ends) == hits


@pytest.fixture(scope="module")
def model(catalog: Catalog) -> GuardModel:
    return GuardModel.from_rows(dict(catalog.guard_model()))


def test_a_latin_sentence_is_judged_as_its_piece(catalog: Catalog, model: GuardModel) -> None:
    """The one-step judgement of a sentence of Latin letters gives the verdict the general
    path gives (words counted, a piece judged), for sentences of every length: fewer than
    four words, words said twice, digits, forty words and more."""
    normaliser = Normaliser(catalog.confusables())
    sentences = [text for _, text in FRESH]
    for texts in _table_sentences().values():
        sentences += texts
    sentences += ["a b c", "card card card stolen", "a b c d", "order 12 and 13 were stolen"]
    sentences += [" ".join(f"word{n % 7}" for n in range(count)) for count in (39, 40, 41, 90)]
    compared = refused = 0
    for text in sentences:
        folded = normaliser.fold(text).text
        line, position = words_line(folded), 0
        for end in sentence_ends(folded):
            sentence = line[position:end].strip()
            position = end + 1
            words = words_of(sentence)
            if not sentence or not sentence.isascii() or len(words) > MAX_WORDS:
                continue
            reason = model._judge_piece(words)
            assert model._verdicts(sentence) == (((-1, reason),) if reason else ()), sentence
            compared += 1
            refused += reason is not None
    assert compared > 1000 and refused > 100
