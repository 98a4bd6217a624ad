"""The dashboard in headless Chromium over a real server with the samples store.

Screenshots go to tests/artefacts/ (gitignored) so a failing run can be looked at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, expect
from web_records import (
    HOSTILE_ACTOR,
    HOSTILE_DOC,
    HOSTILE_HEADLINE,
    HOSTILE_MARKUP,
    HOSTILE_RECIPIENT,
    HOSTILE_SPEAKER,
)

from eventwire.web import Backend, create_app

READY = "#view[data-state=ready]"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(samples_db: Path) -> Iterator[str]:
    """The app served by uvicorn on a free port, in a thread of this process."""
    backend = Backend.open(samples_db, writable=False)
    port = _free_port()
    instance = uvicorn.Server(uvicorn.Config(create_app(backend), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the test server did not start on port {port}")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)
    backend.close()


@pytest.fixture
def watched(page: Page) -> Iterator[Page]:
    """The page, failing the test on any script error."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 1360, "height": 900})
    yield page
    assert not errors, f"script errors on the page: {errors}"


def test_overview_draws_timeline_map_dyads_and_table(watched: Page, server: str, artefacts: Path) -> None:
    watched.goto(f"{server}/")
    watched.wait_for_selector(READY)
    expect(watched.locator("#events-table tbody tr").first).to_be_visible()
    assert watched.locator("svg.timeline rect.bar").count() > 0
    assert watched.locator("svg.worldmap circle.dot").count() > 0
    assert watched.locator("table.dyads tbody tr").count() > 0
    expect(watched.locator("#store-counts")).to_contain_text("articles")
    watched.screenshot(path=str(artefacts / "overview.png"), full_page=True)


def test_a_filter_narrows_the_table_and_lives_in_the_url(watched: Page, server: str, artefacts: Path) -> None:
    watched.goto(f"{server}/events")
    watched.wait_for_selector(READY)
    watched.select_option("select[name=type]", "ASSAULT")
    watched.click("#filters button[type=submit]")
    watched.wait_for_url("**/events?type=ASSAULT")
    watched.wait_for_selector(READY)
    chips = watched.locator("#events-table tbody .chip")
    expect(chips.first).to_have_text("ASSAULT")
    assert set(chips.all_inner_texts()) == {"ASSAULT"}
    shared = watched.url
    watched.goto("about:blank")
    watched.goto(shared)  # the same view from the URL alone
    watched.wait_for_selector(READY)
    expect(watched.locator("select[name=type]")).to_have_value("ASSAULT")
    assert set(watched.locator("#events-table tbody .chip").all_inner_texts()) == {"ASSAULT"}
    watched.screenshot(path=str(artefacts / "filtered.png"), full_page=True)


def test_clicking_a_period_sets_the_date_filters(watched: Page, server: str) -> None:
    watched.goto(f"{server}/events?interval=year")
    watched.wait_for_selector(READY)
    period = watched.locator("svg.timeline rect.hit").last.get_attribute("data-period")
    watched.locator("svg.timeline rect.hit").last.dispatch_event("click")
    watched.wait_for_url(f"**from={period}**")
    watched.wait_for_selector(READY)
    dates = watched.locator("#events-table tbody td.nowrap").all_inner_texts()
    assert dates and all(d.startswith(str(period)) for d in dates)


def test_opening_an_event_shows_the_article_with_the_evidence_marked(watched: Page, server: str, artefacts: Path) -> None:
    watched.goto(f"{server}/events")
    watched.wait_for_selector(READY)
    first = watched.locator(f"#events-table tbody tr:not([data-id^='{HOSTILE_DOC}'])").first
    evidence = first.locator("td a").inner_text()
    first.locator("td a").click()
    watched.wait_for_url("**/events/**")
    watched.wait_for_selector(READY)
    mark = watched.locator(".article-text .mark-evidence")
    expect(mark.first).to_be_visible()
    marked = "".join(mark.all_inner_texts())
    assert marked.startswith(evidence.rstrip("…")[:40])
    expect(watched.locator("dl.facts")).to_contain_text("quad class")
    watched.screenshot(path=str(artefacts / "event.png"), full_page=True)


def test_article_text_is_shown_as_text_never_run(watched: Page, server: str, artefacts: Path) -> None:
    watched.goto(f"{server}/articles/{HOSTILE_DOC}")
    watched.wait_for_selector(READY)
    text = watched.locator(".article-text")
    expect(text).to_contain_text(HOSTILE_MARKUP)
    assert text.locator("img, script, svg").count() == 0
    expect(watched.locator(".article-head h3")).to_have_text(HOSTILE_HEADLINE)
    assert watched.locator(".article-head a[href^='javascript']").count() == 0
    watched.goto(f"{server}/events/{HOSTILE_DOC}%23e1")
    watched.wait_for_selector(READY)
    expect(watched.locator(".event-head")).to_contain_text("<svg onload=window.__pwned=1>")
    assert watched.evaluate("window.__pwned") is None
    watched.screenshot(path=str(artefacts / "escaped.png"), full_page=True)


def test_statements_by_speaker(watched: Page, server: str, artefacts: Path) -> None:
    watched.goto(f"{server}/quotes")
    watched.wait_for_selector(READY)
    speaker = watched.locator("ul.speakers button").first
    name = speaker.inner_text()
    speaker.click()
    watched.wait_for_url("**/quotes?speaker=**")
    watched.wait_for_selector(READY)
    names = watched.locator("#statements ul.quotes strong").all_inner_texts()
    assert names and all(name.lower() in n.lower() for n in names)
    watched.screenshot(path=str(artefacts / "statements.png"), full_page=True)


@pytest.mark.parametrize("path, shown", [
    ("/events", [HOSTILE_ACTOR, HOSTILE_RECIPIENT]),
    (f"/events/{HOSTILE_DOC}%23e1", [HOSTILE_HEADLINE, HOSTILE_ACTOR, HOSTILE_RECIPIENT, HOSTILE_MARKUP]),
    (f"/articles/{HOSTILE_DOC}", [HOSTILE_HEADLINE, HOSTILE_MARKUP]),
    ("/quotes?speaker=officials", [HOSTILE_SPEAKER, HOSTILE_MARKUP]),
    ("/actors?name=onload", [HOSTILE_ACTOR]),
    ("/actors?name=javascript", [HOSTILE_RECIPIENT]),
])
def test_hostile_text_shows_literally_and_never_runs(watched: Page, server: str, path: str, shown: list[str]) -> None:
    dialogs: list[str] = []
    watched.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    watched.goto(server + path)
    watched.wait_for_selector(READY)
    view = watched.locator("#view")
    for text in shown:
        expect(view).to_contain_text(text)
    # nothing from the data became markup: no element the dashboard never draws itself
    assert view.locator("script, img, iframe, object, embed, b, i").count() == 0
    assert view.locator("svg[onload], [onerror], [onload]").count() == 0
    # javascript: never becomes a link, neither as an article URL nor as a name
    assert watched.locator("a[href^='javascript' i]").count() == 0
    watched.wait_for_timeout(200)  # give anything that slipped through a moment to run
    assert watched.evaluate("window.__pwned") is None and not dialogs


def test_a_dyad_sets_a_real_dyad_filter(watched: Page, server: str) -> None:
    watched.goto(f"{server}/events?status=any")
    watched.wait_for_selector(READY)
    button = watched.locator("table.dyads button.dyad").first
    dyad = str(button.get_attribute("data-dyad"))
    button.click()
    watched.wait_for_url(f"**dyad={dyad}**")
    watched.wait_for_selector(READY)
    expect(watched.locator("input[name=dyad]")).to_have_value(dyad)
    assert [row.inner_text() for row in watched.locator("table.dyads tbody tr td:first-child").all()] == [dyad.split("-")[0]]


def test_new_filters_live_in_the_url(watched: Page, server: str) -> None:
    watched.goto(f"{server}/events")
    watched.wait_for_selector(READY)
    watched.fill("input[name=near]", "10.5,20.5")
    watched.fill("input[name=radius_km]", "20")
    watched.click("#filters button[type=submit]")
    watched.wait_for_url("**near=10.5%2C20.5**")
    watched.wait_for_selector(READY)
    rows = watched.locator("#events-table tbody tr")
    assert rows.count() == 2 and "radius_km=20" in watched.url


def test_alerts_page_says_how_to_enable_rules(watched: Page, server: str) -> None:
    watched.goto(f"{server}/alerts")
    watched.wait_for_selector(READY)
    expect(watched.locator("#alerts-off")).to_contain_text("eventwire serve --rules FILE")
