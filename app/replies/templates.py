"""The reply template language: `{placeholder}` and optional parts `[[ ... ]]`, nothing else.

A template is parsed once into pieces; values are then joined in as plain text, so a value such
as "Stolen {amount}" or "[[x]]" stays exactly that text and is never read as a template.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping

from app.records import record

PLACEHOLDERS = (
    "customer_first_name",
    "amount",
    "card_brand",
    "card_last4",
    "payment_date",
    "agent_name",
    "company",
    "sign_off",
)

# What a reply body may use; the agent's name, company and sign-off belong to the email frame.
BODY_PLACEHOLDERS = frozenset(
    {"customer_first_name", "amount", "card_brand", "card_last4", "payment_date"}
)

_TOKEN = re.compile(r"\[\[|\]\]|\{[^{}\n]*\}|[{}]")


class TemplateError(ValueError):
    """A template breaks the template rules; the message says where, in one sentence."""


@record(frozen=True, slots=True)
class Placeholder:
    name: str


@record(frozen=True, slots=True)
class OptionalPart:
    """Left out, with everything in it, when one of its placeholders has no value."""

    pieces: tuple[str | Placeholder, ...]


Piece = str | Placeholder | OptionalPart
Line = tuple[Piece, ...]


def parse(template: str) -> tuple[Line, ...]:
    """Parses a template into lines of pieces; raises TemplateError on any malformed part."""
    return tuple(
        _parse_line(line, number) for number, line in enumerate(template.split("\n"), start=1)
    )


def _parse_line(line: str, number: int) -> Line:
    pieces: list[Piece] = []
    group: list[str | Placeholder] | None = None
    position = 0
    for match in _TOKEN.finditer(line):
        text = line[position : match.start()]
        position = match.end()
        if text:
            (group if group is not None else pieces).append(text)
        token = match.group()
        if token == "[[":
            if group is not None:
                raise TemplateError(f"Line {number}: optional parts [[ ... ]] cannot be nested.")
            group = []
        elif token == "]]":
            if group is None:
                raise TemplateError(
                    f"Line {number}: ]] closes an optional part that was never opened."
                )
            if not any(isinstance(p, Placeholder) for p in group):
                raise TemplateError(
                    f"Line {number}: an optional part [[ ... ]] needs a placeholder inside it."
                )
            pieces.append(OptionalPart(tuple(group)))
            group = None
        elif token in ("{", "}"):
            raise TemplateError(
                f"Line {number}: a lone {token} is not allowed; placeholders are written {{name}}."
            )
        else:
            name = token[1:-1].strip()
            if name not in PLACEHOLDERS:
                raise TemplateError(
                    f"Line {number}: {{{name}}} is not a known placeholder "
                    f"(known: {', '.join(PLACEHOLDERS)})."
                )
            (group if group is not None else pieces).append(Placeholder(name))
    if group is not None:
        raise TemplateError(
            f"Line {number}: an optional part [[ is not closed with ]] on the same line."
        )
    if line[position:]:
        pieces.append(line[position:])
    return tuple(pieces)


def placeholders(template: str) -> set[str]:
    """The placeholder names a template uses (raises TemplateError when it is malformed)."""
    return _names(parse(template))


def _names(lines: tuple[Line, ...]) -> set[str]:
    names: set[str] = set()
    for line in lines:
        for piece in line:
            if isinstance(piece, Placeholder):
                names.add(piece.name)
            elif isinstance(piece, OptionalPart):
                names.update(p.name for p in piece.pieces if isinstance(p, Placeholder))
    return names


def template_problems(
    template: str, allowed: Collection[str] = BODY_PLACEHOLDERS, part: str = "a reply body"
) -> list[str]:
    """Every template rule a text breaks, one sentence each; the shipped replies (build/) and
    a team's pack (packs.py) are held to these same rules."""
    try:
        lines = parse(template)
    except TemplateError as error:
        return [str(error)]
    problems = []
    unknown = _names(lines) - set(allowed)
    if unknown:
        problems.append(
            f"{', '.join('{' + n + '}' for n in sorted(unknown))} cannot be used in {part}."
        )
    # A placeholder outside [[ ]] would leave a gap whenever its value is missing.
    if any(isinstance(piece, Placeholder) for line in lines for piece in line):
        problems.append(
            "Put each placeholder inside an optional part [[ ... ]], so the sentence "
            "still reads when the value is missing."
        )
    return problems


def clean_value(value: object) -> str:
    """A value as it may appear in a reply: one line, no invisible control or direction marks."""
    kept = []
    for ch in "" if value is None else str(value):
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs"):
            kept.append(ch)
    return " ".join("".join(kept).split())


def render(lines: tuple[Line, ...], values: Mapping[str, object]) -> str:
    """Fills a parsed template; a placeholder without a value never leaves a mark or a gap."""
    filled = {name: clean_value(values.get(name)) for name in PLACEHOLDERS}
    out: list[str] = []
    for line in lines:
        parts: list[str] = []
        for piece in line:
            if isinstance(piece, str):
                parts.append(piece)
            elif isinstance(piece, Placeholder):
                parts.append(filled[piece.name])
            elif all(filled[p.name] for p in piece.pieces if isinstance(p, Placeholder)):
                parts.extend(p if isinstance(p, str) else filled[p.name] for p in piece.pieces)
        text = "".join(parts).rstrip()
        if text.strip() or not line:
            out.append(text)
        # a line that only held optional parts that were all left out disappears entirely
    text = "\n".join(out).strip("\n")
    while "\n\n\n" in text:  # at most one empty line in a row (no pattern compiled per reply)
        text = text.replace("\n\n\n", "\n\n")
    return text


# Plain values for checking a template as a customer could read it (see variants()).
SAMPLE_VALUES = {
    "customer_first_name": "Alex",
    "amount": "$49.99",
    "card_brand": "Visa",
    "card_last4": "4242",
    "payment_date": "3 March 2026",
    "agent_name": "Sam",
    "company": "Acme",
    "sign_off": "Best regards,",
}


def variants(template: str, radius: int | None = None) -> list[str]:
    """The template's text with its optional parts left out and filled in, so that a check
    sees what a customer could read: "sto[[{customer_first_name}]]len" can read "stolen".

    All filled in comes first, then all left out, then each part alone filled in and alone
    left out (every combination when that is no more). With `radius`, the variants after the
    first two are cut down to the words within `radius` characters of the parts that differ
    from the first two, which is all that can change there (a long reply is checked quickly).
    Raises TemplateError when the template is malformed.
    """
    lines = parse(template)
    parts = [piece for line in lines for piece in line if isinstance(piece, OptionalPart)]
    count = len(parts)
    everything = 2**count - 1
    if count <= 3:
        masks: list[int] = [everything, *range(everything)]
    else:
        masks = [
            everything,
            0,
            *(1 << n for n in range(count)),
            *(everything ^ (1 << n) for n in range(count)),
        ]
    texts = []
    for number, mask in enumerate(masks):
        out: list[str] = []
        spans: list[tuple[int, int]] = []  # where each optional part is (or was) in the text
        for line in lines:
            for piece in line:
                if isinstance(piece, str):
                    out.append(piece)
                elif isinstance(piece, Placeholder):
                    out.append(SAMPLE_VALUES[piece.name])
                else:
                    start = sum(map(len, out))
                    if mask >> len(spans) & 1:
                        out.extend(
                            p if isinstance(p, str) else SAMPLE_VALUES[p.name] for p in piece.pieces
                        )
                    spans.append((start, sum(map(len, out))))
            out.append("\n")
        text = "".join(out)
        if radius is None or number < 2 or count <= 1:
            texts.append(text)
            continue
        # Only the parts that differ from all-in (or all-out, whichever is nearer) matter.
        toggled = [n for n in range(count) if not mask >> n & 1]
        if len(toggled) > count - len(toggled):
            toggled = [n for n in range(count) if mask >> n & 1]
        texts.extend(_window(text, *spans[n], radius) for n in toggled)
    return list(dict.fromkeys(texts))


def _window(text: str, start: int, end: int, radius: int) -> str:
    """The whole words of `text` within `radius` characters of start..end."""
    left = max(0, start - radius)
    right = min(len(text), end + radius)
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:right]
