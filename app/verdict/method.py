"""Replies in words that fit the payment method: a wallet, a local method or a bank debit is told
nothing about a card, and its generic decline is the same text whatever the reason."""

from __future__ import annotations

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import GENERIC_DECLINE, GENERIC_DECLINE_ANY_METHOD
from app.reading.report import FailureReport


def paid_by_card(report: FailureReport, catalog: Catalog) -> bool:
    """Whether the paste shows a card payment: its payment method type says so when it is there,
    then a card's brand or last digits; without either, a code that only a wallet's or local
    method's provider gives means another method (vocabulary.toml [payment_methods]). Only the
    method decides: a confidential code and a reasonless one of the same method lead to the
    same answer."""
    kind = report.payment_method_type
    if kind:
        return kind in catalog.vocabulary("card_payment_types")
    if report.card_brand or report.card_last4:
        return True
    provider = catalog.vocabulary("provider_codes")
    reason = report.outcome.reason if report.outcome else None
    codes = (report.code, report.decline_code, reason)
    return not any(code in provider for code in codes if code)


def generic_decline(by_card: bool) -> str:
    """The reply every confidential and every reasonless decline gets for this method."""
    return GENERIC_DECLINE if by_card else GENERIC_DECLINE_ANY_METHOD


def fitting(reply_class: str, by_card: bool, catalog: Catalog) -> str:
    """`reply_class`, or on a payment not made by card, the reply that speaks of its payment
    service instead of a card (vocabulary.toml [payment_methods.card_replies])."""
    if by_card:
        return reply_class
    return catalog.vocabulary("other_method_replies").get(reply_class, reply_class)
