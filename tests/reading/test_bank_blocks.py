"""A block is Stripe's only when Stripe, Radar or a rule did it: "declined in Stripe, the bank
blocked the card" is the bank's decline, no Radar block, in every shipped language; "Stripe
blocked the payment" stays one. Each sentence is put in every frame below."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals
from build.languages import LOCALES

# Per language: the bank blocked the card (a decline), and Stripe blocked the payment.
BLOCKS = {
    "en": ("Payment declined in Stripe, the bank blocked the card", "Stripe blocked the payment"),
    "de": (
        "Zahlung in Stripe abgelehnt, die Bank hat die Karte blockiert",
        "Stripe hat die Zahlung blockiert",
    ),
    "fr": (
        "Paiement refusé sur Stripe, la banque a bloqué la carte",
        "Stripe a bloqué le paiement",
    ),
    "es": (
        "Pago rechazado en Stripe, el banco bloqueó la tarjeta",
        "Stripe bloqueó el pago",
    ),
    "pt-BR": (
        "Pagamento recusado no Stripe, o banco bloqueou o cartão",
        "O Stripe bloqueou o pagamento",
    ),
    "it": (
        "Pagamento rifiutato su Stripe, la banca ha bloccato la carta",
        "Stripe ha bloccato il pagamento",
    ),
    "nl": (
        "Betaling geweigerd in Stripe, de bank heeft de kaart geblokkeerd",
        "Stripe heeft de betaling geblokkeerd",
    ),
    "sv": (
        "Betalningen nekades i Stripe, banken har blockerad kortet",
        "Stripe har blockerad betalningen",
    ),
    "pl": (
        "Płatność odrzucona w Stripe, bank zablokował kartę",
        "Stripe zablokował płatność",
    ),
    "ja": (
        "Stripeで決済が拒否され、銀行がカードをブロックしました",
        "Stripeが決済をブロックしました",
    ),
    "zh-Hans": ("Stripe 支付被拒，银行拦截了这张卡", "Stripe 拦截了这笔付款"),
    "ko": ("Stripe 결제 거절, 은행이 카드를 차단했습니다", "Stripe가 결제를 차단했습니다"),
}
FRAMES = (
    "{told}.",
    "[09:14] Anna: {told}. Customer is waiting on chat.",
    "Internal note: pi_3QbE1aJ2kL3mN4oP0qR5sT6u. {told}.",
)


def test_every_shipped_language_is_told() -> None:
    assert set(BLOCKS) == set(LOCALES)


@pytest.mark.parametrize(("locale", "bank", "stripe"), [(k, *v) for k, v in BLOCKS.items()])
def test_the_banks_block_is_a_decline_and_stripes_block_is_confidential(
    known: CodeKinds, locale: str, bank: str, stripe: str
) -> None:
    for frame in FRAMES:
        for told, sensitive in ((bank, False), (stripe, True)):
            text = frame.format(told=told)
            failures = read_paste(text, known).failures
            assert failures, text
            found = signals(failures[0], known.sensitive, known.sensitive_codes)
            assert bool(found) is sensitive, (text, found)
