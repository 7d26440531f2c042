"""HTTP fetching for ingest: timeout, size limit, a User-Agent that names us, robots.txt, bounded redirects.

Every failure is a `FetchError` whose message says what went wrong with which URL, for the ingest summary.
"""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

PRODUCT = "stancewatch"
VERSION = "0.1"
PROJECT_URL = "https://github.com/stancewatch/stancewatch"
USER_AGENT = f"{PRODUCT}/{VERSION} (+{PROJECT_URL}; news article ingest)"

DEFAULT_TIMEOUT = 20.0  # seconds for connecting, and between two reads
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 30.0  # seconds: a robots.txt Crawl-delay is honoured up to this
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB of robots.txt
REDIRECT_STATUSES = {301, 302, 303, 307, 308}

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "text/plain",  # some servers send feeds as plain text
)


class FetchError(Exception):
    """A URL that could not be fetched; the message is "URL: reason"."""


@dataclass(frozen=True)
class Response:
    url: str  # the address the body came from, after redirects
    requested: str
    status: int
    content_type: str  # the media type alone, lower case: "text/html"
    charset: str | None
    body: bytes

    @property
    def headers_for_feedparser(self) -> dict[str, str]:
        kind = self.content_type + (f"; charset={self.charset}" if self.charset else "")
        return {"content-type": kind, "content-location": self.url}


def is_web_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def without_fragment(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(fragment=""))


TRACKING_PARAMETERS = ("utm_", "fbclid=", "gclid=", "mc_cid=", "mc_eid=")


def without_tracking(url: str) -> str:
    """`url` without its fragment and the query parameters that only track where a reader came from."""
    parts = urlsplit(url)
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith(TRACKING_PARAMETERS))
    return urlunsplit(parts._replace(query=query, fragment=""))


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    kind, *params = header.split(";")
    charset = None
    for param in params:
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


def _accepts(kind: str, accept: tuple[str, ...]) -> bool:
    """`kind` is one of `accept`; where XML is welcome, so is any `+xml` type but pictures."""
    if kind in accept:
        return True
    return "application/xml" in accept and kind.endswith("+xml") and not kind.startswith("image/")


def _looks_like(body: bytes) -> str:
    """A media type for a response that named none, from its first bytes."""
    head = body[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "text/html"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf")):
        return "application/xml"
    return "application/octet-stream"


class Fetcher:
    """One HTTP client for a whole ingest run, with a robots.txt cache per site."""

    def __init__(
        self,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = 2_000_000,
        max_redirects: int = MAX_REDIRECTS,
        user_agent: str = USER_AGENT,
        total_timeout: float | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.total_timeout = total_timeout if total_timeout is not None else 3 * timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,  # followed by hand: each hop is checked against robots.txt
            headers={"User-Agent": user_agent},
            transport=transport,
        )
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._last_request: dict[str, float] = {}  # origin -> when we last asked it for a page
        self.sleep = time.sleep

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- the public calls -------------------------------------------------------------------------

    def fetch_html(self, url: str) -> Response:
        return self.fetch(url, accept=HTML_TYPES, what="an HTML page")

    def fetch_feed(self, url: str, max_bytes: int | None = None) -> Response:
        return self.fetch(url, accept=FEED_TYPES, what="a feed", max_bytes=max_bytes)

    def fetch(self, url: str, accept: tuple[str, ...], what: str, max_bytes: int | None = None) -> Response:
        """GET `url`, following redirects, and return the body if its type is one of `accept`."""
        requested = url = without_fragment(url.strip())
        seen = {url}
        for _hop in range(self.max_redirects + 1):
            if not is_web_url(url):
                raise FetchError(f"{requested}: {url[:100]!r} is not an http(s) address")
            refusal = self.robots_refusal(url)
            if refusal:
                raise FetchError(f"{requested}: {refusal}")
            self._wait_turn(url)
            status, headers, body = self._get(requested, url, max_bytes or self.max_bytes)
            if status in REDIRECT_STATUSES:
                location = headers.get("location")
                if not location:
                    raise FetchError(f"{requested}: HTTP {status} redirect without a Location")
                target = without_fragment(urljoin(url, location.strip()))
                if target in seen:
                    raise FetchError(f"{requested}: redirect loop at {target}")
                seen.add(target)
                url = target
                continue
            if status >= 400:
                raise FetchError(f"{requested}: HTTP {status} {_reason(status)}".rstrip())
            if status != 200:
                raise FetchError(f"{requested}: HTTP {status}, expected 200")
            kind, charset = _media_type(headers.get("content-type"))
            if not kind:
                kind = _looks_like(body)
            if not _accepts(kind, accept):
                raise FetchError(f"{requested}: not {what} ({kind or 'no content type'})")
            if not body.strip():
                raise FetchError(f"{requested}: empty response")
            return Response(
                url=url, requested=requested, status=status, content_type=kind, charset=charset, body=body
            )
        raise FetchError(f"{requested}: more than {self.max_redirects} redirects")

    def robots_refusal(self, url: str) -> str | None:
        """None if robots.txt lets us fetch `url`, else why not."""
        parts = urlsplit(url)
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            return rules
        if not rules.can_fetch(self.user_agent, url):
            return f"robots.txt of {origin} disallows {parts.path or '/'} for {PRODUCT}"
        return None

    # -- the work ---------------------------------------------------------------------------------

    def _wait_turn(self, url: str) -> None:
        """Keep to the Crawl-delay a site's robots.txt asks of us between two requests."""
        origin = _origin(url)
        rules = self._robots.get(origin)
        delay = 0.0
        if isinstance(rules, urllib.robotparser.RobotFileParser):
            delay = min(float(rules.crawl_delay(self.user_agent) or 0), MAX_CRAWL_DELAY)
        last = self._last_request.get(origin)
        if delay > 0 and last is not None and (wait := last + delay - time.monotonic()) > 0:
            self.sleep(wait)
        self._last_request[origin] = time.monotonic()

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        """RFC 9309: a 4xx means no rules; a 5xx or no answer means stay away for now."""
        robots_url = f"{origin}/robots.txt"
        rules = urllib.robotparser.RobotFileParser(robots_url)
        try:
            # The rules may sit behind a redirect; stay within the same bounded number of hops.
            url, seen = robots_url, {robots_url}
            for _hop in range(self.max_redirects + 1):
                status, headers, body = self._get(robots_url, url, ROBOTS_MAX_BYTES, truncate=True)
                if status not in REDIRECT_STATUSES or not headers.get("location"):
                    break
                url = urljoin(url, headers["location"].strip())
                if url in seen or not is_web_url(url):
                    break
                seen.add(url)
        except FetchError as error:
            return f"robots.txt unreachable ({str(error).split(': ', 1)[-1]}), not fetching"
        if status >= 500:
            return f"robots.txt unreachable (HTTP {status}), not fetching"
        if status >= 400 or status in REDIRECT_STATUSES:
            rules.parse([])  # no rules: everything allowed
        else:
            rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _get(
        self, label: str, url: str, max_bytes: int, truncate: bool = False
    ) -> tuple[int, httpx.Headers, bytes]:
        """One request, read up to `max_bytes`: (status, headers, body). Network trouble -> FetchError."""
        started = time.monotonic()
        try:
            with self.client.stream("GET", url) as response:
                status, headers = response.status_code, response.headers
                if status in REDIRECT_STATUSES or status >= 400:
                    return status, headers, b""
                declared = headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes and not truncate:
                    raise FetchError(f"{label}: {int(declared):,} bytes is over the {max_bytes:,}-byte limit")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        if truncate:
                            chunks.append(chunk[: max_bytes - (size - len(chunk))])
                            break
                        raise FetchError(f"{label}: more than the {max_bytes:,}-byte limit")
                    chunks.append(chunk)
                    if time.monotonic() - started > self.total_timeout:
                        raise FetchError(f"{label}: took longer than {self.total_timeout:g} s")
                return status, headers, b"".join(chunks)
        except httpx.TimeoutException as error:
            raise FetchError(f"{label}: no answer within {self.timeout:g} s ({_kind(error)})") from error
        except httpx.TooManyRedirects as error:  # pragma: no cover - redirects are followed by hand
            raise FetchError(f"{label}: too many redirects") from error
        except httpx.HTTPError as error:
            raise FetchError(f"{label}: {_kind(error)}: {error}") from error


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _kind(error: Exception) -> str:
    names = {
        "ConnectTimeout": "connect timeout",
        "ReadTimeout": "read timeout",
        "WriteTimeout": "write timeout",
        "PoolTimeout": "pool timeout",
        "ConnectError": "cannot connect",
        "RemoteProtocolError": "broken HTTP response",
    }
    return names.get(type(error).__name__, type(error).__name__)


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
