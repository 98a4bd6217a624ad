"""Every calendar expression in an article text, with its normalised value."""

from __future__ import annotations

from datetime import date, datetime

from eventwire.models import Timex
from eventwire.time.grammar import default_grammar
from eventwire.time.normalise import (
    Prefer,
    check_expression_text,
    check_prefer,
    publication_day,
    resolve,
)


def find_timexes(text: str, published: datetime | date | None, *, prefer: Prefer = "past") -> list[Timex]:
    """The time expressions of ``text`` that can be placed on a calendar, sorted by start.

    ``start``/``end`` index ``text``. Relative expressions ("Friday", "last
    month", a date without a year) resolve against ``published``; when it is
    None they are left out and only absolute ones ("Nov. 10, 2020", "2001")
    are returned. Durations, vague words and clock times are never returned.
    """
    check_expression_text(text, "text")
    check_prefer(prefer)
    base = publication_day(published)
    timexes: list[Timex] = []
    for mention in default_grammar().mentions(text):
        resolved = resolve(mention, base, prefer)
        if resolved is None:
            continue
        value, precision = resolved
        timexes.append(Timex(text=mention.text, start=mention.start, end=mention.end, value=value, precision=precision))
    return timexes
