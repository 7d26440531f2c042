"""Letters to the editor: each paragraph of a signed letter is its writer's words."""

from __future__ import annotations

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
