"""Query rows out: a rich table, CSV, JSON Lines or Parquet.

JSONL and Parquet keep nested values (participants, mentions, lists of ids);
the table and CSV flatten them to one cell each, participants as
"Sergei Lavrov (RUS GOV); Armenia (ARM GOV)".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from rich.console import Console
from rich.table import Table

from eventwire.errors import StoreError

Format = Literal["table", "csv", "jsonl", "parquet"]
FORMATS: tuple[Format, ...] = ("table", "csv", "jsonl", "parquet")


def render_rows(
    rows: list[dict[str, Any]],
    fmt: Format,
    out: Path | None = None,
    console: Console | None = None,
    columns: Sequence[str] | None = None,
) -> str | None:
    """Render rows in ``fmt``; to ``out`` when given (returns None), else csv/jsonl come back as a string.

    A table without ``out`` prints on ``console`` (stdout by default) and returns
    None. Parquet needs ``out``. ``columns`` picks and orders the columns (for
    instance ``queries.TABLE_COLUMNS["events"]`` to fit a terminal).
    """
    if fmt not in FORMATS:
        raise StoreError(f"output format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if out is not None and not Path(out).parent.is_dir():
        raise StoreError(f"cannot write {out}: folder {Path(out).parent} does not exist; create it first")
    names = list(columns) if columns is not None else column_names(rows)
    if fmt == "table":
        _print_table(rows, names, out, console)
        return None
    if fmt == "parquet":
        if out is None:
            raise StoreError("parquet output needs a file: add --out FILE.parquet")
        _write_parquet(rows, names, Path(out))
        return None
    text = _csv_text(rows, names) if fmt == "csv" else _jsonl_text(rows, names)
    if out is None:
        return text
    Path(out).write_text(text, encoding="utf-8", newline="")
    return None


def column_names(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every key that any row has, in first-seen order."""
    return list(dict.fromkeys(key for row in rows for key in row))


def cell(value: Any) -> str:
    """One value as the text of a table or CSV cell."""
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (list, tuple)):
        return "; ".join(_item_text(item) for item in value)
    return str(value)


def participant_summary(person: Mapping[str, Any]) -> str:
    """"Sergei Lavrov (RUS GOV)"; the codes that are empty are left out."""
    codes = " ".join(str(person[key]) for key in ("country", "sector") if person.get(key))
    return f"{person.get('name', '')} ({codes})" if codes else str(person.get("name", ""))


def _item_text(item: Any) -> str:
    if isinstance(item, Mapping):
        if "name" in item:
            return participant_summary(item)
        if "text" in item:  # an evidence span
            return str(item["text"])
    return cell(item)


def _print_table(rows: Sequence[Mapping[str, Any]], names: Sequence[str], out: Path | None, console: Console | None) -> None:
    table = Table(show_lines=False)
    for name in names:
        table.add_column(name, overflow="fold")
    cells = [[cell(row.get(name)) for name in names] for row in rows]
    for values in cells:
        table.add_row(*values)
    if out is not None:
        # A file has no terminal width to fit: make it as wide as the widest cells
        # so nothing is folded. Each column adds 3 characters of border and padding.
        widths = [max([len(name), *(len(values[index]) for values in cells)]) for index, name in enumerate(names)]
        width = sum(widths) + 3 * len(names) + 1
        with open(out, "w", encoding="utf-8") as handle:
            Console(file=handle, width=max(width, 80), color_system=None).print(table)
        return
    (console or Console()).print(table)


def _csv_text(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([cell(row.get(name)) for name in names])
    return buffer.getvalue()


def _jsonl_text(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> str:
    return "".join(
        json.dumps({name: row.get(name) for name in names}, ensure_ascii=False, default=_json_default) + "\n"
        for row in rows
    )


def _json_default(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _write_parquet(rows: Sequence[Mapping[str, Any]], names: Sequence[str], out: Path) -> None:
    # Free-form dicts (article extras) differ in shape from row to row, which Arrow
    # cannot type as one struct column: they go in as JSON text. Lists of
    # participants or spans share one shape and stay nested.
    import pyarrow as pa  # only parquet output needs Arrow: the other formats start faster without it
    import pyarrow.parquet as pq

    columns = {
        name: [_parquet_value(row.get(name)) for row in rows] for name in names
    }
    try:
        table = pa.table(columns) if rows else pa.table({name: pa.array([], pa.string()) for name in names})
    except (pa.ArrowInvalid, pa.ArrowTypeError) as error:
        raise StoreError(f"cannot write {out} as parquet: a column mixes value types ({error})") from error
    pq.write_table(table, out)


def _parquet_value(value: Any) -> Any:
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value
