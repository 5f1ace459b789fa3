"""Which languages' replies are written in Chinese, Japanese or Korean script, read from the
catalogue: the guard tests that slip or compose words between spaces leave them out."""

from __future__ import annotations

from app.catalogue.catalog import Catalog
from app.replies.normalise import is_cjk
from build.languages import LOCALES
from tests.conftest import CATALOG_DB


def written_in_cjk() -> frozenset[str]:
    """The languages whose generic decline e-mail is in Chinese, Japanese or Korean script."""
    with Catalog(CATALOG_DB) as catalog:
        return frozenset(
            locale
            for locale in LOCALES
            if is_cjk(catalog.reply_template(locale, "generic_decline", "email"))
        )
