"""Amounts and dates written the way each reply language writes them.

The formats come from Unicode CLDR through Babel, read at build time into catalog.db (the
`locale_formats` and `currency_formats` tables); here they are only applied. Loading Babel at
run time would cost every `declinedesk explain` about 30 ms, twice what its other work takes.
tests/replies/test_money.py checks that the result equals Babel's own output for every currency,
language and a spread of amounts and dates.
"""

from __future__ import annotations

from datetime import date

from app.catalogue.entries import CurrencyFormat, LocaleFormats

# A CLDR pattern's number (`#,##0.00`) and a date pattern's fields (`y`, `MMMM`, `d`, `'de'`):
# read with string methods, where compiling their two patterns cost every reply about 0.2 ms.
_NUMBER_CHARS = frozenset("#0123456789,.")
_DATE_FIELDS = "yMd"


def stripe_digits(currency: str, minor_units: dict[str, str]) -> int:
    """The digits of a currency's minor unit in Stripe's `amount`: two unless vocabulary.toml
    [stripe_currencies] (the catalogue's `stripe_minor_units`) says 0 or 3."""
    return int(minor_units.get(currency.upper(), "2"))


def format_amount(
    amount: int, currency: CurrencyFormat, fmt: LocaleFormats, counted: int | None = None
) -> str:
    """An amount in the currency's smallest unit (Stripe's `amount`) as the language writes it.

    `counted` is how many minor digits the amount counts (Stripe's, from stripe_digits); None
    takes CLDR's. The language writes CLDR's digits (ISK 500 is "ISK 5", JPY has none), more
    only when the amount has a fraction CLDR's digits would drop (LBP 150050 is "LBP 1,500.50").
    """
    counted = currency.digits if counted is None else counted
    sign = "-" if amount < 0 else ""
    whole, fraction = divmod(abs(amount), 10**counted)
    shown = currency.digits
    if counted > shown and fraction % 10 ** (counted - shown):
        shown = counted  # a fraction the language's usual digits cannot write
    if shown >= counted:
        decimals = (str(fraction).rjust(counted, "0") if counted else "") + "0" * (shown - counted)
    else:
        decimals = str(fraction // 10 ** (counted - shown)).rjust(shown, "0")
    pattern = fmt.currency_pattern.split(";")[0]
    number = _number_span(pattern)
    if number is None:  # not a CLDR pattern; never happens with Babel's data
        return f"{sign}{whole} {currency.symbol}"
    start, end = number
    integer_part = pattern[start:end].split(".")[0]
    groups = integer_part.split(",")
    primary = len(groups[-1]) if len(groups) > 1 else 0
    secondary = len(groups[-2]) if len(groups) > 2 else primary
    text = _group(str(whole), primary, secondary, fmt.group)
    if shown:
        text += fmt.decimal + decimals
    prefix = pattern[:start].replace("¤", currency.symbol)
    suffix = pattern[end:].replace("¤", currency.symbol)
    if sign and "-" not in prefix:
        prefix = sign + prefix
    return f"{prefix}{text}{suffix}"


def _number_span(pattern: str) -> tuple[int, int] | None:
    """Where the first run of `#`, digits, `,` and `.` stands in a pattern; None without one."""
    start = next((at for at, char in enumerate(pattern) if char in _NUMBER_CHARS), None)
    if start is None:
        return None
    end = start + 1
    while end < len(pattern) and pattern[end] in _NUMBER_CHARS:
        end += 1
    return start, end


def date_tokens(pattern: str) -> list[str]:
    """A date pattern's pieces, in order: a quoted text (`'de'`, `''`), a run of one field's
    letter (`yyyy`, `MMMM`, `d`), or a run of anything else; an unclosed quote is left out."""
    tokens = []
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "'":
            end = pattern.find("'", at + 1) + 1
            if not end:
                at += 1
                continue
        else:
            end = at + 1
            if char in _DATE_FIELDS:
                while end < len(pattern) and pattern[end] == char:
                    end += 1
            else:
                while (
                    end < len(pattern) and pattern[end] != "'" and pattern[end] not in _DATE_FIELDS
                ):
                    end += 1
        tokens.append(pattern[at:end])
        at = end
    return tokens


def _group(digits: str, primary: int, secondary: int, separator: str) -> str:
    if not primary or len(digits) <= primary:
        return digits
    head, tail = digits[:-primary], digits[-primary:]
    parts = [tail]
    while len(head) > secondary:
        parts.append(head[-secondary:])
        head = head[:-secondary]
    parts.append(head)
    return separator.join(reversed(parts))


def format_date(day: date, fmt: LocaleFormats) -> str:
    """A date in the language's long form: "March 3, 2026", "3. März 2026", "2026年3月3日"."""
    out = []
    for token in date_tokens(fmt.date_pattern):
        if token.startswith("'"):
            out.append(token[1:-1] or "'")
        elif token[0] == "y":
            out.append(
                str(day.year).rjust(len(token), "0") if len(token) != 2 else f"{day.year % 100:02d}"
            )
        elif token[0] == "M":
            if len(token) >= 3:
                out.append(fmt.months[day.month - 1])
            else:
                out.append(str(day.month).rjust(len(token), "0"))
        elif token[0] == "d":
            out.append(str(day.day).rjust(len(token), "0"))
        else:
            out.append(token)
    return "".join(out)
