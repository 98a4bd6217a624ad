"""Who an event's argument tokens name: resolving them to participants, and sets of them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.events.arguments import ArgumentRoles, prep_objects
from eventwire.events.targets import place_party
from eventwire.models import Event, Participant, Place

# Named-entity kinds that never stand for a party (not DATE: the tagger calls some names
# dates, and a date in a party's place is left to the resolver, which finds nobody there).
NOT_PARTIES = frozenset({"TIME", "PERCENT", "MONEY", "QUANTITY"})


def participants_of(mentions: MentionIndex, token: Token) -> list[Participant]:
    """Who an argument names; an act or a proposal names whoever it belongs to ("Israeli
    shelling killed", "rejected a US proposal"), a bare modifier the country it names."""
    if token.ent_type_ in NOT_PARTIES:
        return []  # "struck at 1:24 p.m.", "fined 90,000 yuan": a time or an amount is nobody
    found = mentions.resolve(token)
    if found:
        return found
    roles = ArgumentRoles.load()
    # a rival's country is a guess ("one of the Kremlin's critics, British financier William
    # Browder"): other readings of the clause come first
    wholes = [pobj for _, pobj in prep_objects(token, {"of"})[:1] if pobj.lemma_.lower() not in roles.adversary_nouns]
    named = [p for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" for p in mentions.resolve(c)]
    if wholes and not named and (token.pos_ in ("NUM", "PRON") or token.lemma_.lower() in roles.part_nouns):
        # "at one of the Israeli jeeps", "dozens of the villagers": part of whom the "of" names
        # ("one of the Kremlin's critics, William Browder": the name says who)
        return participants_of(mentions, wholes[0])
    misread = token.dep_ in ("advmod", "npadvmod") and token.head.pos_ == "VERB" and token.i == token.head.i - 1
    if token.dep_ in ("amod", "compound", "nmod") or misread:
        # (or a name the tagger took for the verb's adverb: "..., USAID provided shelter";
        # or an armed, ruling or opposition role: "opposition protests", "police raids")
        return mentions.named_modifier(token) or (mentions.doer_role(token) if token.head.pos_ == "NOUN" else [])
    if token.pos_ == "NOUN":
        if named:
            return named  # "his presidential rival Laurent Gbagbo": the name says who
        # "government air strikes killed": an act or a means that does something is its doer's
        owners = mentions.owners(token) or (mentions.doer_roles(token) if token.dep_ == "nsubj" else [])
        if token.lemma_.lower() in roles.adversary_nouns:
            # "his rival", "South Sudan's rivals", "the government's critics": others than the
            # owner, mostly of the owner's country
            words = token.doc[token.left_edge.i : token.i + 1]
            return [Participant(words.text, o.country, "", "", words.text, words.start_char, words.end_char) for o in owners[:1]]
        return owners
    return []


def first_resolving(mentions: MentionIndex, tokens: list[Token], besides: list[Participant] | None = None) -> list[Participant]:
    """The parties the first token that names someone names; with ``besides``, someone
    other than those ("Russia stepped up its attacks on Georgia": not Russia's own)."""
    for token in tokens:
        found = [p for p in participants_of(mentions, token) if not any(same_party(p, b) for b in besides or [])]
        if found:
            return found
    return []


def concerned_parties(mentions: MentionIndex, tokens: list[Token], besides: list[Participant]) -> list[Participant]:
    """Whom the first matter that concerns someone is "of", up to two "of"s down ("the
    business dealings of Kempinski", "$120 billion of China's exports"), other than ``besides``."""
    for token in tokens:
        layer = [token]
        for _ in range(2):
            layer = [pobj for t in layer if t.pos_ in ("NOUN", "NUM") for _, pobj in prep_objects(t, {"of"})]
            for matter in layer:
                found = [p for p in participants_of(mentions, matter) if not any(same_party(p, b) for b in besides)]
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


def address_requests(coded: list[tuple[Event, Token]]) -> None:
    """A demand that names nobody it is made of ("called for talks with the rebels",
    "called for the release of the hostages held by X") is made of whoever else takes
    part in the act it asks for: a not-yet-done event of the sentence (``coded``: each
    with its trigger) whose trigger the demand's governs."""
    for request, asking in coded:
        if request.type != "REQUEST" or request.recipients or not request.actors:
            continue
        for asked, trigger in sorted(coded, key=lambda pair: pair[1].i):  # the nearest act asked for first
            if asked is request or asked.status == "asserted" or not asking.is_ancestor(trigger):
                continue
            others = [[p for p in group if not any(same_party(p, a) for a in request.actors)] for group in (asked.actors, asked.recipients)]
            addressed = others[0] or others[1]
            if addressed:
                request.recipients = [replace(p, start=-1, end=-1, mention="") for p in addressed]
                request.why += f"; recipient: {addressed[0].name}, who takes part in the {asked.type} asked for"
                break


PROMISE_TYPES = frozenset({"AGREE", "THREATEN"})


def address_promises(coded: list[tuple[Event, Token]]) -> None:
    """A promise or a threat that names nobody it is made to ("agreed to lift sanctions
    against Iran", "threatened to launch an offensive in northern Syria") is made to whom
    the promised act falls on: the recipients of the same doer's act that the promise's
    verb takes as its complement."""
    for promise, promising in coded:
        if promise.type not in PROMISE_TYPES or promise.recipients or not promise.actors or promising.pos_ != "VERB":
            continue
        for promised, trigger in sorted(coded, key=lambda pair: pair[1].i):
            if promised is promise or not _complement_of(trigger, promising):
                continue
            if not any(same_party(p, a) for p in promised.actors for a in promise.actors):
                continue
            # ("threatened to stop cooperating with UN inspectors": the others in a joint act)
            partners = [p for p in promised.actors if not any(same_party(p, a) for a in promise.actors)]
            aimed_at = promised.recipients or partners
            if not aimed_at:
                continue
            promise.recipients = [replace(p, start=-1, end=-1, mention="") for p in aimed_at]
            promise.why += f"; recipient: {aimed_at[0].name}, on whom the {promised.type} it holds out falls"
            break


def _complement_of(trigger: Token, verb: Token) -> bool:
    """Whether ``trigger`` is ``verb``'s complement ("threatened to launch", "warned it
    would launch"), or joined to it by "and"."""
    while trigger.dep_ in ("xcomp", "ccomp", "conj") and trigger.head != trigger:
        trigger = trigger.head
        if trigger == verb:
            return True
    return False
