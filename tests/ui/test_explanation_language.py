"""The explanation's own words in the window's language (issue 28): the verdict, the badges,
the headline, the confidential line and the section headings; a catalogue text without a
translation yet is shown in English and tagged so, never mixed in silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.catalogue.catalog import Catalog
from app.catalogue.words import ENGLISH_TAG, Words
from app.ui import i18n
from app.ui.explanation_view import ENGLISH_TIP
from app.verdict.said import in_language as said_in
from tests.ui.test_window_languages import WINDOW_LANGUAGES, a_window, expected
from tests.ui.test_window_widths import STOLEN

HEADINGS = ("What happened", "What to do", "Found in the paste")


@pytest.mark.parametrize("language", WINDOW_LANGUAGES)
def test_the_verdict_badges_and_headings_are_in_the_language(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
    language: str,
) -> None:
    assert i18n.install(language, qm_folder) == language
    window = a_window(qtbot, catalog, tmp_path)
    window.load_file(STOLEN)
    view = window.view
    finding = window.findings[0]
    e = finding.explanation
    assert e.verdict is not None and e.confidential
    words = Words(catalog, language)
    # Badges and the verdict lines: the language's own, none of the English ones.
    assert view.retry_badge.text() == words.group("retry_badges")[e.retry]
    assert view.who_badge.text() == words.group("who_acts_badges")[e.who_acts]
    for label, english in (
        (view.retry_badge, e.verdict.retry_badge),
        (view.who_badge, e.verdict.who_badge),
        (view.verdict, e.verdict.for_customer),
        (view.retry_rule, e.verdict.for_retries),
        (view.headline, e.headline),
        (view.confidential_note, e.confidential),
    ):
        assert label.text() and label.text() != english
        assert not label.text().startswith(ENGLISH_TAG)
    headings = {label.text() for label in view.findChildren(type(view.headline))}
    for heading in HEADINGS:
        assert expected(language, "ExplanationView", heading) in headings
    assert view.confidential_badge.text() == expected(
        language,
        "ExplanationView",
        "CONFIDENTIAL · the customer gets only the generic decline reply",
    )
    # The summary and steps in the language where it has them, else English, tagged and
    # explained on hover.
    said = said_in(e, catalog, language)
    for label, tagged, source in (
        (view.summary, said.summary.english, e.summary),
        (view.steps, said.steps_english, e.agent_steps[0]),
    ):
        if tagged:
            assert label.text().startswith(ENGLISH_TAG)
            assert label.toolTip() == expected(language, "ExplanationView", ENGLISH_TIP)
        else:
            assert ENGLISH_TAG not in label.text() and source not in label.text()
    # The failure list says the same headline.
    assert window.paste_area.failure_list.count() == 0 or (
        view.headline.text() in window.paste_area.failure_list.item(0).text()
    )


def test_english_has_no_tags_and_a_new_language_says_it_again(
    qtbot: QtBot,
    catalog: Catalog,
    tmp_path: Path,
    qm_folder: Path,
    in_language: None,
) -> None:
    i18n.install("en", qm_folder)
    window = a_window(qtbot, catalog, tmp_path)
    window.load_file(STOLEN)
    e = window.findings[0].explanation
    assert window.view.headline.text() == e.headline
    assert ENGLISH_TAG not in window.view.summary.text() + window.view.steps.text()
    i18n.install("ko", qm_folder)
    window.retranslate()
    assert window.view.retry_badge.text() == Words(catalog, "ko").group("retry_badges")[e.retry]
    korean = said_in(e, catalog, "ko").summary
    assert not korean.english and window.view.summary.text() == korean.text
    i18n.install("en", qm_folder)
    window.retranslate()
    assert window.view.headline.text() == e.headline and not window.view.summary.toolTip()
