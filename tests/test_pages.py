"""The HTML pages through the TestClient: whole pages, htmx fragments, links, 404s."""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the bench package
from bench.make_database import populate_orm  # noqa: E402

HTMX = {"HX-Request": "true"}


@pytest.fixture
def data(sessions):  # type: ignore[no-untyped-def]
    with sessions() as session:
        return populate_orm(session, 150, seed=7)


def test_overview_has_counts_map_timeline_and_latest(client, data) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/").text
    assert ">150<" in body
    assert 'class="tilemap"' in body and 'href="/countries/DE"' in body and 'href="/countries/UA"' in body
    # Colour is not the only cue: every coloured tile has a word on it.
    assert re.search(
        r'class="tile tile-(support|open|oppose)".*?class="tile-label">(for|open|against)<', body
    )
    assert 'class="timeline"' in body and "bar-oppose" in body
    newest = max((r for r in data.statements if r["dated"]), key=lambda r: (r["dated"], r["id"]))
    assert f'href="/quotes/{newest["public_id"]}"' in body
    assert "style=" not in body and "<script>" not in body


def test_quotes_page_filters_and_shows_facet_counts(client, data) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in data.statements if r["country_code"] == "FR"]
    response = client.get("/quotes?country=FR")
    assert response.headers["vary"] == "HX-Request"
    body = response.text
    assert f">{len(rows)} statement" in body
    assert '<form id="filters"' in body and 'method="get"' in body and 'type="submit"' in body
    assert 'hx-push-url="true"' in body
    assert re.search(r'name="country" value="FR"[^>]*checked', body)
    oppose = sum(1 for r in rows if r["stance"] == "oppose")
    assert re.search(rf'name="stance" value="oppose".*?<span class="n">{oppose}</span>', body, re.S)
    assert '<datalist id="actor-options">' in body


def test_a_filter_change_from_htmx_gets_only_the_results_and_the_facets(client, data) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/quotes?country=FR&stance=oppose", headers=HTMX).text
    assert body.lstrip().startswith('<section id="results"')
    assert "<html" not in body and '<form id="filters"' not in body
    assert 'id="facets" class="facets" hx-swap-oob="true"' in body
    assert "<title>France, Opposes: " in body  # htmx sets the page's title from it


def test_load_more_is_a_real_link_and_appends_rows_for_htmx(client, data) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/quotes?limit=20").text
    more = re.search(r'<li id="more".*?href="([^"]+)"', first, re.S)
    assert more
    url = unescape(more.group(1))
    assert "after=" in url and "offset" not in url
    whole = client.get(url)
    assert whole.status_code == 200 and "<html" in whole.text
    rows = client.get(url, headers={**HTMX, "HX-Target": "more"}).text
    assert rows.lstrip().startswith('<li class="quote-item"') and "<section" not in rows
    first_ids = set(re.findall(r'href="/quotes/(\w+)" class|class="permalink" href="/quotes/(\w+)"', first))
    next_ids = set(re.findall(r'class="permalink" href="/quotes/(\w+)"', rows))
    assert next_ids and not next_ids & {b for _, b in first_ids}


def test_search_highlights_matches_and_escapes_the_rest(client, data) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/quotes?q=troop").text
    assert "<mark>troops</mark>" in body or "<mark>Troops</mark>" in body


def test_highlight_marks_what_the_search_matches() -> None:
    from app.web.pages import highlight

    # the last word also marks the words it starts; a one- or two-letter last word only itself
    assert (
        str(highlight("Troops now, a trooper", "troop")) == "<mark>Troops</mark> now, a <mark>trooper</mark>"
    )
    assert str(highlight("No, not now", "no")) == "<mark>No</mark>, not now"
    # earlier words are whole words
    assert str(highlight("a red line, redder lines", "red line")) == (
        "a <mark>red</mark> <mark>line</mark>, redder <mark>lines</mark>"
    )
    assert str(highlight("<b>no</b>", "no")) == "&lt;b&gt;<mark>no</mark>&lt;/b&gt;"


def test_empty_state_links_remove_each_filter(client, data) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/quotes?country=JP&stance=oppose").text
    assert ">0 statements" in body
    assert "Loosen one" in body
    assert 'href="/quotes?stance=oppose">Remove the country filter' in body
    assert 'href="/quotes?country=JP">Remove the stance filter' in body


def test_speaker_suggestions_are_options(client, data) -> None:  # type: ignore[no-untyped-def]
    person = next(a for a in data.actors if a["type"] == "person")
    body = client.get("/suggest/actors", params={"actor": person["name"][:5]}, headers=HTMX).text
    assert f'<option value="{person["slug"]}">' in body
    assert client.get("/suggest/actors?actor=").text.strip() == ""


def test_quote_permalink_has_context_share_card_and_more_by_the_speaker(client, data) -> None:  # type: ignore[no-untyped-def]
    row = data.statements[0]
    actor = next(a for a in data.actors if a["id"] == row["actor_id"])
    body = client.get(f"/quotes/{row['public_id']}").text
    assert f"<mark>{row['text']}</mark>" in unescape(body)
    assert (
        f'<meta property="og:title" content="{actor["name"]} (' in body
        and "on NATO troops in Ukraine" in body
    )
    assert f'<link rel="canonical" href="http://testserver/quotes/{row["public_id"]}">' in body
    assert 'name="twitter:card"' in body and 'property="og:description"' in body
    assert 'class="copy-link"' in body and f'data-copy="http://testserver/quotes/{row["public_id"]}"' in body
    assert row["stance_reason"] in body
    assert f'href="/actors/{actor["slug"]}"' in body
    assert 'href="https://news.example/' in body


def test_actor_country_and_article_pages(client, data) -> None:  # type: ignore[no-untyped-def]
    actor = data.actors[1]
    body = client.get(f"/actors/{actor['slug']}").text
    assert actor["name"] in body and "Stance over time" in body
    body = client.get("/countries/de").text
    assert "Germany" in body and "Stance history" in body and "Speakers" in body
    article = data.articles[0]
    body = client.get(f"/articles/{article['key']}").text
    mine = [r for r in data.statements if r["article_id"] == article["id"]]
    for r in mine:
        assert f'href="/quotes/{r["public_id"]}"' in body


@pytest.mark.parametrize(
    "url", ["/quotes/nope", "/actors/nobody", "/countries/ZZ", "/countries/xyz", "/articles/none"]
)
def test_unknown_ids_are_the_404_page(client, url: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 404 and "Not found" in response.text and "<html" in response.text


def test_a_bad_filter_is_a_400_page_naming_it(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/quotes?from=someday")
    assert response.status_code == 400 and "from" in response.text


def test_pages_work_on_an_empty_database(client) -> None:  # type: ignore[no-untyped-def]
    for url in ("/", "/quotes", "/countries/DE"):
        assert client.get(url).status_code == 200
    assert "No statements yet" in client.get("/quotes").text


def test_no_inline_style_or_script_anywhere(client, data) -> None:  # type: ignore[no-untyped-def]
    row = data.statements[0]
    for url in (
        "/",
        "/quotes?country=DE",
        f"/quotes/{row['public_id']}",
        "/countries/DE",
        f"/articles/{data.articles[0]['key']}",
    ):
        body = client.get(url).text
        assert " style=" not in body and "<style" not in body
        assert not re.search(r"<script(?![^>]*\bsrc=)", body)
        assert not re.search(r"\son[a-z]+=", body)


def test_article_keys_with_slashes_and_odd_characters_link_and_resolve(client, sessions, data) -> None:  # type: ignore[no-untyped-def]
    from app.models import Article

    first = data.articles[0]
    with sessions() as session:
        session.get(Article, first["id"]).key = "feeds/2024 one?two#three"  # type: ignore[union-attr]
        session.commit()
    row = next(r for r in data.statements if r["article_id"] == first["id"])
    body = client.get(f"/quotes/{row['public_id']}").text
    link = re.search(r'href="(/articles/[^"]+)">The whole article', body)
    assert link and link.group(1) == "/articles/feeds/2024%20one%3Ftwo%23three"
    page = client.get(link.group(1))
    assert page.status_code == 200 and f'href="/quotes/{row["public_id"]}"' in page.text


def test_quote_shown_without_the_comma_inside_its_closing_mark(client, sessions, data) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.models import Statement

    with sessions() as session:
        statement = session.scalars(select(Statement).where(Statement.kind == "direct").limit(1)).one()
        statement.text = "Ground troops are not an option for Germany,"
        session.commit()
        public_id = statement.public_id
    assert "“Ground troops are not an option for Germany”" in client.get(f"/quotes/{public_id}").text
    assert "option for <mark>Germany</mark>”" in client.get("/quotes?q=Germany").text
    # the exports keep the exact characters between the marks
    assert "option for Germany," in client.get(f"/api/statements/{public_id}").text
