"""ONE payment's failure or a text ABOUT payments (issue 26, reading12d). Generated per class,
each in several renderings (plain, Markdown, HTML, an e-mail's quote) and languages:

1. texts about codes with no payment in them are unusable, and the ones that name a
   confidential reason still say so (the `confidential` the window and `explain` show);
2. a sensitive word in another sense (a block list of payout destinations, a chargeback after
   retries, fraud wondered about in general) makes nothing confidential;
3. the opposite holds: one payment told in the first person, a doc snippet of one payment, and
   a ticket quoting a help page beside the customer's own failed payment are failures, and
   confidential when a sensitive reason stands anywhere in them."""

from __future__ import annotations

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, UnreadablePaste
from app.reading.sensitivity import signals
from tests.reading.conftest import kind_of
from tests.reading.renderings import crlf, html_tags, mail_quote

SENSITIVE = ("fraudulent", "merchant_blacklist", "stolen_card", "lost_card")
RENDER = {
    "plain": lambda text: text,
    "crlf": crlf,
    "html": html_tags,
    "quoted": mail_quote,
}


def _unusable(text: str, known: CodeKinds) -> UnreadablePaste:
    try:
        read_paste(text, known)
    except UnreadablePaste as error:
        return error
    raise AssertionError(f"read as a payment: {text!r}")


def _confidential(text: str, known: CodeKinds) -> bool:
    """Whether the text reads as a failure the window marks confidential."""
    reading = read_paste(text, known)
    return any(
        signals(f, known.sensitive, known.sensitive_codes) or f.evidence for f in reading.failures
    )


# 1. Texts about codes ---------------------------------------------------------------------

QUIZ = {
    "en": (
        "Practice quiz",
        "Which Radar action stops a payment before the bank sees it?",
        ("Allow", "Review", "Block", "Request 3D Secure"),
    ),
    "de": (
        "Übungsquiz",
        "Welche Radar-Aktion hält eine Zahlung auf, bevor die Bank sie sieht?",
        ("Zulassen", "Prüfen", "Blockieren", "3D Secure anfordern"),
    ),
    "fr": (
        "Quiz d'entraînement",
        "Quelle action de Radar arrête un paiement avant la banque ?",
        ("Autoriser", "Examiner", "Bloquer", "Demander 3D Secure"),
    ),
    "es": (
        "Cuestionario",
        "¿Qué acción de Radar detiene un pago antes de que lo vea el banco?",
        ("Permitir", "Revisar", "Bloquear", "Solicitar 3D Secure"),
    ),
    "pt": (
        "Questionário",
        "Qual ação do Radar impede um pagamento antes do banco?",
        ("Permitir", "Revisar", "Bloquear", "Solicitar 3D Secure"),
    ),
    "it": (
        "Quiz",
        "Quale azione di Radar ferma un pagamento prima della banca?",
        ("Consenti", "Rivedi", "Blocca", "Richiedi 3D Secure"),
    ),
    "nl": (
        "Oefenquiz",
        "Welke Radar-actie houdt een betaling tegen voordat de bank die ziet?",
        ("Toestaan", "Beoordelen", "Blokkeren", "3D Secure vragen"),
    ),
    "sv": (
        "Övningsquiz",
        "Vilken Radar-åtgärd stoppar en betalning innan banken ser den?",
        ("Tillåt", "Granska", "Blockera", "Begär 3D Secure"),
    ),
    "pl": (
        "Quiz",
        "Która akcja Radar zatrzymuje płatność, zanim zobaczy ją bank?",
        ("Zezwól", "Sprawdź", "Zablokuj", "Wymagaj 3D Secure"),
    ),
    "ja": (
        "練習問題",
        "銀行に届く前に支払いを止める Radar のアクションはどれですか？",
        ("許可", "レビュー", "ブロック", "3D セキュアを要求"),
    ),
    "zh": (
        "练习题",
        "哪个 Radar 操作会在银行看到之前阻止付款？",
        ("允许", "审核", "阻止", "要求 3D Secure"),
    ),
    "ko": (
        "연습 퀴즈",
        "은행이 보기 전에 결제를 막는 Radar 작업은 무엇입니까?",
        ("허용", "검토", "차단", "3D 보안 요청"),
    ),
}


def quiz(language: str, letters: str = "A) B) C) D)") -> str:
    title, question, options = QUIZ[language]
    marks = letters.split()
    lines = [f"{mark} {option}" for mark, option in zip(marks, options, strict=True)]
    return f"{title}\n\n{question}\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", sorted(QUIZ))
@pytest.mark.parametrize("letters", ["A) B) C) D)", "a. b. c. d.", "(A) (B) (C) (D)"])
@pytest.mark.parametrize("rendering", sorted(RENDER))
def test_a_quiz_about_radar_is_no_payment(
    known: CodeKinds, language: str, letters: str, rendering: str
) -> None:
    assert kind_of(RENDER[rendering](quiz(language, letters)), known) == "unusable"


QUIZ_WORDS = {
    "en": ("Multiple choice", "Explanation"),
    "de": ("Mehrfachauswahl", "Erklärung"),
    "fr": ("Questionnaire à choix multiples", "Explication"),
    "es": ("Opción múltiple", "Explicación"),
    "pt": ("Simulado", "Explicação"),
    "ja": ("模擬試験", "解説"),
}


@pytest.mark.parametrize("language", sorted(QUIZ_WORDS))
def test_an_exam_prep_page_without_its_options_is_no_payment(
    known: CodeKinds, language: str
) -> None:
    """An exam-prep page copied without its options: its question and a quiz's words."""
    kind, explanation = QUIZ_WORDS[language]
    _, question, options = QUIZ[language]
    text = f"{question}\n\n{kind}\n\n{question}\n\n{explanation}: {options[2]}.\n"
    assert kind_of(text, known) == "unusable"


FAQ = {
    "en": (
        "Declines",
        "Why was a payment blocked?",
        "What does an insufficient funds error mean?",
        "My customer's cards keep getting declined. What do I do?",
    ),
    "de": (
        "Ablehnungen",
        "Warum wurde eine Zahlung blockiert?",
        "Was bedeutet der Fehler wegen fehlender Deckung?",
        "Die Karten meiner Kunden werden abgelehnt. Was tun?",
    ),
    "es": (
        "Rechazos",
        "¿Por qué se bloqueó un pago?",
        "¿Qué significa el error de fondos?",
        "Las tarjetas de mis clientes se rechazan. ¿Qué hago?",
    ),
}


@pytest.mark.parametrize("language", sorted(FAQ))
@pytest.mark.parametrize("bullet", ["  \u2022 ", "- ", "1. "])
def test_an_faq_of_questions_about_declines_is_no_payment(
    known: CodeKinds, language: str, bullet: str
) -> None:
    title, *questions = FAQ[language]
    answer = "Radar may block it as high risk; the bank decides, ask the customer to call it."
    body = "\n\n".join(f"{bullet}{q}\n\n    {answer}" for q in questions)
    assert kind_of(f"{title}\n\n{body}\n", known) == "unusable"


def test_an_issue_asking_its_template_questions_as_headings_stays_a_failure(
    known: CodeKinds,
) -> None:
    text = (
        "[BUG] Cards declined\n\n### What's wrong?\n\nWhen I pay, I get the message your card "
        "was declined, though I used the same card for the monthly bill.\n\n### What should "
        "happen?\n\nThe payment goes through.\n\n### Steps to reproduce\n\nPay online.\n"
    )
    assert kind_of(text, known) == "failure"


# A help or blog page about one code: its title asks what the code means, its body explains.
BLOG = {
    "en": (
        "What does {code} mean?",
        "Stripe returns {code} when the bank or Radar stops "
        "the payment. If you see it, we recommend that you never tell your customers the "
        "real reason: show a generic message and ask them to use another card.",
    ),
    "de": (
        "Was bedeutet {code}?",
        "Stripe meldet {code}, wenn die Bank oder Radar die "
        "Zahlung stoppt. Wir empfehlen, Ihren Kunden nie den wahren Grund zu nennen: "
        "zeigen Sie eine allgemeine Meldung und bitten Sie um eine andere Karte.",
    ),
    "fr": (
        "Que signifie {code} ?",
        "Stripe renvoie {code} lorsque la banque ou Radar "
        "arrête le paiement. Nous vous recommandons de ne jamais donner le vrai motif à "
        "vos clients : affichez un message générique.",
    ),
    "es": (
        "¿Qué significa {code}?",
        "Stripe devuelve {code} cuando el banco o Radar "
        "detienen el pago. Te recomendamos no decir nunca el motivo real a tus clientes: "
        "muestra un mensaje genérico. Más información en esta guía.",
    ),
    "pt": (
        "O que significa {code}?",
        "A Stripe retorna {code} quando o banco ou o Radar "
        "para o pagamento. Recomendamos nunca dizer o motivo real aos seus clientes: "
        "mostre uma mensagem genérica. Veja as boas práticas.",
    ),
    "it": (
        "Cosa significa {code}?",
        "Stripe restituisce {code} quando la banca o Radar "
        "ferma il pagamento. Ti consigliamo di non dire mai il vero motivo ai tuoi "
        "clienti: scopri di più nella guida.",
    ),
    "nl": (
        "Wat betekent {code}?",
        "Stripe geeft {code} terug wanneer de bank of Radar de "
        "betaling tegenhoudt. Wij raden aan je klanten nooit de echte reden te noemen: "
        "toon een algemene melding. Lees meer in de handleiding.",
    ),
    "sv": (
        "Vad betyder {code}?",
        "Stripe returnerar {code} när banken eller Radar stoppar "
        "betalningen. Vi rekommenderar att aldrig säga det verkliga skälet till dina "
        "kunder. Läs mer i den här guiden.",
    ),
    "pl": (
        "Co oznacza {code}?",
        "Stripe zwraca {code}, gdy bank lub Radar zatrzyma "
        "płatność. Zalecamy, aby nigdy nie podawać prawdziwego powodu: dowiedz się więcej "
        "o obsłudze twoich klientów.",
    ),
    "ja": (
        "{code} とは？",
        "{code} は、銀行または Radar が支払いを止めたことを意味します。"
        "お客様に本当の理由を伝えないことを推奨します。詳細はこちらのガイドをご覧ください。",
    ),
    "zh": (
        "{code} 是什么？",
        "{code} 表示银行或 Radar 阻止了付款。我们建议不要把真实原因"
        "告诉您的客户。了解更多，请参阅本指南。",
    ),
    "ko": (
        "{code}란?",
        "{code}는 은행 또는 Radar가 결제를 막았음을 의미합니다. 고객에게 실제 "
        "사유를 알리지 않을 것을 권장합니다. 자세히 알아보기: 이 가이드.",
    ),
}


def blog(language: str, code: str, markdown: bool = False) -> str:
    title, body = BLOG[language]
    heading = "## " if markdown else ""
    named = f"`{code}`" if markdown else code
    return f"{heading}{title.format(code=named)}\n\n{body.format(code=named)}\n"


def _warned(text: str, known: CodeKinds) -> set[str]:
    """The confidential reasons the agent is warned of: a failure's, or an unusable text's."""
    try:
        reading = read_paste(text, known)
    except UnreadablePaste as error:
        return set(error.confidential)
    return {
        code
        for failure in reading.failures
        for code in (*signals(failure, known.sensitive, known.sensitive_codes), *failure.evidence)
    }


@pytest.mark.parametrize("language", sorted(BLOG))
@pytest.mark.parametrize("code", SENSITIVE)
@pytest.mark.parametrize("markdown", [False, True])
def test_a_page_explaining_a_confidential_code_always_warns(
    known: CodeKinds, language: str, code: str, markdown: bool
) -> None:
    """A page about one code explains that code as an agent's question does (the sets folded in
    tests/data/agent_texts label it so); either way the agent is warned of its reason."""
    assert code in _warned(blog(language, code, markdown), known)


def docs_section(codes: tuple[str, ...]) -> str:
    rows = {
        "expired_card": "The card has expired. Ask the customer for another card.",
        "incorrect_cvc": "The CVC number is incorrect. Ask the customer to try again.",
        "fraudulent": "The payment was declined because it is suspected to be fraudulent.",
        "stolen_card": "The card was reported stolen. Do not tell the customer this.",
        "lost_card": "The card was reported lost. Do not tell the customer this.",
        "merchant_blacklist": "The card matched an entry on the business's block list.",
        "insufficient_funds": "The card has insufficient funds to complete the purchase.",
    }
    lines = ["## Decline reasons", "", "### Card problems"]
    lines += [f"- `{code}` — {rows[code]}" for code in codes[:2]]
    lines += ["", "### Suspected fraud"]
    lines += [f"- `{code}` — {rows[code]}" for code in codes[2:]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("rendering", sorted(RENDER))
@pytest.mark.parametrize(
    "codes",
    [
        ("expired_card", "incorrect_cvc", "fraudulent", "stolen_card", "lost_card"),
        ("insufficient_funds", "expired_card", "merchant_blacklist"),
        ("incorrect_cvc", "insufficient_funds", "fraudulent"),
    ],
)
def test_a_docs_section_listing_reasons_is_no_payment_and_warns(
    known: CodeKinds, rendering: str, codes: tuple[str, ...]
) -> None:
    error = _unusable(RENDER[rendering](docs_section(codes)), known)
    assert set(codes) & set(SENSITIVE) <= set(error.confidential)


COMMITS = (
    "fix(payments): treat {code} as a hard decline\n\nWhen the decline code is {code} we no "
    "longer retry the charge in the dunning job.\n\nCloses #88\n",
    "feat(gateway)!: map {code} to a held order\n\nThe order note no longer shows the raw "
    "decline code.\n\nRefs #12\n",
    "Merge pull request #97 from shop/decline-codes\n\nHandle {code} and do_not_honor from "
    "Radar\n\nSigned-off-by: A Developer <dev@example.com>\n",
    "diff --git a/lib/declines.rb b/lib/declines.rb\n--- a/lib/declines.rb\n+++ b/lib/declines.rb"
    "\n@@ -3,6 +3,7 @@\n-  HARD = %w[expired_card]\n+  HARD = %w[expired_card {code}]\n",
)
PULL_REQUESTS = (
    "Add handling for the {code} decline code (#412)\n\nThis PR adds support for `{code}` in "
    "the WooCommerce gateway. Previously it was shown as a generic error; now the order note "
    "says the payment was declined.\n\nChanges:\n- map the code to a new order status\n- add "
    "unit tests for {code}\n- update the readme\n",
    "Dieser PR behandelt den Ablehnungscode {code}: die Bestellung bekommt einen eigenen "
    "Status statt eines allgemeinen Fehlers.\n\nÄnderungen:\n- neuer Status\n- Tests\n",
)


@pytest.mark.parametrize("template", range(len(COMMITS)))
@pytest.mark.parametrize("code", SENSITIVE)
def test_a_commit_about_a_code_is_no_payment_and_warns(
    known: CodeKinds, template: int, code: str
) -> None:
    error = _unusable(COMMITS[template].format(code=code), known)
    assert code in error.confidential


@pytest.mark.parametrize("template", range(len(PULL_REQUESTS)))
@pytest.mark.parametrize("code", SENSITIVE)
def test_a_pull_request_about_a_code_always_warns(
    known: CodeKinds, template: int, code: str
) -> None:
    """A pull request's prose about one error reads as that error explained (the folded-in sets
    label it so); either way its confidential reason is named to the agent."""
    assert code in _warned(PULL_REQUESTS[template].format(code=code), known)


HANDLERS = (
    'switch (err.decline_code) {{\n  case "{code}":\n    return showGenericError();\n'
    "  default:\n    return showMessage(err.message);\n}}\n",
    'if error.decline_code == "{code}":\n    notify_risk_team(error)\n    return GENERIC\n',
    'case decline_code\nwhen "{code}" then render_generic\nelse render_message\nend\n',
    "if ($e->getDeclineCode() === '{code}') {{\n    $this->flagOrder($order);\n}}\n",
    'val blocked = listOf("{code}", "do_not_honor")\nif (error.declineCode in ("{code}")) '
    "showGeneric()\n",
)


@pytest.mark.parametrize("handler", range(len(HANDLERS)))
@pytest.mark.parametrize("code", SENSITIVE)
def test_code_that_handles_a_code_is_no_payment_and_warns(
    known: CodeKinds, handler: int, code: str
) -> None:
    error = _unusable(HANDLERS[handler].format(code=code), known)
    assert code in error.confidential


TEMPLATES = (
    "<p>Hi {{{{ customer.first_name }}}},</p>\n<p>We could not renew your subscription: the "
    "payment was declined ({{{{ decline_reason }}}}).</p>\n<p>Please update your card within "
    "{{{{ grace_days }}}} days.</p>\n",
    "Hallo *|FNAME|*,\n\nIhre Zahlung für *|PLAN|* wurde abgelehnt. Bitte aktualisieren Sie "
    "Ihre Karte.\n",
    "Bonjour {{{{first_name}}}},\n\nvotre paiement de {{{{amount}}}} a été refusé. Mettez à "
    "jour votre carte.\n",
    "Hola %FIRST_NAME%, tu pago de %AMOUNT% fue rechazado por {reason}. Actualiza tu tarjeta.\n",
)


@pytest.mark.parametrize("template", range(len(TEMPLATES)))
@pytest.mark.parametrize("reason", ["PayPal", "the bank"])
def test_an_email_template_with_placeholders_is_no_payment(
    known: CodeKinds, template: int, reason: str
) -> None:
    assert kind_of(TEMPLATES[template].format(reason=reason), known) == "unusable"


FORUM = {
    "en": "Are Stripe fees worth it?\n\nI run a small shop and pay 2.9% per transaction. A friend "
    "says Radar blocks fraudulent payments automatically, but I have read stories of real "
    "customers being blocked too. Does anyone have numbers on how much fraud it stops?\n",
    "de": "Lohnen sich die Gebühren von Stripe?\n\nIch betreibe einen kleinen Shop. Ein Freund "
    "sagt, Radar blockiert betrügerische Zahlungen automatisch, aber echte Kunden werden auch "
    "blockiert. Hat jemand Zahlen dazu?\n",
    "fr": "Les frais de Stripe valent-ils le coup ?\n\nJe tiens une petite boutique. Un ami dit "
    "que Radar bloque les paiements frauduleux automatiquement, mais de vrais clients sont "
    "bloqués aussi. Quelqu'un a des chiffres ?\n",
    "es": "¿Valen la pena las comisiones de Stripe?\n\nTengo una tienda pequeña. Un amigo dice "
    "que Radar bloquea los pagos fraudulentos automáticamente, pero también bloquea a clientes "
    "reales. ¿Alguien sabe cuánto fraude detiene?\n",
}


@pytest.mark.parametrize("language", sorted(FORUM))
def test_a_forum_post_about_fees_and_fraud_in_general_is_no_payment(
    known: CodeKinds, language: str
) -> None:
    assert kind_of(FORUM[language], known) == "unusable"


# 2. A sensitive word in another sense -------------------------------------------------------

PAYOUT_LISTS = {
    "en": "Our platform keeps a block list of external accounts: when a connected account adds "
    "a bank account that is on it, we reject that payout destination.",
    "de": "Unsere Plattform führt eine Sperrliste für Bankkonten: steht das Auszahlungskonto "
    "darauf, lehnen wir die Auszahlung ab.",
    "fr": "Notre plateforme tient une liste noire de comptes bancaires : si le compte de "
    "versement y figure, nous refusons le versement.",
    "es": "Nuestra plataforma tiene una lista negra de cuentas bancarias: si la cuenta del pago "
    "a cuentas externas está en ella, rechazamos el pago.",
    "ja": "当社のプラットフォームは出金先の銀行口座のブロックリストを持っています。",
}


@pytest.mark.parametrize("language", sorted(PAYOUT_LISTS))
def test_a_block_list_of_payout_destinations_is_no_confidential_reason(
    known: CodeKinds, language: str
) -> None:
    text = PAYOUT_LISTS[language]
    assert not _confidential(text, known) if kind_of(text, known) == "failure" else True
    try:
        read_paste(text, known)
    except UnreadablePaste as error:
        assert "merchant_blacklist" not in error.confidential


CHARGEBACKS = {
    "en": "Customer was charged after three retries of a failed invoice, then filed a "
    "chargeback saying the card was lost. Dispute dp_1NxYz2AbCdEfGhIj is open for 49.00 USD.",
    "de": "Der Kunde wurde nach drei Versuchen belastet (die Rechnung war fehlgeschlagen) und "
    "hat dann eine Rückbuchung eingereicht, die Karte sei verloren. Betrag 49,00 EUR; es wurde "
    "abgebucht.",
    "fr": "Le client a été débité après trois tentatives échouées, puis a ouvert un litige en "
    "disant que sa carte était perdue. Montant : 49,00 €.",
    "es": "Al cliente se le cobró tras tres reintentos fallidos y luego abrió un contracargo "
    "diciendo que la tarjeta fue robada. Importe: 49,00 €. Se cobró correctamente.",
}


@pytest.mark.parametrize("language", sorted(CHARGEBACKS))
def test_a_chargeback_after_retries_is_nothing_failed(known: CodeKinds, language: str) -> None:
    assert kind_of(CHARGEBACKS[language], known) == "nothing_failed"


# 3. One payment, which stays a failure ------------------------------------------------------

OWN_BLOCKS = (
    "I think Radar closed my Link payment: I paid 35 EUR yesterday and it said the payment "
    "could not be completed.",
    "I paid 35 EUR with Link yesterday and in the dashboard it shows Blocked. Did I do "
    "something wrong?",
    "Radar blocked my payment of 35 EUR this morning, the page only said it failed.",
    "Mi pago de 35 EUR fue bloqueado por Radar ayer.",
    "Meine Zahlung über 35 EUR wurde gestern von Radar blockiert.",
)


@pytest.mark.parametrize("text", OWN_BLOCKS)
@pytest.mark.parametrize("rendering", sorted(RENDER))
def test_a_first_person_report_of_a_radar_block_is_a_confidential_failure(
    known: CodeKinds, text: str, rendering: str
) -> None:
    assert _confidential(RENDER[rendering](text), known)


def test_a_markdown_snippet_of_one_redirect_is_that_payment(known: CodeKinds) -> None:
    text = (
        "After the redirect the customer lands on `/checkout/return?payment_intent="
        "pi_3OabcDEFghiJKL12&redirect_status=failed` and the PaymentIntent shows:\n\n"
        "```\nlast_payment_error.decline_code: insufficient_funds\n```\n"
    )
    failures = read_paste(text, known).failures
    assert failures and failures[0].decline_code == "insufficient_funds"
    assert not _confidential(text, known)


MIXED_OWN = {
    "en": "My own payment of 120 EUR on 3 March was declined and the receipt says {code}. Why?",
    "de": "Meine Zahlung über 120 EUR am 3. März wurde abgelehnt, auf dem Beleg steht {code}.",
    "fr": "Mon paiement de 120 EUR du 3 mars a été refusé et le reçu indique {code}.",
    "es": "Mi pago de 120 EUR del 3 de marzo fue rechazado y el recibo dice {code}.",
}


@pytest.mark.parametrize("language", sorted(MIXED_OWN))
@pytest.mark.parametrize("own", ["lost_card", "insufficient_funds"])
@pytest.mark.parametrize("rendering", sorted(RENDER))
def test_a_ticket_quoting_a_help_page_beside_its_own_failure_is_that_failure(
    known: CodeKinds, language: str, own: str, rendering: str
) -> None:
    page = docs_section(("expired_card", "incorrect_cvc", "stolen_card"))
    quoted = "\n".join(f"> {line}" if line else ">" for line in page.splitlines())
    text = f"Hi, I read your help page, which says:\n\n{quoted}\n\n" + MIXED_OWN[language].format(
        code=own
    )
    text = RENDER[rendering](text)
    assert kind_of(text, known) == "failure"
    assert _confidential(text, known)  # stolen_card stands in it, whatever the own code


@pytest.mark.parametrize("language", sorted(BLOG))
@pytest.mark.parametrize("code", ["stolen_card", "fraudulent"])
def test_a_page_beside_the_customers_own_payment_stays_a_confidential_failure(
    known: CodeKinds, language: str, code: str
) -> None:
    own = {
        "en": "My payment of 20.00 EUR yesterday was declined with {code}.",
        "de": "Meine Zahlung über 20,00 EUR wurde gestern mit {code} abgelehnt.",
        "fr": "Mon paiement de 20,00 EUR a été refusé hier avec {code}.",
        "es": "Mi pago de 20,00 EUR fue rechazado ayer con {code}.",
        "pt": "Meu pagamento de 20,00 EUR foi recusado ontem com {code}.",
        "it": "Il mio pagamento di 20,00 EUR è stato rifiutato ieri con {code}.",
        "nl": "Mijn betaling van 20,00 EUR werd gisteren geweigerd met {code}.",
        "sv": "Min betalning på 20,00 EUR nekades i går med {code}.",
        "pl": "Moja płatność 20,00 EUR została wczoraj odrzucona z kodem {code}.",
        "ja": "私の支払い（20.00 EUR）は昨日 {code} で拒否されました。",
        "zh": "我的付款（20.00 EUR）昨天因 {code} 被拒绝。",
        "ko": "제 결제(20.00 EUR)가 어제 {code}로 거절되었습니다.",
    }[language]
    text = blog(language, code) + "\n" + own.format(code=code)
    assert kind_of(text, known) == "failure"
    assert _confidential(text, known)
