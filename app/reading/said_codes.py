"""Which of the codes a note writes is told as the payment's own ("The bank returned the decline
code `incorrect_zip`", "came back transaction_not_allowed") and which are only mentioned beside
it (a macro's "not for lost_card"): the told one is the failure, the others still evidence."""

from __future__ import annotations

import re

from app.reading.labels import labels_before
from app.reading.report import CodeKinds

# What stands right before a code told as the payment's: a verb of the bank's answer.
_SAID = re.compile(
    r"(?i)(?:returned|came back(?: with| as)?|declined with|failed with|got|answered|"
    # A colon or an equals sign after a word, not after a quoted key: `"reason": "x"` is an
    # object's field, which says nothing of which code the words tell.
    r"responded with|reason(?: was| is)?:?|(?:decline|failure|error)[ _]code\s*(?:is|was)"
    r"|(?<![\"'])[:=])"
    r"\s*(?:the\s+)?(?:decline\s+code\s+)?[`'\"]?$"
)


def said_codes(text: str, codes: list[str], known: CodeKinds) -> list[str]:
    """The codes told as the payment's: after their field's label ("Decline code = x") or a
    verb of the bank's answer ("returned", "came back"), at their first place in the text."""
    lowered = text.lower()
    said = []
    for code in codes:
        at = lowered.find(code)
        if at < 0:
            continue
        before = text[max(0, at - 40) : at]
        if _SAID.search(before) or {"decline_code", "code"} & labels_before(text, at, known.names):
            said.append(code)
    return said
