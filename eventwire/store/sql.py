"""The few pieces every store read is built from: rows as dicts, a WHERE of bound
clauses, LIMIT/OFFSET as parameters (values always travel as parameters)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

Row = dict[str, Any]


def fetch_rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def page(limit: int | None, offset: int, params: list[Any]) -> str:
    sql = ""
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    if offset:
        sql += " OFFSET ?"
        params.append(offset)
    return sql
