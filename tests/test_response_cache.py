"""Whole responses are kept until an ingest changes the data, then computed afresh."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import event

from app.db import engine_for
from app.ingest import ingest_paths


def run_async(coroutine_function):  # type: ignore[no-untyped-def]
    """asyncio.run in a thread of its own: the browser tests keep an event loop running in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine_function()).result()


def count_queries(db_url: str, run) -> int:  # type: ignore[no-untyped-def]
    seen = []
    engine = engine_for(db_url)

    def note(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if "articles" not in statement or "max(" not in statement:  # the data-version check aside
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", note)
    return len(seen)


def test_a_repeated_view_is_served_from_memory_until_an_ingest(
    client, db_url: str, corpus, sessions, tmp_path: Path, fake_extractor: None
) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/quotes?country=DE")
    assert first.status_code == 200 and "Olga Brandt" in first.text
    assert count_queries(db_url, lambda: client.get("/quotes?country=DE")) == 0
    again = client.get("/quotes?country=DE")
    assert again.text == first.text
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    # The fragment htmx asks for is another response, cached on its own.
    fragment = client.get("/quotes?country=DE", headers={"HX-Request": "true"})
    assert "<html" not in fragment.text and "<html" in again.text

    (tmp_path / "new.txt").write_text("Greta Lind|DE|support|German troops could help|2024-06-01|direct\n")
    ingest_paths(sessions, [tmp_path / "new.txt"], 10_000)
    after = client.get("/quotes?country=DE")
    assert "Greta Lind" in after.text
    assert count_queries(db_url, lambda: client.get("/quotes?country=DE")) == 0


def test_downloads_are_streamed_not_cached(client, db_url: str, corpus) -> None:  # type: ignore[no-untyped-def]
    client.get("/quotes.csv")
    assert count_queries(db_url, lambda: client.get("/quotes.csv")) > 0


def test_checks_for_new_data_at_most_once_per_interval() -> None:
    from app.web.middleware import ResponseCache

    versions = iter(range(100))
    asked = []

    def version() -> int:
        asked.append(1)
        return next(versions)

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"hello"})

    cache = ResponseCache(app, data_version=version, check_every=60)
    scope = {"type": "http", "method": "GET", "path": "/", "query_string": b"", "headers": []}

    async def call() -> bytes:
        body = []

        async def send(message):  # type: ignore[no-untyped-def]
            body.append(message)

        await cache(scope, None, send)
        return body[-1]["body"]

    for _ in range(5):
        assert run_async(call) == b"hello"
    assert len(asked) == 1 and (cache.hits, cache.misses) == (4, 1)


def test_concurrent_requests_for_one_cold_view_make_it_once() -> None:
    from app.web.middleware import ResponseCache

    made = []

    async def slow_app(scope, receive, send):  # type: ignore[no-untyped-def]
        made.append(1)
        await asyncio.sleep(0.05)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"page"})

    cache = ResponseCache(slow_app, data_version=lambda: 1)
    scope = {"type": "http", "method": "GET", "path": "/quotes", "query_string": b"country=DE", "headers": []}

    async def call() -> bytes:
        messages = []

        async def send(message):  # type: ignore[no-untyped-def]
            messages.append(message)

        await cache(scope, None, send)
        return messages[-1]["body"]

    async def crowd() -> list[bytes]:
        return await asyncio.gather(*(call() for _ in range(20)))

    assert run_async(crowd) == [b"page"] * 20
    assert len(made) == 1
