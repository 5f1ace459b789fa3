"""What the agent reads, marked confidential, about a reason the customer must never hear."""

from __future__ import annotations

from app.catalogue.catalog import CatalogEntry
from app.catalogue.words import SOURCE_LANGUAGE, Form, Said, Words, say
from app.records import record

GROUP = "confidential_forms"


def stripe_block_reason(
    primary: CatalogEntry | None, outcome_type: str | None
) -> CatalogEntry | None:
    """The reason of a Stripe block that is not fraud screening (earlier declines said not to
    retry): the outcome reason's entry when its category is not fraud_and_risk."""
    if (
        outcome_type == "blocked"
        and primary is not None
        and primary.kind == "outcome_reason"
        and primary.category != "fraud_and_risk"
        and not primary.sensitive
    ):
        return primary
    return None


@record(frozen=True, slots=True)
class ConfidentialReasons:
    """What the agent's confidential line is said from, so that it can be said in any language:
    every reason's entry, `words` being those only the paste's text names (reading.sweep)."""

    entries: tuple[CatalogEntry, ...]
    outcome_type: str | None
    blocked_by_rule: bool = False
    block: CatalogEntry | None = None
    words: tuple[CatalogEntry, ...] = ()


def confidential_text(reasons: ConfidentialReasons, words: Words) -> Said:
    """The agent's confidential line in `words`' language; in English, said to be, when a title
    in it has no translation (vocabulary.toml [confidential_forms])."""
    said = [_reason("reason", e, words) for e in reasons.entries]
    said += [_reason("named_in_text", e, words) for e in reasons.words]
    block = reasons.block
    closing = "sentence"
    if block is not None:
        said.insert(0, _reason("block_first", block, words))
        closing = "sentence" if reasons.entries or reasons.words else "block_only"
    if closing == "sentence":
        if reasons.blocked_by_rule:
            said.append(say(Form(GROUP, "by_rule"), words))
        elif (
            reasons.outcome_type == "blocked"
            and block is None
            and not any(e.kind == "outcome_type" for e in reasons.entries)
        ):
            said.append(say(Form(GROUP, "blocked"), words))
    parts = [*said, words.word(GROUP, "separator"), words.word(GROUP, closing)]
    if words.language != SOURCE_LANGUAGE and any(part.english for part in parts):
        return Said(confidential_text(reasons, Words(words.catalog)).text, True)
    separator = parts[-2].text
    joined = separator.join(part.text for part in said)
    return Said(parts[-1].text.format(reasons=joined))


def _reason(key: str, entry: CatalogEntry, words: Words) -> Said:
    title = ("title", "title", entry.kind, entry.code, entry.title)
    return say(Form(GROUP, key, (("code", entry.code),), (title,)), words)
