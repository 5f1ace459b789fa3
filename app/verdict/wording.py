"""The retry verdict in the agent's words, one wording for the window, `explain`, `lookup` and
the internal note: what to do for the customer, and the rule for automatic retries. The lines
are catalogue data (vocabulary.toml [verdict_for_customer], [verdict_for_retries])."""

from __future__ import annotations

from app.catalogue.catalog import Catalog, CatalogEntry
from app.catalogue.words import Words
from app.records import record

# Who acts on a failure on our side: the customer has nothing to do, whatever the retry.
OUR_SIDE = ("our_team", "our_developers", "stripe")


@record(frozen=True, slots=True)
class VerdictWords:
    """The two lines of a verdict and the badge words the window shows for it, and what they
    were said from (to say them again in the agent's language: app/verdict/said.py)."""

    for_customer: str
    for_retries: str
    retry_badge: str
    who_badge: str
    retry: str = "unknown"
    who_acts: str = "our_team"
    reply_class: str = ""
    wait_code: str | None = None
    by_card: bool = True

    def lines(self) -> list[str]:
        """The verdict as the text outputs print it: the two lines, then the badges."""
        return [self.for_customer, self.for_retries, f"{self.retry_badge} · {self.who_badge}"]


def wait_code_of(entry: CatalogEntry | None, catalog: Catalog) -> str | None:
    """The Mastercard advice code that names a wait ("25": after 24 hours), None for any
    other entry."""
    if entry is None or entry.kind != "network_advice_code":
        return None
    return entry.code if entry.code in catalog.vocabulary("retry_waits") else None


def verdict_words(
    retry: str,
    who_acts: str,
    reply_class: str,
    catalog: Catalog,
    wait_code: str | None = None,
    by_card: bool = True,
    words: Words | None = None,
) -> VerdictWords:
    """The verdict of one failure or one catalogue entry, from its retry, who acts and reply; a
    payment not made `by_card` is told in its method's words, as its reply is. `words` says it
    in the agent's language (English without)."""
    words = words or Words(catalog)
    # Our side only when a retry will work once we act: an unknown reason is not ours yet.
    ours = who_acts in OUR_SIDE and retry in ("now", "later", "after_fix")
    key = "ours" if ours else retry
    customer = words.group("verdict_for_customer")
    by_reply = words.group("verdict_for_customer_by_reply")
    retries = words.group("verdict_for_retries")
    if not by_card:
        customer = {**customer, **words.group("verdict_for_customer_other_method")}
        retries = {**retries, **words.group("verdict_for_retries_other_method")}
    first = by_reply.get(f"{retry}.{reply_class}") if not ours else None
    first = first or customer.get(key, customer["unknown"])
    second = retries.get(key, retries["unknown"])
    when = words.group("verdict_when")
    wait = words.group("retry_waits").get(wait_code) if wait_code else None
    retry_badge = words.group("retry_badges").get(retry)
    who_badge = words.group("who_acts_badges").get(who_acts)
    return VerdictWords(
        for_customer=first.replace("{when}", wait or when["for_customer"]),
        for_retries=second.replace("{when}", wait or when["for_retries"]),
        retry_badge=retry_badge or f"Retry: {retry}",
        who_badge=who_badge or f"Who acts: {who_acts}",
        retry=retry,
        who_acts=who_acts,
        reply_class=reply_class,
        wait_code=wait_code,
        by_card=by_card,
    )


def entry_words(entry: CatalogEntry, catalog: Catalog, words: Words | None = None) -> VerdictWords:
    """A catalogue entry's verdict, as `lookup` prints it."""
    wait = wait_code_of(entry, catalog)
    return verdict_words(entry.retry, entry.who_acts, entry.reply_class, catalog, wait, words=words)
