"""From pasted text to what the agent reads and sends: one path for the CLI and the window."""

from __future__ import annotations

from app import TYPE_CHECKING
from app.catalogue.catalog import Catalog
from app.reading.paste import read_paste
from app.reading.report import FailureReport, PasteReading
from app.records import record, replace
from app.replies.replies import AgentDetails, Reply, reply_for
from app.verdict.explain import explain
from app.verdict.explanation import Explanation

if TYPE_CHECKING:  # packs reads TOML: imported only where a pack is used
    from app.replies.packs import ReplyPack


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
    pack: ReplyPack | None = None,
) -> tuple[PasteReading, list[Finding]]:
    """Raises UnreadablePaste (one sentence) when nothing in the text can be used."""
    reading = read_paste(text, catalog.code_kinds())
    return reading, findings_for(reading, catalog, locale, channel, agent, pack)


def findings_for(
    reading: PasteReading,
    catalog: Catalog,
    locale: str = "en",
    channel: str = "email",
    agent: AgentDetails | None = None,
    pack: ReplyPack | None = None,
) -> list[Finding]:
    """Explains every failure of a reading and writes its reply (the window reads large pastes
    on a worker thread, then calls this)."""
    findings = []
    for report in reading.failures:
        explanation = explain(report, catalog)
        reply = write_reply(report, explanation, catalog, locale, channel, agent, pack)
        findings.append(Finding(report, explanation, reply))
    return findings


def rewrite_reply(
    finding: Finding,
    catalog: Catalog,
    locale: str,
    channel: str,
    agent: AgentDetails | None = None,
    pack: ReplyPack | None = None,
) -> Finding:
    """The same finding with its reply in another language, channel, pack or agent's name."""
    reply = write_reply(finding.report, finding.explanation, catalog, locale, channel, agent, pack)
    return replace(finding, reply=reply)


def gloss(
    finding: Finding,
    catalog: Catalog,
    reader: str,
    agent: AgentDetails | None = None,
    pack: ReplyPack | None = None,
) -> str:
    """The finding's reply as written in the `reader`'s language (same class, channel, pack and
    values, so it says exactly what the customer reads), or "" when it is in that language."""
    if finding.reply.locale == reader:
        return ""
    return rewrite_reply(finding, catalog, reader, finding.reply.channel, agent, pack).reply.text


def write_reply(
    report: FailureReport,
    explanation: Explanation,
    catalog: Catalog,
    locale: str,
    channel: str,
    agent: AgentDetails | None,
    pack: ReplyPack | None,
) -> Reply:
    """The customer's reply to one explained failure (a team pack's wording when it has one)."""
    template = pack.template(explanation.reply_class, locale, channel) if pack else None
    return reply_for(report, explanation.reply_class, catalog, locale, channel, agent, template)


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
    if e.verdict is not None:  # the same words as the window's badges and `explain`
        lines += ["", "Verdict: " + e.verdict.lines()[0], *e.verdict.lines()[1:]]
    codes = [
        f"{name}={value}"
        for name, value in (
            ("type", report.error_type),
            ("code", report.code),
            ("decline_code", report.decline_code),
            ("advice_code", report.advice_code),
            ("network_decline_code", report.network_decline_code),
            ("network_advice_code", report.network_advice_code),
            ("outcome", report.outcome.type if report.outcome else None),
        )
        if value
    ]
    if codes:
        lines.append("Codes: " + ", ".join(codes))
    ids = report.ids.as_dict()
    if ids:
        lines.append("Ids: " + ", ".join(f"{name} {value}" for name, value in ids.items()))
    return "\n".join(lines)
