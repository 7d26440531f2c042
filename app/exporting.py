"""Statements as flat records, and those records as JSONL or CSV text, streamed.

Used by `stancewatch export` and by the web downloads, so both give the same fields. Rows are read
as plain columns (no ORM objects) in keyset batches, in list order, and each batch becomes one chunk
of text: memory stays bounded by one batch whatever the number of statements.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Connection,
    Dialect,
    Select,
    String,
    TypeDecorator,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.models import Actor, Article, Statement
from app.queries import Cursor, Filter, read_segment, search_for

FIELDS = (
    "id",
    "article",
    "kind",
    "text",
    "speaker",
    "speaker_type",
    "speaker_role",
    "country",
    "stance",
    "stance_reason",
    "said_on",
    "said_on_precision",
    "said_on_source",
    "said_on_expression",
    "cue",
    "outlet",
    "url",
    "published",
)


class _IsoDate(TypeDecorator[str]):
    """A date column read as its YYYY-MM-DD text: SQLite stores dates that way, so no date objects
    are made and formatted again for each row; other databases' dates are formatted."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return value if value is None or value.__class__ is str else value.isoformat()

    def result_processor(self, dialect: Dialect, coltype: object) -> Any:
        if dialect.name == "sqlite":
            return None  # the stored text as it is
        return super().result_processor(dialect, coltype)


# What each record is made of: these columns of the statement, in this order, ...
STATEMENT_COLUMNS = (
    Statement.public_id,
    Statement.article_id,
    Statement.kind,
    Statement.text,
    Statement.actor_id,
    Statement.country_code,
    Statement.stance,
    Statement.stance_reason,
    type_coerce(Statement.said_on, _IsoDate),
    Statement.said_on_precision,
    Statement.said_on_source,
    Statement.said_on_expression,
    Statement.cue,
    Statement.dated,  # the keyset runs on (dated, id)
    Statement.id,
)
# ... and these of its actor and its article, looked up by id (a few hundred actors, and a few
# statements to each article: cheaper than joining both tables to every statement row).
ACTOR_COLUMNS = (Actor.name, Actor.type, Actor.role)
ARTICLE_COLUMNS = (Article.key, Article.outlet, Article.url, type_coerce(Article.published, _IsoDate))
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
BATCH = 2000  # rows read, and turned into one chunk of text, at a time


class _Lookup:
    """Columns of actors or articles by id, read for the ids each batch needs, in bounded memory."""

    def __init__(self, model: type[Actor] | type[Article], columns: tuple, limit: int = 10_000) -> None:
        self.id = model.id
        self.columns = columns
        self.limit = limit
        self.missing = (None,) * len(columns)  # a row deleted since its statement was read
        self.known: dict[int, tuple] = {}

    def read(self, connection: Connection, ids: set[int]) -> dict[int, tuple]:
        wanted = ids - self.known.keys()
        if len(self.known) + len(wanted) > self.limit:
            self.known.clear()
            wanted = ids
        ordered = sorted(wanted)
        for first in range(0, len(ordered), 500):
            query = select(self.id, *self.columns).where(self.id.in_(ordered[first : first + 500]))
            for row in connection.execute(query):
                self.known[row[0]] = tuple(row[1:])
        for missing in wanted - self.known.keys():
            self.known[missing] = self.missing
        return self.known


def statement_rows(session: Session, f: Filter, batch: int | None = None) -> Iterator[list[list[Any]]]:
    """Every statement under the filter as lists of FIELDS values, in list order (as `queries.page`
    gives them: dated ones by date then id, then undated ones by id), `batch` rows at a time."""
    f = replace(f, after=None)
    batch = batch or BATCH
    actors, articles = _Lookup(Actor, ACTOR_COLUMNS), _Lookup(Article, ARTICLE_COLUMNS)
    search = search_for(session, f.q)

    def run(query: Select) -> list[Any]:
        # Core rows from the session's connection: no ORM loading step for plain columns.
        return list(session.connection().execute(query))

    for dated in (True, False):
        after = None
        while True:
            rows = read_segment(f, session, dated, after, batch, STATEMENT_COLUMNS, run, search)
            if rows:
                connection = session.connection()
                by_actor = actors.read(connection, {row[4] for row in rows})
                by_article = articles.read(connection, {row[1] for row in rows})
                records = []
                for row in rows:
                    key, outlet, url, published = by_article[row[1]]
                    name, type_, role = by_actor[row[4]]
                    # said_on only when it is known to the day
                    said_on = row[8] if row[9] == "day" else None
                    records.append(
                        [row[0], key, row[2], row[3], name, type_, role, row[5], row[6], row[7], said_on]
                        + [row[9], row[10], row[11], row[12], outlet, url, published]
                    )
                yield records
            if len(rows) < batch:
                break
            after = Cursor(rows[-1].dated, rows[-1].id)


def jsonl_chunks(batches: Iterator[list[list[Any]]]) -> Iterator[str]:
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for values in batches:
        yield "".join([dumps(dict(zip(FIELDS, record, strict=True))) + "\n" for record in values])


def _safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: a leading formula character gets a ' before it.
    (csv writes None as an empty cell.)"""
    if value.__class__ is str and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_chunks(batches: Iterator[list[list[Any]]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(FIELDS)
    yield flush()
    for values in batches:
        # Only text can hold a formula, and most cells start with a letter: check the first character.
        writer.writerows(
            [
                [_safe_cell(value) if value and value[:1] in _FORMULA_FIRST else value for value in record]
                for record in values
            ]
        )
        yield flush()


def export_chunks(session: Session, f: Filter, fmt: str) -> Iterator[str]:
    """The statements under `f` as CSV (with its header) or JSONL text, one chunk per batch."""
    batches = statement_rows(session, f)
    return csv_chunks(batches) if fmt == "csv" else jsonl_chunks(batches)
