"""Alerts on the server: the rule file given to ``eventwire serve --rules`` evaluated
over the store on each request (evaluation is a pure function of the stored events,
so an answer is always the store's current state).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import duckdb

from eventwire.monitor.evaluate import evaluate_store
from eventwire.monitor.rules import RuleSet
from eventwire.store.journal import parse_since

HOW_TO_ENABLE = "no alert rules on this server; start it with `eventwire serve --rules FILE` (see docs/monitoring.md)"


@dataclass(frozen=True, slots=True)
class AlertRules:
    """The server's rule set, or None when it was started without ``--rules``."""

    rules: RuleSet | None = None

    def answer(self, con: duckdb.DuckDBPyConnection, since: str | None = None) -> dict[str, Any]:
        """``alerts`` (newest window first), ``windows`` (alert counts per window) and
        ``rules`` (each rule's name and kind); with no rules, empty lists and a ``message``."""
        if self.rules is None:
            return {"enabled": False, "message": HOW_TO_ENABLE, "rules": [], "windows": [], "alerts": []}
        day = parse_since(since).date() if since else None
        alerts = [alert.to_dict() for alert in evaluate_store(con, self.rules, day).alerts]
        alerts.sort(key=lambda alert: (alert["window"]["start"], alert["count"]), reverse=True)
        per_window = Counter((a["window"]["kind"], a["window"]["start"], a["window"]["label"]) for a in alerts)
        return {
            "enabled": True,
            "message": f"{len(alerts)} alert(s) from {len(self.rules.rules)} rule(s) in {self.rules.source}",
            "rules": [{"name": rule.name, "kind": rule.kind} for rule in self.rules.rules],
            "windows": [
                {"kind": kind, "start": start, "label": label, "alerts": n}
                for (kind, start, label), n in sorted(per_window.items(), key=lambda item: item[0][1], reverse=True)
            ],
            "alerts": alerts,
        }

