"""Queries on a database filled through the ORM with the bench generator's rows."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app import queries
from app.queries import Filter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the bench package
from bench.make_database import populate_orm  # noqa: E402


@pytest.fixture
def data(sessions):  # type: ignore[no-untyped-def]
    with sessions() as session:
        return populate_orm(session, 240, seed=3)


def test_pages_walk_every_statement_once_newest_first(sessions, data) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        seen, f = [], Filter(limit=37)
        while True:
            result = queries.page(session, f)
            seen += result.statements
            if result.next is None:
                break
            f = replace(f, after=result.next)
        assert (
            len(seen) == len({s.id for s in seen}) == len(data.statements) == queries.count(session, Filter())
        )
        dated = [s.dated for s in seen if s.dated]
        assert dated == sorted(dated, reverse=True)
        assert all(s.dated is None for s in seen[len(dated) :])  # undated ones last


def test_filters_agree_with_the_rows(sessions, data) -> None:  # type: ignore[no-untyped-def]
    rows = data.statements
    start, end = dt.date(2025, 1, 1), dt.date(2025, 6, 30)
    cases = [
        (Filter(countries=("DE", "FR")), [r for r in rows if r["country_code"] in ("DE", "FR")]),
        (
            Filter(stances=("oppose",), kinds=("direct",)),
            [r for r in rows if r["stance"] == "oppose" and r["kind"] == "direct"],
        ),
        (
            Filter(date_from=start, date_to=end),
            [r for r in rows if r["dated"] and start <= r["dated"] <= end],
        ),
    ]
    with sessions() as session:
        for f, expected in cases:
            assert queries.count(session, f) == len(expected), f
            ids = {s.id for s in queries.iter_statements(session, f)}
            assert ids == {r["id"] for r in expected}, f


def test_search_is_full_text_with_a_prefix_for_the_last_word(sessions, data) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        expected = {r["id"] for r in data.statements if "red line" in r["text"].lower()}
        assert expected
        assert {s.id for s in queries.iter_statements(session, Filter(q="red lin"))} == expected
        assert queries.count(session, Filter(q="zzzqqq")) == 0


def test_lookups_by_public_id_slug_code_and_key(sessions, data) -> None:  # type: ignore[no-untyped-def]
    row, actor, article = data.statements[0], data.actors[1], data.articles[0]
    with sessions() as session:
        assert queries.get_statement(session, row["public_id"]).text == row["text"]  # type: ignore[union-attr]
        assert queries.get_actor(session, actor["slug"]).name == actor["name"]  # type: ignore[union-attr]
        assert queries.get_country(session, "de").name == "Germany"  # type: ignore[union-attr]
        assert queries.get_article(session, article["key"]).outlet == article["outlet"]  # type: ignore[union-attr]
        assert queries.get_statement(session, "nope") is None


def test_the_bench_generator_makes_a_consistent_database(tmp_path: Path) -> None:
    import sqlite3
    import subprocess

    root = Path(__file__).resolve().parent.parent
    database = tmp_path / "bench.db"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.make_database",
            "--statements",
            "500",
            "--database",
            f"sqlite:///{database}",
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )
    db = sqlite3.connect(database)
    assert db.execute("SELECT count(*) FROM statements").fetchone()[0] == 500
    assert db.execute("SELECT count(DISTINCT country_code) FROM statements").fetchone()[0] == 34
    assert (
        db.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'troops'").fetchone()[0]
        > 0
    )
    rows = db.execute(
        "SELECT a.text, s.span_start, s.span_end, s.text, s.country_code, c.country_code "
        "FROM statements s JOIN articles a ON a.id = s.article_id JOIN actors c ON c.id = s.actor_id"
    ).fetchall()
    for article_text, start, end, quote, country, actor_country in rows:
        assert article_text[start:end] == quote
        assert country == actor_country
