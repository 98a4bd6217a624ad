"""`eventwire serve`: which mode it picks and how it refuses, without starting a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from eventwire.cli import app

TOKEN = "serve-token-0123456789"


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What uvicorn.run was asked to serve, instead of serving it."""
    calls: list[dict[str, Any]] = []

    def fake_run(asgi: Any, host: str, port: int, **options: Any) -> None:
        backend = asgi.state.backend
        calls.append({"host": host, "port": port, "token": asgi.state.token, "writable": backend.writable})
        if asgi.state.alert_rules.rules is not None:
            calls[-1]["rules"] = [rule.name for rule in asgi.state.alert_rules.rules.rules]

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("EVENTWIRE_API_TOKEN", raising=False)
    return calls


def test_without_a_token_the_store_is_served_read_only(started: list[dict[str, Any]], db_copy: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(db_copy), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert started == [{"host": "127.0.0.1", "port": 8123, "token": "", "writable": False}]


def test_a_token_makes_the_server_the_writer(started: list[dict[str, Any]], db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_API_TOKEN", TOKEN)
    assert CliRunner().invoke(app, ["serve", "--db", str(db_copy)]).exit_code == 0
    assert CliRunner().invoke(app, ["serve", "--db", str(db_copy), "--read-only"]).exit_code == 0
    assert [(call["token"], call["writable"]) for call in started] == [(TOKEN, True), ("", False)]


def test_refusals_name_the_problem(started: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no store at" in missing.output
    monkeypatch.setenv("EVENTWIRE_API_TOKEN", "short")
    weak = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert weak.exit_code == 2 and "at least 16" in weak.output
    assert started == []


def test_rules_switch_alerts_on_and_a_bad_file_is_refused(started: list[dict[str, Any]], db_copy: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\nrules:\n  - {name: any-attack, kind: watch, types: [ASSAULT]}\ndeliver: [stdout]\n", encoding="utf-8")
    assert CliRunner().invoke(app, ["serve", "--db", str(db_copy), "--rules", str(rules)]).exit_code == 0
    assert started[-1]["rules"] == ["any-attack"]
    rules.write_text("rules: [unclosed", encoding="utf-8")
    bad = CliRunner().invoke(app, ["serve", "--db", str(db_copy), "--rules", str(rules)])
    assert bad.exit_code == 2 and "rules.yaml" in bad.output and "YAML" in bad.output
    assert len(started) == 1
