"""The tables, in SQLAlchemy 2's typed ORM. The schema itself is made only by `migrations/`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STANCES = ("support", "open", "oppose", "neutral")
KINDS = ("direct", "reported")
ACTOR_TYPES = ("person", "government", "organization", "group")
DATE_PRECISIONS = ("day", "week", "month", "year")
DATE_SOURCES = ("stated", "article_date", "unknown")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Country(Base):
    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166-1 alpha-2
    name: Mapped[str] = mapped_column(String(100))
    nato_member: Mapped[bool] = mapped_column(Boolean, default=False)
    nato_joined: Mapped[int | None] = mapped_column(Integer)
    eu_member: Mapped[bool] = mapped_column(Boolean, default=False)


class Actor(Base):
    __tablename__ = "actors"
    __table_args__ = (CheckConstraint(_in("type", ACTOR_TYPES), name="type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    type: Mapped[str] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"), index=True)

    country: Mapped[Country | None] = relationship(lazy="joined")
    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAlias.alias"
    )


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(200), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Article(Base):
    __tablename__ = "articles"
    # The outlet of an article by its id without reading the article (its text makes the rows large):
    # a search's outlet facet (PostgreSQL reads it from this index alone; SQLite reads the row).
    __table_args__ = (Index("ix_articles_id_outlet", "id", "outlet"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str | None] = mapped_column(String(500))
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # the data version

    statements: Mapped[list[Statement]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="Statement.span_start"
    )


class Statement(Base):
    __tablename__ = "statements"
    __table_args__ = (
        CheckConstraint(_in("kind", KINDS), name="kind"),
        CheckConstraint(_in("stance", STANCES), name="stance"),
        CheckConstraint(_in("said_on_source", DATE_SOURCES), name="said_on_source"),
        # Listing order everywhere: newest first, then the id as a tie-breaker (keyset pagination).
        Index("ix_statements_dated_id", "dated", "id"),
        Index("ix_statements_country_dated", "country_code", "dated", "id"),
        Index("ix_statements_stance_dated", "stance", "dated", "id"),
        Index("ix_statements_actor_dated", "actor_id", "dated", "id"),
        Index("ix_statements_kind_dated", "kind", "dated", "id"),
        Index("ix_statements_article", "article_id", "span_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Derived from the content (article key, speaker, text): survives re-ingest and rebuilds.
    public_id: Mapped[str] = mapped_column(String(16), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"))
    # The speaker's country, copied from the actor so every filter is one indexed range scan.
    country_code: Mapped[str | None] = mapped_column(ForeignKey("countries.code"))
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(String(100))
    stance: Mapped[str] = mapped_column(String(10))
    stance_reason: Mapped[str | None] = mapped_column(String(300))
    said_on: Mapped[dt.date | None] = mapped_column(Date)
    said_on_precision: Mapped[str | None] = mapped_column(String(10))
    said_on_source: Mapped[str] = mapped_column(String(20), default="unknown")
    said_on_expression: Mapped[str | None] = mapped_column(String(100))
    # The date lists sort and filter on: the day it was said, else the article's date.
    dated: Mapped[dt.date | None] = mapped_column(Date)

    article: Mapped[Article] = relationship(back_populates="statements")
    actor: Mapped[Actor] = relationship(lazy="joined")
    country: Mapped[Country | None] = relationship(lazy="joined")


# Counts of statements kept beside them (migration 0004), so that facets, charts and totals read a
# few thousand rows instead of every matching statement. Each table counts statements by the
# dimensions in its key; ingest adds and subtracts as it stores, replaces and deletes statements
# (`app.ingest`), and `app.aggregates.rebuild_counts` recounts them all from the statements. Keys
# are never NULL: `month` is year * 100 + month of `dated` (0: undated), `country` and `outlet`
# are "" when the statement or its article has none. A count can fall to 0; readers skip those.
NO_MONTH = 0


class _Counted:
    # On SQLite the rows are stored in key order (no rowid): a scan reads the key and count at once.
    __table_args__: Any = {"sqlite_with_rowid": False}

    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    stance: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class Count(_Counted, Base):
    """Statements by country, stance and kind: totals and most facets when no date is asked for."""

    __tablename__ = "counts"


class MonthCount(_Counted, Base):
    """The same by month: the timeline, totals and facets under a date range."""

    __tablename__ = "counts_month"

    month: Mapped[int] = mapped_column(Integer, primary_key=True)


class ActorCount(_Counted, Base):
    """Statements by speaker (and country, stance, kind): the speaker facet, speaker pages."""

    __tablename__ = "counts_actor"

    actor_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class ActorMonthCount(_Counted, Base):
    """The same by month too: speaker facets under a date range, a speaker's timeline."""

    __tablename__ = "counts_actor_month"
    __table_args__ = (Index("ix_counts_actor_month_month", "month"), _Counted.__table_args__)

    actor_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)


class OutletCount(_Counted, Base):
    """Statements by their article's outlet (and country, stance, kind): the outlet facet."""

    __tablename__ = "counts_outlet"

    outlet: Mapped[str] = mapped_column(String(200), primary_key=True)


class OutletMonthCount(_Counted, Base):
    """The same by month too: outlet facets under a date range."""

    __tablename__ = "counts_outlet_month"
    __table_args__ = (Index("ix_counts_outlet_month_month", "month"), _Counted.__table_args__)

    outlet: Mapped[str] = mapped_column(String(200), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)


class ArticleCount(Base):
    """Articles by outlet: the overview's number of articles."""

    __tablename__ = "counts_articles"
    __table_args__ = _Counted.__table_args__

    outlet: Mapped[str] = mapped_column(String(200), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


COUNT_TABLES: tuple[type[_Counted], ...] = (
    Count,
    MonthCount,
    ActorCount,
    ActorMonthCount,
    OutletCount,
    OutletMonthCount,
)

# What the migrations make by hand for full-text search and these models do not describe:
# SQLite's FTS5 tables, PostgreSQL's tsvector column and its index. Autogenerate skips them.
UNMODELLED_TABLE_PREFIX = "statements_fts"
UNMODELLED = {("column", "search"), ("index", "ix_statements_search")}


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    if type_ == "table" and name and name.startswith(UNMODELLED_TABLE_PREFIX):
        return False
    return (type_, name) not in UNMODELLED
