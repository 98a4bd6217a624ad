"""The dashboard's aggregations, on hand-made rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.web.stats import (
    choose_interval,
    dyads,
    period_of,
    places,
    summarise,
    timeline,
)


def event(id: str, date: str, quad: int = 4, type: str = "ASSAULT", actors: tuple[str, ...] = ("RUS",),
          recipients: tuple[str, ...] = ("UKR",), score: float = -9.0, place: tuple[Any, ...] = (None, None, "")) -> dict[str, Any]:
    lat, lon, country = place
    return {
        "id": id, "date": date, "quad": quad, "type": type, "score": score,
        "actors": [{"name": c, "country": c} for c in actors],
        "recipients": [{"name": c, "country": c} for c in recipients],
        "location_lat": lat, "location_lon": lon, "location_country": country, "location_name": country and f"in {country}",
    }


def test_periods_start_where_their_bucket_starts() -> None:
    day = date(2021, 1, 20)  # a Wednesday
    assert period_of(day, "day") == "2021-01-20"
    assert period_of(day, "week") == "2021-01-18"
    assert period_of(day, "month") == "2021-01"
    assert period_of(day, "year") == "2021"


def test_auto_interval_follows_the_span() -> None:
    assert choose_interval([event("a", "2021-01-01"), event("b", "2021-02-01")]) == "day"
    assert choose_interval([event("a", "2021-01-01"), event("b", "2021-12-01")]) == "week"
    assert choose_interval([event("a", "2015-01-01"), event("b", "2021-12-01")]) == "month"
    assert choose_interval([event("a", "1979"), event("b", "2023-10-21")]) == "year"
    assert choose_interval([event("a", "")]) == "month"


def test_partial_dates_count_at_their_first_day_and_undated_events_apart() -> None:
    rows = [event("a", "2021-03"), event("b", "2021-03-15", quad=1, type="AGREE"), event("c", "")]
    assert timeline(rows, "month") == [
        {"period": "2021-03", "quad": 1, "type": "AGREE", "count": 1},
        {"period": "2021-03", "quad": 4, "type": "ASSAULT", "count": 1},
    ]
    summary = summarise(rows, "month")
    assert (summary["total"], summary["undated"]) == (3, 1)
    assert summary["quads"] == {"1": 1, "2": 0, "3": 0, "4": 2}


def test_dyads_count_each_pair_once_per_event_with_mean_score() -> None:
    rows = [
        event("a", "2021", actors=("RUS", "RUS"), recipients=("UKR",), score=-10.0),
        event("b", "2021", score=-8.0),
        event("c", "2021", actors=("USA",), recipients=("UKR",), score=4.0),
        event("d", "2021", recipients=()),  # no recipient: no dyad
    ]
    assert dyads(rows) == [
        {"actor": "RUS", "recipient": "UKR", "count": 2, "mean_score": -9.0},
        {"actor": "USA", "recipient": "UKR", "count": 1, "mean_score": 4.0},
    ]
    assert len(dyads(rows, top=1)) == 1


def test_places_group_nearby_points_and_keep_country_only_events() -> None:
    rows = [
        event("a", "2021", place=(50.43, 30.52, "UKR")),
        event("b", "2021", quad=3, place=(50.44, 30.51, "UKR")),
        event("c", "2021", place=(None, None, "SYR")),
        event("d", "2021"),  # nowhere: left off the map
    ]
    found = places(rows)
    assert [(p["country"], p["count"], p["lat"]) for p in found] == [("UKR", 2, 50.4), ("SYR", 1, None)]
    assert found[0]["event_ids"] == ["a", "b"]
