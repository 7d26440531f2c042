"""One real server (uvicorn on 127.0.0.1, a free port, a temporary database filled by the bench
generator) and one Chromium for the whole browser session.

Needs Debian's Chromium: `apt-get install chromium`. Without it these tests are skipped, except
when CI=true, where a missing browser fails them."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the bench package
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_data(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from app.cli import upgrade
    from app.db import engine_for
    from bench.make_database import populate

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'live.db'}"
    upgrade(url)
    data = populate(engine_for(url), 400, seed=11, per_country=4)
    return url, data


@pytest.fixture(scope="session")
def server(live_data) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    from app.web.main import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(live_data[0]), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator:  # type: ignore[type-arg]
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium to run the browser tests"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, server):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()
