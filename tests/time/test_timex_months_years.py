"""Months with and without a year, and bare years."""

from __future__ import annotations

from datetime import datetime

from eventwire.time import find_timexes, normalise

PUBLISHED = datetime(2021, 1, 18)


def found(text: str, published: datetime | None = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.precision) for t in find_timexes(text, published)]


def test_month_and_year() -> None:
    assert found("The offensive of April 1996 and the raid of Feb. 2005.") == [
        ("April 1996", "1996-04", "month"),
        ("Feb. 2005", "2005-02", "month"),
    ]


def test_lone_month_is_the_latest_not_after_publication() -> None:
    # November, seen from January 2021, is November 2020.
    assert found("The agreement signed in November holds.") == [("November", "2020-11", "month")]


def test_lone_month_equal_to_publication_month_is_that_month() -> None:
    assert normalise("in January", PUBLISHED) == ("2021-01", "month")


def test_next_calendar_month_reads_as_upcoming() -> None:
    # "elections in May" in an April paper: the month just ahead, not last year's May.
    assert normalise("in May", datetime(1997, 4, 24)) == ("1997-05", "month")


def test_prefer_future_for_months() -> None:
    assert normalise("November", PUBLISHED, prefer="future") == ("2021-11", "month")


def test_anchored_months() -> None:
    published = datetime(1997, 4, 4)
    assert normalise("last April", published) == ("1996-04", "month")
    assert normalise("last June", published) == ("1996-06", "month")
    assert normalise("next March", published) == ("1998-03", "month")
    assert normalise("June last year", published) == ("1996-06", "month")


def test_modifiers_keep_precision_and_stay_in_span() -> None:
    assert found("It started in early March and peaked in mid-July.", datetime(2006, 11, 7)) == [
        ("early March", "2006-03", "month"),
        ("mid-July", "2006-07", "month"),
    ]


def test_ambiguous_month_names_need_a_cue() -> None:
    assert found("Officials May attend. The March began.") == []
    assert found("Elections held in May were disputed.") == [("May", "2020-05", "month")]


def test_years() -> None:
    assert found("Israel has occupied the zone since 1985, and in 2001 it expanded.") == [
        ("1985", "1985", "year"),
        ("2001", "2001", "year"),
    ]
    assert found("Troops may leave by late 2003.") == [("late 2003", "2003", "year")]


def test_absolute_expressions_without_publication() -> None:
    assert found("In November 2019 and in 2001, but also in November.", None) == [
        ("November 2019", "2019-11", "month"),
        ("2001", "2001", "year"),
    ]
