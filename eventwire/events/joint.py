"""Acts done together: when parties of several countries carry out an act jointly
("Swedish and Finnish forces trained together", "held joint naval drills with Russia",
"jointly investigated the sabotage") and aim it at nobody else, the event is their
material cooperation (PLOVER COOPERATE), with every party an actor."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.events.arguments import ArgumentRoles, prep_objects
from eventwire.events.dating import Dater
from eventwire.events.fallback import clause_event
from eventwire.events.lexicon import Trigger
from eventwire.events.matching import verb_keys
from eventwire.events.ontology import Ontology
from eventwire.events.participants import merge_parties, resolve_all, same_party
from eventwire.events.recipients import verb_arguments
from eventwire.events.targets import UNKNOWN
from eventwire.models import Event, Participant
from eventwire.nlp.syntax import object_of


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


def _acts_together(verb: Token, object_token: Token | None) -> str:
    """The word saying a clause the lexicon did not code is done together: a joint marker
    ("jointly developed", "launched a joint project") or a verb of working together
    ("coordinated cuts in oil production")."""
    roles = ArgumentRoles.load()
    if verb.lemma_.lower() in roles.joint_verbs:
        return verb.lemma_.lower()
    if verb_keys(verb)[0].startswith("co-"):
        return "co-"  # "co-developing" is three tokens
    return joint_marker(verb, object_token)


def joint_clause_event(sentence: Span, mentions: MentionIndex, dater: Dater, ontology: Ontology) -> Event | None:
    """The cooperation of a sentence no trigger coded, whose clause says parties of several
    countries act together on nobody else ("Egypt and Jordan launched a joint project to
    link their power grids"): what they do together is theirs, whatever the verb."""
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        object_token = object_of(verb)
        marker = _acts_together(verb, object_token)
        if not marker:
            continue
        found = verb_arguments(verb, object_token, {"with", "alongside"}, "COOPERATE")
        actors = merge_parties(resolve_all(mentions, found.actors), resolve_all(mentions, _partners(verb, object_token)))
        if len({p.country for p in actors if p.country not in UNKNOWN}) < 2:
            continue
        countries = {p.country for p in actors}
        aimed_at = resolve_all(mentions, [object_token]) if object_token is not None else []
        if any(r.country not in countries for r in aimed_at):
            continue  # "jointly attacked the rebels" is an act on a third party, not cooperation
        why = f"joint act: parties of several countries '{verb.text}' together ('{marker}'), no lexicon trigger"
        return clause_event(verb, sentence, "COOPERATE", actors, [], why, 0.5, dater, ontology)
    return None
