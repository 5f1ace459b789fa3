"""Where a text names Stripe without saying Stripe carried THIS payment (issue 26, reading12p).

A colleague pastes another processor's decline and asks which of "our Stripe macros" to use; a
note says the payment "does not go through Stripe" or that "we moved to Stripe but this one is
still Adyen". The word Stripe there is the team's tool, a denial or a migration: no mark of a
Stripe paste. The words are vocabulary.toml's `stripe_mentions` (role, then languages); the
negation words are told_reasons.NEGATION, the one list of them."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds

_STRIPE = r"(?<![a-z0-9_])stripe(?![a-z0-9_])"
# The small words between a tool's noun and Stripe: "macro de Stripe", "Vorlage für Stripe".
_LINK = (
    r"(?:(?:de|do|da|di|del|dla|för|für|pour|para|per|voor|of|for|from|van|från|z|ze|in|im|em"
    r"|en)\s+)?(?:(?:the|la|le|el|il|lo|o|a|der|die|das|het|de|our|unsere?n?|nos|nuestras?"
    r"|nossas?|nostre|onze|våra|nasze?)\s+)?"
)


def _words(known: CodeKinds, *roles: str) -> str:
    """The alternation of the mention words of these roles, longest first, a space as any."""
    listed = [w for w, value in known.stripe_mentions.items() if value.split()[0] in roles]
    if not listed:
        return r"(?!x)x"
    escaped = (re.escape(w).replace(r"\ ", r"\s*") for w in sorted(listed, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


def _patterns(known: CodeKinds) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(every idle mention of Stripe, a denial that Stripe carried the payment, a claim that
    it did)."""
    cached = known.cache.get("stripe_mentions")
    if isinstance(cached, tuple):
        return cached
    from app.reading.told_reasons import NEGATION

    tool, moved = _words(known, "tool"), _words(known, "moved")
    not_via = (
        rf"{NEGATION}\W+(?:\w+\W+){{0,2}}?{_words(known, 'via')}\W+(?:\w+\W+)?{_STRIPE}"
        rf"|{_words(known, 'not_via_before')}\s*{_STRIPE}"
        rf"|{_STRIPE}\s*{_words(known, 'not_via_after')}"
    )
    idle = (
        rf"{not_via}|{NEGATION}\W+(?:\w+\W+)?{_STRIPE}"
        rf"|{_words(known, 'denied_before')}\s*{_STRIPE}"
        rf"|{_STRIPE}\s*{_words(known, 'denied_after')}"
        rf"|(?<![a-z\u00e0-\u00ff]){_words(known, 'ours')}[\s\-]*{_STRIPE}"
        rf"|{tool}[\s\-]*{_LINK}{_STRIPE}"
        rf"|(?<![a-z]){_words(known, 'compare')}\s+(?:the\s+|o\s+)?{_STRIPE}"
        rf"|{_STRIPE}(?:['\u2019]s)?[\s\-]*(?:[^\W\d_]+[\s\-]+)?(?:の|用の?|的|의)?\s*{tool}"
        rf"|{moved}\W*(?:\w+\W+){{0,2}}?{_STRIPE}|{_STRIPE}\W+(?:\w+\W+)?{moved}"
        rf"|{_STRIPE}\s*{_words(known, 'moved_after')}"
    )
    claim = (
        rf"{_STRIPE}(?:['\u2019]s)?[\s\-]*(?:[^\W\d_]+\s+)?{_words(known, 'claim')}(?![a-z])"
        rf"|(?<![a-z]){_words(known, 'via')}\s+(?:the\s+|o\s+|a\s+|la\s+|el\s+)?{_STRIPE}"
    )
    built = (
        re.compile(idle, re.IGNORECASE),
        re.compile(not_via, re.IGNORECASE),
        re.compile(claim, re.IGNORECASE),
    )
    known.cache["stripe_mentions"] = built
    return built


def without_idle_stripe(text: str, known: CodeKinds) -> str:
    """The text with each mention of Stripe that says nothing of this payment blanked out (a
    denied one, the team's tool, a migration): what is left of "Stripe" claims it."""
    if "tripe" not in text and "TRIPE" not in text:
        return text
    return _patterns(known)[0].sub(lambda m: " " * len(m.group()), text)


def denies_stripe_carried(text: str, known: CodeKinds) -> bool:
    """Whether the text says this payment did not go through Stripe ("not via Stripe", "nie
    idzie przez Stripe", "不走 Stripe", "Stripe 経由ではない")."""
    if "tripe" not in text and "TRIPE" not in text:
        return False
    return _patterns(known)[1].search(text) is not None


def claims_stripe(idle: str, known: CodeKinds) -> bool:
    """Whether a text (its idle mentions already blanked) names Stripe as this payment's
    carrier: "Stripe declined it", "the Stripe payment", "paid via Stripe"."""
    if "tripe" not in idle and "TRIPE" not in idle:
        return False
    return _patterns(known)[2].search(idle) is not None
