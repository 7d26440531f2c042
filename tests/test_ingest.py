"""Ingesting articles: what is stored, what is reported, and what survives a re-ingest."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import ingest as ingest_module
from app.cli import main as cli
from app.extract.types import ActorRef
from app.models import Actor
from app.models import Article as ArticleRow
from app.models import Statement as StatementRow

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"

REQUIRED_EXPORT_FIELDS = {
    "id",
    "article",
    "kind",
    "text",
    "speaker",
    "speaker_type",
    "country",
    "stance",
    "said_on",
}


def export(capsys: pytest.CaptureFixture[str], fmt: str = "jsonl") -> str:
    capsys.readouterr()
    assert cli(["export", "--format", fmt]) == 0
    return capsys.readouterr().out


def export_rows(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in export(capsys).splitlines()]


@pytest.fixture
def env_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    from app.config import get_settings

    monkeypatch.setenv("DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_ingest_and_export_the_bundled_corpus(env_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["ingest", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "articles read: 5, stored: 5" in out
    rows = export_rows(capsys)
    assert rows, "the seeds give statements"
    assert all(row.keys() >= REQUIRED_EXPORT_FIELDS for row in rows)
    assert {row["article"] for row in rows} <= {p.stem for p in SEEDS.glob("*.txt")}
    table = list(csv.DictReader(io.StringIO(export(capsys, "csv"))))
    assert len(table) == len(rows)
    assert set(table[0]) >= REQUIRED_EXPORT_FIELDS


def test_reingest_changes_nothing_and_rebuild_keeps_ids(
    env_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli(["ingest", str(SEEDS)])
    first = export_rows(capsys)
    assert first
    assert cli(["ingest", str(SEEDS)]) == 0
    assert "unchanged: 5" in capsys.readouterr().out
    assert export_rows(capsys) == first

    from app.config import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'rebuilt.db'}")
    get_settings.cache_clear()
    cli(["ingest", str(SEEDS)])
    rebuilt = export_rows(capsys)
    assert sorted(r["id"] for r in rebuilt) == sorted(r["id"] for r in first)


def test_changed_article_replaces_its_statements_and_keeps_unchanged_ids(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    path = write(folder, "a.txt", "Ann Smith|FR|open|Nothing is excluded\nBob Jones|DE|oppose|No troops\n")
    ingest_module.ingest_paths(sessions, [folder], 10_000)
    with sessions() as session:
        before = dict(session.execute(select(StatementRow.text, StatementRow.public_id)).all())
    path.write_text("Ann Smith|FR|open|Nothing is excluded\nBob Jones|DE|oppose|Never any troops\n")
    summary = ingest_module.ingest_paths(sessions, [folder], 10_000)
    assert (summary.replaced, summary.statements) == (1, 2)
    with sessions() as session:
        after = dict(session.execute(select(StatementRow.text, StatementRow.public_id)).all())
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 1
    assert set(after) == {"Nothing is excluded", "Never any troops"}
    assert after["Nothing is excluded"] == before["Nothing is excluded"]


def test_bad_files_are_reported_and_good_ones_stored(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "good.txt", "Ann Smith|FR|open|Nothing is excluded\n")
    write(folder, "empty.txt", "   \n")
    write(folder, "binary.txt", b"\x89PNG\x00\x00\x01")
    write(folder, "huge.txt", "x" * 5000)
    write(folder, "legacy.txt", "Zoë Müller|DE|oppose|Keine Truppen – never\n".encode("cp1252"))
    summary = ingest_module.ingest_paths(sessions, [folder, tmp_path / "missing"], 4000)
    assert summary.stored == 2
    reasons = "\n".join(summary.failed)
    assert "empty.txt: empty file" in reasons
    assert "binary.txt: binary file" in reasons
    assert "huge.txt: 5,000 bytes is over the 4,000-byte limit" in reasons
    assert "missing: no such file or folder" in reasons
    assert any("legacy.txt: not UTF-8, read as cp1252" in w for w in summary.warnings)
    with sessions() as session:
        texts = set(session.scalars(select(StatementRow.text)))
    assert texts == {"Nothing is excluded", "Keine Truppen – never"}


def test_strict_stops_at_the_first_failure(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "a-empty.txt", "")
    write(tmp_path, "b-good.txt", "Ann Smith|FR|open|Nothing is excluded\n")
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 10_000, strict=True)
    assert (len(summary.failed), summary.stored) == (1, 0)


def test_unreadable_file_is_reported(
    sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "locked.txt", "text")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads any file: make the refusal happen as it would for a user

        def refuse(self: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    summary = ingest_module.ingest_paths(sessions, [path], 10_000)
    assert "cannot be read" in summary.failed[0]


def test_cli_exit_status_is_non_zero_when_an_article_failed(env_db: str, tmp_path: Path) -> None:
    shutil.copy(next(SEEDS.glob("*.txt")), tmp_path / "good.txt")
    write(tmp_path, "empty.txt", "")
    assert cli(["ingest", "--quiet", str(tmp_path)]) == 1


def fail_on_speaker(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Storing an article fails, half-way, when it names this (new) speaker."""
    original = ingest_module.ActorDirectory._find_or_create

    def failing(self: ingest_module.ActorDirectory, ref: ActorRef) -> object:
        if ref.name == name:
            raise RuntimeError("disk on fire")
        return original(self, ref)

    monkeypatch.setattr(ingest_module.ActorDirectory, "_find_or_create", failing)


def test_failure_mid_article_leaves_no_partial_rows(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "a.txt", "Ann Smith|FR|open|One\nBob Jones|DE|oppose|Two\n")
    write(tmp_path, "b.txt", "Cy Young|PL|oppose|Three\n")
    fail_on_speaker(monkeypatch, "Bob Jones")
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    assert summary.stored == 1 and "disk on fire" in summary.failed[0]
    with sessions() as session:
        assert set(session.scalars(select(ArticleRow.key))) == {"b"}
        assert set(session.scalars(select(StatementRow.text))) == {"Three"}
        assert set(session.scalars(select(Actor.name))) == {"Cy Young"}


def test_one_actor_for_a_person_named_in_full_and_by_surname(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "1.txt", "Kallas|EE|oppose|Not now\n")
    write(tmp_path, "2.txt", "Anna Kallas|EE|open|Maybe later\n")
    write(tmp_path, "3.txt", "Kallas|EE|support|Yes\n")
    ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    with sessions() as session:
        actors = session.scalars(select(Actor)).unique().all()
        assert [a.name for a in actors] == ["Anna Kallas"]
        assert "Kallas" in {alias.alias for alias in actors[0].aliases}
        assert session.scalar(select(func.count()).select_from(StatementRow)) == 3


def test_workers_store_the_same_as_one_process(
    env_db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        for seed in SEEDS.glob("*.txt"):
            shutil.copy(seed, tmp_path / f"{n}-{seed.name}")
    assert cli(["ingest", "--quiet", "--workers", "2", str(tmp_path)]) == 0
    assert "stored: 15" in capsys.readouterr().out
    parallel = sorted((r["id"], r["stance"], r["speaker"]) for r in export_rows(capsys))
    assert parallel
    from app.config import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'single.db'}")
    get_settings.cache_clear()
    assert cli(["ingest", "--quiet", str(tmp_path)]) == 0
    assert sorted((r["id"], r["stance"], r["speaker"]) for r in export_rows(capsys)) == parallel


@pytest.mark.parametrize(
    "content",
    [
        "12,13,14\n15,16,17\n18,19,20\n" * 20,
        "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * 50,
        "12 %",
    ],
)
def test_files_that_are_not_articles_are_reported(
    sessions: Callable[[], Session], tmp_path: Path, fake_extractor: None, content: str
) -> None:
    write(tmp_path, "table.txt", content)
    write(tmp_path, "good.txt", "Ann Smith|FR|open|Nothing is excluded\n")
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 100_000)
    assert summary.stored == 1
    assert summary.failed == [
        f"{tmp_path / 'table.txt'}: does not read as an article (too few words of text)"
    ]


def test_a_failing_article_in_the_middle_of_a_batch_leaves_no_rows_and_the_others_are_stored(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles are stored many to a transaction; one that fails (here a new one, and a changed one
    whose earlier version must survive) is rolled back alone."""
    for n in range(6):
        write(tmp_path, f"{n}.txt", f"Speaker Number{n}|FR|open|Words {n}\n")
    ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    write(tmp_path, "2.txt", "Speaker Number2|FR|oppose|Changed words 2\nBroken Speaker|DE|open|Never\n")
    write(tmp_path, "3.txt", "Speaker Number3|FR|oppose|Changed words 3\n")
    write(tmp_path, "7.txt", "Broken Speaker|DE|open|Never either\n")
    write(tmp_path, "8.txt", "Speaker Number8|PL|support|Words 8\n")
    fail_on_speaker(monkeypatch, "Broken Speaker")
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    assert (summary.stored, summary.replaced, summary.unchanged) == (1, 1, 4)
    assert [f.split(": ", 1)[0] for f in summary.failed] == [str(tmp_path / "2.txt"), str(tmp_path / "7.txt")]
    with sessions() as session:
        assert set(session.scalars(select(ArticleRow.key))) == {"0", "1", "2", "3", "4", "5", "8"}
        texts = set(session.scalars(select(StatementRow.text)))
        assert texts == {"Words 0", "Words 1", "Words 2", "Changed words 3", "Words 4", "Words 5", "Words 8"}
        assert "Broken Speaker" not in set(session.scalars(select(Actor.name)))


def test_a_batch_whose_transaction_fails_is_retried_then_stored_article_by_article(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure of the transaction itself (a lock, a deadlock, a lost connection) is tried again; if
    it persists, the batch is stored one article per transaction and the failure is reported for the
    article it comes from."""
    from sqlalchemy.exc import OperationalError

    for n in range(4):
        write(tmp_path, f"{n}.txt", f"Speaker Number{n}|FR|open|Words {n}\n")
    original = ingest_module.store
    calls: list[int] = []

    def locked(connection, directory, articles):  # type: ignore[no-untyped-def]
        calls.append(len(articles))
        if any(extraction.article.key == "2" for extraction, _ in articles):
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return original(connection, directory, articles)

    monkeypatch.setattr(ingest_module, "store", locked)
    monkeypatch.setattr(ingest_module.time, "sleep", lambda seconds: None)
    summary = ingest_module.ingest_paths(sessions, [tmp_path], 10_000)
    assert calls == [4, 4, 4, 1, 1, 1, 1]
    assert summary.stored == 3 and len(summary.failed) == 1
    assert summary.failed[0].startswith(f"{tmp_path / '2.txt'}: OperationalError")
    with sessions() as session:
        assert set(session.scalars(select(ArticleRow.key))) == {"0", "1", "3"}


def test_the_same_article_twice_in_one_run(
    fake_extractor: None, sessions: Callable[[], Session], tmp_path: Path
) -> None:
    """Two files with one key in one batch: the first is stored, the second replaces it if it differs
    and is unchanged if it does not."""
    for folder, body in (("a", "Ann Smith|FR|open|First\n"), ("b", "Ann Smith|FR|open|Second\n")):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "same.txt", body)
    (tmp_path / "c").mkdir()
    write(tmp_path / "c", "same.txt", "Ann Smith|FR|open|Second\n")
    summary = ingest_module.ingest_paths(sessions, [tmp_path / "a", tmp_path / "b", tmp_path / "c"], 10_000)
    assert (summary.stored, summary.replaced, summary.unchanged, summary.statements) == (1, 1, 1, 2)
    with sessions() as session:
        assert list(session.scalars(select(StatementRow.text))) == ["Second"]


def test_ingest_migrates_a_new_database_and_skips_migrations_when_at_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app import cli as cli_module
    from app.config import get_settings

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    get_settings.cache_clear()
    runs: list[str] = []
    real_upgrade = cli_module.upgrade

    def upgrade(url: str, revision: str = "head") -> None:
        runs.append(url)
        real_upgrade(url, revision)

    monkeypatch.setattr(cli_module, "upgrade", upgrade)
    shutil.copy(next(SEEDS.glob("*.txt")), tmp_path / "one.txt")
    assert cli(["ingest", "--quiet", str(tmp_path / "one.txt")]) == 0
    assert cli(["ingest", "--quiet", str(tmp_path / "one.txt")]) == 0
    assert len(runs) == 1  # the second ingest found the database at the head revision
    assert "unchanged: 1" in capsys.readouterr().out
    get_settings.cache_clear()
