"""Rows of a payments report (CSV, TSV, or `;` as a spreadsheet in Europe writes it): a header
whose cells name Stripe's fields ("Status", "Seller Message", "Decline Reason") and rows below
it. Each row is read as the Dashboard copy of one payment, its cells labelled by the header, and
each failed row is one failure; paid rows are left out."""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator

from app.reading.labels import label_field
from app.reading.report import CodeKinds, FailureReport

# Cells are separated by one of these; the header decides which (the one naming most fields).
_DELIMITERS = "\t;,|"
MIN_COLUMNS = 3
# A header names at least this many fields, one of them a field a failure fills.
MIN_FIELDS = 2


def is_row(line: str) -> bool:
    """Whether a line is a table's row: at least MIN_COLUMNS cells split by tabs, pipes or
    semicolons (each row of a handover sheet or a report is a payment of its own)."""
    return any(line.count(cut) >= MIN_COLUMNS - 1 for cut in "\t|;")


_FAILURE_FIELDS = frozenset(
    {"code", "decline_code", "seller_message", "network_decline_code", "outcome", "message"}
)
HEADER_LINES = 40  # the header stands near the top, under a line or two of the agent's words
MAX_HEADER_CHARS = 4_000  # a report's header; a longer line is a log or a one-line JSON
MAX_ROWS = 2_000  # a month of one shop's payments; a longer export is read in part
NOTHING_FAILED_TABLE = (
    "Nothing in this paste failed: it is a table of payments, and no row of it failed."
)
TABLE = (
    "The paste is a table of payments: each row that failed is read as one payment, from the "
    "column names; check the details against the Dashboard."
)


def _delimiter(line: str, known: CodeKinds) -> str | None:
    """The delimiter of a header line whose cells name Stripe's fields, or None: of several,
    the one that makes the most cells field names."""
    best: tuple[int, str] | None = None
    for delimiter in _DELIMITERS:
        if delimiter not in line:
            continue
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) < MIN_COLUMNS:
            continue
        meanings = (label_field(cell.strip(), known.names) for cell in cells)
        fields = [m.field for m in meanings if m is not None]
        if (
            len(fields) >= MIN_FIELDS
            and _FAILURE_FIELDS & set(fields)
            and (best is None or len(fields) > best[0])
        ):
            best = (len(fields), delimiter)
    return None if best is None else best[1]


def _known_failure(report: FailureReport, known: CodeKinds) -> bool:
    """A row says it failed (its status) or names a code the catalogue knows: a table of
    something else with a "code" column is not a payments report."""
    outcome = report.outcome
    codes = [report.code, report.decline_code, report.network_decline_code, report.advice_code]
    if outcome is not None:
        codes += [outcome.type, outcome.reason]
    return (report.status or "").lower() == "failed" or any(c in known for c in codes if c)


def _lines_after(text: str, skip: int) -> Iterator[str]:
    """The lines of `text` after its first `skip`, one at a time (a long log is not split)."""
    for number, line in enumerate(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text)):
        if line.group() == "":
            return
        if number >= skip:
            yield line.group()


# A row's date and time as a report or a handover sheet writes it: "2024-05-02 14:40",
# "2024/05/02T14:40:09", "02.05.2024 14:40" (day first, as Europe writes it).
_ISO = re.compile(
    r"(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_DOTTED = re.compile(
    r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def _row_time(row: list[str]) -> int | None:
    """The first date (and time, taken as UTC) a row's cells hold, in Unix time, or None."""
    from datetime import UTC, datetime

    for cell in row:
        if found := _ISO.search(cell):
            year, month, day, *clock = found.groups()
        elif found := _DOTTED.search(cell):
            day, month, year, *clock = found.groups()
        else:
            continue
        hour, minute, second = (int(part or 0) for part in clock)
        try:
            moment = datetime(int(year), int(month), int(day), hour, minute, second, tzinfo=UTC)
            return int(moment.timestamp())
        except ValueError:  # "2024-13-45": no date
            continue
    return None


def table_failures(text: str, known: CodeKinds) -> list[FailureReport] | None:
    """The failed rows of a payments report in `text`; an empty list when every row says it
    succeeded; None when the text holds no such table, or rows that say neither (the other
    readers then read it)."""
    from app.reading.nothing_failed import failed, says_succeeded
    from app.reading.scanner import scan

    head = text[: HEADER_LINES * MAX_HEADER_CHARS].splitlines()[:HEADER_LINES]
    for at, line in enumerate(head):
        delimiter = _delimiter(line, known) if len(line) <= MAX_HEADER_CHARS else None
        if delimiter is None:
            continue
        header = [cell.strip() for cell in next(csv.reader([line], delimiter=delimiter))]
        reports, paid = [], 0
        try:
            rows = csv.reader(_lines_after(text, at + 1), delimiter=delimiter)
            for row in itertools.islice(rows, MAX_ROWS):
                # A row may leave its last empty cells out, as spreadsheets write them.
                if not MIN_COLUMNS <= len(row) <= len(header):
                    continue
                block = "\n".join(
                    f"{label}: {value.strip()}"
                    for label, value in zip(header, row, strict=False)
                    if label and value.strip()
                )
                report = scan(block, known.names)
                if report is not None and report.created is None:
                    report.created = _row_time(row)  # the latest row is answered first
                if report is not None and failed(report) and _known_failure(report, known):
                    reports.append(report)
                elif says_succeeded(block):
                    paid += 1
        except csv.Error:  # a cell past csv's size limit, a stray NUL: the rows read so far
            pass
        if reports or paid:
            return reports
    return None
