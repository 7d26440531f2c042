"""Shared fixtures: a migrated SQLite database per test, an app bound to it, the seed corpus."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.cli import upgrade
from app.db import engine_for

# Tests change the data between requests: the response cache looks for a new ingest on every request.
os.environ.setdefault("CACHE_CHECK_SECONDS", "0")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"


# Every database test runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL names a server
# (a database there that this user may create databases from; .ci/run sets one up).
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if TEST_DATABASE_URL else [])


def _admin(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url, isolation_level="AUTOCOMMIT")


def _drop_database(admin, name: str) -> None:  # type: ignore[no-untyped-def]
    """Drop a test database; an autovacuum worker may hold it for a moment, so try a few times."""
    from sqlalchemy.exc import DBAPIError

    for attempt in range(10):
        try:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.5)


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """One migrated PostgreSQL database, copied for each test (CREATE DATABASE ... TEMPLATE)."""
    assert TEST_DATABASE_URL
    name = f"sw_template_{os.getpid()}"
    admin = _admin(TEST_DATABASE_URL)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    upgrade(make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False))
    yield name
    _drop_database(admin, name)
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
        upgrade(url)
        yield url
        engine_for(url).dispose()
        return
    assert TEST_DATABASE_URL
    template = request.getfixturevalue("postgres_template")
    name = f"sw_test_{os.getpid()}_{next(_numbers)}"
    admin = _admin(TEST_DATABASE_URL)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    yield url
    engine_for(url).dispose()
    _drop_database(admin, name)
    admin.dispose()


_numbers = itertools.count()


@pytest.fixture
def sessions(db_url: str) -> Callable[[], Session]:
    engine = engine_for(db_url)
    return lambda: Session(engine)


@pytest.fixture
def app(db_url: str) -> FastAPI:
    from app.web.main import create_app

    return create_app(db_url)


@pytest.fixture
def client(app: FastAPI) -> Iterator:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


def fake_extract(raw_text: str, meta):  # type: ignore[no-untyped-def]
    """A stand-in extractor for tests of storage and views, independent of extraction rules:
    every line `Name|COUNTRY|stance|words` (optionally `|YYYY-MM-DD|direct or reported`) is a statement."""
    import datetime as dt

    from app.extract.types import ActorRef, Article, Extraction, SaidOn, Span, Statement

    text = raw_text.strip()
    statements = []
    offset = 0
    for line in text.splitlines(keepends=True):
        parts = line.strip().split("|")
        if len(parts) in (4, 6):
            name, country, stance, words = parts[:4]
            day = dt.date.fromisoformat(parts[4]) if len(parts) == 6 else None
            kind = parts[5] if len(parts) == 6 else "direct"
            start = offset + line.index(words)
            statements.append(
                Statement(
                    kind=kind,  # type: ignore[arg-type]
                    text=words,
                    span=Span(start, start + len(words)),
                    speaker=ActorRef(
                        name=name, type="person", country=country or None, aliases=(name.split()[-1],)
                    ),
                    cue="said",
                    stance=stance,  # type: ignore[arg-type]
                    stance_reason="test",
                    said_on=SaidOn(day, "day", "stated", day.isoformat()) if day else SaidOn(),
                )
            )
        offset += len(line)
    return Extraction(
        Article(key=meta.key, text=text, outlet=meta.outlet, url=meta.url, published=meta.published),
        statements,
    )


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    from app import ingest

    monkeypatch.setattr(ingest, "extract", fake_extract)


CORPUS = {
    "berlin": (
        "Tagesblatt",
        "Olga Brandt|DE|oppose|There will be no German soldiers in Ukraine|2024-02-27|direct\n"
        "Olga Brandt|DE|oppose|we will not send troops|2024-02-28|reported\n",
    ),
    "paris": (
        "Le Quotidien",
        "Luc Moreau|FR|open|Nothing can be ruled out|2024-02-26|direct\n"
        "Luc Moreau|FR|support|French instructors will go to Kyiv|2024-05-02|direct\n",
    ),
    "warsaw": ("Gazeta", "Jan Nowak|PL|oppose|Poland does not plan to send troops|2024-02-27|direct\n"),
    "moscow": (
        "Wire",
        "Ivan Petrov|RU|oppose|A deployment would mean war with NATO|2024-03-01|direct\n"
        "Ivan Petrov|RU|neutral|The talks were about grain|2024-03-02|direct\n",
    ),
}


@pytest.fixture
def corpus(sessions: Callable[[], Session], tmp_path: Path, fake_extractor: None) -> dict[str, int]:
    """Seven statements by four speakers in four countries, ingested through the real ingest path."""
    import json

    from app.ingest import ingest_paths

    folder = tmp_path / "corpus"
    folder.mkdir()
    for key, (outlet, body) in CORPUS.items():
        (folder / f"{key}.txt").write_text(body, encoding="utf-8")
        (folder / f"{key}.json").write_text(
            json.dumps({"outlet": outlet, "url": f"https://news.example/{key}"})
        )
    summary = ingest_paths(sessions, [folder], 100_000)
    assert summary.statements == 7
    return {"statements": 7}
