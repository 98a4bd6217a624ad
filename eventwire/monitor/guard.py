"""The address guard: fetches never reach private, loopback, link-local, multicast or
reserved addresses unless a setting allows their network.

The check sits where the socket is made, on the very addresses the connection uses,
so a name that resolves differently on a second lookup (DNS rebinding) and a redirect
to an internal host are refused just like a direct request. Proxies are not used:
behind one, the guard would see only the proxy's address.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.request
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from eventwire.monitor.settings import Network

ALLOWED_SCHEMES = ("http", "https")
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressBlocked(OSError):
    """A connection would reach an address the guard refuses."""


def refusal(address: IPAddress, allowed: Sequence[Network]) -> str | None:
    """Why the guard refuses ``address``, or None when it may be reached."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    if any(address in network for network in allowed):
        return None
    # Most specific first: link-local addresses are "private" to ipaddress as well.
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(address, f"is_{kind}"):
            return f"{address} is a {kind.replace('_', '-')} address"
    if not address.is_global:
        return f"{address} is not a public address"
    return None


def check_url(url: str) -> None:
    """Only http and https with a host name; raises AddressBlocked otherwise."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise AddressBlocked(f"only http and https URLs are fetched, not {parts.scheme or 'a scheme-less URL'!r} ({url})")
    if not parts.hostname:
        raise AddressBlocked(f"the URL names no host ({url})")


def check_host(url: str, allowed: Sequence[Network] = ()) -> None:
    """Refuse early, with a clear message, a URL whose host resolves only to refused
    addresses. (The connection itself checks again: this is for the message.)"""
    check_url(url)
    parts = urlsplit(url)
    host = parts.hostname or ""
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme.lower() == "https" else 80), 0, socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return  # the request will fail with the resolver's own message
    problems = [refusal(ipaddress.ip_address(info[4][0].split("%")[0]), allowed) for info in infos]
    if problems and all(problems):
        raise AddressBlocked(
            f"{host} resolves only to refused addresses ({'; '.join(dict.fromkeys(p for p in problems if p))}). "
            "Fix: fetch public addresses only, or allow the network with EVENTWIRE_MONITOR_ALLOW_NETWORKS."
        )


def guarded_connection(
    address: tuple[str, int], timeout: float | object = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
    source_address: tuple[str, int] | None = None, *, allowed: Sequence[Network] = (),
) -> socket.socket:
    """socket.create_connection that connects only to addresses the guard lets through."""
    host, port = address
    try:
        infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise OSError(f"cannot resolve {host}: {error.strerror or error}") from error
    refused: list[str] = []
    last_error: OSError | None = None
    for family, kind, proto, _, sockaddr in infos:
        problem = refusal(ipaddress.ip_address(sockaddr[0].split("%")[0]), allowed)
        if problem:
            refused.append(problem)
            continue
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:  # type: ignore[attr-defined]
                sock.settimeout(timeout)  # type: ignore[arg-type]
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as error:
            sock.close()
            last_error = error
    if last_error is not None:
        raise last_error
    raise AddressBlocked(
        f"{host} resolves only to refused addresses ({'; '.join(dict.fromkeys(refused))}). "
        "Fix: fetch public addresses only, or allow the network with EVENTWIRE_MONITOR_ALLOW_NETWORKS."
    )


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, allowed: Sequence[Network] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = partial(guarded_connection, allowed=allowed)  # type: ignore[method-assign]


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, allowed: Sequence[Network] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = partial(guarded_connection, allowed=allowed)  # type: ignore[method-assign]


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allowed: Sequence[Network]) -> None:
        super().__init__()
        self._allowed = tuple(allowed)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_GuardedHTTPConnection, allowed=self._allowed), req)  # type: ignore[arg-type]


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allowed: Sequence[Network]) -> None:
        super().__init__()
        self._allowed = tuple(allowed)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(  # type: ignore[arg-type]
            partial(_GuardedHTTPSConnection, allowed=self._allowed), req, context=self._context  # type: ignore[attr-defined]
        )


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) only, and lets the caller veto a target (robots.txt)."""

    max_redirections = 5

    def __init__(self, allowed: Sequence[Network], veto: Callable[[str], None] | None) -> None:
        super().__init__()
        self._allowed = tuple(allowed)
        self._veto = veto

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> urllib.request.Request | None:
        try:
            check_host(newurl, self._allowed)
        except AddressBlocked as error:
            raise AddressBlocked(f"redirected to {newurl}: {error}") from None
        if self._veto is not None:
            self._veto(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def guarded_opener(allowed: Sequence[Network] = (), veto_redirect: Callable[[str], None] | None = None) -> urllib.request.OpenerDirector:
    """A urllib opener whose every connection (redirects included) passes the guard."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _HTTPHandler(allowed), _HTTPSHandler(allowed), _RedirectHandler(allowed, veto_redirect)
    )
