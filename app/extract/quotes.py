"""Paragraphs, quotation spans and quote-aware sentences of a cleaned text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.extract import gazetteer as gz

# Which closing marks end a quotation opened by a given mark. Mixed curly / straight pairs
# are accepted, and the German low-high pair „ “.
CLOSERS: dict[str, str] = {
    "\u201c": '\u201d\u201c"',  # “ -> ” “ "
    "\u201e": '\u201c\u201d"',  # „ -> “ ” "
    '"': '"\u201d\u201c',  # " -> " ” “
    "\u00ab": "\u00bb",  # « -> »
    "\u00bb": "\u00ab\u00bb",  # » -> « (Danish, German, Slovenian style: »…«), » (Swedish style: »…»)
    "\u201f": "\u201d",
    "\u201d": '\u201d\u201c"',  # ” -> ” (Swedish / Finnish style: ”…”)
}
OPENERS = '\u201c\u201e"\u00ab\u201f\u201d\u00bb'
# Marks that, met inside a quotation with whitespace before and a letter after, are a new
# opening mark (the previous quotation was never closed).
_REOPENERS = '\u201c\u201e"'
_SINGLE_MARKS = re.compile("[\u2018\u2019]")
_MARKS = re.compile('[\u201c\u201d\u201e\u201f"\u00ab\u00bb]')


_TRAILING_CUE = re.compile(
    r"[.!?]\s+(?:He|She|They|It|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|wrote|writes|added|adds|told|stressed|continued|argued)\b[^.!?\"“”]{0,40}[,:]?\s*$"
)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark, None when the paragraph ended first
    paragraph: int

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


# the words a letter or a reply closes on, over its signature: "Yours sincerely,", "With kind regards,"
SIGN_OFF = (
    r"(?:With (?:kind|best|warm) regards|Kind regards|Best (?:regards|wishes)|Yours(?: sincerely| faithfully"
    r"| truly)?|Sincerely|Signed)"
)


# … and the salutation it opens on, a line of its own: "Dear Prime Minister,", "Dear Mia,"
SALUTATION_LINE = re.compile(r"Dear\b[^.\n]{0,60},\s*$")


def is_heading(line: str) -> bool:
    """A line that ends on no sentence's end: a headline, crosshead or label, not a sentence."""
    line = line.rstrip()
    return not line or line[-1] not in ".!?…\"”»“'’):"


def paragraphs(text: str) -> list[Paragraph]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append(Paragraph(m.start(), m.end()))
    return out


_STRAIGHT_MARK = re.compile("'")
_STRAIGHT_OPENER = re.compile(r"(?:^|(?<=[\s:(—–-]))'(?=\w)", re.MULTILINE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_letter_or_digit(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str, paras: list[Paragraph]) -> list[Quote]:
    """Every double-quoted span (curly, straight, guillemets, „ “), paragraph by paragraph.

    An unclosed quotation ends with its paragraph. Never raises on stray marks.
    """
    quotes: list[Quote] = []
    # Some outlets quote with single marks only: then ‘ opens and ’ closes (not inside a word).
    # (a double-quoted phrase inside their single-quoted words, 'a "reassurance force" is a tripwire',
    # leaves them single-quoted: their single openers outnumber the double marks)
    doubles = len(_MARKS.findall(text))
    curly_openers = text.count("\u2018")
    single = curly_openers >= 2 and curly_openers > doubles
    # … or with straight single marks: ' opens at the start of a word, closes after one (counted only
    # where the straight marks, apostrophes included, could outnumber the double ones)
    straight_openers = (
        len(_STRAIGHT_OPENER.findall(text)) if not single and text.count("'") > max(1, doubles) else 0
    )
    straight = straight_openers >= 2 and straight_openers > doubles
    if straight:
        single = True
    marks = _STRAIGHT_MARK if straight else _SINGLE_MARKS if single else _MARKS
    opener, closer = ("'", "'") if straight else ("\u2018", "\u2019")
    for pi, para in enumerate(paras):
        open_mark: str | None = None
        open_at = -1
        for mark in marks.finditer(text, para.start, para.end):
            i = mark.start()
            ch = text[i]
            if single:
                nxt = text[i + 1] if i + 1 < para.end else ""
                prev = text[i - 1] if i > para.start else " "
                if open_mark is None and ch == opener and nxt and not nxt.isspace():
                    if straight and not (prev.isspace() or prev in ":(—–-"):
                        continue  # an apostrophe: "Britain's"
                    open_mark, open_at = ch, i
                elif open_mark is not None and ch == closer and not nxt.isalpha() and not prev.isspace():
                    s, e = _trim(text, open_at + 1, i)
                    if e > s:
                        quotes.append(Quote(s, e, open_at, i, pi))
                    open_mark = None
                continue
            if open_mark is None:
                if ch in OPENERS:
                    nxt = text[i + 1] if i + 1 < para.end else ""
                    prev = text[i - 1] if i > para.start else " "
                    # a straight quote glued to a word on its left and followed by space closes
                    # nothing and opens nothing useful: skip it
                    if ch == '"' and prev.isalnum() and (not nxt or nxt.isspace()):
                        continue
                    if ch in "\u201d\u00bb" and not (
                        (prev.isspace() or prev in "(:—–-") and nxt and _is_letter_or_digit(nxt)
                    ):
                        continue  # ” and » open only where a word starts after a space: ”Vi är redo”, »Nein«
                    if nxt and not nxt.isspace() or ch in "\u00ab\u201e" or nxt.isspace() and ch in "\u00ab":
                        open_mark, open_at = ch, i
            else:
                closers = CLOSERS.get(open_mark, "")
                if ch in closers:
                    prev = text[i - 1]
                    nxt = text[i + 1] if i + 1 < para.end else ""
                    reopen = (
                        ch in _REOPENERS
                        and open_mark != "\u00ab"
                        # „…“ closes with “ however spaced: „No soldier will go, “said X (machine translation)
                        and not (open_mark == "\u201e" and ch == "\u201c")
                        and (prev.isspace() or prev in "(")
                        and nxt
                        and _is_letter_or_digit(nxt)
                    )
                    s, e = _trim(text, open_at + 1, i)
                    close_at: int | None = i
                    if reopen:
                        # '“A. He also wrote, “B.”': the attribution between was swallowed
                        tail = _TRAILING_CUE.search(text, s, e)
                        if tail:
                            s, e = _trim(text, s, tail.start() + 1)
                            close_at = None
                    if e > s:
                        quotes.append(Quote(s, e, open_at, close_at, pi))
                    if reopen:
                        open_mark, open_at = ch, i
                    else:
                        open_mark = None
        if open_mark is not None:
            s, e = _trim(text, open_at + 1, para.end)
            if e > s:
                quotes.append(Quote(s, e, open_at, None, pi))
    if not single:
        quotes = _with_marked(_SINGLE_QUOTED_SAID, lambda m: (m.start(), m.end() - 1), text, paras, quotes)
    if "- " in text or "– " in text:
        quotes = _with_marked(
            _DASH_QUOTED_SAID, lambda m: (m.start("open"), m.start("close")), text, paras, quotes
        )
        quotes = _with_marked(
            _DASH_LINE_SAID, lambda m: (m.start("open"), m.start("close")), text, paras, quotes
        )
    return quotes


# In an article quoting with double marks, one sentence in single marks with its cue right after:
# "'If the framework is right, Belgium will look at it,' he said." The mark comes first and what may
# stand before it (a line start, a space, a bracket or a dash) after it as a lookbehind, so the regex
# engine can skip ahead to the marks fast.
_SINGLE_QUOTED_SAID = re.compile(
    r"['‘](?:(?<=^.)|(?<=[\s(—–-].))(?P<q>[A-Z][^'‘’\"“”\n]{8,}?[,.!?])['’](?=\s+(?:he|she|they|[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)\s+(?:said|says|told|added|insisted|wrote|warned|stressed)\b)",
    re.MULTILINE,
)


# the verbs that sign speech set off by dashes, between them or at a paragraph's end
_DASH_SPEECH_VERBS = (
    r"(?:said|says|added|adds|stressed|stresses|emphasi[sz]ed|noted|told|argued|insisted|explained|explains|"
    r"declared|assured|wrote|writes|replied|answered|concluded|continues|points out)"
)
# Polish and Ukrainian news, translated, quote between dashes: "- There is no question of it - he said."
_DASH_QUOTED_SAID = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<open>[-–—])\s+(?P<q>[A-Z][^\n\"“”«»]{8,}?[.!?]?)\s+(?P<close>[-–—])\s+"
    r"(?=(?:he|she|they|[Tt]he\s+[A-Z]?[a-z]+(?:\s+[A-Z]?[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:\w+\s+)?" + _DASH_SPEECH_VERBS + r"\b)",
    re.MULTILINE,
)


# Nordic news, and its translations, set speech off by a dash that opens the paragraph, the speaker after
# a comma at its end: "– Finland will not stay outside, Rautavaara-Lind said." / "…, says Mattsson-Öst." /
# "…, he says." / "…, the consul wrote." (an en or em dash: a hyphen opens a list's item, "- Ground troops
# are ruled out, the government says.")
_DASH_LINE_SAID = re.compile(
    r"^(?P<open>[–—])\s+(?P<q>[A-Z][^\n\"“”«»]{8,}?[^\s,])(?P<close>,)\s+"
    r"(?:" + _DASH_SPEECH_VERBS + r"\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}"
    r"|(?:he|she|they|[Tt]he\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    + _DASH_SPEECH_VERBS
    + r"(?:\s+[\w'’-]+){0,4})[.!]?\s*$",
    re.MULTILINE,
)


def _with_marked(
    pattern: re.Pattern,
    marks: Callable[[re.Match], tuple[int, int]],
    text: str,
    paras: list[Paragraph],
    quotes: list[Quote],
) -> list[Quote]:
    """The quotations `pattern` finds outside the ones already found, added in order; `marks` gives a
    match's opening and closing mark positions."""
    found = []
    for m in pattern.finditer(text):
        if any(q.open_at <= m.start() < max(q.outer_end, q.end) for q in quotes):
            continue  # inside a quotation
        pi = next((i for i, p in enumerate(paras) if p.start <= m.start() < p.end), None)
        if pi is not None:
            found.append(Quote(m.start("q"), m.end("q"), *marks(m), pi))
    return sorted(quotes + found, key=lambda q: q.start) if found else quotes


_ABBREV = re.compile(
    r"(?:\b(?:" + gz.TITLE_RE + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|No|vs|etc|approx|U\.S|U\.K|U\.N|E\.U|Jr|Sr)|\b(?:" + gz.INITIAL_RE + r"))\.$"
)


# a full stop (or ! ?), perhaps a closing mark, then space and what can start a sentence
# (a French « opens with a space after it: "… carefully. « My marsouins …")
SENTENCE_END = re.compile(r"[.!?]+[\"”’»“«]?(?=\s+(?:[\"“„‘(\[”»]|«\s*|[-–—]\s+)?[A-Z0-9])")


def sentences(text: str, para: Paragraph, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence spans within a paragraph; never split inside a quotation."""
    inside = [(q.open_at, q.outer_end) for q in quotes if para.start <= q.open_at < para.end]
    out = []
    start = para.start
    for m in SENTENCE_END.finditer(text[para.start : para.end]):
        end = para.start + m.end()
        if any(a < end - 1 < b - 1 for a, b in inside):
            continue
        if _ABBREV.search(text[max(para.start, end - 6) : end]):
            continue
        out.append((start, end))
        start = end
        while start < para.end and text[start].isspace():
            start += 1
    if start < para.end:
        out.append((start, para.end))
    return out
