"""The Stripe Dashboard page of an id found in the paste (`ch_...` is a payment), in test or
live mode as the paste says: opened in the system browser only when the agent clicks."""

from __future__ import annotations

from app.reading.fields import ID_PREFIXES

DASHBOARD = "https://dashboard.stripe.com/"
# The Dashboard's page for each kind of object that has one, by the field its id fills.
PAGES = {
    "charge": "payments",
    "payment_intent": "payments",
    "setup_intent": "setup_intents",
    "invoice": "invoices",
    "customer": "customers",
    "event": "events",
    "request": "logs",
}


def dashboard_url(value: str, livemode: bool | None) -> str | None:
    """The Dashboard address of `value` when it is an id of an object with a page, else None;
    test mode when the paste says so (`livemode: false`)."""
    value = value.strip()
    if not value.isascii() or not value.replace("_", "").isalnum() or len(value) > 100:
        return None
    for field, page in PAGES.items():
        if any(value.startswith(p) and len(value) > len(p) + 3 for p in ID_PREFIXES[field]):
            return f"{DASHBOARD}{'test/' if livemode is False else ''}{page}/{value}"
    return None
