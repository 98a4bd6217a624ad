"""The calendar vocabulary (month names, weekdays, relative words) read from data.

The words live in ``data/lexicon.yaml`` so a new spelling or blocked name is a
data change; this module only loads, checks and indexes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import ModelError

LEXICON_PATH = Path(__file__).with_name("data") / "lexicon.yaml"


@dataclass(frozen=True, slots=True)
class FixedHoliday:
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class WeekdayHoliday:
    """A holiday on the n-th given weekday of a month (Thanksgiving)."""

    month: int
    weekday: int
    nth: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    month_numbers: dict[str, int]  # every spelling (name or abbreviation, no dot) -> 1..12
    month_names: tuple[str, ...]  # full names only
    month_abbreviations: tuple[str, ...]
    ambiguous_months: frozenset[str]
    month_cues: frozenset[str]
    weekday_numbers: dict[str, int]  # Monday -> 0
    day_parts: tuple[str, ...]
    modifiers: tuple[str, ...]
    deictic_days: dict[str, int]  # lower-cased phrase -> day offset
    units: dict[str, str]  # unit -> precision
    numbers: dict[str, int]  # lower-cased word -> count
    ordinals: dict[str, int]  # lower-cased word -> day of month
    holidays: dict[str, FixedHoliday]
    ambiguous_holidays: frozenset[str]
    holiday_cues: frozenset[str]
    weekday_holidays: dict[str, WeekdayHoliday]
    not_timexes: tuple[str, ...]
    not_year_after: frozenset[str]
    not_year_before: frozenset[str]
    duration_cues: frozenset[str]
    future_cues: frozenset[str]
    quarters: dict[str, int]  # "third" -> 3 in "the third quarter"
    not_calendar_quarters: frozenset[str]  # "fiscal": a company's quarter, not the calendar's
    seasons: dict[str, str]  # lower-cased name -> TimeML code (SP, SU, FA, WI)
    weekend_words: tuple[str, ...]  # "weekend", "week-end"
    weekend_sides: dict[str, str]  # "past" -> last in "this past weekend"
    meridiems: tuple[str, ...]  # am, a.m., PM ...
    time_zones: tuple[str, ...]  # GMT, UTC ... after a four-digit clock time
    named_times: dict[str, tuple[int, int]]  # midnight -> (0, 0)
    anaphoric_words: dict[str, int]
    comparison_cues: frozenset[str]  # "up from a year earlier": counted from the publication  # "the previous year" -> -1, "the following day" -> 1
    ahead_cues: tuple[str, ...]  # "scheduled to", "will": a clause about what is to come
    behind_cues: tuple[str, ...]  # "had been scheduled for": a past plan
    duration_hedges: tuple[str, ...]  # "around two weeks", "some 10 days"
    within_prepositions: frozenset[str]  # "killed in Tuesday's attack": the attack's time
    anchor_prepositions: frozenset[str]  # "after Friday's talks": the time orders, it does not date
    close_order_adverbs: frozenset[str]  # "soon after ... last year": a coarse time dates both
    era_prepositions: frozenset[str]  # "during the Pinochet regime": set in an era
    era_nouns: frozenset[str]
    offset_marks: dict[str, int]  # "two years after" -> +1, "a week before" -> -1
    range_starts: frozenset[str]  # "from 1998 to 2000": the start dates an event over a span
    range_ends: frozenset[str]

    def month_number(self, spelling: str) -> int:
        return self.month_numbers[spelling.rstrip(".")]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The lexicon at ``path`` (the packaged one by default), loaded once."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"time lexicon {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise ModelError(f"time lexicon {path}: expected a mapping at the top level")
    try:
        return _build(raw)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"time lexicon {path} is malformed: {exc!r}") from exc


def _build(raw: dict[str, Any]) -> Lexicon:
    month_numbers: dict[str, int] = {}
    names: list[str] = []
    abbreviations: list[str] = []
    ambiguous: set[str] = set()
    for entry in raw["months"]:
        number = int(entry["number"])
        if not 1 <= number <= 12:
            raise ValueError(f"month number {number} out of range")
        for name in entry["names"]:
            month_numbers[name] = number
            names.append(name)
            if entry.get("ambiguous"):
                ambiguous.add(name)
        for abbreviation in entry.get("abbreviations", []):
            month_numbers[abbreviation] = number
            abbreviations.append(abbreviation)
    if sorted(set(month_numbers.values())) != list(range(1, 13)):
        raise ValueError("months must cover 1..12")

    weekdays = [str(w) for w in raw["weekdays"]]
    if len(weekdays) != 7:
        raise ValueError("weekdays must list seven names, Monday first")
    weekday_numbers = {name: i for i, name in enumerate(weekdays)}

    holidays = {
        str(name): FixedHoliday(int(spec["month"]), int(spec["day"]))
        for name, spec in (raw.get("holidays") or {}).items()
    }
    weekday_holidays = {
        str(name): WeekdayHoliday(int(spec["month"]), weekday_numbers[spec["weekday"]], int(spec["nth"]))
        for name, spec in (raw.get("weekday_holidays") or {}).items()
    }
    ambiguous_holidays = frozenset(
        str(name)
        for table in ("holidays", "weekday_holidays")
        for name, spec in (raw.get(table) or {}).items()
        if spec.get("ambiguous")
    )
    return Lexicon(
        month_numbers=month_numbers,
        month_names=tuple(names),
        month_abbreviations=tuple(abbreviations),
        ambiguous_months=frozenset(ambiguous),
        month_cues=frozenset(str(w) for w in raw["month_cues"]),
        weekday_numbers=weekday_numbers,
        day_parts=tuple(str(w) for w in raw["day_parts"]),
        modifiers=tuple(str(w) for w in raw["modifiers"]),
        deictic_days={str(k).lower(): int(v) for k, v in raw["deictic_days"].items()},
        units={str(k): str(v) for k, v in raw["units"].items()},
        numbers={str(k).lower(): int(v) for k, v in raw["numbers"].items()},
        ordinals={str(k).lower(): int(v) for k, v in raw["ordinals"].items()},
        holidays=holidays,
        ambiguous_holidays=ambiguous_holidays,
        holiday_cues=frozenset(str(w) for w in raw.get("holiday_cues") or ()),
        weekday_holidays=weekday_holidays,
        not_timexes=tuple(str(w) for w in raw.get("not_timexes") or ()),
        not_year_after=frozenset(str(w) for w in raw.get("not_year_after") or ()),
        not_year_before=frozenset(str(w) for w in raw.get("not_year_before") or ()),
        duration_cues=frozenset(str(w).lower() for w in raw.get("duration_cues") or ()),
        future_cues=frozenset(str(w).lower() for w in raw.get("future_cues") or ()),
        quarters={str(k).lower(): int(v) for k, v in (raw.get("quarters") or {}).items()},
        not_calendar_quarters=frozenset(str(w).lower() for w in raw.get("not_calendar_quarters") or ()),
        seasons={str(k).lower(): str(v) for k, v in (raw.get("seasons") or {}).items()},
        weekend_words=tuple(str(w) for w in raw.get("weekend_words") or ()),
        weekend_sides={str(k).lower(): _side(v) for k, v in (raw.get("weekend_sides") or {}).items()},
        meridiems=tuple(str(w) for w in raw.get("meridiems") or ()),
        time_zones=tuple(str(w) for w in raw.get("time_zones") or ()),
        named_times={str(k).lower(): _clock_time(v) for k, v in (raw.get("named_times") or {}).items()},
        anaphoric_words={str(k).lower(): _direction(v, (-1, 0, 1)) for k, v in (raw.get("anaphoric_words") or {}).items()},
        comparison_cues=frozenset(str(w).lower() for w in raw.get("comparison_cues") or ()),
        ahead_cues=tuple(str(w).lower() for w in raw.get("ahead_cues") or ()),
        behind_cues=tuple(str(w).lower() for w in raw.get("behind_cues") or ()),
        duration_hedges=tuple(str(w) for w in raw.get("duration_hedges") or ()),
        within_prepositions=frozenset(str(w).lower() for w in raw.get("within_prepositions") or ()),
        anchor_prepositions=frozenset(str(w).lower() for w in raw.get("anchor_prepositions") or ()),
        close_order_adverbs=frozenset(str(w).lower() for w in raw.get("close_order_adverbs") or ()),
        era_prepositions=frozenset(str(w).lower() for w in raw.get("era_prepositions") or ()),
        era_nouns=frozenset(str(w).lower() for w in raw.get("era_nouns") or ()),
        offset_marks={str(k).lower(): _direction(v) for k, v in (raw.get("offset_marks") or {}).items()},
        range_starts=frozenset(str(w).lower() for w in raw.get("range_starts") or ()),
        range_ends=frozenset(str(w).lower() for w in raw.get("range_ends") or ()),
    )


def _clock_time(raw: object) -> tuple[int, int]:
    hour, minute = (int(part) for part in str(raw).split(":"))
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"clock time {raw!r} out of range")
    return hour, minute


def _side(raw: object) -> str:
    if raw not in ("last", "next"):
        raise ValueError(f"a weekend side must be last or next, got {raw!r}")
    return str(raw)


def _direction(raw: object, allowed: tuple[int, ...] = (1, -1)) -> int:
    if raw not in allowed:
        raise ValueError(f"a direction must be one of {allowed} (-1 back, 1 ahead), got {raw!r}")
    return int(raw)  # type: ignore[call-overload]
