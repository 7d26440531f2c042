"""Subtitle files: the cue after an on-screen name caption is the words of the person it names. Texts
written here."""

from __future__ import annotations

import datetime as dt

from app.extract import extract
from app.extract.types import ArticleMeta

SUBTITLES = (
    "TV SYD | Evening news | Tuesday 9 June\n"
    "English subtitle file. On-screen name captions are given in square brackets.\n"
    "\n"
    "1\n"
    "00:00:01,000 --> 00:00:04,000\n"
    "Good evening. Engineers from Skive may soon be among the first Danish troops in Ukraine.\n"
    "\n"
    "2\n"
    "00:00:04,200 --> 00:00:05,600\n"
    "[Mette Skov-Andersen, Minister of Defence]\n"
    "\n"
    "3\n"
    "00:00:05,800 --> 00:00:09,900\n"
    "Our engineers are ready to go as soon as there is a ceasefire.\n"
    "\n"
    "4\n"
    "00:00:10,100 --> 00:00:11,500\n"
    "[Lars Kjær, sapper, Skive barracks]\n"
    "\n"
    "5\n"
    "00:00:11,700 --> 00:00:14,000\n"
    "- Would you go?\n"
    "- My bag is packed.\n"
    "\n"
    "6\n"
    "00:00:14,200 --> 00:00:18,000\n"
    "In Copenhagen the opposition was divided.\n"
    "\n"
    "7\n"
    "00:00:18,200 --> 00:00:19,000\n"
    "[MUSIC]\n"
)


def test_the_cue_after_a_name_caption_is_the_named_persons_words() -> None:
    out = extract(SUBTITLES, ArticleMeta("subs", published=dt.date(2026, 6, 9))).statements
    cues = [(s.speaker.name, s.text, s.stance, s.said_on.date) for s in out if s.cue == "captioned"]
    day = dt.date(2026, 6, 9)
    assert cues == [
        (
            "Mette Skov-Andersen",
            "Our engineers are ready to go as soon as there is a ceasefire.",
            "support",
            day,
        ),
        # a cue of two voices: the reporter's question is not the sapper's
        ("Lars Kjær", "My bag is packed.", "neutral", day),
    ]
    # the narration between the speakers is no one's
    assert not any("opposition was divided" in s.text for s in out if s.kind == "direct")
