"""Acts done together: when parties of several countries carry out an act jointly
("Swedish and Finnish forces trained together", "held joint naval drills with Russia",
"jointly investigated the sabotage") and aim it at nobody else, the event is their
material cooperation (PLOVER COOPERATE), with every party an actor."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.arguments import ArgumentRoles, prep_objects
from eventwire.events.lexicon import Trigger
from eventwire.events.participants import same_party
from eventwire.models import Participant

UNKNOWN_COUNTRIES = ("", "UNK")


def joint_marker(trigger: Token, object_token: Token | None) -> str:
    """The word saying the act is done together, or ""."""
    roles = ArgumentRoles.load()
    for child in trigger.children:
        if child.dep_ == "advmod" and child.lower_ in roles.joint_adverbs:
            return child.lower_
    for noun in (trigger, object_token):
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            for child in noun.children:
                if child.dep_ in ("amod", "compound") and child.lower_ in roles.joint_modifiers:
                    return child.lower_
    return ""


def partners(trigger: Token, object_token: Token | None) -> list[Token]:
    """Who the act is done with: "held drills with Russia"."""
    heads = [trigger, *([object_token] if object_token is not None else [])]
    return [pobj for head in heads for _, pobj in prep_objects(head, {"with", "alongside"})]


def is_joint_cooperation(entry: Trigger, event_type: str, mode: str, marker: str, actors: list[Participant],
                         recipients: list[Participant], partner_parties: list[Participant]) -> bool:
    """Whether the coded act is parties of several countries acting together on nobody else."""
    if event_type == "COOPERATE":
        return False
    roles = ArgumentRoles.load()
    if not (event_type in roles.joint_types or f"{event_type}/{mode}" in roles.joint_types):
        return False
    if not marker and "COOPERATE" not in entry.alt_types:
        return False
    parties = {p.country for p in actors + partner_parties if p.country not in UNKNOWN_COUNTRIES}
    if len(parties) < 2:
        return False
    # an act aimed at someone else ("joint raids on al-Shabaab") keeps its own type
    return all(any(same_party(r, p) for p in partner_parties) for r in recipients)
