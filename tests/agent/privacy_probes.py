"""A hostile tester's pastes: each hides personal data or secrets somewhere a blocklist misses.

Every probe is a paste that Decline Desk can explain (so it reaches history) and the exact texts
that must never be found in any byte of user.db, its WAL, its shared memory or a backup. The
hand-written probes come first; GENERATED then crosses whole classes with every field they could
be put in: every kind of Stripe key in live and test mode, alone and in every field; card numbers
in every id field; names in every code field. A generated probe names the field it fills
(`field`), and the tests check that the paste really put the value there.
"""

from __future__ import annotations

import base64
import json
from typing import Any, NamedTuple


class Probe(NamedTuple):
    name: str
    paste: str
    secrets: tuple[str, ...]
    field: str = ""  # where a generated probe puts its value: "decline_code", "ids.charge", ...
    value: str = ""


def _error(**fields: Any) -> str:
    body = {
        "type": "card_error",
        "code": "card_declined",
        "decline_code": "insufficient_funds",
        "message": "Your card has insufficient funds.",
        **fields,
    }
    return json.dumps({"error": body})


def _charge(**fields: Any) -> str:
    charge = {
        "id": "ch_3PrivacyCharge01",
        "object": "charge",
        "amount": 1250,
        "currency": "usd",
        "status": "failed",
        "failure_code": "card_declined",
        "outcome": {
            "type": "issuer_declined",
            "reason": "do_not_honor",
            "network_status": "declined_by_network",
            "risk_level": "normal",
            "seller_message": "The bank did not return any further details.",
        },
        "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "1881"}},
        **fields,
    }
    return json.dumps(charge, indent=2)


def _basic(key: str) -> str:
    return base64.b64encode(f"{key}:".encode()).decode()


STRIPE_KEY = "sk_live_51HpRivAcyKeyZ9xQ2wE4rT6yU8i"
RESTRICTED_KEY = "rk_test_51HrEsTrIcTeDkEy7a8b9c0d"
WEBHOOK_SECRET = "whsec_Pr1vacyW3bh00kS3cr3tValue"

PROBES: list[Probe] = [
    # --- card numbers, in every disguise
    Probe(
        "card plain", _error(message="Card 4242424242424242 was declined."), ("4242424242424242",)
    ),
    Probe(
        "card spaced",
        _error(message="Card 4000 0566 5566 5556 declined"),
        ("4000 0566 5566 5556", "4000056655665556"),
    ),
    Probe("card dashed", _error(message="pan=5105-1051-0510-5100"), ("5105-1051-0510-5100",)),
    Probe(
        "card split over lines",
        _error(message="card 4000 0025\n0000 3155 declined"),
        ("4000 0025", "0000 3155", "4000002500003155"),
    ),
    Probe(
        "card split over log lines",
        'charge failed card=4000 0027 6000\n3184 {"error": {"code": "card_declined", '
        '"decline_code": "expired_card"}}',
        ("4000 0027 6000", "4000002760003184"),
    ),
    Probe(
        "card url-encoded",
        _error(message="q=4111%201111%201111%201111"),
        ("4111%201111%201111%201111", "4111111111111111"),
    ),
    Probe(
        "card joined to a word",
        _error(message="card4012888888881881declined"),
        ("4012888888881881",),
    ),
    Probe("card joined after", _error(message="4000056655665564visa"), ("4000056655665564",)),
    Probe("amex 15 digits", _error(message="amex 378282246310005 refused"), ("378282246310005",)),
    Probe(
        "card in metadata",
        _charge(metadata={"card_number": "6011111111111117"}),
        ("6011111111111117",),
    ),
    Probe(
        "card in description",
        _charge(description="Paid with 3056930009020004"),
        ("3056930009020004",),
    ),
    Probe("card as decline_code", _error(decline_code="4000000000009995"), ("4000000000009995",)),
    Probe(
        "card as last4",
        _charge(payment_method_details={"card": {"last4": "4000000000000077", "brand": "visa"}}),
        ("4000000000000077",),
    ),
    Probe(
        "card as brand",
        _charge(payment_method_details={"card": {"brand": "6200000000000005", "last4": "0005"}}),
        ("6200000000000005",),
    ),
    Probe(
        "card as network code",
        _error(network_decline_code="5200828282828210"),
        ("5200828282828210",),
    ),
    Probe(
        "card in request log url",
        _error(
            request_log_url="https://dashboard.stripe.com/logs/req_Ab12Cd34?pan=4000003800000446"
        ),
        ("4000003800000446",),
    ),
    Probe(
        "card in js literal",
        "{ error: { code: 'card_declined', decline_code: 'lost_card',\n"
        "  message: 'card 3566 0020 2036 0505 lost' } }",
        ("3566 0020 2036 0505",),
    ),
    Probe(
        "card in python literal",
        "{'error': {'code': 'card_declined', 'decline_code': 'stolen_card', "
        "'message': 'pan 6205500000000000004', 'payment_method': None}}",
        ("6205500000000000004",),
    ),
    Probe("card with dots", _error(message="4000.0035.6000.0008"), ("4000.0035.6000.0008",)),
    # --- card security codes and expiry
    Probe(
        "cvc field",
        _charge(payment_method_details={"card": {"brand": "visa", "last4": "1881", "cvc": "9183"}}),
        ('"9183"', "9183"),
    ),
    Probe("cvc in message", _error(message="cvc 7351 did not match"), ("cvc 7351", "7351")),
    Probe("cvv equals", _error(message="cvv=4826;exp=09/31"), ("cvv=4826", "4826", "09/31")),
    Probe("security code in words", _error(message="security code five five two: 5529"), ("5529",)),
    Probe("expiry", _error(message="exp_month 11 exp_year 2034 card expired"), ("exp_year 2034",)),
    # --- bank details
    Probe(
        "iban de",
        _error(message="IBAN DE89370400440532013000 refused"),
        ("DE89370400440532013000",),
    ),
    Probe(
        "iban gb spaced",
        _error(message="iban GB82 WEST 1234 5698 7654 32"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
    ),
    Probe(
        "iban fr in sepa object",
        _charge(
            payment_method_details={
                "type": "sepa_debit",
                "sepa_debit": {"iban": "FR1420041010050500013M02606", "last4": "2606"},
            }
        ),
        ("FR1420041010050500013M02606",),
    ),
    Probe(
        "iban nl url-encoded",
        _error(message="iban=NL91%20ABNA%200417%201643%2000"),
        ("NL91%20ABNA%200417%201643%2000", "NL91ABNA0417164300"),
    ),
    Probe(
        "bank account number",
        _charge(metadata={"account_number": "000123456789"}),
        ("000123456789",),
    ),
    Probe(
        "routing number",
        _error(message="routing 110000000 account 9876543210"),
        ("110000000", "9876543210"),
    ),
    Probe(
        "sort code", _error(message="sort code 40-47-84 acct 31926819"), ("40-47-84", "31926819")
    ),
    Probe(
        "bank account in us_bank_account",
        _charge(
            payment_method_details={
                "type": "us_bank_account",
                "us_bank_account": {"account_number": "7788990011", "routing_number": "021000021"},
            }
        ),
        ("7788990011", "021000021"),
    ),
    # --- phone numbers
    Probe("phone us", _error(message="call +1 415 555 0133 about this"), ("415 555 0133",)),
    Probe("phone parens", _error(message="phone (415) 555-0199"), ("(415) 555-0199",)),
    Probe(
        "phone uk", _charge(billing_details={"phone": "+44 20 7946 0958"}), ("+44 20 7946 0958",)
    ),
    Probe("phone compact", _charge(metadata={"tel": "+4915112345678"}), ("+4915112345678",)),
    Probe(
        "phone url-encoded",
        _error(message="tel=%2B33%20612%20345%20678"),
        ("%2B33%20612%20345%20678", "612 345 678"),
    ),
    # --- names in free text
    Probe(
        "name in message",
        _error(message="Jenny Rosen says the card keeps failing"),
        ("Jenny Rosen",),
    ),
    Probe(
        "name in description",
        _charge(description="Order 1182 for Maria Garcia-Lopez"),
        ("Maria Garcia-Lopez",),
    ),
    Probe(
        "name in seller message",
        _charge(
            outcome={
                "type": "issuer_declined",
                "reason": "do_not_honor",
                "seller_message": "Declined; cardholder Kwame Mensah called us.",
            }
        ),
        ("Kwame Mensah",),
    ),
    Probe(
        "name in shipping",
        _charge(
            shipping={
                "name": "Priya Raman",
                "address": {
                    "line1": "221B Baker Street",
                    "postal_code": "NW1 6XE",
                    "city": "Marylebone",
                },
            }
        ),
        ("Priya Raman", "221B Baker Street", "NW1 6XE", "Marylebone"),
    ),
    Probe(
        "name as customer",
        _error(payment_intent={"id": "pi_3PrivacyIntent01", "customer": "Olga Petrova"}),
        ("Olga Petrova",),
    ),
    Probe(
        "name in metadata",
        _charge(metadata={"buyer": "Tomasz Wiśniewski"}),
        ("Tomasz Wiśniewski", "Wi\\u015bniewski"),
    ),
    Probe("name as a key", _charge(metadata={"Hiroshi Tanaka": "vip"}), ("Hiroshi Tanaka",)),
    Probe("name in param", _error(param="billing_details[name]=Aoife Byrne"), ("Aoife Byrne",)),
    Probe(
        "cardholder name", _charge(billing_details={"name": "Chidi Okonkwo"}), ("Chidi Okonkwo",)
    ),
    # --- email addresses
    Probe(
        "email plain",
        _error(message="receipt to jenny.rosen@example.com failed"),
        ("jenny.rosen@example.com",),
    ),
    Probe(
        "email url-encoded",
        _error(message="email=jenny.rosen%40example.com"),
        ("jenny.rosen%40example.com", "jenny.rosen"),
    ),
    Probe(
        "email plus tag",
        _charge(receipt_email="a.b+stripe@corp.example.org"),
        ("a.b+stripe@corp.example.org",),
    ),
    Probe(
        "email unicode-escaped",
        '{"error": {"code": "card_declined", "decline_code": '
        '"do_not_honor", "message": "for bob\\u0040shop.example"}}',
        ("bob@shop.example", "bob\\u0040shop.example"),
    ),
    Probe(
        "email in url",
        _error(doc_url="https://stripe.com/docs?who=carol%40mail.example"),
        ("carol%40mail.example", "carol"),
    ),
    Probe(
        "email base64",
        _error(message="token amVubnlAZXhhbXBsZS5jb20="),
        ("amVubnlAZXhhbXBsZS5jb20=",),
    ),
    Probe(
        "email as event type",
        json.dumps(
            {
                "object": "event",
                "type": "charge.failed dave@mail.example",
                "data": {"object": json.loads(_charge())},
            }
        ),
        ("dave@mail.example",),
    ),
    Probe("email as currency", _charge(currency="erin@mail.example"), ("erin@mail.example",)),
    # --- keys, secrets, tokens
    Probe(
        "basic auth api key",
        _error(message=f"Authorization: Basic {_basic(STRIPE_KEY)}"),
        (_basic(STRIPE_KEY), STRIPE_KEY),
    ),
    Probe("secret key", _error(message=f"used key {STRIPE_KEY}"), (STRIPE_KEY, "51HpRivAcy")),
    Probe(
        "restricted key in header",
        json.dumps(
            {
                "headers": {"Authorization": f"Bearer {RESTRICTED_KEY}"},
                "error": {"code": "card_declined", "decline_code": "fraudulent"},
            }
        ),
        (RESTRICTED_KEY,),
    ),
    Probe("webhook secret", _error(message=f"whsec {WEBHOOK_SECRET}"), (WEBHOOK_SECRET,)),
    Probe(
        "client secret as id",
        _error(payment_intent={"id": "pi_3Pr1v4cy_secret_Zz9Yx8Wv", "object": "payment_intent"}),
        ("_secret_Zz9Yx8Wv",),
    ),
    Probe(
        "client secret field",
        _error(
            payment_intent={
                "id": "pi_3PrivacyIntent02",
                "client_secret": "pi_3PrivacyIntent02_secret_Qq7Rr6",
            }
        ),
        ("_secret_Qq7Rr6",),
    ),
    Probe(
        "session cookie",
        _error(message="cookie __stripe_sid=9f3c1a7e-77aa-4bd2-b1f0"),
        ("9f3c1a7e-77aa-4bd2-b1f0",),
    ),
    Probe(
        "password", _error(message="password: hunter2-Correct-Horse"), ("hunter2-Correct-Horse",)
    ),
    # --- other personal data
    Probe("ip address", _charge(metadata={"ip": "203.0.113.77"}), ("203.0.113.77",)),
    Probe("ssn", _error(message="ssn 123-45-6789 on file"), ("123-45-6789",)),
    Probe("date of birth", _charge(metadata={"dob": "1984-07-19"}), ("1984-07-19",)),
    Probe("tax id", _charge(metadata={"vat": "DE123456789"}), ("DE123456789",)),
    Probe(
        "street address in message",
        _error(message="ship to 742 Evergreen Terrace"),
        ("742 Evergreen Terrace",),
    ),
    Probe(
        "user agent", _charge(metadata={"ua": "Mozilla/5.0 (X11; PrivacyProbe)"}), ("PrivacyProbe",)
    ),
    Probe(
        "address in js literal",
        "{\n  error: {\n    code: 'card_declined',\n"
        "    decline_code: 'incorrect_zip',\n    message: 'zip 90210-4411 for Lena Ek'\n  }\n}",
        ("90210-4411", "Lena Ek"),
    ),
    Probe(
        "free text in a log line",
        "2026-11-22 10:01 WARN checkout failed for Noor Haddad <noor@haddad.example> "
        '{"error":{"code":"card_declined","decline_code":"generic_decline"}}',
        ("Noor Haddad", "noor@haddad.example"),
    ),
    Probe(
        "everything in one invoice event",
        json.dumps(
            {
                "object": "event",
                "type": "invoice.payment_failed",
                "data": {
                    "object": {
                        "id": "in_1PrivacyInvoice",
                        "object": "invoice",
                        "customer_name": "Rafael Souza",
                        "customer_email": "rafa@souza.example",
                        "customer_phone": "+55 11 91234 5678",
                        "last_finalization_error": {
                            "code": "card_declined",
                            "decline_code": "insufficient_funds",
                            "message": "IBAN BR1500000000000010932840814P2",
                        },
                    }
                },
            }
        ),
        ("Rafael Souza", "rafa@souza.example", "91234 5678", "BR1500000000000010932840814P2"),
    ),
]


# --- generated classes -------------------------------------------------------------------------
# Two failures with every field history could keep filled in: an API error envelope (codes and
# most ids) and a charge.failed event (event type, status, payment method type, outcome, ids).
ERROR: dict[str, Any] = {
    "error": {
        "type": "card_error",
        "code": "card_declined",
        "decline_code": "insufficient_funds",
        "advice_code": "try_again_later",
        "network_decline_code": "51",
        "network_advice_code": "02",
        "message": "Your card has insufficient funds.",
        "charge": "ch_3PrivacyCharge01",
        "request_log_url": "https://dashboard.stripe.com/logs/req_Privacy01",
        "payment_intent": {
            "id": "pi_3PrivacyIntent01",
            "object": "payment_intent",
            "customer": "cus_Privacy01",
            "invoice": "in_1PrivacyInv01",
        },
        "payment_method": {"id": "pm_1PrivacyMethod01", "object": "payment_method", "type": "card"},
        "setup_intent": {"id": "seti_1PrivacySetup01", "object": "setup_intent"},
    }
}
EVENT: dict[str, Any] = {
    "id": "evt_1PrivacyEvent01",
    "object": "event",
    "type": "charge.failed",
    "data": {
        "object": {
            "id": "ch_3PrivacyCharge02",
            "object": "charge",
            "status": "failed",
            "amount": 1250,
            "currency": "usd",
            "failure_code": "card_declined",
            "customer": "cus_Privacy02",
            "invoice": "in_1PrivacyInv02",
            "payment_intent": "pi_3PrivacyIntent02",
            "payment_method": "pm_1PrivacyMethod02",
            "outcome": {
                "type": "issuer_declined",
                "reason": "do_not_honor",
                "network_status": "declined_by_network",
                "risk_level": "normal",
            },
            "payment_method_details": {"type": "card", "card": {"brand": "visa", "last4": "1881"}},
        }
    },
}
# Each field a probe can fill: the failure it belongs to, and the keys that lead to it there.
CODE_FIELDS: dict[str, tuple[dict[str, Any], tuple[str, ...]]] = {
    "error_type": (ERROR, ("error", "type")),
    "code": (ERROR, ("error", "code")),
    "decline_code": (ERROR, ("error", "decline_code")),
    "advice_code": (ERROR, ("error", "advice_code")),
    "network_decline_code": (ERROR, ("error", "network_decline_code")),
    "network_advice_code": (ERROR, ("error", "network_advice_code")),
    "event_type": (EVENT, ("type",)),
    "status": (EVENT, ("data", "object", "status")),
    "payment_method_type": (EVENT, ("data", "object", "payment_method_details", "type")),
    "outcome.type": (EVENT, ("data", "object", "outcome", "type")),
    "outcome.network_status": (EVENT, ("data", "object", "outcome", "network_status")),
    "outcome.reason": (EVENT, ("data", "object", "outcome", "reason")),
    "outcome.risk_level": (EVENT, ("data", "object", "outcome", "risk_level")),
}
# Each id field, the prefixes Stripe gives its ids, and where the failure holds it.
ID_FIELDS: dict[str, tuple[tuple[str, ...], dict[str, Any], tuple[str, ...]]] = {
    "charge": (("ch", "py"), ERROR, ("error", "charge")),
    "payment_intent": (("pi",), ERROR, ("error", "payment_intent", "id")),
    "setup_intent": (("seti",), ERROR, ("error", "setup_intent", "id")),
    "invoice": (("in",), ERROR, ("error", "payment_intent", "invoice")),
    "customer": (("cus",), ERROR, ("error", "payment_intent", "customer")),
    "request": (("req",), ERROR, ("error", "request_log_url")),
    "event": (("evt",), EVENT, ("id",)),
    "payment_method": (("pm", "card", "src"), ERROR, ("error", "payment_method", "id")),
}


def _placed(base: dict[str, Any], path: tuple[str, ...], value: str) -> str:
    """The failure `base` as JSON, with `value` at `path`."""
    paste = json.loads(json.dumps(base))
    holder = paste
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    return json.dumps(paste, indent=2)


# Stripe's key prefixes (secret, restricted, publishable, ephemeral, organisation) in both modes,
# and webhook signing secrets, which have no mode.
KEY_PREFIXES = [
    f"{kind}_{mode}_" for kind in ("sk", "rk", "pk", "ek", "sk_org") for mode in ("live", "test")
] + ["whsec_"]


def _keys() -> list[Probe]:
    probes: list[Probe] = []
    for number, prefix in enumerate(KEY_PREFIXES):
        key = f"{prefix}51Pr1v{number:02d}cyKeyZ9xQ2wE4rT6yU8iOp"
        bare = key.lower()  # a paste of the key alone reads as a code only in lower case
        probes.append(Probe(f"key alone {prefix}", bare, (bare, bare[len(prefix) :])))
        probes.append(
            Probe(f"key in a message {prefix}", _error(message=f"used {key}"), (key, key.lower()))
        )
        for field, (base, path) in CODE_FIELDS.items():
            probes.append(
                Probe(
                    f"key as {field} {prefix}",
                    _placed(base, path, key),
                    (key, key.lower()),
                    field,
                    key,
                )
            )
        for field, (prefixes, base, path) in ID_FIELDS.items():
            value = f"{prefixes[0]}_{key}"
            probes.append(
                Probe(
                    f"key in the {field} id {prefix}",
                    _placed(base, path, _in_field(field, value)),
                    (key, key.lower()),
                    f"ids.{field}",
                    value,
                )
            )
    return probes


def _in_field(field: str, value: str) -> str:
    """How the paste writes an id: a request id comes inside its Dashboard URL."""
    return f"https://dashboard.stripe.com/logs/{value}" if field == "request" else value


# Stripe's test card numbers of every length and brand; "3Pr" before one puts it inside an id
# that otherwise looks right.
CARDS = [
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "6011111111111117",
    "3056930009020004",
    "6200000000000005",
    "4000002500003155",
]


def _cards_in_ids() -> list[Probe]:
    probes: list[Probe] = []
    for field, (prefixes, base, path) in ID_FIELDS.items():
        for prefix in prefixes:
            for number, card in enumerate(CARDS):
                value = f"{prefix}_{card}" if number % 2 == 0 else f"{prefix}_3Pr{card}x"
                probes.append(
                    Probe(
                        f"card {card} in the {field} id {prefix}_",
                        _placed(base, path, _in_field(field, value)),
                        (card,),
                        f"ids.{field}",
                        value,
                    )
                )
    return probes


# A person's name in every code field, in the forms it could take there. Network codes are at
# most three letters, so a name that short goes there.
NAMES = ["Jenny Rosen", "jenny_rosen", "jenny", "JENNY.ROSEN", "kwame"]
SHORT_NAMES = ["Zed", "zed"]


def _names_as_codes() -> list[Probe]:
    probes: list[Probe] = []
    for field, (base, path) in CODE_FIELDS.items():
        names = SHORT_NAMES if field.startswith("network_") else NAMES
        for name in names:
            probes.append(
                Probe(
                    f"name {name!r} as {field}",
                    _placed(base, path, name),
                    (name, name.lower()),
                    field,
                    name,
                )
            )
    return probes


GENERATED: list[Probe] = _keys() + _cards_in_ids() + _names_as_codes()
