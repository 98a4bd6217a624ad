"""Calendar values for found expressions, TimeML style, against the publication moment.

News mostly reports what happened, so expressions that name a day, month or
date without a year resolve to the most recent such one (``prefer="past"``);
a caller who knows the sentence speaks of the future asks for ``"future"``,
and one who only knows its clause looks ahead ("is scheduled to close Monday")
asks for ``"soon"``: the coming one when it lies within ``FUTURE_HORIZON_DAYS``
(``FUTURE_HORIZON_MONTHS`` for months and quarters), else the past reading.

Two measured exceptions to "most recent": a year-less date up to
``NEAR_FUTURE_DAYS`` ahead ("talks on Nov. 20" in a paper of Nov. 2) and a
lone month name up to ``NEAR_FUTURE_MONTHS`` ahead ("elections in May" in an
April paper) stay in the coming weeks. A report rarely names, without a year,
a date or month of almost a year ago, while it often names upcoming dates:
on TimeBank/AQUAINT and the dev-articles gold these windows beat a strict
past reading (see benchmarks/timex_tbaq.py). Weekdays have no such window:
"Friday" is the latest Friday on or before the publication day.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal

import dateparser

from eventwire.errors import InputError, ModelError
from eventwire.models import Precision
from eventwire.time.grammar import Mention, default_grammar
from eventwire.time.lexicon import load_lexicon

Prefer = Literal["past", "future", "soon"]
Value = tuple[str, Precision]

# How far ahead of the publication a year-less date or a lone month name may
# lie and still be read as upcoming rather than as last year's. Measured over
# year-less dates matched in TimeBank/AQUAINT and the dev-articles gold
# (correct out of 161): 0 days 102, 14 days 127, 30 days 137, 60 days 152,
# 90 days 155, 180 days 152; lone months (out of 81): 0 months 58, 1 month 68,
# 2 months 70, 4 months 71, 6 months 65. The dev-articles alone (conflict
# wires) peak at 14-21 days and 1-3 months, so the smaller near-best windows
# are kept: the project's wires mostly report the past.
NEAR_FUTURE_DAYS = 60
NEAR_FUTURE_MONTHS = 1

# How far ahead a clause about what is to come may place a year-less date or a
# lone month ("is scheduled to close Jan. 2"); further ahead, the past reading
# stands: "Jan. 14" a day after it is not next year's, whatever the tense.
FUTURE_HORIZON_DAYS = 183
FUTURE_HORIZON_MONTHS = 6

# On a Sunday, "last week" / "this week" / "next week" count from the week that
# starts that day (news weeks start on Sunday), not from the ISO week ending.
WEEK_STARTS_SUNDAY = True

# A two-digit year ("9/27/20") is put in the century that places it no more
# than this many years after publication.
TWO_DIGIT_YEAR_SLACK = 10


def normalise(expression: str, published: datetime | date | None, *, prefer: Prefer = "past") -> Value | None:
    """The TimeML value and precision of one time expression, or None.

    ``normalise("last week", datetime(2005, 11, 3))`` gives ``("2005-W43", "week")``.
    Relative expressions need ``published``; without it only absolute ones
    ("Nov. 10, 2020", "2001") resolve. The longest expression found in
    ``expression`` is the one normalised, so "on Sunday" works like "Sunday".
    """
    check_expression_text(expression, "expression")
    base = publication_day(published)
    check_prefer(prefer)
    mentions = default_grammar().mentions(expression)
    if not mentions:
        return None
    longest = max(mentions, key=lambda m: m.end - m.start)
    return resolve(longest, base, prefer)


def depends_on_direction(expression: str) -> bool:
    """Whether an expression reads differently looking back or ahead ("Friday", "May",
    "Nov. 20"): clock times and "the previous day" count from other words instead."""
    check_expression_text(expression, "expression")
    mentions = default_grammar().mentions(expression)
    if not mentions:
        return False
    longest = max(mentions, key=lambda m: m.end - m.start)
    if longest.kind in ("clock", "anaphoric", "shift"):
        return False
    return longest.needs_publication and longest.anchor is None and longest.unit is None


def resolve(
    mention: Mention, base: date | None, prefer: Prefer = "past", *, told: Value | None = None
) -> Value | None:
    """The value of a found expression; None when it cannot be placed on the calendar.

    ``told`` is the time the text told just before the expression: a clock time
    takes its day (else the publication day), and an anaphoric expression ("the
    previous year") counts from it (else from the publication day).
    """
    if mention.kind in ("clock", "anaphoric"):
        if told is not None:
            return _resolve_from(mention, told, told_by_text=True)
        return _resolve_from(mention, _day_value(base) if base is not None else None, told_by_text=False)
    if base is None and mention.needs_publication:
        return None
    match mention.kind:
        case "date":
            return _resolve_date(mention, base, prefer)
        case "month":
            return _resolve_month(mention, base, prefer)
        case "year":
            assert mention.year is not None
            return f"{mention.year:04d}", "year"
        case "weekday":
            assert base is not None
            return _day_value(_resolve_weekday(mention, base, prefer))
        case "weekend":
            assert base is not None
            return _resolve_weekend(mention, base, prefer)
        case "shift":
            assert base is not None
            return _resolve_shift(mention, base)
        case "holiday":
            return _resolve_holiday(mention, base, prefer)
        case "decade":
            assert mention.year is not None
            return f"{mention.year // 10:03d}", "decade"  # type: ignore[return-value]
        case "season":
            return _resolve_season(mention, base)
        case "quarter":
            return _resolve_quarter(mention, base, prefer)
    return None


# ---------------------------------------------------------------------- quarters
def _resolve_quarter(mention: Mention, base: date | None, prefer: Prefer) -> Value | None:
    """"the third quarter": of the year given, else the latest one begun by the publication
    (the next one when the clause looks ahead)."""
    assert mention.nth is not None
    if mention.year is not None:
        return f"{mention.year:04d}-Q{mention.nth}", "quarter"  # type: ignore[return-value]
    assert base is not None
    if mention.unit == "year":  # "last year's fourth quarter"
        return f"{base.year + mention.count:04d}-Q{mention.nth}", "quarter"  # type: ignore[return-value]
    current = (base.month - 1) // 3 + 1
    months_ahead = ((mention.nth - current) % 4) * 3
    if prefer == "future" or (prefer == "soon" and months_ahead <= FUTURE_HORIZON_MONTHS):
        year = base.year if mention.nth >= current else base.year + 1
    else:
        year = base.year if mention.nth <= current else base.year - 1
    return f"{year:04d}-Q{mention.nth}", "quarter"  # type: ignore[return-value]


# ---------------------------------------------------------------------- told against another time
def _resolve_from(mention: Mention, told: Value | None, *, told_by_text: bool) -> Value | None:
    """A clock time on the day told beside it; "the previous year" counted from the time told."""
    if told is None:
        return None
    if mention.kind == "clock":
        assert mention.hour is not None and mention.minute is not None
        day = told[0][:10]
        if len(day) != 10:
            return None  # "2005" says no day for "8 p.m." to fall on
        if mention.end_of_day and told_by_text and told[1] != "time":
            # "signed late on Monday ... took effect at midnight": the midnight that ends
            # the day told, as TimeML's T24 of that day.
            day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        return f"{day}T{mention.hour:02d}:{mention.minute:02d}", "time"  # type: ignore[return-value]
    assert mention.unit is not None
    return shift_value(told[0][:10] if told[1] == "time" else told[0], mention.unit, mention.count)


# ---------------------------------------------------------------------- seasons
_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def _resolve_season(mention: Mention, base: date | None) -> Value | None:
    assert mention.season is not None
    if mention.year is not None:
        return f"{mention.year:04d}-{mention.season}", "season"  # type: ignore[return-value]
    assert base is not None
    now = _SEASON_ORDER[(base.month % 12) // 3]  # Dec-Feb winter, Mar-May spring, ...
    later = _SEASON_ORDER.index(mention.season) > _SEASON_ORDER.index(now)
    match mention.anchor:
        case "last":
            year = base.year if _SEASON_ORDER.index(mention.season) < _SEASON_ORDER.index(now) else base.year - 1
        case "next":
            year = base.year if later else base.year + 1
        case _:
            year = base.year
    return f"{year:04d}-{mention.season}", "season"  # type: ignore[return-value]


# ---------------------------------------------------------------------- dates
def _resolve_date(mention: Mention, base: date | None, prefer: Prefer) -> Value | None:
    assert mention.month is not None and mention.day is not None
    if mention.year is not None:
        year: int | None = _full_year(mention.year, base) if mention.two_digit_year else mention.year
    else:
        assert base is not None
        year = _year_for(mention, base, prefer)
    if year is None or not _valid_day(year, mention.month, mention.day):
        return None
    return _day_value(date(year, mention.month, mention.day))


def _year_for(mention: Mention, base: date, prefer: Prefer) -> int | None:
    """The year of a year-less date ("October 12", "last December 17", "May 5 next year")."""
    assert mention.month is not None and mention.day is not None
    month, day = mention.month, mention.day
    if mention.unit == "year":
        return base.year + mention.count
    candidates = [y for y in (base.year - 1, base.year, base.year + 1) if _valid_day(y, month, day)]
    if not candidates:
        return None
    moment = {y: date(y, month, day) for y in candidates}
    match mention.anchor:
        case "last":
            before = [y for y in candidates if moment[y] < base]
            return max(before) if before else None
        case "next":
            after = [y for y in candidates if moment[y] > base]
            return min(after) if after else None
        case "this":
            return base.year
    if prefer != "past":
        reach = timedelta(days=FUTURE_HORIZON_DAYS if prefer == "soon" else 366)
        upcoming = [y for y in candidates if base <= moment[y] <= base + reach]
        if upcoming or prefer == "future":
            return min(upcoming) if upcoming else None
    horizon = base + timedelta(days=NEAR_FUTURE_DAYS)
    recent = [y for y in candidates if moment[y] <= horizon]
    return max(recent) if recent else None


def _full_year(two_digits: int, base: date | None) -> int:
    if base is None:
        return 2000 + two_digits if two_digits < 50 else 1900 + two_digits
    year = base.year // 100 * 100 + two_digits
    return year - 100 if year > base.year + TWO_DIGIT_YEAR_SLACK else year


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------------- months
def _resolve_month(mention: Mention, base: date | None, prefer: Prefer) -> Value | None:
    assert mention.month is not None
    if mention.year is not None:
        return f"{mention.year:04d}-{mention.month:02d}", "month"
    assert base is not None
    month = mention.month
    if mention.unit == "year":  # "June last year", "January this year"
        return f"{base.year + mention.count:04d}-{month:02d}", "month"
    months_ahead = (month - base.month) % 12  # 0 for the publication month
    match mention.anchor:
        case "last":  # the most recent such month strictly before this one
            year = base.year if month < base.month else base.year - 1
        case "next":
            year = base.year if month > base.month else base.year + 1
        case "this":
            year = base.year
        case _ if prefer == "future" or (prefer == "soon" and months_ahead <= FUTURE_HORIZON_MONTHS):
            year = base.year if month >= base.month else base.year + 1
        case _ if months_ahead and months_ahead <= NEAR_FUTURE_MONTHS:
            year = base.year if month > base.month else base.year + 1
        case _:  # news prefers the past: this month or the latest one before it
            year = base.year if month <= base.month else base.year - 1
    return f"{year:04d}-{month:02d}", "month"


# ---------------------------------------------------------------------- weekdays
def _resolve_weekday(mention: Mention, base: date, prefer: Prefer) -> date:
    assert mention.weekday is not None
    back = (base.weekday() - mention.weekday) % 7  # 0 when the publication day is that weekday
    ahead = (mention.weekday - base.weekday()) % 7
    match mention.anchor:
        case "last":
            return base - timedelta(days=back or 7)
        case "next":
            return base + timedelta(days=ahead or 7)
        case _ if prefer != "past":  # a weekday ahead is always within a week
            return base + timedelta(days=ahead)
        case _:
            return base - timedelta(days=back)


# ---------------------------------------------------------------------- weekends
SATURDAY = 5
WEEKEND_SUFFIX = "-WE"


def _resolve_weekend(mention: Mention, base: date, prefer: Prefer) -> Value:
    """TimeML's "YYYY-Www-WE" for the weekend meant: one that holds the publication day
    is "the weekend" whichever way the clause looks; otherwise the last one past, or
    the coming one for a clause about what is to come."""
    on_weekend = base.weekday() >= SATURDAY
    saturday = base - timedelta(days=(base.weekday() - SATURDAY) % 7)  # this weekend's, else the last
    match mention.anchor:
        case "last" if on_weekend:
            saturday -= timedelta(days=7)
        case "next":
            saturday += timedelta(days=7)
        case "last":
            pass
        case _ if prefer != "past" and not on_weekend:
            saturday += timedelta(days=7)
    iso = saturday.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}-WE", "week"


# ---------------------------------------------------------------------- shifts
def _resolve_shift(mention: Mention, base: date) -> Value:
    assert mention.unit is not None
    precision: Precision = load_lexicon().units[mention.unit]  # type: ignore[assignment]
    if precision == "week" and mention.anchor is not None and WEEK_STARTS_SUNDAY and base.weekday() == 6:
        base = base + timedelta(days=1)
    moved = shift(base, mention.unit, mention.count)
    match precision:
        case "week":
            iso = moved.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}", "week"
        case "month":
            return f"{moved.year:04d}-{moved.month:02d}", "month"
        case "year":
            return f"{moved.year:04d}", "year"
        case _:
            return _day_value(moved)


@lru_cache(maxsize=4096)
def shift(base: date, unit: str, count: int) -> date:
    """``base`` moved by ``count`` units (negative: back), calendar-aware for months and years.

    dateparser does the arithmetic ("3 months ago" from 31 May is 28/29 February).
    """
    if count == 0:
        return base
    plural = "s" if abs(count) != 1 else ""
    phrase = f"{-count} {unit}{plural} ago" if count < 0 else f"in {count} {unit}{plural}"
    moment = dateparser.parse(
        phrase,
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime.combine(base, time(12)),
            "PREFER_DATES_FROM": "past" if count < 0 else "future",
        },
    )
    if moment is None:
        raise ModelError(f"dateparser could not compute {phrase!r} from {base.isoformat()}")
    return moment.date()


# ---------------------------------------------------------------------- values
_PRECISION_ORDER: tuple[Precision, ...] = ("day", "week", "month", "year")


def shift_value(value: str, unit: str, count: int) -> Value | None:
    """A TimeML value moved by ``count`` units ("2003" back two years is "2001").

    The result is no finer than either the value or the unit: a day moved by
    weeks is a week, a year moved by days stays a year. None for a value that
    is not a calendar value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www) or a unit
    outside day/week/month/year.
    """
    parsed = _value_middle(value)
    units: dict[str, str] = load_lexicon().units
    if parsed is None or unit not in units:
        return None
    middle, own = parsed
    precision = max(own, units[unit], key=_PRECISION_ORDER.index)  # type: ignore[arg-type]
    moved = shift(middle, unit, count)
    match precision:
        case "year":
            return f"{moved.year:04d}", "year"
        case "month":
            return f"{moved.year:04d}-{moved.month:02d}", "month"
        case "week":
            iso = moved.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}", "week"
    return _day_value(moved)


def _value_middle(value: str) -> tuple[date, Precision] | None:
    """The middle day of the period a calendar value names, and its precision; moving the
    middle keeps a period from slipping into the next one."""
    try:
        if len(value) == 4 and value.isdigit():
            return date(int(value), 7, 1), "year"
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            return date(int(value[:4]), int(value[5:]), 15), "month"
        value = value.removesuffix(WEEKEND_SUFFIX)
        if len(value) == 8 and value[4:6] == "-W":
            return date.fromisocalendar(int(value[:4]), int(value[6:]), 4), "week"
        return date.fromisoformat(value[:10]), "day"
    except ValueError:
        return None


# ---------------------------------------------------------------------- holidays
def _resolve_holiday(mention: Mention, base: date | None, prefer: Prefer) -> Value | None:
    assert mention.month is not None
    if mention.day is not None:
        if mention.year is not None:
            return _day_value(date(mention.year, mention.month, mention.day))
        assert base is not None
        year = _year_for(mention, base, prefer)
        return None if year is None else _day_value(date(year, mention.month, mention.day))
    assert mention.weekday is not None and mention.nth is not None
    if mention.year is not None:
        return _day_value(_nth_weekday(mention.year, mention.month, mention.weekday, mention.nth))
    assert base is not None
    candidates = [
        _nth_weekday(y, mention.month, mention.weekday, mention.nth) for y in (base.year - 1, base.year, base.year + 1)
    ]
    reach = base + timedelta(days=FUTURE_HORIZON_DAYS if prefer == "soon" else 366)
    if prefer != "past" and any(base <= d <= reach for d in candidates):
        return _day_value(min(d for d in candidates if d >= base))
    horizon = base + timedelta(days=NEAR_FUTURE_DAYS)
    return _day_value(max(d for d in candidates if d <= horizon))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


# ---------------------------------------------------------------------- inputs
def _day_value(day: date) -> Value:
    return day.isoformat(), "day"


def publication_day(published: object) -> date | None:
    """The calendar day of ``published``; a clear error for anything but a date, datetime or None."""
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise InputError(
        "published", f"expected a datetime (or date) or None, got {type(published).__name__} {published!r}"
    )


def check_expression_text(text: object, name: str) -> None:
    if not isinstance(text, str):
        raise InputError(name, f"expected a string, got {type(text).__name__}")


def check_prefer(prefer: object) -> None:
    if prefer not in ("past", "future", "soon"):
        raise InputError("prefer", f"must be 'past', 'future' or 'soon', got {prefer!r}")
