"""Counts for the dashboard: overview totals, facet counts, each country's latest stance, timeline
buckets. Grouped SQL through SQLAlchemy (bound parameters only), one query per facet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import STANCES, Actor, Article, Country, Statement
from app.queries import Filter, conditions

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
    statements, first, last = session.execute(
        select(func.count(), func.min(Statement.dated), func.max(Statement.dated)).select_from(Statement)
    ).one()
    actors = session.scalar(select(func.count(func.distinct(Statement.actor_id)))) or 0
    countries = session.scalar(select(func.count(func.distinct(Statement.country_code)))) or 0
    articles = session.scalar(select(func.count()).select_from(Article)) or 0
    return Overview(statements or 0, actors, countries, articles, first, last)


@dataclass(frozen=True)
class Latest:
    """A country's most recent statement that takes a side (neutral ones say nothing of where it stands)."""

    code: str
    stance: str
    dated: dt.date | None
    public_id: str
    actor: str


def latest_stances(session: Session, codes: tuple[str, ...] | list[str] = MAP_COUNTRIES) -> dict[str, Latest]:
    """One index range scan per country (ix_statements_country_dated, backwards)."""
    latest: dict[str, Latest] = {}
    for code in codes:
        row = session.execute(
            select(Statement.stance, Statement.dated, Statement.public_id, Actor.name)
            .join(Actor, Actor.id == Statement.actor_id)
            .where(
                Statement.country_code == code, Statement.dated.is_not(None), Statement.stance != "neutral"
            )
            .order_by(Statement.dated.desc(), Statement.id.desc())
            .limit(1)
        ).first()
        if row is not None:
            latest[code] = Latest(code, row.stance, row.dated, row.public_id, row.name)
    return latest


def country_names(session: Session, codes: tuple[str, ...] | list[str] = MAP_COUNTRIES) -> dict[str, str]:
    return dict(session.execute(select(Country.code, Country.name).where(Country.code.in_(codes))).all())


# Facets: for each filter, how many statements each of its values would give under the other filters.


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


def _grouped(session: Session, f: Filter, column, join=None, blank: object = "") -> list[tuple[object, int]]:  # type: ignore[no-untyped-def]
    # Grouping by an expression, not the bare column, keeps SQLite from walking a whole index in
    # group order with a row lookup for each entry: a filtered scan and a small sort is faster.
    where = conditions(f, session)
    if where:
        column = func.coalesce(column, blank)
    query = select(column, func.count()).select_from(Statement)
    if join is not None:
        query = query.join(*join)
    query = query.where(*where).group_by(column).order_by(func.count().desc())
    return [(value, n) for value, n in session.execute(query).all()]


def facets(session: Session, f: Filter) -> dict[str, list[FacetValue]]:
    """Counts for country, stance, kind, outlet and speaker; each ignores its own filter."""
    f = replace(f, after=None)
    out: dict[str, list[FacetValue]] = {}

    stance_counts = dict(_grouped(session, f.without("stances"), Statement.stance))
    out["stance"] = [FacetValue(s, s, int(stance_counts.get(s, 0)), s in f.stances) for s in STANCES]  # type: ignore[arg-type]

    kind_counts = dict(_grouped(session, f.without("kinds"), Statement.kind))
    out["kind"] = [FacetValue(k, k, int(kind_counts.get(k, 0)), k in f.kinds) for k in ("direct", "reported")]  # type: ignore[arg-type]

    countries = _grouped(session, f.without("countries"), Statement.country_code)
    names = dict(session.execute(select(Country.code, Country.name)).all())
    listed = {c for c, _ in countries}
    values = [FacetValue(str(c), names.get(str(c), str(c)), n, c in f.countries) for c, n in countries if c]
    values += [FacetValue(c, names.get(c, c), 0, True) for c in f.countries if c not in listed]
    out["country"] = sorted(values, key=lambda v: v.label)

    outlets = _grouped(
        session, f.without("outlets"), Article.outlet, (Article, Article.id == Statement.article_id)
    )
    listed = {o for o, _ in outlets}
    values = [FacetValue(str(o), str(o), n, o in f.outlets) for o, n in outlets if o]
    values += [FacetValue(o, o, 0, True) for o in f.outlets if o not in listed]
    out["outlet"] = values

    actors = _grouped(session, f.without("actors"), Statement.actor_id, blank=0)
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
    f = replace(f, after=None)
    if session.get_bind().dialect.name == "postgresql":
        month = func.to_char(Statement.dated, "YYYY-MM")
    else:
        month = func.strftime("%Y-%m", Statement.dated)
    query = (
        select(month, Statement.stance, func.count())
        .where(*conditions(f, session), Statement.dated.is_not(None))
        .group_by(month, Statement.stance)
    )
    counts: dict[dt.date, dict[str, int]] = {}
    for label, stance, n in session.execute(query).all():
        year, mon = str(label).split("-")
        counts.setdefault(dt.date(int(year), int(mon), 1), {})[stance] = n
    if not counts:
        return []
    first, last = min(counts), max(counts)
    buckets, current = [], first
    while current <= last:
        buckets.append(Bucket(current, {s: counts.get(current, {}).get(s, 0) for s in STANCES}))
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return buckets
