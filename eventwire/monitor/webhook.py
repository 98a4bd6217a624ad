"""Signed webhook POSTs with retries.

The body is the alert's JSON. ``X-Eventwire-Signature: sha256=<hex>`` is the
HMAC-SHA256, keyed with the shared secret, of ``<timestamp>.<body>`` where the
timestamp (Unix seconds) is sent as ``X-Eventwire-Timestamp``: signing the time too
lets a receiver refuse replays of an old delivery. ``verify`` is the receiver's side.

Webhook URLs come from the operator's rule file, not from feeds, so they are not
held to the fetch address guard (an internal alert relay is a normal target).
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

SIGNATURE_HEADER = "X-Eventwire-Signature"
TIMESTAMP_HEADER = "X-Eventwire-Timestamp"
ALERT_HEADER = "X-Eventwire-Alert"
MAX_RETRY_AFTER_SECONDS = 60.0
# Worth another try: the receiver is busy, restarting or rate-limiting us.
_RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class PostResult:
    ok: bool
    attempts: int
    status: int | None = None  # the last HTTP status, None when no answer came
    error: str = ""


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, max_age_seconds: float | None = 300.0, now: float | None = None) -> bool:
    """True when ``signature`` is ours for this body and time, and the time is recent."""
    if max_age_seconds is not None:
        try:
            age = (time.time() if now is None else now) - float(timestamp)
        except ValueError:
            return False
        if abs(age) > max_age_seconds:
            return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def post_signed(
    url: str, body: bytes, secret: str, alert_id: str, *, attempts: int = 5, backoff_seconds: float = 1.0,
    timeout_seconds: float = 10.0, sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time,
) -> PostResult:
    """POST until a 2xx answer or ``attempts`` tries, waiting backoff, 2×backoff, 4×backoff ...
    between them (or the receiver's Retry-After, up to a minute)."""
    status: int | None = None
    error = ""
    for attempt in range(1, attempts + 1):
        timestamp = str(int(clock()))  # signed afresh: a retry is a new delivery moment
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json", "User-Agent": "eventwire-monitor/0.1",
            SIGNATURE_HEADER: sign(secret, timestamp, body), TIMESTAMP_HEADER: timestamp, ALERT_HEADER: alert_id,
        })
        retry_after: float | None = None
        try:
            with urllib.request.urlopen(request, timeout=timeout_seconds) as reply:
                return PostResult(ok=True, attempts=attempt, status=reply.status)
        except urllib.error.HTTPError as failure:
            status, error = failure.code, f"HTTP {failure.code} {failure.reason}"
            retry_after = _retry_after(failure.headers.get("Retry-After"))
            if failure.code not in _RETRYABLE_STATUS:
                return PostResult(ok=False, attempts=attempt, status=status, error=error)
        except (urllib.error.URLError, OSError) as failure:
            status, error = None, str(getattr(failure, "reason", failure))
        if attempt < attempts:
            sleep(retry_after if retry_after is not None else backoff_seconds * 2 ** (attempt - 1))
    return PostResult(ok=False, attempts=attempts, status=status, error=error)


def _retry_after(value: str | None) -> float | None:
    try:
        return min(MAX_RETRY_AFTER_SECONDS, max(0.0, float(value))) if value else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff
