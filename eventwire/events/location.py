"""Where an event happened: the place its clause names, else its sentence's, else the
dateline's when the dateline's country takes part. ``Location.source`` says which."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.errors import ModelError
from eventwire.models import Event, Location, Place
from eventwire.places.entry import PlaceEntry


@dataclass(frozen=True, slots=True)
class Locatives:
    """The words that make a place the scene of a clause (data/locatives.yaml)."""

    scene_preps: frozenset[str]
    movement: dict[str, frozenset[str]]  # preposition -> verb lemmas
    object_verbs: frozenset[str]


@lru_cache(maxsize=1)
def locatives() -> Locatives:
    try:
        raw = yaml.safe_load(resources.files("eventwire.events").joinpath("data", "locatives.yaml").read_text("utf-8"))
        return Locatives(
            scene_preps=frozenset(raw["scene_preps"]),
            movement={prep: frozenset(verbs) for prep, verbs in raw["movement"].items()},
            object_verbs=frozenset(raw["object_verbs"]),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"events data file locatives.yaml is missing or malformed: {exc!r}") from exc


def clause_location(trigger: Token, sentence: Span, places: list[Place]) -> Location:
    """A place the trigger's clause puts it in: 'talks in Moscow', 'clashes near the
    border town of X', 'troops sent to Afghanistan', 'visited China'."""
    in_sentence = [p for p in places if sentence.start_char <= p.start and p.end <= sentence.end_char]
    if not in_sentence:
        return Location()
    words = locatives()
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    lemmas = {clause.lemma_.lower(), trigger.lemma_.lower()}
    scene: set[int] = set()
    for token in clause.subtree:
        prep = token.head.lower_
        if token.dep_ == "pobj" and (prep in words.scene_preps or lemmas & words.movement.get(prep, frozenset())):
            scene.add(token.idx)
        elif token.dep_ == "dobj" and token.head.i == clause.i and lemmas & words.object_verbs:
            scene.add(token.idx)
    for place in in_sentence:
        if any(place.start <= idx < place.end for idx in scene):
            return _location(place, "parse")
    return Location()


def fill_locations(events: list[Event], doc: Doc, places: list[Place], dateline: PlaceEntry | None) -> None:
    """Give events their clause has not placed the sentence's place or the dateline's.

    A sentence's place counts only when it is a place below the country and not part of
    a participant's words ("Moscow said" names an actor, not a scene). The dateline
    places an event only when the dateline's country takes part: a wire filed from
    Moscow about shelling in Karabakh does not put the shelling in Moscow.
    """
    for event in events:
        if event.location.name or event.evidence.start < 0:
            continue
        sentence = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
        place = _sentence_place(event, sentence.sent if sentence is not None else None, places)
        if place is not None:
            event.location = _location(place, "sentence")
        elif dateline is not None and dateline.country in _countries(event):
            event.location = Location(dateline.name, dateline.country, dateline.lat, dateline.lon,
                                      dateline.precision, dateline.geonameid, "dateline")


def _sentence_place(event: Event, sentence: Span | None, places: list[Place]) -> Place | None:
    if sentence is None:
        return None
    taken = [(p.start, p.end) for p in [*event.actors, *event.recipients] if p.start >= 0]
    for place in places:
        inside = sentence.start_char <= place.start and place.end <= sentence.end_char
        if inside and place.kind != "country" and place.country not in ("", "UNK") and \
                not any(start < place.end and place.start < end for start, end in taken):
            return place
    return None


def _countries(event: Event) -> set[str]:
    return {p.country for p in [*event.actors, *event.recipients]}


def _location(place: Place, source: str) -> Location:
    return Location(place.name, place.country, place.lat, place.lon, place.precision, place.geonameid, source)
