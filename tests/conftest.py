"""Shared fixtures: a migrated SQLite database per test, an app bound to it, the seed corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy.orm import Session

from app.cli import upgrade
from app.db import engine_for

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'test.db'}"
    upgrade(url)
    return url


@pytest.fixture
def sessions(db_url: str) -> Callable[[], Session]:
    engine = engine_for(db_url)
    return lambda: Session(engine)


@pytest.fixture
def app(db_url: str) -> FastAPI:
    from app.web.main import create_app

    return create_app(db_url)


@pytest.fixture
def client(app: FastAPI) -> Iterator:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client
