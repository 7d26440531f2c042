"""Every filter the dashboard offers is answered through an index, never a full scan of statements."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import event, insert, text

from app import aggregates, queries
from app.db import engine_for
from app.models import Actor, Article, Statement
from app.queries import Cursor, Filter

COUNTRIES = ["DE", "FR", "PL", "US", "GB", "RU", "UA", "IT"]
STANCES = ["support", "open", "oppose", "neutral"]


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    if not db_url.startswith("sqlite"):
        pytest.skip("reads SQLite's query planner; PostgreSQL plans differ by table size")
    engine = engine_for(db_url)
    rng = random.Random(7)
    with engine.begin() as connection:
        connection.execute(
            insert(Article),
            [
                {
                    "key": f"a{n}",
                    "outlet": f"Outlet {n % 5}",
                    "text": "x",
                    "content_hash": "h",
                    "ingested_at": dt.datetime(2024, 1, 1),
                }
                for n in range(200)
            ],
        )
        connection.execute(
            insert(Actor),
            [
                {"slug": f"p{n}", "name": f"P {n}", "type": "person", "country_code": COUNTRIES[n % 8]}
                for n in range(80)
            ],
        )
        rows = []
        for n in range(5000):
            actor = rng.randrange(80)
            day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900)) if n % 10 else None
            rows.append(
                {
                    "public_id": f"s{n}",
                    "article_id": 1 + n % 200,
                    "actor_id": 1 + actor,
                    "country_code": COUNTRIES[actor % 8],
                    "kind": "direct" if n % 3 else "reported",
                    "text": f"words {n} troops" if n % 4 else f"words {n}",
                    "span_start": 0,
                    "span_end": 1,
                    "stance": STANCES[n % 4],
                    "said_on_source": "unknown",
                    "dated": day,
                }
            )
        connection.execute(insert(Statement), rows)
        aggregates.rebuild_counts(connection)
        connection.execute(text("ANALYZE"))
    return engine


FILTERS = {
    "none": Filter(),
    "country": Filter(countries=("DE",)),
    "countries": Filter(countries=("DE", "FR", "PL")),
    "stance": Filter(stances=("oppose",)),
    "kind": Filter(kinds=("reported",)),
    "actor": Filter(actors=("p3",)),
    "outlet": Filter(outlets=("Outlet 2",)),
    "article": Filter(article="a7"),
    "dates": Filter(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 1)),
    "search": Filter(q="troops"),
    "country+stance": Filter(countries=("DE",), stances=("oppose",)),
    "oldest": Filter(sort="oldest"),
    "deep page": Filter(after=Cursor(dt.date(2023, 6, 1), 2500)),
    "deep undated page": Filter(after=Cursor(None, 2500)),
}


def statement_plans(engine, run) -> list[str]:  # type: ignore[no-untyped-def]
    captured: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if " statements" in statement and not statement.startswith("EXPLAIN"):
            captured.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    details = []
    with engine.connect() as connection:
        for statement, parameters in captured:
            plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            details += [row[-1] for row in plan]
    return details


@pytest.mark.parametrize("name", FILTERS)
def test_lists_and_counts_use_an_index(engine, sessions, name: str) -> None:  # type: ignore[no-untyped-def]
    f = FILTERS[name]

    def run() -> None:
        with sessions() as session:
            queries.page(session, f)
            queries.count(session, f)

    plans = statement_plans(engine, run)
    assert plans
    full_scans = [p for p in plans if p.startswith("SCAN statements") and "INDEX" not in p]
    assert full_scans == [], plans


# What the pages count (facets, timeline, totals) comes from the count tables: nothing is read from
# the statements, except (by index) the days of a date range before and after its whole months, and
# the outlets of a speaker's statements or the speakers of an outlet's (no table has both).
COUNTED = {name: f for name, f in FILTERS.items() if not (f.q or f.article or f.after)}
COUNTED["partial months"] = Filter(
    date_from=dt.date(2023, 5, 17), date_to=dt.date(2024, 2, 10), countries=("DE",)
)
COUNTED["from a day on"] = Filter(date_from=dt.date(2024, 2, 10), stances=("open",))


def counted(session, f: Filter) -> None:  # type: ignore[no-untyped-def]
    aggregates.facets(session, f)
    aggregates.timeline(session, f)
    aggregates.count(session, f)


@pytest.mark.parametrize("name", COUNTED)
def test_counts_read_the_count_tables(engine, sessions, name: str) -> None:  # type: ignore[no-untyped-def]
    f = COUNTED[name]

    def run() -> None:
        with sessions() as session:
            counted(session, f)

    plans = [p for p in statement_plans(engine, run) if "statements" in p]
    if f.date_from is None and f.date_to is None and not f.actors and not f.outlets:
        assert plans == []
    else:
        assert plans and all(p.startswith("SEARCH statements USING") for p in plans), plans


def test_the_overview_and_a_search_read_statements_through_indexes(engine, sessions) -> None:  # type: ignore[no-untyped-def]
    def run() -> None:
        with sessions() as session:
            aggregates.overview(session)
            aggregates.latest_stances(session)
            counted(session, Filter(q="troops", countries=("DE",)))

    plans = statement_plans(engine, run)
    full_scans = [p for p in plans if p.startswith("SCAN statements") and "INDEX" not in p]
    assert plans and full_scans == [], plans
