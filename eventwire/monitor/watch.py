"""Watch rules (a dyad, actor, type or area of interest) and new actors in an area.

A watch tally lists a window's incidents that match every condition the rule gives.
A new-actor tally lists the parties seen in the area in a window that were not seen
there before (within ``lookback_days``, or ever): on a store's first days every
party is new, so start evaluating (``--since``) after some history has built up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from eventwire.monitor.alerts import Count, Tally, breakdown
from eventwire.monitor.incidents import Incident, Party
from eventwire.monitor.rules import NewActorRule, WatchRule
from eventwire.monitor.windows import Window, window_of


def watch_matches(rule: WatchRule, incident: Incident) -> bool:
    if rule.types and incident.type not in rule.types:
        return False
    if rule.dyad is not None and not _dyad_matches(rule, incident):
        return False
    if rule.countries and not incident.countries & set(rule.countries):
        return False
    if rule.actor and not any(_named(party, rule.actor) for party in incident.actors + incident.recipients):
        return False
    return rule.area is None or rule.area.contains(incident.spot)


def watch_tallies(rule: WatchRule, incidents: Sequence[Incident], since: date | None, until: date) -> list[Tally]:
    by_window: dict[Window, list[Incident]] = defaultdict(list)
    for incident in incidents:
        if incident.day is not None and watch_matches(rule, incident):
            by_window[window_of(incident.day, rule.window)].append(incident)
    tallies: list[Tally] = []
    for window in sorted(by_window):
        if (since is not None and window.end < since) or window.start > until:
            continue
        current, previous = by_window[window], by_window.get(window.previous(), [])
        counts = breakdown("type", current, previous, lambda i: [i.type]) + breakdown("area", current, previous, lambda i: [i.spot.label()])
        title = f"Watch {rule.name}: {len(current)} matching incident{'s' if len(current) != 1 else ''} {window.phrase()} (previous {len(previous)})"
        tallies.append(Tally(rule=rule.name, kind="watch", subject=rule.name, window=window, incidents=tuple(current),
                             previous=len(previous), counts=counts, fired=True, title=title))
    return tallies


def new_actor_tallies(rule: NewActorRule, incidents: Sequence[Incident], since: date | None, until: date) -> list[Tally]:
    in_area = [
        i for i in incidents
        if i.day is not None and rule.area.contains(i.spot) and (not rule.types or i.type in rule.types)
    ]
    seen: dict[str, list[date]] = defaultdict(list)  # party identity -> days seen in the area
    by_window: dict[Window, list[Incident]] = defaultdict(list)
    for incident in in_area:
        assert incident.day is not None
        by_window[window_of(incident.day, rule.window)].append(incident)
    tallies: list[Tally] = []
    for window in sorted(by_window):
        current = by_window[window]
        newcomers: dict[str, Party] = {}
        for incident in current:
            for party in _parties(rule, incident):
                if party.identity not in newcomers and not _seen_before(seen[party.identity], window.start, rule.lookback_days):
                    newcomers[party.identity] = party
        for incident in current:
            assert incident.day is not None
            for party in _parties(rule, incident):
                seen[party.identity].append(incident.day)
        reportable = (since is None or window.end >= since) and window.start <= until
        if not newcomers or not reportable:
            continue
        tallies.append(_new_actor_tally(rule, window, current, newcomers))
    return tallies


def _new_actor_tally(rule: NewActorRule, window: Window, current: list[Incident], newcomers: dict[str, Party]) -> Tally:
    involved = [i for i in current if any(p.identity in newcomers for p in _parties(rule, i))]
    counts = tuple(
        Count(
            dimension="actor", value=_label(party),
            count=sum(1 for i in involved if any(p.identity == identity for p in _parties(rule, i))),
            event_ids=tuple(e for i in involved if any(p.identity == identity for p in _parties(rule, i)) for e in i.event_ids),
            doc_ids=tuple(dict.fromkeys(d for i in involved if any(p.identity == identity for p in _parties(rule, i)) for d in i.doc_ids)),
        )
        for identity, party in sorted(newcomers.items())
    )
    names = ", ".join(_label(p) for _, p in sorted(newcomers.items()))
    title = f"New in {rule.area.label()}: {names} ({window.phrase()})"
    return Tally(rule=rule.name, kind="new_actor", subject=rule.name, window=window, incidents=tuple(involved),
                 counts=counts, fired=True, title=title, details={"area": rule.area.to_dict(), "new_actors": sorted(newcomers)})


def _parties(rule: NewActorRule, incident: Incident) -> list[Party]:
    parties = [p for p in incident.actors + incident.recipients if p.name]
    return [p for p in parties if not rule.sectors or p.sector in rule.sectors]


def _seen_before(days: list[date], start: date, lookback_days: int | None) -> bool:
    if lookback_days is None:
        return any(day < start for day in days)
    earliest = start - timedelta(days=lookback_days)
    return any(earliest <= day < start for day in days)


def _dyad_matches(rule: WatchRule, incident: Incident) -> bool:
    assert rule.dyad is not None
    actor, recipient = rule.dyad

    def directed(a: str | None, r: str | None) -> bool:
        return (a is None or a in incident.actor_countries) and (r is None or r in incident.recipient_countries)

    return directed(actor, recipient) or (rule.both_directions and directed(recipient, actor))


def _named(party: Party, wanted: str) -> bool:
    return party.actor_id == wanted or wanted.lower() in party.name.lower()


def _label(party: Party) -> str:
    return f"{party.name} ({party.country})" if party.country not in ("", "UNK") else party.name
