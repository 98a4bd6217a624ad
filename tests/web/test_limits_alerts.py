"""Server hardening (body size and query time limits) and the alerts endpoint."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_records import REPORT_DOCS

from eventwire.monitor.rules import load_rules
from eventwire.pipeline import Pipeline
from eventwire.web import Backend, create_app, data
from eventwire.web.alerts import HOW_TO_ENABLE

TOKEN = "limits-token-0123456789"
RULES = """
version: 1
rules:
  - name: freedonia-watch
    kind: watch
    dyad: FRE-SYL
    types: [ASSAULT]
deliver: [stdout]
"""


@pytest.fixture
def reader(samples_db: Path) -> Iterator[Backend]:
    backend = Backend.open(samples_db, writable=False)
    yield backend
    backend.close()


def test_a_body_over_the_limit_is_refused_with_413(db_copy: Path) -> None:
    backend = Backend.open(db_copy, writable=True)
    try:
        with TestClient(create_app(backend, token=TOKEN, max_body=2_000)) as client:
            big = {"articles": [{"text": "word " * 1_000}]}
            answer = client.post("/api/ingest", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 413 and "larger than 2000 bytes" in answer.json()["message"]

            def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
                yield json.dumps(big).encode()[:1_500]
                yield json.dumps(big).encode()[1_500:]

            answer = client.post("/api/ingest", content=chunks(), headers={"Authorization": f"Bearer {TOKEN}",
                                                                          "Content-Type": "application/json"})
            assert answer.status_code == 413 and answer.json()["status"] == 413
            assert client.get("/api/events", params={"limit": 1}).status_code == 200  # reads are untouched
    finally:
        backend.close()


def test_a_query_past_the_time_limit_is_stopped_with_503(reader: Backend, monkeypatch: pytest.MonkeyPatch) -> None:
    def endless(con: object) -> dict[str, int]:
        con.execute("SELECT count(*) FROM range(1000000000000) a").fetchall()  # type: ignore[attr-defined]
        return {}

    monkeypatch.setattr(data, "counts", endless)
    with TestClient(create_app(reader, query_seconds=0.3)) as client:
        answer = client.get("/api/meta")
        assert answer.status_code == 503
        assert "longer than 0.3 s" in answer.json()["message"]
        monkeypatch.undo()
        assert client.get("/api/meta").status_code == 200  # the server goes on serving


def test_without_rules_alerts_say_how_to_enable_them(reader: Backend) -> None:
    with TestClient(create_app(reader)) as client:
        answer = client.get("/api/alerts").json()
    assert answer["alerts"] == [] and answer["enabled"] is False and answer["message"] == HOW_TO_ENABLE


def test_alerts_evaluate_the_rules_over_the_store(reader: Backend, tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    rules = load_rules(tmp_path / "rules.yaml")
    with TestClient(create_app(reader, rules=rules)) as client:
        answer = client.get("/api/alerts").json()
        later = client.get("/api/alerts", params={"since": "2040-01-01"}).json()
        bad = client.get("/api/alerts", params={"since": "soon"})
    assert answer["enabled"] and [r["name"] for r in answer["rules"]] == ["freedonia-watch"]
    fired = [a for a in answer["alerts"] if a["rule"] == "freedonia-watch"]
    assert len(fired) == 1 and set(fired[0]["doc_ids"]) == set(REPORT_DOCS)
    assert answer["windows"][0]["alerts"] == 1 and answer["windows"][0]["start"] == fired[0]["window"]["start"]
    assert later["alerts"] == []
    assert bad.status_code == 400 and "since 'soon'" in bad.json()["message"]


def test_ingest_relinks_so_new_reports_join_their_happening(db_copy: Path, pipeline: Pipeline) -> None:
    from web_records import clash_reports

    backend = Backend.open(db_copy, writable=True, pipeline_factory=lambda: pipeline)
    try:
        with TestClient(create_app(backend, token=TOKEN)) as client:
            text = "The Freedonian army shelled Glenville in Sylvania on Sunday, residents said."
            record = {"doc_id": "clash-report-c", "published": "2031-05-05", "headline": "Glenville shelled", "text": text}
            before = client.get("/api/merged-events", params={"status": "any", "limit": 1000}).json()["items"]
            answer = client.post("/api/ingest", json={"articles": [record]}, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 200 and answer.json()["inserted"] == 1
            assert not backend.store.merges_stale()
            events = client.get("/api/events", params={"doc": "clash-report-c", "status": "any"}).json()["items"]
            assert events and all(e["merged_id"] for e in events)  # merged on ingest, not at shutdown
            after = client.get("/api/merged-events", params={"status": "any", "limit": 1000}).json()["items"]
            assert sum(m["mentions"] for m in after) == sum(m["mentions"] for m in before) + len(events)
    finally:
        backend.close()
    assert clash_reports  # the hand-built reports the new one may join


def test_ingest_never_fetches_a_url_it_is_given(db_copy: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.monitor import fetch

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("POST /api/ingest fetched a URL")

    monkeypatch.setattr(fetch.Fetcher, "get", refuse)
    backend = Backend.open(db_copy, writable=True, pipeline_factory=lambda: pipeline)
    try:
        with TestClient(create_app(backend, token=TOKEN)) as client:
            record = {"doc_id": "url-only", "url": "http://127.0.0.1:9/private", "text": "Troops crossed the border on Monday."}
            answer = client.post("/api/ingest", json={"articles": [record]}, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 200 and answer.json()["inserted"] == 1
            stored = client.get("/api/articles/url-only").json()["article"]
            assert stored["url"] == record["url"]  # kept as metadata, never followed
            assert client.post("/api/ingest", json={"articles": [{"url": "http://10.0.0.1/"}]},
                               headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 422  # text is required
    finally:
        backend.close()
