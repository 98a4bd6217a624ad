"""Expressions resolved against the publication day: weekdays, deictic days, shifts."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.time import find_timexes, normalise

THURSDAY = datetime(1997, 4, 17, 9, 30)  # a Thursday
SUNDAY = datetime(2005, 11, 13)  # a Sunday


def value(expression: str, published: datetime = THURSDAY, **kwargs: str) -> tuple[str, str] | None:
    return normalise(expression, published, **kwargs)  # type: ignore[arg-type]


def test_weekday_is_the_latest_on_or_before_publication() -> None:
    assert value("Wednesday") == ("1997-04-16", "day")
    assert value("Friday") == ("1997-04-11", "day")
    assert value("on Sunday") == ("1997-04-13", "day")


def test_weekday_of_publication_is_the_publication_day() -> None:
    assert value("Thursday") == ("1997-04-17", "day")


def test_anchored_weekdays() -> None:
    assert value("last Thursday") == ("1997-04-10", "day")
    assert value("next Monday") == ("1997-04-21", "day")


def test_weekday_prefer_future() -> None:
    assert value("Friday", prefer="future") == ("1997-04-18", "day")
    assert value("Thursday", prefer="future") == ("1997-04-17", "day")


def test_weekday_with_part_of_day_and_modifier() -> None:
    text = "Clashes broke out Wednesday night and resumed early on Monday."
    assert [(t.text, t.value) for t in find_timexes(text, THURSDAY)] == [
        ("Wednesday night", "1997-04-16"),
        ("early on Monday", "1997-04-14"),
    ]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("today", "1997-04-17"),
        ("tonight", "1997-04-17"),
        ("this morning", "1997-04-17"),
        ("this afternoon", "1997-04-17"),
        ("this evening", "1997-04-17"),
        ("Earlier in the day", "1997-04-17"),
        ("yesterday", "1997-04-16"),
        ("last night", "1997-04-16"),
        ("yesterday afternoon", "1997-04-16"),
        ("tomorrow", "1997-04-18"),
        ("two days ago", "1997-04-15"),
    ],
)
def test_deictic_days(expression: str, expected: str) -> None:
    assert value(expression) == (expected, "day")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("last week", ("1997-W15", "week")),
        ("this week", ("1997-W16", "week")),
        ("next week", ("1997-W17", "week")),
        ("three weeks ago", ("1997-W13", "week")),
        ("last month", ("1997-03", "month")),
        ("this month", ("1997-04", "month")),
        ("next month", ("1997-05", "month")),
        ("earlier this month", ("1997-04", "month")),
        ("12 months ago", ("1996-04", "month")),
        ("last year", ("1996", "year")),
        ("this year", ("1997", "year")),
        ("next year", ("1998", "year")),
        ("earlier this year", ("1997", "year")),
        ("early next year", ("1998", "year")),
        ("a year ago", ("1996", "year")),
        ("the end of the year", ("1997", "year")),
    ],
)
def test_shifted_units(expression: str, expected: tuple[str, str]) -> None:
    assert value(expression) == expected


def test_weeks_on_a_sunday_count_from_the_week_that_starts() -> None:
    # On Sunday 13 November 2005, "last week" is Mon 7 - Sat 12 November.
    assert normalise("last week", SUNDAY) == ("2005-W45", "week")
    assert normalise("next week", SUNDAY) == ("2005-W47", "week")


def test_month_arithmetic_is_calendar_aware() -> None:
    assert normalise("three months ago", datetime(2021, 5, 31)) == ("2021-02", "month")


def test_in_two_days_in_a_future_clause() -> None:
    text = "The court will rule in two days."
    assert [(t.text, t.value) for t in find_timexes(text, THURSDAY)] == [("in two days", "1997-04-19")]


def test_relative_expressions_need_a_publication_moment() -> None:
    assert find_timexes("Friday, last week, yesterday and September 27.", None) == []
    assert normalise("yesterday", None) is None


@pytest.mark.parametrize(
    ("expression", "published", "prefer", "expected"),
    [
        ("over the weekend", THURSDAY, "past", "1997-W15-WE"),  # Saturday 12 and Sunday 13 April
        ("last weekend", THURSDAY, "past", "1997-W15-WE"),
        ("this past weekend", THURSDAY, "past", "1997-W15-WE"),
        ("at the weekend", THURSDAY, "future", "1997-W16-WE"),  # the coming one
        ("the coming weekend", THURSDAY, "past", "1997-W16-WE"),
        ("next weekend", THURSDAY, "past", "1997-W16-WE"),
        ("this weekend", SUNDAY, "past", "2005-W45-WE"),  # the one the report is written in
        ("this weekend", SUNDAY, "future", "2005-W45-WE"),
        ("last weekend", SUNDAY, "past", "2005-W44-WE"),
        ("next weekend", SUNDAY, "past", "2005-W46-WE"),
    ],
)
def test_weekend_is_a_week_period(expression: str, published: datetime, prefer: str, expected: str) -> None:
    assert value(expression, published, prefer=prefer) == (expected, "week")


def test_weekend_in_text_and_not_as_a_compound() -> None:
    text = "Talks due to start at the weekend were put off; rebels attacked the town last weekend during a weekend-long festival."
    assert [(t.text, t.value) for t in find_timexes(text, THURSDAY)] == [
        ("the weekend", "1997-W16-WE"),  # "due to": a clause about what is to come
        ("last weekend", "1997-W15-WE"),
    ]
