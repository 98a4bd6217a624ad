"""Where events happened: the clause's place, the sentence's, the dateline's."""

from __future__ import annotations

from eventwire.models import Article, ArticleResult, Event


def _events(pipeline, text: str, dateline: str = "") -> list[Event]:  # type: ignore[no-untyped-def]
    result = pipeline.process(Article(doc_id="loc", text=text, published="2006-03-02", dateline=dateline))
    assert isinstance(result, ArticleResult)
    return result.events


def _located(events: list[Event], event_type: str) -> tuple[str, str, str]:
    event = next(e for e in events if e.type == event_type)
    return event.location.name, event.location.precision, event.location.source


def test_a_scene_preposition_in_the_clause_places_the_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "The Russian and Turkish presidents held talks in Moscow on Monday.")
    assert _located(events, "CONSULT") == ("Moscow", "point", "parse")


def test_movement_verbs_place_the_event_at_their_destination(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Britain sent 2,000 more troops to Afghanistan on Tuesday.")
    assert events
    assert {(e.location.name, e.location.precision, e.location.source) for e in events} == \
        {("Afghanistan", "country", "parse")}


def test_to_after_a_verb_of_saying_names_a_recipient_not_a_scene(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "The Georgian government appealed to Russia on Tuesday to stop the shelling.")
    assert all(e.location.source != "parse" for e in events)


def test_the_object_of_a_visit_is_its_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Pakistani Prime Minister Shaukat Aziz visited China last week.")
    assert _located(events, "CONSULT") == ("China", "country", "parse")


def test_a_noun_trigger_reads_on_as_its_target_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Hezbollah fighters fired rocket attacks on northern Israel on Sunday.")
    assert any(e.location.name == "northern Israel" and e.location.precision == "region" for e in events)


def test_a_place_elsewhere_in_the_sentence_places_the_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Kandahar was tense on Monday after police arrested 12 protesters.")
    assert _located(events, "COERCE") == ("Kandahār", "point", "sentence")  # GeoNames spelling


def test_a_place_that_is_a_participant_is_not_the_scene(pipeline) -> None:  # type: ignore[no-untyped-def]
    events = _events(pipeline, "Moscow accused Tbilisi on Monday of provoking the crisis.")
    assert events and all(e.location.name == "" for e in events)


def test_the_dateline_places_only_events_its_country_takes_part_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian Foreign Minister Sergei Lavrov met his Armenian counterpart on Monday. "
            "Azerbaijani forces shelled Armenian positions on Sunday.")
    events = _events(pipeline, text, dateline="MOSCOW, March 2 (AFP)")
    meeting = next(e for e in events if e.type == "CONSULT")
    assert (meeting.location.name, meeting.location.source) == ("Moscow", "dateline")
    shelling = next(e for e in events if e.type == "ASSAULT")
    assert shelling.location.name == ""
