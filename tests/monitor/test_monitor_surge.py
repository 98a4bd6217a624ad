"""Surges against the average of the windows before, with a floor."""

from __future__ import annotations

from datetime import date, timedelta

from monitor_records import KARABAKH, MOSCOW, incident

from eventwire.monitor.areas import Spot
from eventwire.monitor.rules import SurgeRule
from eventwire.monitor.surge import group_keys, surge_tallies

NIGERIA = Spot("Maiduguri", "NGA", 11.85, 13.16, "point")
MONDAY = date(2021, 2, 1)


def _weekly(counts: list[int], spot: Spot = NIGERIA, type_name: str = "ASSAULT") -> list:  # type: ignore[type-arg]
    """``counts[n]`` incidents in the n-th week from 1 February 2021."""
    found = []
    for week, count in enumerate(counts):
        for n in range(count):
            day = MONDAY + timedelta(days=7 * week + n % 7)
            found.append(incident(f"{spot.country}-{week}-{n}", type_name, day.isoformat(), ["NGA"], ["NGA"], spot=spot))
    return found


def test_surge_fires_when_the_week_doubles_its_four_week_average() -> None:
    rule = SurgeRule(name="s", min_count=3)
    [tally] = surge_tallies(rule, _weekly([1, 2, 1, 2, 6]), None, date(2021, 3, 7))
    assert (tally.subject, tally.window.label(), tally.count, tally.baseline, tally.previous) == ("country:NGA", "2021-W09", 6, 1.5, 2)
    assert "average of 1.50 (×4.0)" in tally.title
    assert {c.value: c.count for c in tally.counts if c.dimension == "type"} == {"ASSAULT": 6}


def test_surge_needs_the_ratio_and_the_floor() -> None:
    assert surge_tallies(SurgeRule(name="s", min_count=3), _weekly([2, 2, 2, 2, 3]), None, date(2021, 3, 7)) == []  # ×1.5 only
    assert surge_tallies(SurgeRule(name="s", min_count=5), _weekly([0, 0, 0, 0, 4]), None, date(2021, 3, 7)) == []  # under the floor
    [lone] = surge_tallies(SurgeRule(name="s", min_count=4), _weekly([0, 0, 0, 0, 4]), None, date(2021, 3, 7))
    assert lone.baseline == 0 and "from none" in lone.title


def test_surge_counts_only_its_types_and_windows_from_since() -> None:
    rule = SurgeRule(name="s", min_count=3, types=("COERCE",))
    assert surge_tallies(rule, _weekly([0, 0, 0, 0, 6]), None, date(2021, 3, 7)) == []
    daily = SurgeRule(name="d", window="daily", baseline_windows=4, min_count=3)
    burst = [incident(f"b{n}", "ASSAULT", "2021-03-05", ["NGA"], spot=NIGERIA) for n in range(3)]
    assert [t.window.label() for t in surge_tallies(daily, burst, None, date(2021, 3, 5))] == ["2021-03-05"]
    assert surge_tallies(daily, burst, date(2021, 3, 6), date(2021, 3, 7)) == []


def test_surge_groupings() -> None:
    clash = incident("c", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=KARABAKH)
    assert group_keys("country")(clash) == ["country:AZE"]
    assert group_keys("party")(clash) == ["party:ARM", "party:AZE"]
    assert group_keys("dyad")(clash) == ["dyad:AZE-ARM"]
    assert group_keys("area")(clash) == ["area:Nagorno-Karabakh (AZE)"]
    unplaced = incident("u", "ASSAULT", "2021-03-03", ["NGA"], ["UNK"], spot=Spot())
    assert group_keys("country")(unplaced) == ["country:NGA"] and group_keys("area")(unplaced) == []
    assert group_keys("country")(incident("x", "ASSAULT", "2021-03-03", ["RUS"], ["UKR"], spot=Spot())) == []
    assert group_keys("country")(incident("m", "ASSAULT", "2021-03-03", ["UKR"], ["RUS"], spot=MOSCOW)) == ["country:RUS"]
