"""Partial ISO dates ("2021", "2021-01", "2021-01-18", "2021-W03") as calendar intervals.

Event dates carry their precision in their shape; storing the interval each one
covers lets date filters compare real dates instead of strings ("2021-01" sorts
before "2021-01-15" as text, yet may well include it).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")  # a datetime's date part matches too
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def date_interval(value: str) -> tuple[date, date] | None:
    """The first and last day that ``value`` covers, or None when it is empty or not a date."""
    text = value.strip()
    try:
        if match := _DAY.match(text):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := _MONTH.match(text):
            year, month = int(match[1]), int(match[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if match := _YEAR.match(text):
            year = int(match[1])
            return date(year, 1, 1), date(year, 12, 31)
        if match := _WEEK.match(text):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + timedelta(days=6)
    except ValueError:  # month 13, day 32, week 54
        return None
    return None
