"""The floor: a bare ASGI handler that runs the same indexed query as `/quotes?country=DE&stance=oppose`
and returns its 50 rows as JSON. No framework, no template: what any server could do at best.

    DATABASE_URL=sqlite:///path/to.db uvicorn bench.floor_app:app
    DATABASE_URL=postgresql+psycopg://user:password@host/name uvicorn bench.floor_app:app

SQLite through `sqlite3`, PostgreSQL through `psycopg`, one connection per thread, the same SQL and
the same JSON (PostgreSQL's dates are read as text, as SQLite stores them).
"""

import json
import os
import threading
from collections.abc import Callable
from typing import Any

QUERY = (
    "SELECT s.public_id, s.text, s.stance, s.dated, a.name FROM statements s "
    "JOIN actors a ON a.id = s.actor_id "
    "WHERE s.country_code = {mark} AND s.stance = {mark} AND s.dated IS NOT NULL "
    "ORDER BY s.dated DESC, s.id DESC LIMIT 50"
)
FIELDS = ("id", "text", "stance", "dated", "speaker")
local = threading.local()


def connect(url: str) -> Callable[[str, str], list[tuple[Any, ...]]]:
    """A function running the floor's query on a new connection to the database at `url`."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        import sqlite3

        db = sqlite3.connect(parsed.database or "", check_same_thread=False)
        sql = QUERY.format(mark="?")
        return lambda country, stance: db.execute(sql, (country, stance)).fetchall()
    import psycopg
    from psycopg.types.string import TextLoader

    conninfo = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    pg = psycopg.connect(conninfo, autocommit=True)
    pg.adapters.register_loader("date", TextLoader)
    sql = QUERY.format(mark="%s")
    return lambda country, stance: pg.execute(sql, (country, stance), prepare=True).fetchall()


def rows(country: str, stance: str) -> list[tuple[Any, ...]]:
    if not hasattr(local, "query"):
        local.query = connect(os.environ["DATABASE_URL"])
    return local.query(country, stance)


async def app(scope, receive, send):  # type: ignore[no-untyped-def]
    if scope["type"] != "http":
        return
    body = json.dumps([dict(zip(FIELDS, r, strict=True)) for r in rows("DE", "oppose")])
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": body.encode()})
