"""Sources -> extraction pipeline -> database, one transaction per article."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app import extract as extract_package
from app.extract import extract
from app.extract.types import ActorRef, Extraction
from app.fetch import DEFAULT_TIMEOUT, Fetcher, without_tracking
from app.identity import slugify, statement_public_id
from app.inputs import SKIP_SINCE, SKIP_TOPIC, Item, Skip, plan
from app.models import Actor, ActorAlias, Article, Country, Statement
from app.sources import PAGE_SIZE_FACTOR, Source, SourceError, url_key
from app.topic import on_topic

TopicFilter = Literal["feeds", "all", "none"]
BATCH = 64  # articles read and extracted together before they are stored


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


def known_countries(session: Session) -> frozenset[str]:
    """The country codes of this database: read once per process (only migrations change them)."""
    url = str(session.get_bind().url)
    if url not in _countries_by_database:
        _countries_by_database[url] = frozenset(session.scalars(select(Country.code)))
    return _countries_by_database[url]


class ActorDirectory:
    """Finds or creates the one Actor row for each real-world actor an article names."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.known_countries = known_countries(session)
        self.resolved: dict[str, Actor] = {}  # by the name the article used

    def resolve_all(self, refs: Iterable[ActorRef]) -> dict[str, Actor]:
        """Each distinct speaker of an article resolved once, in a few queries for the whole article."""
        names: dict[str, set[str]] = {}
        first: dict[str, ActorRef] = {}
        for ref in refs:
            first.setdefault(ref.name, ref)
            names.setdefault(ref.name, set()).update({ref.name, *ref.aliases})
        wanted = {slugify(name) for name in first if name not in self.resolved}
        known = (
            {a.slug: a for a in self.session.scalars(select(Actor).where(Actor.slug.in_(wanted)))}
            if wanted
            else {}
        )
        with self.session.no_autoflush:
            for name, ref in first.items():
                if name in self.resolved:
                    continue
                actor = known.get(slugify(name))
                if actor is None:
                    actor = self._find_or_create(ref)
                else:
                    actor.role = actor.role or ref.role
                    actor.country_code = actor.country_code or self.country(ref.country)
                self.resolved[name] = actor
        by_actor: dict[int, tuple[Actor, set[str]]] = {}
        for name, aliases in names.items():
            actor = self.resolved[name]
            by_actor.setdefault(actor.id, (actor, set()))[1].update(aliases)
        self._add_aliases_of(by_actor)
        return self.resolved

    def _add_aliases_of(self, by_actor: dict[int, tuple[Actor, set[str]]]) -> None:
        if not by_actor:
            return
        existing = select(ActorAlias.actor_id, ActorAlias.alias).where(
            ActorAlias.actor_id.in_(list(by_actor))
        )
        have = {(actor_id, alias) for actor_id, alias in self.session.execute(existing)}
        rows = [
            {"actor_id": actor_id, "alias": alias}
            for actor_id, (actor, aliases) in by_actor.items()
            for alias in sorted({a.strip() for a in aliases})
            if alias and len(alias) <= 200 and alias != actor.name and (actor_id, alias) not in have
        ]
        if rows:
            insert_or_ignore(self.session, ActorAlias, ["actor_id", "alias"], rows=rows)
            for actor_id in {row["actor_id"] for row in rows}:
                self.session.expire(by_actor[actor_id][0], ["aliases"])

    def country(self, code: str | None) -> str | None:
        return code if code in self.known_countries else None

    def resolve(self, ref: ActorRef) -> Actor:
        return self.resolve_all([ref])[ref.name]

    def _find_or_create(self, ref: ActorRef) -> Actor:
        slug = slugify(ref.name)
        country = self.country(ref.country)
        actor = self.session.scalars(select(Actor).where(Actor.slug == slug)).first()
        if actor is None and ref.type == "person" and len(ref.name.split()) == 1:
            actor = self._person_by_surname(ref.name, country)
        if actor is None:
            # Another ingest may be creating the same actor right now: let the unique slug decide.
            insert_or_ignore(
                self.session,
                Actor,
                ["slug"],
                slug=slug,
                name=ref.name,
                type=ref.type,
                role=ref.role,
                country_code=country,
            )
            actor = self.session.scalars(select(Actor).where(Actor.slug == slug)).one()
            if ref.type == "person" and len(ref.name.split()) > 1:
                self._absorb_surname_actor(actor)
        else:
            actor.role = actor.role or ref.role
            actor.country_code = actor.country_code or country
        return actor

    def _person_by_surname(self, surname: str, country: str | None) -> Actor | None:
        candidates = [
            a
            for a in self.session.scalars(
                select(Actor).where(
                    Actor.type == "person", Actor.name.endswith(f" {surname}", autoescape=True)
                )
            )
            if a.country_code == country or country is None or a.country_code is None
        ]
        return candidates[0] if len(candidates) == 1 else None

    def _absorb_surname_actor(self, actor: Actor) -> None:
        """An earlier article knew this person by surname alone: fold that actor into this one."""
        surname = actor.name.split()[-1]
        earlier = self.session.scalars(
            select(Actor).where(Actor.slug == slugify(surname), Actor.type == "person", Actor.id != actor.id)
        ).first()
        if earlier is None or (earlier.country_code and earlier.country_code != actor.country_code):
            return
        for statement in self.session.scalars(select(Statement).where(Statement.actor_id == earlier.id)):
            statement.actor_id = actor.id
        self._add_aliases_of({actor.id: (actor, {earlier.name, *(a.alias for a in earlier.aliases)})})
        self.session.delete(earlier)
        self.session.flush()


def insert_or_ignore(
    session: Session, model: type, unique: list[str], rows: list[dict] | None = None, **values: object
) -> None:
    """INSERT ... ON CONFLICT DO NOTHING (one row given as keywords, or many as `rows`):
    concurrent ingest jobs never duplicate a row or fail on one."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(model).values(rows or [values]).on_conflict_do_nothing(index_elements=unique))


def store(session: Session, extraction: Extraction, digest: str) -> int:
    """Write one article and its statements, replacing what an earlier ingest stored for it."""
    a = extraction.article
    placeholder = {"text": "", "content_hash": "", "ingested_at": dt.datetime(1970, 1, 1)}
    insert_or_ignore(session, Article, ["key"], key=a.key, **placeholder)
    article = session.scalars(select(Article).where(Article.key == a.key)).one()
    session.execute(delete(Statement).where(Statement.article_id == article.id))
    article.title, article.outlet, article.url = a.title, a.outlet, a.url
    article.published, article.text, article.content_hash = a.published, a.text, digest
    article.ingested_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    session.flush()

    directory = ActorDirectory(session)
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
                "article_id": article.id,
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
    if rows:
        session.execute(insert(Statement), rows)
    session.flush()
    return len(extraction.statements)


def stored_digest(session: Session, key: str) -> str | None:
    """The content hash stored for an article key, None if the article is new."""
    return session.scalars(select(Article.content_hash).where(Article.key == key)).first()


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
    new: bool


def remove_orphan_actors(session: Session) -> None:
    session.execute(delete(Actor).where(~Actor.id.in_(select(Statement.actor_id).distinct())))


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
    With `workers` > 1, extraction runs in that many processes; storing stays in this one."""
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
        digest = content_hash(source)
        with session_factory() as session:
            existing = stored_digest(session, source.key)
        if existing == digest:
            summary.unchanged += 1
            return None
        return Pending(item.label, source, digest, new=existing is None)

    try:
        planned = plan(paths, max_bytes, get_fetcher, summary.warnings, feeds=feeds, since=since, known=known)
        # Articles go in batches: read and checked here, extracted in the worker processes (or here,
        # with one worker), then stored here in article order, one transaction each.
        for first in range(0, len(planned), BATCH):
            batch = []
            for number, item in enumerate(planned[first : first + BATCH], first + 1):
                pending = prepare(number, len(planned), item)
                if pending is not None:
                    batch.append(pending)
                if failed_early:
                    break
            sources = [p.source for p in batch]
            results = pool.map(extract_job, sources) if pool else [extract_job(s) for s in sources]
            for pending, result in zip(batch, results, strict=True):
                if isinstance(result, str):
                    fail(f"{pending.label}: {result}")
                    if failed_early:
                        break
                    continue
                try:
                    with session_factory() as session, session.begin():
                        count = store(session, result, pending.digest)
                except Exception as error:  # one broken article must not lose the others
                    fail(f"{pending.label}: {type(error).__name__}: {error}")
                    if failed_early:
                        break
                    continue
                if pending.new:
                    summary.stored += 1
                else:
                    summary.replaced += 1
                summary.statements += count
            if failed_early:
                break
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        for own in own_fetcher:
            own.close()
    with session_factory() as session, session.begin():
        remove_orphan_actors(session)
    return summary
