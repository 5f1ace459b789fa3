"""Whose payment a text tells (issue 26, reading15p): another processor named as the one that
declined, refused, returned a code or gave the error ("Adyen refused it", "rechazada por Redsys",
"KO de Nexi", "Betalningen nekades hos Nets", "Adyen で決済エラー", "토스페이먼츠에서 거절",
"连连支付返回错误"), in the twelve languages' ways of saying it. One rule for every processor
of vocabulary.toml: `[other_processors]` in any case, `[processor_senders]` (a name that is also
a word or a Stripe payment method: PayPal, Square, Nets) only written as a name.

A name only passing by is no attribution: a processor used before ("we used to be on Braintree",
"früher hatten wir Adyen", "以前用的是 Adyen"), one moved away from ("we moved from Braintree"),
one paid with ("paid with PayPal"). The past words are vocabulary.toml `[stripe_mentions]`'s
role `past`, the migration verbs its role `moved`."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds

HEAD = 20_000  # whose payment it is is told near the top of what an agent copies
_ARTICLE = r"(?:(?:the|la|le|les|el|il|lo|o|a|der|die|das|dem|den|het|de)\s+)?"
# The source or agent of a failure, before the name: "error from X", "KO de X", "refusé par X",
# "rechazada por X", "recusado pela X", "rifiutato da X", "abgelehnt von X", "geweigerd door X",
# "nekades av X", "odrzucona przez X" (a name after "by" only beside a failure word, below:
# "paid by PayPal" is a Stripe payment method).
_FROM = (
    r"(?:\bfrom|\berror\s+(?:by|of)|\bvon|\bvom|\bd[e']|\bdu\b|\bpar|\bdel?|\bpor|\bpel[ao]|\bda"
    r"|\bdal(?:l[ao])?|\bvan|\bdoor|\bfr[åa]n|\bav|\bod|\bprzez)\s+"
)
# The place a failure happened, before the name: "at X", "on the X reader", "bei X", "chez X",
# "sur X", "en Redsys", "na Cielo", "su Nexi", "bij Mollie", "hos Nets", "på X", "w PayU", "u X";
# "by X" is here too: both count only in a sentence with a failure word.
_AT = (
    r"(?:\bat|\bon|\bby|\bbei(?:m)?|\bchez|\bsur|\ben|\bna|\bno|\bem|\bsu|\bpresso|\bbij|\bhos|\bp[åa]"
    r"|\bw|\bwe|\bu)\s+"
)
# What the processor did or said, after its name (a product's word may stand between: "Square
# Terminal says", "PayPal Checkout error"), in the twelve languages.
_DID = (
    r"(?:'s)?\s*(?::\s|\s+(?:says?|said|returned|returns|responded|rejected|rejects|declined"
    r"|declines|refused|refuses|denied|failed|reports?|reported|sent|gave|shows?|showed|error"
    r"|errors|response|decline|refusal|api|ko|meldet|lehnte|lehnt|gibt|gab|liefert|zeigt"
    r"|verweigert|renvoie|retourne|a\s+refus[ée]|refuse|indique|affiche|a\s+rejet[ée]|devuelve"
    r"|rechaz[óoa]|deneg[óo]|muestra|dice|devolve|devolveu|recusou|recusa|negou|mostra|retorna"
    r"|restituisce|ha\s+rifiutato|rifiuta|ha\s+dato|ha\s+respinto|d[àa]|geeft|gaf|weigerde"
    r"|weigert|toont|returnerar|nekade|nekar|avvisade|avslog|visar|zwraca|zwr[óo]ci[łl]"
    r"|odrzuci[łl]a?|odrzuca|odm[óo]wi[łl]|pokazuje)\b)"
    r"|\s*(?:からの|から|で|が|返回|报错|拒绝|显示|提示|에서|이|가)"
)
# A thing of the processor's between its name and what it did ("Recurly transaction error").
_THING = r"(?i:transaction|terminal|reader|gateway|api)s?"
# Or, for a name no Stripe payment method has, its payment or charge ("Adyen payment failed").
_PAYMENT = r"(?i:payment|charge|checkout|order)s?"
# A name followed by CJK text: its failure may follow within the sentence without a space
# ("Adyen で決済エラー", "토스페이먼츠에서 카드 결제가 거절", "连连支付返回错误"): kana,
# CJK ideographs, Hangul.
_CJK_NEXT = r"(?=\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
_CJK_REACH = 24  # characters of the same sentence in which the failure word stands
_FIELD_REACH = 60  # characters after a name in which its own result field stands
# What stands before a sentence's first word in a chat or a quote: "> ", "[10:42] Anna: ".
_SPEAKER = r"[\s>*-]*(?:(?:\[[^\]\n]{1,30}\]\s*)?[^\W\d_][\w .'-]{0,30}:\s+)?"
# A sentence ends at a full stop, ! or ? (the CJK ones too) or a line's end.
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+")


def _words(known: CodeKinds, role: str) -> str:
    """The alternation of vocabulary.toml `[stripe_mentions]`'s words of one role: a word of
    Latin letters between non-letters, a word of another script anywhere (CJK has no spaces)."""
    listed = [w for w, value in known.stripe_mentions.items() if value.split()[0] == role]
    if not listed:
        return r"(?!x)x"

    def alternation(words: list[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!x)x"

    latin = alternation([w for w in listed if w[0] < "\u0250"])  # Latin script's letters end there
    other = alternation([w for w in listed if w[0] >= "\u0250"])
    return rf"(?:(?<![^\W\d_])(?:{latin})(?![^\W\d_])|{other})"


def _passing(known: CodeKinds) -> re.Pattern[str]:
    """A sentence that tells of a processor used before or moved away from."""
    cached = known.cache.get("processor_passing")
    if isinstance(cached, re.Pattern):
        return cached
    past, moved = _words(known, "past"), _words(known, "moved")
    built = re.compile(
        rf"(?i){past}|{moved}\W+(?:\w+\W+){{0,3}}?(?:from|von|de|da"
        rf"|van|från|z|od)\b",
    )
    known.cache["processor_passing"] = built
    return built


def _failing(known: CodeKinds) -> re.Pattern[str]:
    """The failure words of the twelve languages (vocabulary.toml `[failure_words]` and
    `[failure_errors]`), and KO."""
    cached = known.cache.get("processor_failing")
    if isinstance(cached, re.Pattern):
        return cached
    words = {"ko", *(w for group in known.failure_words[1:3] for w in group)}
    ordered = sorted(words, key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in ordered if w[0] < "\u0250")
    other = "|".join(re.escape(w) for w in ordered if w[0] >= "\u0250")
    # A Latin word stands alone (not in `decline_code`); a CJK one may stand inside a sentence.
    built = re.compile(rf"(?i)(?<![\w.])(?:{latin})(?!\w)|{other or '(?!x)x'}")
    known.cache["processor_failing"] = built
    return built


def _spelled(word: str, name: str, as_name: bool) -> str:
    """The pattern of a processor's written forms: any case, or (a word that is also an
    everyday word) capitalised or in capitals ("Square", "SQUARE", not "a square")."""
    if as_name:
        forms = "|".join(map(re.escape, {name, name.upper(), word.capitalize(), word.title()}))
        return rf"(?<![A-Za-z0-9_.@/-])(?:{forms})(?![A-Za-z0-9_@-])"
    return rf"(?i:(?<![a-z0-9_.@/-]){re.escape(word)}(?![a-z0-9_@-]))"


def _sentence_at(head: str, start: int) -> str:
    """The sentence of the text around a position."""
    for sentence in _SENTENCE.finditer(head):
        if sentence.start() <= start < sentence.end():
            return sentence.group()
    return ""


def _names_it(head: str, spelled: str, known: CodeKinds, as_name: bool) -> bool:
    """Whether the text names this processor as its failure's source: the name then what it
    did ("Adyen refused"), or a failure word beside its name as the failure's source or place
    ("declined by Bambora", "recusado pela Cielo", "nekades hos Nets", "Nexi で KO"), in a
    sentence that tells of no processor used before or moved away from."""
    thing = _THING if as_name else f"(?:{_THING}|{_PAYMENT})"
    if re.search(rf"{spelled}(?:\s+[A-Z][a-z]+|\s+{thing})?(?i:{_DID})", head):
        return True
    passing, failing = _passing(known), _failing(known)
    # A sender's word after "by" is Stripe's own message of its payment method ("The payment was
    # declined by PayPal.").
    at = _AT.replace(r"\bby|", "") if as_name else _AT
    for found in re.finditer(
        rf"(?i:{_FROM}{_ARTICLE}|{at}{_ARTICLE}|在\s*)({spelled})|({spelled}){_CJK_NEXT}", head
    ):
        if found.group(2):
            after = re.split(r"[.!?\n\u3002\uff01\uff1f]", head[found.end() :], maxsplit=1)[0]
            if failing.search(after[:_CJK_REACH]):
                return True
            continue
        sentence = _sentence_at(head, found.start())
        if passing.search(sentence):
            continue
        # A sender's word as before this rule: "Do Not Honor from PayPal" with no failure word.
        source = as_name and re.match(_FROM, found.group(), re.IGNORECASE) is not None
        if source or failing.search(sentence):
            return True
    # The name, then its own result field with a code of its own ("连连支付回调 ret_code=1008",
    # "Cielo: ReturnCode 57"): its reply set out (processor_marks.foreign_code).
    from app.reading.processor_marks import foreign_code

    for found in re.finditer(spelled, head):
        rest = head[found.end() : found.end() + _FIELD_REACH]
        if foreign_code(rest.split("\n\n", 1)[0], known):
            return True
    # The name as a sentence's subject, the failure after it ("Verifone hat die Zahlung
    # abgelehnt", "Rede a refusé", "Square ha rifiutato la carta").
    for found in re.finditer(rf"(?:^|(?<=[.!?\n\u3002])){_SPEAKER}{spelled}", head):
        sentence = _sentence_at(head, found.end() - 1)
        rest = sentence[sentence.find(found.group().strip()[-3:]) :]
        if failing.search(rest) and not passing.search(sentence):
            return True
    return False


def attributed(
    text: str, known: CodeKinds, listed: dict[str, str], present: list[str], as_name: bool
) -> str | None:
    """The processor of `listed` (`[other_processors]`, or `[processor_senders]` with `as_name`)
    the text names as its failure's source, or None; `present`: the listed words the text holds
    (the caller finds them, other_processor.listed_in for the long list)."""
    head = text[:HEAD]
    for word in sorted(present, key=len, reverse=True):
        if _names_it(head, _spelled(word, listed[word], as_name), known, as_name):
            return listed[word]
    return None


def without_passing(text: str, known: CodeKinds) -> str:
    """The text with each sentence that tells of a processor used before or moved away from
    blanked ("We used to be on Braintree."): what names a processor then tells of this
    payment (the caller has looked for a processor named as the failure's source first)."""
    head = text[:HEAD]
    passing = _passing(known)
    if passing.search(head) is None:
        return text
    kept = []
    last = 0
    for sentence in _SENTENCE.finditer(head):
        clause = sentence.group()
        if passing.search(clause):
            kept.append(head[last : sentence.start()] + " " * len(clause))
            last = sentence.end()
    kept.append(text[last:])
    return "".join(kept)
