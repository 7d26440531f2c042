"""Query parameters -> Filter, validated. Every view parses its URL here, so a link means the same
everywhere. Bad input raises FilterError, which the app turns into a 400 that says why."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol
from urllib.parse import urlencode

import pycountry

from app.models import KINDS, STANCES
from app.queries import Cursor, Filter

MAX_LIMIT = 200
MAX_VALUES = 50  # of one repeatable parameter
MAX_SEARCH = 200
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")
CURSOR = re.compile(r"^(\d{4}-\d{2}-\d{2}|_)~(\d{1,18})$")
COUNTRY_CODES = frozenset(c.alpha_2 for c in pycountry.countries)


class FilterError(ValueError):
    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


class MultiParams(Protocol):
    """What parse_filter needs of Starlette's QueryParams: every value given for a name."""

    def getlist(self, key: str) -> list[str]: ...


def _values(params: MultiParams, name: str) -> list[str]:
    values: list[str] = []
    for raw in params.getlist(name):
        values.extend(part.strip() for part in raw.split(","))
    values = [v for v in values if v]
    if len(values) > MAX_VALUES:
        raise FilterError(name, f"at most {MAX_VALUES} values")
    return list(dict.fromkeys(values))


def _single(params: MultiParams, name: str) -> str | None:
    values = [v.strip() for v in params.getlist(name) if v.strip()]
    if len(values) > 1:
        raise FilterError(name, "given more than once; give it once")
    return values[0] if values else None


def _date(params: MultiParams, name: str) -> dt.date | None:
    value = _single(params, name)
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FilterError(name, f"{value[:40]!r} is not a date; use YYYY-MM-DD") from None


def _choices(params: MultiParams, name: str, allowed: Sequence[str]) -> tuple[str, ...]:
    values = [v.lower() for v in _values(params, name)]
    for value in values:
        if value not in allowed:
            raise FilterError(name, f"{value[:40]!r} is not one of {', '.join(allowed)}")
    return tuple(values)


def parse_filter(params: MultiParams, default_limit: int = 50) -> Filter:
    """Starlette QueryParams (or anything with getlist) -> Filter."""
    countries = tuple(v.upper() for v in _values(params, "country"))
    for code in countries:
        if code not in COUNTRY_CODES:
            raise FilterError("country", f"{code[:40]!r} is not an ISO 3166-1 alpha-2 country code")
    actors = tuple(v.lower() for v in _values(params, "actor"))
    for slug in actors:
        if not SLUG.match(slug):
            raise FilterError("actor", f"{slug[:40]!r} is not an actor's identifier")
    outlets = tuple(_values(params, "outlet"))
    if any(len(o) > 200 for o in outlets):
        raise FilterError("outlet", "an outlet name is at most 200 characters")
    article = _single(params, "article")
    if article is not None and len(article) > 200:
        raise FilterError("article", "an article key is at most 200 characters")
    date_from, date_to = _date(params, "from"), _date(params, "to")
    if date_from and date_to and date_from > date_to:
        raise FilterError("from", f"{date_from} is after the end date {date_to}")
    q = _single(params, "q")
    if q is not None and len(q) > MAX_SEARCH:
        raise FilterError("q", f"a search is at most {MAX_SEARCH} characters")
    sort = (_single(params, "sort") or "newest").lower()
    if sort not in ("newest", "oldest"):
        raise FilterError("sort", "is newest or oldest")
    after = None
    raw_after = _single(params, "after")
    if raw_after is not None:
        match = CURSOR.match(raw_after)
        if not match:
            raise FilterError("after", "is not a page marker from a 'more' link")
        try:
            dated = None if match[1] == "_" else dt.date.fromisoformat(match[1])
        except ValueError:
            raise FilterError("after", "is not a page marker from a 'more' link") from None
        after = Cursor(dated, int(match[2]))
    limit = default_limit
    raw_limit = _single(params, "limit")
    if raw_limit is not None:
        if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= MAX_LIMIT:
            raise FilterError("limit", f"is a whole number from 1 to {MAX_LIMIT}")
        limit = int(raw_limit)
    return Filter(
        countries=countries,
        actors=actors,
        stances=_choices(params, "stance", STANCES),
        kinds=_choices(params, "kind", KINDS),
        outlets=outlets,
        article=article,
        date_from=date_from,
        date_to=date_to,
        q=q,
        sort=sort,  # type: ignore[arg-type]
        after=after,
        limit=limit,
    )


def all_counts(params: MultiParams) -> bool:
    """`count=all`: count every match of a search, however many (slower), instead of a sample of
    them. How a page counts, not which statements it shows: not part of the Filter."""
    value = _single(params, "count")
    if value is not None and value != "all":
        raise FilterError("count", "is all, or left out")
    return value == "all"


def to_params(f: Filter, **overrides: object) -> list[tuple[str, str]]:
    """Filter -> query parameters, the inverse of parse_filter (pagination and defaults left out)."""
    pairs: list[tuple[str, str]] = []
    pairs += [("country", c) for c in f.countries]
    pairs += [("actor", a) for a in f.actors]
    pairs += [("stance", s) for s in f.stances]
    pairs += [("kind", k) for k in f.kinds]
    pairs += [("outlet", o) for o in f.outlets]
    if f.article:
        pairs.append(("article", f.article))
    if f.date_from:
        pairs.append(("from", f.date_from.isoformat()))
    if f.date_to:
        pairs.append(("to", f.date_to.isoformat()))
    if f.q:
        pairs.append(("q", f.q))
    if f.sort != "newest":
        pairs.append(("sort", f.sort))
    for name, value in overrides.items():
        if value is not None:
            pairs.append((name, str(value)))
    return pairs


def query_string(f: Filter, **overrides: object) -> str:
    return urlencode(to_params(f, **overrides))
