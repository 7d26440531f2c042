"""Hard-wrapped articles (a wire's plain-text feed, a newsletter, a copy from a PDF): lines broken at a
fixed width are joined back into paragraphs before extraction, and text whose lines are paragraphs is
left as it is."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from app.extract import extract
from app.extract.clean import clean
from app.extract.types import ArticleMeta
from tests.eval.run_eval import SETS, TUNE, read_meta

META = ArticleMeta(key="t", published=dt.date(2030, 5, 8))  # a Wednesday

WRAPPED = """\
 date 2030-05-08
Dutch minister rules out combat troops for Ukraine

By Anna Vos

THE HAGUE, May 8 (Polder Wire) - Dutch Defence Minister Pieter van Dam
said on Tuesday that the Netherlands would not send combat troops to
Ukraine, but left the door open to a training mission after a ceasefire.

"We will not send soldiers to fight in Ukraine. That is not on the table,
and I want to be very clear that it will not be on the table next week," Van Dam
told reporters in The Hague.

Share this article

Opposition leader Marieke Jansen accused the government of hiding behind
Washington. "If the Americans say yes tomorrow, this cabinet will say yes
the day after," she said.
"""


def test_a_wrapped_article_is_read_as_paragraphs():
    cleaned = clean(WRAPPED)
    paragraphs = cleaned.text.split("\n\n")
    assert paragraphs[0] == "Dutch minister rules out combat troops for Ukraine"
    assert paragraphs[1].startswith(
        "THE HAGUE, May 8 (Polder Wire) - Dutch Defence Minister Pieter van Dam said"
    )
    assert paragraphs[1].endswith("after a ceasefire.")
    assert "Share this article" not in cleaned.text and "By Anna Vos" not in cleaned.text
    assert len(paragraphs) == 4
    assert cleaned.published == dt.date(2030, 5, 8)


def test_a_quotation_broken_over_lines_is_one_statement_of_its_speaker():
    statements = {(s.kind, s.text): s for s in extract(WRAPPED, META).statements}
    quote = statements[
        (
            "direct",
            "We will not send soldiers to fight in Ukraine. That is not on the table, and I want to be very "
            "clear that it will not be on the table next week,",
        )
    ]
    assert quote.speaker.name == "Pieter van Dam"
    assert quote.stance == "oppose"
    assert quote.said_on.date == dt.date(2030, 5, 7)
    other = statements[
        ("direct", "If the Americans say yes tomorrow, this cabinet will say yes the day after,")
    ]
    assert other.speaker.name == "Marieke Jansen"


def test_without_blank_lines_a_short_line_ends_its_paragraph():
    text = (
        "Poland's defence minister Jan Lis said on Monday that Polish soldiers\n"
        "would not be deployed to Ukraine under any circumstances, repeating\n"
        "the government's position.\n"
        '"Our place is on our own border," Lis told the Sejm. "We will defend\n'
        'the eastern flank, and that is a great contribution."\n'
        "The opposition did not respond to requests for comment on the remarks\n"
        "made by the minister in parliament, which were broadcast live.\n"
    )
    assert clean(text).text.split("\n\n") == [
        "Poland's defence minister Jan Lis said on Monday that Polish soldiers would not be deployed to "
        "Ukraine under any circumstances, repeating the government's position.",
        '"Our place is on our own border," Lis told the Sejm. "We will defend the eastern flank, and that is '
        'a great contribution."',
        "The opposition did not respond to requests for comment on the remarks made by the minister in "
        "parliament, which were broadcast live.",
    ]


def test_bullets_and_speaker_labels_start_their_own_paragraphs():
    text = (
        "In brief: where the governments of the region stood on sending troops\n"
        "to Ukraine after the meeting of defence ministers in Brussels today:\n"
        "- Estonia said it would send a company of infantry once a ceasefire\n"
        "  holds, and a staff officer to the planning cell in Paris.\n"
        "- Hungary said it would not take part in any mission in Ukraine and\n"
        "  would not allow its territory to be used for one.\n"
        "Q: Will Latvian soldiers go to Ukraine if the Americans stay out of\n"
        "the force that the Europeans are now planning for the ceasefire?\n"
        "A: We have not decided that, and we will not decide it this week, but\n"
        "we are not ruling anything out at this stage of the negotiations.\n"
    )
    paragraphs = clean(text).text.split("\n\n")
    assert [p[:12] for p in paragraphs] == [
        "In brief: wh",
        "- Estonia sa",
        "- Hungary sa",
        "Q: Will Latv",
        "A: We have n",
    ]
    assert paragraphs[2].endswith("would not allow its territory to be used for one.")


def test_a_word_broken_at_its_hyphen_is_joined_whole():
    text = (
        "The two leaders issued a joint statement on the reassurance force, a Franco-\n"
        "German plan for Ukraine drawn up by their defence ministers after the\n"
        "talks in Berlin, which officials described as long and very difficult,\n"
        "and said that the decision would be taken together with their partners.\n"
    )
    assert "a Franco-German plan" in clean(text).text


@pytest.mark.parametrize(
    "text",
    [
        # a live blog: times and headings on lines of their own, entries as single lines
        "Ukraine war live\n\n09:15\nMoscow rejects the force\nThe Kremlin said on Monday that any foreign "
        "troops in Ukraine would be targets for its forces, whatever their flag.\n\n10:40\nKyiv welcomes the "
        "plans\nThe Ukrainian foreign minister said the plans were the first serious guarantee offered.\n\n"
        "11:55\nHungary: not our business\nBudapest said it would not send anyone to Ukraine.\n",
        # one paragraph a line, no blank lines between them
        "French President Jean Martin said that sending troops to Ukraine must not be ruled out as the war "
        "enters its fourth year.\nGerman Chancellor Karl Weber said there would be no German ground troops "
        "in Ukraine, now or later, whatever happened on the front.\nThe Kremlin warned that conflict with "
        "NATO would then be inevitable.\n",
    ],
)
def test_text_whose_lines_are_paragraphs_is_left_as_it_is(text):
    kept = [line for line in text.split("\n") if line]
    assert clean(text).text.split("\n\n") == kept


def _statements(text: str, meta: ArticleMeta) -> set[tuple[str, str, str, str]]:
    return {
        (s.kind, " ".join(s.text.split()), s.speaker.name, s.stance) for s in extract(text, meta).statements
    }


@pytest.mark.parametrize("width", [60, 72, 80])
def test_the_seeds_and_dev_articles_wrapped_at_a_width_give_their_statements(width):
    seeds, dev = SETS["seeds"][0], SETS["dev"][0]
    paths = sorted(seeds.glob("*.txt")) + [p for p in sorted(dev.glob("*.txt")) if p.stem.startswith(TUNE)]
    same = total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        wrapped = "\n".join(
            line if line.startswith(" date") else "\n".join(textwrap.wrap(line, width))
            for line in text.split("\n")
        )
        original = _statements(text, read_meta(path))
        total += len(original)
        same += len(original & _statements(wrapped, read_meta(path)))
    assert total > 250
    assert same >= 0.95 * total
