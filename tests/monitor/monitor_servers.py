"""Local HTTP servers for the monitor tests: a web site (feeds, pages, robots.txt) and
a webhook receiver that checks signatures. Both listen on 127.0.0.1, on a free port."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape

from eventwire.monitor.webhook import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    status: int = 0


class _Server:
    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.httpd.daemon_threads = True
        # A short poll interval: shutting a test server down waits up to one interval.
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class Site(_Server):
    """Paths to canned answers; a route with an ETag answers 304 to a matching If-None-Match."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        super().__init__(_SiteHandler)

    def put(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8", **options: Any) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **options)

    def put_feed(self, path: str, xml: str) -> None:
        """A feed whose ETag and Last-Modified change with its content."""
        etag = '"' + hashlib.sha256(xml.encode()).hexdigest()[:16] + '"'
        self.put(path, xml, "application/rss+xml", etag=etag, headers={"Last-Modified": formatdate(usegmt=True)})

    def seen(self, path: str) -> list[Seen]:
        return [request for request in self.requests if request.path == path]


class _SiteHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        site: Site = self.server.owner  # type: ignore[attr-defined]
        seen = Seen("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
        site.requests.append(seen)
        route = site.routes.get(self.path)
        if route is None:
            seen.status = 404
            self.send_error(404)
            return
        if route.delay:
            time.sleep(route.delay)
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            seen.status = 304
            self.send_response(304)
            self.send_header("ETag", route.etag)
            self.end_headers()
            return
        seen.status = route.status
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        if route.etag:
            self.send_header("ETag", route.etag)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Delivery:
    body: bytes
    headers: dict[str, str]
    verified: bool

    @property
    def alert(self) -> dict[str, Any]:
        return json.loads(self.body)


class Receiver(_Server):
    """Records POSTs; answers ``failures`` 500s first (or always ``status``)."""

    def __init__(self, secret: str = "test-secret") -> None:
        self.secret = secret
        self.deliveries: list[Delivery] = []
        self.attempts = 0
        self.failures = 0
        self.status = 200
        super().__init__(_ReceiverHandler)


class _ReceiverHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        receiver: Receiver = self.server.owner  # type: ignore[attr-defined]
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        receiver.attempts += 1
        if receiver.failures > 0:
            receiver.failures -= 1
            self.send_response(500)
            self.end_headers()
            return
        if receiver.status != 200:
            self.send_response(receiver.status)
            self.end_headers()
            return
        verified = verify(receiver.secret, self.headers.get(TIMESTAMP_HEADER, ""), body, self.headers.get(SIGNATURE_HEADER, ""))
        receiver.deliveries.append(Delivery(body, {k.lower(): v for k, v in self.headers.items()}, verified))
        self.send_response(204 if verified else 401)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def rss(title: str, items: list[dict[str, str]]) -> str:
    """An RSS 2.0 document; each item: title, link, guid, pubDate, description."""
    entries = "".join(
        "<item>" + "".join(f"<{key}>{escape(value)}</{key}>" for key, value in item.items()) + "</item>"
        for item in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title><link>http://example.org/</link><description>test</description>{entries}</channel></rss>'


def atom(title: str, entries: list[dict[str, str]]) -> str:
    """An Atom document; each entry: id, title, updated, content (full text as HTML)."""
    body = "".join(
        f'<entry><id>{escape(e["id"])}</id><title>{escape(e["title"])}</title><updated>{e["updated"]}</updated>'
        f'<content type="html">{escape(e["content"])}</content></entry>'
        for e in entries
    )
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title><id>urn:test</id><updated>2021-03-07T00:00:00Z</updated>{body}</feed>'


def article_page(headline: str, published: str, paragraphs: list[str]) -> str:
    """A news page as publishers write them: title, publication date meta, article body."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(headline)}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{escape(headline)}</h1>{body}</article></body></html>"
    )
