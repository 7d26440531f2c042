"""The `stancewatch` command: ingest, export, serve, db upgrade."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Sequence
from contextlib import nullcontext

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import PROJECT_ROOT, get_settings


def _progress_bar(number: int, total: int, label: str) -> None:
    width = 30
    filled = width * number // max(total, 1)
    name = label[-40:]
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {number}/{total} {name:<40}")
    if number == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def database_url(args: argparse.Namespace) -> str:
    return getattr(args, "database_url", None) or get_settings().database_url


def upgrade(url: str, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["database_url"] = url
    command.upgrade(config, revision)


def _head_revision() -> str | None:
    """The one head of migrations/versions, read from the files' `revision = ...` and
    `down_revision = ...` lines without importing Alembic; None when that is not clear-cut."""
    revisions, parents = set(), set()
    for path in (PROJECT_ROOT / "migrations" / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = re.findall(r"^revision\s*=\s*[\"']([^\"']+)[\"']\s*$", text, re.MULTILINE)
        down = re.findall(r"^down_revision\s*=(.*)$", text, re.MULTILINE)
        if len(found) != 1 or len(down) != 1:
            return None
        revisions.add(found[0])
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down[0]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def upgrade_if_needed(url: str) -> None:
    """`upgrade`, unless the database is already at the head revision: one query instead of
    importing and running Alembic before every ingest."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from app.db import engine_for

    head = _head_revision()
    if head is not None:
        try:
            with engine_for(url).connect() as connection:
                versions = list(connection.scalars(text("SELECT version_num FROM alembic_version")))
        except DBAPIError:
            versions = []
        if versions == [head]:
            return
    upgrade(url)


def cmd_db(args: argparse.Namespace) -> int:
    upgrade(database_url(args), args.revision)
    print(f"database at {args.revision}: {database_url(args)}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from app.db import engine_for
    from app.ingest import ingest_paths
    from app.models import Article

    url = database_url(args)
    upgrade_if_needed(url)
    engine = engine_for(url)
    if args.if_empty:
        with Session(engine) as session:
            if session.scalars(select(Article.id).limit(1)).first() is not None:
                print("database already holds articles: nothing to do")
                return 0
    progress = _progress_bar if sys.stderr.isatty() and not args.quiet else None
    summary = ingest_paths(
        lambda: Session(engine),
        args.paths,
        get_settings().max_article_bytes,
        strict=args.strict,
        progress=progress,
        feeds=args.feed,
        since=args.since,
        topic_filter=args.topic_filter,
        timeout=args.timeout,
        workers=args.workers,
    )
    for line in summary.lines():
        print(line, file=sys.stderr if line.startswith(("warning", "failed")) else sys.stdout)
    return 1 if summary.failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.db import engine_for
    from app.exporting import export_chunks
    from app.queries import Filter

    engine = engine_for(database_url(args))
    target = open(args.output, "w", encoding="utf-8", newline="") if args.output else nullcontext(sys.stdout)  # noqa: SIM115
    with target as out, Session(engine) as session:
        for chunk in export_chunks(session, Filter(sort="oldest"), args.format):
            out.write(chunk)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "app.web.main:app",
        host=args.host or settings.host,
        port=args.port or settings.port,
        workers=args.workers,
        proxy_headers=True,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="stancewatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser(
        "ingest",
        help="extract statements from articles and store them",
        description="Read articles from files, folders, web pages and feeds; store their statements. "
        "Exit status 0 when everything was read, 1 when anything failed.",
    )
    ingest.add_argument(
        "paths",
        nargs="*",
        metavar="PATH_OR_URL",
        help="article files (.txt with optional NAME.json or a folder's manifest.csv; .html; .jsonl), "
        "folders of them, or http(s) addresses of article pages",
    )
    ingest.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL",
        help="an RSS or Atom feed whose new entries to ingest (may be given more than once)",
    )
    ingest.add_argument(
        "--since", type=_date, metavar="YYYY-MM-DD", help="skip articles and feed entries published before"
    )
    ingest.add_argument(
        "--topic-filter",
        choices=("feeds", "all", "none"),
        default="feeds",
        help="keep only articles that mention troops/soldiers/forces and Ukraine: for feed entries "
        "(default), for every article, or for none",
    )
    ingest.add_argument(
        "--timeout", type=float, default=20.0, metavar="SECONDS", help="for each web request (default 20)"
    )
    ingest.add_argument("--strict", action="store_true", help="stop at the first article that fails")
    ingest.add_argument(
        "--workers", type=int, default=1, metavar="N", help="extract in N processes (default 1)"
    )
    ingest.add_argument("--if-empty", action="store_true", help="do nothing if the database holds articles")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(func=cmd_ingest)

    export = sub.add_parser("export", help="write every statement as JSON lines or CSV")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--output", "-o", help="a file to write (default: standard output)")
    export.set_defaults(func=cmd_export)

    serve = sub.add_parser("serve", help="serve the dashboard")
    serve.add_argument("--host", help="default: HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, help="default: PORT or 8000")
    serve.add_argument("--workers", type=int, default=1, help="worker processes")
    serve.set_defaults(func=cmd_serve)

    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="apply migrations")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=cmd_db)
    return parser


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from error


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "ingest" and not args.paths and not args.feed:
        parser.error("ingest: give article paths, URLs or --feed URL")
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
