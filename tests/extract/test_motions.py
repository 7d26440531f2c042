"""Motions on an order paper: the motion's text and an amendment's words are their mover's. Texts written
here."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.types import ArticleMeta

ORDER_PAPER = (
    "Motions tabled this week\n"
    "\n"
    "Motion 212\n"
    "UKRAINE: REASSURANCE FORCE\n"
    "Tabled 3 March 2026\n"
    "A motion tabled by Ruth Ellery-Vance (Labour, Hull West) as a notice of motion.\n"
    "\n"
    "That this House believes that British soldiers should not be sent to Ukraine under any flag, "
    "and calls on the Government to rule out such a deployment.\n"
    "\n"
    "Signatures: 12\n"
    "\n"
    "Amendment 212A1\n"
    "Tabled 5 March 2026\n"
    "An amendment tabled by Sir Hugh Tallis-Rook (Conservative, Wells).\n"
    "\n"
    "Leave out from 'believes' to end and add 'welcomes the readiness of the Government to send "
    "British engineers to keep the peace in Ukraine'.\n"
    "\n"
    "Motion 219\n"
    "LIBRARIES\n"
    "Tabled 4 March 2026\n"
    "\n"
    "That this House notes the closure of forty public libraries this year.\n"
    "\n"
    "Primary sponsor: Ifor Glyn-Morgan\n"
)


def test_a_motion_and_an_amendment_are_the_words_of_the_members_who_tabled_them() -> None:
    out = extract(ORDER_PAPER, ArticleMeta("motions")).statements
    tabled = [
        (s.speaker.name, s.text.split(",")[0], s.stance, s.said_on.date) for s in out if s.cue == "tabled"
    ]
    assert tabled == [
        (
            "Ruth Ellery-Vance",
            "That this House believes that British soldiers should not be sent to Ukraine under any flag",
            "oppose",
            dt.date(2026, 3, 3),
        ),
        (
            "Hugh Tallis-Rook",
            "welcomes the readiness of the Government to send British engineers to keep the peace in Ukraine",
            "support",
            dt.date(2026, 3, 5),
        ),
        # its sponsor named on the line after it
        (
            "Ifor Glyn-Morgan",
            "That this House notes the closure of forty public libraries this year.",
            "neutral",
            dt.date(2026, 3, 4),
        ),
    ]
    # the one-word quotation of the amendment ('believes') is nobody's statement
    assert not any(s.text == "believes" for s in out)
