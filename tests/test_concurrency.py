"""The dashboard keeps answering while an ingest writes to the same SQLite file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from app.cli import upgrade

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPH = (
    "The minister of Ruritania, Anna Test{n}, said on Monday that “there will be no troops from our "
    "country in Ukraine, now or later,” adding that the question was closed. Others disagreed.\n\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_reads_succeed_while_an_ingest_writes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'busy.db'}"
    upgrade(url)
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(150):
        (articles / f"a{n:03}.txt").write_text(PARAGRAPH.format(n=n) * 20)
    env = dict(os.environ, DATABASE_URL=url)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.web.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    statuses: list[int] = []
    errors: list[str] = []
    stop = threading.Event()

    def read_loop() -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            while not stop.is_set():
                for path in ("/", "/api/statements?limit=20", "/quotes.csv?country=DE"):
                    try:
                        statuses.append(client.get(path).status_code)
                    except httpx.HTTPError as error:
                        errors.append(repr(error))

    try:
        # (a loaded machine, as CI's is, may take well over ten seconds to start the server)
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                assert server.poll() is None, "the server exited before it answered"
                assert time.monotonic() < deadline, "the server did not answer within two minutes"
                time.sleep(0.1)
        reader = threading.Thread(target=read_loop)
        reader.start()
        ingest = subprocess.run(
            [sys.executable, "-m", "app.cli", "ingest", "--quiet", str(articles)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        stop.set()
        reader.join(timeout=60)
    finally:
        server.terminate()
        server_log = server.communicate(timeout=30)[1].decode()
    assert ingest.returncode == 0, ingest.stderr
    assert "stored: 150" in ingest.stdout
    assert errors == []
    assert len(statuses) > 10 and set(statuses) == {200}
    assert "database is locked" not in server_log
