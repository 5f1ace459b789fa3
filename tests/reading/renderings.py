"""The reading matrix's parts: canonical Stripe errors, the forms every language prints them in,
and the damage copying does. Generated, not collected: each part is written once and the test
combines them all."""

from __future__ import annotations

import html
import json
import pprint
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from tests.conftest import DESIGN_SENSITIVE_DECLINES


@dataclass(frozen=True)
class Canonical:
    """One failure as Stripe sends it: the fields every rendering must give back."""

    error_type: str
    code: str
    decline_code: str | None
    message: str
    sensitive: bool

    def error(self) -> dict[str, object]:
        body: dict[str, object] = {"type": self.error_type, "code": self.code}
        if self.decline_code:
            body["decline_code"] = self.decline_code
        body["message"] = self.message
        body["request_log_url"] = "https://dashboard.stripe.com/logs/req_Matrix0001"
        return body


SENSITIVE_DECLINES = DESIGN_SENSITIVE_DECLINES
COMMON_DECLINES = (
    "insufficient_funds",
    "do_not_honor",
    "generic_decline",
    "card_velocity_exceeded",
    "expired_card",
    "incorrect_cvc",
    "transaction_not_allowed",
    "try_again_later",
)
ERROR_CODES = ("payment_intent_authentication_failure", "resource_missing", "amount_too_small")


def canonicals() -> list[Canonical]:
    found = [
        Canonical("card_error", "card_declined", code, "Your card was declined.", True)
        for code in SENSITIVE_DECLINES
    ]
    found += [
        Canonical(
            "card_error",
            code if code in ("expired_card", "incorrect_cvc") else "card_declined",
            code,
            "Your card was declined.",
            False,
        )
        for code in COMMON_DECLINES
    ]
    found += [
        Canonical("invalid_request_error", code, None, "The request could not be completed.", False)
        for code in ERROR_CODES
    ]
    return found


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _pascal(name: str) -> str:
    return "".join(part.title() for part in name.split("_"))


def _fields(c: Canonical) -> list[tuple[str, str]]:
    pairs = [("type", c.error_type), ("code", c.code)]
    if c.decline_code:
        pairs.append(("decline_code", c.decline_code))
    return [*pairs, ("message", c.message)]


# --- renderings: how a language or a tool prints the error -------------------------------------


def json_pretty(c: Canonical) -> str:
    return json.dumps({"error": c.error()}, indent=2)


def json_line_in_log(c: Canonical) -> str:
    body = json.dumps({"error": c.error()})
    return f"2026-12-06T10:15:02.123Z ERROR payment failed status=402 body={body}"


def python_repr(c: Canonical) -> str:
    return f"stripe error: {c.error()!r}"


def python_pprint(c: Canonical) -> str:
    return pprint.pformat({"error": c.error()}, width=60)


def python_ordered_dict(c: Canonical) -> str:
    items = ", ".join(f"({k!r}, {v!r})" for k, v in c.error().items())
    return f"OrderedDict([('error', OrderedDict([{items}]))])"


def python_exception(c: Canonical) -> str:
    kind = "CardError" if c.error_type == "card_error" else "InvalidRequestError"
    lines = [
        "Traceback (most recent call last):",
        '  File "app/billing.py", line 41, in charge',
        f"stripe._error.{kind}: Request req_Matrix0001: {c.message}",
        f">>> e.code\n{c.code!r}",
    ]
    if c.decline_code:
        lines.append(f">>> e.error.decline_code\n{c.decline_code!r}")
    return "\n".join(lines)


def python_logging(c: Canonical) -> str:
    parts = [f"error_code={c.code}", f"error_message={c.message!r}", f"error_type={c.error_type}"]
    if c.decline_code:
        parts.append(f"decline_code={c.decline_code}")
    return "message='Stripe API error received' " + " ".join(parts)


def ruby_hash_rockets(c: Canonical) -> str:
    inner = ", ".join(f":{k}=>{json.dumps(v)}" for k, v in c.error().items())
    return f"#<Stripe::CardError: (Status 402) {c.message}>\njson_body: {{:error=>{{{inner}}}}}"


def ruby_new_inspect(c: Canonical) -> str:
    inner = ", ".join(f"{k}: {json.dumps(v)}" for k, v in c.error().items())
    return f"{{error: {{{inner}}}}}"


def php_print_r(c: Canonical) -> str:
    lines = ["Array", "(", "    [error] => Array", "        ("]
    lines += [f"            [{k}] => {v}" for k, v in c.error().items()]
    return "\n".join([*lines, "        )", "", ")"])


def php_var_dump(c: Canonical) -> str:
    lines = ["array(1) {", '  ["error"]=>', f"  array({len(c.error())}) {{"]
    for k, v in c.error().items():
        lines += [f'    ["{k}"]=>', f'    string({len(str(v))}) "{v}"']
    return "\n".join([*lines, "  }", "}"])


def php_var_export(c: Canonical) -> str:
    inner = "\n".join(f"    '{k}' => '{v}'," for k, v in c.error().items())
    return f"array (\n  'error' => \n  array (\n{inner}\n  ),\n)"


def java_kotlin_data_class(c: Canonical) -> str:
    parts = ", ".join(f"{_camel(k)}={v}" for k, v in _fields(c))
    return f"com.stripe.android.core.exception.APIException: {c.message}\nStripeError({parts})"


def java_exception(c: Canonical) -> str:
    decline = f"; decline_code: {c.decline_code}" if c.decline_code else ""
    kind = "CardException" if c.error_type == "card_error" else "InvalidRequestException"
    return (
        f"com.stripe.exception.{kind}: {c.message}; code: {c.code}{decline}; "
        "request-id: req_Matrix0001\n\tat com.stripe.net.LiveStripeResponseGetter.handleError"
    )


def go_struct(c: Canonical) -> str:
    parts = " ".join(f"{_pascal(k) if k != 'message' else 'Msg'}:{v}" for k, v in _fields(c))
    return f"payment failed: &stripe.Error{{{parts} HTTPStatusCode:402 RequestID:req_Matrix0001}}"


def dotnet_record(c: Canonical) -> str:
    parts = ", ".join(f"{_pascal(k)} = {v}" for k, v in _fields(c))
    return f"Stripe.StripeException: {c.message}\nStripeError {{ {parts} }}"


def elixir_struct(c: Canonical) -> str:
    extra = f"card_code: :{c.code}"
    if c.decline_code:
        extra += f", decline_code: :{c.decline_code}"
    return (
        f"{{:error, %Stripe.Error{{source: :stripe, code: :{c.error_type}, request_id: "
        f'"req_Matrix0001", message: "{c.message}", extra: %{{{extra}, http_status: 402}}}}}}'
    )


def swift_nserror(c: Canonical) -> str:
    info = [
        f"com.stripe.lib:StripeErrorCodeKey={c.code}",
        f"com.stripe.lib:StripeErrorTypeKey={c.error_type}",
        f"NSLocalizedDescription={c.message}",
    ]
    if c.decline_code:
        info.insert(1, f"com.stripe.lib:DeclineCodeKey={c.decline_code}")
    return f'Error Domain=com.stripe.lib Code=70 "{c.message}" UserInfo={{{", ".join(info)}}}'


def react_native(c: Canonical) -> str:
    body = {"code": "Failed", "localizedMessage": c.message, "message": c.message}
    body["stripeErrorCode"] = c.code
    if c.decline_code:
        body["declineCode"] = c.decline_code
    body["type"] = c.error_type
    return f" LOG  confirmPayment error {json.dumps(body)}"


def js_inspect(c: Canonical) -> str:
    inner = ",\n".join(f"    {k}: '{v}'" for k, v in c.error().items())
    return f"StripeCardError: {c.message}\n    at handleError\n{{\n  raw: {{\n{inner}\n  }}\n}}"


def dashboard_labels(c: Canonical) -> str:
    lines = [
        "Payment failed",
        "$42.00 USD",
        f"Error type: {c.error_type}",
        f"Failure code: {c.code}",
    ]
    if c.decline_code:
        lines.append(f"Decline code: {c.decline_code}")
    return "\n".join([*lines, f"Failure message: {c.message}"])


def dashboard_table(c: Canonical) -> str:
    rows = [("Error type", c.error_type), ("Failure code", c.code)]
    if c.decline_code:
        rows.append(("Decline code", c.decline_code))
    return "Payment details\n" + "\n".join(f"{label}\n{value}" for label, value in rows)


def agent_note(c: Canonical) -> str:
    if c.decline_code:
        return (
            f"Customer writes that checkout failed twice. Stripe says {c.code}, decline code "
            f"`{c.decline_code}` ({c.error_type}). What do I tell them?"
        )
    return f"Hi team, the API answered {c.error_type} with code {c.code}. Any idea?"


RENDERINGS: dict[str, Callable[[Canonical], str]] = {
    f.__name__: f
    for f in (
        json_pretty,
        json_line_in_log,
        python_repr,
        python_pprint,
        python_ordered_dict,
        python_exception,
        python_logging,
        ruby_hash_rockets,
        ruby_new_inspect,
        php_print_r,
        php_var_dump,
        php_var_export,
        java_kotlin_data_class,
        java_exception,
        go_struct,
        dotnet_record,
        elixir_struct,
        swift_nserror,
        react_native,
        js_inspect,
        dashboard_labels,
        dashboard_table,
        agent_note,
    )
}
# Renderings that write no error type (an agent's words name the codes only, never the type).
NO_ERROR_TYPE: set[str] = set()


# --- damage: what copying does to a text -----------------------------------------------------


def escaped_in_string(text: str) -> str:
    return f"level=error msg={json.dumps(text)}"


def escaped_twice(text: str) -> str:
    return json.dumps({"log": json.dumps({"detail": text})})


def typographic_quotes(text: str) -> str:
    out, double, single = [], False, False
    for char in text:
        if char == '"':
            out.append("\u201d" if double else "\u201c")
            double = not double
        elif char == "'":
            out.append("\u2019" if single else "\u2018")
            single = not single
        else:
            out.append(char)
    return "".join(out)


def lf_markers(text: str) -> str:
    return text.replace("\n", "<LF>")


def literal_newlines(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def html_entities(text: str) -> str:
    return html.escape(text)


def html_tags(text: str) -> str:
    return "<div><pre>" + html.escape(text).replace("\n", "<br />") + "</pre></div>"


def url_encoded(text: str) -> str:
    return "payload=" + quote(text, safe="")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def wrapped(text: str) -> str:
    return "\n".join(
        line[i : i + 60] for line in text.split("\n") for i in range(0, max(len(line), 1), 60)
    )


def word_wrapped(text: str) -> str:
    """Lines wrapped at 60 characters between words, as a mail client sends prose."""
    import textwrap

    return "\n".join(textwrap.fill(line, 60) if line else line for line in text.split("\n"))


def log_prefix(text: str) -> str:
    return "\n".join(f"2026-12-06 10:15:02,417 ERROR [billing] {line}" for line in text.split("\n"))


def comment_prefix(text: str) -> str:
    return "\n".join(f"// {line}" for line in text.split("\n"))


def mail_quote(text: str) -> str:
    return "On Monday the shop wrote:\n" + "\n".join(f"> {line}" for line in text.split("\n"))


def double_spaced(text: str) -> str:
    """A page copied from a browser: a blank line between every two lines."""
    return "\n\n".join(text.split("\n"))


def double_spaced_crlf(text: str) -> str:
    return "\r\n\r\n".join(text.split("\n"))


def cut_off(text: str) -> str:
    return text[: max(len(text) * 9 // 10, 1)] + "\u2026"


DAMAGE: dict[str, Callable[[str], str]] = {
    f.__name__: f
    for f in (
        escaped_in_string,
        escaped_twice,
        typographic_quotes,
        lf_markers,
        literal_newlines,
        html_entities,
        html_tags,
        url_encoded,
        crlf,
        wrapped,
        log_prefix,
        comment_prefix,
        mail_quote,
        double_spaced,
        double_spaced_crlf,
        cut_off,
    )
}
# Damage that can remove what it cuts: only what is left is asserted.
LOSSY = {"cut_off"}
