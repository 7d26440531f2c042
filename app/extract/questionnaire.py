"""A questionnaire's answers: a voter guide's "DALE HARWICK / Party: … / 1. What …? / answer" pages.

Candidates' answers printed as submitted are their own words, as verbatim as a quotation, though no
quotation marks surround them. This stage finds, under each respondent's name set as a heading in
capitals, the paragraphs that answer its numbered questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.quotes import SIGN_OFF, Paragraph
from app.extract.transcripts import title_label

# a respondent's name alone on its line, in capitals: "DALE HARWICK", "MEGAN RUIZ-CALDER"
_NAME_HEADING = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3}")
# a numbered question: "1. What would you do about housing costs?", "Q2) Should U.S. troops take part?"
_NUMBERED_QUESTION = re.compile(r"(?:Q\s?)?\d{1,2}[.)]\s+\S.*\?")
# a fact line under the name: "Party: Republican (incumbent)", "Age: 58 | Residence: Whitefish"
_FACT_LINE = re.compile(r"[A-Z][\w ]{1,20}:\s")
_MAX_ANSWER_PARAGRAPHS = 3  # an answer runs on over at most this many paragraphs
_MIN_QUESTIONS = 2  # a questionnaire asks each respondent at least two questions


@dataclass(frozen=True)
class Answer:
    paragraph: int  # the answer's paragraph
    question: int  # the question's paragraph
    heading: int  # the paragraph of the respondent's name
    name: str | None = None  # the name as an answer's heading gives it: "Answer from Katrin Weber"


def find_answers(text: str, paras: list[Paragraph]) -> list[Answer]:
    """The answers of a questionnaire printed under its respondents' names; [] when the article is none."""
    if "?" not in text:
        return []
    out: list[Answer] = []
    heading: int | None = None
    question: int | None = None
    run = 0  # paragraphs of the current answer so far
    asked: dict[int, int] = {}  # questions under each heading
    for pi, p in enumerate(paras):
        line = text[p.start : p.end].strip()
        if _NAME_HEADING.fullmatch(line):
            heading, question = pi, None
        elif _NUMBERED_QUESTION.fullmatch(line):
            question, run = (pi, 0) if heading is not None else (None, 0)
            if heading is not None:
                asked[heading] = asked.get(heading, 0) + 1
        elif heading is not None and question is not None and not _FACT_LINE.match(line):
            run += 1
            if run <= _MAX_ANSWER_PARAGRAPHS:
                out.append(Answer(pi, question, heading))
    return [a for a in out if asked.get(a.heading, 0) >= _MIN_QUESTIONS] or _answers_from(text, paras)


# a page of citizens' questions and the answers under "Answer from Katrin Weber" headings
_ANSWER_FROM = re.compile(
    r"(?:Answer|Reply|Response) (?:from|by) (?P<name>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3})"
)
_QUESTION_TO = re.compile(r"Question (?:to|for|from) ")
_SEPARATOR = re.compile(r"[-*_=~ ]{3,}")
# a reply's courtesies, no answer: "Dear Mr B., thank you for your question.", "With kind regards, X"
_GREETING = re.compile(r"(?:Dear|Hello|Hi|Good (?:morning|afternoon|evening))\b")
_SIGN_OFF = re.compile(SIGN_OFF + r"\b")
_MIN_REPLIES = 2  # such a page answers at least two questions


def _answers_from(text: str, paras: list[Paragraph]) -> list[Answer]:
    """The answers under "Answer from X" headings, each up to the next separator or question; []
    when the page has fewer than two."""
    if "nswer " not in text and "eply " not in text and "esponse " not in text:
        return []
    out: list[Answer] = []
    heading: int | None = None
    name: str | None = None
    question: int | None = None
    replies = 0
    for pi, p in enumerate(paras):
        line = text[p.start : p.end].strip()
        if m := _ANSWER_FROM.fullmatch(line):
            heading, name, replies = pi, m["name"], replies + 1
            continue
        if _SEPARATOR.fullmatch(line) or _QUESTION_TO.match(line):
            heading = question = None
        if heading is None:
            if line.endswith("?"):
                question = pi
            continue
        courtesy = (_GREETING.match(line) and len(line.split()) <= 12) or _SIGN_OFF.match(line)
        if not courtesy and not _FACT_LINE.match(line):
            out.append(Answer(pi, heading if question is None else question, heading, name))
    return out if replies >= _MIN_REPLIES else []


def respondent_headings(text: str, paras: list[Paragraph], answers: list[Answer]) -> str:
    """The text with each respondent's name heading written as names are ("DALE HARWICK" → "Dale
    Harwick"; the same length, so every offset holds), for the reader of names."""
    out = text
    for pi in sorted({a.heading for a in answers if a.name is None}):
        p = paras[pi]
        titled = title_label(text[p.start : p.end])
        if len(titled) == p.end - p.start:
            out = out[: p.start] + titled + out[p.end :]
    return out
