"""HTML routes: the whole page, or only its fragment when htmx asks (HX-Request)."""

from __future__ import annotations

import re
from dataclasses import replace

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup, escape
from sqlalchemy import select

from app import aggregates, queries
from app.models import Actor, Country, Statement
from app.queries import Filter, as_prefix, search_terms
from app.web import charts
from app.web.deps import DbSession
from app.web.filters import all_counts, parse_filter, query_string
from app.web.templating import STANCE_LABELS, is_htmx, render, templates
from app.web.urls import absolute

router = APIRouter()

# What each filter field is called on screen, for the "remove this filter" links.
FIELD_LABELS = {
    "q": "search",
    "countries": "country",
    "actors": "speaker",
    "stances": "stance",
    "kinds": "kind",
    "outlets": "outlet",
    "article": "article",
    "date_from": "from date",
    "date_to": "to date",
}


def highlight(text: str | None, q: str | None) -> Markup:
    """`text` escaped, with the words searched for wrapped in <mark>, any case, as the search matches
    them: whole words, and the words the last one starts when it is asked as a prefix."""
    text = text or ""
    terms = search_terms(q)
    if not terms:
        return Markup(escape(text))
    last = re.escape(terms[-1]) + (r"\w*" if as_prefix(terms) else r"\b")
    whole = [re.escape(t) + r"\b" for t in terms[:-1]]
    pattern = re.compile(r"\b(?:" + "|".join([last, *whole]) + ")", re.IGNORECASE)
    out, position = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[position : match.start()]))
        out.append(Markup("<mark>") + escape(match.group(0)) + Markup("</mark>"))
        position = match.end()
    out.append(escape(text[position:]))
    return Markup("").join(out)


def as_quoted(text: str | None) -> str:
    """A quotation as readers see it between marks: the comma or colon that stood inside the
    closing mark only because the sentence went on ("…for Germany," he said) is left out. The
    stored text keeps the exact characters."""
    return (text or "").rstrip().rstrip(",;:").rstrip()


def date_note(s: Statement) -> str:
    """How the date was known, in words."""
    if s.said_on_source == "stated" and s.said_on:
        how = f"said on {s.said_on.isoformat()}"
        if s.said_on_precision and s.said_on_precision != "day":
            how += f" (to the {s.said_on_precision})"
        if s.said_on_expression:
            how += f", from “{s.said_on_expression}” in the article"
        return how
    if s.said_on_source == "article_date" and s.dated:
        return "the article's date; the article does not say when it was said"
    return "unknown: neither the article nor its date says"


def span_context(article_text: str, start: int, end: int, quote: str, reach: int = 400) -> Markup | None:
    """The sentence(s) around article_text[start:end], escaped, with the quote in <mark>."""
    if not (0 <= start < end <= len(article_text)):
        return None
    lo = max(0, start - reach)
    before = article_text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    before = before[cut + 1 :].lstrip() if cut >= 0 else ("…" if lo else "") + before
    after = article_text[end : end + reach]
    stop = min(
        [i for i in (after.find(". "), after.find("\n"), after.find("? "), after.find("! ")) if i >= 0],
        default=-1,
    )
    after = after[: stop + 1] if stop >= 0 else after + ("…" if end + reach < len(article_text) else "")
    return Markup("{}<mark>{}</mark>{}").format(before, article_text[start:end], after)


def marked_article(article_text: str, statements: list[Statement]) -> Markup:
    """The whole article, escaped, with every statement's span linked to its permalink."""
    out, position = [], 0
    for s in sorted(statements, key=lambda s: (s.span_start, s.span_end)):
        if s.span_start < position or not (0 <= s.span_start < s.span_end <= len(article_text)):
            continue
        out.append(escape(article_text[position : s.span_start]))
        out.append(
            Markup('<a class="span span-{}" href="/quotes/{}" title="{}"><mark>{}</mark></a>').format(
                s.stance,
                s.public_id,
                f"{s.actor.name}: {STANCE_LABELS.get(s.stance, s.stance)}",
                article_text[s.span_start : s.span_end],
            )
        )
        position = s.span_end
    out.append(escape(article_text[position:]))
    return Markup("").join(out)


templates.env.filters["highlight"] = highlight
templates.env.filters["as_quoted"] = as_quoted
templates.env.globals["date_note"] = date_note


def active_filters(f: Filter, session: DbSession) -> list[tuple[str, str, str]]:
    """(label, shown value, link to the same view without it) for each filter in use."""
    names = {}
    if f.countries:
        names = dict(
            session.execute(select(Country.code, Country.name).where(Country.code.in_(f.countries))).all()
        )
    actor_names = {}
    if f.actors:
        actor_names = dict(
            session.execute(select(Actor.slug, Actor.name).where(Actor.slug.in_(f.actors))).all()
        )
    shown = {
        "q": f"“{f.q}”" if f.q else "",
        "countries": ", ".join(names.get(c, c) for c in f.countries),
        "actors": ", ".join(actor_names.get(a, a) for a in f.actors),
        "stances": ", ".join(STANCE_LABELS.get(s, s) for s in f.stances),
        "kinds": ", ".join(f.kinds),
        "outlets": ", ".join(f.outlets),
        "article": f.article or "",
        "date_from": f.date_from.isoformat() if f.date_from else "",
        "date_to": f.date_to.isoformat() if f.date_to else "",
    }
    out = []
    for name, label in FIELD_LABELS.items():
        if shown[name]:
            rest = query_string(f.without(name))
            out.append((label, shown[name], "/quotes" + (f"?{rest}" if rest else "")))
    return out


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, session: DbSession) -> HTMLResponse:
    latest = aggregates.latest_stances(session)
    names = aggregates.country_names(session)
    buckets = aggregates.timeline(session, Filter())
    ordered = sorted(aggregates.MAP_COUNTRIES, key=lambda c: names.get(c, c))
    context = {
        "counts": aggregates.overview(session),
        "tile_map": charts.tile_map(latest, names),
        "latest": latest,
        "names": names,
        "map_countries": ordered,
        "groups": [
            (st, [c for c in ordered if c in latest and latest[c].stance == st]) for st in STANCE_LABELS
        ],
        "timeline": charts.timeline_chart(buckets),
        "buckets": buckets,
        "page": queries.page(session, Filter(limit=8)),
        "filter": Filter(),
    }
    return render(request, "index.html", context)


@router.get("/quotes", response_class=HTMLResponse)
def statements(request: Request, session: DbSession) -> HTMLResponse:
    f = parse_filter(request.query_params)
    everything = all_counts(request.query_params)
    search = queries.search_for(session, f.q)
    result = queries.page(session, f, search)
    if is_htmx(request) and request.headers.get("HX-Target") == "more":
        return render(request, "quotes.html", {"filter": f, "page": result}, block="rows")
    sampled = search is not None and not search.counted and not everything
    facets = aggregates.facets(session, f, sample=sampled, search=search)
    context = {
        "filter": f,
        "page": result,
        "facets": facets,
        "total": aggregates.total_from_facets(f, facets),
        "sample": sample_note(f) if sampled else None,
        "active": active_filters(f, session),
        "htmx": is_htmx(request),
    }
    return render(request, "quotes.html", context, block="results")


def sample_note(f: Filter) -> dict[str, object]:
    """What a page says of a search it counted from a sample of its matches: how many statements
    it counted, whether the search is the only filter (then more than that many are under it) and
    the link to count them all."""
    return {
        "size": queries.COUNT_CAP,
        "only_search": replace(f, q=None, after=None).is_empty,
        "count_all": "/quotes?" + query_string(f, count="all"),
    }


@router.get("/suggest/actors", response_class=HTMLResponse)
def suggest_actors(request: Request, session: DbSession) -> HTMLResponse:
    typed = request.query_params.get("actor", "")
    return render(request, "_actor_options.html", {"actors": aggregates.suggest_actors(session, typed)})


@router.get("/quotes/{public_id}", response_class=HTMLResponse)
def quote(request: Request, public_id: str, session: DbSession) -> HTMLResponse:
    s = queries.get_statement(session, public_id)
    if s is None:
        raise HTTPException(404, "There is no statement with this id.")
    others = [
        o for o in queries.page(session, Filter(actors=(s.actor.slug,), limit=11)).statements if o.id != s.id
    ]
    country = f" ({s.country.name})" if s.country else ""
    context = {
        "s": s,
        "context": span_context(s.article.text, s.span_start, s.span_end, s.text),
        "others": others[:10],
        "more_by_actor": query_string(Filter(actors=(s.actor.slug,))),
        "og_title": f"{s.actor.name}{country} on NATO troops in Ukraine",
        "canonical": absolute(request, f"/quotes/{s.public_id}"),
    }
    return render(request, "quote.html", context)


def _timeline(session: DbSession, f: Filter, title: str) -> tuple[Markup, list[aggregates.Bucket]]:
    buckets = aggregates.timeline(session, f)
    return charts.timeline_chart(buckets, title), buckets


@router.get("/actors/{slug}", response_class=HTMLResponse)
def actor(request: Request, slug: str, session: DbSession) -> HTMLResponse:
    a = queries.get_actor(session, slug)
    if a is None:
        raise HTTPException(404, "There is no actor with this name.")
    f = Filter(actors=(a.slug,))
    chart, buckets = _timeline(session, f, f"{a.name}: statements per month by stance")
    context = {
        "actor": a,
        "filter": f,
        "page": queries.page(session, f),
        "total": aggregates.count(session, f),
        "stances": aggregates.counts(session, f, "stance"),
        "timeline": chart,
        "buckets": buckets,
    }
    return render(request, "actor.html", context)


@router.get("/countries/{code}", response_class=HTMLResponse)
def country(request: Request, code: str, session: DbSession) -> HTMLResponse:
    c = queries.get_country(session, code) if len(code) == 2 else None
    if c is None:
        raise HTTPException(404, "There is no country with this code.")
    f = Filter(countries=(c.code,))
    chart, buckets = _timeline(session, f, f"{c.name}: statements per month by stance")
    by_actor = aggregates.counts(session, f, "actor_id")
    speakers = session.scalars(select(Actor).where(Actor.id.in_(by_actor))).all()
    actors = sorted(((a, by_actor[a.id]) for a in speakers), key=lambda pair: (-pair[1], pair[0].name))
    context = {
        "country": c,
        "filter": f,
        "page": queries.page(session, f),
        "total": sum(by_actor.values()),
        "actors": actors,
        "latest": aggregates.latest_stances(session, [c.code]).get(c.code),
        "timeline": chart,
        "buckets": buckets,
    }
    return render(request, "country.html", context)


@router.get("/articles/{key:path}", response_class=HTMLResponse)
def article(request: Request, key: str, session: DbSession) -> HTMLResponse:
    a = queries.get_article(session, key)
    if a is None:
        raise HTTPException(404, "There is no article with this key.")
    context = {
        "article": a,
        "marked": marked_article(a.text, list(a.statements)),
        "statements": sorted(a.statements, key=lambda s: s.span_start),
        "filter": replace(Filter(), article=a.key),
    }
    return render(request, "article.html", context)
