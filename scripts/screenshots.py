"""Take the README's dashboard screenshots (docs/img/timeline.png, map.png, event.png).

Codes the bundled samples into a temporary store (or uses --db), serves the dashboard
on a free local port and photographs it with Debian's Chromium through Playwright.

    .venv/bin/python scripts/screenshots.py
    .venv/bin/python scripts/screenshots.py --db eventwire.duckdb --chromium /usr/bin/chromium
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from eventwire.runner import ingest
from eventwire.web import Backend, create_app

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "img"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
WIDTH = 1100
OVERVIEW_WIDTH = 1440
MAX_BYTES = 150_000  # screenshots live in the repository: keep them small


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path) -> tuple[uvicorn.Server, str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Backend.open(db, writable=False)), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def showcase_event(base: str) -> str:
    """An event worth showing: one with actors, recipients and the statement behind it."""
    with urllib.request.urlopen(f"{base}/api/events?status=any&limit=1000") as answer:
        events = json.load(answer)["items"]
    for event in events:
        if event["quote_id"] and event["recipients"] and event["actors"]:
            return str(event["id"])
    return str(events[0]["id"])


def shoot(page: Page, base: str, folder: Path) -> list[Path]:
    page.set_viewport_size({"width": OVERVIEW_WIDTH, "height": 900})  # wide enough for two readable cards
    page.goto(f"{base}/events?by=type")
    page.wait_for_selector("#view[data-state=ready]")
    timeline = folder / "timeline.png"
    page.locator(".card", has=page.locator("svg.timeline")).screenshot(path=str(timeline))
    world = folder / "map.png"
    page.locator(".card", has=page.locator("svg.worldmap")).screenshot(path=str(world))
    page.set_viewport_size({"width": WIDTH, "height": 900})
    page.goto(f"{base}/events/{showcase_event(base).replace('#', '%23')}")
    page.wait_for_selector("#view[data-state=ready]")
    event = folder / "event.png"
    page.screenshot(path=str(event), clip={"x": 0, "y": 0, "width": WIDTH, "height": 700})
    return [timeline, world, event]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: code the samples into a temporary one)")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium executable (Debian's package)")
    parser.add_argument("--out", type=Path, default=OUTPUT, help="folder for the PNG files")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = args.db
        if db is None:
            db = Path(scratch) / "samples.duckdb"
            ingest([str(ROOT / "samples")], str(db))
        server, base = start_server(db)
        args.out.mkdir(parents=True, exist_ok=True)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": WIDTH, "height": 900})
                files = shoot(page, base, args.out)
                browser.close()
        finally:
            server.should_exit = True
    too_big = [f for f in files if f.stat().st_size > MAX_BYTES]
    for file in files:
        print(f"wrote {file.relative_to(ROOT) if file.is_relative_to(ROOT) else file} ({file.stat().st_size // 1024} KB)")
    if too_big:
        print(f"larger than {MAX_BYTES // 1000} KB: {', '.join(f.name for f in too_big)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
