"""Texts about reasons rather than one failed payment, and the rule of issue 26 item 4 beside
them. A table or list of reasons in words, another processor's codes, numeric codes or test
cards with outcomes (Markdown, HTML, CSV, tabs, bullets; 3 to 50 rows), and help pages and
FAQs in the shipped languages, none writing a Stripe code: no failure. The same table writing
Stripe's codes is read from its words, and a sensitive code anywhere in it makes it
confidential. The opposite class stays a failure: two codes for one payment, a log of a few
failures, a payments report, fifty Charges, and a failure beside a list of reasons in words
(confidential only when its own reason is)."""

from __future__ import annotations

import json
import random

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals

SEED = 26


def _declines(known: CodeKinds) -> list[str]:
    return sorted(code for code, kinds in known.items() if "decline_code" in kinds and "_" in code)


def _described(code: str) -> str:
    return (
        f"The card was declined ({code.replace('_', ' ')}); ask the customer to use another card."
    )


def _table(codes: list[str], form: str) -> str:
    if form == "markdown":
        rows = [f"| `{c}` | {_described(c)} |" for c in codes]
        return "| Decline code | What to do |\n|---|---|\n" + "\n".join(rows)
    if form == "markdown_no_bars":
        return "Decline reason | What to do\n---|---\n" + "\n".join(
            f"{c} | {_described(c)}" for c in codes
        )
    if form == "html":
        cells = "".join(f"<tr><td>{c}</td><td>{_described(c)}</td></tr>\n" for c in codes)
        return f"<table>\n<tr><th>Code</th><th>Meaning</th></tr>\n{cells}</table>"
    if form == "csv":
        return "code,description\n" + "\n".join(f'{c},"{_described(c)}"' for c in codes)
    if form == "tabs":
        return "\n".join(f"{c}\t{_described(c)}" for c in codes)
    if form == "bullets":
        return "\n".join(f"- **{c}**: {_described(c)}" for c in codes)
    if form == "numbered":
        return "\n".join(f"{n}. {c} - {_described(c)}" for n, c in enumerate(codes, 1))
    if form == "upper":
        return "\n".join(f"* {c.upper()}  {_described(c)}" for c in codes)
    if form == "bare_bullets":
        return "Codes we still need to handle:\n" + "\n".join(f"  • `{c}`" for c in codes)
    raise AssertionError(form)


FORMS = (
    "markdown",
    "markdown_no_bars",
    "html",
    "csv",
    "tabs",
    "bullets",
    "numbered",
    "upper",
    "bare_bullets",
)
TITLES = (
    "Stripe decline codes",
    "Häufige Ablehnungscodes",
    "Codes de refus courants",
    "Códigos de rechazo",
    "決済エラー一覧",
    "",
)


def _unusable(text: str, known: CodeKinds) -> bool:
    try:
        read_paste(text, known)
    except UnreadablePaste:
        return True
    return False


def _confidential(text: str, known: CodeKinds) -> bool:
    reading = read_paste(text, known)
    assert reading.failures, text
    return bool(signals(reading.failures[0], known.sensitive, known.sensitive_codes))


@pytest.mark.parametrize("form", FORMS)
def test_a_titled_table_of_stripe_codes_is_a_page_not_a_failure(
    known: CodeKinds, form: str
) -> None:
    # Issue 26, session 8: a careful agent calls a table of codes under a title (Stripe's docs,
    # a wiki, another gateway's page) unusable, however many codes and whichever is sensitive.
    rng = random.Random(f"{SEED}{form}")
    declines = [code for code in _declines(known) if code not in known.sensitive_codes]
    for size in (3, 4, 7, 12, 25, 50):
        codes = rng.sample(declines, size)
        codes[rng.randrange(size)] = "stolen_card"
        text = f"{rng.choice(TITLES[:-1])}\n\n{_table(codes, form)}\n"
        assert _unusable(text, known), text


@pytest.mark.parametrize("form", FORMS)
def test_an_untitled_list_of_codes_is_a_page_or_a_confidential_failure(
    known: CodeKinds, form: str
) -> None:
    # Without a title, a header or a page's words, the list may be one payment's attempts: it
    # is read from its words when it is not a page, and a sensitive code in it is confidential.
    rng = random.Random(f"{SEED}{form}untitled")
    declines = [code for code in _declines(known) if code not in known.sensitive_codes]
    for size in (3, 7, 25):
        codes = rng.sample(declines, size)
        codes[rng.randrange(size)] = "stolen_card"
        text = f"{_table(codes, form)}\n"
        assert _unusable(text, known) or _confidential(text, known), text


def _reasons_in_words(known: CodeKinds) -> list[str]:
    return sorted({words for words in known.reason_words if "…" not in words and "." not in words})


WORD_FORMS = (
    "| {} | Ask the customer for another card. |",
    "{}\tThe bank refused the payment.",
    "- {}",
    "• {}: the issuer declined it, try another card",
    "{}, the bank declined the payment",
    "<tr><td>{}</td><td>The bank declined the payment.</td></tr>",
    "PIN_{}_EXCEEDED  The processor refused the payment.",
    "10{}  |  Transação não autorizada pelo emissor",
)


@pytest.mark.parametrize("form", WORD_FORMS)
def test_a_list_of_reasons_naming_no_stripe_code_is_no_failure(known: CodeKinds, form: str) -> None:
    rng = random.Random(f"{SEED}{form}")
    reasons = _reasons_in_words(known)
    for size in (3, 5, 9, 20):
        if "PIN_" in form or "10{}" in form:
            cells = [f"{n:02d}" for n in rng.sample(range(100), size)]
        else:
            cells = [r.capitalize() for r in rng.sample(reasons, size)]
        text = "Declined payments\n" + "\n".join(form.format(cell) for cell in cells)
        assert _unusable(text, known), text


TEST_CARDS = (
    "4000000000000002",
    "4000 0000 0000 9995",
    "4000-0000-0000-9987",
    "4000000000009979",
    "4100000000000019",
    "4000000000000127",
)


@pytest.mark.parametrize("separator", (" | ", "\t", "  ", ", "))
def test_a_test_card_table_is_no_failure(known: CodeKinds, separator: str) -> None:
    outcomes = ("Generic decline", "Insufficient funds", "Lost card", "Stolen card", "Fraud")
    for size in range(3, 6):
        rows = [
            f"{card}{separator}{outcome} decline"
            for card, outcome in zip(TEST_CARDS, outcomes, strict=False)
        ]
        text = "Card number" + separator + "Description\n" + "\n".join(rows[:size])
        assert _unusable(text, known), text


FAQS = (
    "Why was my customer's card declined?\n\nThere are many reasons a card may be declined, "
    "for example insufficient funds, a lost or stolen card, or the bank's fraud rules. "
    "Learn more in our documentation.",
    "Häufige Ursachen für eine abgelehnte Zahlung\nEine Karte kann zum Beispiel wegen "
    "unzureichender Deckung oder Betrugsverdacht abgelehnt werden. Weitere Informationen in "
    "der Dokumentation.",
    "Causes fréquentes d'un refus de paiement\nPar exemple : fonds insuffisants, carte perdue "
    "ou volée, suspicion de fraude. En savoir plus sur notre page d'aide.",
    "Preguntas frecuentes: ¿por qué se rechazó el pago?\nPor ejemplo, fondos insuficientes o "
    "una tarjeta robada. Más información en la documentación.",
    "Possíveis razões para a recusa do cartão\nPor exemplo: saldo insuficiente, cartão "
    "bloqueado ou suspeita de fraude. Saiba mais na central de ajuda.",
    "支払いが拒否される理由はさまざまです。例えば、残高不足やカードの紛失・盗難などです。"
    "詳しくはドキュメントをご覧ください。",
    "支付被拒绝的常见原因\n例如：余额不足、卡片挂失或被盗、疑似欺诈。",
    "결제가 거절되는 일반적인 원인\n"
    "예를 들어 잔액 부족, 분실 또는 도난 카드, 사기 의심 등이 있습니다.",
    "Veelgestelde vragen\nEen betaling kan bijvoorbeeld worden geweigerd door onvoldoende "
    "saldo of een gestolen kaart.",
    "Declines\n\n  • Why was a payment blocked?\n    Radar flags high-risk payments.\n"
    "  • What does an insufficient funds error mean?\n    The bank refused it.\n",
)


@pytest.mark.parametrize("faq", FAQS)
def test_a_help_page_about_declines_is_no_failure(known: CodeKinds, faq: str) -> None:
    assert _unusable(faq, known), faq


def _codes_of(text: str, known: CodeKinds) -> list[str | None]:
    reading = read_paste(text, known)
    return [f.decline_code or f.code for f in reading.failures]


def test_two_codes_for_one_payment_stay_a_failure(known: CodeKinds) -> None:
    rng = random.Random(SEED)
    declines = _declines(known)
    for _ in range(20):
        first, second = rng.sample(declines, 2)
        for text in (
            f"Customer retried: first {first}, then {second}. What should I tell her?",
            f"decline codes on this payment: {first} / {second}",
            f"- {first}\n- {second}\n",
        ):
            assert first in _codes_of(text, known), text


def test_a_log_of_a_few_failures_stays_a_failure(known: CodeKinds) -> None:
    rng = random.Random(SEED + 1)
    declines = _declines(known)
    for size in (2, 3, 5, 8):
        codes = rng.sample(declines, size)
        lines = [
            f"2026-12-0{n % 9 + 1}T10:0{n % 10}:00Z ERROR charge ch_3Qx{n:04d}AbCdEfGh failed: "
            f"card_declined ({code})"
            for n, code in enumerate(codes)
        ]
        text = "\n".join(lines)
        found = _codes_of(text, known)
        assert found and set(found) <= set(codes), text


def test_a_payments_report_with_many_failed_rows_stays_a_failure(known: CodeKinds) -> None:
    declines = _declines(known)[:30]
    rows = [f"ch_3Qy{n:06d}Abcdefgh,Failed,{code},card_declined" for n, code in enumerate(declines)]
    text = "id,Status,Decline Reason,Failure Code\n" + "\n".join(rows)
    assert declines[0] in _codes_of(text, known) or _codes_of(text, known), text


def test_fifty_charges_stay_failures(known: CodeKinds) -> None:
    declines = _declines(known)
    charges = [
        {
            "id": f"ch_3Qz{n:06d}Abcdefgh",
            "object": "charge",
            "status": "failed",
            "failure_code": "card_declined",
            "outcome": {"type": "issuer_declined", "reason": declines[n % len(declines)]},
        }
        for n in range(50)
    ]
    assert _codes_of(json.dumps({"object": "list", "data": charges}), known)


@pytest.mark.parametrize("form", WORD_FORMS[:4])
def test_a_failure_beside_a_list_of_reasons_is_read_and_only_its_reason_counts(
    known: CodeKinds, form: str
) -> None:
    listed = ["Insufficient funds", "Stolen card", "Expired card", "Do not honor", "Lost card"]
    told = ["Card reported stolen", "Suspected fraud", "Expired card", "Merchant block list"]
    for own, confidential, table in (
        (own, confidential, "\n".join(form.format(cell) for cell in cells))
        for own, confidential in (("lost_card", True), ("incorrect_cvc", False))
        for cells in (listed, told)
    ):
        for note in (
            f"Payment pi_3QxAbCdEfGh1234 failed, decline_code: {own}\n\nFrom the FAQ:\n{table}",
            f"From the help page:\n{table}\n\nOur customer's charge ch_3QxAbCdEfGh5678: "
            f"Decline code = {own}",
        ):
            reading = read_paste(note, known)
            assert reading.failures, note
            assert reading.failures[0].decline_code == own, note
            assert _confidential(note, known) == confidential, note


def test_a_failure_beside_a_list_of_stripe_codes_is_confidential_when_any_is(
    known: CodeKinds,
) -> None:
    table = _table(["insufficient_funds", "stolen_card", "expired_card", "do_not_honor"], "tabs")
    for own in ("lost_card", "incorrect_cvc"):
        note = f"Payment pi_3QxAbCdEfGh1234 failed, decline_code: {own}\n\nFrom the docs:\n{table}"
        reading = read_paste(note, known)
        assert reading.failures[0].decline_code == own, note
        assert _confidential(note, known), note


SAID = (
    "The bank returned the decline code `{own}`.",
    "@tom the charge for order 5531 came back {own}",
    "decline code = {own}",
    "Decline code: {own}",
    "Payment failed with {own}",
)
MENTIONED = (
    "Reminder from the macro: never use this template for {other} or {sensitive}.",
    "q: is this the same as {sensitive}? or {other}?",
    "(not {other} like last time; our wiki lists {sensitive} too)",
)


def test_a_code_told_as_the_payments_is_read_and_mentioned_ones_make_it_confidential(
    known: CodeKinds,
) -> None:
    rng = random.Random(SEED + 2)
    declines = [code for code in _declines(known) if code not in known.sensitive_codes]
    sensitive = sorted(known.sensitive_codes & set(_declines(known)))
    for said in SAID:
        for mentioned in MENTIONED:
            own, other = rng.sample(declines, 2)
            also = mentioned.format(other=other, sensitive=rng.choice(sensitive))
            text = f"{said.format(own=own)}\n{also}"
            reading = read_paste(text, known)
            assert [f.decline_code for f in reading.failures] == [own], text
            assert _confidential(text, known), text
