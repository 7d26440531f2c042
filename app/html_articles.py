"""An HTML page -> its main text and what the page says about itself (title, outlet, author, date, URL).

The main text is found by trafilatura, which drops navigation, footers and comments; the metadata comes
from the page's `<title>`, OpenGraph / schema.org tags and `<link rel="canonical">`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.fetch import is_web_url


class PageError(Exception):
    """A page with no article in it; the message says why."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None  # the canonical address, when the page names one (else the one it came from)


# Dates only from the page's metadata and markup, never guessed from numbers in the text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _decode(data: bytes, charset: str | None) -> bytes | str:
    """Text in the charset the server named, else the bytes (trafilatura reads `<meta charset>` itself)."""
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            return data
        return data.decode(charset, errors="replace")
    return data


def parse_page(data: bytes, url: str | None = None, charset: str | None = None) -> Page:
    """The article in an HTML page. `url` is where it came from, if it came from the web."""
    if not data.strip():
        raise PageError("empty page")
    if b"\x00" in data[:8192]:
        raise PageError("binary file, not an HTML page")
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its own warnings would clutter the summary
    try:
        document = trafilatura.bare_extraction(
            _decode(data, charset),
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as error:  # a parser failure on one page must not end the run
        raise PageError(f"cannot parse the page ({type(error).__name__}: {error})") from error
    if document is None:
        raise PageError("no article text found in the page")
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = (found.get("text") or "").strip()
    if not text:
        raise PageError("no article text found in the page")

    published = None
    if found.get("date"):
        try:
            published = dt.date.fromisoformat(str(found["date"])[:10])
        except ValueError:
            published = None
    canonical = _clean(found.get("url"))
    if canonical and not is_web_url(canonical):
        canonical = None
    canonical = canonical or url
    outlet = _clean(found.get("sitename"))
    if not outlet and canonical:
        host = urlsplit(canonical).hostname or ""
        outlet = host.removeprefix("www.") or None
    return Page(
        text=text,
        title=_clean(found.get("title")),
        outlet=outlet,
        author=_clean(found.get("author")),
        published=published,
        url=canonical,
    )
