"""Lengths of time, and moving a calendar value by one."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.time import Duration, find_durations, parse_duration, shift_value


def test_parse_duration() -> None:
    assert parse_duration("two years") == Duration(2, "year", 0, 9)
    assert parse_duration("around two weeks") == Duration(2, "week", 0, 16)
    assert parse_duration("10 days") == Duration(10, "day", 0, 7)
    assert parse_duration("the war") is None
    assert parse_duration("two years ago") is None


def test_find_durations_skips_dates() -> None:
    found = find_durations("He fought for six weeks, on a three-day visit, two years ago.")
    assert [(d.count, d.unit) for d in found] == [(6, "week"), (3, "day")]


def test_shift_value_keeps_the_coarser_precision() -> None:
    assert shift_value("2003", "year", -2) == ("2001", "year")
    assert shift_value("2006-12-11", "week", -2) == ("2006-W48", "week")
    assert shift_value("2006-11", "day", -3) == ("2006-11", "month")
    assert shift_value("2006-11-20", "day", -1) == ("2006-11-19", "day")
    assert shift_value("PRESENT_REF", "day", 1) is None


def test_bad_input_names_itself() -> None:
    with pytest.raises(InputError, match="words"):
        parse_duration(12)  # type: ignore[arg-type]
