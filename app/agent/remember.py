"""Keeps an explained failure in history: the one way a paste reaches user.db.

It sits above history (what a row may hold) and userdata (the file), so neither imports the
other's caller."""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from app.agent.history import HistoryRecord, Known

if TYPE_CHECKING:
    from app.agent.userdata import UserStore
    from app.catalogue.catalog import Catalog
    from app.reading.report import FailureReport


# The catalogue's codes, read once per opened catalogue (about 1 ms a paste otherwise); the
# catalogue is read-only, so they cannot change while it is open.
_KNOWN: WeakKeyDictionary[Catalog, Known] = WeakKeyDictionary()


def remember(store: UserStore, report: FailureReport, catalog: Catalog) -> int | None:
    """Keeps one explained failure in history: the record, and a headline explained from it."""
    from app.verdict.explain import explain  # loaded when history is first used

    known = _KNOWN.get(catalog)
    if known is None:
        known = _KNOWN[catalog] = Known.from_catalog(catalog)
    record = HistoryRecord.from_report(report, known)
    again = explain(record.report(), catalog)  # so the headline, too, holds only kept values
    return store.add_history(record, again.headline, again.sensitive)
