"""A realistic fake database for benchmarks, screenshots and tests: N statements across every NATO
member, Ukraine and Russia, hundreds of actors, three years of dates, articles with text.

    python -m bench.make_database --statements 100000 --database sqlite:///bench/out/100k.db
    python -m bench.make_database --statements 100000 \
        --database postgresql+psycopg://bench:bench@127.0.0.1:5432/bench_100k

`--database` is a SQLAlchemy URL, or a bare SQLite file path. Writes through the real schema
(migrations first): bulk Core inserts on SQLite, COPY on PostgreSQL. Columns the database fills
itself are left to it, as on ingest: SQLite's FTS5 table by its triggers, PostgreSQL's `search`
tsvector as a generated column. The count tables, which ingest keeps current, are recounted from
the statements in the same transaction (`app.aggregates.rebuild_counts`). Then ANALYZE (and VACUUM
on PostgreSQL, so that index-only scans work at once). Deterministic per seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.aggregates import MAP_COUNTRIES, rebuild_counts
from app.identity import slugify, statement_public_id
from app.models import Actor, ActorAlias, Article, Base, Statement

COUNTRIES = list(MAP_COUNTRIES)  # every NATO member, Ukraine and Russia
# How each country's speakers lean: weights for support, open, oppose, neutral.
LEAN = {
    "FR": (4, 4, 1, 1),
    "GB": (3, 4, 2, 1),
    "EE": (5, 3, 1, 1),
    "LT": (5, 3, 1, 1),
    "LV": (4, 3, 1, 1),
    "UA": (8, 1, 0.5, 1),
    "RU": (0.2, 0.3, 8, 1),
    "HU": (0.3, 0.5, 6, 1),
    "SK": (0.5, 1, 5, 1),
    "DE": (1, 2, 5, 1),
    "US": (1, 2, 4, 2),
    "IT": (1, 2, 4, 1),
    "PL": (2, 3, 3, 1),
    "TR": (0.5, 1, 3, 3),
}
DEFAULT_LEAN = (1.5, 2, 3, 1.5)
STANCES = ("support", "open", "oppose", "neutral")

FIRST = [
    "Anna",
    "Lukas",
    "Marta",
    "Pavel",
    "Sofia",
    "Jonas",
    "Elena",
    "Mikkel",
    "Ines",
    "Tomas",
    "Clara",
    "Henrik",
    "Lea",
    "Matteo",
    "Nora",
    "Viktor",
    "Ida",
    "Olga",
    "Pierre",
    "Agnes",
    "Bruno",
    "Greta",
    "Karl",
    "Petra",
    "Dario",
    "Rosa",
    "Emil",
    "Hanna",
    "Milan",
    "Irena",
    "Oskar",
    "Vera",
    "Luca",
    "Ewa",
    "Andrei",
    "Maria",
    "Jakub",
    "Selin",
    "Arman",
    "Dmytro",
    "Oksana",
    "Sergei",
    "Natalia",
    "Laura",
    "Tim",
    "James",
    "Sarah",
    "David",
    "Kate",
]
LAST = [
    "Brandt",
    "Moreau",
    "Nowak",
    "Petrov",
    "Rossi",
    "Jansen",
    "Novak",
    "Horvat",
    "Kowalski",
    "Berg",
    "Lund",
    "Kask",
    "Ozols",
    "Varga",
    "Popescu",
    "Dimitrov",
    "Silva",
    "Garcia",
    "Martin",
    "Keller",
    "Bauer",
    "Meyer",
    "Lindqvist",
    "Virtanen",
    "Olsen",
    "Hansen",
    "Costa",
    "Demir",
    "Yilmaz",
    "Shevchenko",
    "Bondarenko",
    "Ivanov",
    "Smirnov",
    "Walsh",
    "Carter",
    "Hughes",
    "Fischer",
    "Leclerc",
    "Marino",
    "Santos",
    "Kovac",
    "Zeman",
]
ROLES = (
    "Prime Minister",
    "President",
    "Defence Minister",
    "Foreign Minister",
    "Member of Parliament",
    "Opposition leader",
    "Chief of Defence",
    "Party spokesperson",
    "Senator",
    "Ambassador to NATO",
    "Chair of the Defence Committee",
    "Deputy Prime Minister",
)
OUTLETS = (
    "The Daily Ledger",
    "Morning Courier",
    "Baltic Wire",
    "Eurowatch",
    "Le Quotidien",
    "Tagesblatt",
    "Gazeta Codzienna",
    "Nordic Herald",
    "Atlantic Review",
    "Kyiv Dispatch",
    "Moscow Bulletin",
    "Il Corriere Sera",
    "Danube Times",
    "Iberia Press",
    "Alpine Post",
    "Channel Report",
    "Capitol Daily",
    "Ankara Gazette",
    "The Observer Line",
    "Wire Service Europe",
)
QUOTES = {
    "support": (
        "We are ready to send troops to Ukraine to secure a ceasefire",
        "Our soldiers should be part of a reassurance force in Ukraine",
        "European troops on the ground would deter further Russian aggression",
        "We will deploy instructors to western Ukraine this year",
        "A coalition of the willing must be prepared to put boots on the ground",
        "Sending a brigade to protect Ukrainian airspace is the right decision",
    ),
    "open": (
        "Nothing can be ruled out when it comes to supporting Ukraine",
        "We are prepared to discuss a peacekeeping mission after a ceasefire",
        "Sending troops is not on the table today, but that may change",
        "Any deployment would need a clear mandate from parliament",
        "We keep every option open, including a presence on the ground",
    ),
    "oppose": (
        "There will be no soldiers from our country in Ukraine",
        "Sending NATO troops to Ukraine would mean a direct war with Russia",
        "We will not send troops, but we will keep sending weapons",
        "Western troops in Ukraine are a red line for us",
        "A deployment of ground forces is out of the question",
        "Our armed forces will not take part in any mission inside Ukraine",
    ),
    "neutral": (
        "The talks in Brussels covered air defence and ammunition",
        "The question of troops was discussed but no decision was taken",
        "We will consult our allies before saying anything about a mission",
        "The government is studying the proposals for security guarantees",
    ),
}
REASONS = {
    "support": "says troops should or will be sent",
    "open": "does not rule a deployment out",
    "oppose": "rules out sending troops",
    "neutral": "takes no position on troops",
}
CUES = ("said", "told reporters", "wrote", "stated", "declared", "argued", "warned")
FILLER = (
    "Leaders met on Thursday to discuss further support for Kyiv.",
    "The debate over a possible deployment has divided the alliance.",
    "Officials said talks would continue next week.",
    "The remarks drew a sharp response from Moscow.",
    "Analysts say the question of troops will shape the next summit.",
    "The ministry did not respond to a request for comment.",
)
TITLES = (
    "Where {country} stands on troops for Ukraine",
    "{country} debates a mission to Ukraine",
    "Allies split over ground troops; {country} speaks out",
    "Ceasefire force: what {country} is ready to send",
    "{country} and the question of boots on the ground",
)
START = dt.date(2023, 11, 23)
DAYS = 3 * 365


def database_url(value: str) -> str:
    """The URL given to `--database`: a SQLAlchemy URL, or a bare SQLite file path (the old form).
    A SQLite file's path is made absolute, so that servers started elsewhere find the same file."""
    url = make_url(value if "://" in value else f"sqlite:///{value}")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        url = url.set(database=str(Path(url.database).resolve()))
    return url.render_as_string(hide_password=False)


@dataclass
class Generated:
    actors: list[dict] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)


def country_name(code: str) -> str:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    names = {
        "RU": "Russia",
        "GB": "the United Kingdom",
        "US": "the United States",
        "NL": "the Netherlands",
        "CZ": "Czechia",
        "TR": "Türkiye",
    }
    return names.get(code) or getattr(country, "common_name", None) or country.name  # type: ignore[union-attr]


def make_actors(rng: random.Random, per_country: int, first_id: int) -> list[dict]:
    actors, seen = [], set()
    next_id = first_id
    for code in COUNTRIES:
        for i in range(per_country):
            if i == 0:
                name, kind, role = f"Government of {country_name(code)}", "government", None
            else:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                while slugify(name) in seen:
                    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                kind, role = "person", ROLES[(i - 1) % len(ROLES)]
            seen.add(slugify(name))
            actors.append(
                {
                    "id": next_id,
                    "slug": slugify(name),
                    "name": name,
                    "type": kind,
                    "role": role,
                    "country_code": code,
                }
            )
            next_id += 1
    return actors


def generate(
    statements: int,
    seed: int = 0,
    per_country: int = 12,
    first_ids: tuple[int, int, int] = (1, 1, 1),
    key_prefix: str = "bench",
) -> Generated:
    """Rows as dicts (ids given), ready for Core `insert()`; about three statements an article."""
    rng = random.Random(seed)
    actor_id, article_id, statement_id = first_ids
    out = Generated(actors=make_actors(rng, per_country, actor_id))
    for actor in out.actors:
        if actor["type"] == "person":
            out.aliases.append({"actor_id": actor["id"], "alias": actor["name"].split()[-1]})
    by_country: dict[str, list[dict]] = {}
    for actor in out.actors:
        by_country.setdefault(actor["country_code"], []).append(actor)
    now = dt.datetime(2026, 11, 23, 12, 0)
    made = 0
    while made < statements:
        published = START + dt.timedelta(days=min(DAYS - 1, int(rng.betavariate(1.3, 1.0) * DAYS)))
        outlet = rng.choice(OUTLETS)
        key = f"{key_prefix}-{article_id}"
        country = rng.choice(COUNTRIES)
        title = rng.choice(TITLES).format(country=country_name(country))
        pieces: list[str] = [f"{rng.choice(FILLER)} "]
        rows: list[dict] = []
        for _ in range(min(rng.randint(1, 5), statements - made)):
            speaker_country = country if rng.random() < 0.7 else rng.choice(COUNTRIES)
            actor = rng.choice(by_country[speaker_country])
            stance = rng.choices(STANCES, LEAN.get(speaker_country, DEFAULT_LEAN))[0]
            quote = rng.choice(QUOTES[stance])
            kind = "direct" if rng.random() < 0.7 else "reported"
            cue = rng.choice(CUES)
            offset = sum(len(p) for p in pieces)
            if kind == "direct":
                sentence = f"“{quote},” {actor['name']} {cue}. "
                start = offset + 1
            else:
                sentence = f"{actor['name']} {cue} that {quote[0].lower()}{quote[1:]}. "
                start = offset + len(f"{actor['name']} {cue} that ")
                quote = quote[0].lower() + quote[1:]
            pieces.append(sentence)
            if rng.random() < 0.4:
                pieces.append(f"{rng.choice(FILLER)} ")
            roll = rng.random()
            if roll < 0.6:
                said_on, precision, source, expression = (
                    published - dt.timedelta(days=rng.randint(0, 3)),
                    "day",
                    "stated",
                    rng.choice(("on Monday", "on Tuesday", "yesterday", "on Friday")),
                )
            elif roll < 0.98:
                said_on, precision, source, expression = None, None, "article_date", None
            else:
                said_on, precision, source, expression = None, None, "unknown", None
            repeat = sum(1 for r in rows if r["actor_id"] == actor["id"] and r["text"] == quote)
            rows.append(
                {
                    "id": statement_id,
                    "public_id": statement_public_id(key, actor["name"], kind, quote, repeat),
                    "article_id": article_id,
                    "actor_id": actor["id"],
                    "country_code": actor["country_code"],
                    "kind": kind,
                    "text": quote,
                    "span_start": start,
                    "span_end": start + len(quote),
                    "cue": cue,
                    "stance": stance,
                    "stance_reason": REASONS[stance],
                    "said_on": said_on,
                    "said_on_precision": precision,
                    "said_on_source": source,
                    "said_on_expression": expression,
                    "dated": said_on or (published if source != "unknown" else None),
                }
            )
            statement_id += 1
        body = "".join(pieces).strip()
        out.articles.append(
            {
                "id": article_id,
                "key": key,
                "title": title,
                "outlet": outlet,
                "url": f"https://news.example/{key}",
                "published": published,
                "text": body,
                "content_hash": f"{article_id:064x}",
                "ingested_at": now,
            }
        )
        out.statements += rows
        made += len(rows)
        article_id += 1
    return out


def _reuse_known_actors(data: Generated, known: dict[str, int]) -> None:
    """Actors already in the database keep their row: point the new statements at it."""
    moved = {a["id"]: known[a["slug"]] for a in data.actors if a["slug"] in known}
    if not moved:
        return
    data.actors = [a for a in data.actors if a["id"] not in moved]
    data.aliases = [a for a in data.aliases if a["actor_id"] not in moved]
    for row in data.statements:
        row["actor_id"] = moved.get(row["actor_id"], row["actor_id"])


def _chunks(rows: list[dict], size: int = 5000) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _insert(connection: Connection, table: type[Base], rows: list[dict]) -> None:
    """Bulk Core inserts; on PostgreSQL one COPY per table, several times faster at a million rows.
    Both go through the connection's own transaction."""
    if not rows:
        return
    if connection.dialect.name != "postgresql":
        for chunk in _chunks(rows):
            connection.execute(insert(table), chunk)
        return
    columns = list(rows[0])
    command = f"COPY {table.__tablename__} ({', '.join(columns)}) FROM STDIN"
    with connection.connection.driver_connection.cursor() as cursor, cursor.copy(command) as copy:  # type: ignore[union-attr]
        for row in rows:
            copy.write_row([row[column] for column in columns])


def empty_database(url: str) -> None:
    """Remove every table (and the SQLite file): the next `upgrade` starts from nothing."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{parsed.database}{suffix}").unlink(missing_ok=True)
        return
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def analyze(engine: Engine) -> None:
    """Planner statistics for the new rows; on PostgreSQL VACUUM too (the visibility map that
    index-only scans need), which autovacuum would otherwise do some time later."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def populate(engine: Engine, statements: int, seed: int = 0, per_country: int = 12) -> Generated:
    """Generate and insert into a migrated database (next to whatever it already holds)."""
    with engine.begin() as connection:
        firsts = tuple(
            (connection.scalar(select(func.max(t.id))) or 0) + 1 for t in (Actor, Article, Statement)
        )
        prefix = f"bench{firsts[1]}"
        data = generate(statements, seed, per_country, firsts, prefix)  # type: ignore[arg-type]
        _reuse_known_actors(data, dict(connection.execute(select(Actor.slug, Actor.id)).all()))
        for table, rows in (
            (Actor, data.actors),
            (ActorAlias, data.aliases),
            (Article, data.articles),
            (Statement, data.statements),
        ):
            _insert(connection, table, rows)
        if connection.dialect.name == "postgresql":  # ids were given: move the sequences past them
            for table in ("actors", "articles", "statements"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))"
                )
        rebuild_counts(connection)  # the rows went in around ingest: recount the count tables
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument(
        "--database",
        required=True,
        help="a database URL (sqlite:///bench/out/100k.db, postgresql+psycopg://...) or a SQLite file",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--actors-per-country", type=int, default=12)
    parser.add_argument(
        "--replace", action="store_true", help="empty the database first (else rows are added to it)"
    )
    args = parser.parse_args()
    from app.cli import upgrade
    from app.db import make_engine

    url = database_url(args.database)
    started = time.perf_counter()
    if args.replace:
        empty_database(url)
    upgrade(url)
    engine = make_engine(url)
    data = populate(engine, args.statements, args.seed, args.actors_per_country)
    analyze(engine)
    engine.dispose()
    print(
        f"{len(data.statements)} statements, {len(data.actors)} actors, {len(data.articles)} articles "
        f"in {time.perf_counter() - started:.1f} s: {make_url(url)!r}"
    )


if __name__ == "__main__":
    main()


def populate_orm(session: Session, statements: int, seed: int = 0, per_country: int = 3) -> Generated:
    """The same rows written through the ORM (for tests: small counts, the session's own transaction)."""
    firsts = tuple((session.scalar(select(func.max(t.id))) or 0) + 1 for t in (Actor, Article, Statement))
    data = generate(statements, seed, per_country, firsts, f"t{seed}-{firsts[1]}")  # type: ignore[arg-type]
    _reuse_known_actors(data, dict(session.execute(select(Actor.slug, Actor.id)).all()))
    session.add_all(Actor(**a) for a in data.actors)
    session.flush()
    session.add_all(ActorAlias(**a) for a in data.aliases)
    session.add_all(Article(**a) for a in data.articles)
    session.flush()
    session.add_all(Statement(**s) for s in data.statements)
    session.flush()
    rebuild_counts(session.connection())
    session.commit()
    return data
