"""The dashboard in a real browser: filters update in place and live in the URL, Back works,
permalinks open and copy, and everything still works with JavaScript off."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def count_of(data, **where) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for r in data.statements if all(r[k] == v for k, v in where.items()))


def heading(n: int) -> re.Pattern[str]:
    return re.compile(rf"^{n:,} statements?$")


def test_a_country_filter_updates_in_place_lives_in_the_url_and_back_restores(page, live_data) -> None:  # type: ignore[no-untyped-def]
    data = live_data[1]
    page.goto("/quotes")
    expect(page.locator("#results-count")).to_have_text(heading(len(data.statements)))
    page.evaluate("window.__sameDocument = true")
    germany = page.get_by_role("group", name="Country").get_by_role("checkbox", name=re.compile("^Germany"))
    germany.focus()
    page.keyboard.press("Space")  # by keyboard
    expect(page).to_have_url(re.compile(r"/quotes\?country=DE$"))
    expect(page.locator("#results-count")).to_have_text(heading(count_of(data, country_code="DE")))
    assert page.evaluate("window.__sameDocument === true"), "the page was reloaded"
    expect(page).to_have_title(re.compile(r"^Germany: [\d,]+ statements? · stancewatch$"))  # for history too
    expect(germany).to_be_focused()  # the facets were swapped, the keyboard stays put
    # The other facets now count within Germany.
    opposes = page.get_by_role("group", name="Stance").get_by_role("checkbox", name=re.compile("^Opposes"))
    expect(opposes).to_have_accessible_name(f"Opposes {count_of(data, country_code='DE', stance='oppose')}")
    assert page.locator(".quote-item .meta").first.inner_text().count("Germany") == 1

    page.get_by_role("group", name="Stance").get_by_role("checkbox", name=re.compile("^Opposes")).check()
    expect(page).to_have_url(re.compile(r"country=DE.*stance=oppose|stance=oppose.*country=DE"))
    expected = count_of(data, country_code="DE", stance="oppose")
    expect(page.locator("#results-count")).to_have_text(heading(expected))

    page.reload()
    expect(page.locator("#results-count")).to_have_text(heading(expected))
    expect(
        page.get_by_role("group", name="Stance").get_by_role("checkbox", name=re.compile("^Opposes"))
    ).to_be_checked()

    page.go_back()
    expect(page).to_have_url(re.compile(r"/quotes\?country=DE$"))
    expect(page.locator("#results-count")).to_have_text(heading(count_of(data, country_code="DE")))
    expect(
        page.get_by_role("group", name="Stance").get_by_role("checkbox", name=re.compile("^Opposes"))
    ).not_to_be_checked()
    page.go_back()
    expect(page.locator("#results-count")).to_have_text(heading(len(data.statements)))


def test_load_more_appends_rows_in_place(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/quotes")
    items = page.locator("ol.quotes > li.quote-item")
    expect(items).to_have_count(50)
    page.get_by_role("link", name="Load more statements").click()
    expect(items).to_have_count(100)
    expect(page).to_have_url(re.compile(r"/quotes$"))


def test_speaker_suggestions_arrive_as_you_type(page, live_data) -> None:  # type: ignore[no-untyped-def]
    person = next(a for a in live_data[1].actors if a["type"] == "person")
    page.goto("/quotes")
    page.get_by_label("Add a speaker").press_sequentially(person["name"][:6], delay=30)
    expect(page.locator(f'#actor-options option[value="{person["slug"]}"]')).to_have_count(1)
    expect(page.get_by_label("Add a speaker")).to_have_value(person["name"][:6])  # still what was typed
    # Picking a suggestion applies it: the speaker becomes a ticked filter and the URL holds it.
    page.get_by_label("Add a speaker").fill(person["slug"])
    expect(page).to_have_url(re.compile(rf"actor={person['slug']}"))
    expect(page.get_by_role("group", name="Speaker").get_by_role("checkbox", checked=True)).to_have_count(1)
    expect(page.get_by_label("Add a speaker")).to_have_value("")


def test_open_a_permalink_from_the_list_and_copy_its_link(browser, server) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto("/quotes")
    page.locator("a.permalink").first.click()
    expect(page).to_have_url(re.compile(r"/quotes/[a-z0-9]{12}$"))
    expect(page.locator(".big-quote blockquote")).to_be_visible()
    expect(page.locator(".context mark")).to_be_visible()
    button = page.get_by_role("button", name="Copy link")
    expect(button).to_be_visible()
    button.click()
    expect(page.locator(".copy-status")).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == page.url
    context.close()


def test_without_javascript_the_form_still_filters(browser, server, live_data) -> None:  # type: ignore[no-untyped-def]
    data = live_data[1]
    context = browser.new_context(base_url=server, java_script_enabled=False)
    page = context.new_page()
    page.goto("/quotes")
    page.get_by_role("group", name="Country").get_by_role("checkbox", name=re.compile("^France")).check()
    page.get_by_role("group", name="Kind").get_by_role("checkbox", name=re.compile("^Direct")).check()
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"^(?=.*country=FR)(?=.*kind=direct)"))
    expected = count_of(data, country_code="FR", kind="direct")
    expect(page.locator("#results-count")).to_have_text(heading(expected))
    assert all("France" in meta for meta in page.locator(".quote-item .meta").all_inner_texts())
    page.goto("/quotes")
    page.get_by_role("link", name="Load more statements").click()  # a plain link to the next page
    expect(page).to_have_url(re.compile(r"after="))
    expect(page.locator("ol.quotes > li.quote-item")).to_have_count(50)
    context.close()
