"""Filter -> SELECT: the one place that reads statements.

Every view (pages, fragments, the JSON API, feeds, exports) builds a `Filter` with
`app.web.filters.parse_filter` and hands it to the functions here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import ColumnElement, Date, Select, func, literal, select, text, tuple_
from sqlalchemy.orm import Session, joinedload

from app.models import Actor, Article, Country, Statement

Sort = Literal["newest", "oldest"]


@dataclass(frozen=True)
class Cursor:
    """Where the last page ended: the (dated, id) of its last statement."""

    dated: dt.date | None
    id: int

    def encode(self) -> str:
        return f"{self.dated.isoformat() if self.dated else '_'}~{self.id}"


@dataclass(frozen=True)
class Filter:
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # actor slugs
    stances: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    article: str | None = None  # an article key
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = None  # full-text search
    sort: Sort = "newest"
    after: Cursor | None = None
    limit: int = 50

    def without(self, name: str) -> Filter:
        empty = Filter()
        return replace(self, **{name: getattr(empty, name)}, after=None)

    @property
    def is_empty(self) -> bool:
        return self == Filter(sort=self.sort, limit=self.limit)


def search_terms(q: str | None) -> list[str]:
    """The words of a search box entry; every word must match (as a prefix for the last)."""
    return re.findall(r"\w+", q or "")[:20]


def _matches(terms: Sequence[str], dialect: str) -> ColumnElement[bool]:
    """Statements whose text has every term (the last as a prefix): FTS5 on SQLite, a tsvector
    column with a GIN index on PostgreSQL (migration 0002). Terms are bound, never spliced."""
    if dialect == "postgresql":
        tsquery = " & ".join(terms) + ":*"
        return text("statements.search @@ to_tsquery('simple', :tsquery)").bindparams(tsquery=tsquery)
    fts = " ".join(f'"{term}"' for term in terms) + "*"
    matching = text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts").bindparams(fts=fts)
    return Statement.id.in_(matching)


def conditions(f: Filter, session: Session, counts: Any = None) -> list[ColumnElement[bool]]:
    """The WHERE clause of a filter over the statements, or over one of the count tables of
    app/models.py (`counts`: its model; only for country, speaker, stance, kind and outlet, the
    caller turns dates into months)."""
    where: list[ColumnElement[bool]] = []
    if f.countries:
        where.append((Statement.country_code if counts is None else counts.country).in_(f.countries))
    if f.actors:
        actor_ids = select(Actor.id).where(Actor.slug.in_(f.actors))
        where.append((Statement.actor_id if counts is None else counts.actor_id).in_(actor_ids))
    if f.stances:
        where.append((Statement.stance if counts is None else counts.stance).in_(f.stances))
    if f.kinds:
        where.append((Statement.kind if counts is None else counts.kind).in_(f.kinds))
    if f.outlets and counts is not None:
        where.append(counts.outlet.in_(f.outlets))
    elif f.outlets:
        where.append(Statement.article_id.in_(select(Article.id).where(Article.outlet.in_(f.outlets))))
    if counts is not None:
        return where
    if f.article:
        where.append(Statement.article_id.in_(select(Article.id).where(Article.key == f.article)))
    if f.date_from:
        where.append(Statement.dated >= f.date_from)
    if f.date_to:
        where.append(Statement.dated <= f.date_to)
    terms = search_terms(f.q)
    if terms:
        where.append(_matches(terms, session.get_bind().dialect.name))
    return where


# Lists run newest (or oldest) first by `dated`, then by id. Undated statements come after all
# dated ones. Each of the two segments is one range scan of an index that ends in (dated, id):
# no sort of the whole result, however deep the page (keyset pagination, never OFFSET).


def segment_select(
    f: Filter, session: Session, dated: bool, cursor: Cursor | None, limit: int, *columns: Any
) -> Select:
    """SELECT `columns` of one keyset segment: the dated statements ordered by (dated, id), or the
    undated ones by id, after `cursor`. Pages and the CSV/JSONL export both read through it."""
    where = conditions(f, session)
    newest = f.sort != "oldest"
    if dated:
        where.append(Statement.dated.is_not(None))
        if cursor is not None:
            position = tuple_(Statement.dated, Statement.id)
            bound = tuple_(literal(cursor.dated, Date), literal(cursor.id))
            where.append(position < bound if newest else position > bound)
        order = [Statement.dated.desc(), Statement.id.desc()] if newest else [Statement.dated, Statement.id]
    else:
        where.append(Statement.dated.is_(None))
        if cursor is not None:
            where.append(Statement.id < cursor.id if newest else Statement.id > cursor.id)
        order = [Statement.id.desc() if newest else Statement.id]
    return select(*columns).where(*where).order_by(*order).limit(limit)


def _segment(f: Filter, session: Session, dated: bool, cursor: Cursor | None, limit: int) -> list[Statement]:
    query = segment_select(f, session, dated, cursor, limit, Statement).options(
        joinedload(Statement.actor),
        joinedload(Statement.article).load_only(
            Article.key,
            Article.title,
            Article.outlet,
            Article.url,
            Article.published,
            Article.ingested_at,
        ),
    )
    return list(session.scalars(query).unique())


@dataclass(frozen=True)
class Page:
    statements: list[Statement]
    next: Cursor | None  # where the next page starts, None on the last page


def page(session: Session, f: Filter) -> Page:
    want = f.limit + 1
    rows: list[Statement] = []
    if f.after is None or f.after.dated is not None:
        rows = _segment(f, session, dated=True, cursor=f.after, limit=want)
    if len(rows) < want:
        undated_cursor = f.after if f.after is not None and f.after.dated is None else None
        rows += _segment(f, session, dated=False, cursor=undated_cursor, limit=want - len(rows))
    more = len(rows) > f.limit
    rows = rows[: f.limit]
    next_cursor = Cursor(rows[-1].dated, rows[-1].id) if more and rows else None
    return Page(rows, next_cursor)


def count(session: Session, f: Filter) -> int:
    return session.scalar(select(func.count()).select_from(Statement).where(*conditions(f, session))) or 0


def iter_statements(session: Session, f: Filter, batch: int = 1000) -> Iterator[Statement]:
    """Every statement under the filter, in list order, in bounded memory (keyset batches)."""
    current = replace(f, limit=batch, after=None)
    while True:
        result = page(session, current)
        yield from result.statements
        session.expunge_all()
        if result.next is None:
            return
        current = replace(current, after=result.next)


def get_statement(session: Session, public_id: str) -> Statement | None:
    return session.scalars(
        select(Statement).where(Statement.public_id == public_id).options(joinedload(Statement.article))
    ).first()


def get_actor(session: Session, slug: str) -> Actor | None:
    return session.scalars(select(Actor).where(Actor.slug == slug)).first()


def get_country(session: Session, code: str) -> Country | None:
    return session.get(Country, code.upper())


def get_article(session: Session, key: str) -> Article | None:
    return session.scalars(select(Article).where(Article.key == key)).first()


def data_version(session: Session) -> tuple:
    """Changes whenever an ingest stores or replaces an article (two index lookups)."""
    latest = session.scalar(select(func.max(Article.ingested_at)))
    newest = session.scalar(select(func.max(Article.id)))
    return (latest, newest)
