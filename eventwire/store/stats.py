"""Aggregations over merged events: counts and mean intensity by country, dyad,
type, quad class... and by day, week, month or year.

Each row counts ``events`` (happenings, after merging across articles) and
``reports`` (the event mentions behind them) separately, so a story carried by
forty wires counts once as an event and forty times as reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

import duckdb

from eventwire.errors import StoreError
from eventwire.store.filters import EventFilter, event_conditions
from eventwire.store.sql import Row, fetch_rows
from eventwire.store.sql import where as sql_where

Period = Literal["day", "week", "month", "year"]
PERIODS: tuple[Period, ...] = ("day", "week", "month", "year")

# Grouping name -> (output columns, SQL over the filtered merged events "m").
# "country" and "source" unnest lists: an event between RUS and UKR counts once for each.
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "country": (("country",), ("unnest(CASE WHEN len(m.countries) = 0 THEN ['UNK'] ELSE m.countries END)",)),
    "dyad": (("actor_country", "recipient_country"), ("m.actor_country", "m.recipient_country")),
    "actor_country": (("actor_country",), ("m.actor_country",)),
    "recipient_country": (("recipient_country",), ("m.recipient_country",)),
    "type": (("type",), ("m.type",)),
    "quad": (("quad",), ("m.quad",)),
    "mode": (("mode",), ("m.mode",)),
    "status": (("status",), ("m.status",)),
    "location_country": (("location_country",), ("m.location_country",)),
    "source": (("source",), ("unnest(CASE WHEN len(m.source_names) = 0 THEN ['unknown'] ELSE m.source_names END)",)),
}
_PERIOD_SQL: dict[str, str] = {
    "day": "strftime(m.date_start, '%Y-%m-%d')",
    "week": "strftime(date_trunc('week', m.date_start), '%Y-%m-%d')",  # the Monday
    "month": "strftime(m.date_start, '%Y-%m')",
    "year": "strftime(m.date_start, '%Y')",
}


def stats(
    con: duckdb.DuckDBPyConnection,
    filter: EventFilter = EventFilter(),
    by: Sequence[str] = ("dyad",),
    per: Period | None = "month",
) -> list[Row]:
    """Counts of merged events matching ``filter`` (its limit and offset are ignored),
    grouped by ``by`` and, when ``per`` is given, by the period of each event's start
    date: events without a date are then left out. Rows: the group columns,
    ``period``, ``events``, ``reports``, ``mean_score`` (mean intensity, -10..10).
    """
    unknown = [name for name in by if name not in GROUPS]
    if unknown:
        raise StoreError(f"stats by {', '.join(unknown)}: expected any of {', '.join(GROUPS)}")
    if per is not None and per not in PERIODS:
        raise StoreError(f"stats per {per!r}: expected one of {', '.join(PERIODS)} (or none)")
    names: list[str] = []
    expressions: list[str] = []
    for group in dict.fromkeys(by):
        columns, sql = GROUPS[group]
        names.extend(columns)
        expressions.extend(sql)
    if per is not None:
        names.append("period")
        expressions.append(_PERIOD_SQL[per])
    where, params = event_conditions(replace(filter, limit=None, offset=0), "merged")
    if per is not None:
        where.append("m.date_start IS NOT NULL")
    inner = ", ".join(f"{sql} AS {name}" for sql, name in zip(expressions, names))
    keys = ", ".join(names)
    sql = (
        f"SELECT {keys + ', ' if keys else ''}count(*) AS events, sum(mentions)::BIGINT AS reports,"
        " round(avg(score), 3) AS mean_score"
        f" FROM (SELECT {inner + ', ' if inner else ''}m.mentions, m.score FROM merged_events m"
        + sql_where(where)
        + ")"
        + (f" GROUP BY {keys} ORDER BY {'period, ' if per else ''}events DESC, {keys}" if keys else "")
    )
    return fetch_rows(con, sql, params)
