"""Fields read wrong in agents' texts (issue 26, reading12p): an advice code in a helpdesk
template or signature never fills `code` (Stripe's error code); a Dashboard copy's Outcome row
in any shipped language gives the outcome type; of a denied code and an affirmed one ("no es
fraudulent, es insufficient_funds") the affirmed one is the decline code, while the sensitive
code standing there still makes the paste confidential (the rule of docs/labels.md)."""

from __future__ import annotations

import itertools

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds
from app.reading.sensitivity import signals

ADVICE = ("try_again_later", "do_not_try_again", "confirm_card_data")
# Where a helpdesk puts an advice code: a template's line, a signature, a macro's tag.
TEMPLATES = [
    "Customer says the renewal failed, card declined.\n\n--\nAcme Support · Code: {advice}",
    "Zahlung fehlgeschlagen, Karte abgelehnt.\n-- \nVorlage DECLINE-2 | code={advice}",
    "Pago rechazado.\n\nFirma: Soporte Acme\nadvice_code: `{advice}`",
    "Paiement refusé.\n[macro: refus_soft] advice code: {advice}",
    "決済が失敗しました。\n---\nテンプレート: advice_code={advice}",
    "Betalningen nekades.\n\nMvh Support\n(mall: advice_code: {advice})",
]


@pytest.mark.parametrize(("template", "advice"), list(itertools.product(TEMPLATES, ADVICE)))
def test_an_advice_code_never_fills_code(template: str, advice: str, known: CodeKinds) -> None:
    text = template.format(advice=advice)
    failures = read_paste(text, known).failures
    assert failures, text
    assert failures[0].code is None or "error_code" in known.get(failures[0].code, ()), text
    assert failures[0].code != advice, text
    assert failures[0].advice_code == advice, text


# The Dashboard's Outcome row as each shipped language gives it: its label, a decline's value.
OUTCOMES = {
    "en": ("Outcome", "Declined by the issuer"),
    "de": ("Ergebnis", "Vom Kartenaussteller abgelehnt"),
    "fr": ("Résultat", "Refusé par l'émetteur"),
    "es": ("Resultado", "Rechazado por el emisor"),
    "it": ("Esito", "Rifiutato dall'emittente"),
    "nl": ("Resultaat", "Geweigerd door de uitgever"),
    "pt-BR": ("Resultado", "Recusado pelo emissor"),
    "sv": ("Utfall", "Nekad av utfärdaren"),
    "pl": ("Wynik", "Odrzucone przez wydawcę"),
    "ja": ("結果", "カード発行会社により拒否されました"),
    "zh-Hans": ("结果", "被发卡行拒绝"),
    "ko": ("결과", "카드 발급사에서 거절"),
}
SHORT = {
    "en": "Declined",
    "de": "Abgelehnt",
    "fr": "Refusé",
    "es": "Rechazado",
    "it": "Rifiutato",
    "nl": "Geweigerd",
    "pt-BR": "Recusado",
    "sv": "Nekad",
    "pl": "Odrzucone",
    "ja": "拒否",
    "zh-Hans": "已拒绝",
    "ko": "거절됨",
}
COPIES = [
    "{label}: {value}\nAmount: 499.00 SEK\nCard: Visa •••• 4242",
    "Payment failed\n{label}\n{value}\nDecline code\ninsufficient_funds",
    "Status\tFailed\n{label}\t{value}\nRisk evaluation\tNormal",
]


@pytest.mark.parametrize(("language", "copy"), list(itertools.product(OUTCOMES, COPIES)))
def test_the_outcome_row_gives_the_outcome_type(language: str, copy: str, known: CodeKinds) -> None:
    label, value = OUTCOMES[language]
    for shown in (value, SHORT[language]):
        text = copy.format(label=label, value=shown)
        failures = read_paste(text, known).failures
        assert failures and failures[0].outcome is not None, text
        assert failures[0].outcome.type == "issuer_declined", text


# "Not X, it's Y" in the twelve languages; X is sensitive, Y the payment's reason.
DENIED = {
    "en": "it's not {x}, it's {y}",
    "de": "es ist nicht {x}, sondern {y}",
    "fr": "ce n'est pas {x}, c'est {y}",
    "es": "no es {x}, es {y}",
    "it": "non è {x}, è {y}",
    "nl": "het is niet {x}, het is {y}",
    "pt-BR": "não é {x}, é {y}",
    "sv": "det är inte {x}, det är {y}",
    "pl": "to nie {x}, tylko {y}",
    "ja": "{x} ではなく {y} です",
    "zh-Hans": "不是 {x}，是 {y}",
    "ko": "{x} 아니고 {y} 입니다",
}
WRITTEN = ["{code}", "`{code}`", "**{code}**"]


@pytest.mark.parametrize(
    ("language", "written"), list(itertools.product(DENIED, WRITTEN)), ids="-".join
)
def test_the_affirmed_code_is_the_decline_code(
    language: str, written: str, known: CodeKinds
) -> None:
    for denied, affirmed in (("fraudulent", "insufficient_funds"), ("stolen_card", "expired_card")):
        x, y = written.format(code=denied), written.format(code=affirmed)
        text = "Slack: " + DENIED[language].format(x=x, y=y)
        failures = read_paste(text, known).failures
        assert failures and failures[0].decline_code == affirmed, text
        assert signals(failures[0], known.sensitive, known.sensitive_codes), text
