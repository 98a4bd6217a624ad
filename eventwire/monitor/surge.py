"""Surges: a country, party, dyad or area whose count in a window (weekly by default)
rises to ``ratio`` times the mean of the windows before (four by default).

The floor (``min_count``) keeps low counts quiet: one incident after a month of none
is a rise by any ratio, but not news. Windows before the first data count as zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date

from eventwire.monitor.alerts import Tally, breakdown
from eventwire.monitor.incidents import UNKNOWN_COUNTRIES, Incident
from eventwire.monitor.rules import SurgeRule
from eventwire.monitor.windows import Window, window_of


def group_keys(group_by: str) -> Callable[[Incident], list[str]]:
    """What an incident counts towards, per grouping."""
    if group_by == "country":
        return _country_keys
    if group_by == "party":
        return lambda incident: [f"party:{c}" for c in sorted(incident.countries - {"IGO"})]
    if group_by == "dyad":
        return lambda incident: [f"dyad:{a}-{r}" for a in sorted(incident.actor_countries) for r in sorted(incident.recipient_countries)]
    return lambda incident: [f"area:{incident.spot.label()}"] if incident.spot.name else []


def surge_tallies(rule: SurgeRule, incidents: Sequence[Incident], since: date | None, until: date) -> list[Tally]:
    """The tallies that surge, oldest window first."""
    keys = group_keys(rule.group_by)
    counted: dict[str, dict[Window, list[Incident]]] = defaultdict(lambda: defaultdict(list))
    for incident in incidents:
        if incident.day is None or (rule.types and incident.type not in rule.types):
            continue
        for key in keys(incident):
            counted[key][window_of(incident.day, rule.window)].append(incident)
    tallies: list[Tally] = []
    for key in sorted(counted):
        windows = counted[key]
        # Only a window at the floor can surge, and only windows with incidents reach it.
        for window in sorted(w for w, found in windows.items() if len(found) >= rule.min_count):
            if (since is not None and window.end < since) or window.start > until:
                continue
            current = windows[window]
            history = [len(windows.get(window.previous(step), [])) for step in range(1, rule.baseline_windows + 1)]
            baseline = sum(history) / len(history)
            if len(current) < rule.ratio * baseline or len(current) <= baseline:
                continue
            tallies.append(_tally(rule, key, window, current, windows.get(window.previous(), []), baseline))
    return sorted(tallies, key=lambda t: (t.window.start, t.subject))


def _tally(rule: SurgeRule, key: str, window: Window, current: list[Incident], previous: list[Incident], baseline: float) -> Tally:
    span = "week" if rule.window == "weekly" else "day"
    rise = f"×{len(current) / baseline:.1f}" if baseline else "from none"
    title = (
        f"Surge in {key.replace(':', ' ', 1)}: {len(current)} incidents {window.phrase()} against a "
        f"{rule.baseline_windows}-{span} average of {baseline:.2f} ({rise})"
    )
    counts = breakdown("type", current, previous, lambda i: [i.type]) + breakdown("area", current, previous, lambda i: [i.spot.label()])
    return Tally(
        rule=rule.name, kind="surge", subject=key, window=window, incidents=tuple(current), previous=len(previous),
        baseline=round(baseline, 4), counts=counts, fired=True, title=title,
        details={"group_by": rule.group_by, "ratio": rule.ratio, "min_count": rule.min_count, "baseline_windows": rule.baseline_windows},
    )


def _country_keys(incident: Incident) -> list[str]:
    """Where it happened; an unplaced incident counts for its parties' country when they share one."""
    if incident.spot.country not in UNKNOWN_COUNTRIES:
        return [f"country:{incident.spot.country}"]
    countries = incident.countries - {"IGO"}
    return [f"country:{next(iter(countries))}"] if len(countries) == 1 else []
