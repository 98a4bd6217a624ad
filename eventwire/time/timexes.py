"""Every calendar expression in an article text, with its normalised value."""

from __future__ import annotations

import re
from datetime import date, datetime

from eventwire.models import Timex
from eventwire.time.grammar import Mention, default_grammar
from eventwire.time.normalise import (
    Prefer,
    Value,
    check_expression_text,
    check_prefer,
    publication_day,
    resolve,
)
from eventwire.time.tense import looks_ahead


def find_timexes(text: str, published: datetime | date | None, *, prefer: Prefer = "past") -> list[Timex]:
    """The time expressions of ``text`` that can be placed on a calendar, sorted by start.

    ``start``/``end`` index ``text``. Relative expressions ("Friday", "last
    month", a date without a year) resolve against ``published``; when it is
    None they are left out and only absolute ones ("Nov. 10, 2020", "2001")
    are returned. Durations ("six weeks") and vague words ("recently") are never
    returned. A clock time ("8 p.m.") takes the day told beside it, else the
    paragraph's last day, else the publication day; "the previous year" and "a
    day before that" count from the time told just before them.

    ``prefer="past"`` is the news reading: a weekday, month or year-less date is
    the latest such one, unless its clause speaks of what is to come ("talks are
    scheduled to resume Monday"), when it is the coming one within a horizon
    (``"soon"``, see normalise.py); ``"future"`` reads every such expression ahead.
    """
    check_expression_text(text, "text")
    check_prefer(prefer)
    base = publication_day(published)
    grammar = default_grammar()
    mentions = grammar.mentions(text)
    values: dict[int, Value] = {}
    # Calendar expressions first; clock times and "the previous year" are then read
    # against them.
    for mention in mentions:
        if mention.kind in _TOLD_AGAINST:
            continue
        reading: Prefer = prefer
        if prefer == "past" and looks_ahead(text, mention.start):
            reading = "soon"
        resolved = resolve(mention, base, reading)
        if resolved is not None:
            values[mention.start] = resolved
    for mention in mentions:
        if mention.kind == "clock":
            told = _day_beside(mention, mentions, values, text)
        elif mention.kind == "anaphoric":
            # "sales rose from a year earlier": a comparison counts from the report's own time.
            compares = mention.counted and _word_before(text, mention.start) in grammar.lex.comparison_cues
            told = None if compares else _told_before(mention, mentions, values)
        else:
            continue
        resolved = resolve(mention, base, prefer, told=told)
        if resolved is not None:
            values[mention.start] = resolved
    found = [
        Timex(text=m.text, start=m.start, end=m.end, value=values[m.start][0], precision=values[m.start][1])
        for m in mentions
        if m.start in values
    ]
    return _join_clock_and_day(found, text)


def _join_clock_and_day(timexes: list[Timex], text: str) -> list[Timex]:
    """"10 p.m. Wednesday", "noon Thursday", "9 a.m. EST Tuesday": a clock time right
    before its day is one expression, as in TimeML; the clock already carries the day."""
    joined: list[Timex] = []
    for timex in timexes:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.precision == "time"
            and timex.precision == "day"
            and previous.value.startswith(timex.value)
            and _CLOCK_TO_DAY.fullmatch(text[previous.end : timex.start])
        ):
            joined[-1] = Timex(text[previous.start : timex.end], previous.start, timex.end, previous.value, "time")  # type: ignore[arg-type]
            continue
        joined.append(timex)
    return joined


_TOLD_AGAINST = ("clock", "anaphoric")
# What may stand between a clock time and its day: "9 a.m. EST Tuesday", "5 p.m., Nov. 6".
_CLOCK_TO_DAY = re.compile(r"\s*(?:(?:[A-Z]{2,4}|local time)\s*)?,?\s*(?:on\s+)?")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")
# A clock time takes the day of a date this close to it in the same sentence.
CLOCK_DAY_REACH = 80


def _day_beside(clock: Mention, mentions: list[Mention], values: dict[int, Value], text: str) -> Value | None:
    """The day-precision date nearest a clock time in its sentence ("at 10:00 am (0700 GMT)
    Monday", "15:11, 18 January 2021"), or None for the publication day."""
    best: tuple[int, Value] | None = None
    for other in mentions:
        value = values.get(other.start)
        if value is None or value[1] != "day" or other.kind in _TOLD_AGAINST:
            continue
        gap = other.start - clock.end if other.start >= clock.end else clock.start - other.end
        between = text[min(clock.end, other.end) : max(clock.start, other.start)]
        if gap > CLOCK_DAY_REACH or _SENTENCE_END.search(between):
            continue
        if best is None or gap < best[0]:
            best = (gap, value)
    if best is not None:
        return best[1]
    # No day in its sentence: the last day the paragraph told ("the curfew began at 8 p.m.
    # Thursday ... Gunmen attacked at about 2:30 p.m."), else the publication day.
    paragraph_start = text.rfind("\n\n", 0, clock.start)
    earlier = [
        values[m.start]
        for m in mentions
        if paragraph_start < m.start < clock.start and m.start in values and values[m.start][1] == "day"
        and m.kind not in _TOLD_AGAINST
    ]
    return earlier[-1] if earlier else None


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower() if words else ""


def _told_before(anaphoric: Mention, mentions: list[Mention], values: dict[int, Value]) -> Value | None:
    """The value of the last time expression before an anaphoric one, or None for the
    publication day ("the previous day" with nothing told before is yesterday).

    Anaphoric expressions do not chain: in "profit rose from a year earlier, and sales
    from a year earlier" both count from the period the report is about.
    """
    earlier = [m for m in mentions if m.end <= anaphoric.start and m.start in values and m.kind not in _TOLD_AGAINST]
    return values[earlier[-1].start] if earlier else None
