"""Expressions read with their context: the clause's tense, and the time told just before."""

from __future__ import annotations

from datetime import datetime

from eventwire.time import find_timexes

FRIDAY = datetime(2006, 11, 17)


def found(text: str, published: datetime = FRIDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published)]


def test_a_clause_about_what_is_to_come_reads_ahead() -> None:
    assert found("Russia is expected to sign the agreement on Sunday.") == [("Sunday", "2006-11-19")]
    assert found("The dividend will be payable Jan. 2.", datetime(1989, 11, 2)) == [("Jan. 2", "1990-01-02")]
    assert found("The three are expected to join in April.", datetime(1998, 12, 5)) == [("April", "1999-04")]


def test_the_cue_must_be_in_the_same_clause() -> None:
    assert found("They said they would appeal the decision, announced Wednesday.") == [("Wednesday", "2006-11-15")]


def test_a_past_plan_is_not_ahead() -> None:
    assert found("The dialogue had been scheduled for July 25.") == [("July 25", "2006-07-25")]


def test_reading_ahead_stops_at_a_horizon() -> None:
    # The day before publication is not next year's, whatever the tense.
    assert found("Officials will review the Jan. 14 ruling.", datetime(2000, 1, 15)) == [("Jan. 14", "2000-01-14")]


def test_anaphoric_expressions_count_from_the_time_told_before() -> None:
    text = "Zamily survived an attack on Monday. A day before that, Assafar was kidnapped."
    assert found(text, datetime(2006, 11, 23)) == [("Monday", "2006-11-20"), ("A day before that", "2006-11-19")]
    text = "There were 12,490 clashes during 1996 and 12,000 a year before. Murders rose over the previous year."
    assert found(text, datetime(1997, 4, 29)) == [("1996", "1996"), ("a year before", "1995"), ("the previous year", "1995")]


def test_a_comparison_counts_from_the_report() -> None:
    text = "In 1987 sales fell. Profit rose 5% from a year earlier."
    assert found(text, datetime(1989, 10, 26)) == [("1987", "1987"), ("a year earlier", "1988")]


def test_with_nothing_told_before_the_publication_counts() -> None:
    assert found("The previous day, troops withdrew.") == [("The previous day", "2006-11-16")]
