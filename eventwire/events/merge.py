"""One event per happening within an article: repeated mentions merge into one
event that keeps every evidence span."""

from __future__ import annotations

from eventwire.models import Event, Participant


def _countries(participants: list[Participant]) -> frozenset[str]:
    return frozenset(p.country for p in participants if p.country not in ("", "UNK"))


def _names(participants: list[Participant]) -> frozenset[str]:
    return frozenset((p.actor_id or p.name).lower() for p in participants)


def _dates_agree(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return a.date == b.date
    shorter = min(len(a.date), len(b.date))
    return a.date[:shorter] == b.date[:shorter]


def same_happening(a: Event, b: Event) -> bool:
    """Same type and status, the same parties (by name or, failing that, by country), compatible dates."""
    if a.type != b.type or a.status != b.status or not _dates_agree(a, b):
        return False
    parties_a = a.actors + a.recipients
    parties_b = b.actors + b.recipients
    if _names(parties_a) == _names(parties_b):
        return True
    countries_a, countries_b = _countries(parties_a), _countries(parties_b)
    return bool(countries_a) and countries_a == countries_b and _countries(a.actors) == _countries(b.actors)


def merge_within_article(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for event in events:
        target = next((kept for kept in merged if same_happening(kept, event)), None)
        if target is None:
            merged.append(event)
            continue
        target.mentions.append(event.evidence)
        target.confidence = round(min(0.99, max(target.confidence, event.confidence) + 0.05), 2)
        if target.date_precision == "unknown" or (event.date_source == "timex" and target.date_source != "timex"):
            target.date, target.date_precision, target.date_source = event.date, event.date_precision, event.date_source
        if not target.location.name and event.location.name:
            target.location = event.location
        target.why += f"; merged with the mention at {event.evidence.start}"
    return merged
