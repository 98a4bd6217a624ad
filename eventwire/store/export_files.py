"""Export tables to files researchers load elsewhere, and read them back.

- ``csv`` / ``tsv``: one header row, RFC 4180 quoting and CRLF, UTF-8, ISO dates, empty
  cells for missing values, booleans as 1/0, lists of codes as "a;b", lists of
  participants or spans as JSON text (the only nested cells, see docs/columns.md).
  R: ``read.csv(f, na.strings = "")``; Stata: ``import delimited f, bindquotes(strict)``.
- ``jsonl``: one JSON object per row, lists and objects as JSON.
- ``plover``: JSON Lines in PLOVER's field names (``store/plover.py``); events and mentions.
- ``parquet``: a folder partitioned by month, hive style (``month=2021-01/part-0.parquet``,
  ``month=undated`` for rows without a date); tables without dates are one file in the folder.
- ``geojson``: a FeatureCollection of the events or mentions that have coordinates.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from eventwire.errors import StoreError
from eventwire.store.export_columns import (
    PARTICIPANT_FIELDS,
    SPAN_FIELDS,
    Column,
    columns_of,
    export_rows,
)
from eventwire.store.filters import EventFilter
from eventwire.store.plover import plover_record
from eventwire.store.sql import Row

ExportFormat = Literal["csv", "tsv", "jsonl", "plover", "parquet", "geojson"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "tsv", "jsonl", "plover", "parquet", "geojson")
UNDATED = "undated"
_EVENT_TABLES = ("events", "mentions")
_ARROW: dict[str, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us"),
    "list": pa.list_(pa.string()),
    "participants": pa.list_(pa.struct(
        [(name, pa.int64() if name in ("start", "end") else pa.string()) for name in PARTICIPANT_FIELDS]
    )),
    "spans": pa.list_(pa.struct([(name, pa.int64() if name != "text" else pa.string()) for name in SPAN_FIELDS])),
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    table: str
    format: str
    rows: int
    path: Path


def export_table(
    con: duckdb.DuckDBPyConnection,
    table: str,
    fmt: ExportFormat,
    out: Path,
    filter: EventFilter | None = None,
) -> ExportResult:
    """Write one export table to ``out`` (a file, or a folder for parquet)."""
    _check(table, fmt, out)
    rows = export_rows(con, table, filter)
    write_rows(rows, table, fmt, out)
    return ExportResult(table, fmt, len(rows), out)


def write_rows(rows: Sequence[Row], table: str, fmt: ExportFormat, out: Path) -> None:
    _check(table, fmt, out)
    columns = columns_of(table)
    if fmt in ("csv", "tsv"):
        _write_delimited(rows, columns, out, "," if fmt == "csv" else "\t")
    elif fmt == "jsonl":
        _write_lines((_json_row(row) for row in rows), out)
    elif fmt == "plover":
        _write_lines((plover_record(_json_row(row), table) for row in rows), out)
    elif fmt == "parquet":
        _write_parquet(rows, columns, out)
    else:
        _write_geojson(rows, table, out)


def read_export(path: Path, table: str, fmt: ExportFormat) -> list[Row]:
    """Rows of an export written by ``write_rows``, with the types the columns declare
    (dates as ISO text, lists as lists); the inverse of writing, for csv/tsv/jsonl/parquet."""
    columns = columns_of(table)
    if fmt in ("csv", "tsv"):
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="," if fmt == "csv" else "\t")
            return [{column.name: _from_cell(row[column.name], column) for column in columns} for row in reader]
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    if fmt == "parquet":
        dataset = ds.dataset(path, format="parquet", partitioning="hive" if _partitioned(columns) else None)
        table_ = dataset.to_table()
        rows = table_.to_pylist()
        for row in rows:
            for column in columns:
                value = row.get(column.name)
                if column.name == "month" and value == UNDATED:
                    value = None
                elif isinstance(value, date) and not isinstance(value, datetime):
                    value = value.isoformat()
                row[column.name] = value
        return [{column.name: row.get(column.name) for column in columns} for row in rows]
    raise StoreError(f"reading {fmt} exports back is not supported; use csv, tsv, jsonl or parquet")


# ---- writers ---------------------------------------------------------------------


def _check(table: str, fmt: str, out: Path) -> None:
    columns_of(table)
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    if fmt in ("plover", "geojson") and table not in _EVENT_TABLES:
        raise StoreError(f"{fmt} export holds events: choose the events or mentions table, not {table}")
    if not Path(out).parent.is_dir():
        raise StoreError(f"cannot write {out}: folder {Path(out).parent} does not exist; create it first")
    if fmt != "parquet" and Path(out).is_dir():
        raise StoreError(f"cannot write {out}: it is a folder; give a file name such as {Path(out) / (table + '.' + fmt)}")


def _write_delimited(rows: Sequence[Row], columns: Sequence[Column], out: Path, delimiter: str) -> None:
    with open(out, "w", encoding="utf-8", newline="") as handle:
        # CRLF as RFC 4180 says; it also makes the writer quote a cell holding a lone "\r",
        # which a "\n" terminator would leave bare (and every reader would split the row there).
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([column.name for column in columns])
        for row in rows:
            writer.writerow([_cell(row.get(column.name), column) for column in columns])


def _cell(value: Any, column: Column) -> str:
    if value is None:
        return ""
    if column.kind == "bool":
        return "1" if value else "0"
    if column.kind == "list":
        return ";".join(str(item) for item in value)
    if column.kind in ("participants", "spans"):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _from_cell(text: str, column: Column) -> Any:
    if column.kind == "str":
        return text
    if column.kind == "list":
        return text.split(";") if text else []
    if column.kind in ("participants", "spans"):
        return json.loads(text) if text else []
    if text == "":
        return None
    if column.kind == "int":
        return int(text)
    if column.kind == "float":
        return float(text)
    if column.kind == "bool":
        return text == "1"
    return text  # date and timestamp stay ISO text


def _write_lines(records: Iterable[Mapping[str, Any]], out: Path) -> None:
    with open(out, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _json_row(row: Mapping[str, Any]) -> Row:
    return {key: value.isoformat() if isinstance(value, (datetime, date)) else value for key, value in row.items()}


def _partitioned(columns: Sequence[Column]) -> bool:
    return any(column.name == "month" for column in columns)


def _write_parquet(rows: Sequence[Row], columns: Sequence[Column], out: Path) -> None:
    schema = pa.schema([(column.name, _ARROW[column.kind]) for column in columns])
    data = {column.name: [_arrow_value(row.get(column.name), column) for row in rows] for column in columns}
    try:
        table = pa.table(data, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        raise StoreError(f"cannot write {out} as parquet: {error}") from error
    if out.exists():
        if not out.is_dir():
            raise StoreError(f"cannot write parquet to {out}: it is a file; parquet exports are folders")
        if not _is_parquet_export(out):
            raise StoreError(f"cannot write parquet to {out}: the folder holds other files. "
                             "Fix: name a new or empty folder (a re-export replaces only a folder an export made)")
        shutil.rmtree(out)  # a re-export replaces the folder, so no stale month survives
    out.mkdir()
    if not _partitioned(columns):
        pq.write_table(table, out / "part-0.parquet")
        return
    # Rows without a date would make a null partition that tools read differently: name it.
    months = pa.array([row.get("month") or UNDATED for row in rows], pa.string())
    table = table.set_column(table.schema.get_field_index("month"), "month", months)
    ds.write_dataset(
        table, out, format="parquet", partitioning=["month"], partitioning_flavor="hive",
        basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore",
    )


def _is_parquet_export(folder: Path) -> bool:
    """Only part files and month=... folders of part files: what an export writes."""
    for entry in folder.iterdir():
        if entry.is_file() and not (entry.name.startswith("part-") and entry.suffix == ".parquet"):
            return False
        if entry.is_dir() and not (entry.name.startswith("month=") and _is_parquet_export(entry)):
            return False
        if entry.is_symlink():
            return False
    return True


def _arrow_value(value: Any, column: Column) -> Any:
    if value is None:
        return [] if column.kind in ("list", "participants", "spans") else None
    if column.kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def _write_geojson(rows: Sequence[Row], table: str, out: Path) -> None:
    id_key = "event_id" if table == "events" else "mention_id"
    features = [
        {
            "type": "Feature",
            "id": row[id_key],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": _json_row(row),
        }
        for row in rows
        if row.get("latitude") is not None and row.get("longitude") is not None
    ]
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle, ensure_ascii=False)
        handle.write("\n")
