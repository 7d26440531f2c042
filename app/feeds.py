"""RSS and Atom feeds -> the web addresses of their entries, in the order the feed gives them.

The feed's bytes are fetched by `app.fetch` like any page (timeout, size limit, robots.txt) and only then
handed to feedparser, which never touches the network itself.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from urllib.parse import urljoin

from app.fetch import Response, is_web_url, without_fragment


class FeedError(Exception):
    """A response that is not a readable feed; the message says why."""


@dataclass(frozen=True)
class Entry:
    link: str
    title: str | None = None
    published: dt.date | None = None  # the entry's own date (published, else updated), UTC


def _date(entry: dict) -> dt.date | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC).date()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def parse_feed(response: Response) -> tuple[list[Entry], list[str]]:
    """The entries of a fetched feed that link to a web page, and warnings about those that do not."""
    import feedparser

    parsed = feedparser.parse(response.body, response_headers=response.headers_for_feedparser)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        raise FeedError(f"{response.requested}: not an RSS or Atom feed{detail}")
    entries: list[Entry] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for number, entry in enumerate(parsed.entries, 1):
        link = (entry.get("link") or "").strip()
        if link:
            link = without_fragment(urljoin(response.url, link))
        title = " ".join((entry.get("title") or "").split()) or None
        if not link or not is_web_url(link):
            name = title or "untitled"
            warnings.append(f"{response.requested}: entry {number} ({name}) has no web link, skipped")
            continue
        if link in seen:
            continue
        seen.add(link)
        entries.append(Entry(link=link, title=title, published=_date(entry)))
    return entries, warnings
