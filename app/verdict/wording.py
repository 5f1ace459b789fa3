"""The retry verdict in the agent's words, one wording for the window, `explain`, `lookup` and
the internal note: what to do for the customer, and the rule for automatic retries. The lines
are catalogue data (vocabulary.toml [verdict_for_customer], [verdict_for_retries])."""

from __future__ import annotations

from app.catalogue.catalog import Catalog, CatalogEntry
from app.records import record

# Who acts on a failure on our side: the customer has nothing to do, whatever the retry.
OUR_SIDE = ("our_team", "our_developers", "stripe")


@record(frozen=True, slots=True)
class VerdictWords:
    """The two lines of a verdict and the badge words the window shows for it."""

    for_customer: str
    for_retries: str
    retry_badge: str
    who_badge: str

    def lines(self) -> list[str]:
        """The verdict as the text outputs print it: the two lines, then the badges."""
        return [self.for_customer, self.for_retries, f"{self.retry_badge} · {self.who_badge}"]


def wait_of(entry: CatalogEntry | None, catalog: Catalog) -> str | None:
    """The wait a Mastercard advice code names ("after 24 hours"), None for any other entry."""
    if entry is None or entry.kind != "network_advice_code":
        return None
    return catalog.vocabulary("retry_waits").get(entry.code)


def verdict_words(
    retry: str,
    who_acts: str,
    reply_class: str,
    catalog: Catalog,
    wait: str | None = None,
    by_card: bool = True,
) -> VerdictWords:
    """The verdict of one failure or one catalogue entry, from its retry, who acts and reply; a
    payment not made `by_card` is told in its method's words, as its reply is."""
    # Our side only when a retry will work once we act: an unknown reason is not ours yet.
    ours = who_acts in OUR_SIDE and retry in ("now", "later", "after_fix")
    key = "ours" if ours else retry
    customer = catalog.vocabulary("verdict_for_customer")
    by_reply = catalog.vocabulary("verdict_for_customer_by_reply")
    retries = catalog.vocabulary("verdict_for_retries")
    if not by_card:
        customer = {**customer, **catalog.vocabulary("verdict_for_customer_other_method")}
        retries = {**retries, **catalog.vocabulary("verdict_for_retries_other_method")}
    first = by_reply.get(f"{retry}.{reply_class}") if not ours else None
    first = first or customer.get(key, customer["unknown"])
    second = retries.get(key, retries["unknown"])
    return VerdictWords(
        for_customer=first.replace("{when}", wait or "later"),
        for_retries=second.replace("{when}", wait or "spaced out over days"),
        retry_badge=catalog.vocabulary("retry_badges").get(retry, f"Retry: {retry}"),
        who_badge=catalog.vocabulary("who_acts_badges").get(who_acts, f"Who acts: {who_acts}"),
    )


def entry_words(entry: CatalogEntry, catalog: Catalog) -> VerdictWords:
    """A catalogue entry's verdict, as `lookup` prints it."""
    wait = wait_of(entry, catalog)
    return verdict_words(entry.retry, entry.who_acts, entry.reply_class, catalog, wait)
