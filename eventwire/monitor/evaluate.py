"""Rules over incidents: tallies and the alerts they fire.

Evaluation is a pure function of the stored events and the rules: the same store
gives the same alerts with the same ids, whenever and however often it runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import duckdb

from eventwire.monitor.alerts import Alert, Tally
from eventwire.monitor.ceasefire import (
    Ceasefire,
    ceasefire_tallies,
    find_ceasefires,
    quiet_tally,
)
from eventwire.monitor.incidents import Incident, read_incidents
from eventwire.monitor.rules import (
    CeasefireRule,
    NewActorRule,
    Rule,
    RuleSet,
    SurgeRule,
    WatchRule,
)
from eventwire.monitor.surge import surge_tallies
from eventwire.monitor.watch import new_actor_tallies, watch_tallies
from eventwire.monitor.windows import Window, window_of


@dataclass(frozen=True, slots=True)
class Evaluation:
    tallies: tuple[Tally, ...]
    until: date | None  # the last day evaluated (the latest incident's, unless given)
    ceasefires: tuple[tuple[CeasefireRule, Ceasefire], ...] = ()

    @property
    def alerts(self) -> list[Alert]:
        return [Alert.from_tally(tally) for tally in self.tallies if tally.fired]

    def tallies_in(self, window_day: date) -> list[Tally]:
        """Tallies whose window holds ``window_day``, with a quiet tally for every ceasefire
        in force that day whose window saw no violation, as a daily report lists them."""
        found = [t for t in self.tallies if t.window.contains(window_day)]
        tallied = {(t.rule, t.subject) for t in found if t.kind == "ceasefire"}
        for rule, ceasefire in self.ceasefires:
            if ceasefire.start < window_day and (rule.name, ceasefire.subject) not in tallied:
                found.append(quiet_tally(rule, ceasefire, window_of(window_day, rule.window)))
        return found


def evaluate(rules: RuleSet, incidents: Sequence[Incident], since: date | None = None, until: date | None = None) -> Evaluation:
    """Every rule over ``incidents``; windows ending before ``since`` are not reported."""
    days = [incident.day for incident in incidents if incident.day is not None]
    last = until or (max(days) if days else None)
    if last is None:
        return Evaluation((), None)
    tallies: list[Tally] = []
    ceasefires: list[tuple[CeasefireRule, Ceasefire]] = []
    for rule in rules.rules:
        if isinstance(rule, CeasefireRule):
            found = find_ceasefires(rule, incidents)
            ceasefires.extend((rule, ceasefire) for ceasefire in found)
            tallies.extend(ceasefire_tallies(rule, incidents, since, last, found))
        else:
            tallies.extend(_rule_tallies(rule, incidents, since, last))
    return Evaluation(tuple(tallies), last, tuple(ceasefires))


def evaluate_store(con: duckdb.DuckDBPyConnection, rules: RuleSet, since: date | None = None, until: date | None = None) -> Evaluation:
    """``evaluate`` over the events of a store (a connection from ``Store.connection``)."""
    return evaluate(rules, load_incidents(con, rules, since), since, until)


def load_incidents(con: duckdb.DuckDBPyConnection, rules: RuleSet, since: date | None) -> list[Incident]:
    """The incidents the rules need: back far enough before ``since`` for the previous
    windows and baselines, and every agreement of a ceasefire rule, however old."""
    history_from: date | None = since
    all_types = False
    types: set[str] = set()
    agreement_types: set[str] = set()
    for rule in rules.rules:
        needed = _history_start(rule, since)
        history_from = None if needed is None or history_from is None else min(history_from, needed)
        rule_types = _types_of(rule)
        if rule_types is None:
            all_types = True
        else:
            types |= rule_types
        if isinstance(rule, CeasefireRule):
            agreement_types |= {pattern.type for pattern in rule.agreement_events}
    found = {i.id: i for i in read_incidents(con, None if all_types else types, history_from)}
    if agreement_types and history_from is not None:
        found.update((i.id, i) for i in read_incidents(con, agreement_types, None))
    return sorted(found.values(), key=lambda i: (i.day or date.max, i.date, i.id))


def _rule_tallies(rule: SurgeRule | WatchRule | NewActorRule, incidents: Sequence[Incident], since: date | None, until: date) -> list[Tally]:
    if isinstance(rule, SurgeRule):
        return surge_tallies(rule, incidents, since, until)
    if isinstance(rule, WatchRule):
        return watch_tallies(rule, incidents, since, until)
    return new_actor_tallies(rule, incidents, since, until)


def _history_start(rule: Rule, since: date | None) -> date | None:
    if since is None:
        return None
    window_days = Window(since, rule.window).days
    if isinstance(rule, SurgeRule):
        return since - timedelta(days=window_days * (rule.baseline_windows + 1))
    if isinstance(rule, NewActorRule):
        return None if rule.lookback_days is None else since - timedelta(days=rule.lookback_days + window_days)
    return since - timedelta(days=window_days * 2)


def _types_of(rule: Rule) -> set[str] | None:
    if isinstance(rule, CeasefireRule):
        return set(rule.violation_types) | {pattern.type for pattern in rule.agreement_events}
    return set(rule.types) or None
