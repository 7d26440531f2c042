"""Text as it comes when copied from a page's source, a feed or a notes app: HTML entities, invisible
characters and Markdown marks are read through, so the same article gives the same statements."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.clean import clean
from app.extract.types import ArticleMeta

META = ArticleMeta(key="t", published=dt.date(2030, 5, 8))  # a Wednesday

ARTICLE = (
    "Czech Defence Minister Jana Horáková said on Tuesday that Czech soldiers would not be sent to "
    "Ukraine. “We will not send our soldiers to Ukraine, not now and not after a ceasefire,” she told "
    "reporters in Prague.\n\n"
    "Opposition leader Tomáš Beneš disagreed. “If our allies go, we must go with them,” he said."
)


def _statements(text: str) -> set[tuple[str, str, str, str]]:
    return {(s.kind, s.text, s.speaker.name, s.stance) for s in extract(text, META).statements}


def test_html_entities_are_read_as_their_characters():
    copied = ARTICLE.replace("“", "&ldquo;").replace("”", "&#8221;").replace("’", "&rsquo;")
    assert clean(copied).text == clean(ARTICLE).text
    assert _statements(copied) == _statements(ARTICLE)
    said = {(kind, text, speaker) for kind, text, speaker, _ in _statements(copied)}
    assert ("direct", "If our allies go, we must go with them,", "Tomáš Beneš") in said


def test_zero_width_spaces_and_soft_hyphens_do_not_split_names_or_cues():
    copied = (
        ARTICLE.replace("Horáková", "Horá\u00adková")
        .replace(" said", " \u200bsaid")
        .replace("Beneš", "Be\u200dneš")
    )
    assert _statements(copied) == _statements(ARTICLE)


def test_markdown_bold_and_links_are_dropped_but_a_bold_label_opening_a_paragraph_stays():
    copied = ARTICLE.replace("Jana Horáková", "**Jana Horáková**").replace(
        "reporters in Prague", "[reporters in Prague](https://example.org/prague)"
    )
    assert clean(copied).text == clean(ARTICLE).text
    assert _statements(copied) == _statements(ARTICLE)
    assert clean("**Prague.** The minister spoke.").text == "**Prague.** The minister spoke."


def test_an_ampersand_without_an_entity_is_left_alone():
    assert clean("AT&T and Procter & Gamble said nothing.").text == "AT&T and Procter & Gamble said nothing."
