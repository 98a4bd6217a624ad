"""The server's limits: how big a request body and how long a query may be
(``api_max_body_bytes`` and ``api_query_seconds`` in docs/settings.md). 10 s is long
past any filter a dashboard sends, and short enough that a runaway query frees its thread.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventwire.settings import Settings

_REPEAT_SECONDS = 0.05


class QueryTimeout(Exception):
    """A read ran past the server's time limit and was interrupted."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the query ran longer than {seconds:g} s and was stopped; narrow the filters or page with limit")
        self.seconds = seconds


def max_body_bytes() -> int:
    """Largest request body accepted (EVENTWIRE_API_MAX_BODY_BYTES; 0 or less: the default)."""
    value = Settings.from_env().api_max_body_bytes
    return value if value > 0 else Settings.api_max_body_bytes


def query_seconds() -> float:
    """Longest a request's reads may run (EVENTWIRE_API_QUERY_SECONDS; 0 or less: the default)."""
    value = Settings.from_env().api_query_seconds
    return value if value > 0 else Settings.api_query_seconds


@contextmanager
def deadline(cursor: duckdb.DuckDBPyConnection, seconds: float) -> Iterator[None]:
    """Interrupt ``cursor`` if the block runs longer than ``seconds``; raise QueryTimeout then.

    Once the time is up the cursor is interrupted again and again until the block
    ends: an interrupt lands only on a running query, and the block may start its
    next query after the first interrupt (Python work between queries).
    """
    fired = threading.Event()
    done = threading.Event()

    def stop() -> None:
        if done.wait(seconds):
            return
        fired.set()
        while not done.is_set():
            cursor.interrupt()
            done.wait(_REPEAT_SECONDS)

    watcher = threading.Thread(target=stop, name="query-deadline", daemon=True)
    watcher.start()
    try:
        yield
    except duckdb.InterruptException:
        raise QueryTimeout(seconds) from None
    except Exception:
        # an interrupted read can surface as another DuckDB error; the watcher says what happened
        if fired.is_set():
            raise QueryTimeout(seconds) from None
        raise
    finally:
        done.set()


class BodyTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than {limit} bytes; send fewer articles per request")
        self.limit = limit


class BodyLimit:
    """ASGI middleware: refuse a request body over ``limit`` bytes with 413, before it is read whole.

    The declared Content-Length is checked first; a body sent in chunks without
    one is counted as it arrives, so neither way lets a client fill the memory.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _too_large(self.limit, send)
            return
        received = 0
        over = answered = False

        async def counted_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    over = True
                    raise BodyTooLarge(self.limit)
            return message

        async def checked_send(message: Message) -> None:
            nonlocal answered
            # The app may turn the raised error into its own answer (FastAPI's body parser
            # says 400): whatever it answers, a body over the limit is answered 413.
            if not over:
                await send(message)
            elif message["type"] == "http.response.start" and not answered:
                answered = True
                await _too_large(self.limit, send)

        try:
            await self.app(scope, counted_receive, checked_send)
        except BodyTooLarge:
            if not answered:
                await _too_large(self.limit, send)


async def _too_large(limit: int, send: Send) -> None:
    body = json.dumps({"status": 413, "message": str(BodyTooLarge(limit))}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
