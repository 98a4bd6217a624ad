"""Acts done together by parties of several countries are their cooperation (COOPERATE)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event

EventsOf = Callable[[str], list[Event]]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Chinese and Russian militaries held joint naval drills in the Sea of Japan.", {"CHN", "RUS"}),
        ("Swedish and Finnish forces trained together in the Arctic.", {"SWE", "FIN"}),
        ("Russia held naval drills with China in the Pacific.", {"RUS", "CHN"}),
        ("The navies of India, Japan and Australia held the Malabar exercise.", {"IND", "JPN", "AUS"}),
        ("Indonesian and Australian police jointly investigated the bombing.", {"IDN", "AUS"}),
    ],
)
def test_an_act_done_together_is_cooperation_between_all_parties(events_of: EventsOf, text: str, countries: set[str]) -> None:
    events = events_of(text)
    cooperation = next(e for e in events if e.type == "COOPERATE")
    assert {p.country for p in cooperation.actors} == countries and not cooperation.recipients
    assert "together" in cooperation.why


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # aimed at someone else: the act keeps its type
        ("Kenyan and Somali forces carried out joint raids on al-Shabaab positions.", "COERCE"),
        # one country alone, no marker: a show of force
        ("Russia held military drills near the Ukrainian border.", "MOBILIZE"),
        # a diplomatic act with a partner is no material cooperation
        ("Myanmar has established diplomatic ties with Seychelles.", "SUPPORT"),
    ],
)
def test_other_acts_keep_their_type(events_of: EventsOf, text: str, kept: str) -> None:
    types = {e.type for e in events_of(text)}
    assert kept in types and "COOPERATE" not in types


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Brazil and Paraguay launched a joint project to upgrade the border bridge.", {"BRA", "PRY"}),
        ("Norway and Denmark coordinated cuts in fishing quotas.", {"NOR", "DNK"}),
        ("Peru and Colombia are jointly developing a gas field in the Amazon.", {"PER", "COL"}),
        ("Paris and Berlin have begun co-developing a new battle tank.", {"FRA", "DEU"}),
        ("Vietnamese and Thai engineers built the dam together.", {"VNM", "THA"}),
    ],
)
def test_a_clause_no_trigger_codes_done_together_is_cooperation(events_of: EventsOf, text: str, countries: set[str]) -> None:
    events = events_of(text)
    assert [e.type for e in events] == ["COOPERATE"]
    assert {p.country for p in events[0].actors} == countries and not events[0].recipients
    assert "no lexicon trigger" in events[0].why


@pytest.mark.parametrize(
    "text",
    [
        "The ministry coordinated the relief effort in the north.",  # one party alone
        "Kenyan and Ugandan police jointly questioned the Somali suspects.",  # aimed at a third party
    ],
)
def test_no_cooperation_without_two_countries_acting_on_nobody_else(events_of: EventsOf, text: str) -> None:
    assert "COOPERATE" not in {e.type for e in events_of(text)}
