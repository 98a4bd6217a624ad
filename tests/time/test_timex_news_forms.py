"""Every common news form the issue names, normalised against the publication day."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.time import find_timexes

PUBLISHED = datetime(2021, 1, 18, 15, 11)  # a Monday


def found(text: str, published: datetime = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.precision) for t in find_timexes(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the night of November 10, they signed.", ("November 10", "2020-11-10", "day")),
        ("The agreement, signed in November, holds.", ("November", "2020-11", "month")),
        ("Fighting resumed last month.", ("last month", "2020-12", "month")),
        ("The talks ended Tuesday.", ("Tuesday", "2021-01-12", "day")),
        ("Talks were held earlier this week.", ("earlier this week", "2021-W03", "week")),
        ("The summit on May 13-14 ended in a deal.", ("May 13-14", "2020-05-13", "day")),
        ("The war ended in 1975.", ("1975", "1975", "year")),
        ("In the 1990s the war raged on.", ("the 1990s", "199", "decade")),
        ("15:11, 18 January 2021 25", ("15:11, 18 January 2021", "2021-01-18T15:11", "time")),
    ],
)
def test_news_form(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army besieged the town for six weeks.",
        "He began a three-day visit to Asmara.",
        "The talks lasted some 10 days.",
        "a six-month ceasefire",
    ],
)
def test_durations_are_not_dates(text: str) -> None:
    assert found(text) == []


def test_a_range_of_decades_and_a_mid_decade() -> None:
    assert found("from the 1980s to the mid-1990s") == [
        ("the 1980s", "198", "decade"),
        ("the mid-1990s", "199", "decade"),
    ]


def test_seasons_need_a_year_or_an_anchor() -> None:
    assert found("this summer and in the spring of 2003", datetime(2018, 3, 14)) == [
        ("this summer", "2018-SU", "season"),
        ("spring of 2003", "2003-SP", "season"),
    ]
    assert found("Prices fall in summer.", datetime(2018, 3, 14)) == []


def test_quarters() -> None:
    published = datetime(1989, 10, 26)
    assert found("third-quarter profit rose", published) == [("third-quarter", "1989-Q3", "quarter")]
    assert found("in the 1988 second quarter", published) == [("the 1988 second quarter", "1988-Q2", "quarter")]
    assert found("the fiscal first quarter", published) == []
