"""Clock times: their day is the date told beside them, else the paragraph's, else the publication's."""

from __future__ import annotations

from datetime import datetime

from eventwire.time import find_timexes

FRIDAY = datetime(2006, 12, 29)


def found(text: str, published: datetime = FRIDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published)]


def test_a_clock_time_takes_the_day_beside_it() -> None:
    text = "Gazprom is threatening to cut supplies at 10:00 am (0700 GMT) Monday, New Year's day."
    assert found(text) == [
        ("10:00 am", "2007-01-01T10:00"),
        ("0700 GMT", "2007-01-01T07:00"),
        ("Monday", "2007-01-01"),
        ("New Year's day", "2007-01-01"),
    ]


def test_twelve_hour_and_named_times() -> None:
    assert found("between 6 a.m. and 8:30 p.m.") == [("6 a.m.", "2006-12-29T06:00"), ("8:30 p.m.", "2006-12-29T20:30")]
    assert found("at noon") == [("noon", "2006-12-29T12:00")]


def test_a_clock_time_right_before_its_day_is_one_expression() -> None:
    assert found("The vote closes at 10 p.m. Wednesday.") == [("10 p.m. Wednesday", "2006-12-27T22:00")]


def test_without_a_day_in_its_sentence_the_paragraph_day_counts() -> None:
    text = "The curfew began at 8:00 p.m. Thursday. Gunmen attacked the ministry at about 2:30 p.m."
    assert found(text)[-1] == ("2:30 p.m.", "2006-12-28T14:30")


def test_midnight_after_a_day_is_the_end_of_that_day() -> None:
    text = "They signed late on Monday. The ceasefire took effect at midnight Moscow time."
    assert found(text, datetime(2020, 11, 10)) == [("late on Monday", "2020-11-09"), ("midnight", "2020-11-10T00:00")]


def test_numbers_with_colons_that_are_not_times() -> None:
    assert found("a ratio of 2:1 and Resolution 1973") == []
