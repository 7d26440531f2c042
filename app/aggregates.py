"""Counts for the dashboard: overview totals, facet counts, each country's latest stance, timeline
buckets, the number of statements under a filter.

Counts come from the count tables (app/models.py, kept current by ingest) whenever a filter can be
answered from them: filters on country, stance, kind, speaker or outlet (not both of the last two),
and date ranges, whose whole months are read from the tables and whose partial months at either
end are counted from the statements (the date index). A search (`q`) or an article filter is
counted from the statements, its five facets in one grouped query. A search that matches more than
COUNT_CAP statements is counted, on a page, from COUNT_CAP of them (`facets` with `sample=True`),
and the page says so. Bound parameters only.

A filter's way from the URL: app/web/filters.py (parse) -> here (which table) -> app/queries.py
`conditions` (the WHERE clause, over the statements or a count table)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from app.models import (
    COUNT_TABLES,
    NO_MONTH,
    STANCES,
    Actor,
    ActorCount,
    ActorMonthCount,
    Article,
    ArticleCount,
    Count,
    Country,
    MonthCount,
    OutletCount,
    OutletMonthCount,
    Statement,
)
from app.queries import Filter, Matching, Search, conditions, search_for, search_total

# The countries of the overview map: every NATO member, Ukraine and Russia.
MAP_COUNTRIES = (
    "AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT",
    "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US", "UA", "RU",
)  # fmt: skip


@dataclass(frozen=True)
class Overview:
    statements: int
    actors: int
    countries: int
    articles: int
    first: dt.date | None
    last: dt.date | None


def overview(session: Session) -> Overview:
    """Totals from the count tables; the first and last dates from the ends of the date index."""
    first = session.scalar(select(func.min(Statement.dated)))
    last = session.scalar(select(func.max(Statement.dated)))
    actors = len(counts(session, Filter(), "actor_id"))
    countries = len([c for c in counts(session, Filter(), "country") if c])
    articles = session.scalar(select(func.sum(ArticleCount.n))) or 0
    return Overview(count(session, Filter()), actors, countries, articles, first, last)


@dataclass(frozen=True)
class Latest:
    """A country's most recent statement that takes a side (neutral ones say nothing of where it stands)."""

    code: str
    stance: str
    dated: dt.date | None
    public_id: str
    actor: str


def latest_stances(session: Session, codes: tuple[str, ...] | list[str] = MAP_COUNTRIES) -> dict[str, Latest]:
    """One index range scan per country (ix_statements_country_dated, backwards), in one query for
    all of them; then those statements by id."""
    newest = (
        select(Statement.id)
        .where(Statement.country_code == Country.code, Statement.dated.is_not(None))
        .where(Statement.stance != "neutral")
        .order_by(Statement.dated.desc(), Statement.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    ids = [i for i in session.scalars(select(newest).where(Country.code.in_(codes))) if i is not None]
    query = (
        select(Statement.country_code, Statement.stance, Statement.dated, Statement.public_id, Actor.name)
        .join(Actor, Actor.id == Statement.actor_id)
        .where(Statement.id.in_(ids))
    )
    return {row[0]: Latest(*row) for row in session.execute(query)}


def country_names(session: Session, codes: tuple[str, ...] | list[str] = MAP_COUNTRIES) -> dict[str, str]:
    return dict(session.execute(select(Country.code, Country.name).where(Country.code.in_(codes))).all())


# Facets: for each filter, how many statements each of its values would give under the other filters.


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    counted: bool = True  # False: a value outside a search's sample, listed so it can be ticked


def facets(
    session: Session, f: Filter, sample: bool = False, search: Search | None = None
) -> dict[str, list[FacetValue]]:
    """Counts for country, stance, kind, outlet and speaker; each ignores its own filter. `sample`:
    a search that matches more than COUNT_CAP statements is counted among COUNT_CAP of its matches
    (app.queries `_matches`), not all of them. `search`: `search_for(session,
    f.q)`, if the caller has it."""
    f = replace(f, after=None)
    if f.q or f.article:
        if search is None:
            search = search_for(session, f.q)
        how: Matching = "sample" if sample and search is not None and not search.counted else "all"
        by = _facets_at_once(session, f, search, how)
        sampled = how == "sample"
    else:
        by = {name: counts(session, f.without(field), name) for field, name in FACETS.items()}
        sampled = False
    out: dict[str, list[FacetValue]] = {}

    out["stance"] = [FacetValue(s, s, by["stance"].get(s, 0), s in f.stances) for s in STANCES]
    out["kind"] = [FacetValue(k, k, by["kind"].get(k, 0), k in f.kinds) for k in ("direct", "reported")]

    countries = _ranked(by["country"])
    names = dict(session.execute(select(Country.code, Country.name)).all())
    listed = {c for c, _ in countries}
    values = [FacetValue(str(c), names.get(str(c), str(c)), n, c in f.countries) for c, n in countries if c]
    values += [FacetValue(c, names.get(c, c), 0, True) for c in f.countries if c not in listed]
    if sampled:
        # every state with statements, from the count table: one outside the sample can still be ticked
        listed |= set(f.countries)
        held = counts(session, Filter(), "country")
        values += [
            FacetValue(str(c), names.get(str(c), str(c)), 0, False, False)
            for c in held
            if c and c not in listed
        ]
    out["country"] = sorted(values, key=lambda v: v.label)

    outlets = _ranked(by["outlet"])
    listed = {o for o, _ in outlets}
    values = [FacetValue(str(o), str(o), n, o in f.outlets) for o, n in outlets if o]
    values += [FacetValue(o, o, 0, True) for o in f.outlets if o not in listed]
    if sampled:
        listed |= set(f.outlets)
        held = counts(session, Filter(), "outlet")
        values += [
            FacetValue(str(o), str(o), 0, False, False) for o, _ in _ranked(held) if o and o not in listed
        ]
    out["outlet"] = values

    actors = _ranked(by["actor_id"])
    info = {
        a.id: a
        for a in session.execute(
            select(Actor.id, Actor.slug, Actor.name, Actor.country_code).where(
                Actor.id.in_([i for i, _ in actors[:300]]) | Actor.slug.in_(f.actors)
            )
        )
    }
    values = []
    for actor_id, n in actors[:300]:
        a = info.get(actor_id)  # type: ignore[call-overload]
        if a is not None:
            label = f"{a.name} ({a.country_code})" if a.country_code else a.name
            values.append(FacetValue(a.slug, label, n, a.slug in f.actors))
    listed = {v.value for v in values}
    for a in info.values():
        if a.slug in f.actors and a.slug not in listed:
            values.append(FacetValue(a.slug, a.name, 0, True))
    out["actor"] = values
    return out


def _ranked(values: Counter[Any]) -> list[tuple[Any, int]]:
    """Most statements first, then by value."""
    return sorted(values.items(), key=lambda item: (-item[1], str(item[0])))


def total_from_facets(f: Filter, facet_values: dict[str, list[FacetValue]]) -> int:
    """The number of statements under the whole filter, read off the stance facet (saves a count)."""
    stances = facet_values["stance"]
    return sum(v.count for v in stances if v.selected or not f.stances)


def suggest_actors(session: Session, text: str, limit: int = 20) -> list[tuple[str, str, str | None, int]]:
    """Actors whose name or an alias contains the words typed, most quoted first: (slug, name, country, n)."""
    words = text.strip()[:100]
    if not words:
        return []
    pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    from app.models import ActorAlias

    aliased = select(ActorAlias.actor_id).where(ActorAlias.alias.ilike(pattern, escape="\\"))
    n = select(func.count()).where(Statement.actor_id == Actor.id).scalar_subquery()
    rows = session.execute(
        select(Actor.slug, Actor.name, Actor.country_code, n.label("n"))
        .where(
            Actor.name.ilike(pattern, escape="\\")
            | Actor.id.in_(aliased)
            | Actor.slug.startswith(words.lower(), autoescape=True)
        )
        .order_by(n.desc(), Actor.name)
        .limit(limit)
    ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


# Timeline: statements per month and stance.


@dataclass(frozen=True)
class Bucket:
    month: dt.date  # the first day of the month
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def timeline(session: Session, f: Filter) -> list[Bucket]:
    """Every month from the first to the last dated statement under the filter, empty months too."""
    by_month: dict[dt.date, dict[str, int]] = {}
    for (month, stance), n in counts(session, f, "month", "stance").items():
        if month != NO_MONTH:
            by_month.setdefault(dt.date(month // 100, month % 100, 1), {})[stance] = n
    if not by_month:
        return []
    first, last = min(by_month), max(by_month)
    buckets, current = [], first
    while current <= last:
        buckets.append(Bucket(current, {s: by_month.get(current, {}).get(s, 0) for s in STANCES}))
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return buckets


# Counting. A statement's counted dimensions, as SQL over statements joined to their article; the
# count tables are keyed by some of them (their primary key columns have the same names).

FACETS = {  # filter field -> the dimension of its facet
    "stances": "stance",
    "kinds": "kind",
    "countries": "country",
    "outlets": "outlet",
    "actors": "actor_id",
}
# Smallest first: a count is read from the first table whose key has every dimension it needs.
BY_SIZE = (Count, MonthCount, ActorCount, OutletCount, ActorMonthCount, OutletMonthCount)


def month_key(column: Any, dialect: str) -> ColumnElement[int]:
    """year * 100 + month of a date column, NO_MONTH when it is NULL."""
    text = func.to_char(column, "YYYYMM") if dialect == "postgresql" else func.strftime("%Y%m", column)
    return func.coalesce(cast(text, Integer), NO_MONTH)


def dimensions(dialect: str) -> dict[str, ColumnElement[Any]]:
    # Grouping SQLite by an expression, not a bare column, keeps it from walking a whole index in
    # group order with a row lookup for each entry: a filtered scan and a small sort is faster.
    # PostgreSQL estimates groups from a bare column's statistics (and then hashes them).
    bare = dialect == "postgresql"
    return {
        "month": month_key(Statement.dated, dialect),
        "country": func.coalesce(Statement.country_code, ""),
        "stance": Statement.stance if bare else func.coalesce(Statement.stance, ""),
        "kind": Statement.kind if bare else func.coalesce(Statement.kind, ""),
        "actor_id": Statement.actor_id if bare else func.coalesce(Statement.actor_id, 0),
        "outlet": func.coalesce(Article.outlet, ""),
    }


def grouped(dialect: str, names: tuple[str, ...], *where: ColumnElement[bool]) -> Select[Any]:
    """SELECT the dimensions `names` and the number of statements (under `where`) of each."""
    dims = dimensions(dialect)
    columns = [dims[name] for name in names]
    query = select(*columns, func.count()).select_from(Statement)
    if "outlet" in names:
        query = query.join(Article, Article.id == Statement.article_id)
    return query.where(*where).group_by(*columns)


def rebuild_counts(connection: Connection) -> None:
    """Recount every count table from the statements and articles (migration 0004, bulk loads)."""
    for table in COUNT_TABLES:
        keys = [column.name for column in table.__table__.primary_key]
        connection.execute(delete(table))
        query = grouped(connection.dialect.name, tuple(keys))
        connection.execute(insert(table).from_select([*keys, "n"], query))
    connection.execute(delete(ArticleCount))
    connection.execute(insert(ArticleCount).from_select(["outlet", "n"], articles_by_outlet()))


def articles_by_outlet(*where: ColumnElement[bool]) -> Select[Any]:
    outlet = func.coalesce(Article.outlet, "")
    return select(outlet, func.count()).where(*where).group_by(outlet)


def counts(
    session: Session, f: Filter, *names: str, search: Search | None = None, how: Matching = "all"
) -> Counter[Any]:
    """The number of statements under `f` for each value of the dimension `names` (one name: the
    value; more: a tuple), values without statements left out. `search`, `how`: see
    app.queries.conditions."""
    f = replace(f, after=None)
    whole, edges = _months(f)
    dated = f.date_from is not None or f.date_to is not None
    table = None if dated and whole is None else _table_for(f, names, monthly=dated)
    if table is None:
        edges, whole = [f], None
    out: Counter[Any] = Counter()
    for edge in edges:
        out.update(_from_statements(session, edge, names, search, how))
    if table is not None:
        out.update(_from_counts(session, table, f, names, whole))
    return +out


def count(session: Session, f: Filter) -> int:
    """The number of statements under the filter; a search alone from the full-text index alone."""
    if f.q and replace(f, q=None, after=None).is_empty:
        search = search_for(session, f.q)
        if search is not None:
            return search_total(session, search)
    return counts(session, f).get((), 0)


def _table_for(f: Filter, names: tuple[str, ...], monthly: bool) -> type[Any] | None:
    if f.q or f.article:
        return None
    needed = {*names, *(name for field, name in FACETS.items() if getattr(f, field))}
    if monthly:
        needed.add("month")
    for table in BY_SIZE:
        if needed <= {column.name for column in table.__table__.primary_key}:
            return table
    return None


def _months(f: Filter) -> tuple[tuple[int, int | None] | None, list[Filter]]:
    """A date range split into its whole months, as month keys (first, last or None: no end), and
    filters for the days before and after them. (None, []) without a date range; (None, [f]) when
    it has no whole month."""
    if f.date_from is None and f.date_to is None:
        return None, []
    first = f.date_from
    if first is not None and first.day != 1:
        first = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    last = f.date_to
    if last is not None and last.day != calendar.monthrange(last.year, last.month)[1]:
        last = last.replace(day=1) - dt.timedelta(days=1)
    if first is not None and last is not None and first > last:
        return None, [f]
    edges = []
    if f.date_from is not None and first is not None and f.date_from < first:
        edges.append(replace(f, date_to=first - dt.timedelta(days=1)))
    if f.date_to is not None and last is not None and f.date_to > last:
        edges.append(replace(f, date_from=last + dt.timedelta(days=1)))
    whole = (
        first.year * 100 + first.month if first else NO_MONTH + 1,
        last.year * 100 + last.month if last else None,
    )
    return whole, edges


def _value(row: Any, size: int) -> Any:
    return row[0] if size == 1 else () if size == 0 else tuple(row[:size])


def _from_statements(
    session: Session, f: Filter, names: tuple[str, ...], search: Search | None = None, how: Matching = "all"
) -> Counter[Any]:
    where = conditions(f, session, search=search, how=how)
    query = grouped(session.get_bind().dialect.name, names, *where)
    return Counter({_value(row, len(names)): row[-1] for row in session.execute(query)})


def _from_counts(
    session: Session, table: Any, f: Filter, names: tuple[str, ...], whole: tuple[int, int | None] | None
) -> Counter[Any]:
    where = conditions(f, session, counts=table)
    if whole is not None:
        where.append(table.month >= whole[0])
        if whole[1] is not None:
            where.append(table.month <= whole[1])
    columns = [getattr(table, name) for name in names]
    total = func.sum(table.n)
    query = select(*columns, total).where(*where)
    if columns:
        query = query.group_by(*columns).having(total > 0)
    return Counter({_value(row, len(names)): int(row[-1] or 0) for row in session.execute(query)})


def _facets_at_once(
    session: Session, f: Filter, search: Search | None, how: Matching
) -> dict[str, Counter[Any]]:
    """The facets of a filter the count tables cannot answer (a search, an article) in one query:
    the statements it matches whatever their country, stance, kind, speaker and outlet are read
    once (a materialized CTE), then grouped by each of the five, counting those that pass the four
    other facets' filters."""
    dialect = session.get_bind().dialect.name
    names = tuple(FACETS.values())
    dims = dimensions(dialect)
    unfaceted = replace(f, **{field: () for field in FACETS})
    matched = (
        select(*(dims[name].label(name) for name in names))
        .select_from(Statement)
        .join(Article, Article.id == Statement.article_id)
        .where(*conditions(unfaceted, session, search=search, how=how))
        .cte("matched")
        .prefix_with("MATERIALIZED")
    )
    selected: dict[str, Any] = {name: getattr(f, key) for key, name in FACETS.items() if getattr(f, key)}
    if f.actors:
        selected["actor_id"] = list(session.scalars(select(Actor.id).where(Actor.slug.in_(f.actors))))
    per_facet = [
        select(literal(name), cast(matched.c[name], String), func.count())
        .where(*(matched.c[other].in_(values) for other, values in selected.items() if other != name))
        .group_by(matched.c[name])
        for name in names
    ]
    out: dict[str, Counter[Any]] = {name: Counter() for name in names}
    for name, value, n in session.execute(union_all(*per_facet)):
        out[name][int(value) if name == "actor_id" else value] += n
    return out
