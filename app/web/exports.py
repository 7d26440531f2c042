"""Every filtered view as data: CSV, JSONL and Atom, streamed in constant memory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from app import queries
from app.exporting import export_chunks
from app.queries import Filter
from app.web.filters import parse_filter, query_string
from app.web.templating import STANCE_LABELS
from app.web.urls import absolute

router = APIRouter(include_in_schema=False)
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


def _stream(request: Request, f: Filter, fmt: str) -> Iterator[str]:
    # Its own session: the stream outlives the request's dependencies. One chunk per batch of rows
    # (not per line): each chunk of a synchronous stream is a trip to the thread pool.
    with request.app.state.sessions() as session:
        yield from export_chunks(session, f, fmt)


def _download(request: Request, fmt: str, media_type: str) -> StreamingResponse:
    f = parse_filter(request.query_params)
    stamp = dt.date.today().isoformat()
    return StreamingResponse(
        _stream(request, f, fmt),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="stancewatch-{stamp}.{fmt}"'},
    )


@router.get("/quotes.csv")
def quotes_csv(request: Request) -> StreamingResponse:
    return _download(request, "csv", "text/csv; charset=utf-8")


@router.get("/quotes.jsonl")
def quotes_jsonl(request: Request) -> StreamingResponse:
    return _download(request, "jsonl", "application/x-ndjson; charset=utf-8")


def _text(parent: ET.Element, tag: str, value: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = value
    return element


def feed_title(f: Filter) -> str:
    parts = []
    if f.countries:
        parts.append(", ".join(f.countries))
    if f.stances:
        parts.append(" or ".join(STANCE_LABELS[s].lower() for s in f.stances))
    if f.q:
        parts.append(f"“{f.q}”")
    return "stancewatch: statements" + (f" ({'; '.join(parts)})" if parts else "")


@router.get("/quotes.atom")
def quotes_atom(request: Request) -> Response:
    f = replace(parse_filter(request.query_params), limit=FEED_SIZE, after=None, sort="newest")
    with request.app.state.sessions() as session:
        statements = queries.page(session, f).statements
        qs = query_string(f)
        ET.register_namespace("", ATOM)
        feed = ET.Element(f"{{{ATOM}}}feed")
        _text(feed, "title", feed_title(f))
        _text(feed, "id", absolute(request, "/quotes.atom" + (f"?{qs}" if qs else "")))
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=str(request.url))
        ET.SubElement(
            feed,
            f"{{{ATOM}}}link",
            rel="alternate",
            type="text/html",
            href=absolute(request, "/quotes" + (f"?{qs}" if qs else "")),
        )
        newest = max((s.article.ingested_at for s in statements), default=dt.datetime(2000, 1, 1))
        _text(feed, "updated", newest.replace(microsecond=0).isoformat() + "Z")
        author = ET.SubElement(feed, f"{{{ATOM}}}author")
        _text(author, "name", "stancewatch")
        for s in statements:
            link = absolute(request, f"/quotes/{s.public_id}")
            entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
            country = f" ({s.country_code})" if s.country_code else ""
            _text(entry, "title", f"{s.actor.name}{country}: {STANCE_LABELS[s.stance]}")
            _text(entry, "id", link)
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=link)
            _text(entry, "updated", s.article.ingested_at.replace(microsecond=0).isoformat() + "Z")
            if s.dated:
                _text(entry, "published", f"{s.dated.isoformat()}T00:00:00Z")
            entry_author = ET.SubElement(entry, f"{{{ATOM}}}author")
            _text(entry_author, "name", s.actor.name)
            quoted = f"“{s.text}”" if s.kind == "direct" else s.text
            _text(entry, "summary", quoted, type="text")
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, media_type="application/atom+xml; charset=utf-8")
