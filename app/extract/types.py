"""The plain data that flows through the extraction pipeline.

Nothing here touches the database: `ingest.py` turns these into rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["direct", "reported"]
Stance = Literal["support", "open", "oppose", "neutral"]
ActorType = Literal["person", "government", "organization", "group"]
# How precisely `said_on` is known: a day, or only a week / month / year.
DatePrecision = Literal["day", "week", "month", "year"]
# Where `said_on` came from: written in the text, worked out from the article's
# published date (a weekday, "yesterday"), or not known at all.
DateSource = Literal["stated", "article_date", "unknown"]


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text (the `NAME.json` file, a manifest, a page)."""

    key: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Article:
    """An article after cleaning: the text that is stored and that every span points into."""

    key: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class ActorRef:
    """An actor as one article names it, already resolved to its fullest form in that article."""

    name: str
    type: ActorType
    country: str | None = None  # ISO 3166-1 alpha-2, None for NATO, EU, stateless speakers
    role: str | None = None  # "Chancellor", "Foreign Minister", "spokesman"
    aliases: tuple[str, ...] = ()  # every other string the article used for this actor


@dataclass(frozen=True)
class SaidOn:
    date: dt.date | None = None  # the day, or the first day of the week / month / year
    precision: DatePrecision | None = None
    source: DateSource = "unknown"
    expression: str | None = None  # the words it came from: "on Wednesday", "last week"


@dataclass(frozen=True)
class Statement:
    kind: Kind
    text: str
    span: Span  # where `text` stands in `Article.text`
    speaker: ActorRef
    cue: str | None = None  # the speech verb or phrase that attributed it: "said", "according to"
    stance: Stance = "neutral"
    stance_reason: str | None = None  # the cue that decided the stance, shown to readers
    said_on: SaidOn = field(default_factory=SaidOn)


@dataclass(frozen=True)
class Extraction:
    article: Article
    statements: list[Statement]
