"""The new filters on mentions and merged events, the aggregations, and the DataFrame API."""

from __future__ import annotations

import pandas as pd
import pytest
from merge_samples import afp_raid, report, xinhua_raid
from store_samples import karabakh

from eventwire.errors import StoreError
from eventwire.models import Location, Participant
from eventwire.store import EventFilter, Store
from eventwire.store.frames import stats_frame, table_frame
from eventwire.store.stats import stats


@pytest.fixture
def wires(store: Store) -> Store:
    """The raid reported twice, a CONSULT between RUS and ARM (future), a Manila protest."""
    protest = report(
        "afp-protest", "AFP", "Thousands protested in Manila on Friday against the government.", kind="PROTEST",
        date="1997-05-02", actors=[Participant("protesters", "PHL", "CVL")],
        recipients=[Participant("Philippine government", "PHL", "GOV")],
        location=Location("Manila", "PHL", 14.6042, 120.9822, "point"), published="1997-05-02",
    )
    protest.events[0].quad, protest.events[0].score, protest.events[0].confidence = 3, -5.0, 0.5
    store.write_many([(afp_raid(), "h", "v1"), (xinhua_raid(), "h", "v1"), (protest, "h", "v1"),
                      (karabakh(), "h", "v1")])
    store.relink()
    return store


def ids(rows: list[dict]) -> list[str]:
    return [row["id"] for row in rows]


def test_new_filters_on_mentions(wires: Store) -> None:
    assert ids(wires.events(EventFilter(dyad="RUS-ARM", status="any"))) == ["karabakh-1#e2"]
    assert ids(wires.events(EventFilter(dyad="*-ARM", status="any"))) == ["karabakh-1#e2"]
    assert ids(wires.events(EventFilter(mode="VISIT", status="any"))) == ["karabakh-1#e2"]
    assert ids(wires.events(EventFilter(context="territory", status="any"))) == ["karabakh-1#e2"]
    assert ids(wires.events(EventFilter(quad=3))) == ["karabakh-1#e1", "afp-protest#e1"]  # newest first
    assert ids(wires.events(EventFilter(min_confidence=0.8))) == ["karabakh-1#e1", "afp-raid#e1", "xin-raid#e1"]
    assert ids(wires.events(EventFilter(source="xinhua"))) == ["xin-raid#e1"]
    assert ids(wires.events(EventFilter(source="tass", status="any"))) == ["karabakh-1#e2", "karabakh-1#e1"]
    # Manila is about 900 km from Cotabato; Yerevan (karabakh-1#e2) is far from both
    assert ids(wires.events(EventFilter(near=(14.6, 121.0), radius_km=50))) == ["afp-protest#e1"]
    assert ids(wires.events(EventFilter(near=(7.2, 124.2), radius_km=50))) == ["afp-raid#e1", "xin-raid#e1"]


def test_merged_events_match_when_any_report_does(wires: Store) -> None:
    [raid] = wires.merged_events(EventFilter(source="xinhua"))
    assert raid["mentions"] == 2 and raid["source_names"] == ["AFP", "Xinhua"]
    assert ids(wires.merged_events(EventFilter(doc_id="afp-raid"))) == [raid["id"]]
    assert ids(wires.merged_events(EventFilter(actor="islamic"))) == [raid["id"]]
    assert ids(wires.merged_events(EventFilter(country="PHL", type="ASSAULT"))) == [raid["id"]]
    assert [row["type"] for row in wires.merged_events(EventFilter(dyad="PHL-PHL"))] == ["PROTEST", "ASSAULT"]


def test_stats_count_events_and_reports_apart(wires: Store) -> None:
    rows = stats(wires.connection, EventFilter(status="any"), by=["dyad"], per="month")
    assert rows == [
        {"actor_country": "PHL", "recipient_country": "PHL", "period": "1997-04", "events": 1, "reports": 2,
         "mean_score": -9.0},
        {"actor_country": "PHL", "recipient_country": "PHL", "period": "1997-05", "events": 1, "reports": 1,
         "mean_score": -5.0},
        {"actor_country": "RUS", "recipient_country": "", "period": "2021-01", "events": 1, "reports": 1,
         "mean_score": -4.0},
        {"actor_country": "RUS", "recipient_country": "ARM", "period": "2021-02", "events": 1, "reports": 1,
         "mean_score": 1.0},
    ]


def test_stats_by_country_counts_each_side(wires: Store) -> None:
    rows = stats(wires.connection, EventFilter(status="any", country="ARM"), by=["country"], per=None)
    assert {row["country"]: row["events"] for row in rows} == {"ARM": 1, "AZE": 1, "RUS": 1}


def test_stats_by_type_quad_and_week(wires: Store) -> None:
    rows = stats(wires.connection, by=["quad", "type"], per="week")
    assert [(row["quad"], row["type"], row["period"]) for row in rows] == [
        (4, "ASSAULT", "1997-04-21"), (3, "PROTEST", "1997-04-28"), (3, "REJECT", "2021-01-18"),
    ]
    [total] = stats(wires.connection, by=[], per=None)
    assert (total["events"], total["reports"]) == (3, 4)


def test_stats_by_source_and_bad_groups(wires: Store) -> None:
    rows = stats(wires.connection, by=["source"], per="year")
    assert {(row["source"], row["period"]): row["events"] for row in rows} == {
        ("AFP", "1997"): 2, ("Xinhua", "1997"): 1, ("TASS", "2021"): 1,
    }
    with pytest.raises(StoreError, match="stats by colour: expected any of country, dyad"):
        stats(wires.connection, by=["colour"])
    with pytest.raises(StoreError, match="stats per 'fortnight'"):
        stats(wires.connection, per="fortnight")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"dyad": "RUS"}, "ACTOR-RECIPIENT"),
        ({"quad": 5}, "1, 2, 3 or 4"),
        ({"min_confidence": 1.5}, "0 to 1"),
        ({"near": (95.0, 0.0)}, "latitude"),
        ({"radius_km": 0}, "more than 0"),
    ],
)
def test_bad_new_filters_say_what_is_wrong(fields: dict, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        EventFilter(**fields)


def test_frames(wires: Store, db_path: object) -> None:
    frame = stats_frame(wires, by=["type"], per=None)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["type", "events", "reports", "mean_score"]
    assert frame.set_index("type").loc["ASSAULT", "reports"] == 2
    events = table_frame(wires, "events", EventFilter(type="ASSAULT"))
    assert len(events) == 1 and events.loc[0, "reports"] == 2 and events.loc[0, "sources"] == 2
    assert list(table_frame(wires, "links").columns)[:3] == ["event_id", "mention_a", "mention_b"]
    with pytest.raises(StoreError, match="engine 'spark'"):
        stats_frame(wires, engine="spark")  # type: ignore[arg-type]
