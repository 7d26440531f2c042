"""Sources -> extraction pipeline -> database, in batches: one transaction per batch of articles and a
savepoint per article, so that an article that fails leaves no rows and the others are stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import ColumnElement, Connection, String, delete, func, insert, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from app import extract as extract_package
from app.aggregates import articles_by_outlet, grouped
from app.extract import extract
from app.extract.types import ActorRef, Extraction
from app.fetch import DEFAULT_TIMEOUT, Fetcher, without_tracking
from app.identity import slugify, statement_public_id
from app.inputs import SKIP_SINCE, SKIP_TOPIC, Item, Skip, plan
from app.models import (
    COUNT_TABLES,
    NO_MONTH,
    Actor,
    ActorAlias,
    Article,
    ArticleCount,
    Country,
    Statement,
)
from app.sources import PAGE_SIZE_FACTOR, Source, SourceError, url_key
from app.topic import on_topic

TopicFilter = Literal["feeds", "all", "none"]
BATCH = 32  # articles read, extracted and stored (in one transaction) together


@cache
def pipeline_version() -> str:
    """A digest of the extractor's code: when the rules change, re-ingesting re-extracts."""
    digest = hashlib.sha256()
    for path in sorted(Path(extract_package.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_hash(source: Source) -> str:
    meta = source.meta
    material = json.dumps(
        [
            pipeline_version(),
            source.text,
            meta.title,
            meta.outlet,
            meta.url,
            meta.published.isoformat() if meta.published else None,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass
class Summary:
    read: int = 0
    stored: int = 0  # new articles
    replaced: int = 0  # changed articles whose statements were replaced
    unchanged: int = 0
    statements: int = 0
    failed: list[str] = field(default_factory=list)  # "path: reason"
    warnings: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> articles: "off topic", ...

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def lines(self) -> list[str]:
        lines = [
            f"articles read: {self.read}, stored: {self.stored}, replaced: {self.replaced}, "
            f"unchanged: {self.unchanged}, failed: {len(self.failed)}",
            f"statements stored: {self.statements}",
        ]
        if self.skipped:
            reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.skipped.items()))
            lines.append(f"skipped: {sum(self.skipped.values())} ({reasons})")
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"failed: {f}" for f in self.failed]
        return lines


_countries_by_database: dict[str, frozenset[str]] = {}


def known_countries(connection: Connection | Session) -> frozenset[str]:
    """The country codes of this database: read once per process (only migrations change them)."""
    url = str(connection.engine.url if isinstance(connection, Connection) else connection.get_bind().url)
    if url not in _countries_by_database:
        _countries_by_database[url] = frozenset(connection.scalars(select(Country.code)))
    return _countries_by_database[url]


def _chunks(values: Iterable[Any], size: int = 500) -> Iterator[list[Any]]:
    """Values in lists of at most `size`: an IN (...) list stays well within any database's limits."""
    ordered = sorted(values)
    for first in range(0, len(ordered), size):
        yield ordered[first : first + size]


DIMENSIONS = ("month", "country", "stance", "kind", "actor_id", "outlet")
MOVED = ("article_id", "actor_id", "dated", "country_code", "stance", "kind")  # statement columns


class CountChanges:
    """What the statements written or removed in a transaction change in the count tables
    (app/models.py): gathered by their dimensions, then written once, in the same transaction, as
    INSERT ... ON CONFLICT DO UPDATE SET n = n + change. Concurrent ingests add to a count without
    losing each other's changes, and they take the rows' locks in one order (sorted)."""

    def __init__(self) -> None:
        self.changes: Counter[tuple] = Counter()  # (month, country, stance, kind, actor_id, outlet)
        self.articles: Counter[str] = Counter()  # outlet -> articles added or removed

    def add(self, rows: Iterable[Any], outlets: dict[int, str | None], change: int = 1) -> None:
        """Statement rows about to be inserted (`outlets`: the outlet of each article id), or with
        `change` -1 taken away."""
        for row in rows:
            dated = row["dated"]
            self.changes[
                (
                    dated.year * 100 + dated.month if dated else NO_MONTH,
                    row["country_code"] or "",
                    row["stance"],
                    row["kind"],
                    row["actor_id"],
                    outlets[row["article_id"]] or "",
                )
            ] += change

    def remove(self, connection: Connection, *where: ColumnElement[bool]) -> None:
        """The statements under `where`, about to be deleted."""
        for *dims, n in connection.execute(grouped(connection.dialect.name, DIMENSIONS, *where)):
            self.changes[tuple(dims)] -= n

    def move_actor(self, connection: Connection, earlier: int, actor: int) -> None:
        """Give the statements of the actor `earlier` to `actor`, counting exactly the rows moved."""
        moved = connection.execute(
            update(Statement)
            .where(Statement.actor_id == earlier)
            .values(actor_id=actor)
            .returning(*(getattr(Statement, name) for name in MOVED))
        )
        rows = [dict(zip(MOVED, row, strict=True)) for row in moved]
        outlets: dict[int, str | None] = {}
        for chunk in _chunks({row["article_id"] for row in rows}):
            query = select(Article.id, Article.outlet).where(Article.id.in_(chunk))
            outlets.update(connection.execute(query).all())
        self.add(({**row, "actor_id": earlier} for row in rows), outlets, change=-1)
        self.add(rows, outlets)  # RETURNING gives the rows as updated

    def remove_articles(self, connection: Connection, *where: ColumnElement[bool]) -> None:
        """The articles under `where`, about to be deleted or replaced (with their outlet as stored)."""
        for outlet, n in connection.execute(articles_by_outlet(*where)):
            self.articles[outlet] -= n

    def write(self, connection: Connection) -> None:
        outlets = [{"outlet": outlet, "n": n} for outlet, n in sorted(self.articles.items()) if n]
        if outlets:
            connection.execute(_add_counts_sql(connection.dialect.name, ArticleCount), outlets)
        self.articles.clear()
        for table in COUNT_TABLES:
            keys = [column.name for column in table.__table__.primary_key]
            positions = [DIMENSIONS.index(key) for key in keys]
            by_key: Counter[tuple] = Counter()
            for dims, n in self.changes.items():
                by_key[tuple(dims[i] for i in positions)] += n
            rows = [dict(zip(keys, key, strict=True), n=n) for key, n in sorted(by_key.items()) if n]
            if rows:
                connection.execute(_add_counts_sql(connection.dialect.name, table), rows)
        self.changes.clear()


@cache
def _add_counts_sql(dialect: str, table: type) -> Any:
    upsert = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(table)
    keys = [column.name for column in table.__table__.primary_key]  # type: ignore[attr-defined]
    return upsert.on_conflict_do_update(index_elements=keys, set_={"n": table.n + upsert.excluded.n})  # type: ignore[attr-defined]


@dataclass
class ActorRow:
    """One row of the actors table as this ingest knows it."""

    id: int
    slug: str
    name: str
    type: str
    role: str | None
    country_code: str | None


ACTOR_COLUMNS = (Actor.id, Actor.slug, Actor.name, Actor.type, Actor.role, Actor.country_code)


class ActorDirectory:
    """Finds or creates the one actors row for each real-world actor an article names.

    It lives for one batch transaction and remembers what it read and wrote there (actors by slug,
    their aliases, the people a surname may stand for), so that a batch of articles needs a few
    queries for all its speakers instead of a few for each article. It also holds the statement rows
    waiting to be inserted together. After an article is rolled back to its savepoint, `forget` drops
    all of it: what is remembered may have been undone."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.known_countries = known_countries(connection)
        self.slugs: dict[str, str] = {}  # name -> slug
        self.forget()

    def forget(self) -> None:
        self.pending: list[dict] = []  # statement rows to insert, all at once
        self.counts = CountChanges()  # what they and the rows deleted change in the count tables
        self.outlets: dict[int, str | None] = {}  # article id -> outlet, of the articles stored
        self.pending_aliases: list[dict] = []  # and alias rows
        self.by_slug: dict[str, ActorRow | None] = {}  # None: no such row
        self.aliases: dict[int, set[str]] = {}  # actor id -> the aliases stored for it
        self.surnames: dict[str, list[ActorRow]] = {}  # surname -> people whose name ends with it

    def write_pending(self) -> None:
        """Insert the alias and statement rows collected so far (for one article or a whole batch)."""
        if self.pending_aliases:
            insert_or_ignore(self.connection, ActorAlias, ["actor_id", "alias"], rows=self.pending_aliases)
            self.pending_aliases = []
        if self.pending:
            self.connection.execute(
                _insert_statements_sql(self.connection.dialect.name), self.pending
            ).close()
            self.counts.add(self.pending, self.outlets)
            self.pending = []

    def slug(self, name: str) -> str:
        slug = self.slugs.get(name)
        if slug is None:
            slug = self.slugs[name] = slugify(name)
        return slug

    def country(self, code: str | None) -> str | None:
        return code if code in self.known_countries else None

    def _row(self, values: Any) -> ActorRow:
        """The one ActorRow of a slug: changes made through it are seen by every lookup."""
        row = ActorRow(*values)
        known = self.by_slug.get(row.slug)
        if known is not None and known.id == row.id:
            return known
        self.by_slug[row.slug] = row
        return row

    def load(self, names: Iterable[str]) -> None:
        """Read the actors of these names, and their aliases, in a few queries."""
        slugs = {self.slug(name) for name in names} - self.by_slug.keys()
        for chunk in _chunks(slugs):
            for values in self.connection.execute(select(*ACTOR_COLUMNS).where(Actor.slug.in_(chunk))):
                self._row(values)
        for slug in slugs:
            self.by_slug.setdefault(slug, None)
        self._load_aliases(row.id for row in self.by_slug.values() if row is not None)

    def _load_aliases(self, ids: Iterable[int]) -> None:
        wanted = set(ids) - self.aliases.keys()
        for actor_id in wanted:
            self.aliases[actor_id] = set()
        for chunk in _chunks(wanted):
            query = select(ActorAlias.actor_id, ActorAlias.alias).where(ActorAlias.actor_id.in_(chunk))
            for actor_id, alias in self.connection.execute(query):
                self.aliases[actor_id].add(alias)

    def by_slug_of(self, slug: str) -> ActorRow | None:
        if slug not in self.by_slug:
            values = self.connection.execute(select(*ACTOR_COLUMNS).where(Actor.slug == slug)).first()
            if values is None:
                self.by_slug[slug] = None
            else:
                self._row(values)
        return self.by_slug[slug]

    def resolve_all(self, refs: Iterable[ActorRef]) -> dict[str, ActorRow]:
        """Each distinct speaker of an article resolved once, by the name the article used."""
        names: dict[str, set[str]] = {}
        first: dict[str, ActorRef] = {}
        for ref in refs:
            first.setdefault(ref.name, ref)
            names.setdefault(ref.name, set()).update({ref.name, *ref.aliases})
        self.load(first)
        resolved: dict[str, ActorRow] = {}
        for name, ref in first.items():
            actor = self.by_slug_of(self.slug(name))
            if actor is None:
                actor = self._find_or_create(ref)
            else:
                self._complete(actor, ref)
            resolved[name] = actor
        by_actor: dict[int, tuple[ActorRow, set[str]]] = {}
        for name, aliases in names.items():
            actor = resolved[name]
            by_actor.setdefault(actor.id, (actor, set()))[1].update(aliases)
        self._add_aliases_of(by_actor)
        return resolved

    def resolve(self, ref: ActorRef) -> ActorRow:
        return self.resolve_all([ref])[ref.name]

    def _complete(self, actor: ActorRow, ref: ActorRef) -> None:
        """Fill in the role and country an actor's row does not have yet."""
        role = actor.role or ref.role
        country = actor.country_code or self.country(ref.country)
        if (role, country) != (actor.role, actor.country_code):
            actor.role, actor.country_code = role, country
            self.connection.execute(
                update(Actor).where(Actor.id == actor.id).values(role=role, country_code=country)
            )

    def _add_aliases_of(self, by_actor: dict[int, tuple[ActorRow, set[str]]]) -> None:
        self._load_aliases(by_actor)
        rows = [
            {"actor_id": actor_id, "alias": alias}
            for actor_id, (actor, aliases) in by_actor.items()
            for alias in sorted({a.strip() for a in aliases})
            if alias and len(alias) <= 200 and alias != actor.name and alias not in self.aliases[actor_id]
        ]
        self.pending_aliases += rows
        for row in rows:
            self.aliases[row["actor_id"]].add(row["alias"])

    def _find_or_create(self, ref: ActorRef) -> ActorRow:
        slug = self.slug(ref.name)
        country = self.country(ref.country)
        actor = self.by_slug_of(slug)
        if actor is None and ref.type == "person" and len(ref.name.split()) == 1:
            actor = self._person_by_surname(ref.name, country)
        if actor is None:
            # Another ingest may be creating the same actor right now: let the unique slug decide.
            values = {"slug": slug, "name": ref.name, "type": ref.type, "role": ref.role}
            insert_or_ignore(self.connection, Actor, ["slug"], **values, country_code=country)
            self.by_slug.pop(slug, None)
            self.surnames.clear()
            actor = self.by_slug_of(slug)
            assert actor is not None
            self.aliases.setdefault(actor.id, set())
            if ref.type == "person" and len(ref.name.split()) > 1:
                self._absorb_surname_actor(actor)
        else:
            self._complete(actor, ref)
        return actor

    def _person_by_surname(self, surname: str, country: str | None) -> ActorRow | None:
        if surname not in self.surnames:
            query = select(*ACTOR_COLUMNS).where(
                Actor.type == "person", Actor.name.endswith(f" {surname}", autoescape=True)
            )
            self.surnames[surname] = [self._row(values) for values in self.connection.execute(query)]
        candidates = [
            a
            for a in self.surnames[surname]
            if a.country_code == country or country is None or a.country_code is None
        ]
        return candidates[0] if len(candidates) == 1 else None

    def _absorb_surname_actor(self, actor: ActorRow) -> None:
        """An earlier article knew this person by surname alone: fold that actor into this one."""
        earlier = self.by_slug_of(slugify(actor.name.split()[-1]))
        if earlier is None or earlier.type != "person" or earlier.id == actor.id:
            return
        if earlier.country_code and earlier.country_code != actor.country_code:
            return
        connection = self.connection
        self.write_pending()  # the statements to move, and the aliases to copy, may be among them
        self.counts.move_actor(connection, earlier.id, actor.id)
        self._load_aliases([earlier.id])
        self._add_aliases_of({actor.id: (actor, {earlier.name, *self.aliases[earlier.id]})})
        connection.execute(delete(ActorAlias).where(ActorAlias.actor_id == earlier.id))
        connection.execute(delete(Actor).where(Actor.id == earlier.id))
        self.by_slug[earlier.slug] = None
        del self.aliases[earlier.id]
        self.surnames.clear()


@cache
def _insert_or_ignore_sql(dialect: str, model: type, unique: tuple[str, ...]) -> Any:
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    return insert(model).on_conflict_do_nothing(index_elements=list(unique))


def insert_or_ignore(
    connection: Connection | Session,
    model: type,
    unique: list[str],
    rows: list[dict] | None = None,
    **values: object,
) -> None:
    """INSERT ... ON CONFLICT DO NOTHING (one row given as keywords, or many as `rows`):
    concurrent ingest jobs never duplicate a row or fail on one."""
    bind = connection.engine if isinstance(connection, Connection) else connection.get_bind()
    connection.execute(_insert_or_ignore_sql(bind.dialect.name, model, tuple(unique)), rows or [values])


ARTICLE_FIELDS = ("title", "outlet", "url", "published", "text", "content_hash", "ingested_at")


@cache
def _upsert_articles_sql(dialect: str) -> Any:
    """INSERT an article, or UPDATE the one of its key: its id either way."""
    upsert = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(Article)
    upsert = upsert.on_conflict_do_update(
        index_elements=["key"], set_={name: upsert.excluded[name] for name in ARTICLE_FIELDS}
    )
    return upsert.returning(Article.id)


@cache
def _insert_statements_sql(dialect: str) -> Any:
    """On SQLite, RETURNING makes SQLAlchemy send many rows as one multi-row INSERT
    ("insertmanyvalues"), not one statement per row: the full-text trigger then updates the FTS5
    index once per statement instead of once per row (FTS5 writes its pending terms out at every
    statement's savepoint). On PostgreSQL a plain executemany is cheaper (psycopg pipelines one
    prepared statement; a multi-row statement is a long new query text to parse each time)."""
    return insert(Statement).returning(Statement.id) if dialect == "sqlite" else insert(Statement)


def store(
    connection: Connection, directory: ActorDirectory, articles: list[tuple[Extraction, str]]
) -> list[int]:
    """Write articles (each with its content hash) and their statements, replacing what an earlier
    ingest stored for them, in a few statements for all of them. The number of statements of each.
    The keys must be distinct."""
    if not articles:
        return []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    values = [
        {
            "key": a.key,
            "title": a.title,
            "outlet": a.outlet,
            "url": a.url,
            "published": a.published,
            "text": a.text,
            "content_hash": digest,
            "ingested_at": now,
        }
        for a, digest in ((extraction.article, digest) for extraction, digest in articles)
    ]
    for chunk in _chunks([article["key"] for article in values]):  # under the outlet stored before
        stored = select(Article.id).where(Article.key.in_(chunk))
        directory.counts.remove(connection, Statement.article_id.in_(stored))
        directory.counts.remove_articles(connection, Article.key.in_(chunk))
    directory.counts.articles.update(article["outlet"] or "" for article in values)
    upsert = _upsert_articles_sql(connection.dialect.name)
    ids = [connection.execute(upsert, article).scalar_one() for article in values]
    directory.outlets.update(zip(ids, (article["outlet"] for article in values), strict=True))
    for chunk in _chunks(ids):
        connection.execute(delete(Statement).where(Statement.article_id.in_(chunk)))
    counts = []
    for (extraction, _), article_id in zip(articles, ids, strict=True):
        rows = statement_rows(directory, extraction, article_id)
        directory.pending.extend(rows)
        counts.append(len(rows))
    directory.write_pending()
    directory.counts.write(connection)
    return counts


def lock_articles(connection: Connection, keys: Iterable[str]) -> None:
    """On PostgreSQL, each article key locked until commit, in one order: another job storing or
    deleting the same article meanwhile waits, then reads what this one stored (and so replaces
    the right counts). SQLite's write lock already covers the whole transaction."""
    if connection.dialect.name == "postgresql":
        # One query: unnest gives the (sorted) keys in order, and each is locked as it comes.
        key = func.unnest(literal(sorted(keys), ARRAY(String))).column_valued("key")
        connection.execute(select(func.count(func.pg_advisory_xact_lock(func.hashtext(key)))))


def delete_articles(session: Session, keys: Iterable[str]) -> int:
    """Delete the articles of these keys with their statements, and their speakers left with none;
    the count tables lose their statements in the same transaction (the caller commits). The
    number of articles deleted. (A web server's response cache notices the next ingest, not this.)"""
    connection = session.connection()
    wanted = set(keys)
    lock_articles(connection, wanted)
    changes = CountChanges()
    deleted = 0
    for chunk in _chunks(wanted):
        ids = select(Article.id).where(Article.key.in_(chunk))
        changes.remove(connection, Statement.article_id.in_(ids))
        changes.remove_articles(connection, Article.key.in_(chunk))
        connection.execute(delete(Statement).where(Statement.article_id.in_(ids)))
        deleted += connection.execute(delete(Article).where(Article.key.in_(chunk))).rowcount
    changes.write(connection)
    remove_orphan_actors(session)
    return deleted


def statement_rows(directory: ActorDirectory, extraction: Extraction, article_id: int) -> list[dict]:
    a = extraction.article
    actors = directory.resolve_all(found.speaker for found in extraction.statements)
    seen: dict[tuple, int] = {}
    rows = []
    for found in extraction.statements:
        actor = actors[found.speaker.name]
        identity = (found.speaker.name, found.kind, " ".join(found.text.split()))
        repeat = seen.get(identity, 0)
        seen[identity] = repeat + 1
        said = found.said_on
        day = said.date if said.precision == "day" else None
        rows.append(
            {
                "public_id": statement_public_id(a.key, found.speaker.name, found.kind, found.text, repeat),
                "article_id": article_id,
                "actor_id": actor.id,
                # The country this article gives the speaker, else the one known for the actor.
                "country_code": directory.country(found.speaker.country) or actor.country_code,
                "kind": found.kind,
                "text": found.text,
                "span_start": found.span.start,
                "span_end": found.span.end,
                "cue": found.cue,
                "stance": found.stance,
                "stance_reason": found.stance_reason,
                "said_on": said.date,
                "said_on_precision": said.precision,
                "said_on_source": said.source,
                "said_on_expression": said.expression,
                "dated": day or a.published,
            }
        )
    return rows


def stored_digests(session: Session | Connection, keys: Iterable[str]) -> dict[str, str]:
    """The content hashes stored for these article keys (new articles are not in the result)."""
    digests: dict[str, str] = {}
    for chunk in _chunks(set(keys)):
        query = select(Article.key, Article.content_hash).where(Article.key.in_(chunk))
        digests.update((key, digest) for key, digest in session.execute(query))
    return digests


def extract_job(source: Source) -> Extraction | str:
    """Extraction in a worker process: the result, or the reason it failed."""
    try:
        return extract(source.text, source.meta)
    except Exception as error:  # reported for this article; the others go on
        return f"{type(error).__name__}: {error}"


@dataclass
class Pending:
    """An article read, checked against the database, and waiting for its extraction."""

    label: str
    source: Source
    digest: str


Outcome = Literal["stored", "replaced", "unchanged"]
Stored = tuple[Outcome, int] | str  # an outcome and the number of statements, or why it failed
RETRIES = 3  # attempts at a batch that meets a lock, a deadlock or a lost connection


class BatchFailed(Exception):
    """The batch transaction as a whole failed (not one article): roll back and try again."""


class ArticleFailed(Exception):
    """An article of a batch stored all at once failed: store the batch again article by article."""


def _store_in_savepoint(
    connection: Connection, directory: ActorDirectory, extraction: Extraction, digest: str
) -> int | str:
    """One article inside a savepoint: its number of statements, or why it failed (and no rows)."""
    for attempt in (1, 2):
        savepoint = connection.begin_nested()
        try:
            [count] = store(connection, directory, [(extraction, digest)])
        except OperationalError as error:  # a lock, a deadlock, a lost connection: the whole batch
            raise BatchFailed() from error
        except Exception as error:  # one broken article must not lose the others
            savepoint.rollback()
            directory.forget()
            # An actor removed by a concurrent ingest after this batch read it: try once more.
            if attempt == 1 and isinstance(error, IntegrityError):
                continue
            return f"{type(error).__name__}: {error}"
        savepoint.commit()
        return count
    raise AssertionError("unreachable")


def store_batch(
    session_factory: Callable[[], Session], batch: list[tuple[Pending, Extraction]], strict: bool
) -> list[Stored]:
    """Store extracted articles in one transaction. One result per article, in order; with `strict`
    the results end at the first failure. Raises BatchFailed when the transaction itself fails.

    First all articles at once, in a few statements; if one of them fails, the transaction is rolled
    back and the batch stored again with each article inside its own savepoint: an article that
    fails leaves no rows and the others are stored."""
    try:
        return _store_batch(session_factory, batch, strict, one_by_one=False)
    except ArticleFailed:
        return _store_batch(session_factory, batch, strict, one_by_one=True)


def _store_batch(
    session_factory: Callable[[], Session],
    batch: list[tuple[Pending, Extraction]],
    strict: bool,
    one_by_one: bool,
) -> list[Stored]:
    results: list[Stored] = []
    try:
        with session_factory() as session:
            connection = session.connection()
            if connection.dialect.name == "sqlite":
                # The write lock first, before anything is read: what the batch reads stays true until
                # it commits, and a concurrent writer waits for it (busy timeout) instead of failing.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            lock_articles(connection, {pending.source.key for pending, _ in batch})
            stored = stored_digests(connection, {pending.source.key for pending, _ in batch})
            directory = ActorDirectory(connection)
            directory.load(found.speaker.name for _, result in batch for found in result.statements)
            todo = [(p, e) for p, e in batch if stored.get(p.source.key) != p.digest]
            keys = [p.source.key for p, _ in todo]
            if not one_by_one and len(set(keys)) == len(keys):
                try:
                    counts = iter(store(connection, directory, [(e, p.digest) for p, e in todo]))
                except OperationalError:
                    raise
                except Exception as error:
                    raise ArticleFailed() from error
                results = [
                    ("replaced" if p.source.key in stored else "stored", next(counts))
                    if stored.get(p.source.key) != p.digest
                    else ("unchanged", 0)
                    for p, _ in batch
                ]
            else:
                for pending, extraction in batch:
                    key = pending.source.key
                    if stored.get(key) == pending.digest:  # stored meanwhile, or twice in this run
                        results.append(("unchanged", 0))
                        continue
                    result = _store_in_savepoint(connection, directory, extraction, pending.digest)
                    if isinstance(result, str):
                        results.append(result)
                        if strict:
                            break
                        continue
                    results.append(("replaced" if key in stored else "stored", result))
                    stored[key] = pending.digest
            session.commit()
    except (BatchFailed, ArticleFailed):
        raise
    except Exception as error:
        raise BatchFailed() from error
    return results


def store_batches(
    session_factory: Callable[[], Session], batch: list[tuple[Pending, Extraction]], strict: bool
) -> list[Stored]:
    """`store_batch`, tried again when the transaction fails as a whole; in the end one article per
    transaction, so that such a failure is reported for the article it comes from."""
    for attempt in range(RETRIES):
        try:
            return store_batch(session_factory, batch, strict)
        except BatchFailed:
            time.sleep(0.05 * (attempt + 1))
    results: list[Stored] = []
    for item in batch:
        try:
            results += store_batch(session_factory, [item], strict)
        except BatchFailed as failure:
            error = failure.__cause__
            results.append(f"{type(error).__name__}: {error}")
        if strict and isinstance(results[-1], str):
            break
    return results


def remove_orphan_actors(session: Session) -> None:
    """Actors no statement names any more (NOT EXISTS: one index probe per actor, not a scan)."""
    session.execute(delete(Actor).where(~select(Statement.id).where(Statement.actor_id == Actor.id).exists()))


Progress = Callable[[int, int, str], None]


def ingest_paths(
    session_factory: Callable[[], Session],
    paths: Iterable[str | Path],
    max_bytes: int,
    strict: bool = False,
    progress: Progress | None = None,
    *,
    feeds: Iterable[str] = (),
    since: dt.date | None = None,
    topic_filter: TopicFilter = "feeds",
    fetcher: Fetcher | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    workers: int = 1,
) -> Summary:
    """Ingest files, folders, `.jsonl` files, web pages (http(s) addresses among `paths`) and the new
    entries of `feeds`. Articles published before `since` are skipped, and so are those off the topic
    (troops and Ukraine) when `topic_filter` is "all", or "feeds" and they came from a feed.

    Articles go in batches: read and checked here, extracted here or, with `workers` > 1, in that
    many processes (while this one stores the batch before), then stored here in article order, one
    transaction per batch and a savepoint per article."""
    summary = Summary()
    own_fetcher: list[Fetcher] = []

    def get_fetcher() -> Fetcher:
        if fetcher is not None:
            return fetcher
        if not own_fetcher:
            own_fetcher.append(Fetcher(timeout=timeout, max_bytes=PAGE_SIZE_FACTOR * max_bytes))
        return own_fetcher[0]

    def known(url: str) -> bool:
        with session_factory() as session:
            by_key = select(Article.id).where(Article.key == url_key(url))
            by_url = select(Article.id).where(Article.url.in_(sorted({url, without_tracking(url)}))).limit(1)
            return any(session.scalars(query).first() is not None for query in (by_key, by_url))

    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    failed_early = False

    def fail(message: str) -> None:
        nonlocal failed_early
        summary.failed.append(message)
        failed_early = failed_early or strict

    def prepare(number: int, total: int, item: object) -> Pending | None:
        if progress:
            progress(number, total, item.label if isinstance(item, Item | Skip) else str(item))
        if isinstance(item, Skip):
            summary.skip(item.reason)
            return None
        if isinstance(item, SourceError):
            fail(str(item))
            return None
        assert isinstance(item, Item)
        summary.read += 1
        try:
            source = item.load()
        except SourceError as error:
            fail(str(error))
            return None
        summary.warnings.extend(source.warnings)
        published = source.meta.published
        if since and published and published < since:
            summary.skip(SKIP_SINCE)
            return None
        if topic_filter == "all" or (topic_filter == "feeds" and item.from_feed):  # noqa: SIM102
            if not on_topic(source.meta.title, source.text):
                summary.skip(SKIP_TOPIC)
                return None
        return Pending(item.label, source, content_hash(source))

    def changed(batch: list[Pending]) -> list[Pending]:
        """The articles of a batch that are not stored as they are now (one query for the batch)."""
        with session_factory() as session:
            stored = stored_digests(session, {pending.source.key for pending in batch})
        keep = [pending for pending in batch if stored.get(pending.source.key) != pending.digest]
        summary.unchanged += len(batch) - len(keep)
        return keep

    def read_batches(planned: list) -> Iterator[list[Pending]]:  # type: ignore[type-arg]
        batch: list[Pending] = []
        for number, item in enumerate(planned, 1):
            pending = prepare(number, len(planned), item)
            if pending is not None:
                batch.append(pending)
            if failed_early or len(batch) == BATCH:
                yield changed(batch)
                batch = []
            if failed_early:
                return
        if batch:
            yield changed(batch)

    def extracted(batches: Iterator[list[Pending]]) -> Iterator[list[tuple[Pending, Extraction | str]]]:
        if pool is None:
            for batch in batches:
                yield [(pending, extract_job(pending.source)) for pending in batch]
            return
        # The workers extract the next batches while this process stores one.
        in_flight: deque[tuple[list[Pending], AsyncResult]] = deque()  # type: ignore[type-arg]
        for batch in batches:
            sources = [pending.source for pending in batch]
            in_flight.append((batch, pool.map_async(extract_job, sources, chunksize=4)))
            if len(in_flight) > 1:
                done, result = in_flight.popleft()
                yield list(zip(done, result.get(), strict=True))
        while in_flight:
            done, result = in_flight.popleft()
            yield list(zip(done, result.get(), strict=True))

    def store_extracted(batch: list[tuple[Pending, Extraction | str]]) -> None:
        ready = []
        for pending, result in batch:
            if isinstance(result, str) and strict:
                break
            if not isinstance(result, str):
                ready.append((pending, result))
        stored = iter(store_batches(session_factory, ready, strict))
        for pending, result in batch:
            outcome = result if isinstance(result, str) else next(stored, None)
            if outcome is None:  # strict: the batch ended at a failure
                return
            if isinstance(outcome, str):
                fail(f"{pending.label}: {outcome}")
                if failed_early:
                    return
                continue
            kind, count = outcome
            if kind == "unchanged":
                summary.unchanged += 1
                continue
            if kind == "stored":
                summary.stored += 1
            else:
                summary.replaced += 1
            summary.statements += count

    try:
        planned = plan(paths, max_bytes, get_fetcher, summary.warnings, feeds=feeds, since=since, known=known)
        for batch in extracted(read_batches(planned)):
            store_extracted(batch)
            if failed_early:
                break
    finally:
        if pool is not None:
            if failed_early:
                pool.terminate()
            else:
                pool.close()
            pool.join()
        for own in own_fetcher:
            own.close()
    with session_factory() as session, session.begin():
        remove_orphan_actors(session)
    return summary
