"""The JSON API, downloads and feeds: the same filter gives the same statements everywhere."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from xml.etree import ElementTree as ET

import pytest

ATOM = "{http://www.w3.org/2005/Atom}"
pytestmark = pytest.mark.usefixtures("corpus")


def api_texts(client, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    response = client.get(f"/api/statements?{query}")
    assert response.status_code == 200, response.text
    return [s["text"] for s in response.json()["statements"]]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("country=DE", {"There will be no German soldiers in Ukraine", "we will not send troops"}),
        ("country=DE&kind=direct", {"There will be no German soldiers in Ukraine"}),
        ("stance=open,support", {"Nothing can be ruled out", "French instructors will go to Kyiv"}),
        ("country=FR&country=PL&stance=oppose", {"Poland does not plan to send troops"}),
        (
            "from=2024-03-01&to=2024-12-31",
            {
                "A deployment would mean war with NATO",
                "The talks were about grain",
                "French instructors will go to Kyiv",
            },
        ),
        ("q=troop", {"we will not send troops", "Poland does not plan to send troops"}),
        ("outlet=Gazeta", {"Poland does not plan to send troops"}),
        ("actor=luc-moreau&sort=oldest", {"Nothing can be ruled out", "French instructors will go to Kyiv"}),
    ],
)
def test_api_page_and_downloads_agree(client, query: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert set(api_texts(client, query)) == expected
    rows = list(csv.DictReader(io.StringIO(client.get(f"/quotes.csv?{query}").text)))
    assert {r["text"] for r in rows} == expected
    lines = client.get(f"/quotes.jsonl?{query}").text.splitlines()
    assert {json.loads(line)["text"] for line in lines} == expected
    feed = ET.fromstring(client.get(f"/quotes.atom?{query}").content)
    summaries = {e.find(f"{ATOM}summary").text.strip("“”") for e in feed.iter(f"{ATOM}entry")}
    assert summaries == expected
    page = client.get(f"/quotes?{query}")
    assert page.status_code == 200  # the statements page shows the same ones (matches are marked up)
    shown = re.sub(r"</?mark>", "", page.text)
    for text in expected:
        assert html.escape(text, quote=False) in shown


def test_statements_are_newest_first_with_a_next_link_until_the_end(client) -> None:  # type: ignore[no-untyped-def]
    seen, url, dates = [], "/api/statements?limit=3", []
    while url:
        body = client.get(url).json()
        assert body["count"] == 7
        seen += [s["id"] for s in body["statements"]]
        dates += [s["dated"] for s in body["statements"]]
        url = body["next"] and body["next"].replace("http://testserver", "")
    assert len(seen) == len(set(seen)) == 7
    assert dates == sorted(dates, reverse=True)


def test_one_statement_actor_country_and_article(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/statements?country=PL").json()["statements"][0]
    one = client.get(f"/api/statements/{first['id']}").json()
    assert one == first
    assert one["speaker"]["name"] == "Jan Nowak" and one["source"]["outlet"] == "Gazeta"
    actor = client.get("/api/actors/jan-nowak").json()
    assert actor["stances"] == {"oppose": 1} and "Nowak" in actor["aliases"]
    country = client.get("/api/countries/FR").json()
    assert country["stances"] == {"open": 1, "support": 1}
    assert [a["name"] for a in country["actors"]] == ["Luc Moreau"]
    assert {c["code"] for c in client.get("/api/countries").json()} == {"DE", "FR", "PL", "RU"}
    article = client.get("/api/articles/moscow").json()
    assert [s["text"] for s in article["statements"]][0] in article["text"]


@pytest.mark.parametrize(
    "url, status, words",
    [
        ("/api/statements?country=ZZ", 400, "country"),
        ("/api/statements?from=2024-13-01", 400, "YYYY-MM-DD"),
        ("/api/statements?limit=100000", 400, "limit"),
        ("/api/statements?q=a&q=b", 400, "more than once"),
        ("/api/statements?stance=maybe", 400, "stance"),
        ("/api/statements?after=junk", 400, "page marker"),
        ("/api/statements/doesnotexist", 404, "no statement"),
        ("/api/actors/nobody", 404, "no actor"),
        ("/api/countries/QQ", 404, "no country"),
        ("/api/articles/none", 404, "no article"),
    ],
)
def test_api_errors_are_json_that_say_why(client, url: str, status: int, words: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert words in response.json()["detail"]


def test_csv_download_has_a_header_and_neutralises_formulas(
    client, sessions, tmp_path, fake_extractor
) -> None:  # type: ignore[no-untyped-def]
    from app.ingest import ingest_paths

    (tmp_path / "evil.txt").write_text('Eve Hacker|GB|oppose|=HYPERLINK("http://x")\n')
    ingest_paths(sessions, [tmp_path / "evil.txt"], 10_000)
    response = client.get("/quotes.csv?country=GB")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[0][:4] == ["id", "article", "kind", "text"]
    assert rows[1][3] == '\'=HYPERLINK("http://x")'


def test_feed_is_valid_atom_with_links_back(client) -> None:  # type: ignore[no-untyped-def]
    feed = ET.fromstring(client.get("/quotes.atom?country=DE&stance=oppose").content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("title", "id", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    entries = list(feed.iter(f"{ATOM}entry"))
    assert len(entries) == 2
    for entry in entries:
        assert re.match(r"http://testserver/quotes/[a-z0-9]{12}$", entry.find(f"{ATOM}id").text)
        assert entry.find(f"{ATOM}updated").text.endswith("Z")
        assert entry.find(f"{ATOM}author/{ATOM}name").text == "Olga Brandt"


def test_openapi_documents_the_api(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/openapi.json").json()
    assert {
        "/api/statements",
        "/api/statements/{public_id}",
        "/api/actors/{slug}",
        "/api/countries/{code}",
        "/api/articles/{key}",
    } <= set(schema["paths"])
    parameters = {p["name"] for p in schema["paths"]["/api/statements"]["get"]["parameters"]}
    assert {"country", "actor", "stance", "kind", "outlet", "from", "to", "q", "after", "limit"} <= parameters


@pytest.mark.parametrize(
    "url, feed",
    [
        ("/", "/quotes.atom"),
        ("/quotes?country=DE&stance=oppose", "/quotes.atom?country=DE&amp;stance=oppose"),
        ("/actors/olga-brandt", "/quotes.atom?actor=olga-brandt"),
        ("/countries/DE", "/quotes.atom?country=DE"),
    ],
)
def test_pages_name_their_feed_for_feed_readers(client, url: str, feed: str) -> None:  # type: ignore[no-untyped-def]
    head = client.get(url).text.split("</head>")[0]
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert f'href="{feed}"' in head


@pytest.mark.parametrize(
    "url, query",
    [
        ("/quotes?country=DE", "country=DE"),
        ("/actors/olga-brandt", "actor=olga-brandt"),
        ("/countries/DE", "country=DE"),
    ],
)
def test_filtered_views_offer_their_statements_as_downloads(client, url: str, query: str) -> None:  # type: ignore[no-untyped-def]
    page = client.get(url).text
    for suffix in ("csv", "jsonl", "atom"):
        assert f'href="/quotes.{suffix}?{query}"' in page


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_downloads_list_every_statement_in_list_order_across_batches(
    client, sessions, tmp_path, fake_extractor, monkeypatch, sort: str
) -> None:  # type: ignore[no-untyped-def]
    """Exports read in batches (here of 2 rows): dated and undated statements, in the order of the
    statement list, each record made of the statement, its speaker and its article, formulas neutralised."""
    from app import exporting, queries
    from app.ingest import ingest_paths
    from app.queries import Filter

    (tmp_path / "undated.txt").write_text(
        "Ada Lovel|GB|open|First undated words\nAda Lovel|GB|oppose|+Second undated words\n"
        "Kim Doe||neutral|Third|2024-02-27|reported\n"
    )
    ingest_paths(sessions, [tmp_path / "undated.txt"], 10_000)
    monkeypatch.setattr(exporting, "BATCH", 2)
    with sessions() as session:
        expected = []
        for s in queries.iter_statements(session, Filter(sort=sort)):
            day = s.said_on if s.said_on_precision == "day" else None
            published = s.article.published
            expected.append(
                {
                    "id": s.public_id,
                    "article": s.article.key,
                    "kind": s.kind,
                    "text": s.text,
                    "speaker": s.actor.name,
                    "speaker_type": s.actor.type,
                    "speaker_role": s.actor.role,
                    "country": s.country_code,
                    "stance": s.stance,
                    "stance_reason": s.stance_reason,
                    "said_on": day.isoformat() if day else None,
                    "said_on_precision": s.said_on_precision,
                    "said_on_source": s.said_on_source,
                    "said_on_expression": s.said_on_expression,
                    "cue": s.cue,
                    "outlet": s.article.outlet,
                    "url": s.article.url,
                    "published": published.isoformat() if published else None,
                }
            )
        chunks = list(exporting.export_chunks(session, Filter(sort=sort), "jsonl"))
        text = "".join(exporting.export_chunks(session, Filter(sort=sort), "csv"))
    assert len(expected) == 10 and any(r["said_on"] is None for r in expected)
    assert len(chunks) == 5  # one chunk per batch
    assert [json.loads(line) for line in "".join(chunks).splitlines()] == expected
    table = list(csv.DictReader(io.StringIO(text)))
    neutral = [
        {k: ("'" + v if v and v[0] in "=+-@" else v or "") for k, v in record.items()} for record in expected
    ]
    assert table == neutral
    assert any(row["text"] == "'+Second undated words" for row in table)
    if sort == "newest":
        assert client.get("/quotes.jsonl").text == "".join(chunks)
