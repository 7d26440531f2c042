"""Facet counts, latest stance per country, timeline buckets and overview counts."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from app import aggregates, queries
from app.queries import Filter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the bench package
from bench.make_database import populate_orm  # noqa: E402


@pytest.fixture
def data(sessions):  # type: ignore[no-untyped-def]
    with sessions() as session:
        return populate_orm(session, 300, seed=5)


def test_overview_counts(sessions, data) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        o = aggregates.overview(session)
    assert o.statements == 300 and o.articles == len(data.articles)
    assert o.actors == len({r["actor_id"] for r in data.statements})
    assert o.first == min(r["dated"] for r in data.statements if r["dated"])


def test_each_facet_counts_under_the_other_filters(sessions, data) -> None:  # type: ignore[no-untyped-def]
    rows = data.statements
    f = Filter(countries=("DE",), stances=("oppose",))
    with sessions() as session:
        facets = aggregates.facets(session, f)
        total = aggregates.total_from_facets(f, facets)
        assert total == queries.count(session, f)
        # Stance ignores the stance filter but keeps the country one, and the other way round.
        assert {v.value: v.count for v in facets["stance"]} == {
            s: sum(1 for r in rows if r["country_code"] == "DE" and r["stance"] == s)
            for s in ("support", "open", "oppose", "neutral")
        }
        by_country = Counter(r["country_code"] for r in rows if r["stance"] == "oppose")
        assert {v.value: v.count for v in facets["country"]} == dict(by_country)
        assert [v.value for v in facets["country"] if v.selected] == ["DE"]
        articles = {a["id"]: a["outlet"] for a in data.articles}
        outlets = Counter(
            articles[r["article_id"]] for r in rows if r["stance"] == "oppose" and r["country_code"] == "DE"
        )
        assert {v.value: v.count for v in facets["outlet"]} == dict(outlets)
        assert sum(v.count for v in facets["actor"]) == total


def test_a_selected_value_with_no_statements_stays_listed(sessions, data) -> None:  # type: ignore[no-untyped-def]
    f = Filter(countries=("JP",))
    with sessions() as session:
        facets = aggregates.facets(session, f)
    japan = [v for v in facets["country"] if v.value == "JP"]
    assert japan and japan[0].selected and japan[0].count == 0
    assert aggregates.total_from_facets(f, facets) == 0


def test_latest_stance_per_country_is_the_newest_that_takes_a_side(sessions, data) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        latest = aggregates.latest_stances(session)
    for code, entry in latest.items():
        sided = [
            r
            for r in data.statements
            if r["country_code"] == code and r["dated"] and r["stance"] != "neutral"
        ]
        newest = max(sided, key=lambda r: (r["dated"], r["id"]))
        assert (entry.stance, entry.public_id) == (newest["stance"], newest["public_id"])
    assert set(latest) <= set(aggregates.MAP_COUNTRIES)


def test_timeline_has_every_month_and_adds_up(sessions, data) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        buckets = aggregates.timeline(session, Filter())
        de = aggregates.timeline(session, Filter(countries=("DE",)))
    assert sum(b.total for b in buckets) == sum(1 for r in data.statements if r["dated"])
    months = [b.month for b in buckets]
    assert months == sorted(months) and all(m.day == 1 for m in months)
    assert all(
        (b.month.year * 12 + b.month.month) - (a.month.year * 12 + a.month.month) == 1
        for a, b in zip(buckets, buckets[1:], strict=False)
    )
    assert sum(b.total for b in de) == sum(
        1 for r in data.statements if r["dated"] and r["country_code"] == "DE"
    )


def test_speaker_suggestions_match_names_and_aliases(sessions, data) -> None:  # type: ignore[no-untyped-def]
    person = next(a for a in data.actors if a["type"] == "person")
    last = person["name"].split()[-1]
    with sessions() as session:
        found = aggregates.suggest_actors(session, last[:4].lower())
        assert person["slug"] in [slug for slug, *_ in found]
        assert aggregates.suggest_actors(session, "") == []
        assert aggregates.suggest_actors(session, "%_") == []


def test_every_map_country_has_a_tile() -> None:
    from app.web.charts import TILES

    assert set(TILES) == set(aggregates.MAP_COUNTRIES)
