"""A question or note about writing Radar rules ("should I add a rule for :card_country:?",
"Block if :risk_score: > 75"), with no payment in it: no failure to explain, though its words
("block", "Radar") are those of a payment Radar blocked. A block told of a payment (an id, "was
blocked by our rule", "wurde blockiert", "ブロックされました") stays a confidential failure, and
so does a sensitive code written as a code: on weak evidence the safe side."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds, UnreadablePaste

HEAD = 20_000
RADAR_RULES = (
    "The paste is about writing Radar rules, not one payment: there is no failure to explain. "
    "Radar's rules are documented at docs.stripe.com/radar/rules; paste a blocked or failed "
    "payment to have it explained."
)
# Radar's rule syntax: an attribute between colons with an underscore (`:card_country:`,
# `:risk_score:`), or a rule's action before "if" (docs.stripe.com/radar/rules/reference).
_ATTRIBUTE = r"(?<![\w:]):[a-z]+(?:_[a-z0-9]+)+:(?![\w:])"
_ACTION = r"(?i)\b(?:block|review|allow|request\s+3d\s+secure)\s+if\b"
# "Rule" in the twelve languages (Regel, règle, regla, regra, regola, regel, reguła, ルール,
# 规则, 規則, 규칙).
_RULE_WORD = (
    r"(?i)\brules?\b|\bregel\w*|\br[èe]gles?\b|\breglas?\b|\bregras?\b|\bregol[ae]\b"
    r"|\bregu[łl]\w*|ルール|规则|規則|규칙|\bradar-regel\w*"
)
_RADAR = r"(?i)(?<![a-z])radar(?![a-z])"
# A question how to write a rule or whether to add one, in the twelve languages.
_HOW = (
    r"(?i)\bhow\b|\bshould\s+(?:i|we)\b|\bcan\s+(?:i|we)\b|\bwie\b|\bsollte[nm]?\b|\bkann\s+ich"
    r"|\bcomment\b|\bdois-je\b|\bfaut-il\b|\bc[óo]mo\b|\bdeber[íi]a\b|\bpuedo\b|\bcomo\b|\bdevo\b"
    r"|\bposso\b|\bcome\b|\bdovrei\b|\bhoe\b|\bmoet\s+ik\b|\bkan\s+ik\b|\bhur\b|\bb[öo]r\s+jag\b"
    r"|\bkan\s+jag\b|\bjak\b|\bczy\b|どう|べき|方法|如何|怎么|怎样|应该|어떻게|해야|할까"
)
# A payment's id: a rule about it blocked that payment.
_PAYMENT_ID = r"\b(?:ch|py|pi|in|seti)_[A-Za-z0-9]{10,}"
# A block told as done to a payment, in the twelve languages: "was blocked", "Radar blocked
# the payment", "wurde blockiert", "a été bloqué", "fue bloqueado", "foi bloqueado", "è stato
# bloccato", "werd geblokkeerd", "blockerades", "został zablokowany", "ブロックされました",
# "被阻止", "차단되었습니다"; a Dashboard's "Status: Blocked".
_BLOCK_DONE = (
    r"(?i)\b(?:was|were|got|been)\s+(?:\w+\s+)?blocked\b"
    r"|\bblocked\s+(?:this|the|that|my|our|her|his|their|a|an|its)\s+"
    r"(?:\w+'s\s+)?(?:payments?|charges?|transactions?|orders?|purchases?|cards?|customers?)\b"
    r"|\b(?:payment|charge|transaction|order)\s+(?:was\s+)?blocked\b"
    r"|\b(?:status|outcome|result)\W{0,3}\s*blocked\b|\bblocked\W?\s+by\b|\bbeing\s+blocked\b"
    r"|\bwurden?\b[^.\n]{0,40}?\bblockiert|\bhat\b[^.\n]{0,40}?\bblockiert\b"
    r"|\b(?:a|ont)\s+(?:été\s+)?bloqu[ée]|\bfue(?:ron)?\s+bloquead|\bha(?:n)?\s+(?:sido\s+)?"
    r"bloquead|\bbloque[óo]u?\b|\bfo(?:i|ram)\s+bloquead|\b[èe]\s+stat[oa]\s+bloccat"
    r"|\bha\s+bloccato|\bsono\s+stat[ie]\s+bloccat|\b(?:werd|is|zijn|werden)\s+geblokkeerd"
    r"|\bheeft\b[^.\n]{0,40}?\bgeblokkeerd|\bblockerades\b|\bblev\s+blockerad|\bhar\s+blockerat"
    r"|\bzosta[łl]\w*\s+zablokowan|\bzablokowa[łl]\w*|\bzablokowano\b"
    r"|ブロックされま|ブロックされた|ブロックしました|被[^。\n]{0,12}?(?:阻止|拦截)|已(?:被)?(?:阻止|拦截)"
    r"|阻止了|拦截了|차단되었|차단됐|차단했|차단당"
)


def about_radar_rules(text: str, known: CodeKinds) -> bool:
    """Whether the text is about writing Radar rules and tells no payment: a rule's syntax or
    Radar's name beside the word "rule", no payment's id, no block told as done, no sensitive
    code written as a code."""
    head = text[:HEAD]
    attribute = re.search(_ATTRIBUTE, head) is not None
    action = re.search(_ACTION, head) is not None
    radar = re.search(_RADAR, head) is not None
    rule = re.search(_RULE_WORD, head) is not None
    if not ((rule and (radar or attribute or action)) or (attribute and (radar or action))):
        return False
    if not re.search(_HOW, head) or re.search(_PAYMENT_ID, head):
        return False
    from app.reading.articles import payment_details

    if payment_details(head) or re.search(_BLOCK_DONE, _without_rules(head)):
        return False
    from app.reading.sweep import read_words

    return not any(code in known.sensitive_codes for code in read_words(text, known).written)


def _without_rules(head: str) -> str:
    """The text without its rules' own words ("Block if :card_country: != 'US'"): a rule's
    "block" is no block told."""
    return re.sub(rf"{_ACTION}[^\n?'\"`]*", " ", head)


def refuse_rules(text: str, known: CodeKinds) -> None:
    """Raises with one sentence when the text is about writing Radar rules."""
    if about_radar_rules(text, known):
        raise UnreadablePaste("prose", RADAR_RULES)
