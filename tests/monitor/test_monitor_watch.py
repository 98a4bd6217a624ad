"""Watch rules and new actors in an area."""

from __future__ import annotations

from datetime import date

from monitor_records import KARABAKH, MOSCOW, SHUSHA, incident

from eventwire.monitor.areas import Area
from eventwire.monitor.rules import NewActorRule, WatchRule
from eventwire.monitor.watch import new_actor_tallies, watch_matches, watch_tallies

SHELLING = incident("s", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=SHUSHA)


def test_watch_conditions_all_apply() -> None:
    assert watch_matches(WatchRule(name="w", dyad=("ARM", "AZE")), SHELLING)  # either direction by default
    assert not watch_matches(WatchRule(name="w", dyad=("ARM", "AZE"), both_directions=False), SHELLING)
    assert watch_matches(WatchRule(name="w", dyad=("AZE", None)), SHELLING)
    assert not watch_matches(WatchRule(name="w", types=("PROTEST",)), SHELLING)
    assert watch_matches(WatchRule(name="w", countries=("ARM", "GEO"), actor="aze forces"), SHELLING)
    assert not watch_matches(WatchRule(name="w", actor="Wagner"), SHELLING)
    assert watch_matches(WatchRule(name="w", area=Area(lat=39.85, lon=46.75, radius_km=30)), SHELLING)
    assert not watch_matches(WatchRule(name="w", types=("ASSAULT",), area=Area(country="RUS")), SHELLING)


def test_watch_tallies_per_window_with_the_previous_count() -> None:
    rule = WatchRule(name="w", types=("ASSAULT",))
    found = [SHELLING, incident("t", "ASSAULT", "2021-03-04", ["ARM"], ["AZE"]), incident("u", "ASSAULT", "2021-03-04", ["RUS"], ["UKR"], spot=MOSCOW)]
    tallies = watch_tallies(rule, found, None, date(2021, 3, 4))
    assert [(t.window.label(), t.count, t.previous) for t in tallies] == [("2021-03-03", 1, 0), ("2021-03-04", 2, 1)]
    assert [t.window.label() for t in watch_tallies(rule, found, date(2021, 3, 4), date(2021, 3, 4))] == ["2021-03-04"]


def test_new_actor_in_an_area() -> None:
    rule = NewActorRule(name="n", area=Area("Karabakh", lat=39.85, lon=46.75, radius_km=50))
    history = [
        incident("a", "ASSAULT", "2021-03-01", ["AZE"], ["ARM"], spot=KARABAKH),
        incident("b", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=SHUSHA),
        incident("c", "MOBILIZE", "2021-03-03", ["RUS"], spot=SHUSHA, names=["Russian peacekeepers"]),
        incident("d", "ASSAULT", "2021-03-03", ["TUR"], ["ARM"], spot=MOSCOW),  # outside the area
    ]
    tallies = new_actor_tallies(rule, history, date(2021, 3, 2), date(2021, 3, 3))
    [tally] = tallies
    assert tally.window.label() == "2021-03-03" and tally.details["new_actors"] == ["RUS:russian peacekeepers"]
    assert [(c.value, c.count, c.event_ids) for c in tally.counts] == [("Russian peacekeepers (RUS)", 1, ("c#e1",))]
    assert "New in within 50 km of Karabakh: Russian peacekeepers (RUS)" in tally.title


def test_new_actor_lookback_and_sectors() -> None:
    area = Area(country="AZE")
    again = [
        incident("a", "ASSAULT", "2021-01-01", ["AZE"], spot=KARABAKH, sector="MIL"),
        incident("b", "ASSAULT", "2021-03-03", ["AZE"], spot=KARABAKH, sector="MIL"),
    ]
    assert new_actor_tallies(NewActorRule(name="n", area=area), again, date(2021, 3, 1), date(2021, 3, 3)) == []
    returning = new_actor_tallies(NewActorRule(name="n", area=area, lookback_days=30), again, date(2021, 3, 1), date(2021, 3, 3))
    assert [t.window.label() for t in returning] == ["2021-03-03"]  # unseen for 30 days: new again
    assert new_actor_tallies(NewActorRule(name="n", area=area, sectors=("REB",)), again, None, date(2021, 3, 3)) == []
