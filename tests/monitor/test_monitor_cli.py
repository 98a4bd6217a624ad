"""`eventwire alerts` and `eventwire watch` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from monitor_records import KARABAKH, SHUSHA, YEREVAN, stored_result
from monitor_servers import Site, rss
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store.store import Store

RULES = """\
version: 1
rules:
  - name: karabakh
    kind: ceasefire
    parties: [ARM, AZE]
    radius_km: 100
deliver:
  - jsonl: delivered.jsonl
"""


@pytest.fixture()
def store(tmp_path: Path) -> str:
    path = str(tmp_path / "store.duckdb")
    results = [
        stored_result("agree", "2021-03-02", [("AGREE", "2021-03-01", "ARM", "AZE", KARABAKH)]),
        stored_result("shelling", "2021-03-04", [("ASSAULT", "2021-03-03", "AZE", "ARM", SHUSHA),
                                                 ("ASSAULT", "2021-03-03", "ARM", "AZE", YEREVAN)]),  # outside the area
        stored_result("raid", "2021-03-06", [("ASSAULT", "2021-03-05", "ARM", "AZE", KARABAKH)]),
    ]
    with Store(path) as writer:
        for result in results:
            writer.write(result, result.article.doc_id, "test")
    return path


@pytest.fixture()
def rules(tmp_path: Path) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    return path


def test_alerts_prints_json_lines_and_writes_the_digest(store: str, rules: Path, tmp_path: Path) -> None:
    digest = tmp_path / "digest.html"
    result = CliRunner().invoke(app, ["alerts", "--rules", str(rules), "--db", store, "--digest", str(digest), "--day", "2021-03-03"])
    assert result.exit_code == 0, result.output
    alerts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["window"]["start"], a["count"], a["doc_ids"]) for a in alerts] == [("2021-03-03", 1, ["shelling"]), ("2021-03-05", 1, ["raid"])]
    page = digest.read_text(encoding="utf-8")
    assert "https://news.example/shelling" in page and "Sentence 1 about shelling." in page
    since = CliRunner().invoke(app, ["alerts", "--rules", str(rules), "--db", store, "--since", "2021-03-04"])
    assert [json.loads(line)["window"]["start"] for line in since.stdout.splitlines()] == ["2021-03-05"]


def test_alerts_deliver_sends_each_alert_once(store: str, rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MONITOR_STATE_DIR", str(tmp_path / "state"))
    for _ in range(2):
        result = CliRunner().invoke(app, ["alerts", "--rules", str(rules), "--db", store, "--deliver"])
        assert result.exit_code == 0, result.output
    assert len((tmp_path / "delivered.jsonl").read_text().splitlines()) == 2
    assert "0 delivered, 2 already delivered" in result.stderr


def test_alerts_names_a_bad_rule_file(store: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - name: x\n    kind: surge\n    ratio: many\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["alerts", "--rules", str(bad), "--db", store])
    assert result.exit_code == 2
    assert str(bad) in result.stderr and "field 'ratio'" in result.stderr


def test_watch_once_records_what_the_guard_refuses(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site.put_feed("/feed.xml", rss("Wire", []))
    monkeypatch.setenv("EVENTWIRE_MONITOR_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("EVENTWIRE_MONITOR_ALLOW_NETWORKS", raising=False)
    db = str(tmp_path / "store.duckdb")
    result = CliRunner().invoke(app, ["watch", site.url("/feed.xml"), "--db", db, "--once"])
    assert result.exit_code == 0, result.output
    assert "loopback" in result.stderr and site.requests == []
    with Store(db, read_only=True) as reader:
        assert [row["source"] for row in reader.rejected()] == [site.url("/feed.xml")]


def test_watch_refuses_a_webhook_without_its_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = tmp_path / "hook.yaml"
    rules.write_text("rules:\n  - {name: s, kind: surge}\ndeliver:\n  - webhook: {url: 'https://example.org/h', secret_env: NO_SUCH_SECRET_VAR}\n")
    monkeypatch.delenv("NO_SUCH_SECRET_VAR", raising=False)
    result = CliRunner().invoke(app, ["watch", "https://example.org/feed", "--rules", str(rules), "--db", str(tmp_path / "s.duckdb"), "--once"])
    assert result.exit_code == 2 and "NO_SUCH_SECRET_VAR" in result.stderr
