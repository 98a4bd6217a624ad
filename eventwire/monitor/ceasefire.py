"""Ceasefires and their violations.

A ceasefire binds two parties (countries) from a day on, in the areas its agreements
name. It comes from the store (an agreement event such as AGREE or
RETREAT:ceasefire naming both parties) or from the rule file (entered by hand).
A violation is a later incident of a violation type (ASSAULT, COERCE, MOBILIZE by
default) with one party acting on the other, in one of the areas. Counts are kept
per reporting window, by violating party and by place, against the window before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from eventwire.monitor.alerts import Tally, breakdown
from eventwire.monitor.areas import Area, area_around
from eventwire.monitor.incidents import Incident
from eventwire.monitor.rules import CeasefireRule
from eventwire.monitor.windows import Window, window_of

# Not a party to a ceasefire of its own when it appears in an agreement: international
# organisations mediate or guarantee (Participant.country uses IGO for them).
_NOT_PARTIES = frozenset({"IGO", "UNK", ""})


@dataclass(frozen=True, slots=True)
class Ceasefire:
    rule: str
    parties: tuple[str, str]  # sorted country codes
    start: date  # the earliest agreement; violations count from the next day
    areas: tuple[Area, ...] = ()  # empty: everywhere
    agreements: tuple[Incident, ...] = ()  # the agreement events it was recorded from
    notes: tuple[str, ...] = ()  # hand-entered agreements

    @property
    def subject(self) -> str:
        return "-".join(self.parties)

    def covers(self, incident: Incident) -> bool:
        return not self.areas or any(area.contains(incident.spot) for area in self.areas)

    def describe(self) -> str:
        where = ", ".join(area.label() for area in self.areas) or "any area"
        return f"{self.parties[0]}–{self.parties[1]} ceasefire of {self.start.isoformat()} ({where})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "parties": list(self.parties),
            "since": self.start.isoformat(),
            "areas": [area.to_dict() for area in self.areas],
            "agreement_event_ids": [e for incident in self.agreements for e in incident.event_ids],
            "agreement_doc_ids": list(dict.fromkeys(d for incident in self.agreements for d in incident.doc_ids)),
            "notes": list(self.notes),
        }


def find_ceasefires(rule: CeasefireRule, incidents: Sequence[Incident]) -> list[Ceasefire]:
    """The ceasefires the rule knows: one per pair of parties, from the earliest agreement."""
    starts: dict[tuple[str, str], date] = {}
    areas: dict[tuple[str, str], list[Area]] = defaultdict(list)
    agreements: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    notes: dict[tuple[str, str], list[str]] = defaultdict(list)

    def add(pair: tuple[str, str], day: date, found: Sequence[Area]) -> None:
        starts[pair] = min(day, starts.get(pair, day))
        areas[pair].extend(area for area in found if area not in areas[pair])

    for incident in incidents:
        if incident.period is None or not _records_agreement(rule, incident):
            continue
        # An agreement dated only to a month or year holds, for sure, from the period's
        # last day: violations inside the period cannot be told from the fighting before.
        agreed = incident.period[1]
        for pair in _pairs(rule, incident):
            area = area_around(incident.spot, rule.radius_km)
            # A truce signed in Moscow is not about Moscow: a place outside both
            # parties' countries is where the talks were held.
            if area is not None and rule.venue_is_not_area and incident.spot.country not in pair:
                area = None
            add(pair, agreed, [area] if area else [])
            agreements[pair].append(incident)
    for agreement in rule.agreements:
        add(agreement.parties, agreement.date, agreement.areas)
        notes[agreement.parties].append(agreement.note or f"entered by hand: {agreement.date.isoformat()}")
    return [
        Ceasefire(rule=rule.name, parties=pair, start=starts[pair], areas=tuple(areas[pair]),
                  agreements=tuple(agreements[pair]), notes=tuple(notes[pair]))
        for pair in sorted(starts)
    ]


def _records_agreement(rule: CeasefireRule, incident: Incident) -> bool:
    """Whether an incident is a ceasefire agreement: it matches an agreement pattern, and
    one of a bare type (AGREE) has a report that speaks of a ceasefire."""
    for pattern in rule.agreement_events:
        if incident.matches(pattern.type, pattern.qualifier):
            if pattern.qualifier or not rule.agreement_words or _speaks_of(incident, rule.agreement_words):
                return True
    return False


def _speaks_of(incident: Incident, words: Sequence[str]) -> bool:
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])", re.IGNORECASE)
    return any(pattern.search(report.evidence) for report in incident.reports)


def violating_parties(rule: CeasefireRule, ceasefire: Ceasefire, incident: Incident) -> list[str]:
    """The parties that broke the ceasefire in ``incident`` (none: not a violation)."""
    if incident.type not in rule.violation_types or incident.day is None or incident.day <= ceasefire.start:
        return []
    if not ceasefire.covers(incident):
        return []
    actors, recipients = incident.actor_countries, incident.recipient_countries
    first, second = ceasefire.parties
    doers = [party for party, other in ((first, second), (second, first)) if party in actors and other in recipients]
    if not doers and rule.mutual and first in actors and second in actors:
        doers = [first, second]  # "clashes between A and B": both sides act
    return doers


def ceasefire_tallies(
    rule: CeasefireRule, incidents: Sequence[Incident], since: date | None, until: date,
    ceasefires: Sequence[Ceasefire] | None = None,
) -> list[Tally]:
    """For every ceasefire (found in ``incidents`` unless given), a tally for each window
    from its start (or ``since``) to ``until`` that saw violations or follows one that
    did (the return to quiet), and for the last window (the state now). The windows
    left out were quiet after quiet: ``quiet_tally`` makes them when a report needs one.
    A tally fires when its window saw a violation."""
    tallies: list[Tally] = []
    # Each ceasefire looks only at the incidents of one of its parties, not at all of them.
    by_country: dict[str, list[Incident]] = defaultdict(list)
    for incident in incidents:
        if incident.day is not None and incident.type in rule.violation_types:
            for country in incident.countries:
                by_country[country].append(incident)
    for ceasefire in find_ceasefires(rule, incidents) if ceasefires is None else ceasefires:
        by_window: dict[Window, list[tuple[Incident, list[str]]]] = defaultdict(list)
        for incident in by_country.get(ceasefire.parties[0], []):
            doers = violating_parties(rule, ceasefire, incident)
            if doers:
                assert incident.day is not None
                by_window[window_of(incident.day, rule.window)].append((incident, doers))
        first_day = ceasefire.start + timedelta(days=1)
        if since is not None:
            first_day = max(first_day, since)
        if first_day > until:
            continue
        first, last = window_of(first_day, rule.window), window_of(until, rule.window)
        wanted = {last} | {w for window in by_window for w in (window, window.next()) if first <= w <= last}
        for window in sorted(wanted):
            tallies.append(_tally(rule, ceasefire, window, by_window.get(window, []), by_window.get(window.previous(), [])))
    return tallies


def quiet_tally(rule: CeasefireRule, ceasefire: Ceasefire, window: Window) -> Tally:
    """The tally of a window without violations after one without violations."""
    return _tally(rule, ceasefire, window, [], [])


def _tally(
    rule: CeasefireRule, ceasefire: Ceasefire, window: Window,
    now: list[tuple[Incident, list[str]]], before: list[tuple[Incident, list[str]]],
) -> Tally:
    doers = {incident.id: parties for incident, parties in now + before}
    current, previous = [i for i, _ in now], [i for i, _ in before]
    counts = (
        breakdown("party", current, previous, lambda i: doers[i.id])
        + breakdown("area", current, previous, lambda i: [i.spot.label()])
    )
    span = "day" if rule.window == "daily" else "week"
    change = len(current) - len(previous)
    title = (
        f"{ceasefire.describe()}: {len(current)} violation{'s' if len(current) != 1 else ''} {window.phrase()}, "
        f"previous {span} {len(previous)} ({change:+d})"
    )
    return Tally(
        rule=rule.name, kind="ceasefire", subject=ceasefire.subject, window=window, incidents=tuple(current),
        previous=len(previous), counts=counts, fired=bool(current), title=title, details={"ceasefire": ceasefire.to_dict()},
    )


def _pairs(rule: CeasefireRule, incident: Incident) -> list[tuple[str, str]]:
    countries = incident.countries - _NOT_PARTIES
    if rule.parties is not None:
        return [rule.parties] if set(rule.parties) <= countries else []
    return [tuple(pair) for pair in combinations(sorted(countries), 2)]  # type: ignore[misc]
