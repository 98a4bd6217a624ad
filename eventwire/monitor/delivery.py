"""Alerts out: standard output, a JSON Lines file, a signed webhook.

A delivered log (JSON Lines in the state folder) remembers which alert, in which
version (fingerprint), went to which sink, so running the rules again sends only
what is new: an unseen alert, or an update of one whose content changed (its
``revision`` counts the updates). A webhook delivery that fails every retry goes to
the dead-letter file and is logged as dead, so it is not retried on every poll; an
operator replays the file.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from eventwire.errors import InputError
from eventwire.monitor.alerts import Alert
from eventwire.monitor.rules import JsonlSink, Sink, StdoutSink, WebhookSink
from eventwire.monitor.webhook import post_signed

DELIVERED_FILE = "delivered.jsonl"
DEAD_LETTER_FILE = "dead-letter.jsonl"


@dataclass
class DeliveredLog:
    path: Path
    _seen: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, folder: Path) -> DeliveredLog:
        log = cls(folder / DELIVERED_FILE)
        if log.path.exists():
            for number, line in enumerate(log.path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                    log._seen[(entry["sink"], entry["alert"])].append(entry["fingerprint"])
                except (ValueError, KeyError, TypeError):
                    raise InputError(f"{log.path}:{number}", "not a delivered-log entry. Fix: delete the line (that alert may then be sent again).") from None
        return log

    def revision(self, sink_id: str, alert: Alert) -> int | None:
        """None when this version was delivered already, else its revision (0 = first)."""
        versions = self._seen.get((sink_id, alert.id), [])
        return None if alert.fingerprint() in versions else len(versions)

    def record(self, sink_id: str, alert: Alert, outcome: str) -> None:
        self._seen[(sink_id, alert.id)].append(alert.fingerprint())
        entry = {"sink": sink_id, "alert": alert.id, "fingerprint": alert.fingerprint(), "outcome": outcome, "at": _now()}
        _append(self.path, entry)


@dataclass
class DeliveryReport:
    sent: int = 0
    skipped: int = 0  # delivered before, unchanged
    dead: int = 0
    problems: list[str] = field(default_factory=list)


def check_sinks(sinks: Sequence[Sink], environ: dict[str, str] | None = None) -> None:
    """Fail before any delivery when a webhook has no secret to sign with."""
    environ = dict(os.environ) if environ is None else environ
    for sink in sinks:
        if isinstance(sink, WebhookSink) and not environ.get(sink.secret_env):
            raise InputError(sink.secret_env, f"is not set, so deliveries to {sink.url} cannot be signed. Fix: export {sink.secret_env}=<shared secret> (the receiver checks the signature with it).")


def deliver(
    alerts: Iterable[Alert], sinks: Sequence[Sink], state_dir: Path, *, stdout: TextIO | None = None,
    environ: dict[str, str] | None = None, sleep: Callable[[float], None] = time.sleep,
) -> DeliveryReport:
    """Send each alert not yet delivered (in this version) to every sink."""
    environ = dict(os.environ) if environ is None else environ
    check_sinks(sinks, environ)
    log = DeliveredLog.load(state_dir)
    report = DeliveryReport()
    ordered = sorted(alerts, key=lambda a: (a.window.start, a.rule, a.subject))
    for sink in sinks:
        for alert in ordered:
            revision = log.revision(sink.id, alert)
            if revision is None:
                report.skipped += 1
                continue
            payload = {**alert.to_dict(), "revision": revision}
            outcome = _send(sink, alert, payload, state_dir, stdout or sys.stdout, environ, sleep, report)
            log.record(sink.id, alert, outcome)
    return report


def payload_line(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=False, default=str)


def _send(
    sink: Sink, alert: Alert, payload: dict[str, Any], state_dir: Path, stdout: TextIO,
    environ: dict[str, str], sleep: Callable[[float], None], report: DeliveryReport,
) -> str:
    if isinstance(sink, StdoutSink):
        stdout.write(payload_line(payload) + "\n")
        stdout.flush()
    elif isinstance(sink, JsonlSink):
        _append(sink.path, payload)
    else:
        body = payload_line(payload).encode("utf-8")
        result = post_signed(sink.url, body, environ[sink.secret_env], alert.id, attempts=sink.attempts,
                             backoff_seconds=sink.backoff_seconds, timeout_seconds=sink.timeout_seconds, sleep=sleep)
        if not result.ok:
            dead_letter = sink.dead_letter or state_dir / DEAD_LETTER_FILE
            _append(dead_letter, {"url": sink.url, "alert_id": alert.id, "attempts": result.attempts, "status": result.status,
                                  "error": result.error, "at": _now(), "payload": payload})
            report.dead += 1
            report.problems.append(f"{sink.url}: alert {alert.id} not delivered after {result.attempts} attempt(s) ({result.error}); written to {dead_letter}")
            return "dead-letter"
    report.sent += 1
    return "sent"


def _append(path: Path, entry: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(payload_line(entry) + "\n")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
