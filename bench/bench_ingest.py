"""Ingestion benchmark: articles per second and peak memory of `stancewatch ingest`, end to end
(process start, reading, extraction, storing), with one process and with --workers N, each run into
an empty database.

    python -m bench.bench_ingest [--articles 1000] [--workers 2] [--database URL]

--database is a sqlite:/// or postgresql+psycopg:// URL (default: a new SQLite file in a temporary
folder). It is EMPTIED before each run: a SQLite file is deleted, a PostgreSQL database has its
`public` schema dropped and created again (the role must own the database). Then it is migrated, so
that the runs time ingesting only. The extractor is also timed alone, in this process, over the same
articles: what is left of the time of one process is reading, checking and storing.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent

# Runs the command line in a child process, then reports the peak resident memory of that process
# and of the largest of its own children (the extraction workers, reaped before it ends).
MEASURED_CLI = """
import json, resource, sys
from app.cli import main
status = main(sys.argv[1:])
peak = {"main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}
print("PEAK " + json.dumps(peak), file=sys.stderr)
sys.exit(status)
"""


def empty_database(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database, "a SQLite file, not an in-memory database"
        for suffix in ("", "-wal", "-shm"):
            Path(parsed.database + suffix).unlink(missing_ok=True)
    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            connection.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
    else:
        raise SystemExit(f"--database: a sqlite:/// or postgresql+psycopg:// URL, not {url}")
    cli(url, "db", "upgrade")


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=url)
    command = [sys.executable, "-c", MEASURED_CLI, *args]
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)


def run(folder: Path, url: str, workers: int) -> tuple[float, dict[str, float]]:
    empty_database(url)
    start = time.perf_counter()
    done = cli(url, "ingest", "--quiet", "--workers", str(workers), str(folder))
    seconds = time.perf_counter() - start
    line = next(line for line in done.stderr.splitlines() if line.startswith("PEAK "))
    peak = {name: kb / 1024 for name, kb in json.loads(line.removeprefix("PEAK ")).items()}
    return seconds, peak


def extraction_alone(folder: Path) -> float:
    """Seconds per article of the extractor alone, in this process."""
    from app.extract import extract
    from app.sources import read_source

    sources = [read_source(path, 10_000_000) for path in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    for source in sources:
        extract(source.text, source.meta)
    return (time.perf_counter() - start) / len(sources)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--database", metavar="URL", help="a scratch database: emptied before each run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        subprocess.run(
            [sys.executable, "bench/make_articles.py", str(folder), str(args.articles)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        count = len(list(folder.glob("*.txt")))
        url = args.database or f"sqlite:///{Path(work) / 'ingest.db'}"
        backend = make_url(url).get_backend_name()
        single = None
        for workers in sorted({1, args.workers}):
            seconds, peak = run(folder, url, workers)
            single = single or seconds
            memory = f"peak memory {peak['main']:.0f} MB" + (
                f", each worker {peak['worker']:.0f} MB" if workers > 1 else ""
            )
            print(
                f"{count} articles, {workers} process(es), {backend}: {seconds:.1f} s, "
                f"{count / seconds:.0f} articles/s, {memory}"
            )
        extraction = extraction_alone(folder)
        assert single is not None
        print(
            f"extraction alone: {1000 * extraction:.1f} ms/article; the rest of one process "
            f"(start, reading, checking, storing): {1000 * (single / count - extraction):.1f} ms/article"
        )


if __name__ == "__main__":
    main()
