"""Classes two fresh holdouts showed (set k, real text; set l, agents' texts in twelve
languages): labels no list names, read from their words; a Dashboard copy with a tab line
between label and value; confidential reasons told in words; Stripe's messages quoted with
other small words or a redacted id; error pages that title an SDK's exception."""

from __future__ import annotations

import itertools
import json
import tomllib

import pytest

from app.catalogue.catalog import Catalog
from app.reading.keys import fold
from app.reading.labels import FieldNames, label_field
from app.reading.messages import normalise
from app.reading.paste import read_paste
from app.reading.report import CodeKinds, PasteReading, UnreadablePaste
from app.reading.sensitivity import signals
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def words(catalog: Catalog) -> dict[str, list[str]]:
    by_concept: dict[str, list[str]] = {}
    for word, concept in catalog.vocabulary("label_words").items():
        by_concept.setdefault(concept, []).append(word)
    return by_concept


def _sensitive(reading: PasteReading, known: CodeKinds) -> bool:
    first = reading.failures[0]
    return bool(signals(first, known.sensitive, known.sensitive_codes))


def _labels(words: dict[str, list[str]], *concepts: str) -> list[str]:
    """Every label the concepts' words make, in every order."""
    made = []
    for chosen in itertools.product(*(words[c] for c in concepts)):
        for order in itertools.permutations(chosen):
            made.append(" ".join(order))
            if all(ord(word[0]) > 0x3000 for word in order):
                made.append("".join(order))  # CJK and Hangul labels run their words together
    return made


def test_every_label_of_network_decline_and_code_words_names_the_network_code(
    known: CodeKinds, words: dict[str, list[str]]
) -> None:
    names = known.names
    assert isinstance(names, FieldNames)
    for concepts in (("network", "decline", "code"), ("network", "decline"), ("network", "code")):
        for label in _labels(words, *concepts):
            found = label_field(label, names)
            assert found is not None and found.field == "network_decline_code", label


def test_a_compound_of_network_and_code_words_names_the_network_code(
    known: CodeKinds, words: dict[str, list[str]]
) -> None:
    """Germanic compounds join the words, with a linking "s" or none ("nätverkskod",
    "Netzwerkcode", "netwerkcode")."""
    spaced = [w for w in words["network"] if ord(w[0]) < 0x3000 and len(w) > 3]
    codes = [w for w in words["code"] if ord(w[0]) < 0x3000]
    for network, joint, code in itertools.product(spaced, ("", "s"), codes):
        label = f"{network}{joint}{code}"
        found = label_field(label, known.names)
        assert found is not None and found.field == "network_decline_code", label
        reading = read_paste(f"Declined: do_not_honor, {label} 05.", known)
        assert reading.failures[0].network_decline_code == "05", label


def test_every_label_of_advice_words_names_an_advice_code(
    known: CodeKinds, words: dict[str, list[str]]
) -> None:
    for label in _labels(words, "advice", "code"):
        found = label_field(label, known.names)
        assert found is not None and found.field == "advice_code", label
    for label in _labels(words, "network", "advice"):
        found = label_field(label, known.names)
        assert found is not None and found.field == "network_advice_code", label


@pytest.mark.parametrize(
    "label", ["Network status", "Risk evaluation", "Payment method", "Postal code", "Code"]
)
def test_a_label_without_those_concepts_names_no_code_of_them(known: CodeKinds, label: str) -> None:
    found = label_field(label, known.names)
    assert found is None or found.field not in ("network_decline_code", "advice_code")


def test_a_long_sentence_is_not_a_label(known: CodeKinds) -> None:
    sentence = "the network said that the decline code was not what we expected at all"
    assert label_field(sentence, known.names) is None


# A Dashboard table as each browser copies it: the label, then the value on the next line, with
# lines of only a tab or spaces between, or on one line after a tab.
BETWEEN = ["\n", "\n\t\n", "\n \n\n", "\t", ":\t", " \u2014 "]
LABELS = {
    "network_decline_code": [
        "Network decline code",
        "ネットワークの拒否コード",
        "Sieciowy kod odmowy",
        "网络拒付代码",
        "Code de refus réseau",
        "Netzwerk Ablehnungscode",
        "nw decline code",
    ],
    "advice_code": ["Advice code", "Código de recomendación", "アドバイスコード", "建议代码"],
}
VALUES = {"network_decline_code": "51", "advice_code": "confirm_card_data"}


@pytest.mark.parametrize("between", BETWEEN)
@pytest.mark.parametrize(
    ("field", "label"), [(f, label) for f, labels in LABELS.items() for label in labels]
)
def test_a_dashboard_copy_gives_the_value_under_any_label(
    known: CodeKinds, field: str, label: str, between: str
) -> None:
    text = f"Decline code{between}generic_decline\n{label}{between}{VALUES[field]}\n"
    reading = read_paste(text, known)
    assert reading.failures[0].detected().get(field) == VALUES[field], text


BLOCK_LISTS = [
    "fyi this one failed because the card fingerprint is on our block list",
    "Kunde steht auf unserer Sperrliste, deshalb abgelehnt.",
    "Le client est sur notre liste noire.",
    "La tarjeta está en nuestra lista negra.",
    "Il cliente è nella nostra lista nera.",
    "De kaart staat op onze zwarte lijst.",
    "O cartão está na nossa lista de bloqueio.",
    "このカードはブロックリストに登録されています。",
    "이 카드는 차단 목록에 있습니다.",
    "该卡在我们的黑名单中。",
    "Karta jest na naszej czarnej liście.",
    "Kortet finns på vår spärrlista.",
    "email added to the blocklist after 3 chargebacks",
]
SUSPECTED = [
    "The bank told her they suspected it was fraud.",
    "Ho chiamato la banca: l'hanno bloccato perché sospettavano una frode.",
    "Die Bank hat die Zahlung wegen Betrug gesperrt.",
    "The issuer declined it as possible fraud.",
    "La banque soupçonnait une fraude sur la carte.",
    "El banco la rechazó por fraude.",
    "Banken misstänkte bedrägeri och stoppade köpet.",
    "Bank podejrzewał oszustwo.",
]


@pytest.mark.parametrize("sentence", BLOCK_LISTS + SUSPECTED)
def test_a_confidential_reason_told_in_words_marks_the_failure(
    known: CodeKinds, sentence: str
) -> None:
    for around in ("{}", "Payment failed, decline code generic_decline. {}", "{} do_not_honor"):
        reading = read_paste(around.format(sentence), known)
        assert reading.failures and _sensitive(reading, known), around.format(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Payment failed: insufficient_funds. The card is not on any block list.",
        "Declined with do_not_honor; the bank said it is not fraud.",
        "Declined with do_not_honor. uBlock's filter list blocked js.stripe.com at first.",
        "insufficient_funds again. We take fraud seriously, so we ask for a new card.",
    ],
)
def test_the_same_words_denied_or_about_something_else_do_not(
    known: CodeKinds, sentence: str
) -> None:
    reading = read_paste(sentence, known)
    assert reading.failures and not _sensitive(reading, known)


def test_every_message_is_read_with_other_small_words(known: CodeKinds) -> None:
    listed = tomllib.loads((ROOT / "resources/catalog/messages.toml").read_text())["message"]
    patterns = {m.pattern for m in known.messages}
    swaps = [("Your ", "My "), (" has ", " is "), (" was ", " has been "), ("this ", "the ")]
    checked = 0
    for entry in listed:
        text = entry["text"]
        assert normalise(text) in patterns, text
        for old, new in swaps:
            if old in text:
                assert normalise(text.replace(old, new)) == normalise(text), text
                checked += 1
    assert checked > 20


@pytest.mark.parametrize(
    "redacted", ["cus_xxxxxxxx", "cus_XXXXXXXX", "cus_****", "cus_<id>", "cus_{{ID}}"]
)
def test_a_redacted_id_in_a_message_is_still_an_id(known: CodeKinds, redacted: str) -> None:
    reading = read_paste(f"When clicking pay I get this error: No such customer: {redacted}", known)
    assert reading.failures[0].detected().get("code") == "resource_missing"


@pytest.mark.parametrize(
    "title",
    [
        "Stripe::InvalidRequestError - This customer has no attached card:",
        "Stripe::CardError in OrdersController#create",
        "Stripe::InvalidRequestError at /subscriptions",
        "Stripe::CardError \u2014 Your card was declined.",
    ],
)
def test_an_error_page_titling_an_sdk_exception_is_a_failure(known: CodeKinds, title: str) -> None:
    reading = read_paste(title, known)
    assert reading.failures and reading.failures[0].detected().get("error_type")


def test_fold_of_a_canonical_field_is_in_the_names(known: CodeKinds) -> None:
    for field in ("network_decline_code", "advice_code", "network_advice_code", "decline_code"):
        assert fold(field) in known.names


@pytest.mark.parametrize(
    "body",
    [
        'outcome: {\n  network_status: "not_sent_to_network",\n  reason: "highest_risk_level",\n'
        '  type: "blocked"\n}',
        '{"error": {"code": "card_declined", "decline_code": "stolen_card"}}',
    ],
)
def test_markdown_escapes_an_editor_added_are_undone(known: CodeKinds, body: str) -> None:
    escaped = body.replace("_", "\\_")
    reading = read_paste(f"The API returned:\n\n{escaped}\n", known)
    assert reading.failures and _sensitive(reading, known), escaped


@pytest.mark.parametrize(
    "quoted",
    [
        "Your card doesn't support this type of purchase.",
        "Your card doesn\u2019t support this type of purchase.",
        "My card does not support this type of purchase!",
    ],
)
def test_a_message_with_a_contraction_or_without_is_the_same(known: CodeKinds, quoted: str) -> None:
    reading = read_paste(f"The customer wrote: {quoted} Can you help?", known)
    assert reading.failures[0].detected().get("decline_code") == "card_not_supported"


@pytest.mark.parametrize(
    "quoted",
    [
        "Your card has expired.",
        "Ihre Karte ist abgelaufen.",
        "Votre carte a expiré.",
        "Tu tarjeta ha caducado.",
        "La tua carta è scaduta.",
        "Je kaart is verlopen.",
        "Seu cartão expirou.",
        "Ditt kort har gått ut.",
        "Twoja karta wygasła.",
        "カードの有効期限が切れています。",
        "您的卡已过期。",
        "카드가 만료되었습니다.",
        "Ocorreu um erro ao processar seu cartão. Tente novamente.",
        "Se produjo un error al procesar tu tarjeta.",
    ],
)
def test_a_customer_quoting_stripes_message_in_their_language_is_a_failure(
    known: CodeKinds, quoted: str
) -> None:
    reading = read_paste(f"Hello, when I pay it says \u201c{quoted}\u201d what can I do?", known)
    assert reading.failures, quoted


@pytest.mark.parametrize(
    "printed",
    [
        "StripeException(error: LocalizedErrorMessage(code: FailureCode.Failed, "
        "localizedMessage: , message: null, stripeErrorCode: null, declineCode: null, type: null))",
        "{code: 'Failed', message: '', localizedMessage: '', stripeErrorCode: null, "
        "declineCode: null, type: null}",
        "StripeError { code: Failed, declineCode: nil }",
    ],
)
def test_an_sdks_failed_result_with_no_details_is_a_failure_without_its_reason(
    known: CodeKinds, printed: str
) -> None:
    reading = read_paste(printed, known)
    assert reading.failures and not reading.failures[0].detected().get("code")


# A reason described in words and denied beside it, in each shipped language, and the same
# words affirmed: the negation (and only it) makes the difference. A code named to be denied
# ("not a stolen card") is another matter: confidential (tests/reading/test_denials.py).
DENIED_AND_AFFIRMED = [
    ("The card wasn't reported stolen, just expired.", "The card was reported stolen."),
    ("The card isn't on any block list.", "The card is on our block list."),
    ("Kein Betrugsverdacht, einfach zu wenig Deckung.", "Betrugsverdacht laut Bank."),
    ("Pas de soupçon de fraude selon la banque.", "Soupçon de fraude selon la banque."),
    ("Sin sospecha de fraude según el banco.", "Sospecha de fraude según el banco."),
    ("Nessun sospetto di frode secondo la banca.", "Sospetto di frode secondo la banca."),
    ("Geen fraudevermoeden volgens de bank.", "Fraudevermoeden volgens de bank."),
    ("Não há suspeita de fraude, diz o banco.", "Suspeita de fraude, diz o banco."),
    ("Ingen misstanke om bedrägeri enligt banken.", "Misstanke om bedrägeri enligt banken."),
    ("Brak podejrzenia oszustwa według banku.", "Podejrzenie oszustwa według banku."),
    ("没有欺诈嫌疑，只是余额不足。", "银行说有欺诈嫌疑。"),
    ("不正利用の疑いはありません。", "不正利用の疑いがあります。"),
    ("사기 의심 없음.", "사기 의심으로 거절."),
]


@pytest.mark.parametrize(("denied", "affirmed"), DENIED_AND_AFFIRMED)
@pytest.mark.parametrize("code", ["insufficient_funds", "expired_card"])
def test_a_reason_denied_beside_it_is_not_confidential_and_affirmed_it_is(
    known: CodeKinds, denied: str, affirmed: str, code: str
) -> None:
    for note, sensitive in ((denied, False), (affirmed, True)):
        reading = read_paste(f"Decline code: {code}\n{note}", known)
        assert reading.failures[0].decline_code == code
        assert _sensitive(reading, known) is sensitive, note


@pytest.mark.parametrize(
    "note",
    [
        "We could not charge the stolen card again.",
        "No luck: the card was reported stolen.",
        "No, the customer is on our block list.",
        "Not sure why, but Radar blocked it.",
        "We did not retry; the bank suspected fraud.",
        # Portuguese "no" is "in the", never a denial.
        "Deu erro no cartão, reportado como roubado pelo banco.",
        "Apareceu um alerta no cartão: suspeita de fraude.",
        "O cliente está no nosso lista de bloqueio.",
        # Swedish "utan" after a denial is "but": the reason that follows is affirmed.
        "Kortet är inte utgånget utan anmält som stulet.",
    ],
)
def test_a_negation_about_something_else_leaves_the_reason_confidential(
    known: CodeKinds, note: str
) -> None:
    reading = read_paste(f"Decline code: generic_decline\n{note}", known)
    assert _sensitive(reading, known), note


@pytest.mark.parametrize(
    ("words", "outcome"),
    [
        ("Issuer declined", "issuer_declined"),
        ("Declined by the issuer", "issuer_declined"),
        ("declined by issuer", "issuer_declined"),
        ("Manual review", "manual_review"),
        ("Manual-review", "manual_review"),
        ("Blocked", "blocked"),
    ],
)
@pytest.mark.parametrize("between", [": ", "\t", "\n\t\n"])
def test_an_outcome_the_dashboard_writes_in_words_is_its_type(
    known: CodeKinds, words: str, outcome: str, between: str
) -> None:
    copy = f"Decline code{between}card_velocity_exceeded\nOutcome{between}{words}\n"
    reading = read_paste(copy, known)
    found = reading.failures[0].outcome
    assert found is not None and found.type == outcome


def test_every_shorthand_for_a_code_reads_as_the_code(catalog: Catalog, known: CodeKinds) -> None:
    shorthand = catalog.vocabulary("code_shorthand")
    assert shorthand, "vocabulary.toml [code_shorthand] is empty"
    for word, code in shorthand.items():
        assert code in known, f"[code_shorthand] {word!r} names {code}, which is not a code"
        for written in (word, word.upper(), word.title()):
            note = f"cust asking why ch_3PqR8sLkT2vW9xYz1aBcD4eF failed, both {written} again"
            reading = read_paste(note, known)
            assert reading.failures[0].decline_code == code, note
        # Inside a longer word it is not the shorthand ("dnhx", "unsf").
        with pytest.raises(UnreadablePaste):
            read_paste(f"the order note says x{word.replace(' ', '')}x and nothing else", known)


@pytest.mark.parametrize("width", [48, 60, 72, 76])
@pytest.mark.parametrize(
    ("code", "decline_code"),
    [
        ("card_declined", "currency_not_supported"),
        ("card_declined", "stolen_card"),
        ("expired_card", "expired_card"),
        ("card_declined", "merchant_blacklist"),
    ],
)
def test_a_response_hard_wrapped_inside_a_quoted_email_is_read(
    known: CodeKinds, width: int, code: str, decline_code: str
) -> None:
    """A mail client cut the quoted JSON at one width, mid-word, with unwrapped lines around."""
    body = json.dumps(
        {
            "error": {
                "charge": "ch_3SiO4vOj0YwL8fEb1Ph2QrTy",
                "code": code,
                "decline_code": decline_code,
                "doc_url": f"https://stripe.com/docs/error-codes/{code.replace('_', '-')}",
                "message": "Your card was declined.",
                "type": "card_error",
            }
        }
    )
    cut = [body[at : at + width] for at in range(0, len(body), width)]
    email = "\n".join(
        [
            "On Thu, Mar 5, 2026 at 11:02 AM Dev Team <dev@shop.example> wrote:",
            "> Here is the raw response from Stripe for the failed charge:",
            *(f"> {line}" for line in cut),
            "> Let us know what to tell the customer, she is waiting for an answer.",
            "> We did not retry the payment after this one failed.",
            "> Thanks,",
            "> The dev team (on call Monday to Friday, 9 to 5, Central European Time)",
            "> Sent from a phone, please forgive the formatting of this message.",
            "> --",
            "> This message and its attachments are confidential to the intended recipient.",
        ]
    )
    reading = read_paste(email, known)
    first = reading.failures[0]
    assert (first.code, first.decline_code) == (code, decline_code), email
    assert _sensitive(reading, known) == (decline_code in known.sensitive_codes)


@pytest.mark.parametrize(
    "glued",
    ["{code}The card was declined.", "Uncommon{code} appears when", "Type{code}Recoverable"],
)
def test_a_code_glued_to_a_web_pages_words_is_read(known: CodeKinds, glued: str) -> None:
    """A page copied as text loses the breaks between its blocks; every sensitive code and
    every decline code with more than one word is still found."""
    codes = sorted(c for c, kinds in known.items() if "decline_code" in kinds and c.count("_") >= 1)
    for code in codes:
        page = f"Stripe decline code\n{glued.format(code=code)}\nRetry after 24 hours."
        reading = read_paste(page, known)
        assert reading.failures[0].decline_code == code, page
        assert _sensitive(reading, known) == (code in known.sensitive_codes), page
