"""The retry verdict of a failure: every signal has a say, and the strictest one wins.

A decline code, the card network's raw response code, the issuer's advice code and Mastercard's
merchant advice code can each forbid or delay a retry. A retry that any one of them forbids will
fail (and can cost network fees), so no signal may loosen what another says. The order of
strictness and the tie rules are written once, here, in `decide()`.
"""

from __future__ import annotations

from app.catalogue.catalog import CatalogEntry
from app.catalogue.vocabulary import DECIDING_RETRY
from app.records import record

# From loosest to strictest. "after_fix" is stricter than "later": waiting alone never mends
# wrong details, while a fix may also need a wait.
STRICTNESS: dict[str, int] = {"now": 0, "later": 1, "after_fix": 2, "never": 3}

# Which signal's reply, steps and who-acts a tie goes to, most specific first: Mastercard's
# advice is an instruction (a wait window, new card details), the network's raw code is what
# the issuer answered (R0 is a stop-payment order), the primary entry says what happened, and
# the issuer's advice code only repeats a retry class.
TIE_ORDER = ("network_advice_code", "network_decline_code", "primary", "advice_code")


@record(frozen=True, slots=True)
class Verdict:
    """The retry verdict and the entry that set it (None: the primary entry keeps its say)."""

    retry: str
    decided_by: CatalogEntry | None


def mastercard_advice_counts(brand: str | None) -> bool:
    """Merchant advice codes are Mastercard's table: on another brand they decide nothing."""
    return (brand or "").lower() in ("", "mastercard")


def signals(
    primary: CatalogEntry | None, found: dict[str, CatalogEntry], brand: str | None
) -> dict[str, CatalogEntry]:
    """The entries that have a say in the retry, keyed by the name TIE_ORDER uses."""
    said: dict[str, CatalogEntry] = {}
    if primary is not None:
        said["primary"] = primary
    for name in ("decline_code", "reason"):
        entry = found.get(name)
        if entry is not None and entry is not primary:
            said[name] = entry
    for name in ("network_decline_code", "advice_code"):
        if name in found:
            said[name] = found[name]
    blocked = found.get("outcome_type")
    if blocked is not None and blocked.code == "blocked":
        said["outcome_type"] = blocked  # a block is never retried, whatever the codes beside it
    if "network_advice_code" in found and mastercard_advice_counts(brand):
        said["network_advice_code"] = found["network_advice_code"]
    return {name: e for name, e in said.items() if e.retry in DECIDING_RETRY}


def decide(
    primary: CatalogEntry | None,
    found: dict[str, CatalogEntry],
    brand: str | None,
    vague: frozenset[str] = frozenset(),
) -> Verdict:
    """The strictest retry of all signals. A tie goes to the most specific signal (TIE_ORDER),
    unless its reply class is `vague` (vocabulary.toml [vague_replies]) and the primary's is not:
    "try again later" must not replace "add funds, then try again"."""
    said = signals(primary, found, brand)
    if not said:
        return Verdict(primary.retry if primary is not None else "unknown", None)
    retry = max((e.retry for e in said.values()), key=STRICTNESS.__getitem__)
    strictest = {name: e for name, e in said.items() if e.retry == retry}
    keeps = "primary" in strictest and strictest["primary"].reply_class not in vague
    for name in TIE_ORDER:
        entry = strictest.get(name)
        if entry is None or (keeps and name != "primary" and entry.reply_class in vague):
            continue
        return Verdict(retry, None if entry is primary else entry)
    # Only a decline code or outcome reason beside another primary is this strict.
    return Verdict(retry, next(iter(strictest.values())))


def looser(retry: str, than: str) -> bool:
    """True when `retry` allows what `than` forbids (only between deciding verdicts)."""
    return retry in STRICTNESS and than in STRICTNESS and STRICTNESS[retry] < STRICTNESS[than]
