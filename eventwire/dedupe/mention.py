"""One report of an event as merging sees it: what it is, who, when, where, in which words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Date precisions narrow enough to tell one happening from the next; mentions
# dated only to a year, or not at all, stay events of their own.
MERGEABLE_PRECISIONS = frozenset({"day", "week", "month"})


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    doc_id: str
    order: tuple[int, int]  # (when its article was first stored, position): the anchor is the lowest
    publisher: str
    type: str
    status: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    countries: frozenset[str]  # known countries of all parties (not "", not UNK)
    actor_ids: frozenset[str]  # knowledge-base ids of the parties
    location_country: str
    lat: float | None
    lon: float | None
    location_precision: str
    text: str  # the evidence and every further span stating it

    @property
    def mergeable(self) -> bool:
        return (
            self.date_start is not None
            and self.date_end is not None
            and self.date_precision in MERGEABLE_PRECISIONS
        )

    @property
    def pinpointed(self) -> bool:
        """Coordinates that stand for the place itself, not a country's centroid."""
        return self.lat is not None and self.lon is not None and self.location_precision in ("point", "admin1")
