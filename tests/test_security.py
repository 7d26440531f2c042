"""Hostile input: bad parameters get a 4xx that says why, never a 500; hostile text stays text;
security headers on every response; nothing writes over HTTP."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

BAD_QUERIES = [
    ("country=ZZ", "country"),
    ("country=DE&country=" + "X" * 300, "country"),
    ("from=2024-02-30", "from"),
    ("from=yesterday", "from"),
    ("to=2024-01-01&from=2024-02-01", "from"),
    ("limit=1000000", "limit"),
    ("limit=-1", "limit"),
    ("limit=ten", "limit"),
    ("q=" + "a" * 1000, "q"),
    ("q=one&q=two", "q"),
    ("sort=random", "sort"),
    ("stance=support%27%20OR%201=1--", "stance"),
    ("kind=direct;DROP TABLE statements", "kind"),
    ("actor=%3Cscript%3E", "actor"),
    ("after=2024-01-01~x", "after"),
    ("after=9999-99-99~1", "after"),
    ("country=" + ",".join(["DE"] * 51), "country"),
]
VIEWS = ["/quotes", "/api/statements", "/quotes.csv", "/quotes.jsonl", "/quotes.atom"]


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("query, parameter", BAD_QUERIES)
def test_bad_parameters_get_a_400_naming_the_parameter(client, view: str, query: str, parameter: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(f"{view}?{query}")
    assert response.status_code == 400, (view, query, response.status_code)
    assert parameter in response.text


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize(
    "query",
    [
        "q=%22",
        "q=NEAR(",
        "q=*",
        "q=AND OR NOT",
        "q=%00",
        "q=troops%22%20OR%20%22x",
        "q=' OR 1=1 --",
        "utm_source=newsletter",
        "country=de",
        "country=",
        "stance=OPPOSE",
        "q=%F0%9F%98%80",
    ],
)
@pytest.mark.parametrize("view", VIEWS)
def test_odd_but_valid_queries_are_answered(client, view: str, query: str) -> None:  # type: ignore[no-untyped-def]
    assert client.get(f"{view}?{query}").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/quotes/nope",
        "/quotes/%3Cscript%3E",
        "/actors/nobody",
        "/countries/ZZ",
        "/countries/toolong",
        "/articles/none",
        "/no/such/page",
        "/api/nothing",
    ],
)
def test_unknown_things_are_a_404_page(client, url: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 404
    assert "<script>" not in response.text


@pytest.mark.usefixtures("corpus")
@pytest.mark.parametrize(
    "url", ["/", "/quotes", "/api/statements", "/quotes.csv", "/quotes.atom", "/nope", "/docs"]
)
def test_security_headers_on_every_response(client, url: str) -> None:  # type: ignore[no-untyped-def]
    headers = client.get(url).headers
    policy = headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"]


def test_nothing_writes_over_http(client) -> None:  # type: ignore[no-untyped-def]
    from app.web.main import create_app

    for route in create_app("sqlite://").routes:
        methods = getattr(route, "methods", None) or set()
        assert methods <= {"GET", "HEAD"}, (route.path, methods)
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        assert client.request(method, "/api/statements").status_code == 405


HOSTILE = [
    "<script>window.pwned=1</script>",
    '"><svg onload=alert(1)>',
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "=2+5+cmd('calc')",
]


@pytest.fixture
def hostile(sessions, tmp_path: Path, fake_extractor: None) -> list[str]:  # type: ignore[no-untyped-def]
    from app.ingest import ingest_paths

    body = "".join(
        f"Mallory {chr(65 + i)}|GB|oppose|{text}|2024-03-0{i + 1}|direct\n" for i, text in enumerate(HOSTILE)
    )
    (tmp_path / "hostile.txt").write_text(body)
    (tmp_path / "hostile.json").write_text(json.dumps({"outlet": "<b>Bad</b>", "url": "javascript:alert(1)"}))
    assert ingest_paths(sessions, [tmp_path / "hostile.txt"], 100_000).statements == len(HOSTILE)
    return HOSTILE


def test_hostile_text_is_escaped_in_pages_fragments_feeds_and_exports(client, hostile: list[str]) -> None:  # type: ignore[no-untyped-def]
    ids = [s["id"] for s in client.get("/api/statements?country=GB").json()["statements"]]
    urls = ["/", "/quotes?country=GB", "/countries/GB", "/articles/hostile", "/quotes.atom?country=GB"]
    urls += [f"/quotes/{i}" for i in ids]
    for url in urls:
        for htmx in (False, True):
            response = client.get(url, headers={"HX-Request": "true"} if htmx else {})
            assert response.status_code == 200, url
            body = response.text
            assert "<script>window.pwned" not in body, url
            assert "<svg onload" not in body and "<img src=x" not in body, url
            assert 'href="javascript:' not in body, url
    rows = list(csv.reader(io.StringIO(client.get("/quotes.csv?country=GB").text)))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)
