"""The dashboard's aggregations, over a small hand-built store (counted by the store's stats)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.models import (
    Article,
    ArticleResult,
    Event,
    Location,
    Participant,
    TextSpan,
)
from eventwire.store.filters import EventFilter
from eventwire.store.store import Store
from eventwire.web.stats import choose_interval, dyads, places, summarise


def result(doc_id: str, day: str, type: str = "ASSAULT", quad: int = 4, actor: str = "RUS", recipient: str = "UKR",
           place: tuple[str, str, float | None, float | None] = ("", "", None, None)) -> ArticleResult:
    text = f"Something happened in article {doc_id}."
    name, country, lat, lon = place
    return ArticleResult(
        article=Article(doc_id=doc_id, text=text, headline=doc_id, published=day or "2021-01-01", source=f"wire {doc_id}"),
        events=[Event(
            id=f"{doc_id}#e1", type=type, quad=quad, score=-9.0 if quad == 4 else 3.0,
            actors=[Participant(f"{actor} forces", actor)], recipients=[Participant(f"{recipient} town", recipient)],
            date=day, date_precision="day" if day else "",
            location=Location(name, country, lat, lon, "point" if lat is not None else ("country" if country else "")),
            evidence=TextSpan(text, 0, len(text)), confidence=0.9,
        )],
    )


@pytest.fixture
def con(tmp_path: Path) -> Iterator[object]:
    with Store(tmp_path / "s.duckdb") as store:
        for item in (
            result("a", "2021-03-02", place=("Kyiv", "UKR", 50.43, 30.52)),
            result("b", "2021-03-20", type="AGREE", quad=1, actor="USA", place=("Kyiv", "UKR", 50.44, 30.51)),
            result("c", "2021-05-01", actor="RUS", recipient="UNK", place=("", "SYR", None, None)),
            result("d", ""),  # undated
        ):
            store.write(item, item.article.doc_id, "v1")
        store.relink()
        yield store.connection


def test_auto_interval_follows_the_span() -> None:
    assert choose_interval(date(2021, 1, 1), date(2021, 2, 1)) == "day"
    assert choose_interval(date(2021, 1, 1), date(2021, 12, 1)) == "week"
    assert choose_interval(date(2015, 1, 1), date(2021, 12, 1)) == "month"
    assert choose_interval(date(1979, 1, 1), date(2023, 10, 21)) == "year"
    assert choose_interval(None, None) == "month"


def test_summary_counts_add_up_and_undated_events_stand_apart(con: object) -> None:
    summary = summarise(con, EventFilter(), "month")  # type: ignore[arg-type]
    assert (summary["total"], summary["undated"]) == (4, 1)
    assert summary["quads"] == {"1": 1, "2": 0, "3": 0, "4": 3}
    assert sum(row["count"] for row in summary["timeline"]) == 3
    assert {(row["period"], row["type"]) for row in summary["timeline"]} == {
        ("2021-03", "ASSAULT"), ("2021-03", "AGREE"), ("2021-05", "ASSAULT")}
    assert summarise(con, EventFilter(), None)["interval"] == "day"  # type: ignore[arg-type]


def test_a_filter_narrows_every_aggregation(con: object) -> None:
    summary = summarise(con, EventFilter(dyad="USA-*"), "month")  # type: ignore[arg-type]
    assert summary["total"] == 1 and [t["type"] for t in summary["types"]] == ["AGREE"]
    assert [(d["actor"], d["recipient"]) for d in summary["dyads"]] == [("USA", "UKR")]


def test_dyads_need_both_sides_and_are_ranked() -> None:
    rows = [
        {"actor_country": "RUS", "recipient_country": "UKR", "events": 2, "reports": 5, "mean_score": -9.0},
        {"actor_country": "USA", "recipient_country": "UKR", "events": 3, "reports": 3, "mean_score": 4.0},
        {"actor_country": "RUS", "recipient_country": "", "events": 9, "reports": 9, "mean_score": -1.0},
    ]
    assert [(d["actor"], d["count"], d["reports"]) for d in dyads(rows)] == [("USA", 3, 3), ("RUS", 2, 5)]
    assert len(dyads(rows, top=1)) == 1


def test_places_group_nearby_points_and_keep_country_only_events(con: object) -> None:
    found = places([
        {"id": "m1", "representative_id": "a#e1", "quad": 4, "location_lat": 50.43, "location_lon": 30.52, "location_country": "UKR", "location_name": "Kyiv"},
        {"id": "m2", "representative_id": "b#e1", "quad": 1, "location_lat": 50.44, "location_lon": 30.51, "location_country": "UKR", "location_name": "Kyiv"},
        {"id": "m3", "representative_id": "c#e1", "quad": 4, "location_lat": None, "location_lon": None, "location_country": "SYR", "location_name": ""},
        {"id": "m4", "representative_id": "d#e1", "quad": 4, "location_lat": None, "location_lon": None, "location_country": "", "location_name": ""},
    ])
    assert [(p["country"], p["count"], p["lat"]) for p in found] == [("UKR", 2, 50.4), ("SYR", 1, None)]
    assert found[0]["event_ids"] == ["a#e1", "b#e1"]  # the reports' pages, not merged ids
