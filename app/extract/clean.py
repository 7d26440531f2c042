"""Raw article text -> cleaned text (page furniture removed) and a published date found in it."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from dateutil import parser as dateparser

from app.extract.transcripts import TURN_LABEL

_FURNITURE = [
    r"share\.?",
    r"share (?:this|on) .{0,40}",
    r"exit mobile version",
    r"most read",
    r"advertisement",
    r"skip (?:to|advert).{0,40}",
    r"read more\b.*",
    r"related\s*:.*",
    r"see also\s*:.*",
    r"click here\b.*",
    r"written by\b.{0,80}",
    r"(?:reporting|writing|editing) by\b.*",
    r"\((?:reporting|writing|editing|additional reporting) by\b.*",
    r"image\s*(?:source)?\s*[,:].*",
    r"images? caption.*",
    r"photo\s*:.*",
    r"caption\s*:.*",
    r"(?:credit|photograph|picture)s?\s*:.*",
    r"sign up\b.*",
    r"subscribe\b.{0,80}",
    r"comments\s*\(\d+\).*",
    r"follow us\b.*",
    r"spotted a claim\b.*",
    r"this is a developing story.{0,80}",
    r"(?:last )?updated\s*:?.*",
    r"published\s+\d.*",
    r"by\s+(?:the\s+)?[A-Z][^.!?\n]{0,80}",
    # navigation, sharing and page-foot lines of a scraped page
    r"menu|main menu|navigation|search|home",
    r"related(?: articles| stories| content| topics)?",
    r"more (?:on this|from|stories).{0,60}",
    r"(?:facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit|copy link|print)"
    r"(?:\s*[|,·/]?\s*(?:facebook|twitter|x|whatsapp|linkedin|email|telegram|reddit|copy link|print))*",
    r"\(photo\s*:.*\)",
    r"(?:©|\(c\)|copyright)\s*\d{4}.*",
    r"all rights reserved\.?",
    r"[a-z]+(?: \| [a-z]+){1,4}",
]
_FURNITURE_RE = re.compile(r"^\s*(?:" + "|".join(_FURNITURE) + r")\s*$", re.IGNORECASE)
# "By ..." must start with a capitalised name: checked case-sensitively below.
# ("by Olena Hrytsai · March 10, 2025 6:12 PM · 5 min read": a page's byline with its time and reading time)
_BYLINE_RE = re.compile(
    # (a hyphen after a name is the name's, "Lindholm-Reyes", not a separator: only one with a space before)
    r"^\s*[Bb]y\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,8}(?:(?:\s*[,·•|–—]|\s+-).*)?\s*$"
)
_DIGIT = re.compile(r"\d")
_META_DATE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOT_DATE_RE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WORD_DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTHS}\s*,?\s*\d{{4}}|{_MONTHS}\s+\d{{1,2}}\s*,?\s*\d{{4}})\b"
)
# The dateline that opens a wire story's first sentence ("PARIS (Europe Info) - ", "OSLO — ",
# "MADRID, June 4 (Iberia Press) - "): where it was written, not part of what anyone said or did.
# (or "Warsaw, 18.03.2025 (PAP) - ": a city in title case before a date with digits)
# (or "MOSCOW, March 12. /TASS/. ", the outlet between slashes)
DATELINE_PREFIX = re.compile(
    # (capitals with their accents: "BODØ", "GDAŃSK", "SÃO PAULO")
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-ÞĀ-ſ .'’/-]+(?:,[^–—\n]{0,40}?)?|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[^–—\n(]{0,25}?\d[^–—\n(]{0,15}?)"
    r"\s*(?:\([^)\n]{1,40}\))?\s+[-–—]+\s+|"
    r"[A-Z][A-Z .'’-]+,[^\n/]{0,30}?\.\s*/[^/\n]{1,40}/\.?\s+"
)
# A dateline: "CITY, Month D, YYYY (Outlet) -" or a short meta line made of a date; the city may carry
# accents ("RZESZÓW, Poland, May 8, 2025 —").
_DATELINE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ſ .'’/-]{1,40},\s")


# Machine translation glues a name to the next verb ("Olaf ScholzSaid"): put the space back.
_GLUED_WORD = (
    r"(?:Said|Says|Told|Declared|Denied|Added|Stated|Stressed|Warned|Wrote|Noted|Announced|"
    r"Emphasized|Insisted|Argued|For|Especially|Which|Who)\b"
)
_GLUE_RE = re.compile(r"(?<=[a-z]{2})(?=" + _GLUED_WORD + r")")
# the words alone, found fast (the pattern starts with a letter): most lines have none
_GLUED_WORD_RE = re.compile(_GLUED_WORD)


@dataclass(frozen=True)
class Cleaned:
    text: str
    published: dt.date | None


def _parse_date(text: str) -> dt.date | None:
    m = _ISO_DATE_RE.search(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    m = _DOT_DATE_RE.search(text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    m = _WORD_DATE_RE.search(text)
    if m:
        try:
            return dateparser.parse(m[0].replace(",", " "), default=dt.datetime(1900, 1, 1)).date()
        except (ValueError, OverflowError):
            return None
    return None


def _is_meta_line(line: str) -> bool:
    """A short line that is only a timestamp / section banner ("2024-03-08 09:41 | Politics")."""
    if len(line) > 120 or not _DIGIT.search(line):
        return False  # every date pattern has digits
    if "|" in line and (_ISO_DATE_RE.search(line) or _WORD_DATE_RE.search(line) or _DOT_DATE_RE.search(line)):
        return True
    stripped = _DOT_DATE_RE.sub("", _ISO_DATE_RE.sub("", line)).strip(" ,.:;|·-")
    if _DOT_DATE_RE.search(line) or _ISO_DATE_RE.search(line):
        # "Berlin, 18.02.2025": a place and a date, nothing else
        return len(stripped.split()) <= 3
    return False


def is_furniture(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    if _FURNITURE_RE.match(s) and not s.lower().startswith("by"):
        return True
    return bool(_BYLINE_RE.match(s) and len(s) < 100 and not re.search(r"[.!?]\s*$", s[:-1] or "x"))


# Hard-wrapped text (a wire service's plain-text feed, a newsletter, a copy from a PDF): lines broken at
# a fixed width, paragraphs between blank lines. Its lines are joined back into paragraphs before
# anything else reads it, since every later stage takes a line for a paragraph.
_WRAP_WIDTH_MIN, _WRAP_WIDTH_MAX = 40, 110  # the width nine in ten of a wrapped text's inner lines keep
_WRAP_MIN_LINES = 3
_SENTENCE_END = re.compile(r"[.!?:;\"”»’')\]]\s*$")
_BROKEN_AT_HYPHEN = re.compile(r"\w-$")
# characters a copied page carries that nobody sees: a byte-order mark, zero-width spaces and joiners,
# soft hyphens (they would split a name or a cue in two)
_INVISIBLE_CHARS = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE_CHARS}]")
_HTML_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# Markdown's bold and links, from a newsletter or a notes app: "**Emmanuel Macron**", "[said](https://…)"
# (a bold label that opens a paragraph stays: "**Paris.** The minister said …" reads as a dateline; a
# bold name before its appositive does not: "**Henrik Vos**, NATO Secretary General, on Wednesday:")
_MARKDOWN_BOLD = re.compile(r"(?:(?<=[^\n])|(?<![^\n])(?=\*\*[^*\n]+\*\*,))\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*")
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/)[^)\s]*\)")
# a line that starts an item of its own, even inside a block: a bullet, a number (a speaker's label,
# the one the transcript reader takes for a turn, is `TURN_LABEL`)
ITEM_START = re.compile(r"\s*(?:[-*•·–—]\s|\d{1,2}[.)]\s)")


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text's lines were broken at, or None when its lines end at paragraph
    ends. In a wrapped text, the lines that another line follows in the same block are many, short
    (nine in ten of them) but of much the same length, most stop mid-sentence, and the next line often
    goes on with a lower-case word; a live blog's times and headings, or posts' header lines, do not."""
    inner = sorted(
        len(line) for line, nxt in zip(lines, lines[1:], strict=False) if line.strip() and nxt.strip()
    )
    if len(inner) < _WRAP_MIN_LINES or inner[len(inner) // 2] > _WRAP_WIDTH_MAX:
        return None  # (most texts: a blank line after every paragraph, or a paragraph a line)
    body = ["" if is_furniture(line) or _META_DATE_RE.match(line) else line.strip() for line in lines]
    pairs = [(line, nxt) for line, nxt in zip(body, body[1:], strict=False) if line and nxt]
    if len(pairs) < _WRAP_MIN_LINES or 3 * len(pairs) < sum(1 for line in body if line):
        return None
    lengths = sorted(len(line) for line, _ in pairs)
    width, median = lengths[int(0.9 * (len(pairs) - 1))], lengths[len(pairs) // 2]
    if not _WRAP_WIDTH_MIN <= width <= _WRAP_WIDTH_MAX or median < 0.75 * width:
        return None
    mid_sentence = sum(1 for line, _ in pairs if not _SENTENCE_END.search(line))
    goes_on = sum(1 for _, nxt in pairs if nxt[0].islower())
    return width if 2 * mid_sentence >= len(pairs) and 3 * goes_on >= len(pairs) else None


def unwrap(lines: list[str], width: int) -> list[str]:
    """The paragraphs of a text hard-wrapped at `width`, one per line: the lines of a block joined,
    except after a line that ends where the wrapping did not end it (well short of the width, or at a
    sentence's end with room left for the next word: a paragraph's last line, a heading), and before a
    line that starts an item or is furniture. A word broken at its hyphen is joined whole."""
    out: list[str] = []
    joining = False
    for line, nxt in zip(lines, [*lines[1:], ""], strict=True):
        s = line.strip()
        furniture = is_furniture(s)
        if joining and s and not furniture and not ITEM_START.match(s) and not TURN_LABEL.match(s):
            out[-1] += s if _BROKEN_AT_HYPHEN.search(out[-1]) else " " + s
        else:
            out.append(s)
        next_word = nxt.split(maxsplit=1)[0] if nxt.strip() else ""
        room_left = _SENTENCE_END.search(s) is not None and len(s) + 1 + len(next_word) <= width
        joining = (
            bool(s)
            and len(s) >= 0.7 * width
            and not room_left
            and not furniture
            and not _META_DATE_RE.match(line)
        )
    return out


def clean(raw: str) -> Cleaned:
    """Drop page furniture, keep paragraphs (joined by blank lines), find a published date."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if _INVISIBLE_RE.search(raw):
        raw = raw.translate(_INVISIBLE)
    if "&" in raw and _HTML_ENTITY.search(raw):
        raw = html.unescape(raw)  # text copied from a page's source or a feed: &ldquo;, &#8217;, &amp;
    if "**" in raw or "](" in raw:
        raw = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_BOLD.sub(r"\1", raw))
    lines = raw.split("\n")
    if (width := wrap_width(lines)) is not None:
        raw = "\n".join(unwrap(lines, width))
    published: dt.date | None = None
    kept: list[str] = []
    for index, line in enumerate(raw.split("\n")):
        m = _META_DATE_RE.match(line)
        if m and published is None:
            published = _parse_date(m[1])
            rest = line[m.end() :].strip()
            if not rest or is_furniture(rest):
                continue
            line = rest
        s = line.strip()
        if _GLUED_WORD_RE.search(s):
            s = _GLUE_RE.sub(" ", s)
        if not s:
            continue
        if is_furniture(s):
            if published is None and (
                re.match(r"(?i)\s*(?:last )?(?:updated|published)", s) or (index < 10 and _BYLINE_RE.match(s))
            ):
                published = _parse_date(s)
            continue
        if _is_meta_line(s):
            if published is None:
                published = _parse_date(s)
            continue
        if published is None and index < 40 and _DATELINE_RE.match(s):
            head = s[:60]
            d = _parse_date(head)
            if d is not None:
                published = d
        kept.append(s)
    return Cleaned(text="\n\n".join(kept), published=published)
