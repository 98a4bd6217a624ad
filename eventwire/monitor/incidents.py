"""Incidents: what the monitor counts, read from the store through this one adapter.

An incident is one happening: the store's event mentions grouped by their merged
event (several articles reporting one shelling count once), each keeping every
report's sentence and article. All store access of the monitor goes through
``read_incidents`` and ``article_links``, so switching to other store queries is a
change here only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from eventwire.monitor.areas import Spot
from eventwire.store import queries
from eventwire.store.dates import date_interval
from eventwire.store.filters import ArticleFilter, EventFilter

UNKNOWN_COUNTRIES = frozenset({"", "UNK"})


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    country: str = "UNK"
    sector: str = ""
    actor_id: str = ""

    @property
    def identity(self) -> str:
        """Who the party is across articles: the knowledge-base id, else country and name."""
        return self.actor_id or f"{self.country}:{' '.join(self.name.lower().split())}"


@dataclass(frozen=True, slots=True)
class Report:
    """One article's account of an incident."""

    event_id: str
    doc_id: str
    evidence: str
    headline: str = ""
    publisher: str = ""
    published: str = ""


@dataclass(frozen=True, slots=True)
class Incident:
    id: str  # the merged event's id, else the (only) mention's
    type: str
    mode: str = ""
    contexts: tuple[str, ...] = ()
    date: str = ""
    day: date | None = None  # set only when the date is a whole day
    period: tuple[date, date] | None = None  # the first and last day the date may mean ("2020-11": all November)
    actors: tuple[Party, ...] = ()
    recipients: tuple[Party, ...] = ()
    spot: Spot = field(default_factory=Spot)
    reports: tuple[Report, ...] = ()

    @property
    def event_ids(self) -> list[str]:
        return [report.event_id for report in self.reports]

    @property
    def doc_ids(self) -> list[str]:
        return list(dict.fromkeys(report.doc_id for report in self.reports))

    @property
    def actor_countries(self) -> set[str]:
        return {p.country for p in self.actors if p.country not in UNKNOWN_COUNTRIES}

    @property
    def recipient_countries(self) -> set[str]:
        return {p.country for p in self.recipients if p.country not in UNKNOWN_COUNTRIES}

    @property
    def countries(self) -> set[str]:
        return self.actor_countries | self.recipient_countries

    def matches(self, type_name: str, qualifier: str = "") -> bool:
        """Type, and when given a mode or context of it ("RETREAT", "ceasefire")."""
        return self.type == type_name and (not qualifier or qualifier == self.mode or qualifier in self.contexts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "date": self.date,
            "actors": [_party_dict(p) for p in self.actors],
            "recipients": [_party_dict(p) for p in self.recipients],
            "location": {"name": self.spot.name, "country": self.spot.country, "lat": self.spot.lat,
                         "lon": self.spot.lon, "precision": self.spot.precision},
            "event_ids": self.event_ids,
            "doc_ids": self.doc_ids,
            "evidence": [
                {"event_id": r.event_id, "doc_id": r.doc_id, "text": r.evidence, "headline": r.headline,
                 "publisher": r.publisher, "published": r.published}
                for r in self.reports
            ],
        }


@dataclass(frozen=True, slots=True)
class ArticleLink:
    doc_id: str
    headline: str = ""
    url: str = ""
    publisher: str = ""
    published: str = ""


def read_incidents(
    con: duckdb.DuckDBPyConnection, types: Iterable[str] | None = None, date_from: date | None = None
) -> list[Incident]:
    """Asserted incidents of ``types`` (all types for None) that may fall on or after
    ``date_from``, oldest first (ties by id, so every run sees the same order)."""
    wanted = sorted(set(types)) if types is not None else [None]
    rows: list[dict[str, Any]] = []
    for type_name in wanted:
        rows.extend(queries.events(con, EventFilter(type=type_name, status="asserted", date_from=date_from, limit=None)))
    return incidents_from_rows(rows)


def incidents_from_rows(rows: Sequence[dict[str, Any]]) -> list[Incident]:
    """Group event rows (as ``queries.events`` returns them) into incidents."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row.get("merged_id") or row["id"]].append(row)
    incidents = [_incident(key, members) for key, members in groups.items()]
    return sorted(incidents, key=lambda i: (i.day or date.max, i.date, i.id))


def article_links(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> dict[str, ArticleLink]:
    """Headline, URL and publisher of each stored article among ``doc_ids``."""
    links: dict[str, ArticleLink] = {}
    for doc_id in sorted(set(doc_ids)):
        for row in queries.articles(con, ArticleFilter(doc_id=doc_id, limit=1)):
            links[doc_id] = ArticleLink(
                doc_id=doc_id, headline=row.get("headline") or "", url=row.get("url") or "",
                publisher=row.get("source") or "", published=row.get("published") or "",
            )
    return links


def _incident(key: str, members: list[dict[str, Any]]) -> Incident:
    # The earliest report speaks for the incident; every report's sentence is kept.
    members = sorted(members, key=lambda r: (str(r.get("published") or ""), r["doc_id"], r["id"]))
    first = members[0]
    return Incident(
        id=key,
        type=first["type"],
        mode=first.get("mode") or "",
        contexts=tuple(first.get("contexts") or ()),
        date=first.get("date") or "",
        day=_whole_day(first.get("date") or "", first.get("date_precision") or ""),
        period=date_interval(first.get("date") or ""),
        actors=tuple(_party(p) for p in first.get("actors") or ()),
        recipients=tuple(_party(p) for p in first.get("recipients") or ()),
        spot=Spot(
            name=first.get("location_name") or "", country=first.get("location_country") or "",
            lat=first.get("location_lat"), lon=first.get("location_lon"), precision=first.get("location_precision") or "",
        ),
        reports=tuple(
            Report(event_id=r["id"], doc_id=r["doc_id"], evidence=r.get("evidence") or "", headline=r.get("headline") or "",
                   publisher=r.get("publisher") or "", published=str(r.get("published") or ""))
            for r in members
        ),
    )


def _whole_day(value: str, precision: str) -> date | None:
    if precision != "day" or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _party(row: dict[str, Any]) -> Party:
    return Party(name=row.get("name") or "", country=row.get("country") or "UNK", sector=row.get("sector") or "",
                 actor_id=row.get("actor_id") or "")


def _party_dict(party: Party) -> dict[str, str]:
    return {"name": party.name, "country": party.country, "sector": party.sector, "actor_id": party.actor_id}
