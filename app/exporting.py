"""Statements as flat records, and those records as JSONL or CSV lines, streamed.

Used by `stancewatch export` and by the web downloads, so both give the same fields.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from app.models import Statement

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
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def statement_record(statement: Statement) -> dict[str, Any]:
    actor, article = statement.actor, statement.article
    exact_day = statement.said_on if statement.said_on_precision == "day" else None
    return {
        "id": statement.public_id,
        "article": article.key,
        "kind": statement.kind,
        "text": statement.text,
        "speaker": actor.name,
        "speaker_type": actor.type,
        "speaker_role": actor.role,
        "country": statement.country_code,
        "stance": statement.stance,
        "stance_reason": statement.stance_reason,
        "said_on": exact_day.isoformat() if exact_day else None,
        "said_on_precision": statement.said_on_precision,
        "said_on_source": statement.said_on_source,
        "said_on_expression": statement.said_on_expression,
        "cue": statement.cue,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
    }


def jsonl_lines(statements: Iterable[Statement]) -> Iterator[str]:
    for statement in statements:
        yield json.dumps(statement_record(statement), ensure_ascii=False) + "\n"


def _safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def csv_lines(statements: Iterable[Statement]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        line = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return line

    writer.writerow(FIELDS)
    yield flush()
    for statement in statements:
        record = statement_record(statement)
        writer.writerow([_safe_cell(record[name]) for name in FIELDS])
        yield flush()
