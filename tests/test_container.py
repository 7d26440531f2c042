"""No Docker engine runs here: test what the image runs, its entrypoint, on a clean database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_entrypoint(tmp_path: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'data' / 'sw.db'}")
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"
    return subprocess.run(
        ["sh", str(ROOT / "docker" / "entrypoint.sh"), *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_entrypoint_migrates_and_ingests_the_corpus_once(tmp_path: Path) -> None:
    result = run_entrypoint(tmp_path, "true")
    assert result.returncode == 0, result.stderr
    database = sqlite3.connect(tmp_path / "data" / "sw.db")
    assert database.execute("SELECT count(*) FROM articles").fetchone() == (5,)
    again = run_entrypoint(tmp_path, "true")
    assert "nothing to do" in again.stdout
    assert database.execute("SELECT count(*) FROM articles").fetchone() == (5,)


def test_dockerfile_runs_as_a_user_with_a_volume_and_a_healthcheck() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert dockerfile.startswith("# ") and "FROM python:3.11-slim" in dockerfile
    assert "\nUSER stancewatch" in dockerfile
    assert "VOLUME" in dockerfile and "/healthz" in dockerfile and "EXPOSE 8000" in dockerfile
    for copied in ("migrations", "templates", "static", "data/articles"):
        assert f"COPY {copied}" in dockerfile
