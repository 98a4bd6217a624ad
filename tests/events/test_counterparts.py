"""Unsaid recipients from the report's dyad, on hand-built events."""

from __future__ import annotations

from pathlib import Path

from eventwire.actors.kb import KnowledgeBase
from eventwire.events.counterparts import (
    counterpart,
    dyads,
    fill_actors,
    fill_recipients,
    fill_third_party_recipients,
)
from eventwire.models import Event, Participant, TextSpan


def _event(kind: str, actors: list[tuple[str, str]], recipients: list[tuple[str, str]] = ()) -> Event:  # type: ignore[assignment]
    return Event(id="", type=kind, actors=[Participant(n, c) for n, c in actors],
                 recipients=[Participant(n, c) for n, c in recipients])


DIRECTED = frozenset({"REQUEST", "THREATEN"})


def test_a_doer_only_demand_is_aimed_at_the_party_the_report_sets_it_against() -> None:
    events = [
        _event("ACCUSE", [("Gazprom", "RUS")], [("Belarus", "BLR")]),
        _event("THREATEN", [("Belarus", "BLR")], [("Gazprom", "RUS")]),
        _event("REQUEST", [("Gazprom", "RUS")]),
    ]
    fill_recipients(events, DIRECTED)
    assert [p.country for p in events[2].recipients] == ["BLR"]


def test_a_dyad_told_once_is_not_enough() -> None:
    events = [_event("ACCUSE", [("Gazprom", "RUS")], [("Belarus", "BLR")]), _event("REQUEST", [("Gazprom", "RUS")])]
    fill_recipients(events, DIRECTED)
    assert events[1].recipients == []


def test_home_politics_leaves_the_recipient_unsaid() -> None:
    events = [
        _event("ACCUSE", [("Hezbollah", "LBN")], [("Siniora", "LBN")]),
        _event("ACCUSE", [("Siniora", "LBN")], [("Hezbollah", "LBN")]),
        _event("ACCUSE", [("Hezbollah", "LBN")], [("Israel", "ISR")]),
        _event("REQUEST", [("Hezbollah", "LBN")]),
    ]
    fill_recipients(events, DIRECTED)
    assert events[3].recipients == []


def test_types_outside_the_directed_set_are_left_alone() -> None:
    events = [_event("ACCUSE", [("A", "ISR")], [("B", "PSE")]), _event("ACCUSE", [("B", "PSE")], [("A", "ISR")]),
              _event("AID", [("A", "ISR")])]
    fill_recipients(events, DIRECTED)
    assert events[2].recipients == []


def test_a_tie_names_no_counterpart() -> None:
    counts = dyads([_event("ACCUSE", [("A", "ISR")], [("B", "PSE")]), _event("ACCUSE", [("A", "ISR")], [("C", "LBN")])] * 2)
    assert counterpart("ISR", counts) == ""
    assert counterpart("PSE", counts) == "ISR"


def test_a_target_only_harm_was_done_by_the_party_the_target_faces() -> None:
    events = [
        _event("ASSAULT", [("Hezbollah", "LBN")], [("Israeli soldiers", "ISR")]),
        _event("ASSAULT", [("Israel", "ISR")], [("Lebanese civilians", "LBN")]),
        _event("ASSAULT", [], [("Israeli soldiers", "ISR")]),
    ]
    fill_actors(events, frozenset({"ASSAULT"}))
    assert [p.country for p in events[2].actors] == ["LBN"]


def test_the_unsaid_doer_of_harm_is_no_politician_the_report_quotes() -> None:
    maliki = Participant("Nouri al-Maliki", "IRQ", "GOV", "nouri-al-maliki")
    events = [
        Event(id="", type="ACCUSE", actors=[maliki], recipients=[Participant("US forces", "USA", "MIL")]),
        Event(id="", type="REJECT", actors=[maliki], recipients=[Participant("US forces", "USA", "MIL")]),
        _event("ASSAULT", [("insurgents", "IRQ")], [("US soldiers", "USA")]),
        _event("ASSAULT", [], [("US soldiers", "USA")]),
    ]
    fill_actors(events, frozenset({"ASSAULT"}))
    [doer] = events[3].actors
    assert (doer.country, doer.actor_id, doer.name) == ("IRQ", "", "insurgents")


def test_a_body_the_users_overlay_adds_is_a_stand_in_for_the_unsaid_doer(tmp_path: Path) -> None:
    overlay = tmp_path / "actors.yaml"
    overlay.write_text("organisations:\n  - {id: exb, name: Example Brigades, country: IRQ, sector: REB, kind: armed_group}\n",
                       encoding="utf-8")
    brigades = Participant("Example Brigades", "IRQ", "REB", "exb")
    events = [
        Event(id="", type="ASSAULT", actors=[brigades], recipients=[Participant("US forces", "USA", "MIL")]),
        Event(id="", type="ASSAULT", actors=[brigades], recipients=[Participant("US forces", "USA", "MIL")]),
        _event("ASSAULT", [], [("US soldiers", "USA")]),
    ]
    fill_actors(events, frozenset({"ASSAULT"}), KnowledgeBase.load(overlay))
    assert [p.actor_id for p in events[2].actors] == ["exb"]


def test_with_only_politicians_named_the_unsaid_doer_is_their_country() -> None:
    maliki = Participant("Nouri al-Maliki", "IRQ", "GOV", "nouri-al-maliki")
    events = [
        Event(id="", type="ACCUSE", actors=[maliki], recipients=[Participant("US forces", "USA", "MIL")]),
        Event(id="", type="REJECT", actors=[maliki], recipients=[Participant("US forces", "USA", "MIL")]),
        _event("ASSAULT", [], [("US soldiers", "USA")]),
    ]
    fill_actors(events, frozenset({"ASSAULT"}))
    assert [(p.name, p.country) for p in events[2].actors] == [("Iraq", "IRQ")]


def test_an_outsiders_appeal_is_addressed_to_both_sides_of_the_dyad() -> None:
    events = [
        _event("ACCUSE", [("Gazprom", "RUS")], [("Belarus", "BLR")]),
        _event("THREATEN", [("Belarus", "BLR")], [("Gazprom", "RUS")]),
        _event("REQUEST", [("European Commission", "IGO")]),
        _event("REQUEST", [("Gazprom", "RUS")]),
    ]
    fill_third_party_recipients(events, frozenset({"REQUEST"}))
    assert sorted(p.country for p in events[2].recipients) == ["BLR", "RUS"]
    assert events[3].recipients == []  # a side's own appeal is not an outsider's


def test_an_outsiders_appeal_stays_unaddressed_without_a_dyad() -> None:
    events = [_event("ACCUSE", [("Gazprom", "RUS")], [("Belarus", "BLR")]), _event("REQUEST", [("European Commission", "IGO")])]
    fill_third_party_recipients(events, frozenset({"REQUEST"}))
    assert events[1].recipients == []


def test_an_act_only_threatened_beside_the_threat_is_the_same_confrontation() -> None:
    from dataclasses import replace

    from eventwire.models import TextSpan

    sentence = TextSpan("Sudan vowed to wipe out the Ugandan rebels.", 0, 43)
    threat = replace(_event("THREATEN", [("Sudan", "SDN")], [("LRA", "UGA")]), evidence=sentence)
    planned = replace(_event("ASSAULT", [("Sudan", "SDN")], [("LRA", "UGA")]), evidence=sentence, status="future")
    elsewhere = replace(planned, evidence=TextSpan("Sudan will attack the rebels.", 50, 79))
    assert dyads([threat, planned])[frozenset(("SDN", "UGA"))] == 1
    assert dyads([threat, elsewhere])[frozenset(("SDN", "UGA"))] == 2


def test_parties_of_a_placed_country_and_of_none_are_already_two_sides() -> None:
    events = [
        _event("ACCUSE", [("Abbas", "PSE")], [("Israel", "ISR")]),
        _event("THREATEN", [("Israel", "ISR")], [("Abbas", "PSE")]),
        _event("REQUEST", [("Arab countries", "UNK"), ("Jewish state", "ISR")]),
        _event("REQUEST", [("Hamas", "PSE"), ("Islamic Jihad", "PSE")]),
    ]
    fill_recipients(events, DIRECTED)
    assert events[2].recipients == [] and [p.country for p in events[3].recipients] == ["ISR"]


def test_the_unsaid_recipient_is_no_person_the_report_quotes() -> None:
    kb = KnowledgeBase.load()
    prodi = Participant("Romano Prodi", "ITA", "GOV", "romano-prodi")
    events = [
        _event("ACCUSE", [("Albania", "ALB")], [("Italy", "ITA")]),
        Event(id="", type="THREATEN", actors=[prodi], recipients=[Participant("Albania", "ALB")]),
        Event(id="", type="REQUEST", actors=[prodi], recipients=[Participant("Albania", "ALB")]),
        _event("REQUEST", [("civilians", "ALB")]),
    ]
    fill_recipients(events, DIRECTED, kb)
    assert [(p.name, p.country) for p in events[3].recipients] == [("Italy", "ITA")]


def test_people_counted_in_one_happening_stand_for_no_side() -> None:
    text = "Three men died in attacks while strikes wounded a US marine."
    men = Participant("three men", "IRQ", "", "", "Three men", 0, 9)
    marine = Participant("US marine", "USA", "MIL", "", "US marine", text.index("US"), text.index("US") + 9)
    events = [
        Event(id="", type="ASSAULT", actors=[men], recipients=[marine], evidence=TextSpan(text, 0, len(text))),
        Event(id="", type="ACCUSE", actors=[Participant("Allawi", "IRQ", "ELI")], recipients=[Participant("US", "USA", "GOV")]),
        _event("ASSAULT", [], [("Iraqi voters", "IRQ")]),
        _event("REQUEST", [("US", "USA")]),
    ]
    fill_actors(events, frozenset({"ASSAULT"}))
    fill_recipients(events, DIRECTED)
    assert [(p.name, p.country) for p in events[2].actors] == [("US", "USA")]
    assert [p.country for p in events[3].recipients] == ["IRQ"]
    assert "three men" not in [p.name for p in events[3].recipients]


def test_the_unsaid_doer_of_harm_is_no_party_the_target_only_deals_with_as_a_friend() -> None:
    events = [
        _event("SUPPORT", [("Rice", "USA")], [("Jordan", "JOR")]),
        _event("CONSULT", [("Rice", "USA")], [("King Abdullah", "JOR")]),
        _event("ASSAULT", [], [("Jordan", "JOR")]),
    ]
    fill_actors(events, frozenset({"ASSAULT"}))
    assert events[2].actors == []
    # once the pair has faced off, the report sets them against each other
    events.insert(0, _event("ACCUSE", [("Jordan", "JOR")], [("Rice", "USA")]))
    fill_actors(events, frozenset({"ASSAULT"}))
    assert [p.country for p in events[3].actors] == ["USA"]
