"""Reporting windows and areas."""

from __future__ import annotations

from datetime import date

from monitor_records import KARABAKH, MOSCOW, SHUSHA, YEREVAN

from eventwire.monitor.areas import Area, Spot, area_around, distance_km
from eventwire.monitor.windows import Window, window_of, windows_between


def test_days_and_iso_weeks() -> None:
    week = window_of(date(2021, 3, 3), "weekly")
    assert (week.start, week.end, week.label()) == (date(2021, 3, 1), date(2021, 3, 7), "2021-W09")
    assert week.previous() == Window(date(2021, 2, 22), "weekly") and week.previous(4).start == date(2021, 2, 1)
    day = window_of(date(2021, 3, 3), "daily")
    assert (day.start, day.end, day.previous().start) == (date(2021, 3, 3), date(2021, 3, 3), date(2021, 3, 2))
    assert [w.label() for w in windows_between(date(2021, 2, 28), date(2021, 3, 8), "weekly")] == ["2021-W08", "2021-W09", "2021-W10"]
    assert len(windows_between(date(2021, 3, 1), date(2021, 3, 3), "daily")) == 3


def test_point_areas_need_a_pinned_place_within_the_radius() -> None:
    karabakh = Area("Nagorno-Karabakh", lat=39.85, lon=46.75, radius_km=50)
    assert karabakh.contains(SHUSHA) and karabakh.contains(KARABAKH)
    assert not karabakh.contains(YEREVAN)  # about 200 km away
    assert not karabakh.contains(Spot("Azerbaijan", "AZE", 40.5, 47.5, "country"))  # a centroid says nothing
    assert 1600 < distance_km(55.75, 37.62, 39.85, 46.75) < 2000


def test_country_areas_and_areas_around_places() -> None:
    assert Area(country="RUS").contains(MOSCOW) and not Area(country="RUS").contains(SHUSHA)
    assert area_around(SHUSHA, 25) == Area("Shusha", lat=39.76, lon=46.75, radius_km=25)
    assert area_around(Spot("Armenia", "ARM", 40.0, 45.0, "country"), 25) == Area("Armenia", country="ARM")
    assert area_around(Spot(), 25) is None
