"""The Python API for analysis: query results as pandas (or Polars) DataFrames.

The same functions as the CLI and the API, so a DataFrame holds exactly the rows
``eventwire stats`` or ``eventwire export`` would print::

    from eventwire.store.frames import stats_frame, table_frame
    monthly = stats_frame("eventwire.duckdb", by=["dyad"], per="month")
    events = table_frame("eventwire.duckdb", "events", EventFilter(country="UKR"))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import duckdb

from eventwire.errors import StoreError
from eventwire.store.export_columns import column_names, export_rows
from eventwire.store.filters import EventFilter
from eventwire.store.stats import Period, stats
from eventwire.store.store import Store

Engine = Literal["pandas", "polars"]
Source = str | Path | Store


def stats_frame(
    source: Source,
    filter: EventFilter = EventFilter(),
    by: Sequence[str] = ("dyad",),
    per: Period | None = "month",
    engine: Engine = "pandas",
) -> Any:
    """``stats`` rows (group columns, period, events, reports, mean_score) as a DataFrame."""
    return _frame(source, lambda con: stats(con, filter, by, per), None, engine)


def table_frame(source: Source, table: str, filter: EventFilter | None = None, engine: Engine = "pandas") -> Any:
    """An export table (events, mentions, quotes, articles, links; docs/columns.md) as a DataFrame."""
    return _frame(source, lambda con: export_rows(con, table, filter), column_names(table), engine)


def _frame(
    source: Source,
    read: Callable[[duckdb.DuckDBPyConnection], list[dict[str, Any]]],
    columns: list[str] | None,
    engine: Engine,
) -> Any:
    with _connection(source) as con:
        rows = read(con)
    if engine == "pandas":
        import pandas as pd

        return pd.DataFrame(rows, columns=columns)
    if engine == "polars":
        try:
            import polars as pl
        except ImportError:
            raise StoreError("engine='polars' needs the polars package (pip install polars); or use engine='pandas'") from None
        return pl.DataFrame(rows) if rows or columns is None else pl.DataFrame({name: [] for name in columns})
    raise StoreError(f"engine {engine!r}: expected pandas or polars")


@contextmanager
def _connection(source: Source) -> Iterator[duckdb.DuckDBPyConnection]:
    if isinstance(source, Store):
        yield source.connection
        return
    with Store(source, read_only=True) as store:
        yield store.connection
