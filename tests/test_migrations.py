"""The schema is made only by migrations, and the models agree with them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from app.cli import upgrade
from app.config import PROJECT_ROOT
from app.models import Base, include_object


def alembic_config(url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["database_url"] = url
    return config


def test_upgrade_creates_every_table_and_seeds_countries(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(url)
    engine = create_engine(url)
    tables = set(inspect(engine).get_table_names())
    assert {"countries", "actors", "actor_aliases", "articles", "statements", "statements_fts"} <= tables
    with engine.connect() as connection:
        nato = connection.execute(text("SELECT count(*) FROM countries WHERE nato_member")).scalar()
        eu = connection.execute(text("SELECT count(*) FROM countries WHERE eu_member")).scalar()
        sweden = connection.execute(text("SELECT name, nato_joined FROM countries WHERE code='SE'")).one()
        russia = connection.execute(text("SELECT name, nato_member FROM countries WHERE code='RU'")).one()
    assert (nato, eu) == (32, 27)
    assert tuple(sweden) == ("Sweden", 2024)
    assert tuple(russia) == ("Russia", 0)


def test_downgrade_to_base_and_upgrade_again(db_url: str) -> None:
    config = alembic_config(db_url)
    command.downgrade(config, "base")
    engine = create_engine(db_url)
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    command.upgrade(config, "head")
    assert "statements" in inspect(engine).get_table_names()
    engine.dispose()


def test_models_match_migrations(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []


def test_full_text_index_follows_statement_rows(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'fts.db'}"
    upgrade(db_url)
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO articles (key, text, content_hash, ingested_at) "
                "VALUES ('a', 'x', 'h', '2024-01-01 00:00:00')"
            )
        )
        connection.execute(text("INSERT INTO actors (slug, name, type) VALUES ('p', 'P', 'person')"))
        connection.execute(
            text(
                "INSERT INTO statements (public_id, article_id, actor_id, kind, text, span_start, span_end, "
                "stance, said_on_source) "
                "VALUES ('abc', 1, 1, 'direct', 'boots on the ground', 0, 1, 'oppose', 'unknown')"
            )
        )
        hits = connection.execute(
            text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'boots'")
        ).all()
        assert len(hits) == 1
        connection.execute(text("DELETE FROM statements"))
        hits = connection.execute(
            text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'boots'")
        ).all()
        assert hits == []
