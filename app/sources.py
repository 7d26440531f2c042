"""Where articles come from: paths on disk -> (key, raw text, metadata), with clear reasons on failure."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.extract.types import ArticleMeta
from app.fetch import Fetcher, FetchError, without_tracking
from app.html_articles import PageError, parse_page
from app.identity import slugify
from app.metadata import bounded, clean_fields, merged

HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, ".jsonl")
# A page may be this many times the limit for one article: markup, scripts and styles come with the text.
PAGE_SIZE_FACTOR = 5
MAX_KEY_LENGTH = 200  # the articles.key column
URL_KEY_LENGTH = 100


class SourceError(Exception):
    """An article that cannot be read; the message says why, for the ingest summary."""


@dataclass(frozen=True)
class Source:
    path: Path | str  # a file, or the URL an article was fetched from
    key: str
    text: str
    meta: ArticleMeta
    warnings: tuple[str, ...] = ()
    author: str | None = None  # from an HTML page's metadata; not stored yet (no column for it)


def find_article_files(paths: Iterable[str | Path]) -> Iterator[Path | SourceError]:
    """Article files under the given files and folders, in name order; a missing path is an error."""
    for raw in paths:
        for path, _root in article_files(raw):
            yield path


def article_files(raw: str | Path) -> Iterator[tuple[Path | SourceError, Path | None]]:
    """(file, the folder it was found under) for one path given on the command line."""
    path = Path(raw)
    if path.is_dir():
        for found in sorted(path.rglob("*")):
            if found.is_file() and found.suffix.lower() in ARTICLE_SUFFIXES:
                yield found, path
    elif path.is_file():
        yield path, None
    else:
        yield SourceError(f"{path}: no such file or folder"), None


_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def looks_like_prose(text: str) -> bool:
    """Mostly letters, in words of ordinary length: not a table of numbers, a base64 blob or a dump."""
    tokens = text.split()
    letters = sum(map(len, _LETTER_RUNS.findall(text)))
    visible = sum(map(len, tokens))
    if letters < 2 or letters < 0.5 * visible:
        return False
    typical = sorted(len(t) for t in tokens)[len(tokens) // 2]
    return len(text) < 200 or typical <= 20


def decode(data: bytes, path: Path) -> tuple[str, tuple[str, ...]]:
    if not data.strip():
        raise SourceError(f"{path}: empty file")
    if b"\x00" in data[:8192]:
        raise SourceError(f"{path}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), (f"{path}: not UTF-8, read as cp1252",)
    except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 reads any byte
        return data.decode("latin-1"), (f"{path}: not UTF-8, read as latin-1",)


def read_meta(path: Path, key: str) -> tuple[ArticleMeta, tuple[str, ...]]:
    """The optional `NAME.json` beside an article: published (YYYY-MM-DD), outlet, url, title."""
    fields, warnings = read_meta_fields(path)
    return merged(ArticleMeta(key=key), fields), warnings


def read_meta_fields(path: Path) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The fields the `NAME.json` beside an article gives, checked."""
    meta_path = path.with_suffix(".json")
    if not meta_path.is_file():
        return {}, ()
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as error:
        return {}, (f"{meta_path}: metadata ignored ({error})",)
    fields, warnings = clean_fields(data, str(meta_path))
    return fields, tuple(warnings)


def read_bytes(path: Path, max_bytes: int, what: str = "one article") -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit for {what}")
        return path.read_bytes()
    except PermissionError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror})") from error
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror or error})") from error


def read_source(path: Path, max_bytes: int, manifest_fields: dict[str, Any] | None = None) -> Source:
    """One article file (`.txt` or `.html`); its metadata from the page, then the manifest row, then
    `NAME.json`, each laid over the one before."""
    key = path.stem
    json_fields, meta_warnings = read_meta_fields(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        data = read_bytes(path, PAGE_SIZE_FACTOR * max_bytes, "one page")
        try:
            page = parse_page(data)
        except PageError as error:
            raise SourceError(f"{path}: {error}") from error
        page_fields = {
            name: getattr(page, name)
            for name in ("title", "outlet", "url", "published")
            if getattr(page, name) is not None
        }
        meta = merged(ArticleMeta(key=key), page_fields, manifest_fields, json_fields)
        return Source(
            path=path, key=key, text=page.text, meta=meta, warnings=meta_warnings, author=page.author
        )
    text, decode_warnings = decode(read_bytes(path, max_bytes), path)
    if not looks_like_prose(text):
        raise SourceError(f"{path}: does not read as an article (too few words of text)")
    meta = merged(ArticleMeta(key=key), manifest_fields, json_fields)
    return Source(path=path, key=key, text=text, meta=meta, warnings=decode_warnings + meta_warnings)


# -- JSONL: one article per line ------------------------------------------------------------------


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Source | SourceError]:
    """Each line of a `.jsonl` file as an article (`text`, and `key` or `id`, `title`, `outlet`, `url`,
    `published`), or as the reason it cannot be one. Blank lines are passed over."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield SourceError(f"{path}: cannot be read ({error.strerror or error})")
        return
    keys: dict[str, int] = {}
    with handle:
        for number in itertools.count(1):
            try:
                line = handle.readline(max_bytes + 3)  # the longest allowed, its \r\n, and one more
            except OSError as error:
                yield SourceError(f"{path}:{number}: cannot be read ({error.strerror or error})")
                return
            if not line:
                return
            if len(line.rstrip(b"\r\n")) > max_bytes:
                if not line.endswith(b"\n"):  # skip the rest of the line
                    while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                yield SourceError(f"{path}:{number}: over the {max_bytes:,}-byte limit for one article")
                continue
            if not line.strip():
                continue
            try:
                source = jsonl_source(path, number, line)
            except SourceError as error:
                yield error
                continue
            if source.key in keys:
                first = keys[source.key]
                yield SourceError(f"{path}:{number}: key {source.key!r} already used on line {first}")
                continue
            keys[source.key] = number
            yield source


def jsonl_source(path: Path, number: int, line: bytes) -> Source:
    where = f"{path}:{number}"
    try:
        data = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise SourceError(f"{where}: not UTF-8 ({error.reason})") from error
    except ValueError as error:
        raise SourceError(f"{where}: not valid JSON ({error})") from error
    if not isinstance(data, dict):
        raise SourceError(f"{where}: not a JSON object")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"{where}: no text")
    fields, warnings = clean_fields(data, where)
    raw_key = data.get("key") if data.get("key") not in (None, "") else data.get("id")
    if isinstance(raw_key, str | int) and not isinstance(raw_key, bool) and str(raw_key).strip():
        key = str(raw_key).strip()
    elif fields.get("url"):
        key = url_key(fields["url"])
    else:
        raise SourceError(f"{where}: no key, id or url to name the article by")
    if len(key) > MAX_KEY_LENGTH:
        raise SourceError(f"{where}: key is longer than {MAX_KEY_LENGTH} characters")
    meta = merged(ArticleMeta(key=key), fields)
    return Source(path=path, key=key, text=text, meta=meta, warnings=tuple(warnings))


# -- the web --------------------------------------------------------------------------------------


def url_key(url: str) -> str:
    """A readable, stable article key for a web address: its host and path as a slug, shortened and
    given a digest of the whole address when long or when a query tells pages apart."""
    parts = urlsplit(without_tracking(url.strip()))
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host += f"-{parts.port}"
    path = re.sub(r"\.html?$", "", parts.path.rstrip("/"), flags=re.IGNORECASE)
    slug = slugify(f"{host} {path}")
    if len(slug) > URL_KEY_LENGTH or parts.query:
        digest = hashlib.sha256(f"{host}{parts.path}?{parts.query}".encode()).hexdigest()[:10]
        slug = f"{slug[: URL_KEY_LENGTH - 11].rstrip('-')}-{digest}"
    return slug


def web_source(fetcher: Fetcher, url: str) -> Source:
    """Fetch one web page and read its article; the key comes from the address asked for."""
    try:
        response = fetcher.fetch_html(url)
    except FetchError as error:
        raise SourceError(str(error)) from error
    try:
        page = parse_page(response.body, url=response.url, charset=response.charset)
    except PageError as error:
        raise SourceError(f"{url}: {error}") from error
    key = url_key(response.requested)
    canonical = page.url if page.url and page.url != response.url else without_tracking(response.url)
    meta = bounded(
        ArticleMeta(key=key, title=page.title, outlet=page.outlet, url=canonical, published=page.published)
    )
    return Source(path=url, key=key, text=page.text, meta=meta, author=page.author)
