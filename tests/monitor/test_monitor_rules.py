"""The rule file: every field read, every mistake named with the file and the field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.monitor.rules import (
    CeasefireRule,
    EventPattern,
    JsonlSink,
    NewActorRule,
    StdoutSink,
    SurgeRule,
    WatchRule,
    WebhookSink,
    load_rules,
    parse_rules,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "eventwire" / "monitor" / "data" / "example_rules.yaml"


def _one(rule: dict) -> object:  # type: ignore[type-arg]
    return parse_rules({"rules": [rule]}, "rules.yaml").rules[0]


def _problem(document: object) -> str:
    with pytest.raises(InputError) as caught:
        parse_rules(document, "rules.yaml")
    assert caught.value.source == "rules.yaml"
    return caught.value.problem


def test_the_shipped_example_loads_every_kind_and_delivery() -> None:
    rules = load_rules(EXAMPLE)
    assert [type(rule) for rule in rules.rules] == [CeasefireRule, SurgeRule, WatchRule, NewActorRule]
    assert [type(sink) for sink in rules.sinks] == [StdoutSink, JsonlSink, WebhookSink]
    ceasefire = rules.rules[0]
    assert isinstance(ceasefire, CeasefireRule)
    assert ceasefire.agreement_events == (EventPattern("AGREE"), EventPattern("RETREAT", "ceasefire"))
    assert ceasefire.agreements[0].date == date(2020, 11, 10) and ceasefire.agreements[0].areas[0].radius_km == 100
    jsonl = rules.sinks[1]
    assert isinstance(jsonl, JsonlSink) and jsonl.path == EXAMPLE.parent / "alerts.jsonl"  # beside the rule file


def test_defaults_fill_what_a_rule_leaves_out() -> None:
    rule = _one({"name": "c", "kind": "ceasefire"})
    assert isinstance(rule, CeasefireRule)
    assert rule.parties is None and rule.violation_types == ("ASSAULT", "COERCE", "MOBILIZE") and rule.window == "daily"
    surge = _one({"name": "s", "kind": "surge"})
    assert isinstance(surge, SurgeRule) and (surge.window, surge.baseline_windows, surge.ratio, surge.min_count) == ("weekly", 4, 2.0, 5)
    assert parse_rules({"rules": [{"name": "s", "kind": "surge"}]}, "r").sinks == (StdoutSink(),)


def test_parties_are_sorted_and_dyads_take_a_wildcard() -> None:
    assert _one({"name": "c", "kind": "ceasefire", "parties": ["aze", "ARM"]}).parties == ("ARM", "AZE")  # type: ignore[union-attr]
    assert _one({"name": "w", "kind": "watch", "dyad": "RUS-*"}).dyad == ("RUS", None)  # type: ignore[union-attr]
    assert "truce" in _one({"name": "c", "kind": "ceasefire"}).agreement_words  # type: ignore[union-attr]
    assert _one({"name": "c", "kind": "ceasefire", "agreement_words": ["Stand-Down "]}).agreement_words == ("stand-down",)  # type: ignore[union-attr]


@pytest.mark.parametrize(("document", "named"), [
    ({"rules": [{"name": "a", "kind": "surge", "ratio": "lots"}]}, "rules[0] ('a'): field 'ratio': expected a number"),
    ({"rules": [{"name": "a", "kind": "surge", "ratio": 0.5}]}, "field 'ratio': expected a number above 1"),
    ({"rules": [{"name": "a", "kind": "surge", "group_by": "town"}]}, "field 'group_by': expected one of country, party, dyad, area"),
    ({"rules": [{"name": "a", "kind": "ceasefire", "parties": ["ARM"]}]}, "field 'parties': expected two country codes"),
    ({"rules": [{"name": "a", "kind": "ceasefire", "violation_types": ["SHELL"]}]}, "field 'violation_types': expected PLOVER types"),
    ({"rules": [{"name": "a", "kind": "ceasefire", "agreement_events": ["RETREAT:truce"]}]}, "field 'agreement_events': expected a mode of RETREAT"),
    ({"rules": [{"name": "a", "kind": "ceasefire", "agreement_words": [7]}]}, "field 'agreement_words': expected a list of words"),
    ({"rules": [{"name": "a", "kind": "ceasefire", "agreements": [{"parties": ["ARM", "AZE"], "date": "soon"}]}]}, "agreements[0]: field 'date'"),
    ({"rules": [{"name": "a", "kind": "ceasefire", "windw": "daily"}]}, "unknown field 'windw'"),
    ({"rules": [{"name": "a", "kind": "watch"}]}, "a watch rule needs at least one of"),
    ({"rules": [{"name": "a", "kind": "watch", "area": {"lat": 95, "lon": 0}}]}, "field 'lat': expected a latitude"),
    ({"rules": [{"name": "a", "kind": "new_actor"}]}, "field 'area' is missing"),
    ({"rules": [{"name": "a", "kind": "alarm"}]}, "field 'kind': expected one of ceasefire, surge, watch, new_actor"),
    ({"rules": [{"kind": "surge"}]}, "rules[0]: field 'name'"),
    ({"rules": [{"name": "a", "kind": "surge"}, {"name": "a", "kind": "surge"}]}, "repeated: a"),
    ({"rules": []}, "field 'rules': expected a list with at least one rule"),
    ({"rules": [{"name": "a", "kind": "surge"}], "deliver": [{"webhook": {"url": "ftp://x"}}]}, "deliver[0] (webhook): field 'url'"),
    ({"rules": [{"name": "a", "kind": "surge"}], "deliver": [{"email": "me@example.org"}]}, "deliver[0]: unknown delivery 'email'"),
    ("just text", "the rule file: expected a mapping"),
])
def test_mistakes_name_the_rule_and_the_field(document: object, named: str) -> None:
    assert named in _problem(document)


def test_a_missing_or_broken_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        load_rules(tmp_path / "absent.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(broken)
    assert caught.value.source == str(broken) and "not valid YAML" in caught.value.problem


def test_an_area_can_be_a_gazetteer_place() -> None:
    rule = _one({"name": "w", "kind": "watch", "area": {"place": "Kharkiv", "radius_km": 30}})
    assert isinstance(rule, WatchRule) and rule.area is not None
    assert rule.area.name == "Kharkiv" and abs(rule.area.lat - 49.98) < 0.1 and rule.area.radius_km == 30  # type: ignore[operator]
    assert "gazetteer" in _problem({"rules": [{"name": "w", "kind": "watch", "area": {"place": "Nowhereville Qx"}}]})
