"""The retry verdict over every combination of signals (issue 22): every decline code of the
catalogue x every issuer advice code x every Mastercard advice code x the never-approve and
sensitive network codes x brand. The verdict is never looser than any single signal that has a
say, a reply never invites a retry the verdict forbids, and a sensitive signal always gets the
generic decline."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.vocabulary import DECIDING_RETRY
from app.reading.report import FailureReport
from app.verdict.explain import explain, generic_decline, paid_by_card
from app.verdict.retry import STRICTNESS
from tests.conftest import known_entry

# The network codes the issue names (Visa category 1 and the stop orders) and DESIGN.md's
# sensitive list, plus two soft codes, so that a soft code is seen not to loosen a hard one.
NETWORK = (
    "R0",
    "R1",
    "R3",
    "04",
    "07",
    "12",
    "41",
    "43",
    "46",
    "57",
    "62",
    "63",
    "93",
    "34",
    "59",
    "83",
    "05",
    "51",
)
# A paste without the card's brand counts Mastercard's advice as a Mastercard's (retry.py).
BRANDS = ("visa", "mastercard", None)


class RememberingCatalog:
    """The catalogue with its answers kept, so that 200,000 verdicts take seconds: every
    answer is the catalogue's own."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._entries: dict[tuple[str, str], CatalogEntry | None] = {}
        self._words: dict[str, dict[str, str]] = {}

    def entry(self, kind: str, code: str) -> CatalogEntry | None:
        if (kind, code) not in self._entries:
            self._entries[kind, code] = self._catalog.entry(kind, code)
        return self._entries[kind, code]

    def vocabulary(self, group: str) -> dict[str, str]:
        if group not in self._words:
            self._words[group] = self._catalog.vocabulary(group)
        return self._words[group]

    def __getattr__(self, name: str) -> object:
        return getattr(self._catalog, name)


def codes(catalog: Catalog, kind: str) -> list[str]:
    return [e.code for e in catalog.entries(kind)]


def combinations(catalog: Catalog) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    advice = [None, *codes(catalog, "advice_code")]
    mac = [None, *codes(catalog, "network_advice_code")]
    network = [None, *NETWORK]
    yield from itertools.product(codes(catalog, "decline_code"), advice, mac, network)


def test_the_table_covers_every_decline_and_advice_code(catalog: Catalog) -> None:
    assert len(codes(catalog, "decline_code")) >= 70
    assert set(NETWORK) <= set(codes(catalog, "network_decline_code"))
    assert set(catalog.vocabulary("retry")) >= set(STRICTNESS)


@pytest.mark.sweep
@pytest.mark.parametrize("brand", BRANDS)
def test_the_verdict_is_never_looser_than_any_signal(catalog: Catalog, brand: str | None) -> None:
    remembering = RememberingCatalog(catalog)
    invites = set(catalog.vocabulary("reply_invites_retry"))
    sensitive = {(e.kind, e.code) for e in catalog.entries() if e.sensitive}
    failures: list[str] = []
    checked = 0
    for decline, advice, mac, network in combinations(catalog):
        report = FailureReport(
            shape="error",
            error_type="card_error",
            code="card_declined",
            decline_code=decline,
            advice_code=advice,
            network_advice_code=mac,
            network_decline_code=network,
            card_brand=brand,
        )
        e = explain(report, remembering)  # type: ignore[arg-type]
        checked += 1
        said = [
            ("decline_code", decline),
            ("advice_code", advice),
            ("network_decline_code", network),
        ]
        if brand in ("mastercard", None):
            said.append(("network_advice_code", mac))
        for kind, code in said:
            entry = remembering.entry(kind, code) if code else None
            if entry is None or entry.retry not in DECIDING_RETRY:
                continue
            if STRICTNESS[e.retry] < STRICTNESS[entry.retry]:
                failures.append(
                    f"{decline}/{advice}/{mac}/{network}: {e.retry} looser than "
                    f"{kind} {code} ({entry.retry})"
                )
        if e.retry == "never" and e.reply_class in invites:
            failures.append(f"{decline}/{advice}/{mac}/{network}: never, yet {e.reply_class}")
        named = {("decline_code", decline), ("network_decline_code", network)}
        # The generic decline of the payment's method: a provider's code without a brand tells
        # a wallet's payment, whose generic decline speaks of no card.
        generic = generic_decline(paid_by_card(report, remembering))  # type: ignore[arg-type]
        if named & sensitive and (not e.sensitive or e.reply_class != generic):
            failures.append(f"{decline}/{network}: sensitive but replied {e.reply_class}")
    assert checked > 100_000
    assert not failures, f"{len(failures)} combinations, first: {failures[:5]}"


@pytest.mark.parametrize("network", ["R0", "R1", "R3", "04", "41", "46", "62", "63", "93"])
def test_a_never_approve_network_code_stops_a_generic_decline(
    catalog: Catalog, network: str
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="generic_decline",
        network_decline_code=network,
        card_brand="visa",
    )
    e = explain(report, catalog)
    assert e.retry == "never"
    assert e.who_acts != "card_issuer"  # the bank will not change its mind
    # What happened is the stricter code's story, not "a later attempt may work".
    assert "later attempt" not in e.summary and "may work" not in e.summary
    assert any(
        note.startswith(f"Network decline code {network} (Visa) decides the retry")
        for note in e.notes
    )
    if network.startswith("R"):
        assert e.reply_class == "payment_stopped"
        assert not any("try again" in step.lower() for step in e.agent_steps[:1])


@pytest.mark.parametrize("decline, network", [("insufficient_funds", "41"), ("expired_card", "43")])
def test_a_lost_or_stolen_network_code_outranks_a_soft_decline(
    catalog: Catalog, decline: str, network: str
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code=decline,
        network_decline_code=network,
    )
    e = explain(report, catalog)
    assert (e.retry, e.sensitive, e.reply_class) == ("never", True, "generic_decline")


@pytest.mark.parametrize(
    "mac, reply",
    [
        ("01", "card_details_changed"),
        ("24", "try_again_tomorrow"),
        ("25", "try_again_tomorrow"),
        *((str(n), "use_another_payment_method") for n in range(26, 31)),
    ],
)
@pytest.mark.parametrize("decline", ["do_not_honor", "generic_decline", "insufficient_funds"])
def test_mastercard_advice_chooses_the_reply(
    catalog: Catalog, mac: str, reply: str, decline: str
) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code=decline,
        network_advice_code=mac,
        card_brand="mastercard",
    )
    e = explain(report, catalog)
    assert e.reply_class == reply
    assert e.agent_steps[0] == known_entry(catalog, "network_advice_code", mac).agent_steps[0]


def test_mastercard_advice_on_a_visa_chooses_nothing(catalog: Catalog) -> None:
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="insufficient_funds",
        network_advice_code="25",
        card_brand="visa",
    )
    assert explain(report, catalog).reply_class == "insufficient_funds"


def test_a_vague_advice_keeps_the_specific_reply(catalog: Catalog) -> None:
    """Mastercard's "try later" (02) agrees with insufficient funds: the reply still says to add
    funds, which tells the customer more."""
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="insufficient_funds",
        network_advice_code="02",
        card_brand="mastercard",
    )
    e = explain(report, catalog)
    assert (e.retry, e.reply_class) == ("later", "insufficient_funds")


@pytest.mark.parametrize(
    "brand, retry, reply",
    [
        ("mastercard", "after_fix", "authentication_required"),
        ("visa", "later", "card_limit_reached"),
        (None, "later", "card_limit_reached"),
    ],
)
def test_mastercard_65_asks_for_authentication(
    catalog: Catalog, brand: str | None, retry: str, reply: str
) -> None:
    """Mastercard answers a payment that needs strong customer authentication with 65; on
    another brand 65 is a frequency limit (vocabulary.toml [brand_network_codes])."""
    report = FailureReport(
        shape="error",
        error_type="card_error",
        code="card_declined",
        decline_code="generic_decline",
        network_decline_code="65",
        card_brand=brand,
    )
    e = explain(report, catalog)
    assert (e.retry, e.reply_class) == (retry, reply)
    assert any(note.startswith("Network decline code 65") for note in e.notes)
