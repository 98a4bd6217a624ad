"""Comparing a system event date with a gold date at the gold's precision."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

# A day-precision date may be off by this much: wires often date an event by
# the dateline's day while the event itself happened overnight.
DAY_TOLERANCE = timedelta(days=1)


def _as_day(value: str) -> date | None:
    found = _DAY.match(value)
    if not found:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def _as_week(value: str) -> tuple[int, int] | None:
    """ISO (year, week) of a week value, or of the week holding a day value."""
    found = _WEEK.match(value)
    if found:
        return int(found[1]), int(found[2])
    day = _as_day(value)
    if day is None:
        return None
    iso = day.isocalendar()
    return iso.year, iso.week


def _year_month(value: str) -> tuple[int, int] | None:
    day = _as_day(value)
    if day is not None:
        return day.year, day.month
    found = _MONTH.match(value)
    if found:
        return int(found[1]), int(found[2])
    week = _WEEK.match(value)
    if week:
        # A week belongs to the month of its Thursday, as ISO weeks belong to years.
        try:
            thursday = date.fromisocalendar(int(week[1]), int(week[2]), 4)
        except ValueError:
            return None
        return thursday.year, thursday.month
    return None


def _year(value: str) -> int | None:
    month = _year_month(value)
    if month is not None:
        return month[0]
    found = _YEAR.match(value)
    return int(found[1]) if found else None


def date_matches(system_date: str, gold_date: str, gold_precision: str) -> bool:
    """Whether the system date agrees with gold at the precision gold gives.

    An unknown gold date agrees with anything; a gold day accepts one day either
    way; a gold month, week or year accepts any system date inside it. A system
    date coarser than gold (a month for a gold day) does not agree.
    """
    if gold_precision == "unknown" or not gold_date:
        return True
    system_date = (system_date or "").strip()
    if not system_date:
        return False
    if gold_precision == "day":
        gold_day, system_day = _as_day(gold_date), _as_day(system_date)
        return gold_day is not None and system_day is not None and abs(system_day - gold_day) <= DAY_TOLERANCE
    if gold_precision == "week":
        gold_week = _as_week(gold_date)
        return gold_week is not None and _as_week(system_date) == gold_week
    if gold_precision == "month":
        gold_month = _year_month(gold_date)
        return gold_month is not None and _year_month(system_date) == gold_month
    if gold_precision == "year":
        gold_year = _year(gold_date)
        return gold_year is not None and _year(system_date) == gold_year
    return False
