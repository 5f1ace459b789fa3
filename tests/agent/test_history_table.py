"""A failure kept in history explains the same when it is opened again, for every case of the
verdict's decision table (every catalogue code, alone and beside the others): the agent reopening
yesterday's paste must read the same retry, reply and confidential line."""

from __future__ import annotations

from app.agent.history import HistoryRecord, Known
from app.catalogue.catalog import Catalog
from app.verdict.explain import explain
from tests.verdict.decision_table import cases, row


def test_every_decision_table_case_is_explained_the_same_from_its_record(
    catalog: Catalog,
) -> None:
    known = Known.from_catalog(catalog)
    version = catalog.info().version
    compared = 0
    for name, report in cases(catalog):
        original = row(explain(report, catalog), version)
        for keeps in (None, known):
            record = HistoryRecord.from_report(report, keeps)
            again = row(explain(record.report(), catalog), version)
            want = original
            if original.get("unknown") or "unknown_code" in original.get("headline", ""):
                # An unknown code is kept as "unknown" when the catalogue's codes are given: the
                # verdict stays, only the text naming the pasted code does not.
                want = {k: v for k, v in original.items() if k in ("verdict", "sensitive")}
                again = {k: v for k, v in again.items() if k in ("verdict", "sensitive")}
            assert again == want, name
            assert HistoryRecord.from_stored(record.stored(), keeps) == record, name
        compared += 1
    assert compared > 1500
