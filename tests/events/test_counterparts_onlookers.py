"""An intergovernmental onlooker is never filled in as the unsaid doer of harm."""

from __future__ import annotations

from eventwire.events.counterparts import (
    counterpart,
    dyads,
    fill_actors,
    fill_recipients,
)
from eventwire.models import Event, Participant


def _party(name: str, country: str) -> Participant:
    # A body the knowledge base knows (the UN) can be a side; see the last test.
    return Participant(name, country, actor_id="un" if country == "IGO" else "")


def _event(kind: str, actors: list[tuple[str, str]], recipients: list[tuple[str, str]]) -> Event:
    return Event(id="", type=kind, actors=[_party(n, c) for n, c in actors],
                 recipients=[_party(n, c) for n, c in recipients])


def _report() -> list[Event]:
    return [
        _event("ACCUSE", [("UN spokeswoman", "IGO")], [("security forces", "MMR")]),
        _event("REQUEST", [("UN spokeswoman", "IGO")], [("military", "MMR")]),
        _event("COERCE", [], [("hundreds of people", "MMR")]),
        _event("REJECT", [("election commission", "MMR")], []),
    ]


def test_an_onlooker_is_not_the_unsaid_doer_of_arrests() -> None:
    events = _report()
    fill_actors(events, frozenset({"COERCE"}))
    assert events[2].actors == []


def test_an_onlooker_still_faces_the_country_it_addresses() -> None:
    events = _report()
    assert counterpart("MMR", dyads(events)) == "IGO"
    assert counterpart("MMR", dyads(events), frozenset({"IGO"})) == ""
    fill_recipients(events, frozenset({"REJECT"}))
    assert [p.country for p in events[3].recipients] == ["IGO"]


def test_an_unnamed_supranational_body_is_no_side_of_a_dyad() -> None:
    # "an international tribunal" is what a home dispute is about, not the other side.
    events = [
        Event(id="", type="AGREE", actors=[Participant("cabinet", "LBN")], recipients=[Participant("international tribunal", "IGO")]),
        Event(id="", type="REJECT", actors=[Participant("Hezbollah", "LBN")], recipients=[Participant("international tribunal", "IGO")]),
        Event(id="", type="REJECT", actors=[Participant("Hezbollah", "LBN")]),
    ]
    assert dyads(events) == {}
    fill_recipients(events, frozenset({"REJECT"}))
    assert events[2].recipients == []
