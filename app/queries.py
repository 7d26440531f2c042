"""Filter -> SELECT: the one place that reads statements.

Every view (pages, fragments, the JSON API, feeds, exports) builds a `Filter` with
`app.web.filters.parse_filter` and hands it to the functions here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Date,
    Integer,
    Select,
    any_,
    bindparam,
    func,
    literal,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session, joinedload

from app.models import Actor, Article, Count, Country, Statement

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
    """The words of a search box entry; every word must match (the last as a prefix, see below)."""
    return re.findall(r"\w+", q or "")[:20]


PREFIX_MIN = 3  # a last word shorter than this is matched whole: "EU", "UN", not every word "t" starts


def as_prefix(terms: Sequence[str]) -> bool:
    """Whether the last word of a search also finds the words it starts ("troop": "troops",
    "trooper"). One or two letters are taken whole: the search form sends them while one types, and
    they start too many words to read quickly ("t" at a million statements: 0.4 s)."""
    return len(terms[-1]) >= PREFIX_MIN


# A search, as the database is asked it. How a list of its matches is read depends on how many
# there are (`page`); how its facets are counted too (app/aggregates.py).

COUNT_CAP = 2_000  # a search matching more statements is counted from this many of them, and says so
PLAN_CAP = 20_000  # SQLite counts its matches up to this many, to choose how to list them
PREFIX_WORDS = 8  # a last word that starts more words of the index than this is asked as a prefix
# What listing a search costs on SQLite, in microseconds, measured at 1M statements: a
# match read from the full-text index by id and sorted in; a match put into the set a walk checks;
# a statement walked past; a statement tested against the index (per word searched).
READ_COST, SET_COST, STEP_COST, TEST_COST = 1.5, 0.3, 0.5, 40
WALK_FACTOR, WALK_SLACK = 4, 1000  # a walk stops after this many times the statements it should need, + slack


@dataclass(frozen=True)
class Search:
    terms: tuple[str, ...]
    expression: str  # FTS5 MATCH text on SQLite, tsquery text on PostgreSQL (bound, never spliced)
    by_name: bool  # SQLite: every word asked by name (no prefix), so one statement is cheap to test
    matches: int  # the statements it matches whatever the other filters, counted up to a cap (below)
    estimate: int  # SQLite: the same, estimated past PLAN_CAP from how far into the ids they reach
    sample: tuple[int, ...] = ()  # PostgreSQL: the ids of COUNT_CAP matches, read with the count

    @property
    def counted(self) -> bool:
        """Few enough matches to count them all on every page."""
        return self.matches <= COUNT_CAP


def search_for(session: Session, q: str | None) -> Search | None:
    """The search box entry `q` as the database reads it, and how many statements it matches: up to
    PLAN_CAP + 1 on SQLite, which chooses how to list them by it, COUNT_CAP + 1 on PostgreSQL, whose
    planner chooses by itself (and which has to visit each statement it counts)."""
    terms = tuple(search_terms(q))
    if not terms:
        return None
    if session.get_bind().dialect.name == "postgresql":
        expression = " & ".join(terms) + (":*" if as_prefix(terms) else "")
        found = select(Statement.id).where(_tsquery(expression)).limit(COUNT_CAP + 1)
        ids = tuple(session.scalars(found))
        return Search(terms, expression, False, len(ids), len(ids), ids[:COUNT_CAP])
    expression, by_name = _fts_expression(session, terms)
    # The first PLAN_CAP + 1 matches by id (FTS5's own order): how many, and how far they reach.
    found = text(
        "SELECT count(*), max(rowid) FROM (SELECT rowid FROM statements_fts "
        "WHERE statements_fts MATCH :fts ORDER BY rowid LIMIT :n)"
    ).bindparams(fts=expression, n=PLAN_CAP + 1)
    matches, reach = session.execute(found).one()
    estimate = matches
    if matches > PLAN_CAP:
        # Each end its own subquery: SQLite reads an end of the index for a lone min() or max().
        first = select(func.min(Statement.id)).scalar_subquery()
        last = select(func.max(Statement.id)).scalar_subquery()
        first, last = session.execute(select(first, last)).one()
        estimate = int(matches * (last - first + 1) / max(1, reach - first + 1))
    return Search(terms, expression, by_name, matches, max(matches, estimate))


def search_total(session: Session, search: Search) -> int:
    """Every statement the search matches, exactly (other filters aside): `search.matches` when it
    counted them all, else from the full-text index alone on SQLite (FTS5 keeps one row per
    statement; no statement is read), from the GIN index and the rows on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        if search.matches <= COUNT_CAP:
            return search.matches
        return (
            session.scalar(select(func.count()).select_from(Statement).where(_tsquery(search.expression)))
            or 0
        )
    if search.matches <= PLAN_CAP:
        return search.matches
    counted = text("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH :fts")
    return session.scalar(counted.bindparams(fts=search.expression)) or 0


def _fts_expression(session: Session, terms: Sequence[str]) -> tuple[str, bool]:
    """FTS5 MATCH text: every word, the last as a prefix. A prefix that starts a few words of the index
    is written as those words (`"red" AND ("line" OR "lines")`): FTS5 merges the lists of all the
    words a prefix starts on every query, which a list that tests statement after statement would
    pay for each time. Words are quoted, so FTS5 reads no operators from them."""
    quoted = [f'"{term}"' for term in terms[:-1]]
    if not as_prefix(terms):
        return " ".join([*quoted, f'"{terms[-1]}"']), True
    words = _words_starting(session, terms[-1])
    if not words:  # too many, not plain letters and digits, or none (then nothing matches)
        return " ".join([*quoted, f'"{terms[-1]}"*']), False
    return " AND ".join([*quoted, "(" + " OR ".join(f'"{word}"' for word in words) + ")"]), True


def _words_starting(session: Session, prefix: str) -> list[str] | None:
    """The words of the full-text index that start with `prefix` (one index seek each, migration
    0005), or None when there are more than PREFIX_WORDS or the prefix is not plain ASCII letters
    and digits (whose folding FTS5's tokenizer might do otherwise)."""
    prefix = prefix.lower()
    if not re.fullmatch(r"[a-z0-9]+", prefix):
        return None
    query = text("SELECT term FROM statements_fts_terms WHERE term >= :start LIMIT 1")
    words: list[str] = []
    start = prefix
    while len(words) <= PREFIX_WORDS:
        word = session.scalar(query, {"start": start})
        if word is None or not word.startswith(prefix):
            return words
        words.append(word)
        start = word + "\x01"  # the next word: no word of the index holds a control character
    return None


def _tsquery(expression: str) -> ColumnElement[bool]:
    return text("statements.search @@ to_tsquery('simple', :tsquery)").bindparams(tsquery=expression)


Matching = Literal["all", "set", "test", "sample"]


def _matches(search: Search, dialect: str, how: Matching = "all") -> ColumnElement[bool]:
    """Statements whose text has every word of the search (the last as a prefix): FTS5 on SQLite, a
    tsvector column with a GIN index on PostgreSQL (migration 0002). `how`: "all" reads every match
    from the index and the query looks them up by id; "set" reads them too, but as a set for a
    query that walks an index of statements in list order to check against; "test" asks the index
    about each statement the walk reaches (SQLite; PostgreSQL's planner chooses by itself);
    "sample" keeps COUNT_CAP of the matches: on SQLite those stored last (the highest ids), on
    PostgreSQL the first it gave `search_for` (finding those stored last would visit every match)."""
    if dialect == "postgresql":
        if how != "sample":
            return _tsquery(search.expression)
        # One array parameter, not COUNT_CAP of them: binding each costs more than the query.
        return Statement.id == any_(bindparam("sample", list(search.sample), type_=ARRAY(Integer)))
    if how == "test":
        return text(
            "EXISTS (SELECT 1 FROM statements_fts WHERE statements_fts MATCH :fts "
            "AND statements_fts.rowid = statements.id)"
        ).bindparams(fts=search.expression)
    matching = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts"
    if how == "set":  # `+`: the id is no way into the statements, only a check
        return text(f"+statements.id IN ({matching})").bindparams(fts=search.expression)
    if how == "sample":
        matching += f" ORDER BY rowid DESC LIMIT {COUNT_CAP}"
    return Statement.id.in_(text(matching).bindparams(fts=search.expression))


def conditions(
    f: Filter, session: Session, counts: Any = None, search: Search | None = None, how: Matching = "all"
) -> list[ColumnElement[bool]]:
    """The WHERE clause of a filter over the statements, or over one of the count tables of
    app/models.py (`counts`: its model; only for country, speaker, stance, kind and outlet, the
    caller turns dates into months). `search`: `search_for(session, f.q)` if the caller has it;
    `how`: see `_matches`."""
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
    if search is None:
        search = search_for(session, f.q)
    if search is not None:
        where.append(_matches(search, session.get_bind().dialect.name, how))
    return where


# Lists run newest (or oldest) first by `dated`, then by id. Undated statements come after all
# dated ones. Each of the two segments is one range scan of an index that ends in (dated, id):
# no sort of the whole result, however deep the page (keyset pagination, never OFFSET).
#
# A search is the exception: its matches come from the full-text index, in no useful order. On
# SQLite a rare search reads them all and sorts them; a common one walks the statements in list
# order instead (the index of the other filters) until the page is full, checking each against the
# set of matches, read once, or, for a very common one, testing each against the full-text index:
# "troops", in a third of the statements, fills a page of 50 after about 150, whatever the size.
# Which is cheapest follows from how many statements the search matches (`Search.matches`) and how
# many there are (`_list_plan`). A walk that goes on much longer than that predicts (the other
# filters leave few of the matches) stops at a horizon and the rest of the page is read the first
# way from there. PostgreSQL's planner makes the same choice itself from its statistics.


def segment_select(
    f: Filter,
    session: Session,
    dated: bool,
    cursor: Cursor | None,
    limit: int,
    *columns: Any,
    search: Search | None = None,
    how: Matching = "all",
    until: Cursor | None = None,
) -> Select:
    """SELECT `columns` of one keyset segment: the dated statements ordered by (dated, id), or the
    undated ones by id, after `cursor` (and up to `until`, included). Read through `read_segment`."""
    where = conditions(f, session, search=search, how=how)
    newest = f.sort != "oldest"
    if dated:
        where.append(Statement.dated.is_not(None))
        position = tuple_(Statement.dated, Statement.id)
        if cursor is not None:
            bound = tuple_(literal(cursor.dated, Date), literal(cursor.id))
            where.append(position < bound if newest else position > bound)
        if until is not None:
            bound = tuple_(literal(until.dated, Date), literal(until.id))
            where.append(position >= bound if newest else position <= bound)
        order = [Statement.dated.desc(), Statement.id.desc()] if newest else [Statement.dated, Statement.id]
    else:
        where.append(Statement.dated.is_(None))
        if cursor is not None:
            where.append(Statement.id < cursor.id if newest else Statement.id > cursor.id)
        if until is not None:
            where.append(Statement.id >= until.id if newest else Statement.id <= until.id)
        order = [Statement.id.desc() if newest else Statement.id]
    return select(*columns).where(*where).order_by(*order).limit(limit)


def read_segment(
    f: Filter,
    session: Session,
    dated: bool,
    cursor: Cursor | None,
    limit: int,
    columns: Sequence[Any],
    run: Callable[[Select], list[Any]],
    search: Search | None = None,
) -> list[Any]:
    """Up to `limit` rows of one keyset segment (see `segment_select`), each with `.dated` and `.id`;
    `run` executes a SELECT and returns its rows. A search picks its way here (see above)."""
    if search is None:
        search = search_for(session, f.q)
    plan = _list_plan(session, search, limit) if search is not None else None
    if plan is None:
        return run(segment_select(f, session, dated, cursor, limit, *columns, search=search))
    how, walk = plan
    # The walk's horizon: the walk-th statement of the segment under the other filters.
    others = replace(f, q=None)
    last = segment_select(others, session, dated, cursor, 1, Statement.dated, Statement.id).offset(walk - 1)
    row = session.execute(last).first()
    horizon = Cursor(row.dated, row.id) if row is not None else None
    rows = run(
        segment_select(f, session, dated, cursor, limit, *columns, search=search, how=how, until=horizon)
    )
    if len(rows) < limit and horizon is not None:
        rows += run(segment_select(f, session, dated, horizon, limit - len(rows), *columns, search=search))
    return rows


def _list_plan(session: Session, search: Search, limit: int) -> tuple[Matching, int] | None:
    """How to list `limit` matches of a search on SQLite: a walk ("set" or "test", see `_matches`)
    and how many statements it may walk through (WALK_FACTOR times as many as it should need, and
    WALK_SLACK), or None to read every match and sort them."""
    if session.get_bind().dialect.name != "sqlite" or search.estimate == 0:
        return None
    total = session.scalar(select(func.sum(Count.n))) or 0
    walked = limit * total / search.estimate  # statements walked to find `limit` matches
    costs: dict[Matching, float] = {
        "all": search.estimate * READ_COST,
        "set": search.estimate * SET_COST + walked * STEP_COST,
    }
    if search.by_name:
        costs["test"] = walked * TEST_COST * len(search.terms)
    cheapest = min(costs, key=costs.__getitem__)
    return None if cheapest == "all" else (cheapest, max(1, int(WALK_FACTOR * walked) + WALK_SLACK))


def _segment(
    f: Filter, session: Session, dated: bool, cursor: Cursor | None, limit: int, search: Search | None
) -> list[Statement]:
    """One segment's statements, with their speakers and articles. The keyset query reads only
    (dated, id), so that no database joins a speaker and an article to statements it then leaves
    out (PostgreSQL joins before it sorts); the page's statements are then read by id."""

    def run(query: Select) -> list[Any]:
        return list(session.execute(query))

    rows = read_segment(f, session, dated, cursor, limit, [Statement.dated, Statement.id], run, search)
    if not rows:
        return []
    query = (
        select(Statement)
        .where(Statement.id.in_([row.id for row in rows]))
        .options(
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
    )
    by_id = {s.id: s for s in session.scalars(query).unique()}
    return [by_id[row.id] for row in rows if row.id in by_id]


@dataclass(frozen=True)
class Page:
    statements: list[Statement]
    next: Cursor | None  # where the next page starts, None on the last page


def page(session: Session, f: Filter, search: Search | None = None) -> Page:
    """A page of the list under `f`; `search`: `search_for(session, f.q)`, if the caller has it."""
    want = f.limit + 1
    if search is None:
        search = search_for(session, f.q)
    rows: list[Statement] = []
    if f.after is None or f.after.dated is not None:
        rows = _segment(f, session, dated=True, cursor=f.after, limit=want, search=search)
    if len(rows) < want:
        undated_cursor = f.after if f.after is not None and f.after.dated is None else None
        rows += _segment(
            f, session, dated=False, cursor=undated_cursor, limit=want - len(rows), search=search
        )
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
