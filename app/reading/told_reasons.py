"""Confidential reasons told in words rather than codes, in the shipped languages: a card
reported lost or stolen, fraud suspected, the merchant's block list, a payment blocked by
Stripe, Radar or a rule. Each is the same reason as its code (`stolen_card`, `lost_card`,
`fraudulent`, `merchant_blacklist`, a blocked outcome), so a note, a chat line or a customer's
email that tells one makes the paste confidential."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# The patterns are compiled when a paste first needs them, not at import: every command imports
# this module, and compiling them all cost `explain` several milliseconds.
_pattern = functools.cache(re.compile)

# A word that turns what follows around, in each shipped language ("not a stolen card", "kein
# Betrugsverdacht", "pas de soupçon de fraude", "brak podejrzenia oszustwa"): the one list, used
# here, by reading.failure_words and by reading.told_codes. "no" is one of them only there: in
# Portuguese it is "in the" ("erro no cartão, reportado como roubado"), so it never denies a
# confidential reason here. Swedish "utan" is left out: it is also "but" ("inte utgånget utan
# anmält som stulet", not expired but reported stolen). The "without" words deny a thing ("sin
# sospecha de fraude") but never a whole sentence ("Sin embargo, ...": however), so
# reading.retracted, which reads a sentence's first words, takes the others alone.
NOT_WORDS = (
    r"not|never|nicht|nie|kein\w*|pas|jamais|aucun\w*|nunca|ningun\w*|ningún|não|nao|nem"
    r"|nenhum\w*|non|nessun\w*|niet|geen|nooit|inte|ingen|aldrig|brak|żadn\w*"
)
WITHOUT_WORDS = r"without|ohne|sans|sin|sem|senza|zonder|bez"
NEGATION_WORDS = rf"{NOT_WORDS}|{WITHOUT_WORDS}"
# The answer a sentence opens with when it denies the one before ("No, ...", "Nein.", "Nej,").
ANSWER_NO = r"no|nope|non|nein|nee|nej|nie|não"
NEGATION = rf"(?:\b(?:no|{NEGATION_WORDS})\b|n['\u2019]t\b)"
# Spanish (and English) "no" before a verb denies ("la tarjeta no fue reportada como robada",
# "no es fraude"); Portuguese "no" ("in the") stands before a noun.
_NO_VERB = (
    r"no\s+(?:es|era|fue|est[aá]\w*|ha|han|hab[ií]a|hay|tiene|ten[ií]a|figura|aparece|consta"
    r"|parece|se|lo|la|le|was|is|were|longer)"
)
_DENIAL = rf"(?:\b(?:{NEGATION_WORDS}|{_NO_VERB})\b|n['\u2019]t\b)"
# A reason is denied when the negation stands right before it, with at most two short words
# between ("isn't on any block list", "não há suspeita"), or in Chinese right before it
# ("没有欺诈嫌疑"); Japanese and Korean deny after ("不正利用の疑いはありません", "사기 의심 없음").
# A longer gap ("could not charge the stolen card") denies something else; an opening quote or
# backtick may stand right before it.
_DENIED_BEFORE = (
    rf"(?i)(?:{_DENIAL}(?:[^\S\n]+[^\W\d_]{{1,4}}){{0,2}}[^\S\n]*"
    r"|(?:没有|沒有|不是|并非|並非|无|無|未被)\s?)"
    # A code written as code ("no es `fraudulent`", "not **stolen_card**") is denied the same.
    r"[`'\"*\u201c\u2018\u00ab\u300c]*$"
)
_DENIED_AFTER = (
    r"^(?:[^。、.,\n]{0,3}?(?:ではな|じゃな|はありません|はない|はなく|なし|無し)"
    r"|[^.,\n]{0,8}?(?:아닙|아니|아님|없습|없음|없는|없다))"
)


# What every match of _DENIED_BEFORE holds in a text of plain ASCII, in lower case: one of the
# negation words as it begins ("kein" of kein\w*), "no" (its verbs), or "n't". A window without
# any of them is not denied before, and the pattern need not be compiled for it (about 2 ms).
_ASCII_NEGATIONS = tuple(
    {word.removesuffix(r"\w*") for word in NEGATION_WORDS.split("|") if word.isascii()}
    | {"no", "n't"}
)


def denied(text: str, start: int, end: int) -> bool:
    """Whether the words of text[start:end] are denied by a negation beside them."""
    before = text[max(0, start - 40) : start]
    if (not before.isascii() or any(word in before.lower() for word in _ASCII_NEGATIONS)) and (
        _pattern(_DENIED_BEFORE).search(text, max(0, start - 40), start)
    ):
        return True
    return denied_after(text, end)


# A negation anywhere in a stretch of words, in every shipped language (Japanese, Korean and
# Chinese forms too). Korean "아니라" is "not X but": it turns to what follows, so it is a
# break below, not a denial of what follows.
_DENIAL_ANYWHERE = rf"(?i){_DENIAL}|않|아니(?!라)|아님|ない|ません|没|不是"
# Where a negation stops reaching: a clause break, or a word that turns to what is affirmed
# ("nicht gestohlen, nur abgelaufen", "pas volée mais expirée", "not stolen but expired",
# "도난이 아니라 만료", "盗難ではなく期限切れ").
_CLAUSE_BREAK = (
    r"(?i)[,;:()\u2013\u2014\u3001\uff0c]|\s-\s|\b(?:but|just|only|rather|instead|aber|sondern"
    r"|nur|bloß|mais|juste|seulement|plutôt|pero|sino|solo|sólo|mas|só|apenas|ma|soltanto"
    r"|maar|alleen|enkel|men|utan|bara|ale|tylko|lecz)\b|아니라|ではなく|じゃなく|但|而是|只是"
)


def breaks_clause(stretch: str) -> bool:
    """Whether a clause break or a turning word stands in `stretch`."""
    return _pattern(_CLAUSE_BREAK).search(stretch) is not None


def denied_after(text: str, end: int) -> bool:
    """Whether the words ending at `end` are denied right after them ("만료 아님"): only
    Japanese or Korean words do, so plain ASCII after them never is."""
    after = text[end : end + 16]
    return not after.isascii() and _pattern(_DENIED_AFTER).match(after) is not None


def negation_reaches_end(stretch: str) -> bool:
    """Whether a negation in `stretch` still holds at its end: no clause break and no word
    turning to something else stands after it ("Karte NICHT als gestohlen gemeldet": yes;
    "Karte nicht abgelaufen, als gestohlen gemeldet": no)."""
    ends = [found.end() for found in _pattern(_DENIAL_ANYWHERE).finditer(stretch)]
    return bool(ends) and not _pattern(_CLAUSE_BREAK).search(stretch, ends[-1])


# Words that say the payment was blocked by Stripe, Radar, a rule or a risk check.
# A block in the words of the shipped languages: English, French, Spanish, Portuguese,
# Italian, German, Dutch, Swedish, Polish, Japanese, Chinese, Korean.
_BLOCK_WORD = (
    r"(?:\bblock(?:ed|s|ing)?\b|\bbloqu\w*|\bblocc\w*|\bblockiert\w*|\bgeblokkeerd\b"
    r"|\bblockerad\w*|\bzablokow\w*|ブロック|阻止|拦截|차단)"
)
# Radar stopping, declining or rejecting a payment, in the same languages: Radar acts only by
# blocking, so these words beside its name tell a block ("Radar stopped it", "Radar stoppade
# den", "Radar l'a arrêté", "被 Radar 拒绝", "Radar가 막았어요").
_RADAR_STOP = (
    r"(?:\bstop\w*|gestoppt|\barr[êe]t\w*|\bdetuv\w*|\bfren[óo]\w*|\bpar[óo]\b|\bimpedi\w*"
    r"|\bbarr(?:ou|ado|ada)\b|\bfermat\w*|\bferm[òo]\b|tegengehouden|\bgestopt\b|\bzatrzyma\w*"
    r"|\bdeclin\w*|\breject\w*|\brefus\w*|\brechaz\w*|\brecus\w*|\brifiut\w*|\babgelehnt\b"
    r"|\bgeweigerd\b|\bavvis\w*|\bneka\w*|\bodrzuc\w*|止め|停止|拒否|拒绝|막았|막혔|중단|거절|거부"
    # closing or cancelling a payment ("Radar closed my Link payment"; a review is closed too)
    r"|\bcancel+ed\b|\bclos(?:ed|es)\s+(?:my|our|the|this|their|his|her)\s+(?:\w+\s+)?"
    r"(?:payments?|charges?|orders?|transactions?|purchases?))"
)
# The bank as the one who blocked, in each shipped language: between Stripe's name and a
# block word it makes the block the bank's ("declined in Stripe, the bank blocked the card"),
# a decline like any other and no Stripe block.
_BANK = (
    r"(?:bank\w*|banco|banque|banca|issuer|emisor|emissor|emittente|emetteur|émetteur"
    r"|uitgever|utfärdare\w*|utfardare\w*|wystawc\w*|銀行|カード会社|银行|发卡行|은행|카드사)"
)
_NOT_BANK = rf"(?:(?!{_BANK})[^.\n])"
_BLOCK = (
    rf"(?i)(?<![a-z])(?:radar|stripe)(?![a-z]){_NOT_BANK}{{0,40}}?{_BLOCK_WORD}"
    rf"|(?<![a-z.])radar(?![a-z_]|\.[a-z])[^.\n]{{0,40}}?{_RADAR_STOP}"
    rf"|{_RADAR_STOP}[^.\n]{{0,30}}?(?<![a-z.])radar(?![a-z_]|\.[a-z])"
    rf"|{_BLOCK_WORD}{_NOT_BANK}{{0,30}}?(?<![a-z])(?:radar|stripe)(?![a-z])"
    r"|\bblock(?:ed)?\b[^.\n]{0,30}?\b(?:by|with|via|from)\s+(?:(?:a|an|the|our|your|one\s+of"
    r"\s+(?:our|your|the))\s+)?(?:rules?|risk|fraud)"
    r"|\bblocked\b[^.\n]{0,20}?\b(?:as|for\s+being)\s+(?:too\s+|high\s+|highest\s+)?risk"
    r"|\b(?:flagged|marked|rated|scored|classified|evaluated|assessed)\b[^.\n]{0,30}?"
    r"\bhighest[\s-]+risks?\b"
    r"|\bhighest[\s-]+risk\s+(?:charges?|payments?|transactions?|orders?)\b"
    r"|\bblocked\s+(?:charges?|payments?|transactions?)\b"
    # the Dashboard's status of a payment, told: "in the dashboard it shows Blocked"
    r"|\b(?:dashboard|status)\b[^.\n]{0,30}?\b(?:shows?|showing|says|is|marked\s+as)\s*:?\s*"
    r"[\"'`]?blocked\b|\b(?:shows?|showing|with)\s+(?:the\s+)?status\s*:?\s*[\"'`]?blocked\b"
    r"|\bblock\s+if\b"
)


# The merchant's block list told in words ("the card is on our block list", "schwarze Liste",
# "黑名单"): the same reason as `merchant_blacklist`.
# A letter of a Latin-script word: a block-list word ends before Japanese or Korean glued to
# it ("merchant_blacklistではなく").
_L = r"[a-z\u00df-\u024f]"
_BLOCK_LIST = (
    rf"block\s*-?lists?|blacklist{_L}*|black\s+list{_L}*|deny\s*-?lists?|ban\s*-?lists?"
    rf"|sperrliste{_L}*|blockliste{_L}*|schwarze{_L}*\s+liste|liste\s+noire|liste\s+de\s+blocage"
    rf"|lista\s+negra|lista\s+de\s+bloqueio?|lista\s+nera|lista\s+di\s+blocco|zwarte\s+lijst"
    rf"|blokkeerlijst|blocklijst|czarn{_L}+\s+li[sś]{_L}*|list{_L}*\s+blokad|sp[äa]rrlista{_L}*"
    rf"|svartlista{_L}*|blocklista{_L}*|ブロックリスト|ブラックリスト|黑名单|黑名單|阻止列表|屏蔽列表"
    rf"|차단\s*목록|블랙리스트|블록리스트"
)
# Every phrase of _BLOCK_LIST has one of these ("czarnej liście": czarn).
_MAY_LIST_WORDS = ("list", "lijst", "czarn", "リスト", "名单", "名單", "列表", "목록", "리스트")


# A block of something that is not a payment: a browser blocking Stripe's script, a firewall.
NOT_A_PAYMENT_BLOCK = (
    r"(?i)\b(?:script|stripe\.js|js\.stripe|extension|browser|brave|ad\s*-?block\w*|ublock"
    r"|firewall|csp|cors|content security|dns|host\s*list|domain|webhook endpoint"
    r"|developer tools|devtools|console|network tab|(?:js|m|q|r|b|g|api|hooks)\.stripe)\b"
)


# A block list of where money goes, not of who pays: a platform's list of external accounts,
# payout destinations or bank accounts (its "blocked" entries are no payment's reason).
NOT_A_CARD_LIST = (
    r"(?i)\b(?:external\s+accounts?|payouts?|payout\s+destinations?|destination\s+accounts?"
    r"|bank\s+accounts?|iban|recipients?|auszahlung\w*|bankkonto\w*|versements?|virements?"
    r"|comptes?\s+bancaires?|pagos?\s+a\s+cuentas|cuentas?\s+bancarias?|repasses?|saques?"
    r"|contas?\s+banc[áa]rias?|bonifici|conti\s+bancari|uitbetaling\w*|bankrekening\w*"
    r"|utbetalning\w*|bankkont\w*|wyp[łl]at\w*|kont\w*\s+bankow\w*)\b"
    r"|出金|振込先|銀行口座|提现|收款账户|银行账户|정산|출금|은행\s*계좌"
)


_SENTENCE_END = r"[.!?](?=\s)|\n"


def _has(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of `words` stands in the text: a look that needs no pattern compiled."""
    return any(word in text for word in words)


def windows(text: str, cue: re.Pattern[str], reach: int, words: tuple[str, ...] = ()) -> list[str]:
    """The stretches of `text` within `reach` characters of each place `cue` finds, joined
    where they overlap: where a long pattern can match at all. `words`, when given, start
    every match of `cue` (app.reading.told_reasons' cheap first looks)."""
    spans: list[list[int]] = []
    for found in cues(text, cue, words) if words else cue.finditer(text):
        start, end = max(0, found.start() - reach), found.end() + reach
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [text[start:end] for start, end in spans]


def cues(text: str, cue: re.Pattern[str], words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches `cue.finditer` gives, found from where one of `words` (which start every
    match) stands: a pattern of many words is tried at every letter of the text, where
    str.find skips in C to the next place each word stands (a megabyte's log: 30 ms to 3)."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        if at >= end and (found := cue.match(text, at)) is not None:
            end = max(found.end(), at + 1)
            yield found


def clause(text: str, match: re.Match[str]) -> str:
    """The sentence a match stands in (a dot inside a name, as in `js.stripe.com`, goes on)."""
    before = [
        m.end()
        for m in _pattern(_SENTENCE_END).finditer(text, max(0, match.start() - 300), match.start())
    ]
    after = _pattern(_SENTENCE_END).search(text, match.end(), match.end() + 300)
    return text[
        before[-1] if before else max(0, match.start() - 300) : after.start()
        if after
        else match.end() + 300
    ]


def told_reasons(lowered: str) -> list[str]:
    """The confidential reasons a lower-cased text tells in words, as their codes, in the
    order lost or stolen, fraud, block list; a negated one ("not reported stolen") is not."""
    from app.reading import reason_phrases as phrases  # its patterns, read when a text is

    found: dict[str, None] = {}
    for window in (
        windows(lowered, _pattern(phrases.MAY_TELL), 120, phrases.MAY_TELL_WORDS)
        if _has(lowered, phrases.MAY_TELL_WORDS)
        else ()
    ):
        for told in _pattern(phrases.TOLD).finditer(window):
            if not negation_reaches_end(told.group()) and not denied(window, *told.span()):
                found.setdefault(
                    "stolen_card" if _pattern(phrases.STOLEN).search(told.group()) else "lost_card"
                )
    if _has(lowered, phrases.MAY_BE_FRAUD_WORDS) and any(
        not negation_reaches_end(m.group()) and not denied(window, *m.span())
        for window in windows(
            lowered, _pattern(phrases.MAY_BE_FRAUD), 80, phrases.MAY_BE_FRAUD_WORDS
        )
        for pattern in (phrases.SUSPECTED_FRAUD, phrases.FRAUD_TOLD)
        for m in _pattern(pattern).finditer(window)
    ):
        found.setdefault("fraudulent")
    if _has(lowered, phrases.MAY_RESTRICT_WORDS) and any(
        not negation_reaches_end(m.group()) and not denied(window, *m.span())
        for window in windows(lowered, _pattern(phrases.RESTRICTED_TOLD), 0)
        for m in _pattern(phrases.RESTRICTED_TOLD).finditer(window)
    ):
        found.setdefault("restricted_card")
    listings = _has(lowered, _MAY_LIST_WORDS)
    for listed in _pattern(_BLOCK_LIST).finditer(lowered[:200_000]) if listings else ():
        sentence = clause(lowered, listed)
        start = listed.start()  # a name it ends (`merchant_blacklist`) is denied as a whole
        while start > 0 and re.match(r"[a-z0-9_]", lowered[start - 1]):
            start -= 1
        if (
            not denied(lowered, start, listed.end())
            and not _pattern(NOT_A_PAYMENT_BLOCK).search(sentence)
            and not _pattern(NOT_A_CARD_LIST).search(sentence)
        ):
            found.setdefault("merchant_blacklist")
            break
    return list(found)


# Cheap first look: the long pattern runs only on a text that has one of these.
_MAY_BLOCK = r"block|bloq|blocc|blokk|zablok|ブロック|阻止|拦截|차단|highest|radar"
_MAY_BLOCK_WORDS = tuple(_MAY_BLOCK.split("|"))


def told_block(lowered: str) -> bool:
    """Whether lower-cased text says a payment was blocked by Stripe, Radar, a rule or a risk
    check (not a browser or a firewall blocking Stripe's script)."""
    # The long pattern reads only the sentences around a word it could start from: a 2 MB log
    # with one "blocked" in it is not read whole by it (0.7 s, the window's thread waiting).
    if not _has(lowered, _MAY_BLOCK_WORDS):
        return False
    return any(
        not negation_reaches_end(m.group())
        and not denied(window, *m.span())
        and not _pattern(NOT_A_PAYMENT_BLOCK).search(clause(window, m))
        for window in windows(lowered, _pattern(_MAY_BLOCK), 120, _MAY_BLOCK_WORDS)
        for m in re.finditer(_BLOCK, window)
    )


_CODE_NAME_CHAR = r"[a-z0-9_]"  # a character of a code's name: a code beside one is another


def denied_everywhere(lowered: str, code: str, most: int) -> bool:
    """Whether every place a code stands written as itself is denied beside it ("kein
    stolen_card, sondern expired_card", "lost_card 아님"): a note saying what the reason is
    not. A code written any other way (`stolenCard`, cut by a line) or asserted once counts."""
    places = 0
    at = lowered.find(code)
    while at >= 0 and places < most:
        end = at + len(code)
        # A letter of Latin script beside it makes it part of a longer name; Korean or
        # Japanese glued to it do not ("stolen_card이 아니라", "lost_cardではなく").
        if not re.match(_CODE_NAME_CHAR, lowered[at - 1 : at]) and not re.match(
            _CODE_NAME_CHAR, lowered[end : end + 1]
        ):
            if not denied(lowered, at, end):
                return False
            places += 1
        at = lowered.find(code, end)
    return places > 0
