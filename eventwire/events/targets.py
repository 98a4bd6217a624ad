"""Places as parties: a place named as the target or destination of an act stands for
the country it lies in ("shelled Tel Aviv", "visited the crossing at Rafah", "imposed
a siege on the territory").

Only the receiving side is read this way: where something happens ("killed in Gaza")
says nothing about who did it. For harm and help with a known doer and nobody on the
receiving end, the scene in another country is that country's ("gave euros to promote
investment in Ethiopia").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.arguments import ArgumentRoles
from eventwire.models import Participant, Place

UNKNOWN = ("", "UNK")
# Definite nouns that point back at the last place of a matching kind ("the enclave").
BACK_POINTING = {
    "territory": ("region", "country"), "enclave": ("region",), "strip": ("region",),
    "region": ("region", "country"), "country": ("country",), "nation": ("country",),
    "city": ("city",), "town": ("city",), "village": ("city",), "province": ("region",),
}
DEFINITE = {"the", "this", "that"}


def place_party(token: Token, places: list[Place], exclude: frozenset[str] = frozenset()) -> Participant | None:
    """The country of the place the argument names or points back at, as a participant;
    ``exclude`` holds countries that cannot be meant (the doer's own)."""
    named = _named_place(token, places)
    candidates = [named] if named is not None else _pointed_places(token, places)
    for place in candidates:
        if place.country not in UNKNOWN and place.country not in exclude:
            return Participant(place.name or place.text, place.country, "", "", place.text, -1, -1)
    return None


def _named_place(token: Token, places: list[Place]) -> Place | None:
    start = min(t.idx for t in token.subtree if t.dep_ in ("compound", "amod", "det") or t.i == token.i)
    end = token.idx + len(token.text)
    made_at = token.lemma_.lower() in ArgumentRoles.load().venue_named_nouns
    for place in places:
        if made_at and place.kind == "city" and place.end <= token.idx:
            continue  # "the Vienna agreement", "the Minsk accords": where it was made, nobody's
        if place.start <= token.idx < place.end or (start <= place.start and place.end <= end):
            return place
    # "the crossing at Rafah", "the town of Surif": the place that the head is part of
    # ("critics of Damascus" are not Damascus's).
    if token.lemma_.lower() in ArgumentRoles.load().adversary_nouns:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "near"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = next((p for p in places if p.start <= pobj.idx < p.end), None)
                    if found is not None:
                        return found
    return None


def _pointed_places(token: Token, places: list[Place]) -> list[Place]:
    """The places a definite "the territory" may point back at, latest first."""
    kinds = BACK_POINTING.get(token.lemma_.lower())
    if kinds is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []  # "the territory of X" names X itself
    return [p for p in reversed(places) if p.end <= token.idx and p.kind in kinds]


def scene_party(trigger: Token, places: list[Place], exclude: frozenset[str]) -> Participant | None:
    """The country of the place where a one-sided act was done, when it is not the doer's
    own ("shelled villages in Poonch district", "provided aid to those affected in Yemen"):
    harm or help done in another country falls on that country's side."""
    for prep in _scene_preps(trigger):
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                found = place_party(pobj, places, exclude)
                if found is not None:
                    # named in the clause itself, so the evidence can point at it
                    return replace(found, start=pobj.left_edge.idx, end=pobj.idx + len(pobj.text))
    return None


SCENE_PREPS = ("in", "inside", "across", "throughout")
TARGET_PREPS = ("on", "against")
# How far below the act a scene may hang: its object, the purpose clause and that clause's
# object ("gave euros to promote investment in Ethiopia").
SCENE_PATH = ("dobj", "xcomp", "advcl", "pobj", "prep")


def _scene_preps(trigger: Token) -> list[Token]:
    # "strikes on Kyiv killed 12": where the act that did the harm fell
    out = [prep for subject in trigger.children if subject.dep_ == "nsubj" and subject.pos_ == "NOUN"
           for prep in subject.children if prep.dep_ == "prep" and prep.lower_ in (*SCENE_PREPS, *TARGET_PREPS)]
    frontier = [trigger]
    for _ in range(4):
        nxt = []
        for head in frontier:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in SCENE_PREPS:
                    out.append(child)
                elif child.dep_ in SCENE_PATH and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                    nxt.append(child)
        frontier = nxt
    return out
