"""When words were said: explicit dates, weekdays and relative days resolved against the published date."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from app.extract.clean import DATELINE_PREFIX
from app.extract.cues import lower_same_length
from app.extract.types import SaidOn

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# a weekday as written: "Monday", …; the scenes of pipeline.py use it too
WEEKDAY_RE = "(?:" + "|".join(w.title() for w in _WEEKDAYS) + ")"
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    # a timeline's or a dateline's capitals: "2 MARCH 2025", "KYIV, 3 DECEMBER"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.?"
)
# a weekday before its date is part of it: "on Sunday, 2 March", "Tuesday, Oct. 14"
_WEEKDAY_OF_DATE = r"(?:" + WEEKDAY_RE + r",?\s+(?:the\s+)?)?"
# (kind, pattern, words one of which a match needs): a pattern is only tried on a text holding one;
# the relative ones are matched on the lower-cased text, without IGNORECASE (several times faster)
_PATTERNS = [
    ("date", re.compile(r"\b(?:on\s+)?" + _WEEKDAY_OF_DATE + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b"), ()),  # noqa: E501
    ("date", re.compile(r"\b(?:on\s+)?" + _WEEKDAY_OF_DATE + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b"), ()),  # noqa: E501
    # (not a habit: "every Tuesday")
    ("weekday", re.compile(r"\b(?:on|this|last)?\s*(?<!every )(?<!each )(?P<wd>" + WEEKDAY_RE + ")"  # noqa: E501
                           r"(?:\s+(?:morning|afternoon|evening|night))?\b"), tuple(_WEEKDAYS)),
]  # fmt: skip
_LOWER_PATTERNS = [
    ("yesterday", re.compile(r"\byesterday\b|\blast night\b"), ("yesterday", "night")),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b"), ("today", "this", "tonight")),  # noqa: E501
    ("week", re.compile(r"\b(?:last|this|earlier this|next) week\b"), ("week",)),
    ("month", re.compile(r"\b(?:last|this|earlier this|later this) month\b"), ("month",)),
]  # fmt: skip
_DIGIT = re.compile(r"\d")


# every pattern above needs a digit or one of these words: a cheap first test, on the lower-cased text
# (substring tests and a search for a digit alone run in C far faster than one regex of them all)
_DATE_WORDS = ("day", "week", "month", "morning", "afternoon", "evening", "night")


# a date in a clause about what will happen is not the day the words were said:
# "the two would meet on Wednesday", "the vote is scheduled for Friday", "ahead of the summit on 4 June"
_EVENT_AHEAD = re.compile(
    r"\b(?:will|would|shall|next|due|is to|are to|plans? to|planned|scheduled|expected|until|till|ahead of)\b"
    r"[^,;.]{0,40}$",
)  # matched on the lower-cased text


def _first_said(text: str, lower: str, last: bool) -> tuple[str, re.Match] | None:
    """The first (or last) date expression of `text` that can be when the words were said."""
    found: list[tuple[int, str, re.Match]] = []
    has_digit = _DIGIT.search(text) is not None
    for patterns, subject in ((_PATTERNS, text), (_LOWER_PATTERNS, lower)):
        for kind, pattern, needs in patterns:
            if (not needs and not has_digit) or (needs and not any(w in lower for w in needs)):
                continue
            for m in pattern.finditer(subject):
                if not _EVENT_AHEAD.search(lower, max(0, m.start() - 60), m.start()):
                    found.append((m.start(), kind, m))
    if not found:
        return None
    _, kind, m = max(found, key=lambda f: f[0]) if last else min(found, key=lambda f: f[0])
    return kind, m


_NUMERIC_DATE = re.compile(r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4})")


def numeric_date(expr: str, published: dt.date | None) -> SaidOn:
    """A date written in figures, as a chat export or a log stamps a line: "11-05-2026", "5/11/26",
    "2026-05-11". A first number over 12 is the day; when day and month can be read either way, the
    reading on or before the published date and nearest it (a message is sent before it is published)."""
    m = _NUMERIC_DATE.fullmatch(expr.strip())
    if m is None:
        return SaidOn()
    a, b, c = (int(x) for x in m.groups())
    if len(m["a"]) == 4:
        orders = [(a, b, c)]
    else:
        year = c if len(m["c"]) == 4 else 2000 + c
        orders = [(year, b, a), (year, a, b)]
    days = set()
    for y, mo, d in orders:
        try:
            days.add(dt.date(y, mo, d))
        except ValueError:
            continue
    if not days:
        return SaidOn(None, None, "unknown", expr)
    if len(days) > 1:
        if published is None:
            return SaidOn(None, None, "unknown", expr)
        before = [d for d in days if d <= published + dt.timedelta(days=1)]
        days = {max(before)} if before else {min(days)}
    return SaidOn(days.pop(), "day", "stated", expr)


# a day told against another ("the next day", "two days earlier"): matched on the lower-cased text
_SHIFT = re.compile(
    r"\bthe (?:next|following) (?:day|morning|afternoon|evening)\b|"
    r"\b(?P<n>a|one|two|three|four|five|six) days? (?P<dir>later|earlier)\b|"
    r"\bthe (?:previous|preceding) (?:day|morning|afternoon|evening)\b|"
    r"\bthe (?:day|evening|night) before(?=[,.;]| (?:he|she|it|they|we|i)\b)"
)
_SHIFT_WORDS = ("next", "following", "later", "earlier", "previous", "preceding", "before")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def day_shift(text: str, start: int = 0) -> int | None:
    """How many days a shift told in `text` (from `start`) moves a day: "the next day" +1, "two days
    earlier" -2; None when it tells none."""
    lower = lower_same_length(text)
    if not any(w in lower for w in _SHIFT_WORDS):
        return None
    m = _SHIFT.search(lower, start)
    if m is None:
        return None
    if m["n"]:
        return _COUNT[m["n"]] * (1 if m["dir"] == "later" else -1)
    back = m.group().startswith(("the previous", "the preceding")) or m.group().endswith("before")
    return -1 if back else 1


def shifted(day: SaidOn, days: int) -> SaidOn:
    """A day moved by a shift told against it ("on Tuesday … the next day")."""
    if day.date is None or day.precision != "day":
        return day
    return SaidOn(day.date + dt.timedelta(days=days), "day", day.source, day.expression)


def _weekday_on_or_before(published: dt.date, name: str) -> dt.date:
    target = _WEEKDAYS.index(name.lower())
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


# cached: the same stretch of an article is dated again by several stages (its cue's sentence, the scene
# before a quotation, the words after a cue), and the answer depends on the text and the day alone
@lru_cache(maxsize=1024)
def said_on(text: str, published: dt.date | None, last: bool = False) -> SaidOn:
    """The first date expression in `text` (a sentence around the cue), resolved if possible; with
    `last`, the one nearest the end (the latest scene set before the words)."""
    lower = lower_same_length(text)
    if not any(word in lower for word in _DATE_WORDS) and not _DIGIT.search(lower):
        return SaidOn()
    dateline = DATELINE_PREFIX.match(text)
    if dateline:  # "KYIV, June 3 (…) - X on Monday urged": the place line dates the story
        text, lower = text[dateline.end() :], lower[dateline.end() :]
    best = _first_said(text, lower, last)
    if best is None:
        return SaidOn()
    kind, m = best
    day = _resolved(kind, m, text, published)
    shift = day_shift(text, m.end()) if day.precision == "day" else None
    # "The President, who saw a preview on Tuesday, told students the next day that …": the day after (a
    # day told earlier than the one set is another event's: "a meeting the previous evening")
    return shifted(day, shift) if shift and shift > 0 else day


def _resolved(kind: str, m: re.Match, text: str, published: dt.date | None) -> SaidOn:
    expr = text[m.start() : m.end()].strip()  # as written, also for a match on the lower-cased text
    try:
        if kind == "date":
            month = _MONTHS[m["mon"][:3].lower()]
            day = int(m["day"])
            if m["year"]:
                return SaidOn(dt.date(int(m["year"]), month, day), "day", "stated", expr)
            if published is None:
                return SaidOn(None, "day", "unknown", expr)
            year = published.year
            d = dt.date(year, month, day)
            if d > published + dt.timedelta(days=1):
                d = dt.date(year - 1, month, day)
            return SaidOn(d, "day", "article_date", expr)
        if published is None:
            return SaidOn(None, None, "unknown", expr)
        if kind == "weekday":
            if expr.lower().startswith("last"):
                base = published - dt.timedelta(days=1)
                return SaidOn(_weekday_on_or_before(base, m["wd"]), "day", "article_date", expr)
            return SaidOn(_weekday_on_or_before(published, m["wd"]), "day", "article_date", expr)
        if kind == "yesterday":
            return SaidOn(published - dt.timedelta(days=1), "day", "article_date", expr)
        if kind == "today":
            return SaidOn(published, "day", "article_date", expr)
        if kind == "week":
            start = published - dt.timedelta(days=published.weekday())
            if expr.lower().startswith("last"):
                start -= dt.timedelta(days=7)
            return SaidOn(start, "week", "article_date", expr)
        if kind == "month":
            return SaidOn(published.replace(day=1), "month", "article_date", expr)
    except (ValueError, KeyError):
        return SaidOn(None, None, "unknown", expr)
    return SaidOn()
