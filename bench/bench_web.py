"""Web benchmark: requests/s and p50/p99 latency of the dashboard's pages with wrk, side by side with
Datasette on the same SQLite file and with a bare ASGI floor (bench/floor_app.py).

    python -m bench.make_database --statements 1000000 --database sqlite:///bench/out/1m.db
    python -m bench.bench_web --database bench/out/1m.db [--duration 10] [--connections 32]

Needs Debian's `wrk`, and `datasette` installed in the same environment for the comparison
(pip install datasette; it is not a dependency of stancewatch). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
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


def start(command: list[str], env: dict[str, str], port: int, probe: str = "/") -> subprocess.Popen:
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
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
    app: str, env: dict[str, str], probe: str = "/", workers: int = 1
) -> tuple[subprocess.Popen, int]:
    """An app under uvicorn on a free port of 127.0.0.1, started and answering."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", app, "--port", str(port), "--workers", str(workers),
               "--log-level", "warning", "--no-access-log"]  # fmt: skip
    return start(command, env, port, probe), port


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


def sample_values(database: str) -> dict[str, str]:
    import sqlite3

    db = sqlite3.connect(database)
    actor = db.execute(
        "SELECT a.slug FROM actors a JOIN statements s ON s.actor_id = a.id "
        "GROUP BY a.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    outlet = db.execute("SELECT outlet FROM articles WHERE outlet IS NOT NULL LIMIT 1").fetchone()[0]
    public_id = db.execute("SELECT public_id FROM statements ORDER BY id DESC LIMIT 1").fetchone()[0]
    middle = db.execute(
        "SELECT dated, id FROM statements WHERE dated IS NOT NULL ORDER BY dated, id "
        "LIMIT 1 OFFSET (SELECT count(*) / 2 FROM statements)"
    ).fetchone()
    return {
        "actor": actor,
        "outlet": outlet.replace(" ", "+"),
        "public_id": public_id,
        "deep": f"{middle[0]}~{middle[1]}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a SQLite file made by bench.make_database")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--only", help="run only paths whose name contains this")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    database = str(Path(args.database).resolve())
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{database}", DATABASE=database)
    servers: dict[str, tuple[subprocess.Popen, int]] = {}
    servers["stancewatch"] = uvicorn("app.web.main:app", env, "/healthz")
    servers["floor"] = uvicorn("bench.floor_app:app", env)
    datasette = shutil.which("datasette") or str(Path(sys.executable).parent / "datasette")
    if Path(datasette).exists():
        port = free_port()
        servers["datasette"] = (
            start(
                [
                    datasette,
                    "serve",
                    "-i",
                    database,
                    "--port",
                    str(port),
                    "--setting",
                    "sql_time_limit_ms",
                    "20000",
                ],
                env,
                port,
                "/-/versions.json",
            ),
            port,
        )
    values = sample_values(database)
    rows: list[tuple[str, dict[str, float]]] = []
    try:
        base = f"http://127.0.0.1:{servers['stancewatch'][1]}"
        for name, path in OUR_PATHS.items():
            if args.only and args.only not in name:
                continue
            headers = {"HX-Request": "true"} if name.startswith("fragment") else None
            url = base + path.format(**values)
            urlopen(Request(url, headers=headers or {}), timeout=120).read()  # warm up, as wrk will ask
            rows.append((name, wrk(url, args.duration, args.connections, headers)))
        rss = rss_mb(servers["stancewatch"][0].pid)
        floor_url = f"http://127.0.0.1:{servers['floor'][1]}/"
        rows.append(("floor (bare ASGI, same query)", wrk(floor_url, args.duration, args.connections)))
        if "datasette" in servers:
            table = f"http://127.0.0.1:{servers['datasette'][1]}/{Path(database).stem}/statements"
            query = "country_code=DE&stance=oppose&_sort_desc=dated&_size=50"
            rows.append(("datasette default page", wrk(f"{table}?{query}", args.duration, args.connections)))
            rows.append(
                (
                    "datasette .json cheapest",
                    wrk(f"{table}.json?{query}&_nocount=1&_nofacet=1", args.duration, args.connections),
                )
            )
    finally:
        for process, _ in servers.values():
            process.terminate()
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


if __name__ == "__main__":
    main()
