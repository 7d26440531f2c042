"""Ingestion benchmark: articles per second and peak memory of `stancewatch ingest`, end to end
(reading, extraction, storing), with one process and with --workers N, into fresh SQLite databases.

    python -m bench.bench_ingest [--articles 1000] [--workers 2]

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(folder: Path, database: Path, workers: int) -> tuple[float, float]:
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{database}")
    command = [sys.executable, "-m", "app.cli", "ingest", "--quiet", "--workers", str(workers), str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
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
        # Migrations once, so that both runs time ingesting only.
        for workers in sorted({1, args.workers}):
            database = Path(work) / f"ingest-{workers}.db"
            subprocess.run(
                [sys.executable, "-m", "app.cli", "db", "upgrade"],
                cwd=ROOT,
                check=True,
                capture_output=True,
                env=dict(os.environ, DATABASE_URL=f"sqlite:///{database}"),
            )
            seconds, peak = run(folder, database, workers)
            print(
                f"{count} articles, {workers} process(es): {seconds:.1f} s, "
                f"{count / seconds:.0f} articles/s, "
                f"peak memory of one process {peak:.0f} MB"
            )


if __name__ == "__main__":
    main()
