"""Absolute and year-less calendar dates: spans are tight, values TimeML."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.time import find_timexes, normalise

PUBLISHED = datetime(2021, 1, 18, 15, 11)


def found(text: str, published: datetime | None = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.precision) for t in find_timexes(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held on Nov. 10, 2020 in Moscow.", ("Nov. 10, 2020", "2020-11-10", "day")),
        ("The war began on 27 September 2020.", ("27 September 2020", "2020-09-27", "day")),
        ("The file is dated 2020-09-27.", ("2020-09-27", "2020-09-27", "day")),
        ("The form was signed 9/27/2020 in Baku.", ("9/27/2020", "2020-09-27", "day")),
        ("He was killed on August 15 , 1975 in Dhaka.", ("August 15 , 1975", "1975-08-15", "day")),
        ("It ended on Friday, Nov. 20, 2015.", ("Friday, Nov. 20, 2015", "2015-11-20", "day")),
        ("The summit on Dec. 11-13 of 2007 was cancelled.", ("Dec. 11-13 of 2007", "2007-12-11", "day")),
        ("Troops left on the 5th of March 2019.", ("5th of March 2019", "2019-03-05", "day")),
    ],
)
def test_full_dates(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


def test_year_less_date_is_the_latest_past_one() -> None:
    # Published 18 January 2021: 27 September is last year's, 11 January this year's.
    assert found("Fighting began on September 27 and stopped on January 11.") == [
        ("September 27", "2020-09-27", "day"),
        ("January 11", "2021-01-11", "day"),
    ]


def test_span_is_the_date_part_only() -> None:
    text = "The deal was signed on the night of November 10 in Moscow."
    (timex,) = find_timexes(text, PUBLISHED)
    assert (timex.text, timex.value) == ("November 10", "2020-11-10")
    assert text[timex.start : timex.end] == "November 10"


def test_abbreviated_months_with_period() -> None:
    assert found("Results are due Sept. 30.", datetime(1989, 11, 2)) == [("Sept. 30", "1989-09-30", "day")]


def test_date_a_few_weeks_ahead_is_upcoming() -> None:
    # A paper of 12 November announcing "Nov. 20" speaks of the coming date.
    assert found("Elections are set for Nov. 20.", datetime(2005, 11, 12)) == [("Nov. 20", "2005-11-20", "day")]


def test_date_range_takes_its_first_day() -> None:
    assert found("The Nov. 18-19 summit opened.", datetime(2006, 11, 17)) == [("Nov. 18-19", "2006-11-18", "day")]


def test_date_with_relative_year() -> None:
    assert found("He was arrested on October 12 last year.", datetime(2006, 3, 1)) == [
        ("October 12 last year", "2005-10-12", "day")
    ]


def test_holidays() -> None:
    assert found("Talks resume on New Year's Day.", datetime(2006, 12, 29)) == [
        ("New Year's Day", "2007-01-01", "day")
    ]
    assert found("Churches were guarded over Christmas.", datetime(2005, 12, 28)) == [
        ("Christmas", "2005-12-25", "day")
    ]


def test_normalise_single_expressions() -> None:
    assert normalise("September 27", PUBLISHED) == ("2020-09-27", "day")
    assert normalise("on September 27", PUBLISHED) == ("2020-09-27", "day")
    assert normalise("Nov. 10, 2020", None) == ("2020-11-10", "day")
    assert normalise("no date here", PUBLISHED) is None


def test_prefer_future_takes_the_next_occurrence() -> None:
    assert normalise("September 27", PUBLISHED, prefer="future") == ("2021-09-27", "day")
