"""Where an event happened: the place its clause names, else its sentence's, else the dateline's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.models import Location, Place

_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def clause_location(trigger: Token, sentence: Span, places: list[Place]) -> Location:
    """A place the trigger's clause puts it in ('in Moscow', 'near the border town of X')."""
    in_sentence = [p for p in places if sentence.start_char <= p.start and p.end <= sentence.end_char and p.kind != "country"]
    if not in_sentence:
        return Location()
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    spans = {t.idx for t in clause.subtree if t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE_PREPS}
    for place in in_sentence:
        if any(place.start <= idx < place.end for idx in spans):
            return Location(place.name, place.country, place.lat, place.lon, place.kind)
    return Location()
