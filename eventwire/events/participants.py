"""Who an event's argument tokens name: resolving them to participants, and sets of them."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.events.targets import place_party
from eventwire.models import Participant, Place


def participants_of(mentions: MentionIndex, token: Token) -> list[Participant]:
    """Who an argument names; an act or a proposal names whoever it belongs to ("Israeli
    shelling killed", "rejected a US proposal"), a bare modifier the country it names."""
    found = mentions.resolve(token)
    if found:
        return found
    if token.dep_ in ("amod", "compound", "nmod"):
        return mentions.named_modifier(token)
    if token.pos_ == "NOUN":
        return mentions.owners(token)
    return []


def first_resolving(mentions: MentionIndex, tokens: list[Token]) -> list[Participant]:
    for token in tokens:
        found = participants_of(mentions, token)
        if found:
            return found
    return []


def first_place(tokens: list[Token], places: list[Place], exclude: frozenset[str]) -> list[Participant]:
    for token in tokens:
        found = place_party(token, places, exclude)
        if found is not None:
            return [found]
    return []


def resolve_all(mentions: MentionIndex, tokens: list[Token]) -> list[Participant]:
    out: list[Participant] = []
    for token in tokens:
        for participant in participants_of(mentions, token):
            if not any(same_party(participant, p) for p in out):
                out.append(participant)
    return out


def merge_parties(*groups: list[Participant]) -> list[Participant]:
    out: list[Participant] = []
    for group in groups:
        for participant in group:
            if not any(same_party(participant, p) for p in out):
                out.append(participant)
    return out


def same_party(a: Participant, b: Participant) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.name.lower() == b.name.lower() and a.country == b.country
