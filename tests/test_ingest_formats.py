"""Ingesting what newsrooms keep on disk: HTML pages, folders with a manifest.csv, JSONL exports."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import test_ingest_web as web  # tests/ is on sys.path: pytest puts it there
from sqlalchemy.orm import Session

from app import ingest as ingest_module
from app.cli import main as cli
from app.sources import url_key
from app.topic import on_topic

PAGES = web.WEB / "articles"


# The same test extractor, database fixture and helpers as the web tests.
extractor = web.extractor
env_db = web.env_db
articles = web.articles
statement_texts = web.statement_texts


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# -- HTML files -----------------------------------------------------------------------------------


def test_html_file_is_read_with_the_metadata_of_the_page(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    shutil.copy(PAGES / "paris.html", tmp_path / "paris.html")
    shutil.copy(PAGES / "berlin.html", tmp_path / "berlin.htm")
    write(
        tmp_path, "berlin.json", json.dumps({"outlet": "Tagesblatt", "url": "https://tagesblatt.example/b"})
    )
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 100_000)
    assert (summary.stored, summary.failed) == (2, [])
    stored = articles(sessions)
    paris, berlin = stored["paris"], stored["berlin"]
    assert paris.title == "Paris keeps the door open to troops in Ukraine"
    assert paris.outlet == "The Morning Ledger"
    assert str(paris.published) == "2026-11-20"
    assert paris.url == "https://ledger.example/world/2026/11/20/paris-troops-ukraine"
    assert "Subscribe" not in paris.text and "Home" not in paris.text
    # NAME.json beside the page wins over what the page says; the rest still comes from the page.
    assert (berlin.outlet, berlin.url) == ("Tagesblatt", "https://tagesblatt.example/b")
    assert berlin.title == "Berlin rules out ground troops for Ukraine"
    assert statement_texts(sessions) == {
        "Nothing can be ruled out",
        "There will be no German soldiers in Ukraine",
    }


def test_html_file_without_an_article_or_not_html_is_reported(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    write(tmp_path, "empty.html", "<html><head><title>Nothing</title></head><body></body></html>")
    write(tmp_path, "image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    shutil.copy(PAGES / "rome.html", tmp_path / "rome.html")
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 100_000)
    assert summary.stored == 1
    reasons = "\n".join(summary.failed)
    assert f"{tmp_path / 'empty.html'}: no article text found in the page" in reasons
    assert f"{tmp_path / 'image.html'}: binary file, not an HTML page" in reasons


# -- manifest.csv ---------------------------------------------------------------------------------


def test_manifest_gives_metadata_and_name_json_wins(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    folder = tmp_path / "desk"
    write(folder, "a.txt", "Ann Smith|FR|open|Nothing is excluded\n")
    write(folder, "b.txt", "Bob Jones|DE|oppose|No troops\n")
    write(folder, "c.txt", "Cy Young|PL|oppose|Never\n")
    write(folder, "2026/d.txt", "Di Lane|EE|support|Yes\n")
    write(folder, "b.json", json.dumps({"outlet": "Beside B", "published": "2026-11-02"}))
    write(
        folder,
        "manifest.csv",
        "file,url,outlet,title,published\n"
        "a.txt,https://news.example/a,Gazette,Title A,2026-11-01\n"
        "b.txt,https://news.example/b,Gazette,Title B,2026-10-01\n"
        "2026/d.txt,https://news.example/d,Gazette,Title D,2026-11-04\n",
    )
    summary = ingest_module.ingest_paths(sessions, [folder], 10_000)
    assert (summary.stored, summary.failed, summary.warnings) == (4, [], [])
    stored = articles(sessions)
    a, b, c, d = (stored[k] for k in "abcd")
    assert (a.url, a.outlet, a.title, str(a.published)) == (
        "https://news.example/a",
        "Gazette",
        "Title A",
        "2026-11-01",
    )
    assert (b.url, b.outlet, b.title, str(b.published)) == (
        "https://news.example/b",
        "Beside B",
        "Title B",
        "2026-11-02",
    )
    assert (c.url, c.outlet, c.title, c.published) == (None, None, None, None)
    assert (d.url, d.title) == ("https://news.example/d", "Title D")


def test_manifest_rows_by_key_and_bad_rows_are_warnings(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    write(tmp_path, "a.txt", "Ann Smith|FR|open|Nothing is excluded\n")
    write(tmp_path, "b.txt", "Bob Jones|DE|oppose|No troops\n")
    manifest = write(
        tmp_path,
        "manifest.csv",
        "key,url,outlet,published,notes\n"
        "a,ftp://news.example/a,Gazette,1 Nov 2026,\n"
        "b,https://news.example/b,Gazette,2026-11-02,\n"
        "b,https://news.example/b2,Other,2026-11-03,\n"
        ",https://news.example/x,Gazette,,\n"
        "c,https://news.example/c,Gazette,2026-11-03,too,many\n",
    )
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    assert (summary.stored, summary.failed) == (2, [])
    assert summary.warnings == [
        f"{manifest}: columns not used: notes",
        f"{manifest}:2: url 'ftp://news.example/a' is not an http(s) address, ignored",
        f"{manifest}:2: published date '1 Nov 2026' is not YYYY-MM-DD, ignored",
        f"{manifest}:4: 'b' already given on line 3, row ignored",
        f"{manifest}:5: neither file nor key given, row ignored",
        f"{manifest}:6: more fields than the header has columns, row ignored",
    ]
    stored = articles(sessions)
    assert (stored["a"].url, stored["a"].outlet, stored["a"].published) == (None, "Gazette", None)
    assert (stored["b"].url, stored["b"].outlet) == ("https://news.example/b", "Gazette")


def test_manifest_naming_missing_files_or_without_a_file_column_is_a_warning(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    write(tmp_path, "one/a.txt", "Ann Smith|FR|open|Nothing is excluded\n")
    write(tmp_path, "one/manifest.csv", "file,outlet\ngone.txt,Gazette\n../escape.txt,Gazette\nnotes.md,X\n")
    write(tmp_path, "one/notes.md", "not an article")
    write(tmp_path, "two/b.txt", "Bob Jones|DE|oppose|No troops\n")
    write(tmp_path, "two/manifest.csv", "name,outlet\nb.txt,Gazette\n")
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    assert summary.stored == 2
    one, two = tmp_path / "one" / "manifest.csv", tmp_path / "two" / "manifest.csv"
    assert summary.warnings == [
        f"{one}:2: no such file 'gone.txt', row ignored",
        f"{one}:3: '../escape.txt' is outside the manifest's folder, row ignored",
        f"{one}:4: 'notes.md' is not an article file, row ignored",
        f"{two}: manifest ignored (no 'file' or 'key' column)",
    ]


# -- JSONL ----------------------------------------------------------------------------------------


def test_jsonl_stores_every_good_line_and_reports_bad_ones_by_line_number(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    lines = [
        {
            "id": "a1",
            "text": "Ann Smith|FR|open|Nothing is excluded\n",
            "title": "A",
            "outlet": "Wire",
            "url": "https://wire.example/a1",
            "published": "2026-11-20T10:00:00Z",
        },
        "{this is not json",
        {"key": "b2", "text": "Bob Jones|DE|oppose|No troops\n", "published": "yesterday"},
        {"key": "c3", "title": "no text"},
        "",
        {"url": "https://wire.example/world/d4.html", "text": "Cy Young|PL|oppose|Never\n"},
        {"text": "Di Lane|EE|support|Yes\n"},
        {"key": "a1", "text": "Ann Smith|FR|open|Again\n"},
        ["not", "an", "object"],
        {"id": 17, "text": "Ed Moss|LT|oppose|Not now\n"},
    ]
    body = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    path = write(tmp_path, "export.jsonl", body)
    summary = ingest_module.ingest_paths(sessions, [path], 10_000)
    assert summary.stored == 4
    assert len(summary.failed) == 5
    failed = "\n".join(summary.failed)
    assert f"{path}:2: not valid JSON" in failed
    assert f"{path}:4: no text" in failed
    assert f"{path}:7: no key, id or url to name the article by" in failed
    assert f"{path}:8: key 'a1' already used on line 1" in failed
    assert f"{path}:9: not a JSON object" in failed
    assert summary.warnings == [f"{path}:3: published date 'yesterday' is not YYYY-MM-DD, ignored"]
    stored = articles(sessions)
    assert set(stored) == {"a1", "b2", url_key("https://wire.example/world/d4.html"), "17"}
    a1 = stored["a1"]
    assert (a1.title, a1.outlet, a1.url) == ("A", "Wire", "https://wire.example/a1")
    assert str(a1.published) == "2026-11-20"
    assert statement_texts(sessions) == {"Nothing is excluded", "No troops", "Never", "Not now"}


def test_jsonl_line_over_the_size_limit_is_reported_and_the_next_line_read(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    big = json.dumps({"key": "big", "text": "x" * 5000})
    small = json.dumps({"key": "small", "text": "Ann Smith|FR|open|Fine\n"})
    path = write(tmp_path, "export.jsonl", f"{big}\n{small}\n")
    summary = ingest_module.ingest_paths(sessions, [path], 1000)
    assert summary.failed == [f"{path}:1: over the 1,000-byte limit for one article"]
    assert set(articles(sessions)) == {"small"}


def test_cli_exit_status_for_jsonl_with_a_bad_line_and_strict(
    env_db: str,
    extractor: None,
    sessions: Callable[[], Session],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = json.dumps({"key": "good", "text": "Ann Smith|FR|open|Fine\n"})
    path = write(tmp_path, "export.jsonl", f"{{oops\n{good}\n")
    assert cli(["ingest", "--quiet", "--strict", str(path)]) == 1
    assert articles(sessions) == {}
    assert cli(["ingest", "--quiet", str(path)]) == 1
    captured = capsys.readouterr()
    assert f"failed: {path}:1: not valid JSON" in captured.err
    assert set(articles(sessions)) == {"good"}


def test_since_and_topic_filter_apply_to_files_too(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    import datetime as dt

    for name in ("paris", "recipes", "old"):
        shutil.copy(PAGES / f"{name}.html", tmp_path / f"{name}.html")
    write(tmp_path, "undated.txt", "Troops for Ukraine?\nAnn Smith|FR|open|Maybe\n")
    summary = ingest_module.ingest_paths(
        sessions, [tmp_path], 100_000, since=dt.date(2026, 11, 1), topic_filter="all"
    )
    assert summary.skipped == {"published before --since": 1, "off topic": 1}
    assert set(articles(sessions)) == {"paris", "undated"}


# -- the small rules ------------------------------------------------------------------------------


def test_url_keys_are_readable_bounded_and_stable() -> None:
    assert url_key("https://www.ledger.example/world/2026/11/paris-troops.html") == (
        "ledger-example-world-2026-11-paris-troops"
    )
    assert url_key("http://ledger.example/world/2026/11/paris-troops.html?utm_source=rss#top") == (
        "ledger-example-world-2026-11-paris-troops"
    )
    by_query = url_key("https://ledger.example/article.php?id=17")
    assert by_query.startswith("ledger-example-article-php-") and by_query != url_key(
        "https://ledger.example/article.php?id=18"
    )
    long = url_key("https://ledger.example/" + "very-long-headline-" * 20)
    assert len(long) <= 100 and long == url_key("https://ledger.example/" + "very-long-headline-" * 20)
    assert long != url_key("https://ledger.example/" + "very-long-headline-" * 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macron would not rule out sending troops to Ukraine", True),
        ("Ukrainian soldiers trained in Poland", True),
        ("A reassurance force for Kyiv", True),
        ("Keine Bodentruppen in die Ukraine", True),
        ("Ukraine signs a grain deal", False),
        ("Troops parade in Paris", False),
        ("The Ukrainian forced-air heater market", False),
    ],
)
def test_topic_rule_needs_troops_and_ukraine(text: str, expected: bool) -> None:
    assert on_topic(text) is expected


def test_overlong_title_and_outlet_are_cut_to_their_columns_and_an_overlong_url_dropped(
    extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    line = {
        "key": "long",
        "text": "Ann Smith|FR|open|Fine\n",
        "title": "T" * 600,
        "outlet": "O" * 300,
        "url": "https://wire.example/" + "p" * 2100,
    }
    path = write(tmp_path, "export.jsonl", json.dumps(line) + "\n")
    assert ingest_module.ingest_paths(sessions, [path], 10_000).stored == 1
    article = articles(sessions)["long"]
    assert (len(article.title), len(article.outlet), article.url) == (500, 200, None)
    assert article.title.endswith("…")
