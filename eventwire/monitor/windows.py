"""Reporting windows: the days or ISO weeks counts are kept in, and the one before.

Windows are calendar days or ISO weeks (Monday to Sunday) of the events' own dates,
not of when articles arrived: a report of Wednesday's shelling published on
Thursday counts for Wednesday, as a monitoring mission's daily report would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

WindowKind = Literal["daily", "weekly"]
WINDOW_KINDS: tuple[WindowKind, ...] = ("daily", "weekly")
_LENGTH = {"daily": 1, "weekly": 7}


@dataclass(frozen=True, slots=True, order=True)
class Window:
    start: date
    kind: WindowKind = "daily"

    @property
    def days(self) -> int:
        return _LENGTH[self.kind]

    @property
    def end(self) -> date:
        """The window's last day (inclusive)."""
        return self.start + timedelta(days=self.days - 1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def previous(self, steps: int = 1) -> Window:
        return Window(self.start - timedelta(days=self.days * steps), self.kind)

    def next(self) -> Window:
        return Window(self.start + timedelta(days=self.days), self.kind)

    def label(self) -> str:
        if self.kind == "weekly":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        return self.start.isoformat()

    def describe(self) -> str:
        """How a report names the window: "2021-03-03" or "week 2021-W09 (2021-03-01 to 2021-03-07)"."""
        if self.kind == "weekly":
            return f"week {self.label()} ({self.start.isoformat()} to {self.end.isoformat()})"
        return self.start.isoformat()

    def phrase(self) -> str:
        """The window in a sentence: "on 2021-03-03", "in week 2021-W09 (...)"."""
        return f"in {self.describe()}" if self.kind == "weekly" else f"on {self.describe()}"

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "label": self.label(), "start": self.start.isoformat(), "end": self.end.isoformat()}


def window_of(day: date, kind: WindowKind) -> Window:
    if kind == "weekly":
        return Window(day - timedelta(days=day.weekday()), "weekly")
    return Window(day, "daily")


def windows_between(first: date, last: date, kind: WindowKind) -> list[Window]:
    """Every window that holds a day from ``first`` to ``last`` (inclusive), in order."""
    windows: list[Window] = []
    window = window_of(first, kind)
    while window.start <= last:
        windows.append(window)
        window = window.next()
    return windows
