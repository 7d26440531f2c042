"""Full-text search at any size: every way of listing a search returns every match exactly once, in
list order; a search with too many matches to count on every page is counted from a sample, and
the page says so; `count=all` counts them all."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from test_pagination import walk  # every page of a list, following its markers

from app import aggregates, queries
from app.exporting import statement_rows
from app.ingest import ingest_paths
from app.models import Actor, Article, Statement
from app.queries import Filter

COUNTRIES = ("DE", "FR", "PL")
STANCES = ("support", "open", "oppose", "neutral")


def words_of(n: int) -> str:
    if n % 7 == 0:
        return f"this is a red line number {n}"
    if n % 3 == 0:
        return f"we will send troops now {n}"
    if n % 5 == 1:
        return f"a trooper said so {n}"
    return f"no comment today {n}"


@pytest.fixture
def searchable(sessions, tmp_path: Path, fake_extractor: None) -> int:  # type: ignore[no-untyped-def]
    """150 statements in five articles: "troops", "trooper", "red line" and neither; a tenth of them
    undated, many on the same day (the id breaks the tie)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for a in range(5):
        lines = []
        for n in range(a * 30, a * 30 + 30):
            speaker = f"Person {n % 12}|{COUNTRIES[n % 12 // 4]}|{STANCES[n % 4]}|{words_of(n)}"
            day = f"|2024-0{1 + n % 4}-1{n % 3}|direct" if n % 10 else ""
            lines.append(speaker + day)
        (folder / f"a{a}.txt").write_text("\n".join(lines) + "\n")
        (folder / f"a{a}.json").write_text(f'{{"outlet": "Outlet {a % 3}"}}')
    assert ingest_paths(sessions, [folder], 100_000).statements == 150
    return 150


def matching(sessions, f: Filter) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The statements under `f`, worked out in Python from the stored rows, in list order."""
    terms = [t.lower() for t in queries.search_terms(f.q)]
    prefix = bool(terms) and len(terms[-1]) >= 3  # a last word of one or two letters is matched whole
    with sessions() as session:
        rows = session.execute(
            select(Statement.dated, Statement.id, Statement.text, Statement.country_code, Statement.stance)
        ).all()
    out = []
    for dated, id_, text, country, stance in rows:
        words = re.findall(r"\w+", text.lower())
        if terms and not (
            all(t in words for t in terms[:-1])
            and any(w.startswith(terms[-1]) if prefix else w == terms[-1] for w in words)
        ):
            continue
        if (f.countries and country not in f.countries) or (f.stances and stance not in f.stances):
            continue
        out.append((dated, id_))
    newest = f.sort == "newest"
    dated = sorted((r for r in out if r[0] is not None), reverse=newest)
    undated = sorted((r for r in out if r[0] is None), key=lambda r: r[1], reverse=newest)
    return dated + undated


# Cost settings that make SQLite list a search each way (PostgreSQL's planner chooses by itself).
PLANS = {
    "read all, sort": {"READ_COST": 0.0},
    "walk, check a set": {"READ_COST": 1e9, "SET_COST": 0.0, "TEST_COST": 1e9},
    "walk, test each": {"READ_COST": 1e9, "SET_COST": 1e9, "TEST_COST": 0.0},
    "walks that stop at once": {
        "READ_COST": 1e9,
        "SET_COST": 1e9,
        "TEST_COST": 0.0,
        "WALK_FACTOR": 0.0,
        "WALK_SLACK": 1,
    },
    "set walks that stop early": {"READ_COST": 1e9, "SET_COST": 0.0, "WALK_FACTOR": 0.5, "WALK_SLACK": 0},
}
SEARCHES = {
    "common": Filter(q="troops"),
    "prefix": Filter(q="troop"),
    "two words": Filter(q="red line"),
    "two words, a country": Filter(q="Red LINE", countries=("FR",)),
    "common, a rare stance": Filter(q="troops", stances=("open",)),
    "oldest first": Filter(q="troop", sort="oldest"),
    "no match": Filter(q="troopz"),
    "no match for a word": Filter(q="zzz troops"),
    "a short last word, whole": Filter(q="no"),  # "no comment", not "troops now"
}


@pytest.mark.usefixtures("searchable")
@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("search", SEARCHES)
def test_every_way_of_listing_a_search_pages_through_every_match_once(
    sessions, monkeypatch: pytest.MonkeyPatch, plan: str, search: str
) -> None:  # type: ignore[no-untyped-def]
    for name, value in PLANS[plan].items():
        monkeypatch.setattr(queries, name, value)
    f = SEARCHES[search]
    expected = matching(sessions, f)
    for limit in (1, 7, 200):
        assert walk(sessions, replace(f, limit=limit)) == expected, limit
    with sessions() as session:
        exported = [row for batch in statement_rows(session, f, batch=4) for row in batch]
        assert len(exported) == len(expected)
        assert queries.count(session, f) == len(expected)
    if f.q == "troop":
        assert len(expected) > len(matching(sessions, replace(f, q="troops")))  # "trooper" too


@pytest.mark.usefixtures("searchable")
def test_a_prefix_that_starts_many_words_is_asked_as_a_prefix(sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        search = queries.search_for(session, "troop")
        assert search is not None and search.matches == len(matching(sessions, Filter(q="troop")))
        if session.get_bind().dialect.name == "sqlite":
            assert search.by_name and "trooper" in search.expression and "troops" in search.expression
            monkeypatch.setattr(queries, "PREFIX_WORDS", 1)
            assert not queries.search_for(session, "troop").by_name  # type: ignore[union-attr]
    monkeypatch.setattr(queries, "READ_COST", 1e9)
    assert walk(sessions, Filter(q="troop", limit=5)) == matching(sessions, Filter(q="troop"))


@pytest.mark.usefixtures("searchable")
def test_a_last_word_of_one_or_two_letters_is_matched_whole(sessions) -> None:  # type: ignore[no-untyped-def]
    with sessions() as session:
        no = queries.search_for(session, "No")
        now = queries.search_for(session, "now")
        assert no is not None and now is not None
        # "no comment today" statements, not "we will send troops now" ones, which "now" finds
        assert no.matches == len(matching(sessions, Filter(q="no"))) > 0
        assert now.matches > 0
        assert {i for _, i in matching(sessions, Filter(q="no"))}.isdisjoint(
            i for _, i in matching(sessions, Filter(q="now"))
        )
        assert queries.search_for(session, "li").matches == 0  # type: ignore[union-attr]
        assert queries.search_for(session, "lin").matches > 0  # type: ignore[union-attr]


def sampled_facets(sessions, f: Filter, cap: int) -> dict[str, dict[str, int]]:  # type: ignore[no-untyped-def]
    """Facet counts of `f` among the `cap` matches of its search with the highest ids, in Python."""
    newest = sorted((id_ for _, id_ in matching(sessions, Filter(q=f.q))), reverse=True)[:cap]
    with sessions() as session:
        rows = session.execute(
            select(Statement.id, Statement.country_code, Statement.stance, Article.outlet)
            .join(Article, Article.id == Statement.article_id)
            .where(Statement.id.in_(newest))
        ).all()
    out: dict[str, dict[str, int]] = {"country": {}, "stance": {}, "outlet": {}}
    for _, country, stance, outlet in rows:
        if not f.countries or country in f.countries:
            out["stance"][stance] = out["stance"].get(stance, 0) + 1
        if not f.stances or stance in f.stances:
            out["country"][country] = out["country"].get(country, 0) + 1
        if (not f.countries or country in f.countries) and (not f.stances or stance in f.stances):
            out["outlet"][outlet] = out["outlet"].get(outlet, 0) + 1
    return out


@pytest.mark.usefixtures("searchable")
def test_a_search_with_many_matches_is_counted_from_a_sample(sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(queries, "COUNT_CAP", 10)
    f = Filter(q="troops", countries=("DE", "FR"))
    with sessions() as session:
        assert not queries.search_for(session, f.q).counted  # type: ignore[union-attr]
        sample = aggregates.facets(session, f, sample=True)
        full = aggregates.facets(session, f)
        alone = aggregates.facets(session, Filter(q="troops"), sample=True)
        sqlite = session.get_bind().dialect.name == "sqlite"
    assert aggregates.total_from_facets(f, full) == len(matching(sessions, f))
    # Ten of the matches, whatever the other filters: each facet counts the sampled ones under them.
    assert aggregates.total_from_facets(Filter(q="troops"), alone) == 10
    for name in ("country", "stance", "outlet", "actor", "kind"):
        exact = {v.value: v.count for v in full[name]}
        assert all(v.count <= exact.get(v.value, 0) for v in sample[name]), name
    assert aggregates.total_from_facets(f, sample) <= 10
    if sqlite:  # SQLite samples the matches stored last
        expected = sampled_facets(sessions, f, 10)
        for name in ("country", "stance", "outlet"):
            assert {v.value: v.count for v in sample[name] if v.count} == expected[name], name


@pytest.mark.usefixtures("searchable")
def test_values_outside_a_searchs_sample_are_listed_uncounted(sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # two sampled matches cannot hold all three countries and three outlets: the others are still listed,
    # marked as not counted, so a reader can tick them
    monkeypatch.setattr(queries, "COUNT_CAP", 2)
    with sessions() as session:
        sample = aggregates.facets(session, Filter(q="troops"), sample=True)
        full = aggregates.facets(session, Filter(q="troops"))
    for name in ("country", "outlet"):
        assert {v.value for v in sample[name]} == {v.value for v in full[name]}, name
        uncounted = [v for v in sample[name] if not v.counted]
        assert uncounted and all(v.count == 0 for v in uncounted), name
        assert all(v.counted for v in full[name]), name


def page_text(client, url: str) -> str:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 200, response.text
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


@pytest.mark.usefixtures("searchable")
def test_pages_say_when_they_counted_a_sample(client, sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    troops = len(matching(sessions, Filter(q="troops")))
    in_fr = len(matching(sessions, Filter(q="troops", countries=("FR",))))
    assert troops > 20 and in_fr > 5

    # Few enough to count: exact, no note.
    text = page_text(client, "/quotes?q=troops")
    assert f"{troops} statements" in text and "not all of them" not in text

    monkeypatch.setattr(queries, "COUNT_CAP", 10)
    # The search alone: more than the sample, never a number that looks exact.
    text = page_text(client, "/quotes?q=troops&limit=3")  # (another URL: not the cached page)
    assert "More than 10 statements" in text and f"{troops} statements" not in text
    note = "“troops” matches more than 10 statements: the counts beside the filters are from 10 of them"
    assert note in text
    assert "Counted among 10 of the statements matching “troops”, not all of them" in text
    assert "Count all of them" in text
    assert "troops”: more than 10 statements · stancewatch" in text  # the title

    # With another filter: a lower bound from the sample, said to be one.
    text = page_text(client, "/quotes?q=troops&country=FR")
    with sessions() as session:
        sample = aggregates.facets(session, Filter(q="troops", countries=("FR",)), sample=True)
    at_least = aggregates.total_from_facets(Filter(countries=("FR",)), sample)
    assert 0 < at_least <= in_fr
    assert f"At least {at_least} statement" in text and f"“troops”, France: at least {at_least}" in text
    assert "the number above and the counts beside the filters are from 10 of them, not from all" in text
    # The htmx fragment says it too, with its facets.
    fragment = client.get("/quotes?q=troops&country=FR", headers={"HX-Request": "true"}).text
    assert "not from all" in fragment and 'id="facets"' in fragment and "count=all" in fragment

    # Counting them all: exact, no note; the link keeps every filter.
    link = 'href="/quotes?country=FR&amp;q=troops&amp;count=all"'
    assert link in client.get("/quotes?q=troops&country=FR").text
    text = page_text(client, "/quotes?country=FR&q=troops&count=all")
    assert f"{in_fr} statements" in text and "not all of them" not in text

    # Without a search there is nothing to sample; a bad count value is refused.
    assert "not all of them" not in page_text(client, "/quotes?country=FR")
    response = client.get("/quotes?q=troops&count=some")
    assert response.status_code == 400 and "count" in response.text


@pytest.mark.usefixtures("searchable")
def test_the_api_counts_a_search_exactly_whatever_its_size(client, sessions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(queries, "COUNT_CAP", 10)
    monkeypatch.setattr(queries, "PLAN_CAP", 20)  # a search alone is counted by the full-text index
    for query, f in (
        ("q=troop&country=FR", Filter(q="troop", countries=("FR",))),
        ("q=troop", Filter(q="troop")),
    ):
        body = client.get(f"/api/statements?{query}&limit=2").json()
        assert body["count"] == len(matching(sessions, f)) > 10
    assert len(matching(sessions, Filter(q="troop"))) > 20


@pytest.mark.usefixtures("searchable")
def test_the_facets_of_a_search_and_a_speaker(sessions) -> None:  # type: ignore[no-untyped-def]
    """Each facet of a search counts the statements that pass every other filter."""
    with sessions() as session:
        slug = session.scalar(select(Actor.slug).where(Actor.name == "Person 3"))
        by = aggregates.facets(session, Filter(q="troops", actors=(slug,), stances=("neutral",)))
    person_3 = [n for n in range(150) if "troops" in words_of(n) and n % 12 == 3]
    speakers = {v.value: v.count for v in by["actor"]}
    assert speakers[slug] == len([n for n in person_3 if STANCES[n % 4] == "neutral"])
    stances = {v.value: v.count for v in by["stance"]}
    assert stances == {s: len([n for n in person_3 if STANCES[n % 4] == s]) for s in STANCES}
    assert sum(v.count for v in by["country"]) == speakers[slug]
