"""The floor under every reader: the codes the catalogue knows, found in the paste's words.

After the readers have done what they can, the whole unwrapped text is swept for every code
written in any style (`stolen_card`, `STOLEN_CARD`, `stolenCard`, `stolen-card`, "stolen
card") and for words that say Stripe or Radar blocked the payment. What it finds is a failure
of its own when nothing else could be read (a note, a question, a chat message naming a code),
and, whatever the readers found, the evidence that makes a paste confidential.
"""

from __future__ import annotations

import re

from app.reading.code_forms import SEPARATOR, after_an_edge, trie_pattern, written_codes
from app.reading.field_values import sensitive_field_values
from app.reading.labels import labels_before, network_code_after_label
from app.reading.report import CodeKinds, FailureReport, Outcome
from app.reading.told_reasons import denied, denied_everywhere, told_block, told_reasons
from app.records import record

MAX_CHARS = 2_000_000  # the sweep reads this much of a paste; the readers are bounded alike
MAX_CODES = 50
# The kinds a word in a sentence can name; outcome types and risk levels are ordinary words
# ("blocked", "highest") and count only under their field's name (the scanner reads those).
_WORD_KINDS = ("decline_code", "error_code", "outcome_reason", "network_status", "advice_code")
# A code written as one word counts only when it is this long and a decline code: `fraudulent`
# yes, `missing` (an error code) or `rule` no.
_MIN_SINGLE_WORD = 8


@record(slots=True)
class _Index:
    """What the sweep looks for, built once per catalogue (CodeKinds.cache)."""

    codes: frozenset[str]  # codes a word can name
    error_types: frozenset[str]
    # The sensitive codes written as words ("stolen card"), each a list of its words; their
    # pattern is compiled only for a text holding one of their first words (a match begins with
    # one, as written: the text is matched in lower case).
    sensitive_words: list[list[str]]
    sensitive_firsts: frozenset[str]
    sensitive_phrases: re.Pattern[str] | None = None
    # Every code written as words ("do not honor"): compiling it costs about 50 ms, so only a
    # paste read from its words pays for it (a JSON paste needs only the sensitive ones).
    phrases: re.Pattern[str] | None = None
    shorthand: re.Pattern[str] | None = None  # "dnh", "nsf" (vocabulary.toml [code_shorthand])


@record(frozen=True, slots=True)
class Words:
    """What one sweep of a text found."""

    written: tuple[str, ...]  # codes written as codes (`stolen_card`, `stolenCard`), in order
    spoken: tuple[str, ...]  # codes written as words ("stolen card") and not as codes
    error_type: str | None
    network_code: str | None  # a network decline code after its label
    blocked: bool  # the words say Stripe, Radar, a rule or a risk check blocked it
    outcome: str | None = None  # an outcome type told in words ("Rechazado por el emisor")
    # Sensitive codes the text names only where it denies them ("not fraudulent, just
    # insufficient_funds"): no reason, but named, so evidence (DESIGN.md's invariant).
    denied: tuple[str, ...] = ()


def _index(known: CodeKinds) -> _Index:
    cached = known.cache.get("sweep")
    if isinstance(cached, _Index):
        return cached
    codes = frozenset(
        code
        for code, kinds in known.items()
        if any(kind in _WORD_KINDS for kind in kinds)
        and ("_" in code or ("decline_code" in kinds and len(code) >= _MIN_SINGLE_WORD))
    )
    sensitive = [code.split("_") for code in sorted(codes & known.sensitive_codes)]
    index = _Index(
        codes,
        frozenset(c for c, kinds in known.items() if "error_type" in kinds and "_" in c),
        sensitive,
        frozenset(words[0] for words in sensitive),
    )
    known.cache["sweep"] = index
    return index


def _shorthand(index: _Index, known: CodeKinds) -> re.Pattern[str]:
    if index.shorthand is None:
        words = sorted(known.shorthand, key=len, reverse=True)
        # Each word's edge is looked at after its first letter: a pattern that starts with
        # letters lets re skip in C whatever starts none of them.
        spaced = [
            re.escape(word[0]) + r"(?<!\w\w)" + re.escape(word[1:]).replace(r"\ ", r"\s+")
            if re.match(r"\w", word)
            else r"\b" + re.escape(word).replace(r"\ ", r"\s+")
            for word in words
        ]
        index.shorthand = re.compile(rf"(?:{'|'.join(spaced)})\b" if words else r"(?!)")
    return index.shorthand


def _sensitive_phrases(index: _Index, lowered: str) -> re.Pattern[str] | None:
    """The sensitive codes' pattern; None when the text holds none of their first words."""
    if not any(first in lowered for first in index.sensitive_firsts):
        return None
    if index.sensitive_phrases is None:
        pattern = trie_pattern(index.sensitive_words) if index.sensitive_words else "(?!)"
        index.sensitive_phrases = re.compile(after_an_edge(pattern))
    return index.sensitive_phrases


def _every_phrase(index: _Index) -> re.Pattern[str]:
    if index.phrases is None:
        phrases = [code.split("_") for code in sorted(index.codes)]
        index.phrases = re.compile(after_an_edge(trie_pattern(phrases) if phrases else "(?!)"))
    return index.phrases


def read_words(text: str, known: CodeKinds, *, every_phrase: bool = True) -> Words:
    """One sweep of the text (the first 2 MB): remembered for the last text swept, since the
    readers and the evidence ask about the same paste. Without `every_phrase`, of the codes
    written as words only the sensitive ones are looked for (all the evidence needs)."""
    key = "words" if every_phrase else "sensitive words"
    last = known.cache.get(key)
    if isinstance(last, tuple) and last[0] is text:
        return last[1]  # type: ignore[no-any-return]
    whole = known.cache.get("words")
    # Every phrase's sweep holds the sensitive ones, unless it stopped at MAX_CODES: a
    # megabyte's second sweep cost a third of its reading.
    if (
        not every_phrase
        and isinstance(whole, tuple)
        and whole[0] is text
        and len(whole[1].spoken) < MAX_CODES
        and len(whole[1].written) < MAX_CODES
    ):
        return whole[1]  # type: ignore[no-any-return]
    words = _sweep(text[:MAX_CHARS], known, every_phrase)
    known.cache[key] = (text, words)
    return words


def _sweep(text: str, known: CodeKinds, every_phrase: bool) -> Words:
    index = _index(known)
    written, error_type = written_codes(text, index.codes, index.error_types, MAX_CODES)
    # Matched in lower case: a pattern that ignores case is several times slower. A reason
    # raised and denied in the next sentence is no reason (reading.retracted): the words are
    # read again without such pairs only when they told a confidential reason or a block.
    lowered = text.lower()
    phrases = _every_phrase(index) if every_phrase else _sensitive_phrases(index, lowered)
    denials: dict[str, None] = {}
    for code in [code for code in written if denied_everywhere(lowered, code, MAX_CODES)]:
        del written[code]
        denials[code] = None
    spoken, single, blocked = _told(lowered, phrases, index, written, known, denials)
    if blocked or any(code in known.sensitive_codes for code in (*spoken, *single)):
        from app.reading.retracted import without_retracted  # only then

        retracted = without_retracted(lowered)
        if retracted is not lowered:
            spoken, single, blocked = _told(retracted, phrases, index, written, known, denials)
    for code in single:
        written.setdefault(code)
    if every_phrase and (known.reason_words or known.customer_messages):
        from app.reading.told_codes import told_codes  # only a paste read from its words

        for code in told_codes(lowered, known):
            if code in index.codes and code not in written:
                spoken.setdefault(code)
    if every_phrase:
        for match in _shorthand(index, known).finditer(lowered):
            code = known.shorthand[" ".join(match.group().split())]
            if code in index.codes and code not in written and not denied(lowered, *match.span()):
                spoken.setdefault(code)
    if "fraud" in lowered:  # an early fraud warning's words tell no failure's reason
        from app.reading.early_warning import only_in_a_warning

        written = {c: None for c in written if not only_in_a_warning(lowered, c, known)}
        spoken = {c: None for c in spoken if not only_in_a_warning(lowered, c, known)}
    network = network_code_after_label(text, known, lambda said: tells_a_decline(said, known))
    if network is None and text[:64].lstrip()[:1] not in ("{", "["):  # no JSON paste
        from app.reading.spoken_numbers import said_network_code  # a code said in words

        network = said_network_code(text, known, lambda said: tells_a_decline(said, known))
    outcome = _told_outcome(lowered, known) if every_phrase else None
    named = (*written, *spoken)
    denied_codes = tuple(c for c in denials if c in known.sensitive_codes and c not in named)
    return Words(tuple(written), tuple(spoken), error_type, network, blocked, outcome, denied_codes)


def tells_a_decline(sentence: str, known: CodeKinds) -> bool:
    """Whether a sentence says something failed ("the bank refused it, code 05"): a number
    after "code" there is the network's (reading.labels)."""
    from app.reading.failure_words import says_failed  # only for a number after "code"

    return says_failed(sentence, known)


def _told_outcome(lowered: str, known: CodeKinds) -> str | None:
    """The first outcome type the words tell, not denied beside it: an Outcome row's value
    (reading.told_outcome), or vocabulary.toml `outcome_words` (the Dashboard's outcome as a
    browser translates it)."""
    from app.reading.told_outcome import row_outcome  # a row's label and value first

    if (row := row_outcome(lowered, known)) is not None:
        return row
    if not known.outcome_words:
        return None
    pattern = known.cache.get("outcome_words")
    if not isinstance(pattern, re.Pattern):
        phrases = sorted(known.outcome_words, key=len, reverse=True)
        spaced = [re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases]
        pattern = known.cache["outcome_words"] = re.compile("|".join(spaced))
    for match in pattern.finditer(lowered, 0, 20_000):
        if not denied(lowered, *match.span()):
            return known.outcome_words.get(" ".join(match.group().split()))
    return None


def _told(
    lowered: str,
    phrases: re.Pattern[str] | None,
    index: _Index,
    written: dict[str, None],
    known: CodeKinds,
    denials: dict[str, None],
) -> tuple[dict[str, None], dict[str, None], bool]:
    """The codes a lower-case text writes as words ("do not honor"), the one-word codes among
    them (`fraudulent`), and whether it tells a block; the codes it names only to deny them
    go in `denials`."""
    spoken: dict[str, None] = {}
    single: dict[str, None] = {}
    for match in phrases.finditer(" " + lowered) if phrases is not None else ():
        code = re.sub(SEPARATOR, "_", match.group("phrase"))
        if code not in index.codes or code in written:
            continue
        if denied(lowered, match.start("phrase") - 1, match.end("phrase") - 1):  # " " + lowered
            denials[code] = None
        else:  # a one-word code (`fraudulent`) is written as itself
            (spoken if "_" in code else single).setdefault(code)
        if len(spoken) >= MAX_CODES:
            break
    for code in told_reasons(lowered):
        if code in index.codes:
            spoken.setdefault(code)
    return spoken, single, told_block(lowered)


def codes_in(text: str, known: CodeKinds, *, as_words: bool = True) -> list[str]:
    """The catalogue codes the text names, in order, each once: codes written as codes first,
    then (with `as_words`) those written as words ("do not honor")."""
    words = read_words(text, known)
    return [*words.written, *words.spoken] if as_words else list(words.written)


def evidence(text: str, known: CodeKinds) -> list[str]:
    """The sensitive codes the text names, and `blocked` when it says a block stopped the
    payment: what makes a paste confidential whatever its fields say."""
    words = read_words(text, known, every_phrase=False)
    found = [c for c in (*words.written, *words.spoken) if c in known.sensitive_codes]
    found += words.denied  # named, if only to be denied: the paste is confidential
    if words.network_code in known.sensitive_codes:
        found.append(words.network_code)  # type: ignore[arg-type]
    if words.blocked:
        found.append("blocked")
    from app.reading.misspelled import misspelled
    from app.reading.test_cards import sensitive_codes  # a digit or token check first

    found += [code for code in sensitive_codes(text, known) if code not in found]
    found += [code for code in misspelled(text, known.sensitive_codes) if code not in found]
    found += [code for code in sensitive_field_values(text, known) if code not in found]
    return found


def report_from_words(
    text: str, known: CodeKinds, *, as_words: bool = True
) -> FailureReport | None:
    """A failure read from the codes a note, a question or a message names, or None; without
    `as_words`, only from codes written as codes."""
    words = read_words(text, known)
    codes = codes_in(text, known, as_words=as_words)
    if not codes and as_words:
        from app.reading.misspelled import misspelled

        # A sensitive code misspelled in a note ("decline code stollen_card") is its reason.
        codes = misspelled(text, known.sensitive_codes)
    if not (codes or words.network_code or words.blocked or words.error_type or words.outcome):
        return None
    report = FailureReport(shape="code")
    report.network_decline_code = words.network_code
    report.error_type = words.error_type
    if words.blocked or words.outcome:
        report.outcome = Outcome(type="blocked" if words.blocked else words.outcome)
    if not codes:
        return report
    declines = [c for c in codes if "decline_code" in known.get(c, ())]
    errors = [c for c in codes if "error_code" in known.get(c, ())]
    # A code written as one ("insufficient_funds") is the decline code before a reason the
    # words tell ("suspected fraud"), which still makes the paste confidential (evidence);
    # among each, a sensitive one first.
    written = [c for c in declines if c in words.written]
    told = [c for c in declines if c not in words.written]
    group = written or told
    # One code told as this payment's ("The bank returned the decline code `incorrect_zip`",
    # "came back transaction_not_allowed") is its reason; the others are only mentioned (a
    # macro's "not for lost_card"), still evidence that makes the paste confidential.
    from app.reading.said_codes import said_codes

    said = said_codes(text, written, known) if len(written) > 1 else []
    if len(said) == 1:
        group = said
    from app.reading.dated_attempts import latest  # a note's attempts by date: the latest

    group = latest(text, group, known.sensitive_codes) or group
    report.decline_code = next(
        (c for c in group if c in known.sensitive_codes), next(iter(group), None)
    )
    # An error code that is also a decline code (`expired_card`) names both fields, as Stripe
    # sends them; `card_declined` goes with any decline code.
    report.code = next((c for c in errors if c == "card_declined" or c not in declines), None) or (
        report.decline_code if report.decline_code in errors else None
    )
    lowered = ""
    for code in codes:  # a code of two kinds after a label naming one ("advice code ...")
        kinds = known.get(code, ())
        if len(kinds) < 2 or "advice_code" not in kinds:
            continue
        lowered = lowered or text.lower()
        at = lowered.find(code)
        labelled = at >= 0
        if labelled and "advice_code" in labels_before(text, at, known.names):
            report.advice_code = code
            if report.decline_code == code:
                report.decline_code = next((c for c in declines if c != code), None)
    if report.code is None and report.decline_code is None and report.advice_code is None:
        first = codes[0]  # an advice code, an outcome reason or a network status alone
        kinds = known.get(first, ())
        if "advice_code" in kinds:
            report.advice_code = first
        else:
            outcome = report.outcome or Outcome()
            if "outcome_reason" in kinds:
                outcome.reason = first
            else:
                outcome.network_status = first
            report.outcome = outcome
    return report


def fill_from_words(report: FailureReport, text: str, known: CodeKinds) -> None:
    """Fields a reader of labels or messages left empty that the words name: a text report's
    decline code in a sentence ("The bank returned the decline code fraudulent."), a block."""
    words = report_from_words(text, known)
    if words is None:
        return
    written = report_from_words(text, known, as_words=False) or FailureReport(shape="code")
    for name in ("decline_code", "code", "error_type", "network_decline_code", "advice_code"):
        mine = getattr(report, name)
        theirs = getattr(words, name) if mine is None else getattr(written, name)
        # A decline told only in words beside an error that is no decline ("You have
        # insufficient funds in your Stripe account": balance_insufficient) is that error's.
        if (
            name == "decline_code"
            and mine is None
            and theirs != written.decline_code
            and report.code not in (None, "card_declined")
            and report.code not in _declines(known)
        ):
            continue
        # A code the words name beats one guessed from a standard message ("Your card was
        # declined." says card_declined; the words may say expired_card), one a line break
        # cut (`amount_to` + `o_small`) and one with a page's words glued to it.
        cut = (
            isinstance(mine, str)
            and mine not in known
            and (str(theirs).startswith(mine) or (theirs in known and str(theirs) in mine))
        )
        if theirs is not None and (
            mine is None or cut or (name in report.inferred and mine != theirs)
        ):
            setattr(report, name, theirs)
            if name not in report.inferred:
                report.inferred.append(name)
    if words.outcome is not None and (report.outcome is None or report.outcome.type is None):
        if report.outcome is None:
            report.outcome = words.outcome
        else:
            report.outcome.type = words.outcome.type
        report.inferred.append("outcome")


def _declines(known: CodeKinds) -> frozenset[str]:
    """Every decline code of the catalogue."""
    cached = known.cache.get("declines")
    if not isinstance(cached, frozenset):
        cached = frozenset(c for c, kinds in known.items() if "decline_code" in kinds)
        known.cache["declines"] = cached
    return cached
