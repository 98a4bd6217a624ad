"""What to select: the filters every read takes, checked on construction, and the
SQL conditions they mean on event mentions and on merged events.

Mentions are rows of ``events`` (alias ``e``, joined to ``articles`` as ``a``);
merged events are rows of ``merged_events`` (alias ``m``). A merged event matches
a participant, source or article filter when any of its reports does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from eventwire.errors import StoreError
from eventwire.store.dates import date_interval

Level = Literal["mention", "merged"]
STATUSES = ("asserted", "future", "hypothetical", "negated")
EARTH_RADIUS_KM = 6371.0088
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{3}$")
_DYAD = re.compile(r"^([A-Za-z]{3}|\*)-([A-Za-z]{3}|\*)$")


def _check_country(value: str | None, name: str) -> None:
    if value is not None and not _COUNTRY_CODE.match(value):
        raise StoreError(f"{name} filter {value!r}: expected a 3-letter code such as RUS, IGO or UNK")


def _check_date(value: str | date | None, name: str) -> None:
    if value is None or isinstance(value, date):
        return
    if date_interval(value) is None:
        raise StoreError(f"{name} filter {value!r}: expected an ISO date such as 2021-01-18, 2021-01 or 2021")


def check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0:
        raise StoreError(f"limit {limit}: expected 0 or more (or no limit)")
    if offset < 0:
        raise StoreError(f"offset {offset}: expected 0 or more")


def first_day(value: str | date) -> date:
    """date_from "2021-01" means from 1 January; dates are whole days."""
    if isinstance(value, date):
        return value
    interval = date_interval(value)
    assert interval is not None  # checked when the filter was built
    return interval[0]


def last_day(value: str | date) -> date:
    """date_to "2021-01" means up to 31 January."""
    if isinstance(value, date):
        return value
    interval = date_interval(value)
    assert interval is not None
    return interval[1]


def parse_dyad(value: str) -> tuple[str | None, str | None]:
    """"RUS-UKR" -> ("RUS", "UKR"); "*" on a side means any country."""
    match = _DYAD.match(value.strip())
    if not match:
        raise StoreError(f"dyad filter {value!r}: expected ACTOR-RECIPIENT country codes such as RUS-UKR, RUS-* or *-UKR")
    actor, recipient = match[1].upper(), match[2].upper()
    return (None if actor == "*" else actor), (None if recipient == "*" else recipient)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return. Every field narrows; None means "any".

    ``date_from``/``date_to`` select events whose date *may* fall in the range:
    an event dated "2021-01" matches date_from="2021-01-15" (its month overlaps),
    an event with no date matches no date range. ``near`` (lat, lon) keeps
    events placed within ``radius_km``; events placed only to a country never match.
    """

    country: str | None = None  # ISO3 of any actor or recipient
    dyad: str | None = None  # "RUS-UKR": actor country - recipient country (see records.dyad); "*" = any
    actor: str | None = None  # case-insensitive substring of any participant's name
    type: str | None = None  # PLOVER type, any case
    mode: str | None = None
    context: str | None = None  # one of the event's contexts
    quad: int | None = None  # 1-4
    status: str = "asserted"  # or "any"
    min_confidence: float | None = None
    date_from: str | date | None = None
    date_to: str | date | None = None
    near: tuple[float, float] | None = None  # (lat, lon) in degrees
    radius_km: float = 50.0
    source: str | None = None  # case-insensitive substring of the publisher (docs/columns.md)
    doc_id: str | None = None
    limit: int | None = 1000
    offset: int = 0

    def __post_init__(self) -> None:
        _check_country(self.country, "country")
        if self.dyad is not None:
            parse_dyad(self.dyad)
        if self.status != "any" and self.status not in STATUSES:
            raise StoreError(f"status filter {self.status!r}: expected one of {', '.join(STATUSES)} or any")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise StoreError(f"quad filter {self.quad!r}: expected 1, 2, 3 or 4")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise StoreError(f"min_confidence filter {self.min_confidence!r}: expected a number from 0 to 1")
        if self.near is not None:
            lat, lon = self.near
            if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
                raise StoreError(f"near filter {self.near!r}: expected (latitude -90..90, longitude -180..180)")
        if not self.radius_km > 0:
            raise StoreError(f"radius {self.radius_km!r} km: expected more than 0")
        _check_date(self.date_from, "date_from")
        _check_date(self.date_to, "date_to")
        check_page(self.limit, self.offset)


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    speaker: str | None = None  # case-insensitive substring of the resolved speaker
    country: str | None = None  # the speaker's ISO3
    doc_id: str | None = None
    limit: int | None = 1000
    offset: int = 0

    def __post_init__(self) -> None:
        _check_country(self.country, "country")
        check_page(self.limit, self.offset)


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    doc_id: str | None = None
    source: str | None = None  # case-insensitive substring of the source name
    date_from: str | date | None = None  # on the publication date
    date_to: str | date | None = None
    limit: int | None = 1000
    offset: int = 0

    def __post_init__(self) -> None:
        _check_date(self.date_from, "date_from")
        _check_date(self.date_to, "date_to")
        check_page(self.limit, self.offset)


def event_conditions(filter: EventFilter, level: Level) -> tuple[list[str], list[Any]]:
    """SQL conditions (joined with AND) and their parameters for ``filter`` at ``level``."""
    x = "e" if level == "mention" else "m"
    where: list[str] = []
    params: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        where.append(clause)
        params.extend(values)

    if filter.country is not None:
        if level == "mention":
            add("EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND p.country = ?)", filter.country.upper())
        else:
            add("list_contains(m.countries, ?)", filter.country.upper())
    if filter.dyad is not None:
        actor, recipient = parse_dyad(filter.dyad)
        if actor is not None:
            add(f"{x}.actor_country = ?", actor)
        if recipient is not None:
            add(f"{x}.recipient_country = ?", recipient)
    if filter.actor is not None:
        named = "contains(lower(p.name), lower(?))"
        if level == "mention":
            add(f"EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.id AND {named})", filter.actor)
        else:
            add(_any_report("participants p ON p.event_id = mm.event_id", named), filter.actor)
    if filter.type is not None:
        add(f"{x}.type = ?", filter.type.upper())
    if filter.mode is not None:
        add(f"lower({x}.mode) = lower(?)", filter.mode)
    if filter.context is not None:
        add(f"list_contains({x}.contexts, lower(?))", filter.context)
    if filter.quad is not None:
        add(f"{x}.quad = ?", filter.quad)
    if filter.status != "any":
        add(f"{x}.status = ?", filter.status)
    if filter.min_confidence is not None:
        add(f"{x}.confidence >= ?", filter.min_confidence)
    if filter.date_from is not None:
        add(f"{x}.date_end >= ?", first_day(filter.date_from))
    if filter.date_to is not None:
        add(f"{x}.date_start <= ?", last_day(filter.date_to))
    if filter.near is not None:
        lat, lon = filter.near
        add(
            f"{x}.location_precision <> 'country' AND {_haversine(x)} <= ?",
            lat, lat, lon, filter.radius_km,
        )
    if filter.source is not None:
        published_by = "contains(lower(ew_publisher(a.source, a.dateline, a.url)), lower(?))"
        if level == "mention":
            add(published_by, filter.source)
        else:
            add(_any_report("articles a ON a.doc_id = mm.doc_id", published_by), filter.source)
    if filter.doc_id is not None:
        add("e.doc_id = ?" if level == "mention" else "list_contains(m.doc_ids, ?)", filter.doc_id)
    return where, params


def _any_report(joined: str, condition: str) -> str:
    """A condition that any report of a merged event meets; ``joined``: a table joined to its members."""
    return (
        f"EXISTS (SELECT 1 FROM merged_members mm JOIN {joined}"
        f" WHERE mm.merged_id = m.id AND {condition})"
    )


def _haversine(x: str) -> str:
    """Great-circle km from the event to (?, ?, ?) = (lat, lat, lon)."""
    return (
        f"2 * {EARTH_RADIUS_KM} * asin(sqrt(pow(sin(radians({x}.location_lat - ?) / 2), 2)"
        f" + cos(radians(?)) * cos(radians({x}.location_lat))"
        f" * pow(sin(radians({x}.location_lon - ?) / 2), 2)))"
    )
