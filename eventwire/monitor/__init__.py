"""Monitoring: feeds in, alerts out (docs/monitoring.md).

``eventwire watch`` polls feeds into the store (poller); ``eventwire alerts``
evaluates a rule file over the store (rules -> ceasefire / surge / watch tallies ->
alerts), delivers them (delivery, webhook) and writes the reporting-window digest.
"""

from eventwire.monitor.alerts import Alert, Count, Tally
from eventwire.monitor.evaluate import Evaluation, evaluate, evaluate_store
from eventwire.monitor.rules import RuleSet, load_rules, parse_rules

__all__ = ["Alert", "Count", "Evaluation", "RuleSet", "Tally", "evaluate", "evaluate_store", "load_rules", "parse_rules"]
