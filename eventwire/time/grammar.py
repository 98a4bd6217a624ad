"""Finding calendar expressions in text: patterns built from the lexicon.

The grammar only says where an expression is and what it literally says
("the Friday before the publication day", "27 September, no year"); turning
that into a calendar value against the publication moment is normalise.py's job.

Spans are tight: "on September 27" yields "September 27". Modifiers that keep
the precision ("early March", "late Tuesday", "Wednesday night") stay in the
span, as in TimeML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from eventwire.time.lexicon import Lexicon, load_lexicon

MentionKind = Literal[
    "date", "month", "year", "weekday", "weekend", "shift", "holiday", "decade", "season", "quarter", "clock", "anaphoric"
]
Anchor = Literal["last", "next", "this"]
Unit = Literal["day", "week", "month", "year"]

# Bare four-digit numbers count as years only in this range; older years are
# rare in news and newer ones are almost always counts.
MIN_BARE_YEAR = 1800
MAX_BARE_YEAR = 2099


@dataclass(frozen=True, slots=True)
class Mention:
    """One calendar expression found in a text, before normalisation.

    ``kind`` says which fields matter: a date has month and day (year when the
    text gives one), a month has month (and year or anchor), a weekday has
    weekday (and anchor), a weekend an anchor or none, a shift moves the publication day by ``count`` units,
    a holiday has month plus day or the n-th weekday.
    """

    start: int
    end: int
    kind: MentionKind
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    anchor: Anchor | None = None
    unit: Unit | None = None
    count: int = 0
    two_digit_year: bool = False
    season: str | None = None  # TimeML code: SP, SU, FA, WI
    hour: int | None = None
    minute: int | None = None
    counted: bool = False  # "a year earlier" (a count of units), not "the previous year"
    end_of_day: bool = False  # "midnight": the one that ends the day it is told with

    @property
    def needs_publication(self) -> bool:
        """Whether the value depends on the publication moment (or, for an anaphoric
        expression or a clock time, on another time the text tells)."""
        if self.kind in ("date", "month", "holiday", "season", "quarter"):
            return self.year is None
        return self.kind in ("weekday", "weekend", "shift", "clock", "anaphoric")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes never win."""
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


def _alt_any_case_initial(words: Iterable[str]) -> str:
    """Like alternation, but each phrase also matches with a capital first letter
    (sentence-initial "Last week", "Yesterday")."""
    return alternation(variant for word in words for variant in (word, word[:1].upper() + word[1:]))


Builder = Callable[[re.Match[str], str], "Mention | None"]


class Grammar:
    """Compiled patterns for one lexicon; ``mentions(text)`` finds every expression."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self._blocked = re.compile(alternation(lexicon.not_timexes)) if lexicon.not_timexes else None
        self._rules: list[tuple[re.Pattern[str], Builder]] = self._compile()

    # ------------------------------------------------------------------ patterns
    def _compile(self) -> list[tuple[re.Pattern[str], Builder]]:
        lex = self.lex
        month_full = alternation(lex.month_names)
        month_abbr = alternation(lex.month_abbreviations)
        month = rf"(?P<month>(?:{month_full})\b|(?:{month_abbr})\b\.?)"
        weekday_prefix = rf"(?:(?:{alternation(lex.weekday_numbers)}),?\s+)?"
        day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d{3}\b|:\d)"
        day_range = r"(?:\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d))?"
        year = r"(?P<year>1\d{3}|20\d{2}|21\d{2})(?![\d,.]\d|s\b|'s\b|’s\b)"
        year_sep = r"(?:\s*,\s*|\s+)"
        date_year_sep = r"(?:\s*,\s*|\s+(?:of\s+)?)"
        modifier = rf"(?:(?P<mod>{_alt_any_case_initial(lex.modifiers)})(?:\s+|-)(?:on\s+)?)"
        anchor = r"(?P<anchor>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)"
        part = rf"(?:\s+(?P<part>{alternation(lex.day_parts)})\b)?"
        ordinal_word = _alt_any_case_initial(lex.ordinals)
        numbers = rf"(?P<count>\d{{1,3}}|{_alt_any_case_initial(lex.numbers)})"
        units = rf"(?P<unit>{alternation(lex.units)})s?"
        # "last day" / "next day" are anaphoric, not calendar units of the publication.
        calendar_units = rf"(?P<unit>{alternation(u for u in lex.units if u != 'day')})"
        start = r"(?<![\w$£€#/.:-])"
        seasons = alternation(lex.seasons)
        meridiem = alternation(lex.meridiems)
        zones = alternation(lex.time_zones)
        named_times = alternation(lex.named_times)
        quarter_words = _alt_any_case_initial(lex.quarters)

        rules: list[tuple[str, Builder]] = [
            # Nov. 10, 2020 / Friday, August 15, 1975 / December 15-16, 2005
            (rf"{start}{weekday_prefix}{month}\s+{day}{day_range}{date_year_sep}{year}", self._date),
            # 27 September 2020 / 27th of September, 2020
            (rf"{start}{weekday_prefix}{day}{day_range}\s+(?:of\s+)?{month}{year_sep}{year}", self._date),
            # September 27 / Nov. 18-19 / September 27th / last December 17
            (rf"{start}{weekday_prefix}(?:{anchor}\s+)?{month}\s+{day}{day_range}", self._date),
            # 27 September / 27th of September
            (rf"{start}{weekday_prefix}{day}{day_range}\s+(?:of\s+)?{month}", self._date),
            # the first of May (spelled ordinal)
            (rf"(?<!\w)(?P<ordinal>{ordinal_word})\s+of\s+{month}(?:{year_sep}{year})?", self._date),
            # 2020-09-27
            (r"(?<![\w-])(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?![\w-])", self._numeric_date),
            # 9/27/2020 or 9/27/20, US order
            (
                r"(?<![\w/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})(?![\w/])",
                self._numeric_date,
            ),
            # November 1996 / Feb. 2005 / early March 2003 / November of 1996
            (rf"{start}{modifier}?{month}{year_sep}(?:of\s+)?{year}", self._month_year),
            # June last year / January of next year / October 12 last year
            (
                rf"{start}{modifier}?{month}(?:\s+{day})?\s+(?:of\s+)?{anchor}\s+year\b",
                self._month_of_relative_year,
            ),
            # November / last April / early March / mid-July
            (rf"(?<![\w-]){modifier}?(?:{anchor}\s+)?(?P<month>{month_full})\b", self._month_alone),
            # 2001 / late 2003 / mid-1990
            (rf"(?:(?<!\w){modifier}|{start}){year}", self._year),
            # Friday / last Thursday / late Tuesday / Wednesday night / early on Monday
            (
                rf"(?<![\w-]){modifier}?(?:{anchor}\s+)?(?P<weekday>{alternation(lex.weekday_numbers)})\b{part}",
                self._weekday,
            ),
            # today / yesterday afternoon / last night / earlier today
            (
                rf"(?<![\w-]){modifier}?(?P<deictic>{_alt_any_case_initial(lex.deictic_days)})\b{part}",
                self._deictic,
            ),
            # last week / next month / earlier this year / the end of the year
            (rf"(?<![\w-])(?<!the\s){modifier}?{anchor}\s+{calendar_units}\b(?!-)", self._relative_unit),
            (rf"(?<![\w-]){modifier}the\s+{calendar_units}\b(?!-)", self._relative_unit),
            # over the weekend / last weekend / this past weekend / the coming weekend
            (
                rf"(?<![\w-])(?:{anchor}\s+|[Tt]he\s+)(?:(?P<side>{alternation(lex.weekend_sides)})\s+)?"
                rf"(?:{alternation(lex.weekend_words)})\b(?!-)",
                self._weekend,
            ),
            # two days ago / three weeks ago / a year ago
            (rf"(?<![\w-]){numbers}\s+{units}\s+ago\b", self._ago),
            # in two days / two weeks from now
            (
                rf"(?<![\w-])[Ii]n\s+{numbers}\s+{units}\b"
                r"(?!'s|’s|\s+(?:ago|of|or|time|earlier|later|before|after)\b)",
                self._in_units,
            ),
            (rf"(?<![\w-]){numbers}\s+{units}\s+from\s+(?:now|today)\b", self._in_units),
            # the 1990s / the mid-1980s / the early 2000s
            (
                rf"(?<![\w-])(?:[Tt]he\s+)?{modifier}?(?P<decade>1[0-9]\d0|20\d0)s\b",
                self._decade,
            ),
            # this summer / last winter / the spring of 2003 / autumn 2005
            (
                rf"(?<![\w-])(?:(?:{anchor}|{modifier}(?:the\s+)?)\s*)?(?P<season>{seasons})(?:{year_sep}(?:of\s+)?{year})?\b",
                self._season,
            ),
            # the third quarter / third-quarter / the 1988 second quarter / the fourth quarter of 1990
            # / this year's first quarter
            (
                rf"(?<![\w-])(?:(?:[Tt]he\s+)?{year}\s+|(?P<anchor>[Ll]ast|[Nn]ext|[Tt]his)\s+year['’]s\s+|[Tt]he\s+)?"
                rf"(?P<quarter>{quarter_words})[\s-]quarter\b(?:\s+of\s+(?P<of_year>1\d{{3}}|20\d{{2}}))?",
                self._quarter,
            ),
            # 15:11 / 10:00 am / 8:00 p.m. / 6 a.m. / 0700 GMT / midnight
            (
                r"(?<![\w:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])"
                rf"(?:\s*(?P<ampm>{meridiem}))?",
                self._clock,
            ),
            (rf"(?<![\w:.])(?P<hour>1[0-2]|0?[1-9])\s*(?P<ampm>{meridiem})", self._clock),
            (rf"(?<![\w:.$])(?P<military>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:{zones})\b", self._clock),
            (rf"(?<![\w-])(?P<named>{named_times})\b", self._clock),
            # the previous year / the following day / a day before that / two weeks later
            (
                rf"(?<![\w-])(?:{modifier})?[Tt]he\s+(?P<which>{alternation(lex.anaphoric_words)})\s+"
                rf"(?P<unit>{alternation(lex.units)})\b(?![-'’])",
                self._anaphoric,
            ),
            # ("two days before" and "after" only with "that" or at a clause end: before a
            # noun they order against a happening, "two years after the war"; "earlier" and
            # "later" anywhere but in "earlier than")
            (
                rf"(?<![\w-]){numbers}\s+{units}\s+(?P<which>before|after|earlier|later)"
                r"(?:\s+that\b|(?=\s*(?:[,.;:)]|$))|(?<=earlier|..later)(?!\s+than\b))",
                self._anaphoric,
            ),
            (rf"(?<![\w-]){modifier}?that\s+(?P<unit>{alternation(lex.units)})\b(?![-'’])", self._anaphoric),
            # Christmas / New Year's Day / Thanksgiving
            (
                rf"(?<![\w-])(?P<holiday>{alternation([*lex.holidays, *lex.weekday_holidays])})(?!\w)(?:\s+{year})?",
                self._holiday,
            ),
        ]
        return [(re.compile(pattern), builder) for pattern, builder in rules]

    # ------------------------------------------------------------------ finding
    def mentions(self, text: str) -> list[Mention]:
        """Every expression in ``text``, non-overlapping, sorted by start.

        Where candidates overlap, the longest wins (then the earliest), so
        "Friday, Nov. 20" is one date and not a weekday plus a date.
        """
        blocked = [(m.start(), m.end()) for m in self._blocked.finditer(text)] if self._blocked else []
        candidates = [
            mention
            for mention in self._candidates(text)
            if not any(mention.start < b_end and b_start < mention.end for b_start, b_end in blocked)
        ]
        candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
        chosen: list[Mention] = []
        for mention in candidates:
            if all(mention.end <= other.start or other.end <= mention.start for other in chosen):
                chosen.append(mention)
        chosen.sort(key=lambda m: m.start)
        return chosen

    def _candidates(self, text: str) -> Iterator[Mention]:
        for pattern, builder in self._rules:
            for match in pattern.finditer(text):
                mention = builder(match, text)
                if mention is not None:
                    yield mention

    # ------------------------------------------------------------------ builders
    def _mention(self, match: re.Match[str], text: str, kind: MentionKind, **fields: object) -> Mention:
        start, end = match.span()
        return Mention(start=start, end=end, kind=kind, text=text[start:end], **fields)  # type: ignore[arg-type]

    def _date(self, match: re.Match[str], text: str) -> Mention | None:
        groups = match.groupdict()
        day = self.lex.ordinals[groups["ordinal"].lower()] if groups.get("ordinal") else int(groups["day"])
        year = int(groups["year"]) if groups.get("year") else None
        if year is not None and self._count_follows(text, match.end()):
            return None
        anchor = _anchor(groups.get("anchor"))
        month = self.lex.month_number(groups["month"])
        return self._mention(match, text, "date", year=year, month=month, day=day, anchor=anchor)

    def _numeric_date(self, match: re.Match[str], text: str) -> Mention | None:
        raw_year = match["year"]
        return self._mention(
            match,
            text,
            "date",
            year=int(raw_year),
            month=int(match["month"]),
            day=int(match["day"]),
            two_digit_year=len(raw_year) == 2,
        )

    def _month_year(self, match: re.Match[str], text: str) -> Mention | None:
        if self._count_follows(text, match.end()):
            return None
        return self._mention(match, text, "month", year=int(match["year"]), month=self.lex.month_number(match["month"]))

    def _month_alone(self, match: re.Match[str], text: str) -> Mention | None:
        name = match["month"]
        if name in self.lex.ambiguous_months and not (match["mod"] or match["anchor"]):
            # "May" and "March" are words too: only a cue word makes them months.
            if _word_before(text, match.start()) not in self.lex.month_cues:
                return None
        return self._mention(
            match, text, "month", month=self.lex.month_number(name), anchor=_anchor(match["anchor"])
        )

    def _month_of_relative_year(self, match: re.Match[str], text: str) -> Mention | None:
        count = {"last": -1, "next": 1, "this": 0}[_anchor(match["anchor"]) or "this"]
        month = self.lex.month_number(match["month"])
        if match["day"]:
            return self._mention(match, text, "date", month=month, day=int(match["day"]), unit="year", count=count)
        if match["month"].rstrip(".") in self.lex.month_abbreviations:
            return None
        return self._mention(match, text, "month", month=month, unit="year", count=count)

    def _year(self, match: re.Match[str], text: str) -> Mention | None:
        year = int(match["year"])
        if not MIN_BARE_YEAR <= year <= MAX_BARE_YEAR:
            return None
        if not match["mod"] and self._names_before(text, match.start()):
            return None
        if text[max(0, match.start() - 1) : match.start()] == "$":
            return None
        if self._count_follows(text, match.end()):
            return None
        return self._mention(match, text, "year", year=year)

    def _weekday(self, match: re.Match[str], text: str) -> Mention | None:
        return self._mention(
            match, text, "weekday", weekday=self.lex.weekday_numbers[match["weekday"]], anchor=_anchor(match["anchor"])
        )

    def _weekend(self, match: re.Match[str], text: str) -> Mention | None:
        side = match["side"]
        anchor = self.lex.weekend_sides[side.lower()] if side else _anchor(match["anchor"])
        return self._mention(match, text, "weekend", anchor=anchor)

    def _deictic(self, match: re.Match[str], text: str) -> Mention | None:
        offset = self.lex.deictic_days[match["deictic"].lower()]
        return self._mention(match, text, "shift", unit="day", count=offset)

    def _relative_unit(self, match: re.Match[str], text: str) -> Mention | None:
        anchor = _anchor(match["anchor"]) if match.groupdict().get("anchor") else "this"
        count = {"last": -1, "next": 1, "this": 0}[anchor or "this"]
        return self._mention(match, text, "shift", unit=match["unit"], count=count, anchor=anchor)

    def _ago(self, match: re.Match[str], text: str) -> Mention | None:
        return self._mention(match, text, "shift", unit=match["unit"], count=-self._count(match["count"]))

    def _in_units(self, match: re.Match[str], text: str) -> Mention | None:
        # "in two days" is a future day only where the clause speaks of the future
        # and does not count or compare over a span ("the third attack in three days").
        if not match.group(0).lower().startswith("in "):
            return self._mention(match, text, "shift", unit=match["unit"], count=self._count(match["count"]))
        sentence = re.split(r"[.!?\n]", text[max(0, match.start() - 200) : match.start()])[-1]
        words = re.findall(r"[\w'-]+", sentence.lower())
        if any(w in self.lex.duration_cues or w in self.lex.ordinals for w in words):
            return None
        if not any(w in self.lex.future_cues or w.endswith("'ll") for w in words):
            return None
        return self._mention(match, text, "shift", unit=match["unit"], count=self._count(match["count"]))

    def _holiday(self, match: re.Match[str], text: str) -> Mention | None:
        name = match["holiday"]
        year = int(match["year"]) if match["year"] else None
        if name in self.lex.ambiguous_holidays and year is None:
            if _word_before(text, match.start()) not in self.lex.holiday_cues:
                return None
        if name in self.lex.holidays:
            fixed = self.lex.holidays[name]
            return self._mention(match, text, "holiday", year=year, month=fixed.month, day=fixed.day)
        moving = self.lex.weekday_holidays[name]
        return self._mention(
            match, text, "holiday", year=year, month=moving.month, weekday=moving.weekday, nth=moving.nth
        )

    def _decade(self, match: re.Match[str], text: str) -> Mention | None:
        return self._mention(match, text, "decade", year=int(match["decade"]))

    def _season(self, match: re.Match[str], text: str) -> Mention | None:
        year = int(match["year"]) if match["year"] else None
        anchor = _anchor(match["anchor"])
        if year is None and anchor is None:
            return None  # "in the summer", "fall": which one, or a verb
        return self._mention(
            match, text, "season", season=self.lex.seasons[match["season"].lower()], year=year, anchor=anchor
        )

    def _quarter(self, match: re.Match[str], text: str) -> Mention | None:
        if _word_before(text, match.start()).lower().rstrip("-") in self.lex.not_calendar_quarters:
            return None  # "the fiscal first quarter" need not be January to March
        raw_year = match["year"] or match["of_year"]
        nth = self.lex.quarters[match["quarter"].lower()]
        anchor = _anchor(match["anchor"])
        if anchor is not None:
            count = {"last": -1, "next": 1, "this": 0}[anchor]
            return self._mention(match, text, "quarter", nth=nth, unit="year", count=count)
        return self._mention(match, text, "quarter", nth=nth, year=int(raw_year) if raw_year else None)

    def _clock(self, match: re.Match[str], text: str) -> Mention | None:
        groups = match.groupdict()
        if groups.get("named"):
            hour, minute = self.lex.named_times[groups["named"].lower()]
            if (hour, minute) == (0, 0):
                return self._mention(match, text, "clock", hour=0, minute=0, end_of_day=True)
        elif groups.get("military"):
            hour, minute = int(groups["military"]), int(groups["minute"])
        else:
            hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
            meridiem = (groups.get("ampm") or "").lower().replace(".", "")
            if meridiem and not 1 <= hour <= 12:
                return None
            if meridiem == "pm" and hour != 12:
                hour += 12
            elif meridiem == "am" and hour == 12:
                hour = 0
        return self._mention(match, text, "clock", hour=hour, minute=minute)

    def _anaphoric(self, match: re.Match[str], text: str) -> Mention | None:
        groups = match.groupdict()
        which = (groups.get("which") or "").lower()
        count = self._count(groups["count"]) if groups.get("count") else (1 if which else 0)
        direction = self.lex.anaphoric_words.get(which, 0) if which not in ("before", "after", "earlier", "later") else (
            -1 if which in ("before", "earlier") else 1
        )
        return self._mention(
            match, text, "anaphoric", unit=groups["unit"].lower(), count=direction * count,
            counted=bool(groups.get("count")),
        )

    # ------------------------------------------------------------------ helpers
    def _count(self, raw: str) -> int:
        return int(raw) if raw.isdigit() else self.lex.numbers[raw.lower()]

    def _names_before(self, text: str, start: int) -> bool:
        """Whether the word before a bare year makes it a number or part of a name.

        "Resolution 1973", "$1990" and "about 2000" are numbers; a capitalised
        word mid-sentence ("exercise Friendship 2006", "Windows 2000") makes a name.
        """
        word = _word_before(text, start)
        if word in self.lex.not_year_after:
            return True
        if not word[:1].isupper() or word.endswith(("'s", "’s")) or word in self.lex.month_cues:
            return False
        if word.rstrip(".") in self.lex.month_numbers or word in self.lex.weekday_numbers:
            return False
        found = re.search(r"(\S+)\s+$", text[max(0, start - 60) : start])
        preceding = text[max(0, start - 60) : start - len(found.group(0))].rstrip() if found else ""
        # A capitalised word that opens a sentence says nothing ("Since 2001, ...").
        return bool(preceding) and preceding[-1] not in ".!?:"

    def _count_follows(self, text: str, end: int) -> bool:
        """Whether the number just matched is a count or a clock time ("2000 people", "1500 GMT")."""
        return _word_after(text, end) in self.lex.not_year_before


def _anchor(raw: str | None) -> Anchor | None:
    if not raw:
        return None
    word = raw.lower()
    return "next" if word == "coming" else word  # type: ignore[return-value]


def _word_before(text: str, start: int) -> str:
    found = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    return found.group(1).strip("\"'“”(,;:") if found else ""


def _word_after(text: str, end: int) -> str:
    found = re.match(r"\s*([^\s,;:)\"]+)", text[end : end + 40])
    if not found:
        return ""
    word = found.group(1)
    return word if word in ("a.m.", "p.m.", "GMT.", "No.") else word.rstrip(".")


@lru_cache(maxsize=1)
def default_grammar() -> Grammar:
    """The grammar built from the packaged lexicon, compiled once per process."""
    return Grammar(load_lexicon())
