"""Acts done together: when parties of several countries carry out an act jointly
("Swedish and Finnish forces trained together", "held joint naval drills with Russia",
"jointly investigated the sabotage") and aim it at nobody else, the event is their
material cooperation (PLOVER COOPERATE), with every party an actor."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.events.arguments import ArgumentRoles, prep_objects
from eventwire.events.lexicon import Trigger
from eventwire.events.participants import resolve_all, same_party
from eventwire.events.targets import UNKNOWN
from eventwire.models import Participant


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


def _partners(trigger: Token, object_token: Token | None) -> list[Token]:
    """Who the act is done with: "held drills with Russia"."""
    heads = [trigger, *([object_token] if object_token is not None else [])]
    return [pobj for head in heads for _, pobj in prep_objects(head, {"with", "alongside"})]


def joint_cooperation(entry: Trigger, event_type: str, mode: str, trigger: Token, object_token: Token | None,
                      actors: list[Participant], recipients: list[Participant], mentions: MentionIndex) -> tuple[str, list[Participant]] | None:
    """The marker ("" when the entry's exercises need none) and the partners named by "with",
    when the coded act is parties of several countries acting together on nobody else; else None."""
    roles = ArgumentRoles.load()
    if event_type not in roles.joint_types and f"{event_type}/{mode}" not in roles.joint_types:
        return None
    marker = joint_marker(trigger, object_token)
    if not marker and "COOPERATE" not in entry.alt_types:
        return None
    partners = resolve_all(mentions, _partners(trigger, object_token))
    if len({p.country for p in actors + partners if p.country not in UNKNOWN}) < 2:
        return None
    # an act aimed at someone else ("joint raids on al-Shabaab") keeps its own type
    if not all(any(same_party(r, p) for p in partners) for r in recipients):
        return None
    return marker, partners
