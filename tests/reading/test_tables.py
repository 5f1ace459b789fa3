"""Rows of a payments report pasted from a spreadsheet: every failed row is a failure, a
confidential one listed first and marked, paid rows left out, in every delimiter and shape a
spreadsheet writes."""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Callable

import pytest

from app.reading.paste import read_paste
from app.reading.report import CodeKinds, PasteReading
from app.reading.sensitivity import signals
from app.reading.tables import NOTHING_FAILED_TABLE, TABLE
from tests.conftest import CATALOG_SOURCE

# Stripe's payments export (Payments > Export, "unified payments" columns), as spreadsheets
# and importers of it show it, and a short report with the decline reason as its own column.
STRIPE_EXPORT = [
    "id",
    "Description",
    "Seller Message",
    "Created (UTC)",
    "Amount",
    "Amount Refunded",
    "Currency",
    "Converted Amount",
    "Converted Amount Refunded",
    "Fee",
    "Tax",
    "Converted Currency",
    "Mode",
    "Status",
    "Statement Descriptor",
    "Customer ID",
    "Customer Description",
    "Customer Email",
    "Captured",
    "Card ID",
    "Card Last4",
    "Card Brand",
    "Card Funding",
    "Card Exp Month",
    "Card Exp Year",
    "Card Name",
    "Card Issue Country",
    "Card Fingerprint",
    "Card CVC Status",
    "Disputed Amount",
    "Dispute Status",
    "Dispute Reason",
    "Invoice ID",
    "Payment Source Type",
    "PaymentIntent ID",
]
SHORT_REPORT = ["id", "Created date (UTC)", "Amount", "Currency", "Status", "Decline Reason"]
SELLER = "The bank returned the decline code `{code}`."
PAID = "Payment complete."


def _row(header: list[str], number: int, code: str | None) -> list[str]:
    values = {
        "id": f"ch_3QhK7pId2SqF0zYv0Jb5L{number:03d}",
        # Every delimiter inside one quoted cell: the table stays one table.
        "Description": "Payment for invoice, March; plan\tA | yearly",
        "Seller Message": SELLER.format(code=code) if code else PAID,
        "Created (UTC)": "2026-03-10 08:02",
        "Created date (UTC)": "2026-03-10 08:02:11",
        "Amount": "49.00",
        "Currency": "usd",
        "Status": "Failed" if code else "Paid",
        "Decline Reason": code or "",
        "Card Last4": "4921",
        "Card Brand": "Visa",
        "Captured": "false" if code else "true",
        "PaymentIntent ID": f"pi_3QhK7pId2SqF0zYv0Jb5L{number:03d}",
    }
    return [values.get(column, "") for column in header]


def _table(header: list[str], codes: list[str | None], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for number, code in enumerate(codes):
        writer.writerow(_row(header, number, code))
    return out.getvalue()


def _sensitive(report: object, known: CodeKinds) -> bool:
    return bool(signals(report, known.sensitive, known.sensitive_codes))  # type: ignore[arg-type]


ROWS = [
    [None, "insufficient_funds", "stolen_card"],
    ["stolen_card", None, "do_not_honor"],
    ["expired_card", "fraudulent", None, None],
    [None, "lost_card"],
    ["incorrect_cvc", None],
]


@pytest.mark.parametrize(
    "header",
    [STRIPE_EXPORT, SHORT_REPORT, [*SHORT_REPORT, "Description"]],
    ids=["stripe", "short", "short-described"],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
@pytest.mark.parametrize("codes", ROWS, ids=lambda c: "-".join(map(str, c)))
@pytest.mark.parametrize(
    "wrap",
    [
        lambda t: t,
        lambda t: "Here are the rows from yesterday's export:\n\n" + t,
        lambda t: t.replace("\n", "\r\n"),
    ],
    ids=["bare", "under-a-note", "crlf"],
)
def test_every_failed_row_is_read_and_a_confidential_one_comes_first(
    header: list[str],
    delimiter: str,
    codes: list[str | None],
    wrap: Callable[[str], str],
    known: CodeKinds,
) -> None:
    reading = read_paste(wrap(_table(header, codes, delimiter)), known)
    failed = [code for code in codes if code]
    assert TABLE in reading.warnings
    assert sorted(r.decline_code for r in reading.failures) == sorted(failed)  # type: ignore
    expected_first = any(code in known.sensitive_codes for code in failed)
    assert _sensitive(reading.failures[0], known) == expected_first
    # Each row keeps its own id: the agent can open the right payment.
    for report in reading.failures:
        number = codes.index(report.decline_code)
        assert report.ids.charge == f"ch_3QhK7pId2SqF0zYv0Jb5L{number:03d}"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_table_where_every_row_was_paid_says_nothing_failed(
    delimiter: str, known: CodeKinds
) -> None:
    reading = read_paste(_table(STRIPE_EXPORT, [None, None, None], delimiter), known)
    assert reading.failures == []
    assert reading.warnings == [NOTHING_FAILED_TABLE]


def test_rows_that_leave_their_last_empty_cells_out_are_read(known: CodeKinds) -> None:
    text = _table(SHORT_REPORT, [None, "do_not_honor"], ",")
    lines = [line.rstrip(",") for line in text.splitlines()]
    reading = read_paste("\n".join(lines), known)
    assert [r.decline_code for r in reading.failures] == ["do_not_honor"]


@pytest.mark.parametrize(
    "text",
    [
        "a,b,c\n1,2,3\n",  # a table with no Stripe column
        "Status,Amount,Currency\nFailed",  # a header and nothing under it
        "name;city;country\nAnna;Berlin;DE\n",
    ],
)
def test_tables_without_stripe_columns_are_not_read_as_payments(
    text: str, known: CodeKinds
) -> None:
    try:
        reading: PasteReading | None = read_paste(text, known)
    except Exception as refused:  # UnreadablePaste: one sentence, never a traceback
        assert str(refused)
        return
    assert reading is not None and TABLE not in reading.warnings


def test_a_long_export_is_read_in_one_pass(known: CodeKinds) -> None:
    codes: list[str | None] = [None] * 1500 + ["stolen_card"]
    reading = read_paste(_table(STRIPE_EXPORT, codes, ","), known)
    assert reading.failures[0].decline_code == "stolen_card"


def test_a_header_over_rows_that_say_neither_leaves_the_paste_to_the_other_readers(
    known: CodeKinds,
) -> None:
    text = (
        "code,message,status\nx,y,z\n\n"
        "Agent note: the bank returned the decline code `stolen_card`.\n"
    )
    reading = read_paste(text, known)
    assert TABLE not in reading.warnings
    assert _sensitive(reading.failures[0], known)


def test_a_cell_past_the_csv_size_limit_keeps_the_rows_before_it(known: CodeKinds) -> None:
    text = (
        _table(SHORT_REPORT, ["lost_card"], ",") + 'ch_x,"' + "a" * 200_000 + '",1,usd,Failed,x\n'
    )
    reading = read_paste(text, known)
    assert reading.failures[0].decline_code == "lost_card"


def _names(field: str) -> list[str]:
    """The header names field_names.toml lists for a field, in every language it lists."""
    with (CATALOG_SOURCE / "field_names.toml").open("rb") as source:
        fields = tomllib.load(source)["field"]
    return next(entry["names"] for entry in fields if entry["field"] == field)


@pytest.mark.parametrize("reason_column", _names("decline_code"))
def test_an_export_with_its_header_in_another_language_is_read(
    reason_column: str, known: CodeKinds
) -> None:
    """A report exported from a Dashboard in another language names its columns in that
    language ("状态", "拒绝原因"): every listed name of the status and of the decline code
    makes the table a report, its failed row read and a confidential one marked."""
    statuses = _names("status")
    status = statuses[len(reason_column) % len(statuses)]
    for code, sensitive in (("stolen_card", True), ("do_not_honor", False)):
        header = ["ID", "金额 / Betrag", status, reason_column]
        rows = [
            ["ch_3QhK7pId2SqF0zYv0Jb5L001", "49.00", "failed", code],
            ["ch_3QhK7pId2SqF0zYv0Jb5L002", "12.00", "succeeded", ""],
        ]
        text = "\n".join(",".join(row) for row in [header, *rows])
        reading = read_paste(text, known)
        assert TABLE in reading.warnings, text
        assert [r.decline_code for r in reading.failures] == [code], text
        assert _sensitive(reading.failures[0], known) == sensitive, text
