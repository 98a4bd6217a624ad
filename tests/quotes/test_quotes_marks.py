"""Quotation marks: every style opens and closes a passage; apostrophes do not."""

from __future__ import annotations

import pytest

from eventwire.quotes.marks import find_passages, paragraphs


def contents(text: str) -> list[str]:
    return [text[p.content_start : p.content_end] for p in find_passages(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready," he said.',
        "“We are ready,” he said.",
        "‘We are ready,’ he said.",
        "'We are ready,' he said.",
        "«We are ready», he said.",
        "„We are ready“, he said.",
        "``We are ready,'' he said.",
        "''We are ready,'' he said.",
    ],
)
def test_each_mark_style_delimits_the_passage(text: str) -> None:
    assert [c.rstrip(",") for c in contents(text)] == ["We are ready"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert contents("Clinton’s aides said it's the voters' choice.") == []


def test_single_marks_inside_double_marks_stay_nested() -> None:
    text = "\"It is our stand to hold 'four-way talks' now,\" Kim said."
    assert contents(text) == ["It is our stand to hold 'four-way talks' now,"]


def test_unclosed_passage_runs_to_paragraph_end_and_carries_on() -> None:
    text = '"We will fight on.\n\n"We will never surrender."'
    passages = find_passages(text)
    assert [p.closed for p in passages] == [False, True]
    assert text[passages[0].content_start : passages[0].content_end] == "We will fight on."
    assert [p.carries_on for p in passages] == [False, True]


def test_paragraphs_skip_blank_lines() -> None:
    text = "First.\n\n  \nSecond one."
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["First.", "Second one."]
