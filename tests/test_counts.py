"""The count tables behind facets, charts and totals stay exact: after ingest, re-ingesting changed
articles, deleting articles, a speaker folded into another, a failed article, the migration and a
bulk load, every count read from them equals a count of the statements themselves."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from test_ingest import fail_on_speaker
from test_migrations import alembic_config

from app import aggregates, queries
from app import ingest as ingest_module
from app.models import COUNT_TABLES, Actor, Article, ArticleCount, Statement
from app.queries import Filter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the bench package
from bench.make_database import populate  # noqa: E402

FACET_FIELDS = aggregates.FACETS  # filter field -> its facet


def write(folder: Path, key: str, outlet: str | None, published: str | None, body: str) -> None:
    (folder / f"{key}.txt").write_text(body, encoding="utf-8")
    meta = {"outlet": outlet, "url": f"https://news.example/{key}", "published": published}
    (folder / f"{key}.json").write_text(json.dumps({k: v for k, v in meta.items() if v}), encoding="utf-8")


# Statements over six months, four outlets and none, undated ones, one without a country, both kinds.
ARTICLES = {
    "berlin": ("Tagesblatt", "2024-02-27", [
        "Olga Brandt|DE|oppose|No German soldiers in Ukraine|2024-02-27|direct",
        "Olga Brandt|DE|oppose|we will not send troops|2024-02-28|reported",
        "Karl Bauer|DE|open|Troops are a question for later",
    ]),
    "paris": ("Le Quotidien", "2024-03-15", [
        "Luc Moreau|FR|open|Nothing can be ruled out|2024-01-26|direct",
        "Luc Moreau|FR|support|French instructors will go to Kyiv|2024-05-02|direct",
        "Olga Brandt|DE|oppose|Not a single soldier|2024-03-16|direct",
    ]),
    "warsaw": ("Gazeta", None, [
        "Jan Nowak|PL|oppose|Poland does not plan to send troops",
        "Jan Nowak|PL|support|Poland would help a mission|2024-04-10|reported",
    ]),
    "moscow": ("Wire", "2024-03-01", [
        "Ivan Petrov|RU|oppose|A deployment would mean war with NATO|2024-03-01|direct",
        "Ivan Petrov|RU|neutral|The talks were about grain|2024-03-02|direct",
        "Nameless Official||neutral|Troops were discussed",
    ]),
    "rome": (None, "2024-06-30", [
        "Maria Rossi|IT|oppose|Italian troops will stay home|2024-06-30|direct",
        "Maria Rossi|IT|open|A mandate could change that|2024-06-03|reported",
    ]),
    "kyiv": ("Wire", "2024-04-30", [
        "Oksana Bondarenko|UA|support|We welcome any troops|2024-04-01|direct",
        "Oksana Bondarenko|UA|support|Instructors are already needed|2024-04-30|direct",
        "Luc Moreau|FR|oppose|Not now, troops are not ready|2024-04-15|reported",
    ]),
}  # fmt: skip


def ingest(sessions: Callable[[], Session], folder: Path) -> ingest_module.Summary:
    summary = ingest_module.ingest_paths(sessions, [folder], 100_000)
    assert not summary.failed or all("disk on fire" in f for f in summary.failed), summary.failed
    return summary


@pytest.fixture
def folder(tmp_path: Path, sessions: Callable[[], Session], fake_extractor: None) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for key, (outlet, published, lines) in ARTICLES.items():
        write(folder, key, outlet, published, "\n".join(lines) + "\n")
    assert ingest(sessions, folder).statements == 16
    return folder


def filters(session: Session) -> list[Filter]:
    slugs = list(session.scalars(select(Actor.slug).order_by(Actor.slug)))
    d = dt.date
    out = [
        Filter(),
        Filter(countries=("DE",), stances=("oppose",)),
        Filter(countries=("DE", "FR", "JP")),
        Filter(kinds=("reported",)),
        Filter(outlets=("Wire",)),
        Filter(outlets=("Wire", "Tagesblatt"), stances=("oppose", "neutral")),
        Filter(outlets=("Wire",), actors=tuple(slugs[:2])),  # speaker and outlet: from the statements
        Filter(date_from=d(2024, 2, 10), date_to=d(2024, 4, 20)),  # partial months at both ends
        Filter(date_from=d(2024, 3, 1), date_to=d(2024, 3, 31)),  # one whole month
        Filter(date_from=d(2024, 2, 1), date_to=d(2024, 5, 31), countries=("DE", "FR")),
        Filter(date_from=d(2024, 2, 28)),
        Filter(date_to=d(2024, 3, 1), outlets=("Le Quotidien",)),
        Filter(date_from=d(2024, 2, 26), date_to=d(2024, 2, 28)),  # inside one month
        Filter(date_from=d(2024, 3, 2), date_to=d(2024, 4, 30), kinds=("direct",)),
        Filter(q="troops"),
        Filter(q="troops", countries=("DE",), stances=("open",)),
        Filter(q="soldier", date_from=d(2024, 2, 10)),
        Filter(article="paris"),
    ]
    out += [Filter(actors=(slug,)) for slug in slugs]
    out += [Filter(actors=(slug,), date_from=d(2024, 3, 10), date_to=d(2024, 4, 30)) for slug in slugs]
    return out


def exact(session: Session, f: Filter) -> int:
    """The statements under a filter, counted from the statements table itself."""
    return queries.count(session, f)


def rows_of(session: Session) -> list[dict]:
    query = (
        select(Statement.dated, Statement.country_code, Statement.stance, Statement.kind, Actor.slug)
        .join(Actor, Actor.id == Statement.actor_id)
        .join(Article, Article.id == Statement.article_id)
        .add_columns(Article.outlet)
    )
    return [dict(row._mapping) for row in session.execute(query)]


def assert_counts_exact(session: Session) -> None:
    # 1. Each count table holds what a recount of the statements gives (zero rows aside).
    dialect = session.get_bind().dialect.name
    for table in COUNT_TABLES:
        keys = [column.name for column in table.__table__.primary_key]
        stored = {tuple(row[:-1]): row[-1] for row in session.execute(select(*table.__table__.c))}
        assert min(stored.values(), default=0) >= 0, table.__tablename__
        recount_query = aggregates.grouped(dialect, tuple(keys))
        recount = {tuple(row[:-1]): row[-1] for row in session.execute(recount_query)}
        assert {k: n for k, n in stored.items() if n} == recount, table.__tablename__
    articles = select(ArticleCount.outlet, ArticleCount.n).where(ArticleCount.n != 0)
    assert min(session.scalars(select(ArticleCount.n)), default=0) >= 0
    recount_articles = session.execute(aggregates.articles_by_outlet()).all()
    assert dict(session.execute(articles).all()) == dict(recount_articles)
    # 2. Every total, facet and timeline the pages show equals a count of the statements.
    all_rows = rows_of(session)
    for f in filters(session):
        assert aggregates.count(session, f) == exact(session, f), f
        facets = aggregates.facets(session, f)
        assert aggregates.total_from_facets(f, facets) == exact(session, f), f
        for field, name in FACET_FIELDS.items():
            shown = {v.value: v.count for v in facets[name.replace("_id", "")]}
            for value, n in shown.items():
                assert n == exact(session, replace(f.without(field), **{field: (value,)})), (f, name, value)
            if name in ("stance", "kind"):
                assert sum(shown.values()) == exact(session, f.without(field)), (f, name)
        if not f.q and not f.article:
            expected: dict[dt.date, Counter[str]] = {}
            for row in all_rows:
                if row["dated"] and matches(row, f):
                    expected.setdefault(row["dated"].replace(day=1), Counter())[row["stance"]] += 1
            buckets = {b.month: +Counter(b.counts) for b in aggregates.timeline(session, f)}
            assert {k: v for k, v in buckets.items() if v} == expected, f


def matches(row: dict, f: Filter) -> bool:
    return (
        (not f.countries or row["country_code"] in f.countries)
        and (not f.stances or row["stance"] in f.stances)
        and (not f.kinds or row["kind"] in f.kinds)
        and (not f.actors or row["slug"] in f.actors)
        and (not f.outlets or row["outlet"] in f.outlets)
        and (f.date_from is None or (row["dated"] is not None and row["dated"] >= f.date_from))
        and (f.date_to is None or (row["dated"] is not None and row["dated"] <= f.date_to))
    )


def test_counts_after_ingest_equal_counts_of_the_statements(sessions, folder) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        assert_counts_exact(session)
        assert aggregates.count(session, Filter()) == 16
        overview = aggregates.overview(session)
        assert (overview.statements, overview.actors, overview.countries, overview.articles) == (16, 8, 6, 6)
        stance = {v.value: v.count for v in aggregates.facets(session, Filter(countries=("DE",)))["stance"]}
        assert stance == {"support": 0, "open": 1, "oppose": 3, "neutral": 0}


def test_a_changed_article_moves_its_counts(sessions, folder) -> None:  # type: ignore[no-untyped-def]
    """Re-ingesting an article with another outlet, date, stances and speakers: its old statements
    leave every count, the new ones enter."""
    write(folder, "berlin", "Morning Courier", "2024-05-20",
          "Olga Brandt|DE|support|Germany could send instructors|2024-05-20|direct\n"
          "Hans Meyer|DE|oppose|Never|2024-06-02|reported\n"
          "Hans Meyer|AT|neutral|We will see\n")  # fmt: skip
    summary = ingest(sessions, folder)
    assert (summary.replaced, summary.unchanged) == (1, 5)
    with sessions() as session:
        assert_counts_exact(session)
        facets = aggregates.facets(session, Filter())
        outlets = {v.value: v.count for v in facets["outlet"]}
        assert "Tagesblatt" not in outlets and outlets["Morning Courier"] == 3
        feb = Filter(date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 2, 29))
        assert aggregates.count(session, feb) == 0
        de = {v.value: v.count for v in aggregates.facets(session, Filter(countries=("DE",)))["stance"]}
        assert de == {"support": 1, "open": 0, "oppose": 2, "neutral": 0}


def test_deleting_an_article_takes_its_statements_out_of_every_count(sessions, folder) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        assert ingest_module.delete_articles(session, ["kyiv", "moscow", "no-such-article"]) == 2
        session.commit()
    with sessions() as session:
        assert_counts_exact(session)
        assert aggregates.count(session, Filter()) == 10
        countries = {v.value for v in aggregates.facets(session, Filter())["country"]}
        assert countries == {"DE", "FR", "PL", "IT"}
        assert session.scalar(select(Actor.id).where(Actor.slug == "ivan-petrov")) is None
        assert (aggregates.overview(session).actors, aggregates.overview(session).articles) == (5, 4)


def test_a_speaker_named_by_surname_then_in_full_keeps_their_counts(sessions, folder) -> None:  # type: ignore[no-untyped-def]
    write(folder, "tallinn", "Baltic Wire", "2024-05-05", "Kallas|EE|oppose|Not now|2024-05-05|direct\n")
    ingest(sessions, folder)
    write(folder, "tallinn-2", "Baltic Wire", "2024-05-06", "Anna Kallas|EE|open|Maybe later\n")
    ingest(sessions, folder)
    with sessions() as session:
        assert_counts_exact(session)
        speakers = {v.value: v.count for v in aggregates.facets(session, Filter(countries=("EE",)))["actor"]}
        assert speakers == {"anna-kallas": 2}


def test_an_article_that_fails_leaves_no_counts(sessions, folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    changed = "Luc Moreau|FR|oppose|Changed my mind|2024-03-15|direct\nBroken Speaker|FR|open|Never\n"
    write(folder, "paris", "Le Quotidien", "2024-03-15", changed)
    write(folder, "oslo", "Nordic Herald", "2024-06-01", "Ola Nordmann|NO|support|Yes|2024-06-01|direct\n")
    fail_on_speaker(monkeypatch, "Broken Speaker")
    summary = ingest(sessions, folder)
    assert (summary.stored, len(summary.failed)) == (1, 1)
    with sessions() as session:
        assert_counts_exact(session)
        assert aggregates.count(session, Filter(countries=("FR",), stances=("oppose",))) == 1
        assert aggregates.count(session, Filter(countries=("NO",))) == 1


def test_pages_show_the_counts(client, sessions, folder) -> None:  # type: ignore[no-untyped-def]
    """What a reader sees: totals of a date range cutting months, of a speaker, of a country."""
    html = client.get("/quotes?from=2024-02-28&to=2024-04-10").text
    assert re.search(r'id="results-count"[^>]*>7 statements<', html)
    html = client.get("/countries/DE").text
    assert "Statements (4)" in html and "Olga Brandt" in html and "· 3 statements" in html
    html = client.get("/actors/luc-moreau").text
    assert "All statements (3)" in html
    assert client.get("/api/statements?stance=oppose&from=2024-03-02").json()["count"] == 3
    assert client.get("/api/actors/luc-moreau").json()["stances"] == {"open": 1, "support": 1, "oppose": 1}


def test_the_migration_counts_what_is_already_stored(db_url, sessions, folder) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config(db_url)
    command.downgrade(config, "0003")
    command.upgrade(config, "head")
    with sessions() as session:
        assert_counts_exact(session)


def test_a_bulk_load_fills_the_count_tables(db_url, sessions, folder) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine(db_url)
    populate(engine, 400, seed=3, per_country=2)
    engine.dispose()
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Statement)) == 416
        assert_counts_exact(session)


def test_month_split_of_date_ranges() -> None:
    d = dt.date
    whole, edges = aggregates._months(Filter(date_from=d(2024, 2, 10), date_to=d(2024, 4, 20)))
    assert whole == (202403, 202403)
    assert [(e.date_from, e.date_to) for e in edges] == [
        (d(2024, 2, 10), d(2024, 2, 29)),
        (d(2024, 4, 1), d(2024, 4, 20)),
    ]
    assert aggregates._months(Filter(date_from=d(2024, 12, 1), date_to=d(2025, 1, 31)))[0] == (202412, 202501)
    inside = Filter(date_from=d(2024, 2, 3), date_to=d(2024, 2, 20))
    assert aggregates._months(inside) == (None, [inside])
    assert aggregates._months(Filter()) == (None, [])


def test_two_ingests_at_once_keep_the_counts(sessions, tmp_path, fake_extractor) -> None:  # type: ignore[no-untyped-def]
    """Two jobs storing articles with the same speakers, months and outlets at the same time (on
    PostgreSQL truly at once): no change to a count is lost."""
    from concurrent.futures import ThreadPoolExecutor

    folders = []
    for job in ("a", "b"):
        folder = tmp_path / job
        folder.mkdir()
        for n in range(40):
            day = f"2024-0{1 + n % 3}-{10 + n % 7}"
            lines = [f"Olga Brandt|DE|oppose|Words {job} {n}|{day}|direct", f"Luc Moreau|FR|open|Also {n}"]
            write(folder, f"{job}{n}", ["Wire", "Tagesblatt"][n % 2], day, "\n".join(lines) + "\n")
        # The same article in both, each with other words: the one stored last replaces the other.
        shared = f"Jan Nowak|PL|support|Words of job {job}|2024-02-01|direct\n"
        write(folder, "shared", ["Wire", "Gazeta"][job == "b"], "2024-02-01", shared)
        folders.append(folder)
    with ThreadPoolExecutor(2) as pool:
        summaries = list(pool.map(lambda folder: ingest(sessions, folder), folders))
    assert sum(s.statements for s in summaries) == 162
    with sessions() as session:
        assert_counts_exact(session)
        assert aggregates.count(session, Filter()) == 161
        assert aggregates.overview(session).articles == 81
