"""The command line end to end on the bundled samples: extract, ingest, query, eval, doctor."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
KARABAKH = SAMPLES / "karabakh-ceasefire-2020-11-10.json"
runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "events.duckdb"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_extract_prints_the_contract(pipeline: object) -> None:
    result = runner.invoke(app, ["extract", str(KARABAKH), "--format", "json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) >= {"doc_id", "published", "headline", "article", "events", "quotes", "timexes", "places"}
    text = record["article"]["text"]
    assert record["events"], "the Karabakh sample states several events"
    for event in record["events"]:
        assert text[event["evidence"]["start"]:event["evidence"]["end"]] == event["evidence"]["text"]
        assert event["status"] in ("asserted", "future", "hypothetical", "negated")
        assert event["why"] and 0 < event["confidence"] <= 1
        for participant in event["actors"] + event["recipients"]:
            if participant["start"] >= 0:
                assert text[participant["start"]:participant["end"]] == participant["mention"]
    for quote in record["quotes"]:
        assert text[quote["content"]["start"]:quote["content"]["end"]] == quote["content"]["text"]
    for timex in record["timexes"]:
        assert text[timex["start"]:timex["end"]] == timex["text"]


def test_extract_rejects_bad_input_with_reason(tmp_path: Path, pipeline: object) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(empty), "--format", "jsonl"])
    assert result.exit_code == 0
    line = json.loads(result.stdout.splitlines()[0])
    assert line["rejected"] and "empty" in line["rejected"].lower()


def test_extract_refuses_unknown_format() -> None:
    result = runner.invoke(app, ["extract", str(KARABAKH), "--format", "xml"])
    assert result.exit_code == 2
    assert "xml" in result.output


def test_ingest_is_idempotent(store: Path) -> None:
    again = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(store)])
    assert again.exit_code == 0
    assert "0 new, 0 updated, 12 unchanged" in again.output


def test_events_filters_and_formats(store: Path, tmp_path: Path) -> None:
    everything = runner.invoke(app, ["events", "--db", str(store), "--format", "jsonl"])
    rows = [json.loads(line) for line in everything.stdout.splitlines()]
    assert rows and all(row["status"] == "asserted" for row in rows)
    armenia = runner.invoke(app, ["events", "--db", str(store), "--country", "arm", "--format", "jsonl"])
    arm_rows = [json.loads(line) for line in armenia.stdout.splitlines()]
    assert arm_rows and len(arm_rows) < len(rows)
    for row in arm_rows:
        assert "ARM" in {p["country"] for p in row["actors"] + row["recipients"]}
    csv_out = runner.invoke(app, ["events", "--db", str(store), "--type", "consult", "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("id,") or "type" in csv_out.stdout.splitlines()[0]
    parquet = tmp_path / "events.parquet"
    runner.invoke(app, ["events", "--db", str(store), "--format", "parquet", "--out", str(parquet)])
    assert pq.read_table(parquet).num_rows == len(rows)


def test_parquet_needs_out(store: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(store), "--format", "parquet"])
    assert result.exit_code == 2 and "--out" in result.output


def test_quotes_by_speaker(store: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(store), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    speaker = rows[0]["speaker"]
    some = runner.invoke(app, ["quotes", "--db", str(store), "--speaker", speaker.split()[-1], "--format", "jsonl"])
    assert all(speaker.split()[-1].lower() in json.loads(line)["speaker"].lower() for line in some.stdout.splitlines())


def test_events_on_missing_store_names_the_fix(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2
    assert "nope.duckdb" in result.output


def test_eval_prints_figures(pipeline: object) -> None:
    result = runner.invoke(app, ["eval", str(SAMPLES), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["events"]["gold"] > 0 and figures["events"]["f1"] is not None


def test_eval_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path / "none")])
    assert result.exit_code == 2 and "none" in result.output


def test_doctor_passes_on_this_install(pipeline: object) -> None:
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    assert "language model" in result.output


def test_bad_inputs_are_recorded_and_lose_nothing(store: Path, tmp_path: Path) -> None:
    from eventwire.store.store import Store

    with Store(store, read_only=True) as before:
        counts_before = before.counts()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (bad / "broken.json").write_text('{"doc_id": "x", "text": ')
    (bad / "lines.jsonl").write_text('{"doc_id": "ok-1", "headline": "Troops withdraw", "published": "2020-01-02", '
                                     '"text": "Government troops withdrew from the border town of Kidal on Monday."}\nnot json\n')
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output and "4 rejected" in result.output
    with Store(store, read_only=True) as after:
        counts = after.counts()
        reasons = {row["source"]: row["reason"] for row in after.rejected()}
    assert counts["articles"] == counts_before["articles"] + 1
    assert counts["rejected"] == counts_before["rejected"] + 4
    assert any("lines.jsonl:2" in source for source in reasons)
    assert all(reason for reason in reasons.values())
