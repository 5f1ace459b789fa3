"""Decline Desk: explains failed Stripe payments and writes a customer-safe reply."""

from importlib import metadata

try:
    __version__ = metadata.version("declinedesk")
except metadata.PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0+unknown"
