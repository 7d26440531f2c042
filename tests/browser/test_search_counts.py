"""A search with more matches than a page counts: in the browser the heading, the note under it and
the facet panel say the counts come from a sample, as one types and as one filters, and the link
counts them all, with JavaScript on and off."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from app import queries

pytestmark = pytest.mark.browser


def matching(data, word: str, **where) -> int:  # type: ignore[no-untyped-def]
    return sum(
        1
        for r in data.statements
        if re.search(rf"\b{word}", r["text"], re.IGNORECASE) and all(r[k] == v for k, v in where.items())
    )


def test_a_search_counted_from_a_sample_says_so_and_can_be_counted_in_full(
    page, live_data, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    data = live_data[1]
    troops = matching(data, "troops")
    assert troops > 20
    monkeypatch.setattr(queries, "COUNT_CAP", 20)  # the server runs in this process

    page.goto("/quotes?sort=oldest")
    page.get_by_label("Search the quotes").fill("troops")  # htmx asks after a pause in typing
    heading = page.locator("#results-count")
    expect(heading).to_have_text("More than 20 statements")
    expect(page.locator("#count-note")).to_contain_text("the counts beside the filters are from 20 of them")
    expect(page.locator("#facet-note")).to_contain_text(
        "Counted among 20 of the statements matching “troops”"
    )
    expect(page).to_have_title(re.compile(r"more than 20 statements · stancewatch$"))

    page.get_by_role("group", name="Country").get_by_role("checkbox", name=re.compile("^Germany")).check()
    expect(page).to_have_url(re.compile(r"country=DE"))
    expect(heading).to_have_text(re.compile(r"^(At least \d+ statements?|Statements \(not counted\))$"))
    expect(page.locator("#count-note")).to_contain_text("the number above and the counts")

    page.get_by_role("link", name="Count all of them").click()
    expect(page).to_have_url(re.compile(r"count=all"))
    in_germany = matching(data, "troops", country_code="DE")
    expect(heading).to_have_text(re.compile(rf"^{in_germany:,} statements?$"))
    expect(page.locator("#count-note")).to_have_count(0)
    expect(page.locator("#facet-note")).to_have_count(0)


def test_without_javascript_a_sampled_search_links_to_its_full_count(
    browser, server, live_data, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    data = live_data[1]
    monkeypatch.setattr(queries, "COUNT_CAP", 20)
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/quotes?q=troops&limit=20")
    expect(page.locator("#results-count")).to_have_text("More than 20 statements")
    page.locator("#facet-note").get_by_role("link", name="count all").click()
    expect(page.locator("#results-count")).to_have_text(
        re.compile(rf"^{matching(data, 'troops'):,} statements$")
    )
    context.close()
