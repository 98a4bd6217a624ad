"""Delivery: signed webhooks with retries and a dead letter, JSON Lines, stdout, and
the delivered log that keeps a second run from sending anything twice."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from monitor_records import SHUSHA, incident
from monitor_servers import Receiver

from eventwire.errors import InputError
from eventwire.monitor.alerts import Alert, Tally
from eventwire.monitor.delivery import DEAD_LETTER_FILE, check_sinks, deliver
from eventwire.monitor.rules import JsonlSink, StdoutSink, WebhookSink
from eventwire.monitor.webhook import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    post_signed,
    sign,
    verify,
)
from eventwire.monitor.windows import Window

SECRET = "TEST_SECRET"


def _alert(count: int = 1, day: str = "2021-03-03") -> Alert:
    found = tuple(incident(f"v{n}", "ASSAULT", day, ["AZE"], ["ARM"], spot=SHUSHA) for n in range(count))
    return Alert.from_tally(Tally(rule="r", kind="ceasefire", subject="ARM-AZE", window=Window(date.fromisoformat(day)),
                                  incidents=found, fired=True, title=f"{count} violations"))


def test_signatures_verify_only_with_the_secret_the_body_and_a_recent_time() -> None:
    body = b'{"id": "al-1"}'
    signature = sign("s3cret", "1700000000", body)
    assert signature.startswith("sha256=") and len(signature) == 7 + 64
    assert verify("s3cret", "1700000000", body, signature, now=1700000100)
    assert not verify("other", "1700000000", body, signature, now=1700000100)
    assert not verify("s3cret", "1700000000", body + b" ", signature, now=1700000100)
    assert not verify("s3cret", "1700000000", body, signature, now=1700009999)  # a replay, hours later


def test_webhook_retries_with_exponential_backoff(receiver: Receiver) -> None:
    receiver.failures = 2
    waits: list[float] = []
    result = post_signed(receiver.url("/hook"), b"{}", receiver.secret, "al-1", attempts=4, backoff_seconds=0.5, sleep=waits.append)
    assert result.ok and result.attempts == 3 and waits == [0.5, 1.0]
    [delivery] = receiver.deliveries
    assert delivery.verified and delivery.headers["x-eventwire-alert"] == "al-1"
    assert SIGNATURE_HEADER.lower() in delivery.headers and TIMESTAMP_HEADER.lower() in delivery.headers


def test_webhook_failures_go_to_the_dead_letter_once(receiver: Receiver, tmp_path: Path) -> None:
    receiver.status = 503
    sink = WebhookSink(url=receiver.url("/hook"), secret_env=SECRET, attempts=3, backoff_seconds=0)
    environ = {SECRET: receiver.secret}
    report = deliver([_alert()], [sink], tmp_path, environ=environ, sleep=lambda s: None)
    assert (report.sent, report.dead, receiver.attempts) == (0, 1, 3)
    [dead] = [json.loads(line) for line in (tmp_path / DEAD_LETTER_FILE).read_text().splitlines()]
    assert dead["alert_id"] == _alert().id and dead["status"] == 503 and dead["payload"]["id"] == _alert().id
    assert "503" in report.problems[0]
    again = deliver([_alert()], [sink], tmp_path, environ=environ, sleep=lambda s: None)
    assert (again.sent, again.dead, again.skipped, receiver.attempts) == (0, 0, 1, 3)  # not retried every poll


def test_a_client_error_is_not_retried(receiver: Receiver) -> None:
    receiver.status = 400
    result = post_signed(receiver.url("/hook"), b"{}", receiver.secret, "al-1", attempts=5, sleep=lambda s: None)
    assert not result.ok and result.attempts == 1 and result.status == 400


def test_a_webhook_without_its_secret_is_refused_before_sending() -> None:
    with pytest.raises(InputError, match="TEST_SECRET: is not set"):
        check_sinks([WebhookSink(url="https://example.org/hook", secret_env=SECRET)], environ={})


def test_jsonl_and_stdout_get_each_version_once(tmp_path: Path) -> None:
    out, stdout = tmp_path / "alerts.jsonl", io.StringIO()
    sinks = [StdoutSink(), JsonlSink(out)]
    first = deliver([_alert(1), _alert(1, "2021-03-05")], sinks, tmp_path / "state", stdout=stdout)
    assert first.sent == 4
    repeat = deliver([_alert(1), _alert(1, "2021-03-05")], sinks, tmp_path / "state", stdout=stdout)
    assert (repeat.sent, repeat.skipped) == (0, 4)
    update = deliver([_alert(2)], sinks, tmp_path / "state", stdout=stdout)  # a late report adds a violation
    assert update.sent == 2
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(line["window"]["start"], line["count"], line["revision"]) for line in lines] == [
        ("2021-03-03", 1, 0), ("2021-03-05", 1, 0), ("2021-03-03", 2, 1)]
    assert lines[0]["id"] == lines[2]["id"] and lines[0]["fingerprint"] != lines[2]["fingerprint"]
    assert stdout.getvalue().splitlines() == out.read_text().splitlines()


def test_alert_ids_depend_on_rule_subject_and_window_only() -> None:
    assert _alert(1).id == _alert(3).id != _alert(1, "2021-03-05").id
    assert _alert(1).fingerprint() != _alert(3).fingerprint()
    payload = _alert(2).to_dict()
    assert payload["event_ids"] == ["v0#e1", "v1#e1"] and payload["doc_ids"] == ["doc-v0", "doc-v1"]
    assert payload["incidents"][0]["evidence"][0]["text"] == "Evidence of v0."
