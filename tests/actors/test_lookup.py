"""explain(): every reading of a name on a date, with the reasons, over a small hand-built knowledge base."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventwire.actors.kb import (
    KnowledgeBase,
    country_from_mapping,
    office_titles,
    organisation_from_mapping,
    person_from_mapping,
    role_from_mapping,
)
from eventwire.actors.lookup import explain
from eventwire.errors import ModelError


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    titles = office_titles()
    countries = [
        {"iso3": "XFR", "name": "Freedonia", "adjectives": ["Freedonian", "Freedonians"], "capital": "Fredville", "seats": ["Fredville", "Palace of Winds"], "leader_office": "head_of_state"},
        {"iso3": "XSY", "name": "Sylvania", "adjectives": ["Sylvanian"], "capital": "Sylvan City", "seats": ["Sylvan City"], "leader_office": "head_of_government"},
        {"iso3": "XNU", "name": "Northern Union", "adjectives": ["Northern"], "capital": "Norburg", "seats": ["Norburg"], "leader_office": "head_of_state"},
    ]
    organisations = [{"id": "flf", "name": "Freedonian Liberation Front", "aliases": ["FLF"], "country": "XFR", "sector": "REB", "kind": "armed_group",
                      "founded": "2001"}]
    people = [
        {"name": "Rufus Firefly", "country": "XFR", "surnames": ["Firefly"], "offices": [["head_of_state", "2010-01-01", "2015-06-30"]]},
        {"name": "Gloria Teasdale", "country": "XFR", "gender": "f", "surnames": ["Teasdale"],
         "offices": [["foreign_minister", "2011-03-01", "2015-06-30"], ["head_of_state", "2015-07-01"]]},
        # Two Trentinos: one hand-checked with an office to 2012, one legacy entry of another country.
        {"name": "Luis Trentino", "country": "XSY", "surnames": ["Trentino"], "offices": [["head_of_government", "2000-01-01", "2012-12-31"]]},
        {"name": "Marco Trentino", "country": "XFR", "surnames": ["Trentino"], "source": "phoenix", "sector": "ELI"},
        # Two Pinkys: a hand-checked former foreign minister and a legacy entry.
        {"name": "Otto Pinky", "country": "XFR", "surnames": ["Pinky"], "offices": [["foreign_minister", "2001-01-01", "2004-12-31"]]},
        {"name": "Lena Pinky", "country": "XSY", "surnames": ["Pinky"], "source": "phoenix"},
        # Two hand-checked Chicolinis without offices: nothing decides between them.
        {"name": "Ana Chicolini", "country": "XFR", "surnames": ["Chicolini"]},
        {"name": "Pia Chicolini", "country": "XFR", "surnames": ["Chicolini"]},
    ]
    roles = [
        {"noun": "president", "sector": "GOV", "office": "head_of_state"},
        {"noun": "foreign minister", "sector": "GOV", "office": "foreign_minister"},
        {"noun": "leader", "sector": "GOV", "office": "leader"},
        {"noun": "rebel", "sector": "REB"},
        {"noun": "union", "sector": "LAB"},
    ]
    return KnowledgeBase(
        [country_from_mapping(c, "test") for c in countries],
        [organisation_from_mapping(o, "test") for o in organisations],
        [person_from_mapping(p, titles, "test") for p in people],
        [role_from_mapping(r, "test") for r in roles],
    )


def test_an_office_holder_changes_between_two_dates(kb: KnowledgeBase) -> None:
    before = explain(kb, "the Freedonian president", on=date(2012, 5, 1))
    after = explain(kb, "the Freedonian president", on=date(2016, 5, 1))
    assert before.role is not None and after.role is not None
    assert (before.role.office, before.role.owner) == ("head_of_state", "XFR")
    assert [h.name for h in before.role.holders] == ["Rufus Firefly"]
    assert [h.name for h in after.role.holders] == ["Gloria Teasdale"]
    assert any("Gloria Teasdale" in reason for reason in after.reasons)
    # the same person holds another office on each date
    teasdale_then = explain(kb, "Teasdale", on=date(2012, 5, 1)).person
    teasdale_now = explain(kb, "Teasdale", on=date(2016, 5, 1)).person
    assert teasdale_then is not None and teasdale_now is not None
    assert [o.title for o in teasdale_then.offices_held] == ["foreign_minister"]
    assert [o.title for o in teasdale_now.offices_held] == ["head_of_state"]


def test_a_country_whose_name_ends_in_a_role_noun_is_the_country_not_the_role(kb: KnowledgeBase) -> None:
    country = explain(kb, "the Northern Union", on=date(2012, 5, 1))
    assert country.country is not None and country.country.iso3 == "XNU"
    assert country.role is None
    assert explain(kb, "the union", on=date(2012, 5, 1)).role is not None


def test_a_bare_title_takes_its_owner_from_the_country_and_leader_follows_the_leading_office(kb: KnowledgeBase) -> None:
    owned = explain(kb, "foreign minister", on=date(2012, 5, 1), country="XFR")
    assert owned.role is not None and [h.name for h in owned.role.holders] == ["Gloria Teasdale"]
    ownerless = explain(kb, "foreign minister", on=date(2012, 5, 1))
    assert ownerless.role is not None and ownerless.role.holders == () and any("no owner" in r for r in ownerless.reasons)
    leader = explain(kb, "Sylvanian leader", on=date(2005, 1, 1))
    assert leader.role is not None and [h.name for h in leader.role.holders] == ["Luis Trentino"]
    assert any("head_of_government" in r for r in leader.reasons)
    of_form = explain(kb, "president of Freedonia", on=date(2012, 5, 1))
    assert of_form.role is not None and [h.name for h in of_form.role.holders] == ["Rufus Firefly"]


def test_ambiguous_names_list_the_candidates_and_the_rule_that_chose(kb: KnowledgeBase) -> None:
    by_office = explain(kb, "Trentino", on=date(2005, 1, 1))
    assert by_office.person is not None and by_office.person.name == "Luis Trentino"
    assert {c.name for c in by_office.candidates} == {"Luis Trentino", "Marco Trentino"}
    assert any("held an office on 2005-01-01" in r for r in by_office.reasons)

    by_country = explain(kb, "Trentino", on=date(2020, 1, 1), country="XFR")
    assert by_country.person is not None and by_country.person.name == "Marco Trentino"
    assert by_country.person.sector == "ELI"  # no office that day: the person's default sector
    assert any("belong to XFR" in r for r in by_country.reasons)

    by_source = explain(kb, "Trentino", on=date(2020, 1, 1))
    assert by_source.person is not None and by_source.person.name == "Luis Trentino"
    assert any("hand-checked" in r for r in by_source.reasons)

    undecided = explain(kb, "Chicolini", on=date(2020, 1, 1))
    assert undecided.person is None and len(undecided.candidates) == 2
    assert any("still ambiguous" in r for r in undecided.reasons)
    # explain never disagrees with the knowledge base it explains
    for name, on, country in (("Trentino", date(2005, 1, 1), None), ("Trentino", date(2020, 1, 1), "XFR"), ("Chicolini", date(2020, 1, 1), None)):
        chosen = kb.person(name, on=on, country=country)
        answer = explain(kb, name, on=on, country=country).person
        assert (chosen.id if chosen else None) == (answer.id if answer else None)


def test_a_shared_surname_out_of_office_names_a_former_leader_but_not_a_former_minister(kb: KnowledgeBase) -> None:
    # Luis Trentino led Sylvania until 2012: "Trentino" in 2020 is still him (see above).
    in_office = explain(kb, "Pinky", on=date(2003, 1, 1))
    assert in_office.person is not None and in_office.person.name == "Otto Pinky"
    later = explain(kb, "Pinky", on=date(2020, 1, 1))
    assert later.person is None and kb.person("Pinky", on=date(2020, 1, 1)) is None
    assert any("names nobody in particular" in r for r in later.reasons)
    # the full name still names him whenever
    assert kb.person("Otto Pinky", on=date(2020, 1, 1)) is not None


def test_full_name_beats_surname(kb: KnowledgeBase) -> None:
    full = explain(kb, "Marco Trentino", on=date(2005, 1, 1))
    assert full.person is not None and full.person.name == "Marco Trentino" and full.person.matched_by == "full name"


def test_country_seat_demonym_and_organisation_readings(kb: KnowledgeBase) -> None:
    seat = explain(kb, "the Palace of Winds", on=date(2012, 5, 1))
    assert seat.seat is not None and seat.seat.iso3 == "XFR" and seat.seat.leader == "Rufus Firefly"
    assert any("metonymy" in r for r in seat.reasons)
    capital = explain(kb, "Fredville", on=date(2012, 5, 1))
    assert capital.seat is not None and any("the capital of Freedonia" in r for r in capital.reasons)
    demonym = explain(kb, "Freedonians", on=date(2012, 5, 1))
    assert demonym.demonym is not None and demonym.demonym.iso3 == "XFR" and demonym.person is None
    country = explain(kb, "XFR", on=date(2016, 5, 1))
    assert country.country is not None and country.country.via == "code" and country.country.leader == "Gloria Teasdale"
    org = explain(kb, "FLF", on=date(2012, 5, 1))
    assert org.organisation is not None and (org.organisation.id, org.organisation.sector) == ("flf", "REB")
    assert explain(kb, "flf", on=date(2012, 5, 1)).organisation is None  # acronyms match only in capitals
    early = explain(kb, "FLF", on=date(1999, 5, 1))  # before the front was founded the letters name another body
    assert early.organisation is None and any("only from 2001-01-01" in r for r in early.reasons)


def test_unknown_names_and_bad_countries(kb: KnowledgeBase) -> None:
    unknown = explain(kb, "Groucho", on=date(2012, 5, 1))
    assert not unknown.found and any("not in the knowledge base" in r for r in unknown.reasons)
    record = json.loads(json.dumps(unknown.as_dict()))
    assert record["found"] is False and record["on"] == "2012-05-01"
    undated = explain(kb, "Firefly")
    assert undated.on == date.today() and any("no date given" in r for r in undated.reasons)
    with pytest.raises(ModelError, match="--country 'Atlantis'"):
        explain(kb, "Firefly", country="Atlantis")
    with pytest.raises(ModelError):
        explain(kb, "   ")


def test_as_dict_carries_offices_and_candidates(kb: KnowledgeBase) -> None:
    record = explain(kb, "Trentino", on=date(2005, 1, 1)).as_dict()
    assert record["person"]["offices_held"][0] == {"title": "head_of_government", "country": "XSY", "sector": "GOV", "start": "2000-01-01", "end": "2012-12-31", "org": ""}
    assert sorted(c["name"] for c in record["candidates"]) == ["Luis Trentino", "Marco Trentino"]
