"""Events the lexicon misses, coded from the classifier's reading of the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.mentions import MentionResolver
from eventwire.events.dating import Dater
from eventwire.events.fallback import (
    MAX_NO_EVENT_PROBABILITY,
    MIN_TYPE_PROBABILITY,
    classified_event,
)
from eventwire.events.ontology import Ontology
from eventwire.models import Event

ON = date(2021, 3, 2)



def _coded(resolver: MentionResolver, nlp, text: str, probabilities: dict[str, float]) -> Event | None:  # type: ignore[no-untyped-def]
    mentions = resolver.index(nlp(text), ON, None)
    sentence = next(iter(mentions.doc.sents))
    return classified_event(probabilities, sentence, mentions, Dater([], ON, text), Ontology.load())


def test_a_confident_reading_codes_the_main_clause(resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    event = _coded(resolver, nlp, "Turkish troops overran a Kurdish town.", {"ASSAULT": 0.8, "NONE": 0.1, "COERCE": 0.1})
    assert event is not None
    assert (event.type, [a.country for a in event.actors], event.status) == ("ASSAULT", ["TUR"], "asserted")
    assert event.date == ON.isoformat()
    assert event.why.startswith("classifier ASSAULT 0.80") and "no lexicon trigger" in event.why


def test_a_material_act_is_read_in_the_clause_a_saying_verb_reports(resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    event = _coded(resolver, nlp, "Officials in Damascus said Turkish troops overran the town.", {"ASSAULT": 0.9, "NONE": 0.05})
    assert event is not None
    assert [a.country for a in event.actors] == ["TUR"]


def test_talks_are_read_in_the_reported_clause_not_given_to_the_sayer(resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    held = _coded(resolver, nlp, "Officials said Sudan and Chad had held talks on the border.", {"CONSULT": 0.9, "NONE": 0.05})
    assert held is not None and sorted(a.country for a in held.actors) == ["SDN", "TCD"]
    # talks whose parties are not named are no sayer's
    assert _coded(resolver, nlp, "Officials said talks could resume next month.", {"CONSULT": 0.9, "NONE": 0.05}) is None


@pytest.mark.parametrize("probabilities", [
    {"ASSAULT": MIN_TYPE_PROBABILITY - 0.05, "NONE": 0.0},
    {"ASSAULT": 0.7, "NONE": MAX_NO_EVENT_PROBABILITY + 0.05},
    {"NONE": 0.9},
])
def test_an_unsure_reading_codes_nothing(resolver, nlp, probabilities: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    assert _coded(resolver, nlp, "Turkish troops overran a Kurdish town.", probabilities) is None


def test_a_verb_the_lexicon_knows_is_not_second_guessed(resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russian soldiers left for the front."
    mentions = resolver.index(nlp(text), ON, None)
    sentence = next(iter(mentions.doc.sents))
    probabilities = {"RETREAT": 0.9, "NONE": 0.05}
    assert classified_event(probabilities, sentence, mentions, Dater([], ON, text), Ontology.load()) is not None
    assert classified_event(probabilities, sentence, mentions, Dater([], ON, text), Ontology.load(), frozenset({"leave"})) is None


def test_without_a_known_doer_nothing_is_coded(resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _coded(resolver, nlp, "It rained over the town.", {"ASSAULT": 0.9, "NONE": 0.05}) is None


def test_who_died_or_suffered_did_nothing(resolver, nlp) -> None:  # type: ignore[no-untyped-def]
    died = "Three US soldiers died when a bomb went off near their vehicle."
    assert _coded(resolver, nlp, died, {"ASSAULT": 0.9, "NONE": 0.05}) is None
    suffered = "US soldiers suffered heavy losses near Fallujah."
    assert _coded(resolver, nlp, suffered, {"ASSAULT": 0.9, "NONE": 0.05}) is None


def test_the_coder_asks_the_classifier_only_where_no_trigger_coded(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.models import Article

    result = pipeline.process(Article(doc_id="fb", text="Russian troops shelled Kharkiv on Monday.", published="2022-03-01"))
    assert [e.why.startswith("lexicon") for e in result.events] == [True]
