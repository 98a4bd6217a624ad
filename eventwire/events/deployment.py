"""Deployments that help someone else: forces sent to serve a peacekeeping force or
mission, or sent to help, protect or reinforce another country's side, are military
assistance (PLOVER AID: the manual counts personnel as military aid), not a show of
force (MOBILIZE)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.events import arguments as args_mod
from eventwire.events.lexicon import Lexicon
from eventwire.events.matching import TriggerMatch, lemma_in
from eventwire.events.participants import resolve_all
from eventwire.events.targets import UNKNOWN
from eventwire.models import Participant
from eventwire.nlp.syntax import is_infinitive, object_of

# Types that deploy, and the prepositions that name where a deployment goes.
DEPLOYMENT_TYPES = frozenset({"MOBILIZE"})
DESTINATION_PREPS = {"to", "for", "on", "into", "with", "as", "under"}


def peacekeeping_words(lexicon: Lexicon) -> tuple[str, ...]:
    """What the lexicon's AID peacekeeping entries name: their nouns and the forces they send."""
    found = {e.lemma for e in lexicon.entries() if e.type == "AID" and e.mode == "peacekeeping" and e.pos == "NOUN"}
    found |= {w for verb in ("deploy", "send") for e in lexicon.verb_entries(verb) if e.type == "AID" and e.mode == "peacekeeping" for w in e.object}
    return tuple(sorted(found))


def purpose_of(verb: Token) -> Token | None:
    """The infinitive of purpose a verb governs: "sent troops to support the army"."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" and is_infinitive(child):
            return child
    return None


def peacekeeping_destination(match: TriggerMatch, words: tuple[str, ...]) -> Token | None:
    """The peacekeeping force or mission a deployment goes to or serves, if any."""
    heads = [match.token, *([match.object_token] if match.object_token is not None else [])]
    if match.entry.pos == "NOUN" and match.token.dep_ in ("dobj", "nsubjpass"):
        heads.append(match.token.head)  # "announced the deployment of troops ... on a peacekeeping mission"
    obj = object_of(match.token) if match.entry.pos == "VERB" else None
    candidates = [obj] if obj is not None else []  # "deployed 300 peacekeepers"
    if match.entry.pos == "VERB" and obj is None and (mover := args_mod.subject_of(match.token)) is not None:
        # "Russian peacekeepers began deploying", "contingents of peacekeeping troops arrive":
        # a force that moves itself is what is deployed
        candidates += [mover, *(pobj for _, pobj in args_mod.prep_objects(mover, {"of"}))]
    candidates += [pobj for head in heads for _, pobj in args_mod.prep_objects(head, DESTINATION_PREPS)]
    purpose = purpose_of(match.token) if match.entry.pos == "VERB" else None
    if purpose is not None and purpose.lemma_.lower() in args_mod.ArgumentRoles.load().joining_purposes:
        candidates += [t for t in [object_of(purpose)] if t is not None]  # "sent soldiers to join the UN mission"
    return next((t for t in candidates if lemma_in(t, words)), None)


def relief_forces(match: TriggerMatch) -> bool:
    """Whether the forces a deployment moves are there to heal or rescue ("dispatched medical
    brigades to Italy", "sent rescue teams"): humanitarian assistance, not a show of force."""
    moved = match.object_token if match.entry.pos == "VERB" else None
    modifiers = args_mod.ArgumentRoles.load().relief_modifiers
    return moved is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in moved.children)


def helped_side(match: TriggerMatch, actors: list[Participant], recipients: list[Participant],
                mentions: MentionIndex) -> tuple[Token, list[Participant]] | None:
    """The purpose verb and the side a deployment is sent to help ("sent troops to support the
    Mozambican army", "deployed police to Haiti to help fight the gangs"), when that side is
    of another country than the senders; else None."""
    if match.entry.pos != "VERB":
        return None
    purpose = purpose_of(match.token)
    if purpose is None or purpose.lemma_.lower() not in args_mod.ArgumentRoles.load().aiding_purposes:
        return None
    senders = {a.country for a in actors}
    named = resolve_all(mentions, [t for t in [object_of(purpose)] if t is not None])
    # "to protect the gas project" names no side: it is the country the forces go to
    # ("to protect Russian speakers" names the senders' own)
    helped = named or recipients
    foreign = [p for p in helped if p.country not in UNKNOWN and p.country not in senders]
    return (purpose, foreign) if foreign and senders - set(UNKNOWN) else None
