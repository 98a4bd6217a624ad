"""PLOVER contexts: from the sentence's words, the participants' sectors, the dyad, CAMEO."""

from __future__ import annotations

import pytest

from eventwire.errors import ModelError
from eventwire.events.contexts import ContextTagger, read_cues
from eventwire.events.ontology import Ontology
from eventwire.models import Article, ArticleResult, Event


def _event(pipeline, text: str, event_type: str) -> Event:  # type: ignore[no-untyped-def]
    result = pipeline.process(Article(doc_id="ctx", text=text, published="2021-03-02"))
    assert isinstance(result, ArticleResult)
    return next(e for e in result.events if e.type == event_type)


def test_the_sentence_words_give_the_topic(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _event(pipeline, "Japan and South Korea held talks on Monday on tariffs and exports of semiconductors.", "CONSULT")
    assert "economic" in event.contexts
    assert "technology" in event.contexts


def test_lemmas_match_inflected_words_and_phrases(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _event(pipeline, "Police fired tear gas at refugees who had crossed the border on Sunday.", "ASSAULT")
    assert {"repression", "migration"} <= set(event.contexts)


def test_state_armed_forces_make_an_event_military(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _event(pipeline, "Israeli troops shelled the village of Khiam on Tuesday.", "ASSAULT")
    assert "military" in event.contexts


def test_a_verbal_act_between_two_governments_is_diplomatic(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _event(pipeline, "The German government accused the Russian government of lying on Friday.", "ACCUSE")
    assert "diplomatic" in event.contexts


def test_an_act_inside_one_country_is_not_diplomatic(pipeline) -> None:  # type: ignore[no-untyped-def]
    event = _event(pipeline, "Kenyan police arrested 40 people in Nairobi on Friday.", "COERCE")
    assert "diplomatic" not in event.contexts


def test_the_cameo_crosswalk_context_is_kept() -> None:
    ontology = Ontology.load()
    tagger = ContextTagger([], ontology)
    event = Event(id="", type="RETREAT", mode="access", contexts=[], cameo="0861", quad=1, score=9.0)
    assert tagger.contexts_for(event, set()) == ["peacekeeping"]


def test_contexts_are_listed_in_the_ontology_order() -> None:
    tagger = ContextTagger.load()
    event = Event(id="", type="CONSULT", mode="", contexts=[], cameo="040", quad=1, score=1.0)
    found = tagger.contexts_for(event, tagger.heard(["refugee", "trade", "troop"], ["refugees", "trade", "troops"]))
    order = list(Ontology.load().contexts())
    assert found == sorted(found, key=order.index)
    assert {"military", "economic", "migration"} == set(found)


def test_a_cue_file_naming_an_unknown_context_is_refused() -> None:
    with pytest.raises(ModelError, match="'sports' is not a PLOVER context"):
        read_cues({"sports": {"words": ["football"]}}, Ontology.load(), "cues.yaml")


def test_a_cue_file_naming_an_unknown_type_is_refused() -> None:
    with pytest.raises(ModelError, match="unknown event type"):
        read_cues({"diplomatic": {"between_states": ["GOSSIP"]}}, Ontology.load(), "cues.yaml")
