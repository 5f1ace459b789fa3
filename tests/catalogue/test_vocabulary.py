"""app/catalogue/vocabulary.py and the catalogue's vocabulary say the same words."""

from __future__ import annotations

from app.catalogue.catalog import Catalog
from app.catalogue.vocabulary import (
    CHANNELS,
    GENERIC_DECLINE,
    GENERIC_DECLINE_ANY_METHOD,
    RETRY_VERDICTS,
    UNKNOWN,
    WHO_ACTS,
)


def test_the_literals_are_the_catalogues_values(catalog: Catalog) -> None:
    assert set(RETRY_VERDICTS) == {*catalog.vocabulary("retry"), UNKNOWN}
    assert set(WHO_ACTS) == set(catalog.vocabulary("who_acts"))
    assert GENERIC_DECLINE in catalog.vocabulary("reply_classes")
    assert GENERIC_DECLINE_ANY_METHOD in catalog.vocabulary("reply_classes")
    assert CHANNELS == ("email", "chat")


def test_every_verdict_has_a_badge_label(catalog: Catalog) -> None:
    retry, who = catalog.vocabulary("retry_badges"), catalog.vocabulary("who_acts_badges")
    assert set(retry) == set(RETRY_VERDICTS) and set(who) == set(WHO_ACTS)
    assert retry["never"] == "Retry: no" and who["card_issuer"] == "Who acts: bank"
    assert all(label.startswith("Retry: ") for label in retry.values())


def test_the_literal_types_name_the_same_words_as_the_tuples() -> None:
    """vocabulary.py writes each list twice (tuple at run time, Literal for type checkers)."""
    import ast
    import inspect

    from app.catalogue import vocabulary

    tree = ast.parse(inspect.getsource(vocabulary))
    literals = {
        node.targets[0].id: tuple(ast.literal_eval(node.value.slice))
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Subscript)
        and isinstance(node.targets[0], ast.Name)
    }
    assert literals == {"Channel": CHANNELS, "Retry": RETRY_VERDICTS, "WhoActs": WHO_ACTS}
