"""What the agent reads about one failure: the Explanation the verdict fills in."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.catalogue.catalog import CatalogEntry
from app.catalogue.words import Form
from app.records import field, record
from app.verdict.wording import VerdictWords

if TYPE_CHECKING:
    from app.verdict.confidential import ConfidentialReasons


@record(slots=True)
class Explanation:
    """What the agent reads about one failure. `reply_class` decides the customer's reply."""

    headline: str
    summary: str
    agent_steps: list[str]
    retry: str
    who_acts: str
    sensitive: bool
    reply_class: str
    confidential: str | None = None
    notes: list[str] = field(default_factory=list)
    entries: list[CatalogEntry] = field(default_factory=list)
    unknown_codes: list[str] = field(default_factory=list)
    test_mode: bool = False
    # The verdict in the agent's words (app/verdict/wording.py), set once the reply is chosen.
    verdict: VerdictWords | None = None
    # The signal stricter than the primary entry that set the retry (app/verdict/retry.py).
    decided_by: CatalogEntry | None = None
    # The entry the headline, summary and steps come from (its source is shown under them).
    primary: CatalogEntry | None = None
    # What the headline, each note and the confidential line were said from, so that
    # app/verdict/said.py can say them in the agent's language (the fields above stay English).
    headline_form: Form | None = None
    # The entries whose summaries, one after another, make `summary` (a confidential reason's
    # before the primary's); empty when the summary was written without an entry.
    summary_from: list[CatalogEntry] = field(default_factory=list)
    note_forms: list[Form] = field(default_factory=list)
    confidential_reasons: ConfidentialReasons | None = None
