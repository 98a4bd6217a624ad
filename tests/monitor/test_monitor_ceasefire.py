"""Ceasefires from agreements, and what counts as a violation of one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from monitor_records import KARABAKH, MOSCOW, SHUSHA, YEREVAN, incident

from eventwire.monitor.areas import Area
from eventwire.monitor.ceasefire import (
    ceasefire_tallies,
    find_ceasefires,
    violating_parties,
)
from eventwire.monitor.evaluate import evaluate
from eventwire.monitor.rules import Agreement, CeasefireRule, EventPattern, parse_rules

RULE = CeasefireRule(name="karabakh", parties=("ARM", "AZE"), radius_km=100)
AGREEMENT = incident("agree", "AGREE", "2021-03-01", ["ARM", "AZE"], spot=KARABAKH, evidence="Armenia and Azerbaijan agreed to a ceasefire.")


def test_ceasefire_starts_at_the_earliest_agreement_in_its_place() -> None:
    later = incident("agree-2", "AGREE", "2021-03-04", ["AZE"], ["ARM"], spot=SHUSHA, evidence="Azerbaijan renewed the truce.")
    [ceasefire] = find_ceasefires(RULE, [later, AGREEMENT])
    assert ceasefire.parties == ("ARM", "AZE") and ceasefire.start == date(2021, 3, 1)
    assert [area.name for area in ceasefire.areas] == ["Shusha", "Nagorno-Karabakh"]
    assert ceasefire.to_dict()["agreement_event_ids"] == ["agree-2#e1", "agree#e1"]


def test_ceasefire_place_of_signing_abroad_is_not_its_area() -> None:
    signed_in_moscow = incident("signed", "AGREE", "2021-03-01", ["ARM", "AZE"], spot=MOSCOW, evidence="Armenia and Azerbaijan agreed to a ceasefire.")
    [ceasefire] = find_ceasefires(RULE, [signed_in_moscow, AGREEMENT])
    assert [area.name for area in ceasefire.areas] == ["Nagorno-Karabakh"]
    [anywhere] = find_ceasefires(RULE, [signed_in_moscow])
    assert anywhere.areas == ()  # no agreement names an area: it holds everywhere
    assert anywhere.covers(incident("far", "ASSAULT", "2021-03-02", ["AZE"], ["ARM"], spot=MOSCOW))


def test_ceasefire_agreement_event_patterns_and_other_pairs() -> None:
    rule = CeasefireRule(name="any", agreement_events=(EventPattern("RETREAT", "ceasefire"),))
    observed = incident("truce", "RETREAT", "2021-03-01", ["ARM", "AZE", "RUS"], mode="ceasefire")
    withdrawal = incident("pullback", "RETREAT", "2021-03-01", ["GEO", "RUS"])
    found = find_ceasefires(rule, [observed, withdrawal])
    assert [c.subject for c in found] == ["ARM-AZE", "ARM-RUS", "AZE-RUS"]  # no parties given: every pair that agreed
    assert find_ceasefires(RULE, [incident("trade", "AGREE", "2021-03-01", ["ARM", "GEO"])]) == []


def test_an_agreement_on_something_else_starts_no_ceasefire() -> None:
    anyone = CeasefireRule(name="any")
    trade = incident("trade", "AGREE", "2021-03-01", ["ARM", "GEO"], evidence="Armenia and Georgia agreed to expand trade.")
    truce = incident("truce", "AGREE", "2021-03-01", ["ARM", "AZE"], evidence="Armenia and Azerbaijan agreed to end the fighting.")
    assert [c.subject for c in find_ceasefires(anyone, [trade, truce])] == ["ARM-AZE"]
    every_agreement = CeasefireRule(name="all", agreement_words=())
    assert [c.subject for c in find_ceasefires(every_agreement, [trade, truce])] == ["ARM-AZE", "ARM-GEO"]


def test_ceasefire_agreed_in_a_month_holds_from_its_end() -> None:
    november = replace(AGREEMENT, date="2020-11", day=None, period=(date(2020, 11, 1), date(2020, 11, 30)))
    [ceasefire] = find_ceasefires(RULE, [november])
    assert ceasefire.start == date(2020, 11, 30)
    assert violating_parties(RULE, ceasefire, incident("v", "ASSAULT", "2020-11-20", ["AZE"], ["ARM"])) == []
    assert violating_parties(RULE, ceasefire, incident("v", "ASSAULT", "2020-12-01", ["AZE"], ["ARM"])) == ["AZE"]


def test_ceasefire_entered_by_hand() -> None:
    rule = CeasefireRule(name="h", agreements=(Agreement(("ARM", "AZE"), date(2020, 11, 10), (Area(country="AZE"),)),))
    [ceasefire] = find_ceasefires(rule, [])
    assert ceasefire.start == date(2020, 11, 10) and ceasefire.notes
    assert violating_parties(rule, ceasefire, incident("v", "ASSAULT", "2021-01-05", ["ARM"], ["AZE"], spot=SHUSHA)) == ["ARM"]
    assert violating_parties(rule, ceasefire, incident("v", "ASSAULT", "2021-01-05", ["AZE"], ["ARM"], spot=YEREVAN)) == []


def test_ceasefire_violations_need_both_parties_a_later_day_and_the_area() -> None:
    [ceasefire] = find_ceasefires(RULE, [AGREEMENT])
    assert violating_parties(RULE, ceasefire, incident("a", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=SHUSHA)) == ["AZE"]
    assert violating_parties(RULE, ceasefire, incident("b", "MOBILIZE", "2021-03-03", ["ARM", "AZE"])) == ["ARM", "AZE"]  # clashes
    assert violating_parties(RULE, ceasefire, incident("c", "ASSAULT", "2021-03-01", ["AZE"], ["ARM"])) == []  # the same day
    assert violating_parties(RULE, ceasefire, incident("d", "ASSAULT", "2021-03-03", ["AZE"], ["GEO"])) == []  # another party
    assert violating_parties(RULE, ceasefire, incident("e", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=YEREVAN)) == []  # elsewhere
    assert violating_parties(RULE, ceasefire, incident("f", "ACCUSE", "2021-03-03", ["AZE"], ["ARM"])) == []  # words, not force
    strict = CeasefireRule(name="s", parties=("ARM", "AZE"), mutual=False)
    assert violating_parties(strict, ceasefire, incident("b", "ASSAULT", "2021-03-03", ["ARM", "AZE"])) == []


def test_ceasefire_tallies_every_window_against_the_one_before() -> None:
    violations = [
        incident("v1", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=SHUSHA),
        incident("v2", "ASSAULT", "2021-03-03", ["ARM"], ["AZE"], spot=KARABAKH),
        incident("v3", "COERCE", "2021-03-05", ["AZE"], ["ARM"], spot=KARABAKH),
    ]
    tallies = ceasefire_tallies(RULE, [AGREEMENT, *violations], since=None, until=date(2021, 3, 6))
    assert [(t.window.label(), t.count, t.previous, t.fired) for t in tallies] == [
        ("2021-03-03", 2, 0, True), ("2021-03-04", 0, 2, False), ("2021-03-05", 1, 0, True), ("2021-03-06", 0, 1, False),
    ]
    wednesday = tallies[0]
    areas = {c.value: (c.count, c.event_ids, c.doc_ids) for c in wednesday.counts if c.dimension == "area"}
    assert areas == {"Shusha (AZE)": (1, ("v1#e1",), ("doc-v1",)), "Nagorno-Karabakh (AZE)": (1, ("v2#e1",), ("doc-v2",))}
    assert "2 violations on 2021-03-03, previous day 0 (+2)" in wednesday.title
    assert [t.window.label() for t in ceasefire_tallies(RULE, [AGREEMENT, *violations], date(2021, 3, 5), date(2021, 3, 6))] == ["2021-03-05", "2021-03-06"]


def test_ceasefire_weekly_windows() -> None:
    rule = parse_rules({"rules": [{"name": "w", "kind": "ceasefire", "parties": ["ARM", "AZE"], "window": "weekly"}]}, "r").rules[0]
    assert isinstance(rule, CeasefireRule)
    violations = [incident(f"v{n}", "ASSAULT", day, ["AZE"], ["ARM"]) for n, day in enumerate(["2021-03-03", "2021-03-05", "2021-03-09"])]
    tallies = ceasefire_tallies(rule, [AGREEMENT, *violations], None, date(2021, 3, 9))
    assert [(t.window.label(), t.count, t.previous) for t in tallies] == [("2021-W09", 2, 0), ("2021-W10", 1, 2)]


def test_ceasefire_quiet_windows_are_made_only_when_asked_for() -> None:
    rules = parse_rules({"rules": [{"name": "k", "kind": "ceasefire", "parties": ["ARM", "AZE"]}]}, "r")
    years_later = incident("v", "ASSAULT", "2024-03-03", ["AZE"], ["ARM"], spot=SHUSHA)
    evaluation = evaluate(rules, [AGREEMENT, years_later])
    assert [t.window.label() for t in evaluation.tallies] == ["2024-03-03"]  # not a tally for each quiet day between
    [quiet] = evaluation.tallies_in(date(2022, 6, 1))
    assert (quiet.count, quiet.previous, quiet.fired) == (0, 0, False) and "0 violations on 2022-06-01" in quiet.title
    assert evaluation.tallies_in(date(2021, 3, 1)) == []  # not in force yet
