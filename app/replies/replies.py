"""The customer's reply: the reply class's template in the chosen language and channel, filled.

Only the reply class and a few plain values (amount, card brand, last 4, date, names from the
agent) reach a reply. Free text of the paste (message, seller_message, failure_message) never
does, and values are joined in as text, never read as a template.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime

from app import TYPE_CHECKING
from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import CHANNELS
from app.reading.report import FailureReport
from app.records import record
from app.replies import money, templates

# The guard (and its normaliser) is passed in where needed: importing it here would cost every
# `declinedesk explain` several milliseconds for a type that only type checkers read.
if TYPE_CHECKING:  # the guard is loaded only where a reply is checked
    from app.replies.guard import Guard

MAX_AGENT_VALUE = 80  # a name, a company or a sign-off; more is a paragraph, not a signature


class UnknownLocale(ValueError):
    """The reply language is not shipped; the message names the ones that are."""


@record(frozen=True, slots=True)
class Reply:
    locale: str
    channel: str
    reply_class: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"locale": self.locale, "channel": self.channel, "text": self.text}


@record(frozen=True, slots=True)
class AgentDetails:
    """What the agent's settings (or the agent, for one reply) add to a reply."""

    customer_first_name: str | None = None
    agent_name: str | None = None
    company: str | None = None
    sign_off: str | None = None
    # Sign-offs kept per reply language, (locale, sign-off) pairs: the reply's own language's
    # wins over `sign_off`, so a Japanese email never ends in an English "Cheers,".
    sign_offs: tuple[tuple[str, str], ...] = ()

    def sign_off_for(self, locale: str) -> str | None:
        """The sign-off a reply in `locale` closes with; None: the language's usual closing."""
        return dict(self.sign_offs).get(locale) or self.sign_off


def check_agent_value(label: str, value: str, guard: Guard, locale: str | None) -> str | None:
    """Why a setting that goes into every reply (agent name, company, sign-off) cannot be
    saved, in one sentence; None when it can. A revealing value would block every copy."""
    if any(ch in "\r\n\v\f\u2028\u2029" for ch in value):
        return f"{label} must be one line, without line breaks."
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in value if ch != "\t"):
        return f"{label} cannot contain invisible or control characters."
    if len(value) > MAX_AGENT_VALUE:
        return f"{label} is too long: at most {MAX_AGENT_VALUE} characters."
    problems = guard.check(value, locale)
    if problems:
        return f"{label} cannot use “{problems[0].phrase}”: it {problems[0].reason}."
    return None


# Chinese written in traditional characters: a script or a region that uses it. Replies are in
# Simplified Chinese only, so these are refused rather than answered in the other script.
_TRADITIONAL_CHINESE = {"hant", "tw", "hk", "mo"}


def resolve_locale(requested: str, available: tuple[str, ...]) -> str:
    """ "pt-br", "pt_BR" and "pt" all give "pt-BR"; "en-GB" gives "en"; "zh-CN" and "zh_Hans"
    give "zh-Hans", "ko-KR" gives "ko"; "zh-TW" and "zh-Hant" are refused (another script)."""
    wanted = requested.strip().replace("_", "-").lower()
    by_lower = {locale.lower(): locale for locale in available}
    if wanted in by_lower:
        return by_lower[wanted]
    language, *rest = wanted.split("-")
    traditional = language == "zh" and bool(_TRADITIONAL_CHINESE.intersection(rest))
    for locale in available:
        if locale.lower().split("-")[0] == language and not traditional:
            return locale
    raise UnknownLocale(
        f"Replies are not available in {requested!r}; choose one of {', '.join(available)}."
    )


def first_name(full_name: str | None) -> str | None:
    """ "Jenny Rosen" gives "Jenny": the first word, when it looks like a name (letters, with
    inner hyphens or apostrophes), else None; an email address or a card holder's "N/A" gives
    nothing rather than a strange greeting."""
    words = (full_name or "").split()
    if not words:
        return None
    word = words[0].strip(",")
    plain = word.replace("-", "").replace("'", "").replace("\N{RIGHT SINGLE QUOTATION MARK}", "")
    if not plain.isalpha() or len(word) > 40 or word[0] in "-'" or len(plain) < 2:
        return None
    return word[0].upper() + word[1:] if word.islower() else word


# Scripts that write the family name first ("山田 太郎"): in a language that greets by family name,
# only a name written in one of these gives it; a Latin "Taro Yamada" could be either order.
_FAMILY_FIRST_SCRIPTS = (
    "CJK UNIFIED IDEOGRAPH",
    "IDEOGRAPHIC ITERATION",
    "HIRAGANA",
    "KATAKANA",
    "HANGUL",
)


def greeting_name(full_name: str | None, locale: str, catalog: Catalog) -> str | None:
    """The name a reply in `locale` greets with, from a paste's full name: the first name, or
    for a language that greets by family name (vocabulary.toml [greeting_names]) the family
    name when the paste writes it first in its own script, else none (the reply greets without
    a name: お客様)."""
    if catalog.vocabulary("greeting_names").get(locale) != "family":
        return first_name(full_name)
    words = (full_name or "").split()  # the ideographic space (U+3000) separates words too
    if not words or len(words[0]) > 20:
        return None
    family = words[0]
    if all(unicodedata.name(ch, "").startswith(_FAMILY_FIRST_SCRIPTS) for ch in family):
        return family
    return None


def payload_values(report: FailureReport, catalog: Catalog, locale: str) -> dict[str, str]:
    """The values a reply may take from the paste: never its free text, and only values the
    catalogue knows (a card brand of its list, a currency of CLDR's, four digits)."""
    values: dict[str, str] = {}
    formats = catalog.locale_formats(locale)
    if report.amount is not None and report.currency:
        currency = catalog.currency_format(locale, report.currency)
        if currency is not None:
            # The paste's number is counted as Stripe counts it (ISK 500 is 5 krónur).
            counted = money.stripe_digits(report.currency, catalog.vocabulary("stripe_minor_units"))
            values["amount"] = money.format_amount(report.amount, currency, formats, counted)
    # Only a brand the catalogue knows: a paste's "brand" can be any text ("Reported Stolen").
    brand = (report.card_brand or "").strip().lower()
    brands = catalog.vocabulary("card_brands")
    if brand in brands:
        values["card_brand"] = brands[brand]
    if report.card_last4 and report.card_last4.isdigit() and len(report.card_last4) == 4:
        values["card_last4"] = report.card_last4
    if report.created:
        try:
            day = datetime.fromtimestamp(report.created, UTC).date()
        except (OverflowError, OSError, ValueError):
            day = None
        if day is not None:
            values["payment_date"] = money.format_date(day, formats)
    return values


def render_reply(
    catalog: Catalog,
    reply_class: str,
    locale: str,
    channel: str,
    values: Mapping[str, str],
    agent: AgentDetails | None = None,
    template: str | None = None,
) -> Reply:
    """The finished reply; `template` replaces the shipped body (a team's own reply pack)."""
    if channel not in CHANNELS:
        raise ValueError(f"Unknown channel {channel!r}; choose email or chat.")
    agent = agent or AgentDetails()
    filled: dict[str, object] = {
        **values,
        "customer_first_name": agent.customer_first_name,
        "agent_name": agent.agent_name,
        "company": agent.company,
    }
    body_template = (
        template if template is not None else catalog.reply_template(locale, reply_class, channel)
    )
    body = templates.render(templates.parse(body_template), filled)
    if channel == "chat":
        return Reply(locale, channel, reply_class, body)
    frame = catalog.reply_frame(locale)
    greeting = templates.render(templates.parse(frame.greeting), filled)
    if frame.greeting_without_name and not templates.clean_value(agent.customer_first_name):
        greeting = frame.greeting_without_name
    closing = templates.clean_value(agent.sign_off_for(locale)) or frame.closing
    signature = templates.render(templates.parse(frame.signature), filled)
    parts = [greeting, body, "\n".join(p for p in (closing, signature) if p)]
    return Reply(locale, channel, reply_class, "\n\n".join(p for p in parts if p))


def reply_for(
    report: FailureReport,
    reply_class: str,
    catalog: Catalog,
    locale: str = "en",
    channel: str = "email",
    agent: AgentDetails | None = None,
    template: str | None = None,
) -> Reply:
    """The reply for one failure: its class's template (or a team pack's `template`) filled
    from the paste and the agent."""
    locale = resolve_locale(locale, catalog.reply_locales())
    values = payload_values(report, catalog, locale)
    return render_reply(catalog, reply_class, locale, channel, values, agent, template)
