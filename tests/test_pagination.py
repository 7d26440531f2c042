"""Keyset pagination: every statement exactly once, in order, dated ones before undated ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from app import queries
from app.ingest import ingest_paths
from app.queries import Filter


@pytest.fixture
def mixed(sessions, tmp_path: Path, fake_extractor: None) -> None:  # type: ignore[no-untyped-def]
    lines = [f"Person {n}|DE|oppose|dated words {n}|2024-0{1 + n % 9}-1{n % 10}|direct" for n in range(23)]
    lines += [f"Personne {n}|FR|open|undated words {n}" for n in range(9)]
    (tmp_path / "mixed.txt").write_text("\n".join(lines) + "\n")
    assert ingest_paths(sessions, [tmp_path / "mixed.txt"], 100_000).statements == 32


def walk(sessions, f: Filter) -> list:  # type: ignore[no-untyped-def]
    seen = []
    with sessions() as session:
        while True:
            result = queries.page(session, f)
            seen += [(s.dated, s.id) for s in result.statements]
            if result.next is None:
                return seen
            f = replace(f, after=result.next)


@pytest.mark.usefixtures("mixed")
@pytest.mark.parametrize("limit", [1, 4, 7, 23, 31, 32, 50])
@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_pages_cover_everything_once_in_order(sessions, sort: str, limit: int) -> None:  # type: ignore[no-untyped-def]
    seen = walk(sessions, Filter(sort=sort, limit=limit))  # type: ignore[arg-type]
    assert len(seen) == len(set(seen)) == 32
    dated = [row for row in seen if row[0] is not None]
    assert seen[: len(dated)] == dated, "undated statements come last"
    assert dated == sorted(dated, reverse=sort == "newest")
    undated_ids = [row[1] for row in seen[len(dated) :]]
    assert undated_ids == sorted(undated_ids, reverse=sort == "newest")


@pytest.mark.usefixtures("mixed")
def test_pages_under_a_filter(sessions) -> None:  # type: ignore[no-untyped-def]
    assert len(walk(sessions, Filter(countries=("FR",), limit=2))) == 9
    assert len(walk(sessions, Filter(countries=("DE",), limit=5))) == 23
    with sessions() as session:
        assert queries.count(session, Filter(stances=("open",))) == 9
