"""Publication dates written the ways news pages write them, normalised to ISO 8601.

English month and weekday names come from the standard library's calendar
tables (the C locale), so no language table is repeated here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9
_MONTH = "(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = "|".join(
    sorted({*(d.lower() for d in calendar.day_name), *(d.lower() for d in calendar.day_abbr)}, key=len, reverse=True)
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_TIME_ISO = r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"

# Each pattern finds a full calendar date (day, month and year).
_DATE_PATTERNS = [
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)" + _TIME_ISO),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?P<d>\d{{1,2}}){_ORDINAL}\s*,?\s*(?P<y>\d{{4}})(?!\d)", re.IGNORECASE),
    # 18.01.2021 and 18-01-2021 are day-first wherever they are written.
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
    # 01/18/2021 is month-first (US) unless the first number cannot be a month.
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?!\d)"),
]
_TIME = re.compile(
    r"(?<![\d:.])(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?!\d)\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"|(?<![\d:.])(?P<H2>\d{1,2})\s*(?P<ampm2>[ap]\.?\s?m\b\.?)",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"[\d\s./:TZ+-]+")
# Month and day without a year, as wire datelines write them ("MOSCOW, Jan 18 (Reuters)").
MONTH_DAY = rf"{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?:\s*,\s*\d{{4}})?"


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date (and time, when one stands beside it) found in a line."""

    iso: str  # "2021-01-18" or "2021-01-18T15:11:00"
    date_span: tuple[int, int]
    time_span: tuple[int, int] | None

    @property
    def has_time(self) -> bool:
        return self.time_span is not None

    @property
    def end(self) -> int:
        return max(self.date_span[1], self.time_span[1] if self.time_span else 0)

    @property
    def start(self) -> int:
        return min(self.date_span[0], self.time_span[0] if self.time_span else self.date_span[0])


def find_date(line: str) -> DateMatch | None:
    """The first full date in ``line``, with a clock time found elsewhere in the line."""
    best: tuple[int, int, date, datetime | None, str] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            day = _calendar_date(match)
            if day is None:
                continue
            moment = _iso_time(match, day)
            candidate = (match.start(), -match.end(), day, moment, match.group(0))
            if best is None or candidate[:2] < best[:2]:
                best = candidate
            break
    if best is None:
        return None
    start, neg_end, day, moment, _ = best
    date_span = (start, -neg_end)
    if moment is not None:
        return DateMatch(moment.isoformat(), date_span, date_span)
    clock = _find_time(line, date_span)
    if clock is None:
        return DateMatch(day.isoformat(), date_span, None)
    (hour, minute, second), time_span = clock
    iso = datetime(day.year, day.month, day.day, hour, minute, second).isoformat()
    return DateMatch(iso, date_span, time_span)


def find_dates(line: str) -> list[DateMatch]:
    """Every full date in ``line`` ("Published 18 Jan 2021 | Updated 19 Jan 2021"), in order."""
    found: list[DateMatch] = []
    rest = line
    while (match := find_date(rest)) is not None:
        found.append(match)
        rest = text_outside(rest, match)
    return sorted(found, key=lambda match: match.start)


def normalise_published(value: object) -> str | None:
    """An ISO 8601 date or datetime for a publication date given as a string (ISO or
    a common written form) or a Unix timestamp; None when it cannot be read."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text:
        return None
    iso = _from_iso(text)
    if iso:
        return iso
    found = find_date(text)
    if found is not None and _is_mostly_date(text, found):
        return found.iso
    if _NUMERIC_DATE.fullmatch(text):
        # the strict patterns refused it ("2021-13-01", "2021-02-30"); dateparser would
        # guess another field order rather than say the date is impossible
        return None
    return _from_dateparser(text)


def _calendar_date(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        month = _MONTHS[groups["mon"].lower().rstrip(".")]
        day = int(groups["d"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
    else:
        month, day = int(groups["m"]), int(groups["d"])
    if not 1000 <= year <= 2999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso_time(match: re.Match[str], day: date) -> datetime | None:
    groups = match.groupdict()
    if not groups.get("H"):
        return None
    try:
        moment = datetime(day.year, day.month, day.day, int(groups["H"]), int(groups["M"]), int(groups["S"] or 0))
    except ValueError:
        return None
    if groups.get("tz"):
        offset = groups["tz"]
        parsed = datetime.fromisoformat(moment.isoformat() + ("+00:00" if offset == "Z" else _colon_offset(offset)))
        return parsed
    return moment


def _colon_offset(offset: str) -> str:
    return offset if ":" in offset else f"{offset[:3]}:{offset[3:]}"


def _find_time(line: str, date_span: tuple[int, int]) -> tuple[tuple[int, int, int], tuple[int, int]] | None:
    for match in _TIME.finditer(line):
        if match.start() < date_span[1] and match.end() > date_span[0]:
            continue
        hour = int(match.group("H") or match.group("H2"))
        minute = int(match.group("M") or 0)
        second = int(match.group("S") or 0)
        meridiem = (match.group("ampm") or match.group("ampm2") or "").lower()
        if meridiem:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
        if hour > 23 or minute > 59 or second > 59:
            continue
        return (hour, minute, second), (match.start(), match.end())
    return None


def _from_iso(text: str) -> str | None:
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _is_mostly_date(text: str, found: DateMatch) -> bool:
    """A published value is a date with little else around it (weekday, zone)."""
    return len(re.findall(r"[^\W\d_]+", text_outside(text, found))) <= 3


def text_outside(line: str, found: DateMatch) -> str:
    """``line`` with the date and time of ``found`` blanked out."""
    chars = list(line)
    spans = [found.date_span] + ([found.time_span] if found.time_span else [])
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _from_timestamp(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds, as JavaScript writes them
        seconds /= 1000
    if not 1e8 < seconds < 32503680000:  # 1973 to 3000: smaller numbers are years or counts, not times
        return None
    moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return moment.replace(microsecond=0).isoformat()


@lru_cache(maxsize=1)
def _dateparser():  # type: ignore[no-untyped-def]
    # Imported on first use: it costs about a second and most inputs never need it.
    import dateparser

    return dateparser


def _from_dateparser(text: str) -> str | None:
    """Other written forms (other languages, unusual orders). A full day, month
    and year is required: a bare "Monday" has no meaning without a reference date."""
    try:
        parsed = _dateparser().parse(
            text, settings={
                "REQUIRE_PARTS": ["day", "month", "year"],
                "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception:  # dateparser raises assorted internal errors on odd input
        return None
    if parsed is None:
        return None
    if _TIME.search(text):
        return parsed.replace(microsecond=0).isoformat()
    return parsed.date().isoformat()
