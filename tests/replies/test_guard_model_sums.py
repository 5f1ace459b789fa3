"""The classifier's packed sums (app/replies/guard_model.py) score a sentence exactly as the
model is defined: each feature of `features` hashed with `bucket`, its stored int16 weights
times the scale summed one by one, normalised by the square root of the count, a softmax.
Worked out here the slow way, from the stored rows, for every sentence of the guard's test
tables in every language and for long sentences cut into pieces: the same floats, the same
verdicts (the shortcut for a sentence whose likeliest class is harmless included)."""

from __future__ import annotations

import json
import math
import tomllib
import zlib
from array import array
from itertools import accumulate
from pathlib import Path

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard_model import (
    HARMLESS,
    GuardModel,
    bucket,
    features,
    pieces,
    sentence_words,
)
from app.replies.normalise import Normaliser, words_line

DATA = Path(__file__).parent.parent / "data" / "guard"
# Written after the packed sums were built, never tuned on (branch perf9, measured once: the
# same scores as feature by feature for 36 of 36, and guard.check's same results on the base):
# revealing and harmless, in the twelve languages, numbers, one long word, repeated words.
FRESH = (
    "Your refund of 42.50 EUR was sent back to the card you paid with on 3 March.",
    "The issuer flagged this card after it went missing during your trip to Lisbon.",
    "We could not take the payment because the bank thinks someone else used the card.",
    "I have booked a courier for Thursday; the parcel number is ZX-99-1203-AB.",
    "Our scoring engine rated the order as far too risky to accept, so it was refused.",
    "Sorry, your email address appears on a list of shoppers our store no longer serves.",
    "Please try again tomorrow morning, or use another card if it is more convenient for you.",
    "Der Betrag wurde nicht abgebucht, bitte versuchen Sie es mit einer anderen Karte erneut.",
    "Ihre Bank meldet, dass die Karte als gestohlen gemeldet wurde und gesperrt ist.",
    "Votre banque nous indique que la carte a été déclarée perdue la semaine dernière.",
    "Nous avons bien reçu votre message et nous revenons vers vous dans la journée.",
    "Su banco cree que la tarjeta se usó sin su permiso y bloqueó el pago.",
    "El pedido llegará el lunes; gracias por su paciencia durante estas semanas.",
    "La banca ha segnalato la carta come rubata, quindi il pagamento non è passato.",
    "O pagamento não foi concluído, mas nenhum valor foi cobrado do seu cartão.",
    "De bank zegt dat de kaart is gestolen en daarom werd de betaling geweigerd.",
    "Płatność nie została zrealizowana, prosimy spróbować innej karty płatniczej.",
    "Banken säger att kortet är spärrat eftersom det har rapporterats förlorat.",
    "カード会社によると、このカードは紛失の届け出が出ているため利用できません。",
    "ご注文の商品は明日発送いたしますので、到着まで今しばらくお待ちください。",
    "카드사에서 이 카드가 도난 신고되어 결제가 거절되었다고 합니다.",
    "주문하신 상품은 내일 출고될 예정이오니 조금만 기다려 주세요.",
    "银行表示这张卡已被挂失，因此付款没有成功。",
    "您的订单已经发货，请留意快递短信通知。",
    "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a",
    "card card card stolen stolen stolen lost lost lost card card card stolen stolen lost",
    "supercalifragilisticexpialidociousandthensomemorelettersthatnevereverend is the word here",
    "order 1 order 2 order 3 order 4 order 5 order 6 order 7 order 8 order 9 order 10 order 11",
    "The merchant's fraud team reviewed the charge and decided the card owner did not approve it.",
    "We have set aside an hour on Friday to walk you through the new invoice layout.",
    "The card is no longer in the hands of the person whose name is printed on it.",
    "Thanks for waiting; your subscription renews on the first of every month as before.",
    "Il pagamento è stato bloccato perché il sistema antifrode lo ha ritenuto sospetto.",
    "Ta karta została zgłoszona jako skradziona, dlatego bank odrzucił transakcję.",
    "Het pakket is gisteren afgeleverd bij de buren op nummer twaalf.",
    "Seu banco informou que o cartão foi perdido e por isso a compra foi recusada.",
)


class _Reference:
    """The model read feature by feature, as training defines it (no packing, no cache)."""

    def __init__(self, rows: dict[str, bytes]) -> None:
        meta = json.loads(rows["meta"].decode("utf-8"))
        self.classes, self.bias = meta["classes"], meta["bias"]
        self.buckets, self.scale, self.threshold = meta["buckets"], meta["scale"], meta["threshold"]
        gaps, values = array("I"), array("h")
        gaps.frombytes(zlib.decompress(rows["slots"]))
        values.frombytes(zlib.decompress(rows["weights"]))
        width = len(self.classes)
        self.weights = {
            slot: [v * self.scale for v in values[i * width : (i + 1) * width]]
            for i, slot in enumerate(accumulate(gaps))
        }

    def scores(self, words: list[str]) -> list[float]:
        names = features(words)
        sums = [0.0] * len(self.classes)
        for name in names:
            for c, weight in enumerate(self.weights.get(bucket(name, self.buckets), ())):
                sums[c] += weight
        norm = 1 / math.sqrt(len(names)) if names else 0.0
        total = [b + s * norm for b, s in zip(self.bias, sums, strict=True)]
        exps = [math.exp(t - max(total)) for t in total]
        return [e / sum(exps) for e in exps]

    def judge(self, words: list[str]) -> str | None:
        probabilities = self.scores(words)
        if 1 - probabilities[self.classes.index(HARMLESS)] < self.threshold:
            return None
        return max(
            (p, c) for c, p in zip(self.classes, probabilities, strict=True) if c != HARMLESS
        )[1]


def _texts() -> list[str]:
    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [s for item in value for s in strings(item)]
        if isinstance(value, dict):
            return [s for item in value.values() for s in strings(item)]
        return []

    return [
        text
        for path in sorted(DATA.glob("*.toml"))
        for text in strings(tomllib.loads(path.read_text(encoding="utf-8")))
    ]


@pytest.fixture(scope="module")
def sentences(catalog: Catalog) -> list[list[str]]:
    """The words of every sentence of the guard's tables, and of each table's texts run
    together into sentences of hundreds of words (read in pieces)."""
    normaliser = Normaliser(catalog.confusables())
    found = []
    texts = _texts()
    joined = [" ".join(texts[i : i + 30]).replace(".", ",") for i in range(0, len(texts), 30)]
    for text in texts + joined:
        folded = normaliser.fold(text).text
        for words in sentence_words(folded, words_line(folded)):
            found.extend(pieces(words))
    return found


def test_the_packed_sums_give_the_very_scores_of_the_features(
    catalog: Catalog, sentences: list[list[str]]
) -> None:
    rows = dict(catalog.guard_model())
    model, reference = GuardModel.from_rows(rows), _Reference(rows)
    assert len(sentences) > 5000
    assert any(len(words) == 40 for words in sentences)  # long sentences' pieces too
    differ = [words for words in sentences if model.scores(words) != reference.scores(words)]
    assert differ == []


def test_the_packed_sums_give_the_same_verdicts(
    catalog: Catalog, sentences: list[list[str]]
) -> None:
    rows = dict(catalog.guard_model())
    model, reference = GuardModel.from_rows(rows), _Reference(rows)
    verdicts = [(model.judge(words), reference.judge(words)) for words in sentences]
    assert [pair for pair in verdicts if pair[0] != pair[1]] == []
    refused = sum(1 for ours, _ in verdicts if ours is not None)
    assert 0 < refused < len(verdicts)  # both kinds are compared


def test_a_word_seen_first_in_one_sentence_scores_the_same_later(catalog: Catalog) -> None:
    """Rows worked out on first sight and kept give the scores a fresh model gives."""
    rows = dict(catalog.guard_model())
    warm = GuardModel.from_rows(rows)
    sentences = [f"your card was reported stolen ref ref{n} today".split() for n in range(50)]
    first = [warm.scores(words) for words in sentences]
    again = [warm.scores(words) for words in sentences]
    fresh = [GuardModel.from_rows(rows).scores(words) for words in sentences[:5]]
    assert first == again and first[:5] == fresh


def test_fresh_sentences_score_as_the_features_one_by_one(catalog: Catalog) -> None:
    rows = dict(catalog.guard_model())
    model, reference = GuardModel.from_rows(rows), _Reference(rows)
    normaliser = Normaliser(catalog.confusables())
    read = []
    for text in FRESH:
        folded = normaliser.fold(text).text
        read += [p for words in sentence_words(folded, words_line(folded)) for p in pieces(words)]
    assert len(read) >= len(FRESH)
    assert [w for w in read if model.scores(w) != reference.scores(w)] == []
    assert [w for w in read if model.judge(w) != reference.judge(w)] == []
