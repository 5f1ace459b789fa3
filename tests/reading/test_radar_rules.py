"""Questions about writing Radar rules (issue 26, reading11): "how do I block by :card_country:?",
"should we add a rule", in the twelve languages, with each rule and each damage copying does:
no payment in them, so unusable, never a confidential block. Beside them the opposite: a payment
a rule blocked (its id, or the block told as done) stays a confidential failure."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from app.reading.paste import read_paste
from app.reading.radar_rules import RADAR_RULES
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.renderings import crlf, html_tags, mail_quote, word_wrapped

RULES = (
    "Block if :card_country: != :ip_country:",
    "Block if :risk_score: > 75",
    "Review if :card_funding: = 'prepaid'",
    "Block if :is_anonymous_ip: and :amount_in_usd: > 500",
    "Request 3D Secure if :risk_level: = 'elevated'",
)
# How an agent or a developer asks about a rule, in each language.
QUESTIONS = {
    "en": "Should I add a Radar rule like {rule}? We see card testing lately. How do I write it?",
    "de": "Wie schreibe ich eine Radar-Regel, die Zahlungen blockiert, etwa {rule}? Danke!",
    "fr": "Comment créer une règle Radar du type {rule} ? Merci d'avance.",
    "es": "¿Cómo escribo una regla de Radar para bloquear pagos, por ejemplo {rule}?",
    "pt-BR": "Como faço uma regra do Radar para bloquear, tipo {rule}? Obrigado.",
    "it": "Come scrivo una regola Radar per bloccare i pagamenti, ad esempio {rule}?",
    "nl": "Hoe schrijf ik een Radar-regel die betalingen blokkeert, zoals {rule}?",
    "sv": "Hur skriver jag en Radar-regel som blockerar betalningar, t.ex. {rule}?",
    "pl": "Jak napisać regułę Radar, która blokuje płatności, np. {rule}?",
    "ja": "Radar のルールで {rule} のようにブロックするにはどう書けばいいですか？",
    "zh-Hans": "如何写一条 Radar 规则来阻止付款，比如 {rule}？",
    "ko": "Radar 규칙으로 {rule} 처럼 결제를 차단하려면 어떻게 작성해야 하나요?",
}
# A payment a rule blocked, told as done, in each language.
BLOCKED = {
    "en": "The customer's payment was blocked by our Radar rule '{rule}'.",
    "de": "Die Zahlung der Kundin wurde durch unsere Radar-Regel '{rule}' blockiert.",
    "fr": "Le paiement du client a été bloqué par notre règle Radar « {rule} ».",
    "es": "El pago del cliente fue bloqueado por nuestra regla de Radar '{rule}'.",
    "pt-BR": "O pagamento do cliente foi bloqueado pela nossa regra do Radar '{rule}'.",
    "it": "Il pagamento del cliente è stato bloccato dalla nostra regola Radar '{rule}'.",
    "nl": "De betaling van de klant werd geblokkeerd door onze Radar-regel '{rule}'.",
    "sv": "Kundens betalning blockerades av vår Radar-regel '{rule}'.",
    "pl": "Płatność klienta została zablokowana przez naszą regułę Radar '{rule}'.",
    "ja": "お客様の支払いは Radar のルール「{rule}」でブロックされました。",
    "zh-Hans": "客户的付款被我们的 Radar 规则“{rule}”阻止了。",
    "ko": "고객의 결제가 Radar 규칙 '{rule}' 때문에 차단되었습니다.",
}
DAMAGES: tuple[Callable[[str], str], ...] = (str, word_wrapped, html_tags, mail_quote, crlf)


@pytest.mark.parametrize(
    ("language", "rule", "damage"),
    list(itertools.product(QUESTIONS, RULES, DAMAGES)),
    ids=lambda value: getattr(value, "__name__", str(value))[:24],
)
def test_a_question_about_writing_a_rule_is_no_payment(
    language: str, rule: str, damage: Callable[[str], str], known: CodeKinds
) -> None:
    text = damage(QUESTIONS[language].format(rule=rule))
    with pytest.raises(UnreadablePaste) as raised:
        read_paste(text, known)
    assert raised.value.message == RADAR_RULES


BLOCKING = tuple(rule for rule in RULES if rule.startswith("Block"))


@pytest.mark.parametrize(("language", "rule"), list(itertools.product(BLOCKED, BLOCKING)))
def test_a_payment_a_rule_blocked_stays_a_confidential_failure(
    language: str, rule: str, known: CodeKinds
) -> None:
    for text in (
        BLOCKED[language].format(rule=rule),
        f"pi_3QxRuleTest0001AbCdEf: {QUESTIONS[language].format(rule=rule)}",
    ):
        failures = read_paste(text, known).failures
        assert failures, text
        assert signals(failures[0], known.sensitive, known.sensitive_codes), text


def test_a_rule_question_naming_a_sensitive_code_stays_confidential(known: CodeKinds) -> None:
    text = "Should I add a Radar rule for :card_country: when we see decline_code stolen_card?"
    assert kind_of(text, known) == "failure"
