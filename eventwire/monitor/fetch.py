"""Polite HTTP GETs for the poller: conditional requests (ETag / Last-Modified), a
per-host rate limit, timeouts, a size cap, robots.txt and the address guard.

Every failure is an InputError naming the URL and the fix, so the poller can record
it as a rejected input and go on with the next feed.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from eventwire.errors import InputError
from eventwire.monitor.guard import AddressBlocked, check_host, guarded_opener
from eventwire.monitor.settings import MonitorSettings

Clock = Callable[[], float]
Sleep = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators still hold
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class Fetcher:
    """One per poller: it remembers when it last asked each host and each host's robots.txt."""

    settings: MonitorSettings
    clock: Clock = time.monotonic
    sleep: Sleep = time.sleep
    robots_ttl_seconds: float = 3600.0
    _last_request: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, tuple[float, RobotFileParser]] = field(default_factory=dict)
    _robots_problem: dict[str, str] = field(default_factory=dict)  # origin -> why its robots.txt is unknown

    def __post_init__(self) -> None:
        self._opener = guarded_opener(self.settings.networks, veto_redirect=self._require_allowed)
        self._plain_opener = guarded_opener(self.settings.networks)  # for robots.txt itself

    def get(self, url: str, etag: str = "", last_modified: str = "") -> Response:
        """GET ``url`` unless robots.txt forbids it; a 304 comes back as ``not_modified``."""
        self._require_allowed(url)
        headers = {"User-Agent": self.settings.user_agent, "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers, self._opener)

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets our user agent fetch ``url``; an InputError
        when the site cannot be reached to ask."""
        return self._robots_for(url).can_fetch(self.settings.user_agent, url)

    # ---- internals --------------------------------------------------------------------

    def _require_allowed(self, url: str) -> None:
        try:
            check_host(url, self.settings.networks)
        except AddressBlocked as error:
            raise InputError(url, str(error)) from None
        if not self.allowed(url):
            problem = self._robots_problem.get(_origin(url))
            if problem:
                raise InputError(url, f"the site's robots.txt answered {problem}; until it can be read, nothing is fetched from the site (RFC 9309).")
            raise InputError(url, "robots.txt of the site disallows fetching this URL; it is skipped. Fix: ask the site, or drop the URL.")

    def _robots_for(self, url: str) -> RobotFileParser:
        origin = _origin(url)
        now = self.clock()
        cached = self._robots.get(origin)
        if cached and now - cached[0] < self.robots_ttl_seconds:
            return cached[1]
        parser = RobotFileParser(origin + "/robots.txt")
        self._robots_problem.pop(origin, None)
        try:
            response = self._request(origin + "/robots.txt", {"User-Agent": self.settings.user_agent}, self._plain_opener)
            parser.parse(response.body.decode("utf-8", errors="replace").splitlines())
        except _HTTPStatus as status:
            # RFC 9309: no robots.txt (4xx) allows everything; a server error or an
            # unreachable file means the site's wishes are unknown, so nothing is fetched.
            if 400 <= status.code < 500 and status.code not in (401, 403):
                parser.allow_all = True
            else:
                parser.disallow_all = True
                self._robots_problem[origin] = f"HTTP {status.code}"
        except InputError as error:
            # The site cannot be reached at all: say that, fetch nothing, and ask again
            # next time rather than an hour later.
            raise InputError(url, error.problem) from None
        self._robots[origin] = (now, parser)
        return parser

    def _wait_for_host(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.host_interval_seconds - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _request(self, url: str, headers: dict[str, str], opener: urllib.request.OpenerDirector) -> Response:
        self._wait_for_host(url)
        request = urllib.request.Request(url, headers=headers, method="GET")
        limit = self.settings.max_response_bytes
        try:
            with opener.open(request, timeout=self.settings.timeout_seconds) as reply:
                body = reply.read(limit + 1)
                final_url, status, reply_headers = reply.geturl(), reply.status, reply.headers
        except urllib.error.HTTPError as error:
            if error.code == 304:
                return Response(url=error.geturl() or url, status=304)
            raise _HTTPStatus(url, error.code, str(error.reason)) from None
        except urllib.error.URLError as error:
            raise InputError(url, _describe(error.reason, self.settings.timeout_seconds)) from None
        except TimeoutError:
            raise InputError(url, _describe(TimeoutError(), self.settings.timeout_seconds)) from None
        except AddressBlocked as error:
            raise InputError(url, str(error)) from None
        except OSError as error:
            raise InputError(url, _describe(error, self.settings.timeout_seconds)) from None
        if len(body) > limit:
            raise InputError(url, f"the response is larger than {limit:,} bytes (EVENTWIRE_MONITOR_MAX_RESPONSE_BYTES); it is skipped.")
        return Response(
            url=final_url, status=status, body=body, etag=_header(reply_headers, "ETag"),
            last_modified=_header(reply_headers, "Last-Modified"), content_type=_header(reply_headers, "Content-Type"),
        )


class _HTTPStatus(InputError):
    def __init__(self, url: str, code: int, reason: str) -> None:
        super().__init__(url, f"the server answered HTTP {code} {reason}. Fix: check the URL; the next poll tries again.")
        self.code = code


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _header(headers: Message, name: str) -> str:
    return str(headers.get(name) or "")


def _describe(reason: object, timeout: float) -> str:
    if isinstance(reason, AddressBlocked):
        return str(reason)
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} s (EVENTWIRE_MONITOR_TIMEOUT_SECONDS); the next poll tries again."
    return f"cannot be fetched ({reason}); the next poll tries again."
