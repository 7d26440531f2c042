"""Two ingest jobs at once on one database: no duplicate actors or statements, no failures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Ruritania's Defence Minister Anna Kovar{n} said on Monday that her country would not send troops "
    "to Ukraine. “There will be no Ruritanian soldiers in Ukraine,” Kovar{n} told reporters.\n\n"
    "Chancellor Piet Bram of Freedonia said: “We cannot rule anything out.”\n"
)


def counts(url: str) -> tuple[int, int, int, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        result = connection.execute(
            text(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors), "
                "(SELECT count(*) FROM statements), (SELECT count(DISTINCT public_id) FROM statements)"
            )
        ).one()
    engine.dispose()
    return tuple(result)  # type: ignore[return-value]


def test_two_ingest_jobs_at_once(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(40):
        (folder / f"a{n:02}.txt").write_text(ARTICLE.format(n=n % 10))
    env = dict(os.environ, DATABASE_URL=db_url)
    command = [sys.executable, "-m", "app.cli", "ingest", "--quiet", str(folder)]
    jobs = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [job.communicate(timeout=300) for job in jobs]
    for job, (out, err) in zip(jobs, outputs, strict=True):
        assert job.returncode == 0, out + err
    articles, actors, statements, distinct = counts(db_url)
    assert articles == 40
    assert statements > 0 and statements == distinct
    # The same files ingested by one job alone give exactly the same rows.
    alone = f"sqlite:///{tmp_path / 'alone.db'}"
    subprocess.run(command, cwd=ROOT, env=dict(env, DATABASE_URL=alone), check=True, capture_output=True)
    assert counts(alone) == (articles, actors, statements, distinct)
