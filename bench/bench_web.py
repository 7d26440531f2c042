"""Web benchmark: requests/s and p50/p99 latency of the dashboard's pages with wrk, side by side with
a bare ASGI floor (bench/floor_app.py) and, on SQLite, with Datasette on the same file.

    python -m bench.make_database --statements 1000000 --database sqlite:///bench/out/1m.db
    python -m bench.bench_web --database sqlite:///bench/out/1m.db [--duration 10] [--connections 32]
    python -m bench.bench_web --database postgresql+psycopg://bench:bench@127.0.0.1:5432/bench_1m

`--database` is a SQLAlchemy URL or a bare SQLite file path. Every URL is requested once before wrk
times it: the dashboard computes a view on its first request and serves it from its response cache
until the next ingest, so these are warm figures (bench/cold_pages.py times the first request).
Needs Debian's `wrk`, and `datasette` installed in the same environment for the comparison
(pip install datasette; it is not a dependency of stancewatch; SQLite only, skipped on PostgreSQL).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent

OUR_PATHS = {
    "overview": "/",
    "quotes": "/quotes",
    "quotes DE+oppose": "/quotes?country=DE&stance=oppose",
    "fragment DE+oppose": "/quotes?country=DE&stance=oppose",  # with HX-Request
    "api DE+oppose": "/api/statements?country=DE&stance=oppose",
    "quotes several countries": "/quotes?country=FR&country=PL&country=GB",
    "quotes actor": "/quotes?actor={actor}",
    "quotes outlet": "/quotes?outlet={outlet}",
    "quotes dates": "/quotes?from=2024-03-01&to=2024-03-31",
    "search": "/quotes?q=troops",
    "deep page": "/quotes?after={deep}",
    "permalink": "/quotes/{public_id}",
    "actor page": "/actors/{actor}",
    "country page": "/countries/DE",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(
    command: list[str], env: dict[str, str], port: int, probe: str = "/", log: IO[str] | None = None
) -> subprocess.Popen:
    """A server started and answering `probe`; its error output goes to `log` (default: nowhere)."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log or subprocess.DEVNULL
    )
    for _ in range(300):
        try:
            urlopen(f"http://127.0.0.1:{port}{probe}", timeout=30)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"server did not start: {' '.join(command)}")


def uvicorn(
    app: str, env: dict[str, str], probe: str = "/", workers: int = 1, log: IO[str] | None = None
) -> tuple[subprocess.Popen, int]:
    """An app under uvicorn on a free port of 127.0.0.1, started and answering."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", app, "--port", str(port), "--workers", str(workers),
               "--log-level", "warning", "--no-access-log"]  # fmt: skip
    return start(command, env, port, probe, log), port


def rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status)[1]) / 1024  # type: ignore[index]


def wrk(
    url: str,
    duration: int,
    connections: int,
    headers: dict[str, str] | None = None,
    extra: list[str] | None = None,
) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "30s"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(command + (extra or []) + [url], capture_output=True, text=True, check=True).stdout

    def ms(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not match:
            return float("nan")
        value, unit = float(match[1]), match[2]
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])  # type: ignore[index]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": rps,
        "p50": ms("50"),
        "p99": ms("99"),
        "non2xx": int(errors[1]) if errors else 0,
        "socket_errors": socket_errors[1] if socket_errors else "",
    }


def sample_values(url: str) -> dict[str, str]:
    """An actor, an outlet, a permalink and a page marker from the middle of the list, to put in URLs."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as db:
        actor = db.scalar(
            text(
                "SELECT a.slug FROM actors a JOIN statements s ON s.actor_id = a.id "
                "GROUP BY a.id, a.slug ORDER BY count(*) DESC, a.id LIMIT 1"
            )
        )
        outlet = db.scalar(text("SELECT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY id LIMIT 1"))
        public_id = db.scalar(text("SELECT public_id FROM statements ORDER BY id DESC LIMIT 1"))
        half = db.scalar(text("SELECT count(*) / 2 FROM statements"))
        middle = db.execute(
            text(
                "SELECT dated, id FROM statements WHERE dated IS NOT NULL ORDER BY dated, id "
                "LIMIT 1 OFFSET :half"
            ),
            {"half": half},
        ).one()
    engine.dispose()
    return {
        "actor": actor,
        "outlet": outlet.replace(" ", "+"),
        "public_id": public_id,
        "deep": f"{middle[0]}~{middle[1]}",
    }


def warm_then_time(url: str, duration: int, connections: int, headers: dict[str, str] | None = None) -> dict:
    """wrk on a URL after one request of its own, so that the first computation of a view (before
    the response cache has it) is not in the timed window."""
    try:
        urlopen(Request(url, headers=headers or {}), timeout=120).read()
    except OSError as error:  # a server too slow for even one answer: wrk's figures will show it
        print(f"warm-up of {url} failed: {error}", file=sys.stderr)
    return wrk(url, duration, connections, headers)


def start_datasette(database: str, env: dict[str, str]) -> tuple[subprocess.Popen, int] | None:
    """Datasette on the same SQLite file, if it is installed."""
    datasette = shutil.which("datasette") or str(Path(sys.executable).parent / "datasette")
    if not Path(datasette).exists():
        print("Datasette: skipped, not installed (pip install datasette)")
        return None
    port = free_port()
    command = [datasette, "serve", "-i", database, "--port", str(port),
               "--setting", "sql_time_limit_ms", "20000"]  # fmt: skip
    return start(command, env, port, "/-/versions.json"), port


Rows = list[tuple[str, dict]]


def measure(args: argparse.Namespace, url: str, server_log: IO[str]) -> tuple[Rows, float]:
    """Start the servers, time every URL, stop them: the figures and the dashboard's memory."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    env = dict(os.environ, DATABASE_URL=url)
    servers: dict[str, tuple[subprocess.Popen, int]] = {}
    servers["stancewatch"] = uvicorn("app.web.main:app", env, "/healthz", log=server_log)
    servers["floor"] = uvicorn("bench.floor_app:app", env)
    if parsed.get_backend_name() != "sqlite":
        print(f"Datasette: skipped, it reads SQLite files only (this is {parsed.get_backend_name()})")
    elif datasette := start_datasette(parsed.database or "", env):
        servers["datasette"] = datasette
    values = sample_values(url)
    rows: Rows = []
    timed = {"duration": args.duration, "connections": args.connections}
    try:
        base = f"http://127.0.0.1:{servers['stancewatch'][1]}"
        for name, path in OUR_PATHS.items():
            if args.only and args.only not in name:
                continue
            headers = {"HX-Request": "true"} if name.startswith("fragment") else None
            rows.append((name, warm_then_time(base + path.format(**values), **timed, headers=headers)))
        rss = rss_mb(servers["stancewatch"][0].pid)
        floor_url = f"http://127.0.0.1:{servers['floor'][1]}/"
        rows.append(("floor (bare ASGI, same query)", warm_then_time(floor_url, **timed)))
        if "datasette" in servers:
            name = Path(parsed.database or "").stem
            table = f"http://127.0.0.1:{servers['datasette'][1]}/{name}/statements"
            query = "country_code=DE&stance=oppose&_sort_desc=dated&_size=50"
            rows.append(("datasette default page", warm_then_time(f"{table}?{query}", **timed)))
            cheapest = f"{table}.json?{query}&_nocount=1&_nofacet=1"
            rows.append(("datasette .json cheapest", warm_then_time(cheapest, **timed)))
    finally:
        for process, _ in servers.values():
            process.terminate()
    return rows, rss


def report(rows: Rows, rss: float) -> None:
    print(f"{'page':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8}")
    for name, r in rows:
        print(
            f"{name:34} {r['rps']:9.1f} {r['p50']:8.1f} {r['p99']:8.1f} {r['non2xx']:8d} {r['socket_errors']}"
        )
    figures = dict(rows)
    print(f"stancewatch server resident memory after the run: {rss:.0f} MB")
    floor = figures["floor (bare ASGI, same query)"]["rps"]
    for name in ("quotes DE+oppose", "fragment DE+oppose", "api DE+oppose"):
        if name in figures:
            print(f"{name}: {figures[name]['rps'] / floor:.0%} of the floor")
    if figures.get("datasette .json cheapest", {}).get("rps") and "quotes DE+oppose" in figures:
        ratio = figures["quotes DE+oppose"]["rps"] / figures["datasette .json cheapest"]["rps"]
        print(f"quotes DE+oppose (whole HTML page): {ratio:.1f}x Datasette's cheapest form")


def main() -> None:
    from sqlalchemy.engine import make_url

    from bench.make_database import database_url

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database", required=True, help="a database URL or a SQLite file, made by bench.make_database"
    )
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--only", help="run only paths whose name contains this")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    url = database_url(args.database)
    print(f"database: {make_url(url)!r}")
    with tempfile.TemporaryFile("w+") as server_log:
        rows, rss = measure(args, url, server_log)
        if any(r["non2xx"] or r["socket_errors"] for name, r in rows if name in OUR_PATHS):
            server_log.seek(0)
            print(
                "stancewatch server errors, last lines:",
                *server_log.readlines()[-20:],
                sep="\n",
                file=sys.stderr,
            )
    report(rows, rss)


if __name__ == "__main__":
    main()
