"""Deployments that help someone else are military assistance (AID), not a show of force."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event

EventsOf = Callable[[str], list[Event]]


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("Rwanda sent troops to support the Mozambican army.", "MOZ"),
        ("Chad deployed soldiers to Niger to protect the uranium mines.", "NER"),  # the side is where they go
        ("Britain sent long-range missiles to Kyiv.", "UKR"),  # weapons sent to a country are handed over
    ],
)
def test_forces_or_arms_sent_to_another_countrys_side_are_military_aid(events_of: EventsOf, text: str, helped: str) -> None:
    [aid] = [e for e in events_of(text) if e.type != "ASSAULT"]
    assert (aid.type, aid.mode) == ("AID", "military") and helped in {p.country for p in aid.recipients}


def test_forces_sent_to_join_a_un_mission_keep_the_peace(events_of: EventsOf) -> None:
    [aid] = events_of("Nepal sent 800 soldiers to join the UN mission in Mali.")
    assert (aid.type, aid.mode) == ("AID", "peacekeeping")


def test_the_country_a_peacekeeping_force_serves_in_is_helped_too(events_of: EventsOf) -> None:
    [aid] = events_of("Japan is sending troops to the United Nations peacekeeping force in South Sudan.")
    assert {p.country for p in aid.recipients} == {"IGO", "SSD"}
    # a force named with no place it serves helps no country
    [bare] = events_of("Japan is sending troops to the United Nations peacekeeping force.")
    assert {p.country for p in bare.recipients} == {"IGO"}


@pytest.mark.parametrize(
    "text",
    [
        "Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday.",
        "The first contingents of West African peacekeeping troops arrive in Monrovia.",
    ],
)
def test_peacekeepers_moving_themselves_keep_the_peace(events_of: EventsOf, text: str) -> None:
    assert [(e.type, e.mode) for e in events_of(text)] == [("AID", "peacekeeping")]


def test_troops_moving_themselves_stay_a_deployment(events_of: EventsOf) -> None:
    assert [e.type for e in events_of("Russian troops began deploying to Belarus on Tuesday.")] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "India sent troops to the border to protect the villages.",  # its own side
        "Russia sent troops to Ukraine to protect Russian speakers.",  # the side named is the senders' own
        "The Thai navy deployed ships to the Gulf of Thailand.",
    ],
)
def test_forces_sent_for_ones_own_side_stay_a_deployment(events_of: EventsOf, text: str) -> None:
    assert [e.type for e in events_of(text)] == ["MOBILIZE"]
