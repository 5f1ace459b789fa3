"""Which of the codes a note writes is told as the payment's own ("The bank returned the decline
code `incorrect_zip`", "ours was do_not_honor", "lost_card で拒否されました") and which are only
mentioned beside it: compared ("is do_not_honor the same as generic_decline?"), listed as
examples (a macro's "use for insufficient_funds"), denied ("not for stolen_card") or asked
about. The told one is the failure; the others stay evidence, so a sensitive code anywhere still
makes the paste confidential. The words of each role are vocabulary.toml's `code_roles`."""

from __future__ import annotations

import re

from app.reading.labels import alternation, labels_before
from app.reading.report import CodeKinds, FailureReport
from app.reading.told_reasons import denied

# What stands right before a code told as the payment's: a verb of the bank's answer.
_SAID = re.compile(
    r"(?i)(?:returned|came back(?: with| as)?|declined with|failed with|got|answered|"
    # A colon or an equals sign after a word, not after a quoted key: `"reason": "x"` is an
    # object's field, which says nothing of which code the words tell.
    r"responded with|reason(?: was| is)?:?|(?:decline|failure|error)[ _]code\s*(?:is|was))"
    r"\s*(?:the\s+)?(?:decline\s+code\s+)?[`'\"]?$"
)
# A colon or an equals sign after a word, not after a quoted key (`"reason": "x"` is an object's
# field, which says nothing of which code the words tell): told, unless the code stands in a
# list or a comparison ("Q: stolen_card vs do_not_honor", "declined: x and y").
_SAID_MARK = re.compile(r"(?<![\"'])[:=]\s*[`'\"]?$")
_NAME_CHAR = re.compile(r"[a-z0-9_]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[\u3002\uff01\uff1f\n]")
_QUESTION = "?\uff1f"
# Nothing but separators between two codes: a list ("insufficient_funds, expired_card").
_SEPARATORS = re.compile(r"[\s,;/|&+()\[\]`'\"\u3001\uff0c\u201c\u201d\u2018\u2019\u00ab\u00bb*-]*")
_REACH = 60  # how far before a code its clause's cues are looked for
_GAP = 60  # two codes this close, with only a comparison between them, are compared
_QUOTE = r"\s*[:=\-\u2013]?\s*[`'\"\u201c\u2018\u00ab\u300c]?\s*"
TOLD, MENTIONED, QUESTION, NEUTRAL = "told", "mentioned", "question", "neutral"
# A code heading a row of a list, an instruction or a description after an arrow or a dash
# ("insufficient_funds → ask for another card", "do_not_honor - call the bank"): when three
# codes or more head rows, each is a list's entry, even the first after a title's colon
# ("Card declines \u2013 cheat sheet: insufficient_funds \u2192 ...").
ROW_AFTER = re.compile(
    r"[`'\"*]*[ \t]*(?:\u2192|\u21d2|->|=>|[-\u2013\u2014:=|])[ \t]+[^\W\d_]{2,}"
)
MIN_ROWS = 3


def _cues(known: CodeKinds) -> dict[str, re.Pattern[str]]:
    """The roles' patterns, built once per catalogue."""
    cached = known.cache.get("code_roles")
    if isinstance(cached, dict):
        return cached
    by_role: dict[str, list[str]] = {}
    for phrase, role in known.code_roles.items():
        by_role.setdefault(role, []).append(phrase.lower())
    cues = {
        "told": re.compile(rf"(?:{alternation(by_role.get('told', []))}){_QUOTE}$"),
        "told_after": re.compile(
            rf"[`'\"\u201d\u2019\u00bb\u300d]?\s*(?:{alternation(by_role.get('told_after', []))})"
        ),
        "example": re.compile(alternation(by_role.get("example", []))),
        "compare": re.compile(alternation(by_role.get("compare", []))),
    }
    known.cache["code_roles"] = cues
    return cues


def _places(lowered: str, codes: list[str]) -> list[tuple[int, int, str]]:
    """Where each code stands written whole (not inside a longer name), in text order."""
    places: list[tuple[int, int, str]] = []
    for code in codes:
        at = lowered.find(code)
        while at >= 0 and len(places) < 200:
            end = at + len(code)
            if not _NAME_CHAR.match(lowered[at - 1 : at]) and not _NAME_CHAR.match(
                lowered[end : end + 1]
            ):
                places.append((at, end, code))
            at = lowered.find(code, end)
    return sorted(places)


def _clause_start(lowered: str, at: int) -> int:
    start = max(0, at - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(lowered, start, at)]
    return ends[-1] if ends else start


def _compared(gap: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Whether the words between two codes only list or compare them."""
    if len(gap) > _GAP or _SENTENCE_END.search(gap):
        return False
    return _SEPARATORS.fullmatch(gap) is not None or cues["compare"].search(gap) is not None


def _role(
    text: str, lowered: str, place: tuple[int, int, str], listed: bool, known: CodeKinds
) -> str:
    at, end, _ = place
    cues = _cues(known)
    before = lowered[_clause_start(lowered, at) : at]
    example = next(reversed(list(cues["example"].finditer(before))), None)  # the nearest
    told = cues["told"].search(before) or _SAID.search(text[max(0, at - 40) : at])
    if told is not None and not (example is not None and example.end() >= len(before) - 3):
        return TOLD  # "ours was x", not "the decline code is one of: x"
    if cues["told_after"].match(lowered, end):
        return TOLD
    if example is not None or listed or denied(lowered, at, end):
        return MENTIONED
    if _SAID_MARK.search(text[max(0, at - 40) : at]):
        return TOLD
    if {"decline_code", "code"} & labels_before(text, at, known.names):
        return TOLD
    stop = _SENTENCE_END.search(lowered, end)
    if stop is not None and stop.group() in _QUESTION:
        return QUESTION
    return NEUTRAL


def _heading(places: list[tuple[int, int, str]], heads: list[bool]) -> set[str]:
    return {code for (_, _, code), head in zip(places, heads, strict=True) if head}


def row_heads(text: str, codes: list[str]) -> set[str]:
    """The codes that head a row of a list somewhere in the text ("x -> do this")."""
    lowered = text.lower()
    places = _places(lowered, codes)
    return _heading(places, [ROW_AFTER.match(lowered, end) is not None for _, end, _ in places])


def roles(text: str, codes: list[str], known: CodeKinds) -> dict[str, set[str]]:
    """Each code's roles at every place it stands."""
    lowered = text.lower()
    places = _places(lowered, codes)
    cues = _cues(known)
    listed = [False] * len(places)
    for i in range(len(places) - 1):
        (_, end, code), (start, _, other) = places[i], places[i + 1]
        if code != other and _compared(lowered[end:start], cues):
            listed[i] = listed[i + 1] = True
    heads = [ROW_AFTER.match(lowered, end) is not None for _, end, _ in places]
    if len(_heading(places, heads)) >= MIN_ROWS:
        listed = [was or head for was, head in zip(listed, heads, strict=True)]
    found: dict[str, set[str]] = {code: set() for code in codes}
    for place, is_listed in zip(places, listed, strict=True):
        found[place[2]].add(_role(text, lowered, place, is_listed, known))
    return found


def told_code(text: str, codes: list[str], known: CodeKinds) -> str | None:
    """The one code the text tells as the payment's, or None when it does not single one out:
    told at some place ("ours was x"), else the only one standing anywhere but in a
    comparison, a list of examples or a denial (a question alone does not mention: "x ???")."""
    found = roles(text, codes, known)
    told = [code for code in codes if TOLD in found[code]]
    if len(told) == 1:
        return told[0]
    if told:
        return None
    plain = [code for code in codes if found[code] & {NEUTRAL, QUESTION}]
    return plain[0] if len(plain) == 1 else None


def said_codes(text: str, codes: list[str], known: CodeKinds) -> list[str]:
    """The code told as the payment's, as a list of one, or [] when none is singled out."""
    told = told_code(text, codes, known)
    return [told] if told is not None else []


def prefer_told(report: FailureReport, written: list[str], text: str, known: CodeKinds) -> None:
    """A reader of labels that took a code only mentioned ("the decline code is one of:
    insufficient_funds") gets the code the text tells as the payment's in its place."""
    # An advice code that is a decline code too (`do_not_try_again`) is the advice's.
    declines = [
        c for c in written if "decline_code" in known.get(c, ()) and "advice_code" not in known[c]
    ]
    if len(declines) < 2 or report.decline_code not in declines:
        return
    told = told_code(text, declines, known)
    if told is None:
        return
    # A decline code in the error code's place is the labels' misreading: Stripe's `code` of
    # a decline is card_declined, or the decline code itself when it is an error code too.
    if report.code in declines and "error_code" not in known.get(report.code, ()):
        report.code = "card_declined"
    elif report.code in declines and report.code != told:
        report.code = told if "error_code" in known.get(told, ()) else "card_declined"
    report.decline_code = told
