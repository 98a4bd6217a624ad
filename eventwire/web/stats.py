"""The dashboard's aggregations: a timeline, dyads, countries and places of the filtered events.

Counted by the store's ``stats`` over merged events, so a story carried by forty
wires is one event (and forty ``reports``), as in ``eventwire stats``. Places need
coordinates, which ``stats`` does not group by: they are grouped here from the
merged events the same filter selects.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Literal

import duckdb

from eventwire.store import queries
from eventwire.store.filters import EventFilter
from eventwire.store.queries import Row
from eventwire.store.stats import stats

Interval = Literal["day", "week", "month", "year"]
INTERVALS: tuple[Interval, ...] = ("day", "week", "month", "year")
# Longest span (in days) still drawn at each interval when the caller says "auto":
# a timeline of 30 to 90 bars reads well.
_AUTO_SPANS: tuple[tuple[int, Interval], ...] = ((92, "day"), (730, "week"), (7305, "month"))
# Places closer than this (degrees) are one dot on a world map.
_PLACE_ROUNDING = 1
# Dyad sides that name nobody: such a pair says nothing about who did what to whom.
_NO_COUNTRY = ("", None)


def choose_interval(first: date | None, last: date | None) -> Interval:
    """The bucket size for a timeline from ``first`` to ``last`` (month when undated)."""
    if first is None or last is None:
        return "month"
    span = (last - first).days
    return next((interval for longest, interval in _AUTO_SPANS if span <= longest), "year")


def summarise(con: duckdb.DuckDBPyConnection, filter: EventFilter, interval: Interval | None = None,
              top: int = 15) -> dict[str, Any]:
    """Everything the overview draws, for the merged events ``filter`` selects."""
    filter = replace(filter, limit=None, offset=0)
    total = _total(stats(con, filter, by=(), per=None))
    days = stats(con, filter, by=(), per="day")
    dated = sum(int(row["events"]) for row in days)
    chosen = interval or choose_interval(*_span(days))
    return {
        "total": total,
        "reports": _total(stats(con, filter, by=(), per=None), "reports"),
        "interval": chosen,
        "undated": total - dated,
        "timeline": [_counted(row, "period", "quad", "type") for row in stats(con, filter, by=("quad", "type"), per=chosen)],
        "quads": _quads(stats(con, filter, by=("quad",), per=None)),
        "types": [_counted(row, "type", "quad") for row in stats(con, filter, by=("type", "quad"), per=None)],
        "dyads": dyads(stats(con, filter, by=("dyad",), per=None), top),
        "countries": [_counted(row, "country") for row in stats(con, filter, by=("country",), per=None)[:top]],
        "places": places(queries.merged_events(con, filter)),
    }


def dyads(rows: Sequence[Row], top: int = 15) -> list[Row]:
    """Country pairs (actor -> recipient) from ``stats(by=("dyad",))``, most events first;
    pairs missing a side are left out."""
    found = [
        {"actor": row["actor_country"], "recipient": row["recipient_country"], "count": int(row["events"]),
         "reports": int(row["reports"] or 0), "mean_score": round(float(row["mean_score"] or 0.0), 2)}
        for row in rows
        if row["actor_country"] not in _NO_COUNTRY and row["recipient_country"] not in _NO_COUNTRY
    ]
    found.sort(key=lambda dyad: (-dyad["count"], dyad["actor"], dyad["recipient"]))
    return found[:top]


def places(events: Sequence[Row]) -> list[Row]:
    """Where events happened: one row per place (coordinates rounded) or, for events
    located only to a country, per country with no coordinates."""
    grouped: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for event in events:
        lat, lon = event["location_lat"], event["location_lon"]
        if lat is not None and lon is not None:
            key: tuple[Any, ...] = (round(lat, _PLACE_ROUNDING), round(lon, _PLACE_ROUNDING), event["location_country"] or "")
        elif event["location_country"]:
            key = (None, None, event["location_country"])
        else:
            continue
        grouped[key].append(event)
    found = []
    for (lat, lon, country), located in grouped.items():
        quads = Counter(int(event["quad"] or 0) for event in located)
        found.append({
            "name": Counter(event["location_name"] or country for event in located).most_common(1)[0][0],
            "country": country,
            "lat": lat,
            "lon": lon,
            "count": len(located),
            "quad": quads.most_common(1)[0][0],
            # a merged event opens on its representative report's page
            "event_ids": [event.get("representative_id") or event["id"] for event in located[:10]],
        })
    return sorted(found, key=lambda place: (-place["count"], place["name"]))


def _total(rows: Sequence[Row], column: str = "events") -> int:
    return int(rows[0][column] or 0) if rows else 0


def _span(days: Sequence[Row]) -> tuple[date | None, date | None]:
    found = sorted(date.fromisoformat(row["period"]) for row in days)
    return (found[0], found[-1]) if found else (None, None)


def _counted(row: Row, *keys: str) -> Row:
    """A stats row in the dashboard's shape: the keys, ``count`` (events) and ``reports``."""
    shaped: Row = {key: row[key] for key in keys}
    if "quad" in shaped:
        shaped["quad"] = int(shaped["quad"] or 0)
    if "type" in shaped:
        shaped["type"] = shaped["type"] or ""
    return {**shaped, "count": int(row["events"]), "reports": int(row["reports"] or 0)}


def _quads(rows: Sequence[Row]) -> dict[str, int]:
    counted = {str(row["quad"] or 0): int(row["events"]) for row in rows}
    return {quad: counted.get(quad, 0) for quad in ("1", "2", "3", "4")}
