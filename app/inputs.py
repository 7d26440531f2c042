"""What one ingest run works through: files, folders, URLs and feeds -> a list of articles to read.

Each planned item is an article to load (`Item`), one passed over with a reason (`Skip`), or one that
cannot be read (`SourceError`). Files and pages are read only when ingest comes to them; feeds are read
while planning, since their entries are the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.feeds import FeedError, parse_feed
from app.fetch import Fetcher, FetchError, is_web_url
from app.manifest import Manifests
from app.sources import (
    ARTICLE_SUFFIXES,
    PAGE_SIZE_FACTOR,
    Source,
    SourceError,
    article_files,
    read_jsonl,
    read_source,
    web_source,
)

SKIP_KNOWN = "already ingested"
SKIP_SINCE = "published before --since"
SKIP_TOPIC = "off topic"


@dataclass(frozen=True)
class Item:
    label: str  # a path, path:line or URL, for progress and messages
    load: Callable[[], Source]  # raises SourceError
    from_feed: bool = False


@dataclass(frozen=True)
class Skip:
    label: str
    reason: str


Planned = Item | Skip | SourceError


def plan(
    inputs: Iterable[str | Path],
    max_bytes: int,
    fetcher: Callable[[], Fetcher],
    warnings: list[str],
    feeds: Iterable[str] = (),
    since: dt.date | None = None,
    known: Callable[[str], bool] = lambda url: False,
) -> list[Planned]:
    """Every article of the run, in the order given. `known(url)` says a feed entry is in the database."""
    planned: list[Planned] = []
    manifests = Manifests(ARTICLE_SUFFIXES)
    seen_urls: set[str] = set()
    for raw in inputs:
        if isinstance(raw, str) and is_web_url(raw):
            url = raw.strip()
            if url not in seen_urls:
                seen_urls.add(url)
                planned.append(Item(url, _web_loader(fetcher, url)))
            continue
        for path, root in article_files(raw):
            if isinstance(path, SourceError):
                planned.append(path)
            elif path.suffix.lower() == ".jsonl":
                for found in read_jsonl(path, max_bytes):
                    planned.append(found if isinstance(found, SourceError) else _ready(found))
            else:
                fields = manifests.fields_for(path, path.stem, root)
                planned.append(Item(str(path), _file_loader(path, max_bytes, fields)))
    warnings.extend(manifests.warnings)
    for feed_url in feeds:
        planned.extend(_feed_items(feed_url, max_bytes, fetcher, warnings, since, known, seen_urls))
    return planned


def _ready(source: Source) -> Item:
    return Item(f"{source.path}:{source.key}", lambda: source)


def _file_loader(path: Path, max_bytes: int, fields: dict | None) -> Callable[[], Source]:
    return lambda: read_source(path, max_bytes, fields)


def _web_loader(fetcher: Callable[[], Fetcher], url: str) -> Callable[[], Source]:
    return lambda: web_source(fetcher(), url)


def _feed_items(
    feed_url: str,
    max_bytes: int,
    fetcher: Callable[[], Fetcher],
    warnings: list[str],
    since: dt.date | None,
    known: Callable[[str], bool],
    seen_urls: set[str],
) -> list[Planned]:
    feed_url = feed_url.strip()
    if not is_web_url(feed_url):
        return [SourceError(f"{feed_url}: a feed must be an http(s) address")]
    try:
        response = fetcher().fetch_feed(feed_url, max_bytes=PAGE_SIZE_FACTOR * max_bytes)
        entries, entry_warnings = parse_feed(response)
    except (FetchError, FeedError) as error:
        return [SourceError(str(error))]
    except Exception as error:  # a feed that breaks the parser must not end the run
        return [SourceError(f"{feed_url}: cannot read the feed ({type(error).__name__}: {error})")]
    warnings.extend(entry_warnings)
    items: list[Planned] = []
    for entry in entries:
        if entry.link in seen_urls:
            continue
        seen_urls.add(entry.link)
        if since and entry.published and entry.published < since:
            items.append(Skip(entry.link, SKIP_SINCE))
        elif known(entry.link):
            items.append(Skip(entry.link, SKIP_KNOWN))
        else:
            items.append(Item(entry.link, _web_loader(fetcher, entry.link), from_feed=True))
    return items
