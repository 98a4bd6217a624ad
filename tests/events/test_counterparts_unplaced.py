"""Unplaced attackers and victims take the camp the report sets against their foe."""

from __future__ import annotations

from eventwire.events.counterparts import HOSTILE_TYPES, place_unplaced_sides
from eventwire.models import Event, Participant


def _party(name: str, country: str, actor_id: str = "") -> Participant:
    # A participant read off the text (start >= 0); its mention is its name.
    return Participant(name, country, "", actor_id, name, 10, 10 + len(name))


def _event(kind: str, actors: list[Participant], recipients: list[Participant]) -> Event:
    return Event(id="", type=kind, actors=actors, recipients=recipients)


def _dyad_report(victim: Participant) -> list[Event]:
    return [
        _event("COERCE", [_party("Israeli troops", "ISR")], [_party("the Palestinian village", "PSE")]),
        _event("ASSAULT", [_party("Israeli troops", "ISR")], [victim]),
    ]


def test_an_unplaced_victim_of_a_named_party_is_of_the_other_camp() -> None:
    events = _dyad_report(_party("two villagers", "ISR"))
    place_unplaced_sides(events, HOSTILE_TYPES)
    assert [p.country for p in events[1].recipients] == ["PSE"]
    assert [p.country for p in events[1].actors] == ["ISR"]


def test_a_victim_whose_words_name_a_country_keeps_it() -> None:
    events = _dyad_report(_party("three Israeli civilians", "ISR"))
    place_unplaced_sides(events, HOSTILE_TYPES)
    assert [p.country for p in events[1].recipients] == ["ISR"]


def test_a_victim_known_to_the_knowledge_base_keeps_its_country() -> None:
    events = _dyad_report(_party("the settlers council", "ISR", actor_id="yesha"))
    place_unplaced_sides(events, HOSTILE_TYPES)
    assert [p.country for p in events[1].recipients] == ["ISR"]


def test_without_a_single_foe_the_home_country_stays() -> None:
    events = _dyad_report(_party("two villagers", "ISR"))
    events.append(_event("ASSAULT", [_party("Israeli jets", "ISR")], [_party("Lebanese gunmen", "LBN")]))
    place_unplaced_sides(events, HOSTILE_TYPES)
    assert [p.country for p in events[1].recipients] == ["ISR"]


def test_a_talk_is_not_an_act_of_force() -> None:
    events = _dyad_report(_party("two villagers", "ISR"))
    events[1].type = "CONSULT"
    place_unplaced_sides(events, HOSTILE_TYPES)
    assert [p.country for p in events[1].recipients] == ["ISR"]
