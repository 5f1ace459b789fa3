"""A code that stands only as a word of an early fraud warning's sentence ("The card issuer
reported this payment as potentially fraudulent"): the issuer's report on a payment that went
through, no reason of a failure (issue 26, session 9). The warning's phrases are vocabulary.toml
`notice_words` of the kind early_fraud_warning."""

from __future__ import annotations

import re

from app.reading.report import CodeKinds

HEAD = 20_000  # a warning says what it is in its first lines
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]?")


def _warning(known: CodeKinds) -> re.Pattern[str] | None:
    cached = known.cache.get("early_warning")
    if isinstance(cached, re.Pattern) or cached is False:
        return cached or None
    phrases = sorted(
        (w for w, kind in known.notice_words.items() if kind == "early_fraud_warning"),
        key=len,
        reverse=True,
    )
    # A phrase as words (inside others for ja, zh-Hans and ko).
    parts = [re.escape(p) if not p.isascii() else rf"(?<!\w){re.escape(p)}(?!\w)" for p in phrases]
    pattern = re.compile("|".join(parts)) if parts else None
    known.cache["early_warning"] = pattern or False
    return pattern


def only_in_a_warning(lowered: str, code: str, known: CodeKinds) -> bool:
    """Whether every place a code stands is a word of a sentence of an early fraud warning, never
    after a label or a mark ("as potentially fraudulent", not "decline_code: fraudulent")."""
    warning = _warning(known)
    if warning is None or code in lowered[HEAD:]:
        return False
    sentences = [s.group() for s in _SENTENCE.finditer(lowered[:HEAD]) if code in s.group()]
    return (
        bool(sentences)
        and not re.search(rf"(?<![a-z] ){re.escape(code)}", lowered)
        and all(warning.search(sentence) for sentence in sentences)
    )


def warns_of_fraud(text: str, known: CodeKinds) -> bool:
    """Whether the text's first screens are (or quote) an early fraud warning: its Dashboard
    panel, its e-mail, its `radar.early_fraud_warning` object or an `issfr_` id."""
    warning = _warning(known)
    head = text[:HEAD]
    return bool(
        (warning is not None and warning.search(head.lower()))
        or re.search(r"\bissfr_[A-Za-z0-9]{8,}", head)
    )
