"""Ingesting from the web: article pages by URL and RSS/Atom feeds, against a server on 127.0.0.1.

Nothing here reaches beyond 127.0.0.1: the pages and feeds are files in tests/data/web/ served by a
ThreadingHTTPServer in a thread, plus a few routes that misbehave on purpose.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import ingest as ingest_module
from app.cli import main as cli
from app.extract.types import Extraction
from app.fetch import USER_AGENT, Fetcher
from app.models import Article as ArticleRow
from app.models import Statement as StatementRow
from app.sources import url_key

WEB = Path(__file__).resolve().parent / "data" / "web"
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml", ".txt": "text/plain"}
SLOW_SECONDS = 5.0  # how long /slow would take; the tests give up long before, then release it


class Site:
    """The test server's state: the routes it serves and every request it saw."""

    def __init__(self) -> None:
        self.base = ""
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.release = threading.Event()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        return [path for path, _agent in self.requests]

    def serve_file(self, path: str, content_type: str | None = None) -> None:
        file = WEB / path.lstrip("/")
        body = file.read_bytes().replace(b"{BASE}", self.base.encode())
        kind = content_type or TYPES.get(file.suffix, "application/octet-stream")
        if file.name == "atom.xml":
            kind = "application/atom+xml"
        self.routes[path] = (200, {"Content-Type": kind}, body)


def make_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep pytest's output clean
            pass

        def send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = urlsplit(self.path).path
            site.requests.append((path, self.headers.get("User-Agent", "")))
            if path in site.routes:
                self.send(*site.routes[path])
            elif path == "/slow":
                site.release.wait(SLOW_SECONDS)
                self.send(200, {"Content-Type": "text/html"}, b"<html><body>late</body></html>")
            elif path == "/big":
                self.send(200, {"Content-Type": "text/html"}, b"<html>" + b"x" * 50_000 + b"</html>")
            elif path == "/big-chunked":  # no Content-Length: the limit must hold while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(50):
                    self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
                self.close_connection = True
            elif path == "/picture.png":
                self.send(200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
            elif path == "/download":
                self.send(200, {"Content-Type": "application/octet-stream"}, b"PK\x03\x04" + b"\x00" * 64)
            elif path == "/loop-a":
                self.send(302, {"Location": "/loop-b"}, b"")
            elif path == "/loop-b":
                self.send(302, {"Location": site.url("/loop-a")}, b"")
            elif path == "/moved":
                self.send(301, {"Location": "/articles/paris.html"}, b"")
            else:
                self.send(404, {"Content-Type": "text/plain"}, b"not here")

    return Handler


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    for file in ["/robots.txt", "/feed.xml", "/atom.xml"]:
        state.serve_file(file)
    for file in (WEB / "articles").glob("*.html"):
        state.serve_file(f"/articles/{file.name}")
    state.routes["/private/berlin.html"] = state.routes["/articles/berlin.html"]  # robots.txt forbids it
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture
def env_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    from app.config import get_settings

    monkeypatch.setenv("DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


@pytest.fixture
def extractor(fake_extractor: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test extractor (statements from `Name|CC|stance|words` lines), keeping the article's title."""
    fake = ingest_module.extract

    def keep_title(raw_text: str, meta):  # type: ignore[no-untyped-def]
        found = fake(raw_text, meta)
        return Extraction(dataclasses.replace(found.article, title=meta.title), found.statements)

    monkeypatch.setattr(ingest_module, "extract", keep_title)


def articles(sessions: Callable[[], Session]) -> dict[str, ArticleRow]:
    with sessions() as session:
        rows = session.scalars(select(ArticleRow)).all()
        session.expunge_all()
    return {row.key: row for row in rows}


def statement_texts(sessions: Callable[[], Session]) -> set[str]:
    with sessions() as session:
        return set(session.scalars(select(StatementRow.text)))


def run(*args: str) -> int:
    return cli(["ingest", "--quiet", "--timeout", "5", *args])


# -- pages by URL ---------------------------------------------------------------------------------


def test_ingest_a_page_by_url_stores_its_metadata(
    site: Site,
    env_db: str,
    extractor: None,
    sessions: Callable[[], Session],
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = site.url("/articles/paris.html")
    assert run(url) == 0
    assert "articles read: 1, stored: 1" in capsys.readouterr().out
    stored = articles(sessions)
    key = url_key(url)
    assert list(stored) == [key]
    assert key == f"127-0-0-1-{urlsplit(site.base).port}-articles-paris"
    article = stored[key]
    assert article.title == "Paris keeps the door open to troops in Ukraine"
    assert article.outlet == "The Morning Ledger"
    assert str(article.published) == "2026-11-20"
    assert article.url == "https://ledger.example/world/2026/11/20/paris-troops-ukraine"  # canonical
    assert "Nothing can be ruled out" in statement_texts(sessions)
    assert "Subscribe to our newsletter" not in article.text  # the footer is not article text
    assert ("/articles/paris.html", USER_AGENT) in site.requests
    assert USER_AGENT.startswith("stancewatch/")

    assert run(url) == 0  # the same page again changes nothing
    assert "unchanged: 1" in capsys.readouterr().out


def test_redirect_is_followed_and_the_key_is_the_address_asked_for(
    site: Site, env_db: str, extractor: None, sessions: Callable[[], Session]
) -> None:
    assert run(site.url("/moved")) == 0
    assert list(articles(sessions)) == [url_key(site.url("/moved"))]
    assert site.paths()[-2:] == ["/moved", "/articles/paris.html"]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/nowhere.html", "HTTP 404 Not Found"),
        ("/big", "50,013 bytes is over the 20,000-byte limit"),
        ("/big-chunked", "more than the 20,000-byte limit"),
        ("/picture.png", "not an HTML page (image/png)"),
        ("/download", "not an HTML page (application/octet-stream)"),
        ("/loop-a", "redirect loop at"),
        ("/private/berlin.html", "robots.txt of http://127.0.0.1:"),
        ("/slow", "no answer within 1 s (read timeout)"),
    ],
)
def test_a_page_that_cannot_be_had_is_reported_with_its_url(
    site: Site, extractor: None, sessions: Callable[[], Session], path: str, reason: str
) -> None:
    good, bad = site.url("/articles/berlin.html"), site.url(path)
    started = time.monotonic()
    with Fetcher(timeout=1, max_bytes=20_000) as fetcher:
        summary = ingest_module.ingest_paths(sessions, [bad, good], 20_000, fetcher=fetcher)
    assert time.monotonic() - started < SLOW_SECONDS - 1
    assert (summary.read, summary.stored) == (2, 1)
    assert len(summary.failed) == 1
    assert summary.failed[0].startswith(f"{bad}: ")
    assert reason in summary.failed[0]
    assert set(articles(sessions)) == {url_key(good)}


def test_robots_txt_is_read_once_and_obeyed_for_our_name(
    site: Site, extractor: None, sessions: Callable[[], Session]
) -> None:
    urls = [site.url(p) for p in ("/private/berlin.html", "/articles/berlin.html", "/articles/rome.html")]
    summary = ingest_module.ingest_paths(sessions, urls, 100_000)
    assert summary.stored == 2
    assert "disallows /private/berlin.html for stancewatch" in summary.failed[0]
    assert site.paths().count("/robots.txt") == 1
    assert "/private/berlin.html" not in site.paths()


def test_crawl_delay_of_robots_txt_is_kept_between_requests(
    site: Site, extractor: None, sessions: Callable[[], Session]
) -> None:
    site.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 600\n")
    waits: list[float] = []
    with Fetcher(timeout=5, max_bytes=100_000) as fetcher:
        fetcher.sleep = waits.append
        urls = [site.url(f"/articles/{name}.html") for name in ("paris", "berlin", "rome")]
        summary = ingest_module.ingest_paths(sessions, urls, 100_000, fetcher=fetcher)
    assert summary.stored == 3
    assert len(waits) == 2 and all(20 < wait <= 30 for wait in waits)  # capped at 30 s, never slept


def test_cli_reports_failures_without_a_traceback_and_exits_1(
    site: Site, env_db: str, extractor: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(site.url("/nowhere.html"), site.url("/loop-a"), site.url("/articles/paris.html")) == 1
    captured = capsys.readouterr()
    assert "stored: 1" in captured.out
    assert f"failed: {site.url('/nowhere.html')}: HTTP 404 Not Found" in captured.err
    assert f"failed: {site.url('/loop-a')}: redirect loop" in captured.err
    assert "Traceback" not in captured.err


def test_cli_strict_stops_at_the_first_failing_url(
    site: Site, env_db: str, extractor: None, sessions: Callable[[], Session]
) -> None:
    assert run("--strict", site.url("/nowhere.html"), site.url("/articles/paris.html")) == 1
    assert articles(sessions) == {}
    assert "/articles/paris.html" not in site.paths()


def test_a_server_that_cannot_be_reached_is_a_reported_failure(
    extractor: None, sessions: Callable[[], Session]
) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article.html"
    with Fetcher(timeout=0.5) as fetcher:
        summary = ingest_module.ingest_paths(sessions, [url], 10_000, fetcher=fetcher)
    assert summary.failed[0].startswith(f"{url}: robots.txt unreachable (cannot connect")


# -- feeds ----------------------------------------------------------------------------------------


def test_feed_ingests_new_on_topic_entries_and_skips_known_ones(
    site: Site,
    env_db: str,
    extractor: None,
    sessions: Callable[[], Session],
    capsys: pytest.CaptureFixture[str],
) -> None:
    feed = site.url("/feed.xml")
    assert run("--feed", feed) == 0
    out = capsys.readouterr().out
    assert "articles read: 4, stored: 3" in out
    assert "skipped: 1 (off topic: 1)" in out
    stored = articles(sessions)
    assert set(stored) == {url_key(site.url(f"/articles/{n}.html")) for n in ("paris", "berlin", "old")}
    berlin = stored[url_key(site.url("/articles/berlin.html"))]
    assert berlin.url == site.url("/articles/berlin.html")  # no canonical link: where it came from, untracked
    assert berlin.title == "Berlin rules out ground troops for Ukraine"

    # The feed gains an entry; a second run fetches only that one (and the off-topic one again).
    body = (WEB / "feed.xml").read_text().replace("{BASE}", site.base)
    extra = f"<item><title>Rome</title><link>{site.url('/articles/rome.html')}</link></item>\n</channel>"
    grown = body.replace("</channel>", extra).encode()
    site.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, grown)
    site.requests.clear()
    assert run("--feed", feed) == 0
    out = capsys.readouterr().out
    assert "articles read: 2, stored: 1" in out
    assert "skipped: 4 (already ingested: 3, off topic: 1)" in out
    fetched = [p for p in site.paths() if p.startswith("/articles/")]
    assert sorted(fetched) == ["/articles/recipes.html", "/articles/rome.html"]
    assert "Only with a mandate from the United Nations" in statement_texts(sessions)


def test_feed_since_skips_older_entries_without_fetching_them(
    site: Site,
    env_db: str,
    extractor: None,
    sessions: Callable[[], Session],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run("--feed", site.url("/feed.xml"), "--since", "2026-11-01") == 0
    out = capsys.readouterr().out
    assert "skipped: 2 (off topic: 1, published before --since: 1)" in out
    assert url_key(site.url("/articles/old.html")) not in articles(sessions)
    assert "/articles/old.html" not in site.paths()


def test_topic_filter_none_keeps_every_entry(
    site: Site, extractor: None, sessions: Callable[[], Session]
) -> None:
    summary = ingest_module.ingest_paths(
        sessions, [], 100_000, feeds=[site.url("/feed.xml")], topic_filter="none"
    )
    assert (summary.stored, summary.skipped) == (4, {})


def test_atom_feed_and_an_entry_without_a_link(
    site: Site, extractor: None, sessions: Callable[[], Session]
) -> None:
    summary = ingest_module.ingest_paths(sessions, [], 100_000, feeds=[site.url("/atom.xml")])
    assert (summary.stored, summary.failed) == (1, [])
    assert any("entry 2 (An entry with no link) has no web link" in w for w in summary.warnings)
    assert set(articles(sessions)) == {url_key(site.url("/articles/rome.html"))}


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/no-feed.xml", "HTTP 404 Not Found"),
        ("/articles/paris.html", "not a feed (text/html)"),
        ("/slow", "no answer within 0.5 s"),
    ],
)
def test_a_feed_that_cannot_be_read_fails_the_run(
    site: Site, env_db: str, extractor: None, capsys: pytest.CaptureFixture[str], path: str, reason: str
) -> None:
    assert run("--timeout", "0.5", "--feed", site.url(path), "--feed", site.url("/atom.xml")) == 1
    captured = capsys.readouterr()
    assert f"failed: {site.url(path)}: {reason}" in captured.err
    assert "stored: 1" in captured.out  # the other feed was still read


def test_ingest_without_anything_to_read_is_a_usage_error(env_db: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli(["ingest"])
    assert stopped.value.code == 2
