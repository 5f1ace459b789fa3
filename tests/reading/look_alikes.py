"""Texts that look like one Stripe payment and are not, for test_look_alikes.py (issue 26,
session 9): help articles in the twelve languages, Stripe Issuing e-mails, posts explaining
many codes; and the damages an agent's copy adds (wrapped lines, HTML, an e-mail's quote)."""

from __future__ import annotations

import html
import textwrap

# A help article in each language: a question as its title, a few reasons, numbered steps.
# Each is (title, explanation, heading of reasons, reasons, heading of steps, steps).
ARTICLES = {
    "en": (
        "Why did my customer's payment fail?",
        "A payment can fail for several reasons: the bank declined it, the card details are "
        "wrong, or the payment was blocked.",
        "Common reasons",
        ("Insufficient funds", "Expired card", "Incorrect CVC", "The bank gave no reason"),
        "How to find the reason",
        (
            "Log into your Stripe account.",
            "Click Payments.",
            "Select the failed payment.",
            "Scroll down to the decline reason.",
        ),
    ),
    "fr": (
        "Pourquoi le paiement de mon client a-t-il échoué ?",
        "Un paiement peut échouer pour plusieurs raisons : la banque l'a refusé, les données de "
        "la carte sont fausses ou le paiement a été bloqué.",
        "Raisons fréquentes",
        ("Fonds insuffisants", "Carte expirée", "CVC incorrect", "Aucune raison donnée"),
        "Comment trouver la raison",
        (
            "Connectez-vous à votre compte Stripe.",
            "Cliquez sur Paiements.",
            "Sélectionnez le paiement échoué.",
            "Consultez le motif du refus.",
        ),
    ),
    "de": (
        "Warum ist die Zahlung meines Kunden fehlgeschlagen?",
        "Eine Zahlung kann aus verschiedenen Gründen fehlschlagen: Die Bank hat abgelehnt, die "
        "Kartendaten sind falsch oder die Zahlung wurde blockiert.",
        "Häufige Gründe",
        ("Unzureichende Deckung", "Abgelaufene Karte", "Falscher CVC", "Kein Grund angegeben"),
        "So finden Sie den Grund",
        (
            "Melden Sie sich in Ihrem Stripe-Konto an.",
            "Klicken Sie auf Zahlungen.",
            "Wählen Sie die fehlgeschlagene Zahlung aus.",
            "Sehen Sie sich den Ablehnungsgrund an.",
        ),
    ),
    "es": (
        "¿Por qué falló el pago de mi cliente?",
        "Un pago puede fallar por varios motivos: el banco lo rechazó, los datos de la tarjeta "
        "son incorrectos o el pago fue bloqueado.",
        "Motivos habituales",
        ("Fondos insuficientes", "Tarjeta vencida", "CVC incorrecto", "Sin motivo del banco"),
        "Cómo ver el motivo",
        (
            "Inicia sesión en tu cuenta de Stripe.",
            "Haz clic en Pagos.",
            "Selecciona el pago fallido.",
            "Revisa el motivo del rechazo.",
        ),
    ),
    "pt-BR": (
        "Por que o pagamento do meu cliente falhou?",
        "Um pagamento pode falhar por vários motivos: o banco recusou, os dados do cartão estão "
        "errados ou o pagamento foi bloqueado.",
        "Motivos frequentes",
        ("Saldo insuficiente", "Cartão expirado", "CVC incorreto", "Banco sem motivo"),
        "Como ver o motivo",
        (
            "Faça login na sua conta Stripe.",
            "Clique em Pagamentos.",
            "Selecione o pagamento que falhou.",
            "Verifique o motivo da recusa.",
        ),
    ),
    "it": (
        "Perché il pagamento del mio cliente non è riuscito?",
        "Un pagamento può non riuscire per diversi motivi: la banca lo ha rifiutato, i dati "
        "della carta sono errati o il pagamento è stato bloccato.",
        "Motivi frequenti",
        ("Fondi insufficienti", "Carta scaduta", "CVC errato", "Nessun motivo dalla banca"),
        "Come trovare il motivo",
        (
            "Accedi al tuo account Stripe.",
            "Fai clic su Pagamenti.",
            "Seleziona il pagamento non riuscito.",
            "Controlla il motivo del rifiuto.",
        ),
    ),
    "nl": (
        "Waarom is de betaling van mijn klant mislukt?",
        "Een betaling kan om verschillende redenen mislukken: de bank weigerde, de kaartgegevens "
        "kloppen niet of de betaling werd geblokkeerd.",
        "Veelvoorkomende redenen",
        ("Onvoldoende saldo", "Verlopen kaart", "Onjuiste CVC", "Geen reden van de bank"),
        "Zo vindt u de reden",
        (
            "Log in op uw Stripe-account.",
            "Klik op Betalingen.",
            "Selecteer de mislukte betaling.",
            "Bekijk de reden van weigering.",
        ),
    ),
    "sv": (
        "Varför misslyckades min kunds betalning?",
        "En betalning kan misslyckas av flera skäl: banken nekade, kortuppgifterna är fel eller "
        "betalningen blockerades.",
        "Vanliga orsaker",
        ("Otillräckligt saldo", "Utgånget kort", "Fel CVC", "Banken angav ingen orsak"),
        "Så hittar du orsaken",
        (
            "Logga in på ditt Stripe-konto.",
            "Klicka på Betalningar.",
            "Välj den misslyckade betalningen.",
            "Öppna avsnittet om avvisningen.",
        ),
    ),
    "pl": (
        "Dlaczego płatność mojego klienta nie powiodła się?",
        "Płatność może się nie powieść z kilku powodów: bank ją odrzucił, dane karty są błędne "
        "lub płatność została zablokowana.",
        "Najczęstsze przyczyny",
        ("Niewystarczające środki", "Karta wygasła", "Błędny CVC", "Bank nie podał przyczyny"),
        "Jak sprawdzić przyczynę",
        (
            "Zaloguj się na swoje konto Stripe.",
            "Kliknij Płatności.",
            "Wybierz nieudaną płatność.",
            "Sprawdź powód odrzucenia.",
        ),
    ),
    "ja": (
        "お客様の支払いが失敗したのはなぜですか？",
        "支払いはさまざまな理由で失敗します。銀行が拒否した、カード情報が正しくない、または支払いが"
        "ブロックされた場合などです。",
        "よくある理由",
        ("残高不足", "カードの有効期限切れ", "CVC の誤り", "銀行から理由の説明なし"),
        "理由を確認する方法",
        (
            "Stripe アカウントにログインします。",
            "「支払い」をクリックします。",
            "失敗した支払いを選択します。",
            "拒否の理由を確認します。",
        ),
    ),
    "zh-Hans": (
        "为什么我客户的付款失败了？",
        "付款可能因多种原因失败：银行拒绝了付款、卡信息不正确，或付款被拦截。",
        "常见原因",
        ("余额不足", "卡已过期", "CVC 错误", "银行未说明原因"),
        "如何查看原因",
        ("登录您的 Stripe 账户。", "点击“付款”。", "选择失败的付款。", "查看拒绝原因。"),
    ),
    "ko": (
        "고객의 결제가 실패한 이유는 무엇인가요?",
        "결제는 여러 이유로 실패할 수 있습니다. 은행이 거절했거나, 카드 정보가 잘못되었거나, "
        "결제가 차단된 경우입니다.",
        "일반적인 이유",
        ("잔액 부족", "카드 만료", "잘못된 CVC", "은행이 이유를 알려주지 않음"),
        "이유 확인 방법",
        (
            "Stripe 계정에 로그인합니다.",
            "결제를 클릭합니다.",
            "실패한 결제를 선택합니다.",
            "거절 사유를 확인합니다.",
        ),
    ),
}


def article(language: str, steps: int = 4, reasons: int = 4, numbered: str = "{n}. ") -> str:
    """The article of a language with its first `reasons` and `steps`, numbered as given."""
    title, explanation, why, listed, how, told = ARTICLES[language]
    lines = [title, "", explanation, "", why, *(f"- {r}" for r in listed[:reasons]), "", how]
    lines += [numbered.format(n=n) + step for n, step in enumerate(told[:steps], 1)]
    return "\n".join(lines)


def wrapped(text: str, width: int = 60) -> str:
    """Each line wrapped at a fixed width, as a narrow e-mail client sends it."""
    return "\n".join(
        textwrap.fill(line, width) if line.strip() else line for line in text.splitlines()
    )


def as_html(text: str) -> str:
    """The text as a help centre's HTML: a title, paragraphs, lists."""
    out = []
    lines = text.splitlines()
    for at, line in enumerate(lines):
        if not line.strip():
            continue
        escaped = html.escape(line)
        listed = line.startswith("- ") or (line[:1].isdigit() and line[1:3] in (". ", ") "))
        heading = at == 0 or (not lines[at - 1].strip() and len(line) < 60)
        if listed:
            out.append(f"<li>{escaped[3 if line[:1].isdigit() else 2 :]}</li>")
        elif heading and not line.endswith((".", "\u3002")):
            out.append(f"<h{1 if at == 0 else 2}>{escaped}</h{1 if at == 0 else 2}>")
        else:
            out.append(f"<p>{escaped}</p>")
    return "<div>\n" + "\n".join(out) + "\n</div>"


def quoted(text: str) -> str:
    """The text forwarded in an e-mail, each line quoted."""
    body = "\n".join(f"> {line}" if line else ">" for line in text.splitlines())
    return (
        f"Hi team, the customer sent us this page:\n\nOn Mon, 7 Dec 2026 someone wrote:\n{body}\n"
    )


DAMAGES = {"plain": lambda t: t, "wrapped": wrapped, "html": as_html, "quoted": quoted}
