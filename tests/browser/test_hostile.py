"""Text from articles is shown as text: a quote full of HTML and script runs nothing in a browser."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from app.db import engine_for
from app.models import Actor, Article, Statement

HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">"><svg onload="window.pwned=3">'


def test_hostile_quote_runs_no_script(browser, server, live_data) -> None:  # type: ignore[no-untyped-def]
    engine = engine_for(live_data[0])
    with engine.begin() as connection:
        article = connection.execute(
            insert(Article).values(
                key="hostile-article",
                title=HOSTILE,
                outlet='<b onmouseover="window.pwned=4">Evil</b>',
                url="https://evil.example/x",
                text=f"Intro. {HOSTILE} Outro.",
                content_hash="x",
                ingested_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
        ).inserted_primary_key[0]
        actor = connection.execute(
            insert(Actor).values(
                slug="mallory-hostile",
                name="Mallory <script>window.pwned=5</script>",
                type="person",
                country_code="GB",
            )
        ).inserted_primary_key[0]
        connection.execute(
            insert(Statement).values(
                public_id="hostile00001",
                article_id=article,
                actor_id=actor,
                country_code="GB",
                kind="direct",
                text=HOSTILE,
                span_start=7,
                span_end=7 + len(HOSTILE),
                stance="oppose",
                stance_reason='<img src=x onerror="window.pwned=6">',
                said_on_source="unknown",
                dated=dt.date(2030, 1, 1),
            )
        )
        assert connection.scalar(select(Statement.id).where(Statement.public_id == "hostile00001"))
    context = browser.new_context(base_url=server)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in [
        "/",
        "/quotes?country=GB",
        "/quotes?q=script",
        "/quotes/hostile00001",
        "/articles/hostile-article",
        "/actors/mallory-hostile",
        "/countries/GB",
    ]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.pwned") is None, url
    page.goto("/quotes/hostile00001")
    assert "<script>window.pwned=1</script>" in page.inner_text("main")
    assert dialogs == []
    context.close()
