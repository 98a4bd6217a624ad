"""Counterparts: the holder of the same office in the country the description or clause names."""

from __future__ import annotations

from datetime import date

from eventwire.actors.mentions import MentionResolver
from eventwire.models import Participant
from eventwire.nlp.analysis import load_analysis_pipeline
from eventwire.places import find_places


def _counterpart(resolver: MentionResolver, text: str, on: date) -> list[Participant]:
    doc = load_analysis_pipeline()(text)
    index = resolver.index(doc, on, places=[(p.start, p.end) for p in find_places(doc)])
    return index.resolve(next(t for t in doc if t.lower_ == "counterpart"))


def test_a_counterpart_is_the_holder_of_the_same_office_on_the_day(resolver: MentionResolver) -> None:
    text = "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara."
    [earlier] = _counterpart(resolver, text, date(2005, 6, 1))
    [later] = _counterpart(resolver, text, date(2016, 6, 1))
    assert earlier.country == later.country == "TUR" and earlier.sector == "GOV"
    assert earlier.actor_id and later.actor_id and earlier.actor_id != later.actor_id


def test_the_place_of_the_meeting_names_the_counterparts_country(resolver: MentionResolver) -> None:
    [host] = _counterpart(resolver, "Iran's foreign minister met his counterpart in Moscow on Tuesday.", date(2016, 6, 1))
    assert (host.country, host.sector) == ("RUS", "GOV") and host.actor_id


def test_a_counterpart_the_knowledge_base_cannot_name_keeps_country_and_sector(resolver: MentionResolver) -> None:
    [unnamed] = _counterpart(resolver, "The Zorbanian trade minister Xelt Moru met his Chilean counterpart.", date(2016, 6, 1))
    assert unnamed.country == "CHL" and not unnamed.actor_id
