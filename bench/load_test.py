"""Load test: wrk against uvicorn on 127.0.0.1, cycling through the overview, filtered lists, search,
fragments and permalinks, and reporting requests/s, p50/p99 latency, errors and non-2xx answers.

    python -m bench.make_database --statements 100000 --database sqlite:///bench/out/100k.db
    python -m bench.load_test --database sqlite:///bench/out/100k.db [--duration 60] [--connections 64]
    python -m bench.load_test --database postgresql+psycopg://bench:bench@127.0.0.1:5432/bench_100k

`--database` is a SQLAlchemy URL or a bare SQLite file path. No warm-up: the first computation of
each view (before the response cache has it) is inside the timed window, as after an ingest.
Only 127.0.0.1 is ever contacted (and the database). Prints figures; asserts nothing (exit status
1 on any error).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

from bench.bench_web import rss_mb, sample_values, uvicorn, wrk
from bench.make_database import database_url

PATHS = [
    "/",
    "/quotes",
    "/quotes?country=DE&stance=oppose",
    "/quotes?country=FR&country=PL&kind=direct",
    "/quotes?stance=open&from=2024-01-01",
    "/quotes?q=troops",
    "/quotes?q=ground+forces&country=GB",
    "/quotes?actor={actor}",
    "/quotes?after={deep}",
    "/quotes/{public_id}",
    "/actors/{actor}",
    "/countries/DE",
    "/api/statements?country=DE",
]

LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  local path = paths[(counter %% #paths) + 1]
  if counter %% 3 == 0 then
    return wrk.format("GET", path, {["HX-Request"] = "true"})
  end
  return wrk.format("GET", path)
end
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a database URL or a SQLite file")
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    url = database_url(args.database)
    values = sample_values(url)
    paths = [p.format(**values) for p in PATHS]
    env = dict(os.environ, DATABASE_URL=url)
    server, port = uvicorn("app.web.main:app", env, "/healthz", workers=args.workers)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(f'"{p}"' for p in paths))
    try:
        result = wrk(f"http://127.0.0.1:{port}/", args.duration, args.connections, extra=["-s", script.name])
        rss = rss_mb(server.pid)
    finally:
        server.terminate()
        os.unlink(script.name)
    print(
        f"{len(paths)} URLs in rotation, {args.connections} connections, {args.duration} s, "
        f"{args.workers} worker(s)"
    )
    print(f"requests/s {result['rps']:.1f}  p50 {result['p50']:.1f} ms  p99 {result['p99']:.1f} ms")
    print(f"non-2xx answers: {result['non2xx']}  socket errors: {result['socket_errors'] or 'none'}")
    print(f"server resident memory: {rss:.0f} MB")
    sys.exit(1 if result["non2xx"] or result["socket_errors"] else 0)


if __name__ == "__main__":
    main()
