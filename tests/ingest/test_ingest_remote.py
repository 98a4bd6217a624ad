"""Feeds and URLs as inputs: entries with their text become articles, links are fetched
through the guarded fetcher, and private addresses are refused unless allowed."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.models import Article, Rejected

BODY = " ".join(["Government forces and rebels agreed on Monday to extend the truce in the north."] * 8)
PAGE = f"""<html><head><title>Truce extended</title></head><body><article><h1>Truce extended</h1>
<p>{BODY}</p><p>{BODY}</p></article></body></html>"""


def _feed(items: str) -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def test_a_feed_file_with_full_text_entries_gives_articles(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(_feed(f"""<item><guid>1</guid><title>Truce extended</title>
        <pubDate>Mon, 01 Mar 2021 10:00:00 GMT</pubDate><description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>"""),
        "utf-8")
    [article] = list(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.headline == "Truce extended" and article.published.startswith("2021-03-01") and "truce" in article.text


def test_an_empty_feed_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty.atom"
    path.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "utf-8")
    [rejected] = list(read_inputs([str(path)]))
    assert isinstance(rejected, Rejected) and "no entries" in rejected.reason


def test_loopback_urls_are_refused_without_a_setting(tmp_path: Path) -> None:
    [rejected] = list(read_inputs(["http://127.0.0.1:9/news/1"]))
    assert isinstance(rejected, Rejected) and rejected.source == "http://127.0.0.1:9/news/1"
    assert "loopback" in rejected.reason or "private" in rejected.reason


class _Site(http.server.BaseHTTPRequestHandler):
    pages: dict[str, tuple[str, str]] = {}

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        content_type, body = self.pages.get(self.path, ("text/plain", ""))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_port}"
    _Site.pages = {
        "/robots.txt": ("text/plain", "User-agent: *\nAllow: /\n"),
        "/news/1": ("text/html", PAGE),
        "/feed": ("application/rss+xml", _feed(f"<item><guid>9</guid><title>Truce extended</title><link>{base}/news/1</link></item>")),
    }
    monkeypatch.setenv("EVENTWIRE_MONITOR_ALLOW_NETWORKS", "127.0.0.1/32")
    monkeypatch.setenv("EVENTWIRE_MONITOR_HOST_INTERVAL_SECONDS", "0")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_a_page_url_is_fetched_and_read_as_html(site: str) -> None:
    [article] = list(read_inputs([f"{site}/news/1"]))
    assert isinstance(article, Article) and article.url == f"{site}/news/1" and "truce" in article.text


def test_a_feed_url_fetches_the_pages_its_entries_link_to(site: str) -> None:
    [article] = list(read_inputs([f"{site}/feed"]))
    assert isinstance(article, Article) and article.headline == "Truce extended" and "rebels" in article.text
