"""From pasted text to what the agent reads and sends: one entry point for the CLI and the window."""

from __future__ import annotations

from app.core.catalog import Catalog
from app.core.explain import Explanation, explain
from app.core.paste import read_paste
from app.core.records import record
from app.core.replies import AgentDetails, Reply, reply_for
from app.core.report import FailureReport, PasteReading


@record(frozen=True, slots=True)
class Finding:
    """One failure of a paste: what was found, what it means, and the customer's reply."""

    report: FailureReport
    explanation: Explanation
    reply: Reply

    def to_json(self) -> dict[str, object]:
        """One element of `failures` in DESIGN.md's `explain --format json` contract."""
        summary = " ".join([self.explanation.summary, *self.explanation.notes])
        return {
            "detected": self.report.detected(),
            "sensitive": self.explanation.sensitive,
            "retry": self.explanation.retry,
            "who_acts": self.explanation.who_acts,
            "explanation": {
                "title": self.explanation.headline,
                "summary": summary,
                "agent_steps": list(self.explanation.agent_steps),
            },
            "reply": self.reply.to_json(),
        }


def analyse_paste(
    text: str,
    catalog: Catalog,
    locale: str = "en",
    channel: str = "email",
    agent: AgentDetails | None = None,
) -> tuple[PasteReading, list[Finding]]:
    """Raises UnreadablePaste (one sentence) when nothing in the text can be used."""
    reading = read_paste(text, catalog.code_kinds())
    findings = []
    for report in reading.failures:
        explanation = explain(report, catalog)
        reply = reply_for(report, explanation.reply_class, catalog, locale, channel, agent)
        findings.append(Finding(report, explanation, reply))
    return reading, findings


def internal_note(finding: Finding) -> str:
    """The agent-facing summary for a ticket's private note (never sent to the customer)."""
    e, report = finding.explanation, finding.report
    lines = [f"Decline Desk: {e.headline}"]
    if e.confidential:
        lines.append(e.confidential)
    lines += ["", f"What happened: {e.summary}"]
    lines += [f"- {note}" for note in e.notes]
    lines += ["", "What to do:"]
    lines += [f"{n}. {step}" for n, step in enumerate(e.agent_steps, start=1)]
    lines += ["", f"Retry: {e.retry.replace('_', ' ')}. Who acts: {e.who_acts.replace('_', ' ')}."]
    codes = [f"{name}={value}" for name, value in (
        ("type", report.error_type), ("code", report.code), ("decline_code", report.decline_code),
        ("advice_code", report.advice_code), ("network_decline_code", report.network_decline_code),
        ("network_advice_code", report.network_advice_code),
        ("outcome", report.outcome.type if report.outcome else None)) if value]
    if codes:
        lines.append("Codes: " + ", ".join(codes))
    ids = report.ids.as_dict()
    if ids:
        lines.append("Ids: " + ", ".join(f"{name} {value}" for name, value in ids.items()))
    return "\n".join(lines)
