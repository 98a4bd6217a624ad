"""The dashboard's aggregations: a timeline, dyads, countries and places of the filtered events.

Counted in Python over the rows the query layer returns, so a filter means exactly
what it means for ``/api/events``. This moves to the query layer (``stats(...)`` in
SQL) once it has one; the response shape is meant to stay.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Literal

from eventwire.store.dates import date_interval
from eventwire.store.queries import Row

Interval = Literal["day", "week", "month", "year"]
INTERVALS: tuple[Interval, ...] = ("day", "week", "month", "year")
# Longest span (in days) still drawn at each interval when the caller says "auto":
# a timeline of 30 to 90 bars reads well.
_AUTO_SPANS: tuple[tuple[int, Interval], ...] = ((92, "day"), (730, "week"), (7305, "month"))
# Places closer than this (degrees) are one dot on a world map.
_PLACE_ROUNDING = 1


def choose_interval(events: Sequence[Row]) -> Interval:
    starts = [interval[0] for interval in map(_interval, events) if interval]
    if not starts:
        return "month"
    span = (max(starts) - min(starts)).days
    return next((interval for longest, interval in _AUTO_SPANS if span <= longest), "year")


def period_of(day: date, interval: Interval) -> str:
    """The label of the bucket a day falls in: 2021-01-18, 2021-01-18 (the Monday), 2021-01, 2021."""
    if interval == "day":
        return day.isoformat()
    if interval == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    if interval == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def summarise(events: Sequence[Row], interval: Interval | None = None, top: int = 15) -> dict[str, Any]:
    """Everything the overview draws, from one pass over the events."""
    chosen = interval or choose_interval(events)
    return {
        "total": len(events),
        "interval": chosen,
        "undated": sum(1 for event in events if _interval(event) is None),
        "timeline": timeline(events, chosen),
        "quads": _quads(events),
        "types": _types(events),
        "dyads": dyads(events, top),
        "countries": _countries(events, top),
        "places": places(events),
    }


def timeline(events: Sequence[Row], interval: Interval) -> list[Row]:
    """Counts per period, quad class and type; an event with a partial date counts at its first day."""
    counted: Counter[tuple[str, int, str]] = Counter()
    for event in events:
        span = _interval(event)
        if span is not None:
            counted[(period_of(span[0], interval), int(event["quad"] or 0), event["type"] or "")] += 1
    return [
        {"period": period, "quad": quad, "type": type_, "count": count}
        for (period, quad, type_), count in sorted(counted.items())
    ]


def dyads(events: Sequence[Row], top: int = 15) -> list[Row]:
    """Country pairs (actor -> recipient) by number of events, with their mean intensity."""
    count: Counter[tuple[str, str]] = Counter()
    scores: dict[tuple[str, str], float] = defaultdict(float)
    for event in events:
        pairs = {
            (actor["country"], recipient["country"])
            for actor in event["actors"]
            for recipient in event["recipients"]
            if actor["country"] and recipient["country"]
        }
        for pair in pairs:
            count[pair] += 1
            scores[pair] += float(event["score"] or 0.0)
    return [
        {"actor": actor, "recipient": recipient, "count": n, "mean_score": round(scores[(actor, recipient)] / n, 2)}
        for (actor, recipient), n in sorted(count.items(), key=lambda item: (-item[1], item[0]))[:top]
    ]


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
            "event_ids": [event["id"] for event in located[:10]],
        })
    return sorted(found, key=lambda place: (-place["count"], place["name"]))


def _quads(events: Sequence[Row]) -> dict[str, int]:
    counted = Counter(str(event["quad"] or 0) for event in events)
    return {quad: counted.get(quad, 0) for quad in ("1", "2", "3", "4")}


def _types(events: Sequence[Row]) -> list[Row]:
    counted = Counter((event["type"] or "", int(event["quad"] or 0)) for event in events)
    return [
        {"type": type_, "quad": quad, "count": n}
        for (type_, quad), n in sorted(counted.items(), key=lambda item: (-item[1], item[0]))
    ]


def _countries(events: Sequence[Row], top: int) -> list[Row]:
    counted: Counter[str] = Counter()
    for event in events:
        counted.update({person["country"] for person in (*event["actors"], *event["recipients"]) if person["country"]})
    return [{"country": country, "count": n} for country, n in sorted(counted.items(), key=lambda item: (-item[1], item[0]))[:top]]


def _interval(event: Row) -> tuple[date, date] | None:
    return date_interval(event["date"] or "")
