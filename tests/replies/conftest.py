"""The guard as the tests of this folder read it: whole (`guard`: the lists and the classifier,
as shipped) or its word lists alone (`rules`: what the lists decide must not be left to a
retrained classifier). One of each per test module, from the catalogue under test."""

from __future__ import annotations

import pytest

from app.catalogue.catalog import Catalog
from app.replies.guard import Guard


@pytest.fixture(scope="module")
def guard(catalog: Catalog) -> Guard:
    return Guard.from_catalog(catalog)


@pytest.fixture(scope="module")
def rules(catalog: Catalog) -> Guard:
    return Guard(catalog.guard_rows(), catalog.guard_reasons(), catalog.confusables())
