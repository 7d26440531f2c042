"""Letters to the editor: each paragraph of a signed letter is its writer's words."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.types import ArticleMeta

PAGE = (
    "LETTERS\n\n"
    "Keep our troops at home\n\n"
    "Sir, – I read that the alliance wants small countries to join a force in Ukraine. "
    "Not one Maltese conscript should be sent to Ukraine.\n\n"
    "Our navy has enough to do at sea.\n\n"
    "Joseph Camilleri, Birkirkara\n\n"
    "Bus timetables\n\n"
    "Sir, – Why does the 41 bus never come on time? I have waited an hour twice this week.\n\n"
    "Maria Borg, Mosta\n\n"
    "Editor's note: the debate will continue next week.\n"
)


def _letters(text: str) -> list[tuple[str, str, str]]:
    result = extract(text, ArticleMeta(key="t"))
    return [(st.speaker.name, st.stance, st.text) for st in result.statements if st.cue == "wrote"]


def test_each_paragraph_of_a_letter_is_its_signers_own_words_without_the_salutation() -> None:
    letters = _letters(PAGE)
    assert [(who, text[:20]) for who, _stance, text in letters] == [
        ("Joseph Camilleri", "I read that the alli"),
        ("Joseph Camilleri", "Our navy has enough "),
        ("Maria Borg", "Why does the 41 bus "),
    ]
    assert letters[0][1] == "oppose"


def test_a_letter_on_another_subject_says_nothing_on_troops() -> None:
    bus = "Sir, – The new parking meters accept neither coins nor cards after six.\n\n"
    page = PAGE.replace(
        "Sir, – Why does the 41 bus never come on time? I have waited an hour twice this week.\n\n", bus
    )
    assert [stance for who, stance, _text in _letters(page) if who == "Maria Borg"] == ["neutral"]


def test_a_signed_line_under_news_paragraphs_is_no_letter() -> None:
    text = (
        "Defence Minister Anna Weiss said on Monday that Austria would not send troops.\n\n"
        "The debate continues in parliament next week.\n\n"
        "Peter Gruber, Vienna\n"
    )
    assert _letters(text) == []


NOTES = """Read the note: Minsk warns Vilnius

Minsk on Monday published the note it handed to the Lithuanian embassy.

The Ministry of Foreign Affairs of Belarus presents its compliments to the Embassy of Lithuania.

The Belarusian side will treat Lithuanian soldiers in Ukraine as legitimate targets.

The Ministry avails itself of this opportunity to renew the assurances of its consideration.

Minsk, 12 October

Lithuanian diplomats said they would reply in due course.
"""


def test_a_note_verbale_given_in_full_is_the_sending_ministrys_words_on_its_day() -> None:
    out = extract(NOTES, ArticleMeta("note", published=dt.date(2026, 10, 14))).statements
    notes = [(s.speaker.name, s.text[:30], s.stance, s.said_on.date) for s in out if s.cue == "wrote"]
    day = dt.date(2026, 10, 12)
    assert notes == [
        ("Ministry of Foreign Affairs of Belarus", "The Ministry of Foreign Affair", "neutral", day),
        ("Ministry of Foreign Affairs of Belarus", "The Belarusian side will treat", "oppose", day),
    ]


def test_childrens_letters_signed_with_an_age_and_a_ministers_replies_signed_over_a_place_and_day() -> None:
    page = (
        "THE KIDS' POST\n\n"
        "You asked the Defence Minister about Ukraine. He wrote back!\n\n"
        "Minister Stephen Harrington answered every letter himself.\n\n"
        "LETTER 1\n\n"
        "Dear Minister,\n"
        "Please don't send our soldiers to Ukraine. It is very far away.\n"
        "From Chloe, 10, Toowoomba\n\n"
        "THE MINISTER REPLIES\n\n"
        "Dear Chloe,\n\n"
        "Thank you for your letter. No decision has been made about sending soldiers to Ukraine.\n\n"
        "Stephen Harrington\n"
        "Canberra, 10 April\n"
    )
    result = extract(page, ArticleMeta(key="t", published=dt.date(2026, 4, 15)))
    letters = [
        (st.speaker.name, st.stance, st.said_on.date, st.text[:20])
        for st in result.statements
        if st.cue == "wrote"
    ]
    assert letters == [
        ("Chloe", "oppose", None, "Please don't send ou"),
        ("Stephen Harrington", "neutral", dt.date(2026, 4, 10), "Thank you for your l"),
    ]
