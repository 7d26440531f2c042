"""The benchmark scripts on each database backend: `bench.make_database` builds a database the app
serves in full (search included), and the floor app and URL samples of `bench.bench_web` read it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import make_database  # noqa: E402
from bench.bench_web import OUR_PATHS, sample_values  # noqa: E402
from bench.floor_app import FIELDS, connect  # noqa: E402


def test_a_bare_path_is_a_sqlite_url_and_urls_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert make_database.database_url("out/1m.db") == f"sqlite:///{tmp_path / 'out' / '1m.db'}"
    assert make_database.database_url("sqlite:///out/1m.db") == f"sqlite:///{tmp_path / 'out' / '1m.db'}"
    pg = "postgresql+psycopg://bench:secret@127.0.0.1:5432/bench_1m"
    assert make_database.database_url(pg) == pg


def build(monkeypatch: pytest.MonkeyPatch, *args: str) -> None:
    monkeypatch.setattr(sys, "argv", ["make_database", *args])
    make_database.main()


def test_make_database_builds_what_the_app_serves(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from app.web.main import create_app

    build(monkeypatch, "--statements", "50", "--seed", "1", "--database", db_url)
    # --replace starts again from nothing: 200 statements, not 250.
    build(monkeypatch, "--statements", "200", "--seed", "4", "--replace", "--database", db_url)
    expected = make_database.generate(200, seed=4).statements
    with TestClient(create_app(db_url)) as client:

        def count(query: str) -> int:
            response = client.get(f"/api/statements?{query}")
            assert response.status_code == 200, response.text
            return response.json()["count"]

        de_oppose = [s for s in expected if s["country_code"] == "DE" and s["stance"] == "oppose"]
        first_half = [
            s for s in expected if s["dated"] and "2025-01-01" <= s["dated"].isoformat() <= "2025-06-30"
        ]
        troops = [s for s in expected if re.search(r"\btroops\b", s["text"], re.I)]
        assert len(de_oppose) > 0 and len(first_half) > 0 and 0 < len(troops) < 200
        assert count("limit=1") == 200
        assert count("country=DE&stance=oppose") == len(de_oppose)
        assert count("from=2025-01-01&to=2025-06-30") == len(first_half)
        assert count("q=troops") == len(troops)  # FTS5 on SQLite, the tsvector column on PostgreSQL

        listed = client.get("/api/statements?country=DE&stance=oppose&limit=50").json()["statements"]
        api_rows = [
            {**{f: s[f] for f in FIELDS if f != "speaker"}, "speaker": s["speaker"]["name"]} for s in listed
        ]
        floor_rows = [dict(zip(FIELDS, row, strict=True)) for row in connect(db_url)("DE", "oppose")]
        assert floor_rows and floor_rows == api_rows[: len(floor_rows)]

        values = sample_values(db_url)
        for name, path in OUR_PATHS.items():
            assert client.get(path.format(**values)).status_code == 200, name
