"""Tallies and alerts.

A Tally is one subject's count in one reporting window, set against the window
before (or a baseline), broken down by party, area or type, every count linked to
its incidents. An Alert is a tally a rule fires on. Its id comes from the rule,
the subject and the window only, so evaluating the same store twice gives the same
ids; its fingerprint changes when its content does (a late report adds an
incident), which is how delivery tells a repeat from an update.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.monitor.incidents import Incident
from eventwire.monitor.windows import Window


@dataclass(frozen=True, slots=True)
class Count:
    """How many incidents share one value of a dimension (party, area, type ...)."""

    dimension: str
    value: str
    count: int
    previous: int = 0
    event_ids: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"dimension": self.dimension, "value": self.value, "count": self.count, "previous": self.previous,
                "change": self.count - self.previous, "event_ids": list(self.event_ids), "doc_ids": list(self.doc_ids)}


@dataclass(frozen=True, slots=True)
class Tally:
    rule: str
    kind: str  # the rule's kind: ceasefire, surge, watch, new_actor
    subject: str  # what is counted: "ARM-AZE", "country:NGA", the watch rule's name ...
    window: Window
    incidents: tuple[Incident, ...]
    previous: int = 0  # the count in the window before
    baseline: float | None = None  # surge: the mean of the windows before
    counts: tuple[Count, ...] = ()
    fired: bool = False
    title: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.incidents)


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    rule: str
    kind: str
    subject: str
    title: str
    window: Window
    count: int
    previous: int
    baseline: float | None
    counts: tuple[Count, ...]
    incidents: tuple[Incident, ...]
    details: dict[str, Any]

    @classmethod
    def from_tally(cls, tally: Tally) -> Alert:
        return cls(
            id=alert_id(tally.rule, tally.subject, tally.window), rule=tally.rule, kind=tally.kind, subject=tally.subject,
            title=tally.title, window=tally.window, count=tally.count, previous=tally.previous, baseline=tally.baseline,
            counts=tally.counts, incidents=tally.incidents, details=tally.details,
        )

    @property
    def event_ids(self) -> list[str]:
        return [event_id for incident in self.incidents for event_id in incident.event_ids]

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(doc_id for incident in self.incidents for doc_id in incident.doc_ids))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "kind": self.kind,
            "subject": self.subject,
            "title": self.title,
            "window": self.window.to_dict(),
            "count": self.count,
            "previous": self.previous,
            "change": self.count - self.previous,
            "baseline": self.baseline,
            "counts": [count.to_dict() for count in self.counts],
            "event_ids": self.event_ids,
            "doc_ids": self.doc_ids,
            "incidents": [incident.to_dict() for incident in self.incidents],
            "details": self.details,
            "fingerprint": self.fingerprint(),
        }

    def fingerprint(self) -> str:
        """A hash of everything the alert says; equal fingerprints mean nothing new to deliver."""
        content = {
            "id": self.id, "title": self.title, "count": self.count, "previous": self.previous, "baseline": self.baseline,
            "counts": [c.to_dict() for c in self.counts], "incidents": [i.to_dict() for i in self.incidents], "details": self.details,
        }
        return _digest(json.dumps(content, sort_keys=True, ensure_ascii=False, default=str))[:16]


def alert_id(rule: str, subject: str, window: Window) -> str:
    return "al-" + _digest(f"{rule}\x1f{subject}\x1f{window.kind}\x1f{window.start.isoformat()}")[:16]


def breakdown(
    dimension: str, incidents: Sequence[Incident], previous: Sequence[Incident], values: Callable[[Incident], Iterable[str]]
) -> tuple[Count, ...]:
    """Counts per value of ``dimension`` (an incident may give several values), set
    against the previous window's; values absent now but present before are kept (at 0)."""
    now: dict[str, list[Incident]] = defaultdict(list)
    before: dict[str, int] = defaultdict(int)
    for incident in incidents:
        for value in dict.fromkeys(values(incident)):
            now[value].append(incident)
    for incident in previous:
        for value in dict.fromkeys(values(incident)):
            before[value] += 1
    counts = [
        Count(
            dimension=dimension, value=value, count=len(now.get(value, [])), previous=before.get(value, 0),
            event_ids=tuple(e for i in now.get(value, []) for e in i.event_ids),
            doc_ids=tuple(dict.fromkeys(d for i in now.get(value, []) for d in i.doc_ids)),
        )
        for value in sorted(set(now) | set(before))
    ]
    return tuple(sorted(counts, key=lambda c: (-c.count, -c.previous, c.value)))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
