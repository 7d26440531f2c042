"""Pure ASGI middleware: security headers on every response, and a cache of whole responses that
lives until the next ingest changes the data.

Every page, fragment, API answer and feed is a function of its URL and of the data. The data only
changes when an ingest commits, so a response can be kept until then: the popular views (the
overview, a country, the unfiltered list) are computed once per ingest rather than once per request.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]
ASGIApp = Callable[..., Any]


class SecurityHeaders:
    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in self.headers if name not in present
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Stored:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


@dataclass
class ResponseCache:
    """An LRU of whole GET responses, bounded in bytes, emptied when `data_version()` changes.

    `data_version` is asked at most once every `check_every` seconds, so a new ingest shows up
    within that time."""

    app: ASGIApp
    data_version: Callable[[], object]
    max_bytes: int = 32 * 1024 * 1024
    max_entry_bytes: int = 1024 * 1024
    check_every: float = 1.0
    # Requests under these paths are never cached (streamed downloads, health checks).
    skip_prefixes: tuple[str, ...] = ("/quotes.csv", "/quotes.jsonl", "/healthz", "/static/")
    entries: OrderedDict[tuple, Stored] = field(default_factory=OrderedDict)
    inflight: dict[tuple, asyncio.Event] = field(default_factory=dict)
    size: int = 0
    version: object = None
    checked_at: float = float("-inf")
    hits: int = 0
    misses: int = 0

    def _key(self, scope: Scope) -> tuple | None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or self.max_bytes <= 0:
            return None
        path = scope["path"]
        if path.startswith(self.skip_prefixes):
            return None
        headers = dict(scope.get("headers") or [])
        return (
            scope["method"],
            path,
            scope.get("query_string", b""),
            headers.get(b"host"),
            headers.get(b"hx-request"),
            headers.get(b"hx-history-restore-request"),
            headers.get(b"x-forwarded-proto"),
            headers.get(b"x-forwarded-host"),
        )

    def _refresh(self) -> None:
        now = time.monotonic()
        if now - self.checked_at < self.check_every:
            return
        self.checked_at = now
        version = self.data_version()
        if version != self.version:
            self.version = version
            self.entries.clear()
            self.size = 0

    def _store(self, key: tuple, stored: Stored) -> None:
        self.entries[key] = stored
        self.size += len(stored.body)
        while self.size > self.max_bytes and self.entries:
            _, dropped = self.entries.popitem(last=False)
            self.size -= len(dropped.body)

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        self._refresh()
        waiting = self.inflight.get(key)
        if waiting is not None:  # the same response is being made: wait for it rather than make it again
            await waiting.wait()
        if await self._replay(key, send):
            return
        self.misses += 1
        if waiting is None:
            self.inflight[key] = asyncio.Event()
        try:
            await self._compute(key, scope, receive, send)
        finally:
            if waiting is None:
                self.inflight.pop(key).set()

    async def _replay(self, key: tuple, send: Callable) -> bool:
        stored = self.entries.get(key)
        if stored is None:
            return False
        self.entries.move_to_end(key)
        self.hits += 1
        await send({"type": "http.response.start", "status": stored.status, "headers": stored.headers})
        await send({"type": "http.response.body", "body": stored.body})
        return True

    async def _compute(self, key: tuple, scope: Scope, receive: Callable, send: Callable) -> None:
        version = self.version
        start: Message = {}
        chunks: list[bytes] = []
        cacheable = True
        size = 0

        async def capture(message: Message) -> None:
            nonlocal cacheable, size
            if message["type"] == "http.response.start":
                start.update(message)
                cacheable = message["status"] < 500
            elif message["type"] == "http.response.body" and cacheable:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_entry_bytes:
                    cacheable = False
                    chunks.clear()
                else:
                    chunks.append(body)
                if not message.get("more_body") and cacheable and version == self.version:
                    headers = list(start.get("headers", []))
                    self._store(key, Stored(start["status"], headers, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)
