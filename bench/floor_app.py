"""The floor: a bare ASGI handler that runs the same indexed query as `/quotes?country=DE&stance=oppose`
and returns its 50 rows as JSON. No framework, no template: what any server could do at best.

    DATABASE=path/to.db uvicorn bench.floor_app:app
"""

import json
import os
import sqlite3
import threading

QUERY = (
    "SELECT s.public_id, s.text, s.stance, s.dated, a.name FROM statements s "
    "JOIN actors a ON a.id = s.actor_id "
    "WHERE s.country_code = ? AND s.stance = ? AND s.dated IS NOT NULL "
    "ORDER BY s.dated DESC, s.id DESC LIMIT 50"
)
local = threading.local()


def connection() -> sqlite3.Connection:
    if not hasattr(local, "db"):
        local.db = sqlite3.connect(os.environ["DATABASE"], check_same_thread=False)
    return local.db


async def app(scope, receive, send):  # type: ignore[no-untyped-def]
    if scope["type"] != "http":
        return
    rows = connection().execute(QUERY, ("DE", "oppose")).fetchall()
    body = json.dumps([dict(zip(("id", "text", "stance", "dated", "speaker"), r, strict=True)) for r in rows])
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": body.encode()})
