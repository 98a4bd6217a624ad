"""Export tables: every format writes the documented columns, reads back in pandas
and DuckDB, and records survive records -> store -> export -> records."""

from __future__ import annotations

import csv
import json
import re
import tempfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_samples import afp_raid, xinhua_raid
from store_samples import bare, karabakh, mindanao

from eventwire.errors import StoreError
from eventwire.models import Article, ArticleResult, Event, Location, Participant, TextSpan
from eventwire.store import Store
from eventwire.store.export_columns import COLUMNS, EXPORT_TABLES, column_names, event_from_mention_row
from eventwire.store.export_files import export_table, read_export

ROOT = Path(__file__).resolve().parents[2]
_SECTION = re.compile(r"^## `(\w+)`\s*$")
_ROW = re.compile(r"^\| `(\w+)` \| (\w+) \|")


def documented_columns() -> dict[str, list[tuple[str, str]]]:
    """(name, kind) of every column per table, as docs/columns.md lists them."""
    found: dict[str, list[tuple[str, str]]] = {}
    table = None
    for line in (ROOT / "docs" / "columns.md").read_text(encoding="utf-8").splitlines():
        if match := _SECTION.match(line):
            table = match[1]
            found[table] = []
        elif table and (match := _ROW.match(line)):
            found[table].append((match[1], match[2]))
    return found


@pytest.fixture
def exported(store: Store) -> Store:
    store.write_many((result, "h", "v1") for result in (karabakh(), mindanao(), bare(), afp_raid(), xinhua_raid()))
    store.relink()
    return store


def test_docs_list_every_column_in_order_with_its_kind() -> None:
    documented = documented_columns()
    assert set(documented) == set(EXPORT_TABLES)
    for table in EXPORT_TABLES:
        assert documented[table] == [(column.name, column.kind) for column in COLUMNS[table]], table
        assert all(len(column.name) <= 32 and column.name == column.name.lower() for column in COLUMNS[table])


@pytest.mark.parametrize("table", EXPORT_TABLES)
def test_each_table_loads_back_in_pandas_and_duckdb(exported: Store, tmp_path: Path, table: str) -> None:
    names = column_names(table)
    csv_file, tsv_file, jsonl_file, parquet_dir = (tmp_path / f"{table}.{ext}" for ext in ("csv", "tsv", "jsonl", "pq"))
    counts = {export_table(exported.connection, table, fmt, path).rows  # type: ignore[arg-type]
              for fmt, path in (("csv", csv_file), ("tsv", tsv_file), ("jsonl", jsonl_file), ("parquet", parquet_dir))}
    [rows] = counts
    assert rows > 0
    frames = [
        pd.read_csv(csv_file, keep_default_na=False, na_values=[""]),
        pd.read_csv(tsv_file, sep="\t", keep_default_na=False, na_values=[""]),
        pd.read_json(jsonl_file, lines=True, convert_dates=False),
        pd.read_parquet(parquet_dir),
    ]
    for frame in frames:
        assert len(frame) == rows and sorted(frame.columns) == sorted(names)
    assert list(frames[0].columns) == names
    con = duckdb.connect()
    for query in (f"SELECT * FROM read_csv('{csv_file}')", f"SELECT * FROM read_json('{jsonl_file}')",
                  f"SELECT * FROM read_parquet('{parquet_dir}/**/*.parquet', hive_partitioning = true)"):
        relation = con.sql(query)
        assert sorted(relation.columns) == sorted(names) and len(relation.fetchall()) == rows


def test_events_table_counts_reports(exported: Store, tmp_path: Path) -> None:
    export_table(exported.connection, "events", "csv", tmp_path / "events.csv")
    with open(tmp_path / "events.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    [raid] = [row for row in rows if row["type"] == "ASSAULT" and row["status"] == "asserted"]
    assert (raid["reports"], raid["sources"], raid["source_names"]) == ("2", "2", "AFP;Xinhua")
    assert raid["merge_reasons"].startswith("same type ASSAULT")
    assert raid["actor_name"] == "Moro Islamic Liberation Front" and raid["recipient_country"] == "PHL"
    assert json.loads(raid["actors"])[0]["actor_id"] == "milf"
    assert (raid["year"], raid["month"], raid["date_start"]) == ("1997", "1997-04", "1997-04-24")


def test_parquet_is_partitioned_by_month(exported: Store, tmp_path: Path) -> None:
    out = tmp_path / "mentions"
    export_table(exported.connection, "mentions", "parquet", out)
    months = sorted(path.name for path in out.iterdir())
    assert months == ["month=1997-01", "month=1997-04", "month=2021-01", "month=2021-02"]
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 6
    out_links = tmp_path / "links"
    export_table(exported.connection, "links", "parquet", out_links)
    assert [path.name for path in out_links.iterdir()] == ["part-0.parquet"]
    export_table(exported.connection, "mentions", "parquet", out)  # exporting again replaces the folder
    assert sorted(path.name for path in out.iterdir()) == months


def test_a_parquet_export_never_replaces_a_folder_it_did_not_make(exported: Store, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(StoreError, match="holds other files"):
        export_table(exported.connection, "mentions", "parquet", home)
    assert (home / "thesis.docx").read_bytes() == b"years of work"


def test_undated_rows_get_their_own_partition(store: Store, tmp_path: Path) -> None:
    undated = bare()
    undated.events = [Event(id="bare-1#e1", type="AID", evidence=TextSpan("x", 0, 1))]
    store.write(undated, "h", "v1")
    store.relink()
    export_table(store.connection, "events", "parquet", tmp_path / "events")
    assert [path.name for path in (tmp_path / "events").iterdir()] == ["month=undated"]
    [row] = read_export(tmp_path / "events", "events", "parquet")
    assert row["month"] is None and row["date_start"] is None


def test_plover_records_use_plover_field_names(exported: Store, tmp_path: Path) -> None:
    export_table(exported.connection, "mentions", "plover", tmp_path / "m.jsonl")
    records = {record["id"]: record for record in map(json.loads, (tmp_path / "m.jsonl").read_text().splitlines())}
    raid = records["xin-raid#e1"]
    assert raid["event"] == ["ASSAULT"] and raid["quad_code"] == 4 and raid["event_scale"] == -9.0
    assert raid["date"] == "1997-04-24" and "enddate" not in raid
    assert raid["actor"] == [{"code": "PHL", "sector": "REB", "entity_text": "Moro Islamic Liberation Front",
                              "identifier_id": "milf", "identifier_text": "Moro Islamic Liberation Front"}]
    assert raid["event_loc"]["geonameid"] == 1716771 and raid["event_loc"]["resolution"] == 4
    assert raid["link"] == records["afp-raid#e1"]["link"]  # both reports point at one merged event
    assert raid["cite_info"]["publication"] == "Xinhua" and raid["text_info"]["start"] == 0
    month = records["karabakh-1#e2"]
    assert (month["date"], month["enddate"], month["mode"]) == ("2021-02-01", "2021-02-28", ["visit"])
    export_table(exported.connection, "events", "plover", tmp_path / "e.jsonl")
    merged = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert any(record["eventwire"]["reports"] == 2 for record in merged)


def test_geojson_has_the_placed_events(exported: Store, tmp_path: Path) -> None:
    export_table(exported.connection, "events", "geojson", tmp_path / "e.geojson")
    collection = json.loads((tmp_path / "e.geojson").read_text())
    assert collection["type"] == "FeatureCollection"
    points = {feature["properties"]["location_name"]: feature["geometry"]["coordinates"]
              for feature in collection["features"]}
    assert points == {"Yerevan": [44.51, 40.18], "Cotabato": [124.24639, 7.22361]}


def test_export_refuses_what_it_cannot_write(exported: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="export table 'people'"):
        export_table(exported.connection, "people", "csv", tmp_path / "p.csv")
    with pytest.raises(StoreError, match="export format 'xlsx'"):
        export_table(exported.connection, "events", "xlsx", tmp_path / "e.xlsx")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="geojson export holds events"):
        export_table(exported.connection, "quotes", "geojson", tmp_path / "q.geojson")
    with pytest.raises(StoreError, match="does not exist"):
        export_table(exported.connection, "events", "csv", tmp_path / "no" / "e.csv")
    with pytest.raises(StoreError, match="it is a folder"):
        export_table(exported.connection, "events", "csv", tmp_path)


# ---- round trip -------------------------------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
_CODE = st.from_regex(r"[a-z][a-z-]{0,9}", fullmatch=True)
_OFFSET = st.integers(min_value=-1, max_value=2**31 - 1)
_FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)
_MAYBE_FLOAT = st.none() | _FLOAT

participants = st.builds(
    Participant, name=_TEXT, country=_TEXT, sector=_TEXT, actor_id=_TEXT, mention=_TEXT, start=_OFFSET, end=_OFFSET
)
spans = st.builds(TextSpan, text=_TEXT, start=_OFFSET, end=_OFFSET)
locations = st.builds(
    Location, name=_TEXT, country=_TEXT, lat=_MAYBE_FLOAT, lon=_MAYBE_FLOAT, precision=_TEXT,
    geonameid=st.none() | st.integers(min_value=0, max_value=2**62), source=_TEXT,
)
dates = st.one_of(_TEXT, st.dates().map(lambda day: day.isoformat()), st.dates().map(lambda day: day.isoformat()[:7]))


@st.composite
def article_results(draw: st.DrawFn) -> ArticleResult:
    doc_id = draw(st.from_regex(r"[A-Za-z0-9_.-]{1,20}", fullmatch=True))
    count = draw(st.integers(min_value=0, max_value=3))
    events = [
        Event(
            id=f"{doc_id}#e{index + 1}",
            type=draw(st.sampled_from(["ASSAULT", "CONSULT", "AID", ""])),
            mode=draw(_TEXT),
            contexts=draw(st.lists(_CODE, max_size=3)),
            cameo=draw(_TEXT),
            quad=draw(st.integers(min_value=0, max_value=4)),
            score=draw(_FLOAT),
            actors=draw(st.lists(participants, max_size=3)),
            recipients=draw(st.lists(participants, max_size=2)),
            date=draw(dates),
            date_precision=draw(st.sampled_from(["day", "month", "year", "week", "unknown"])),
            date_source=draw(_TEXT),
            status=draw(st.sampled_from(["asserted", "future", "hypothetical", "negated"])),
            location=draw(locations),
            evidence=draw(spans),
            mentions=draw(st.lists(spans, max_size=2)),
            confidence=draw(_FLOAT),
            why=draw(_TEXT),
            quote_id=draw(_TEXT),
        )
        for index in range(count)
    ]
    article = Article(doc_id=doc_id, text=draw(_TEXT), headline=draw(_TEXT), source=draw(_TEXT),
                      published=draw(dates))
    return ArticleResult(article=article, events=events)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_results(), max_size=3, unique_by=lambda result: result.article.doc_id))
def test_records_survive_store_and_export(results: list[ArticleResult]) -> None:
    originals = {event.id: event for result in results for event in result.events}
    with Store(":memory:") as store, tempfile.TemporaryDirectory() as folder:
        store.write_many((result, "h", "v1") for result in results)
        store.relink()
        for fmt in ("jsonl", "parquet", "csv", "tsv"):
            out = Path(folder) / f"mentions.{fmt}"
            assert export_table(store.connection, "mentions", fmt, out).rows == len(originals)  # type: ignore[arg-type]
            back = {row["mention_id"]: event_from_mention_row(row) for row in read_export(out, "mentions", fmt)}  # type: ignore[arg-type]
            assert back == originals, fmt
