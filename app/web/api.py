"""JSON routes: the same Filter, the same queries as the pages. Documented at /docs."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel
from sqlalchemy import select

from app import aggregates, queries
from app.models import Actor, Article, Country, Statement
from app.web.deps import DbSession
from app.web.filters import parse_filter, query_string
from app.web.urls import absolute


class ErrorOut(BaseModel):
    error: str
    detail: str


ERRORS = {
    400: {"model": ErrorOut, "description": "A parameter has a bad value"},
    404: {"model": ErrorOut, "description": "No such item"},
    422: {"model": ErrorOut, "description": "The request is malformed"},
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


class CountryOut(BaseModel):
    code: str
    name: str
    nato_member: bool
    nato_joined: int | None
    eu_member: bool
    url: str


class ActorOut(BaseModel):
    slug: str
    name: str
    type: Literal["person", "government", "organization", "group"]
    role: str | None
    country: str | None
    url: str


class SourceOut(BaseModel):
    article: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None


class StatementOut(BaseModel):
    id: str
    url: str
    kind: Literal["direct", "reported"]
    text: str
    speaker: ActorOut
    country: str | None
    stance: Literal["support", "open", "oppose", "neutral"]
    stance_reason: str | None
    cue: str | None
    said_on: dt.date | None
    said_on_precision: Literal["day", "week", "month", "year"] | None
    said_on_source: Literal["stated", "article_date", "unknown"]
    said_on_expression: str | None
    dated: dt.date | None
    source: SourceOut


class StatementList(BaseModel):
    count: int
    statements: list[StatementOut]
    next: str | None


class ActorDetail(ActorOut):
    aliases: list[str]
    stances: dict[str, int]
    statements: str


class CountryDetail(CountryOut):
    stances: dict[str, int]
    actors: list[ActorOut]
    statements: str


class ArticleOut(SourceOut):
    text: str
    statements: list[StatementOut]


def actor_out(request: Request, actor: Actor) -> ActorOut:
    return ActorOut(
        slug=actor.slug,
        name=actor.name,
        type=actor.type,
        role=actor.role,  # type: ignore[arg-type]
        country=actor.country_code,
        url=absolute(request, f"/api/actors/{actor.slug}"),
    )


def country_out(request: Request, country: Country) -> CountryOut:
    return CountryOut(
        code=country.code,
        name=country.name,
        nato_member=country.nato_member,
        nato_joined=country.nato_joined,
        eu_member=country.eu_member,
        url=absolute(request, f"/api/countries/{country.code}"),
    )


def statement_out(request: Request, s: Statement) -> StatementOut:
    a = s.article
    return StatementOut(
        id=s.public_id,
        url=absolute(request, f"/quotes/{s.public_id}"),
        kind=s.kind,
        text=s.text,  # type: ignore[arg-type]
        speaker=actor_out(request, s.actor),
        country=s.country_code,
        stance=s.stance,  # type: ignore[arg-type]
        stance_reason=s.stance_reason,
        cue=s.cue,
        said_on=s.said_on,
        said_on_precision=s.said_on_precision,
        said_on_source=s.said_on_source,  # type: ignore[arg-type]
        said_on_expression=s.said_on_expression,
        dated=s.dated,
        source=source_out(a),
    )


def source_out(a: Article) -> SourceOut:
    return SourceOut(article=a.key, title=a.title, outlet=a.outlet, url=a.url, published=a.published)


def stance_counts(session: DbSession, f: queries.Filter) -> dict[str, int]:
    return dict(aggregates.counts(session, f, "stance"))


Many = Annotated[list[str] | None, Query()]
One = Annotated[str | None, Query()]


@router.get("/statements", response_model=StatementList)
def list_statements(
    request: Request,
    session: DbSession,
    country: Many = None,
    actor: Many = None,
    stance: Many = None,
    kind: Many = None,
    outlet: Many = None,
    article: One = None,
    q: One = None,
    sort: One = None,
    after: One = None,
    limit: One = None,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: One = None,
) -> StatementList:
    """Statements under the filters of `/quotes` (the same parameters, the same meaning), newest first.
    Follow `next` for the following page."""
    f = parse_filter(request.query_params)
    result = queries.page(session, f)
    next_url = None
    if result.next is not None:
        next_url = absolute(
            request, "/api/statements?" + query_string(f, after=result.next.encode(), limit=f.limit)
        )
    return StatementList(
        count=aggregates.count(session, f),
        statements=[statement_out(request, s) for s in result.statements],
        next=next_url,
    )


@router.get("/statements/{public_id}", response_model=StatementOut)
def get_statement(public_id: str, request: Request, session: DbSession) -> StatementOut:
    statement = queries.get_statement(session, public_id)
    if statement is None:
        raise HTTPException(404, f"no statement with id {public_id[:40]!r}")
    return statement_out(request, statement)


@router.get("/actors", response_model=list[ActorOut])
def list_actors(request: Request, session: DbSession, country: One = None) -> list[ActorOut]:
    """Every actor, by name; `country` narrows to one country's."""
    f = parse_filter(request.query_params)
    query = select(Actor).order_by(Actor.name)
    if f.countries:
        query = query.where(Actor.country_code.in_(f.countries))
    return [actor_out(request, a) for a in session.scalars(query).unique()]


@router.get("/actors/{slug}", response_model=ActorDetail)
def get_actor(slug: str, request: Request, session: DbSession) -> ActorDetail:
    actor = queries.get_actor(session, slug)
    if actor is None:
        raise HTTPException(404, f"no actor {slug[:40]!r}")
    return ActorDetail(
        **actor_out(request, actor).model_dump(),
        aliases=[a.alias for a in actor.aliases],
        stances=stance_counts(session, queries.Filter(actors=(actor.slug,))),
        statements=absolute(request, f"/api/statements?actor={actor.slug}"),
    )


@router.get("/countries", response_model=list[CountryOut])
def list_countries(request: Request, session: DbSession) -> list[CountryOut]:
    """The countries that have statements."""
    with_statements = [code for code in aggregates.counts(session, queries.Filter(), "country") if code]
    query = select(Country).where(Country.code.in_(with_statements)).order_by(Country.name)
    return [country_out(request, c) for c in session.scalars(query)]


@router.get("/countries/{code}", response_model=CountryDetail)
def get_country(code: str, request: Request, session: DbSession) -> CountryDetail:
    country = queries.get_country(session, code) if len(code) == 2 else None
    if country is None:
        raise HTTPException(404, f"no country {code[:10]!r}")
    actors = session.scalars(select(Actor).where(Actor.country_code == country.code).order_by(Actor.name))
    return CountryDetail(
        **country_out(request, country).model_dump(),
        stances=stance_counts(session, queries.Filter(countries=(country.code,))),
        actors=[actor_out(request, a) for a in actors.unique()],
        statements=absolute(request, f"/api/statements?country={country.code}"),
    )


@router.get("/articles/{key}", response_model=ArticleOut)
def get_article(key: str, request: Request, session: DbSession) -> ArticleOut:
    article = queries.get_article(session, key)
    if article is None:
        raise HTTPException(404, f"no article {key[:40]!r}")
    return ArticleOut(
        **source_out(article).model_dump(),
        text=article.text,
        statements=[statement_out(request, s) for s in article.statements],
    )
