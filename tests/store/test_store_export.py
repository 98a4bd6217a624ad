"""Exports: table, CSV, JSONL and Parquet from query rows."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from eventwire.errors import StoreError
from eventwire.store import TABLE_COLUMNS, EventFilter, Store, render_rows
from eventwire.store.export import participant_summary


@pytest.fixture
def event_rows(filled: Store) -> list[dict]:
    return filled.events(EventFilter(status="any"))


def test_participant_summary() -> None:
    assert participant_summary({"name": "Sergei Lavrov", "country": "RUS", "sector": "GOV"}) == "Sergei Lavrov (RUS GOV)"
    assert participant_summary({"name": "Troops", "country": "PHL", "sector": ""}) == "Troops (PHL)"
    assert participant_summary({"name": "Someone", "country": "", "sector": ""}) == "Someone"


def test_csv_flattens_nested_values(event_rows: list[dict]) -> None:
    text = render_rows(event_rows, "csv")
    assert text is not None
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert [row["id"] for row in parsed] == [row["id"] for row in event_rows]
    future = parsed[0]
    assert future["actors"] == "Sergei Lavrov (RUS GOV)"
    assert future["recipients"] == "Armenia (ARM GOV); Azerbaijan (AZE GOV)"
    assert future["contexts"] == "territory; diplomacy"
    assert future["mentions"] == "talk"
    assert future["location_lat"] == "40.18"
    assert parsed[1]["location_lat"] == ""  # None is an empty cell


def test_csv_to_file_with_chosen_columns(event_rows: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert render_rows(event_rows, "csv", out=out, columns=["id", "type"]) is None
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,type" and lines[1] == "karabakh-1#e2,CONSULT" and len(lines) == 5


def test_jsonl_keeps_nesting(event_rows: list[dict], tmp_path: Path) -> None:
    text = render_rows(event_rows, "jsonl")
    assert text is not None
    records = [json.loads(line) for line in text.splitlines()]
    assert records == event_rows  # every value in an event row is JSON-native
    out = tmp_path / "events.jsonl"
    render_rows(event_rows, "jsonl", out=out)
    assert out.read_text(encoding="utf-8") == text


def test_jsonl_writes_timestamps_as_iso(filled: Store) -> None:
    text = render_rows(filled.articles(), "jsonl")
    assert text is not None
    first = json.loads(text.splitlines()[0])
    assert first["ingested_at"][:4].isdigit() and "T" in first["ingested_at"]
    assert first["extras"] == {"view_count": 25, "photo_credit": "AP"}


def test_parquet_reads_back(event_rows: list[dict], filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert render_rows(event_rows, "parquet", out=out) is None
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [row["id"] for row in event_rows]
    assert table.column("recipients").to_pylist()[0][1]["name"] == "Azerbaijan"
    assert table.column("location_lat").to_pylist()[:2] == [40.18, None]
    # articles carry free-form extras: stored as JSON text
    articles_out = tmp_path / "articles.parquet"
    render_rows(filled.articles(), "parquet", out=articles_out)
    extras = pq.read_table(articles_out).column("extras").to_pylist()
    assert json.loads(extras[0]) == {"view_count": 25, "photo_credit": "AP"}


def test_parquet_of_no_rows_keeps_columns(tmp_path: Path) -> None:
    out = tmp_path / "empty.parquet"
    render_rows([], "parquet", out=out, columns=["id", "type"])
    table = pq.read_table(out)
    assert table.num_rows == 0 and table.column_names == ["id", "type"]


def test_parquet_needs_out() -> None:
    with pytest.raises(StoreError, match="--out"):
        render_rows([{"a": 1}], "parquet")


def test_table_prints_on_console(event_rows: list[dict]) -> None:
    console = Console(record=True, width=300, color_system=None)
    assert render_rows(event_rows, "table", console=console, columns=TABLE_COLUMNS["events"]) is None
    text = console.export_text()
    assert "Sergei Lavrov (RUS GOV)" in text
    assert "Armenia (ARM GOV); Azerbaijan (AZE GOV)" in text
    assert "location_name" in text and "cameo" not in text


def test_table_to_file(event_rows: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "events.txt"
    render_rows(event_rows, "table", out=out)
    assert "mindanao-1#e2" in out.read_text(encoding="utf-8")


def test_unknown_format_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="expected one of table, csv, jsonl, parquet"):
        render_rows([], "xml")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="does not exist"):
        render_rows([{"a": 1}], "csv", out=tmp_path / "nowhere" / "x.csv")
