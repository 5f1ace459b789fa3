"""The ticket's failures, explained at once and each reply written when it is first shown.

A paste of 50 failures wrote 50 replies before the window could answer (about 0.3 s with the
explanations, issue 25): the list needs every explanation (its headlines, the sensitive one
first), but only the shown failure needs its reply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from app.catalogue.catalog import Catalog
from app.reading.report import FailureReport, PasteReading
from app.replies.analyse import Finding
from app.replies.replies import Reply
from app.verdict.explain import explain
from app.verdict.explanation import Explanation

Writer = Callable[[FailureReport, Explanation], Reply]


class Findings:
    """A list of Findings, sensitive first, whose replies `write` makes on first use."""

    def __init__(self, reading: PasteReading, catalog: Catalog, write: Writer) -> None:
        explained = [(report, explain(report, catalog)) for report in reading.failures]
        # A sensitive failure comes first: its CONFIDENTIAL mark is the first thing seen.
        explained.sort(key=lambda pair: not pair[1].sensitive)
        self.explained = explained
        self._write = write
        self._written: dict[int, Finding] = {}

    def __len__(self) -> int:
        return len(self.explained)

    def __getitem__(self, row: int) -> Finding:
        if row not in self._written:
            report, explanation = self.explained[row]  # IndexError past the end, as a list
            self._written[row] = Finding(report, explanation, self._write(report, explanation))
        return self._written[row]

    def __iter__(self) -> Iterator[Finding]:
        return (self[row] for row in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Findings | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # changes as replies are written

    def explanation(self, row: int) -> Explanation:
        """The row's explanation without writing its reply."""
        return self.explained[row][1]

    def written(self) -> int:
        """How many replies have been written (the shown ones)."""
        return len(self._written)

    def forget_replies(self) -> None:
        """The language, channel, name or pack changed: each reply is written again when shown."""
        self._written.clear()
