"""Spans of time ("six weeks", "a three-day visit", "around two years"): lengths, not dates.

A duration never becomes a time expression or an event date of its own; it is
read only where it moves a date ("two years after the war", see
eventwire/events/dating.py) or to tell a length apart from a calendar date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.time.grammar import alternation
from eventwire.time.lexicon import load_lexicon
from eventwire.time.normalise import check_expression_text


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time: ``count`` calendar ``unit``s (day, week, month, year)."""

    count: int
    unit: str
    start: int = -1  # where it stands in the text it was found in, when found in one
    end: int = -1


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lex = load_lexicon()
    hedges = alternation(lex.duration_hedges)
    numbers = alternation(lex.numbers)
    units = alternation(lex.units)
    # "two years", "some 10 days", "a three-day visit", "six-month", "about a week"
    return re.compile(
        rf"(?<![\w-])(?:(?:{hedges})\s+)?(?P<count>\d{{1,3}}|{numbers})(?:\s+|-)(?P<unit>{units})s?(?![\w])",
        flags=re.IGNORECASE,
    )


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else load_lexicon().numbers[raw.lower()]


def parse_duration(words: str) -> Duration | None:
    """The duration ``words`` say, when they are nothing but one ("around two weeks").

    ``parse_duration("two years")`` gives ``Duration(2, "year", 0, 9)``; words that
    say more than a length ("two years ago", "the war") give None.
    """
    check_expression_text(words, "words")
    found = _pattern().fullmatch(words.strip())
    if found is None:
        return None
    return Duration(_count(found["count"]), found["unit"].lower(), 0, len(words.strip()))


def find_durations(text: str) -> list[Duration]:
    """Every length of time in ``text`` ("for six weeks", "a three-day visit"), by start.

    These are what ``find_timexes`` leaves out: a span of time is no calendar date.
    A span followed by "ago" or "from now" is a date, not a length, and is skipped.
    """
    check_expression_text(text, "text")
    found: list[Duration] = []
    for match in _pattern().finditer(text):
        after = text[match.end() : match.end() + 12].lower()
        if re.match(r"\s+(?:ago|from now|earlier|later)\b", after):
            continue
        found.append(Duration(_count(match["count"]), match["unit"].lower(), match.start(), match.end()))
    return found
