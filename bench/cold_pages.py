"""Cold page times: each view computed from the database, with the response cache off, as the first
visitor after an ingest sees it. In-process (no HTTP): the median and the slowest of `--runs` runs
of the whole page, and the median of its htmx fragment, each after one untimed request (the
process compiles a template and a query's SQL the first time it sees them).

    python -m bench.cold_pages --database sqlite:///bench/out/1m.db
    python -m bench.cold_pages --database postgresql+psycopg://bench:bench@127.0.0.1:5432/bench_1m
    python -m bench.cold_pages --database bench/out/1m.db --runs 7 --path '/quotes?q=troops'

`--database` is a SQLAlchemy URL or a bare SQLite file path.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

PATHS = [
    "/",
    "/quotes",
    "/quotes?country=DE&stance=oppose",
    "/quotes?country=FR&country=PL&country=GB",
    "/quotes?from=2024-03-01&to=2024-03-31",
    "/quotes?q=troops",
    "/quotes?q=red+line&country=DE",
    "/api/statements?country=DE&stance=oppose",
    "/countries/DE",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a database URL or a SQLite file")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--path", action="append", help="time this path, not the usual ones (repeatable)")
    args = parser.parse_args()
    from bench.make_database import database_url

    os.environ["DATABASE_URL"] = database_url(args.database)
    os.environ["RESPONSE_CACHE_MB"] = "0"
    from fastapi.testclient import TestClient

    from app.web.main import create_app

    client = TestClient(create_app())
    client.get("/healthz")  # connect once, outside the timings
    print(f"{'path':48} {'median ms':>10} {'max ms':>8} {'fragment ms':>12}")
    for path in args.path or PATHS:
        times = {}
        for label, headers in (("page", {}), ("fragment", {"HX-Request": "true"})):
            client.get(path, headers=headers)  # compiles its templates and queries once, untimed
            runs = []
            for _ in range(args.runs):
                start = time.perf_counter()
                assert client.get(path, headers=headers).status_code == 200
                runs.append((time.perf_counter() - start) * 1000)
            times[label] = statistics.median(runs)
            times[f"{label} max"] = max(runs)
        print(f"{path:48} {times['page']:10.0f} {times['page max']:8.0f} {times['fragment']:12.0f}")


if __name__ == "__main__":
    main()
