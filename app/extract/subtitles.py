"""Subtitle files: numbered cues with time codes, a bracketed name caption before a speaker's words.

A broadcast's subtitles (SubRip: "12", "00:00:43,400 --> 00:00:44,800", the cue's lines) give the words
spoken on screen without quotation marks; an on-screen name caption, "[Lotte Visscher, partner of a
paratrooper]", says who speaks in the cue after it. This stage finds those cues and their captions; the
pipeline makes each captioned cue a statement of the person the caption names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.quotes import Paragraph

_TIME_CODES = re.compile(r"\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*$")
_CUE_NUMBER = re.compile(r"\d{1,5}\s*$")
# an on-screen caption: a name, and after a comma what they are ("[Lt Col Frank X, commander …]")
_CAPTION = re.compile(r"\[(?P<name>[^\[\],\n]{3,60})(?:,[^\[\]\n]{1,100})?\]\s*$")
# a line of a cue where another voice speaks: "- Would you go?" (the reporter's question)
_DASH_LINE = re.compile(r"[-–]\s+")
_MIN_CUES = 3  # time-code lines that make an article a subtitle file


@dataclass(frozen=True)
class CaptionedCue:
    caption: int  # the caption's paragraph
    name_at: int  # where the caption's name begins
    name_end: int
    lines: tuple[tuple[int, int, int], ...]  # (paragraph, start, end) of the captioned speaker's words


def _cues(text: str, paras: list[Paragraph]) -> list[list[int]]:
    """Each cue's text paragraphs, in order (the paragraphs after a time-code line, up to the next cue)."""
    cues: list[list[int]] = []
    current: list[int] | None = None
    for pi, p in enumerate(paras):
        line = text[p.start : p.end]
        if _TIME_CODES.match(line):
            current = []
            cues.append(current)
        elif _CUE_NUMBER.match(line) and pi + 1 < len(paras):
            nxt = paras[pi + 1]
            if _TIME_CODES.match(text[nxt.start : nxt.end]):
                current = None  # the next cue's number
                continue
            if current is not None:
                current.append(pi)
        elif current is not None:
            current.append(pi)
    return cues


def find_captioned_cues(text: str, paras: list[Paragraph]) -> list[CaptionedCue]:
    """The cues a name caption introduces in a subtitle file; [] when the article is none."""
    if sum(1 for p in paras if _TIME_CODES.match(text[p.start : p.end])) < _MIN_CUES:
        return []
    cues = _cues(text, paras)
    found = []
    for cue, nxt in zip(cues, cues[1:], strict=False):
        if len(cue) != 1 or not nxt:
            continue
        p = paras[cue[0]]
        m = _CAPTION.match(text, p.start, p.end)
        if m is None:
            continue
        dashed = [pi for pi in nxt if _DASH_LINE.match(text, paras[pi].start, paras[pi].end)]
        if not dashed:
            # the cue's lines, one stretch of words (a long sentence wraps onto a second line)
            lines = [(nxt[0], paras[nxt[0]].start, len(text[: paras[nxt[-1]].end].rstrip()))]
        else:
            # a cue of two voices: the captioned one answers, the other asks ("- Would you go?")
            lines = []
            for pi in dashed:
                s, e = paras[pi].start, len(text[: paras[pi].end].rstrip())
                if not text[s:e].endswith("?"):
                    lines.append((pi, _DASH_LINE.match(text, s, e).end(), e))  # type: ignore[union-attr]
        lines = [(pi, s, e) for pi, s, e in lines if e > s]
        if lines:
            found.append(CaptionedCue(cue[0], m.start("name"), m.end("name"), tuple(lines)))
    return found
