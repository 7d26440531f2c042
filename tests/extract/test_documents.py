"""Documents printed whole: a speech, an order of the day, a statement given in full after a note that
says so. Texts written here."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.types import ArticleMeta

SPEECH = (
    "Greens leader Maja Lindqvist-Holm used her speech to the party congress in Malmö yesterday to call "
    "for Swedish engineers to join the force in Ukraine. Below is the Ukraine section of the speech as "
    "delivered.\n"
    "\n"
    "THE SPEECH (EXTRACT)\n"
    "\n"
    "Friends, Sweden has kept the peace before, in Cyprus and in Bosnia.\n"
    "\n"
    "(Applause)\n"
    "\n"
    "Sweden should send engineers and a field hospital to guard the ceasefire.\n"
    "\n"
    "(Standing ovation)\n"
    "\n"
    "THE REACTION\n"
    "\n"
    "The government said it would study any request.\n"
)


def test_a_speech_printed_whole_is_its_speakers_paragraph_by_paragraph() -> None:
    out = extract(SPEECH, ArticleMeta("speech", published=dt.date(2026, 5, 10))).statements
    printed = [(s.speaker.name, s.text, s.stance, s.said_on.date) for s in out if s.cue == "printed"]
    day = dt.date(2026, 5, 9)
    assert printed == [
        ("Maja Lindqvist-Holm", "Friends, Sweden has kept the peace before, in Cyprus and in Bosnia.",
         "neutral", day),
        ("Maja Lindqvist-Holm", "Sweden should send engineers and a field hospital to guard the ceasefire.",
         "support", day),
    ]  # fmt: skip
    # its heading, the hall's reactions and the report after the next heading are not her words
    assert not any(
        s.text.startswith(("THE SPEECH", "(Applause", "The government")) for s in out if s.cue == "printed"
    )


STATEMENT = (
    "At a press conference in Parliament House on Thursday, the opposition's defence spokesman, Hon. Kofi "
    "Adjei-Bonsu, read a statement on behalf of the Opposition Caucus.\n"
    "\n"
    "Below is the full statement:\n"
    "We say clearly that Ghanaian troops must not be sent to Ukraine without a vote of this House.\n"
    "\n"
    "Signed:\n"
    "Hon. Kofi Adjei-Bonsu\n"
    "For and on behalf of the Opposition Caucus\n"
    "\n"
    "The Majority Leader called the statement cheap politics.\n"
)


def test_a_statement_read_on_behalf_of_a_body_is_the_bodys() -> None:
    out = extract(STATEMENT, ArticleMeta("statement", published=dt.date(2026, 4, 17))).statements
    printed = [(s.speaker.name, s.speaker.type, s.text, s.said_on.date) for s in out if s.cue == "printed"]
    assert printed == [
        (
            "Opposition Caucus",
            "organization",
            "We say clearly that Ghanaian troops must not be sent to Ukraine without a vote of this House.",
            dt.date(2026, 4, 16),  # the day of the press conference, told before the note
        )
    ]


ORDER = (
    "This morning the Chief of Defence, General Ilmari Koskinen-Rae, issued an order of the day to all "
    "personnel. We print it in full.\n"
    "\n"
    "ORDER OF THE DAY\n"
    "Helsinki, 5 June 2026\n"
    "\n"
    "Yesterday Parliament decided that Finland will contribute engineers to the force in Ukraine.\n"
    "\n"
    "To your families: the Defence Forces will stand by you.\n"
    "\n"
    "Ilmari Koskinen-Rae\n"
    "General\n"
)


def test_an_order_printed_in_full_is_its_signers_words_on_the_day_of_the_note() -> None:
    out = extract(ORDER, ArticleMeta("order", published=dt.date(2026, 6, 5))).statements
    printed = [(s.speaker.name, s.text.split(":")[0], s.said_on.date) for s in out if s.cue == "printed"]
    day = dt.date(2026, 6, 5)
    assert printed == [
        (
            "Ilmari Koskinen-Rae",
            "Yesterday Parliament decided that Finland will contribute engineers to the force in Ukraine.",
            day,
        ),
        ("Ilmari Koskinen-Rae", "To your families", day),
    ]


def test_a_letter_and_the_reply_printed_together_are_each_their_signers_on_their_own_day() -> None:
    text = (
        "Deputy Minister Karel Novák resigned on Wednesday over the cabinet's decision not to offer soldiers "
        "to the force for Ukraine. We print both in full.\n\n"
        "THE LETTER\n\n"
        "Prague, 14 October 2026\n\n"
        "Dear Prime Minister,\n\n"
        "It is with regret that I resign, with immediate effect.\n\n"
        "Our engineers are among the best in NATO, and we should send them.\n\n"
        "Yours sincerely,\n"
        "Karel Novák\n\n"
        "THE REPLY\n\n"
        "Prague, 15 October 2026\n\n"
        "Dear Karel,\n\n"
        "I respect your view, but I do not share it. Czech soldiers will not be sent to Ukraine.\n\n"
        "Yours,\n"
        "Prime Minister of the Czech Republic\n\n"
        "THE REACTIONS\n\n"
        "The opposition welcomed the letter.\n"
    )
    result = extract(text, ArticleMeta(key="t", published=dt.date(2026, 10, 16)))
    found = [(st.speaker.name, st.speaker.country, st.said_on.date, st.text) for st in result.statements]
    oct_14, oct_15 = dt.date(2026, 10, 14), dt.date(2026, 10, 15)
    assert found == [
        ("Karel Novák", "CZ", oct_14, "It is with regret that I resign, with immediate effect."),
        ("Karel Novák", "CZ", oct_14, "Our engineers are among the best in NATO, and we should send them."),
        (
            "Prime Minister of the Czech Republic",
            "CZ",
            oct_15,
            "I respect your view, but I do not share it. Czech soldiers will not be sent to Ukraine.",
        ),
    ]
