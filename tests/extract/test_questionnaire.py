"""A questionnaire's answers, printed under each respondent's name, are the respondent's words. Texts
written here."""

from __future__ import annotations

from app.extract import extract
from app.extract.questionnaire import find_answers
from app.extract.quotes import paragraphs
from app.extract.types import ArticleMeta

GUIDE = """THE HALIFAX HARBOUR NEWS
ELECTION 2026

Halifax West: the candidates answer our questions

We sent every candidate the same two questions. Answers are printed as received.

ANNE-MARIE LEBLANC
Party: Conservative
Age: 51 | Occupation: Lawyer

1. What would you do about ferry service?

Restore the evening crossings and publish the timetable a year ahead.

2. Should Canadian troops join a European force in Ukraine after a ceasefire?

No. Our forces are stretched thin already, and the Arctic comes first.

Canada can still provide airlift and surveillance to the multinational force.

ROHAN SINGH-MACDONALD
Party: Liberal
Age: 38 | Occupation: Teacher

1. What would you do about ferry service?

Buy two new hybrid ferries and build them in Nova Scotia.

2. Should Canadian troops join a European force in Ukraine after a ceasefire?

Yes, once there is a ceasefire, Canadian engineers and medics should be part of it.

RESULTS NIGHT

Join us for live coverage on election night. Candidate Joe Parsons did not reply.
"""


def test_a_voter_guides_answers_are_found_under_each_name_not_its_fact_lines() -> None:
    paras = paragraphs(GUIDE)
    found = [
        (GUIDE[paras[a.heading].start : paras[a.heading].end], a.paragraph)
        for a in find_answers(GUIDE, paras)
    ]
    firsts = [(name, GUIDE[paras[pi].start : paras[pi].end].split(".")[0]) for name, pi in found]
    assert firsts == [
        ("ANNE-MARIE LEBLANC", "Restore the evening crossings and publish the timetable a year ahead"),
        ("ANNE-MARIE LEBLANC", "No"),
        (
            "ANNE-MARIE LEBLANC",
            "Canada can still provide airlift and surveillance to the multinational force",
        ),
        ("ROHAN SINGH-MACDONALD", "Buy two new hybrid ferries and build them in Nova Scotia"),
        (
            "ROHAN SINGH-MACDONALD",
            "Yes, once there is a ceasefire, Canadian engineers and medics should be part of it",
        ),
    ]


def test_each_answer_is_a_direct_statement_of_the_candidate_judged_with_its_question() -> None:
    out = extract(GUIDE, ArticleMeta("guide")).statements
    answered = [(s.speaker.name, s.stance, s.text.split(".")[0]) for s in out if s.cue == "answered"]
    assert answered == [
        (
            "Anne-Marie Leblanc",
            "neutral",
            "Restore the evening crossings and publish the timetable a year ahead",
        ),
        # a flat "No." to whether to send is a refusal
        ("Anne-Marie Leblanc", "oppose", "No"),
        # help for the force from outside backs it
        (
            "Anne-Marie Leblanc",
            "support",
            "Canada can still provide airlift and surveillance to the multinational force",
        ),
        ("Rohan Singh-Macdonald", "neutral", "Buy two new hybrid ferries and build them in Nova Scotia"),
        (
            "Rohan Singh-Macdonald",
            "support",
            "Yes, once there is a ceasefire, Canadian engineers and medics should be part of it",
        ),
    ]
    assert all(s.said_on.date is None for s in out if s.cue == "answered")


def test_one_question_under_a_heading_in_capitals_is_no_questionnaire() -> None:
    text = "MINISTER SPEAKS\n\n1. Will the force go?\n\nThe minister did not answer the question.\n"
    assert find_answers(text, paragraphs(text)) == []


ASK_YOUR_MP = """Ask your MP | Questions from constituents

Question to Anneli Korpela (Centre)
From Jukka T.

Would you vote to send Finnish soldiers to Ukraine after a ceasefire?

Answer from Anneli Korpela
Status: answered

Dear Jukka, thank you for your question.

Yes. Finnish engineers and medics should be part of the force once the guns fall silent.

With kind regards, Anneli Korpela

---

Question to Ville Rantanen (Left Alliance)
From Sari K.

Can you rule out Finnish troops in Ukraine?

Answer from Ville Rantanen
Status: answered

I rule it out for my group. Our soldiers defend Finland.

---

Question to Mika Salo (Finns Party)
From Pekka L.
Status: not yet answered
"""


def test_answers_under_answer_from_headings_are_each_members_words() -> None:
    out = extract(ASK_YOUR_MP, ArticleMeta("ask")).statements
    answers = [(s.speaker.name, s.text, s.stance) for s in out if s.cue == "answered"]
    assert answers == [
        (
            "Anneli Korpela",
            "Yes. Finnish engineers and medics should be part of the force once the guns fall silent.",
            "support",
        ),
        ("Ville Rantanen", "I rule it out for my group. Our soldiers defend Finland.", "oppose"),
    ]
