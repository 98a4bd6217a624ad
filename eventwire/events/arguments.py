"""Who acts and on whom: the arguments of a trigger read off the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.events.status import status_cues
from eventwire.nlp.syntax import (
    agent_of,
    described_by_participle,
    object_of,
    passive_subject_of,
    small_clause_subject,
)
from eventwire.wordlists import load_word_lists

# Verbs that only carry an event noun: "launched an offensive", "carried out air strikes".
LIGHT_VERBS = {
    "launch", "carry", "conduct", "stage", "hold", "begin", "start", "resume", "mount", "make",
    "take", "have", "give", "deliver", "issue", "sign", "reach", "announce", "impose", "order",
    "continue", "step", "lead", "organise", "organize", "join", "open", "express", "adopt", "head",
    "complete", "finish", "finalise", "finalize", "intensify", "escalate", "renew", "extend", "accelerate",
    "uphold", "enforce", "maintain", "reimpose", "tighten", "toughen",
}
# Verbs whose object is the doer's own act, begun, kept up or ended ("ended its offensive",
# "lifted its sanctions"), unlike verbs of reaction ("accepted Egypt's proposal").
OWN_ACT_VERBS = LIGHT_VERBS - {"give", "join", "sign", "reach", "order", "take", "have", "express"} | {
    "end", "halt", "stop", "cease", "suspend", "pause", "lift", "ease", "expand", "scale", "step", "call",
}
# Prepositions that tie an event noun to the clause's own doer: "arrived for a visit".
PURPOSE_PREPS = {"for", "during", "on", "after", "following", "in"}
# Of these, the ones that say only when: "remained on alert after the attack" says nothing
# about who attacked, "left after talks with X" does say who talked, and "cut off the
# internet during the protests" does not make the regime a protester.
TIME_PREPS = {"after", "following", "during"}
# Prepositions whose object is on the receiving end: "attacks on X", "talks with X", "aid to X".
# Verbs that predicate a noun of their subject ("Beijing remains the largest supplier").
COPULAS = {"be", "remain", "become", "stay"}
# Prepositions of an event noun whose object is on the receiving end ("attacks on X").
NOUN_RECIPIENT_PREPS = {"on", "against", "with", "to", "at"}
RECIPIENT_PREPS = {"against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "from", "for", "over"}


@dataclass(frozen=True)
class ArgumentRoles:
    """Where an event noun's parties sit (data/arguments.yaml)."""

    of_is_recipient: frozenset[str]
    of_is_actor: frozenset[str]
    receiving_verbs: frozenset[str]
    receiving_preps: frozenset[str]
    suffering_verbs: frozenset[str]
    suffering_preps: frozenset[str]
    doer_preps: frozenset[str]
    doer_adjectives: frozenset[str]
    claimed_acts_nouns: frozenset[str]
    claiming_verbs: frozenset[str]
    happening_verbs: frozenset[str]
    destination_types: frozenset[str]
    addressed_complement_types: frozenset[str]
    warned_fates: frozenset[str]
    warned_punishments: frozenset[str]
    located_target_types: frozenset[str]
    located_preps: frozenset[str]
    located_act_types: frozenset[str]
    for_is_recipient: frozenset[str]
    gathering_types: frozenset[str]
    agent_nouns: frozenset[str]
    own_act_complement_types: frozenset[str]
    own_means_types: frozenset[str]
    stance_participles: frozenset[str]
    moved_means_modes: frozenset[str]
    avenging_types: frozenset[str]
    grievance_nouns: frozenset[str]
    answering_nouns: frozenset[str]
    accompanying_acts: frozenset[str]
    judging_verbs: frozenset[str]
    visiting_verbs: frozenset[str]
    quantity_nouns: frozenset[str]
    venue_named_nouns: frozenset[str]
    means_verbs: frozenset[str]
    question_verbs: frozenset[str]
    insisting_verbs: frozenset[str]
    natural_forces: frozenset[str]
    animal_nouns: frozenset[str]
    blast_verbs: frozenset[str]
    accident_verbs: frozenset[str]
    viewing_verbs: frozenset[str]
    adversary_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    market_nouns: frozenset[str]
    explosive_nouns: frozenset[str]
    situation_nouns: frozenset[str]
    warning_verbs: frozenset[str]
    halted_of_types: frozenset[str]
    party_verbs: frozenset[str]
    gathering_units: frozenset[str]
    counting_units: frozenset[str]
    from_is_actor: frozenset[str]
    object_owner_types: frozenset[str]
    joint_adverbs: frozenset[str]
    joint_modifiers: frozenset[str]
    joint_types: frozenset[str]
    joint_verbs: frozenset[str]
    aiding_purposes: frozenset[str]
    taken_from_modes: frozenset[str]
    given_to_modes: frozenset[str]
    expelled_from_modes: frozenset[str]
    subject_control_verbs: frozenset[str]
    permitting_verbs: frozenset[str]
    haven_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    exchanged_object_modes: frozenset[str]
    joining_purposes: frozenset[str]
    crowd_nouns: frozenset[str]
    riot_types: frozenset[str]
    crowd_obstruction_types: frozenset[str]
    describing_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    document_nouns: frozenset[str]
    expressing_verbs: frozenset[str]

    @classmethod
    def load(cls) -> ArgumentRoles:
        return _load_roles()


@lru_cache(maxsize=1)
def _load_roles() -> ArgumentRoles:
    return load_word_lists(ArgumentRoles, "eventwire.events", "data/arguments.yaml")


@dataclass
class Arguments:
    actors: list[Token] = field(default_factory=list)
    recipients: list[Token] = field(default_factory=list)  # candidates in order: the first naming someone wins
    between: list[Token] = field(default_factory=list)  # "between A and B": all parties
    consumed: set[int] = field(default_factory=set)  # tokens that belong to this trigger (its object noun)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp, conj and relative clauses."""
    node = verb
    came_from_xcomp = False
    for _ in range(6):
        for child in node.children:
            # "Syria was forced to withdraw": a passive verb's subject is the doer of its
            # infinitive complement (object control, passivised).
            if child.dep_ in ("nsubj", "csubj") or (came_from_xcomp and child.dep_ == "nsubjpass"):
                if child.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                    return _relative_antecedent(child, node)
                if child.dep_ == "csubj":
                    return participle_described(child) or child  # "Visiting Premier Wen met Putin"
                return _named_apposition(child) or child
        misparsed = _misparsed_subject(node)
        if misparsed is not None:
            return misparsed
        controller = _object_controller(node)
        if controller is not None:
            return controller
        controlled = _controlling_object(node)
        if controlled is not None:
            return controlled
        # "was quoted as saying" passes its passive subject down as "was forced to" does.
        came_from_xcomp = node.dep_ == "xcomp" or (node.dep_ == "prep" and node.lower_ == "as")
        # Climb from a gerund or infinitive to the clause that owns it:
        # "has never considered the possibility of incorporating" -> the subject of considered.
        if node.dep_ in ("xcomp", "acomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            if node.dep_ == "acl" and owner is not None and infinitive:
                return owner  # "its commitment to withdraw", "Iran's decision to attend": the owner acts
            if infinitive and owner is None and node.head.dep_ == "dobj" and _is_intent_noun(node.head):
                node = node.head.head  # "sought a new strategy to pull back": whoever seeks it
                continue
            if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.lemma_.lower() in ArgumentRoles.load().document_nouns:
                issuer = _issuer(node.head, owner)
                if issuer is not None:
                    return issuer
            return node.head
        break
    return None


def _issuer(document: Token, owner: Token | None) -> Token | None:
    """Who issued a writing: its owner, its "by" or "from", or the subject of the verb
    that has it as its object ("Amnesty put out a report")."""
    if owner is not None:
        return owner
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if document.dep_ == "dobj":
        return subject_of(document.head)
    return None


def _is_intent_noun(noun: Token) -> bool:
    cues = status_cues()
    return noun.lemma_.lower() in cues.future_governors | cues.hypothetical_governors | cues.willingness_governors


def _controlling_object(infinitive: Token) -> Token | None:
    """"told UN peacekeepers to withdraw", "urged Iran to halt": the object of the verb an
    infinitive complements does the infinitive's act (object control), unless that verb
    binds its own subject ("promised Iran to help")."""
    if infinitive.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    governor = infinitive.head
    if governor.lemma_.lower() in ArgumentRoles.load().subject_control_verbs:
        return None
    cues = status_cues()
    if governor.lemma_.lower() in cues.calling_verbs and not any(
            c.dep_ == "prep" and c.lower_ in cues.appeal_preps for c in governor.children):
        return None  # "called Erdogan to apologize": a telephone call, made by the caller in order to
    return next((c for c in governor.children if c.dep_ in ("dobj", "obj") and c.i < infinitive.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _reduced_passive_patient(verb: Token) -> Token | None:
    """"Iran threatened to close the strait if attacked", "once captured, the rebels were
    executed", "died after being shot": a participle clause with no subject of its own is
    passive, and the subject it shares with its clause is who undergoes it."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    if verb.dep_ == "advcl" and not any(c.dep_ == "auxpass" for c in verb.children):
        return subject_of(verb.head) or passive_subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        clause = verb.head.head
        return subject_of(clause) or passive_subject_of(clause)
    return None


def _misparsed_subject(verb: Token) -> Token | None:
    """"Turkey massed troops": the parser may hang a sentence-opening name on the main verb
    as a noun-phrase adverb; with no subject of its own, that name is the subject. It may
    also hang the subject on the auxiliary ("Russia is opposed to": "Russia" under "is")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        subject = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    first = next(iter(verb.lefts), None)
    if first is not None and first.dep_ == "npadvmod" and first.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and first.i == verb.sent.start:
        return first
    # "On a visit to Zimbabwe, President Ramaphosa voiced": the parser may join the subject
    # to the opening phrase's last name; a name right before the verb, after a comma, is it
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if (before is not None and before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("conj", "appos")
            and before.left_edge.i > verb.sent.start and verb.doc[before.left_edge.i - 1].text == ","):
        return before
    return None


def _object_controller(gerund: Token) -> Token | None:
    """"accused India of shelling", "thanked Russia for helping": the object of the verb
    a gerund hangs on through "of"/"for" does the gerund's act (object control)."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    if prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB" and not _is_intent_noun(prep.head):
        return prep.head  # "convicted [12 activists of protesting]": the parser hangs "of" on the object
    # (but "has no intention of recognising": whoever has the intention acts)
    if prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def _named_apposition(subject: Token) -> Token | None:
    """"The West African bloc ECOWAS held a summit": the parser may give the verb a second
    subject, the name right after the description, which says who the first one is."""
    if subject.pos_ != "NOUN":
        return None
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.left_edge.i == subject.right_edge.i + 1), None)


def _relative_antecedent(pronoun: Token, clause: Token) -> Token | None:
    """What "which"/"who" stands for: a name right before it with no comma between ("denied
    by Syria which was later forced ..."), even when the parser hangs the clause on an
    earlier noun; else the noun the parser hangs it on."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.i != clause.head.i:
        return before
    return clause.head if clause.head.pos_ in ("NOUN", "PROPN") else pronoun


def prep_objects(head: Token, preps: set[str] | None = None) -> list[tuple[str, Token]]:
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and (preps is None or child.lower_ in preps):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.append((child.lower_, pobj))
                elif pobj.dep_ == "pcomp" and (described := participle_described(pobj)) is not None:
                    found.append((child.lower_, described))  # "talks with visiting X": X
        elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON") and (preps is None or "to" in preps):
            found.append(("to", child))  # "granted Britain a delay": an indirect object is a "to" object
        elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ in COMPOUND_PREP_HEADS and not any(c.dep_ == "pobj" for c in child.children):
            # "pulled its troops out of Syria": the inner preposition carries the object
            found.extend((inner, pobj) for inner, pobj in prep_objects(child, preps))
    # "imposed sanctions on Friday on X": X before the day
    return sorted(found, key=lambda found_pair: found_pair[1].ent_type_ in TIME_ENTITIES)


TIME_ENTITIES = ("DATE", "TIME")
# Prepositions that name what a stance is about: "concern over", "alarm about".
TOPIC_PREPS = {"over", "about", "at", "regarding"}
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
# Words that open a two-word preposition ("out of", "away from"), parsed as its head.
COMPOUND_PREP_HEADS = {"out", "away"}


def between_parties(head: Token) -> list[Token]:
    """Parties of 'between A and B' (also 'among'), also when the parser hangs the phrase
    on a place in between ('the conflict in Karabakh between A and B')."""
    for prep, pobj in prep_objects(head, {"between", "among", "amongst"}):
        return [pobj]
    for prep, pobj in prep_objects(head, {"in", "over", "around"}):
        for inner_prep, inner in prep_objects(pobj, {"between", "among", "amongst"}):
            return [inner]
    return []


def _stray_apposition(verb: Token, obj: Token) -> list[Token]:
    """"charged one of the Kremlin's critics, British financier William Browder, with
    fraud": a name set off by commas right after the object that the parser hangs on the
    verb is the object's apposition."""
    after = obj.right_edge.i + 1
    doc = verb.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == after + 1]


def verb_arguments(verb: Token, object_token: Token | None, recipient_preps: set[str] | None,
                   event_type: str = "", mode: str = "") -> Arguments:
    """Actors from the subject (or the passive agent); recipients as candidates in order of
    preference, the first that names someone wins: the object or passive subject, then
    each of RECIPIENT_READINGS in turn (a recipient preposition "sent forces into
    Afghanistan", the complement clause's object "threatened to cut gas to Belarus", ...)."""
    described = participle_described(verb)
    if described is not None:
        # "the visiting Iraqi president", "talks with visiting X": the noun is the doer.
        return Arguments(actors=[described])
    clause = _VerbClause.read(verb, object_token, recipient_preps or RECIPIENT_PREPS, event_type, mode)
    args = _clause_parties(clause)
    if object_token is not None:
        args.consumed.add(object_token.i)
        args.consumed.update(t.i for t in object_token.subtree if t.dep_ in ("compound", "amod"))
        if object_token.lemma_.lower() in clause.roles.counting_units:
            # "signed a series of trade agreements": the acts counted are the one act signed
            args.consumed.update(pobj.i for _, pobj in prep_objects(object_token, {"of"}))
    if clause.acted_on is not None:
        args.between.extend(between_parties(clause.acted_on))  # "brokered a truce between Israel and Hamas"
    args.between.extend(between_parties(verb))
    for reading in RECIPIENT_READINGS:
        args.recipients.extend(reading(clause))
    if f"{event_type}/{mode}" in clause.roles.taken_from_modes:
        # "captured the town from Islamic State": whoever lost it receives, before the place taken
        args.recipients[:0] = [pobj for _, pobj in prep_objects(verb, {"from"})[:1]]
    if f"{event_type}/{mode}" in clause.roles.given_to_modes:
        args.recipients[:0] = _given_to(clause)
    # "lifted its ban on beef imports from the United States": where goods or people come
    # from names the party when the thing itself names nobody (tried last)
    args.recipients.extend(pobj for t in list(args.recipients) if t.pos_ == "NOUN" for _, pobj in prep_objects(t, {"from"})[:1])
    return _without_grievances(args, event_type)


@dataclass(frozen=True)
class _VerbClause:
    """A trigger verb with what its readings of the recipient look at."""

    verb: Token
    object_token: Token | None  # the object the trigger's entry asked for, if any
    preps: set[str]  # the recipient prepositions
    event_type: str
    mode: str
    roles: ArgumentRoles
    passive: Token | None  # the passive subject ("the journalist was arrested")
    agent: Token | None  # its "by"
    acted_on: Token | None  # the trigger's object, else the verb's
    own_means: bool  # what is moved stands for its mover ("troops were sent")

    @classmethod
    def read(cls, verb: Token, object_token: Token | None, preps: set[str], event_type: str, mode: str) -> _VerbClause:
        passive = passive_subject_of(verb) or _reduced_passive_patient(verb)
        if passive is not None and passive.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            passive = _relative_antecedent(passive, verb)  # "the journalist, who was arrested"
        agent = agent_of(verb)
        roles = ArgumentRoles.load()
        # "2,000 troops are to be sent to Afghanistan", "reservists were called up": what is
        # moved is the doer's own means, standing for the doer when no "by" names it, not the
        # party the move is aimed at.
        own_means = (event_type in roles.own_means_types or (verb.lemma_.lower() in roles.stance_participles and agent is None)
                     or (passive is not None and passive == object_token and f"{event_type}/{mode}" in roles.moved_means_modes))
        acted_on = object_token if object_token is not None else object_of(verb)
        return cls(verb, object_token, preps, event_type, mode, roles, passive, agent, acted_on, own_means)

    @property
    def typed_mode(self) -> str:
        return f"{self.event_type}/{self.mode}"

    @property
    def target(self) -> Token | None:
        """What the act falls on: the passive subject, else the verb's object."""
        return self.passive if self.passive is not None else object_of(self.verb)


def _clause_parties(clause: _VerbClause) -> Arguments:
    """The doer from the subject or the "by"; the first recipient from the object or the
    passive subject."""
    args = Arguments()
    verb, roles, passive = clause.verb, clause.roles, clause.passive
    if passive is not None:
        if clause.agent is not None:
            args.actors.append(clause.agent)
        elif clause.own_means:
            args.actors.append(passive)
        elif clause.typed_mode in roles.expelled_from_modes:
            # "refugees were deported from Pakistan": the state they were sent out of did it
            args.actors.extend(pobj for _, pobj in prep_objects(verb, {"from"})[:1])
        if not clause.own_means:
            args.recipients.append(passive)
        return args
    subject = subject_of(verb)
    if subject is not None and not (subject.dep_ == "nsubj" and passive_subject_of(subject.head) is subject):
        args.actors.append(subject)
    obj = object_of(verb)
    if obj is None and clause.object_token is not None and clause.object_token == small_clause_subject(verb):
        obj = clause.object_token  # "allowed inspectors to visit": the trigger took it for the object
    elif obj is None and verb.lemma_.lower() in roles.permitting_verbs:
        obj = small_clause_subject(verb, noun_clause=True)  # "allowed aid workers access": whom the access is given
    if obj is None or clause.own_means or verb.lemma_.lower() in roles.topic_verbs:
        return args
    if obj == clause.object_token and (clause.typed_mode in roles.moved_means_modes or verb.lemma_.lower() in roles.expressing_verbs):
        return args  # "deployed 2,000 troops to Syria", "voiced concern": the forces moved, the feeling voiced
    args.recipients.append(obj)
    # "condemned the aggression and the threats made by the United States": whoever did the
    # act reacted to, when the object is an act and names nobody itself
    args.recipients.extend(act_authors(obj))
    # "meet his counterpart Italian President Sergio Mattarella": the parser may split one
    # object into two; the second names whom the first describes
    args.recipients.extend(c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i)
    args.recipients.extend(_stray_apposition(verb, obj))
    return args


def _by_preposition(clause: _VerbClause) -> list[Token]:
    """"sent forces into Afghanistan": the first recipient preposition of the verb."""
    return [pobj for _, pobj in prep_objects(clause.verb, clause.preps)[:1]]


def _in_complement(clause: _VerbClause) -> list[Token]:
    """"threatened to cut gas to Belarus": whom the complement clause (or the clause holding
    the object) acts on."""
    found: list[Token] = []
    object_token = clause.object_token
    for child in clause.verb.children:
        if child.dep_ == "xcomp" or (object_token is not None and object_token.head == child):
            if child.dep_ == "xcomp" and "to" in clause.preps:
                # "refused to send peacekeepers to Iraq": whom the act goes to, before what it moves
                found.extend(pobj for _, pobj in prep_objects(child, {"to"})[:1])
            found.extend(t for t in [object_of(child)] if t is not None)
            if child.lemma_.lower() in clause.roles.permitting_verbs:
                found.extend(t for t in [small_clause_subject(child, noun_clause=True)] if t is not None)
            found.extend(pobj for _, pobj in prep_objects(child, clause.preps)[:1])
    return found


def _by_carrier(clause: _VerbClause) -> list[Token]:
    """"sent a plane loaded with medical supplies to Sudan": whom the carrier goes to."""
    verb, object_token = clause.verb, clause.object_token
    if object_token is None:
        return []
    carriers = [t for t in object_token.ancestors if t.i != verb.i and verb in t.ancestors and t.head != verb]
    return [pobj for carrier in carriers for _, pobj in prep_objects(carrier, clause.preps)[:1]]


def _by_object_preposition(clause: _VerbClause) -> list[Token]:
    """"massed troops along the Syrian border": the parser may hang the phrase on the object."""
    return [] if clause.acted_on is None else [pobj for _, pobj in prep_objects(clause.acted_on, clause.preps)[:1]]


def _given_to(clause: _VerbClause) -> list[Token]:
    """Whom a "to" names: on the verb, or for a verb of giving, the last inner "to" of a long
    object the parser hangs it in ("handed over $4 million worth of equipment and medicines
    to the ministry"; not "information unfavourable to Hwang": a word's own "to")."""
    given_to = [pobj for _, pobj in prep_objects(clause.verb, {"to"})[:1]]
    if given_to or clause.acted_on is None or clause.verb.lemma_.lower() not in clause.roles.giving_verbs:
        return given_to
    return [t for t in clause.acted_on.subtree if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head != clause.acted_on
            and t.head.head.pos_ in ("NOUN", "PROPN", "VERB")][-1:]


def _inner_given_to(clause: _VerbClause) -> list[Token]:
    """The receiver of what is given when only the long object names it."""
    return [] if prep_objects(clause.verb, {"to"}) else _given_to(clause)


def _laid_on(clause: _VerbClause) -> list[Token]:
    """"lifted the sanctions imposed on India": whom the object was laid on."""
    if clause.object_token is None:
        return []
    participles = (c for c in clause.object_token.children if c.dep_ == "acl" and c.tag_ == "VBN")
    return [pobj for participle in participles for _, pobj in prep_objects(participle, {"on", "upon", "against"})[:1]]


def _addressed(clause: _VerbClause) -> list[Token]:
    """Whom a demand, a warning or a promise with no object is about: the subject of what
    is demanded ("urged that Iran halt"), who a warning says will pay, whose act is owned."""
    if object_of(clause.verb) is not None:
        return []
    found: list[Token] = []
    if clause.event_type and clause.event_type in clause.roles.addressed_complement_types:
        found.extend(_complement_subjects(clause.verb))
    if clause.event_type == "THREATEN":
        found.extend(_warned_parties(clause.verb, clause.roles))
    if clause.event_type in clause.roles.own_act_complement_types:
        found.extend(_own_act_objects(clause.verb))
    return found


def _owners_of_what_is_handled(clause: _VerbClause) -> list[Token]:
    """After every named party: what the promised or refused act handles belongs to
    someone ("its readiness to increase the transit of Russian gas")."""
    if clause.event_type not in clause.roles.object_owner_types:
        return []
    found = complement_object_owners(clause.verb)
    if clause.object_token is not None:
        found.extend(complement_object_owners(clause.object_token))
    return found


def _owner_of_target(clause: _VerbClause) -> list[Token]:
    """"demanded the resignation of the prime minister", "demolished the home of X": whose
    the thing acted on is, when nothing is named more directly."""
    target = clause.target
    if target is None or target.pos_ != "NOUN" or target.lemma_.lower() in clause.roles.adversary_nouns:
        return []
    preps = {"of", "from"} if target.lemma_.lower() in clause.roles.accompanying_acts else {"of"}
    return [pobj for _, pobj in prep_objects(target, preps)[:1]]


def _holder_of_place(clause: _VerbClause) -> list[Token]:
    """"demolished a home in the Palestinian village of Surif": a thing that names nobody
    is aimed at whoever holds the place it stands in; "a car bomb exploded near a police
    station in Kirkuk": an attack on nothing named falls where it happened."""
    verb, roles, target = clause.verb, clause.roles, clause.target
    if clause.event_type in roles.located_target_types and target is not None:
        found = located_in(target)
        if target.pos_ == "NOUN" and target is not clause.passive:
            # The parser often hangs the place on the verb: "demolished a home in X".
            found.extend(located_in(verb, any_head=True))
            # "expressed concern over the situation in Venezuela": where the topic stands
            found.extend(t for _, topic in prep_objects(target, TOPIC_PREPS)[:1] for t in located_in(topic))
        return found
    if clause.event_type in roles.located_act_types:
        return located_in(verb, any_head=True, named=True)
    return []


def _purpose_target(clause: _VerbClause) -> list[Token]:
    """"mobilized troops for a war against Lebanon": forces readied for an act are readied
    against its target."""
    if not clause.own_means:
        return []
    purposes = [pobj for head in (clause.verb, clause.object_token) if head is not None for _, pobj in prep_objects(head, {"for"})]
    return [pobj for purpose in purposes for _, pobj in prep_objects(purpose, {"against", "on"})[:1]]


def _haven_host(clause: _VerbClause) -> list[Token]:
    """"sought refuge in Bangladesh": whoever holds the place is asked (or gives) it."""
    haven = clause.object_token
    if haven is None or haven.lemma_.lower() not in clause.roles.haven_nouns:
        return []
    return located_in(haven) or located_in(clause.verb, any_head=True, named=True)


def _one_called(clause: _VerbClause) -> list[Token]:
    """"called Erdogan to apologize": the one called is whom the purpose addresses."""
    verb, caller = clause.verb, clause.verb.head
    if verb.dep_ not in ("advcl", "xcomp") or caller.lemma_.lower() not in status_cues().calling_verbs:
        return []
    if any(c.dep_ == "prt" for c in caller.children):
        return []
    return [t for t in [object_of(caller)] if t is not None]


# Where a verb's recipient may sit, after its object, in order of preference.
RECIPIENT_READINGS = (
    _by_preposition,
    _in_complement,
    _by_carrier,
    _by_object_preposition,
    _inner_given_to,
    _laid_on,
    _addressed,
    _owners_of_what_is_handled,
    _owner_of_target,
    _holder_of_place,
    _purpose_target,
    _haven_host,
    _one_called,
)


def act_authors(noun: Token) -> list[Token]:
    """Who a noun (and the nouns coordinated with it) says did it: "the threats made by X",
    "the attack by X on Y". Only for common nouns: a name is a party of its own."""
    if noun.pos_ != "NOUN":
        return []
    found: list[Token] = []
    for act in (noun, *noun.conjuncts):
        if act.pos_ != "NOUN":
            continue
        participles = [c for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        found.extend(a for p in participles for a in [agent_of(p)] if a is not None)
        found.extend(pobj for _, pobj in prep_objects(act, {"by"})[:1] if pobj.pos_ in ("NOUN", "PROPN", "PRON"))
    return found


def complement_object_owners(head: Token) -> list[Token]:
    """The thing an infinitive complement acts on, and what that thing is "of": "agreed to
    raise the price of Iranian oil" -> price, oil (whose owner names the party)."""
    found: list[Token] = []
    for clause in (c for c in head.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")):
        obj = object_of(clause)
        if obj is None or obj.pos_ != "NOUN":
            continue
        found.append(obj)
        found.extend(pobj for _, pobj in prep_objects(obj, {"of"})[:1])
    return found


def located_in(thing: Token, any_head: bool = False, named: bool = False) -> list[Token]:
    """The place a thing (or with ``any_head`` an act) is said to stand in: "a home in X",
    then where that place stands ("near a police station in Kirkuk"). With ``named``, the
    first place only if it is a name: an act's bare "in" may be its means ("killed in
    car bomb attacks")."""
    if not any_head and (thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("PERSON", "NORP", "ORG")):
        return []
    found = [pobj for _, pobj in prep_objects(thing, set(ArgumentRoles.load().located_preps)) if pobj.ent_type_ not in TIME_ENTITIES][:1]
    within = [pobj for place in found for _, pobj in prep_objects(place, {"in", "inside"})[:1]]
    # "in Niger's Maradi region": the state that owns the place
    within += [c for place in found for c in place.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if named:
        found = [t for t in found if t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTITIES]
    return found + within


def is_located(token: Token) -> bool:
    """Whether a token is the object of a preposition saying where ("in Paris", "near the border")."""
    return token.dep_ == "pobj" and token.head.lower_ in ArgumentRoles.load().located_preps


def participle_described(verb: Token) -> Token | None:
    """The noun a present participle describes as doing the act ("the visiting minister");
    also when the parser reads it as a gerund taking that noun as its object ("with
    visiting X", "by invading troops", a sentence-opening "Striking judges")."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "amod" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    obj = object_of(verb)
    if described_by_participle(verb):
        return obj  # "ousted by invading US-led troops"
    if (verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.head.pos_ == "NOUN" and obj is not None
            and obj.pos_ == "PROPN" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)):
        return obj
    if (verb.dep_ == "csubj" and verb.i == verb.sent.start and obj is not None and obj.i < verb.head.i
            and obj.left_edge.i == verb.i + 1 and not any(c.dep_ == "det" for c in obj.children)):
        return obj  # "Striking judges joined the protest": read as a gerund taking the judges as its object
    return None


def _own_act_objects(verb: Token) -> list[Token]:
    """"vowed that it would try all means to wipe out Ugandan rebel forces": what the
    speaker's own announced act is done to, when its subject is a pronoun for the speaker."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in clause.children):
            continue
        found.extend(t for t in clause.subtree if t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB")
    return found


def _warned_parties(verb: Token, roles: ArgumentRoles) -> list[Token]:
    """Whom a warning's clause says will bear the cost: "warned that Iran would face
    consequences", "warned that protesters would be punished"."""
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.pos_ in ("PROPN", "NOUN")
            and ((s.dep_ == "nsubj" and c.lemma_.lower() in roles.warned_fates)
                 or (s.dep_ == "nsubjpass" and c.lemma_.lower() in roles.warned_punishments))]


def _complement_subjects(verb: Token) -> list[Token]:
    """The subject of a finite complement clause ("demanded that the EU act"), not a
    pronoun that may stand for the speaker himself ("insisted that it would")."""
    return [s for c in verb.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]


def noun_arguments(noun: Token, recipient_preps: set[str] | None, event_type: str = "", mode: str = "") -> Arguments:
    """Arguments of an event noun: possessor or modifier, 'by X', 'between A and B',
    else the subject of the light verb that carries it."""
    args = Arguments()
    carrier = noun.head if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" else noun
    roles = ArgumentRoles.load()
    receiver = _receiver_of(carrier, roles)
    if receiver is not None:
        # "X faces criticism from Y", "X came under attack": X is on the receiving end.
        args.recipients.append(receiver)
        verb = carrier.head if carrier.dep_ != "pobj" else carrier.head.head
        args.actors.extend(pobj for head in (carrier, verb) for _, pobj in prep_objects(head, {"from", "by"}))
        return args
    agent = _agent_noun_of(carrier, roles)
    if agent is not None:
        # "Beijing remains Islamabad's largest arms supplier", "X is the largest donor of aid
        # to Y": the copula's subject does the act; the agent noun's owner receives it.
        args.actors.extend(t for t in [subject_of(agent.head)] if t is not None)
        args.recipients.extend(c for c in agent.children if c.dep_ == "poss")
        args.recipients.extend(pobj for head in (agent, carrier) for _, pobj in prep_objects(head, {"to", "for"})[:1])
        args.recipients.extend(located_in(carrier) + (located_in(agent) if agent is not carrier else []))
        return args
    sufferer = _sufferer_of(carrier, roles)
    if sufferer is not None:
        args.recipients.append(sufferer)
    doer = _doer_of(carrier, roles)
    if doer is not None:
        args.actors.append(doer)
    undergone = carrier.lemma_.lower() in roles.patient_nouns and not prep_objects(carrier, {"of", "by"})
    for child in carrier.children:
        if child.dep_ == "poss":
            (args.recipients if undergone else args.actors).append(child)
        elif child.dep_ in ("compound", "amod") and child.i != noun.i and (child.ent_type_ in ("NORP", "GPE", "ORG") or child.pos_ == "PROPN"):
            # "the Israel Gaza withdrawal": every name in the compound chain
            args.actors.extend(t for t in child.subtree if t.dep_ in ("compound", "amod") or t.i == child.i)
        elif child.dep_ == "amod" and child.tag_ == "VBN":
            # "a Saudi-led strike", "a US-backed offensive": the name the participle hangs on.
            args.actors.extend(c for c in child.children if c.i < child.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                               and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"))
    for prep, pobj in prep_objects(carrier, {"by"}):
        args.actors.append(pobj)
    # "the rape of a schoolgirl by three US servicemen": the parser may hang the "by" on the "of" object
    args.actors.extend(pobj for _, patient in prep_objects(carrier, {"of"}) for _, pobj in prep_objects(patient, {"by"}))
    if not args.actors and event_type in roles.from_is_actor:
        # "an invitation from the Nigerian government", "aid from Japan": the sender.
        args.actors.extend(pobj for _, pobj in prep_objects(carrier, {"from"})[:1])
    args.between.extend(between_parties(carrier))
    hosts: list[Token] = []
    # "stepped up raids and targeted killings": a conjunct stands where its first conjunct does.
    anchor = carrier
    while anchor.dep_ == "conj" and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i != anchor.i:
        anchor = anchor.head
    if event_type in roles.gathering_types:
        # "during the last round of meetings": the gathering stands where its round does.
        while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in roles.gathering_units:
            anchor = anchor.head.head
    # "carried out dozens of airstrikes", "a wave of arrests": a counted act stands where its count does.
    count = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if count is not None and count.lemma_.lower() in roles.quantity_nouns and count.dep_ in ("dobj", "obj"):
        anchor = count
    verb = anchor.head
    if anchor.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in roles.party_verbs:
        # "the four-party talks would involve South and North Korea, with the US and China":
        # the verb's object and "with" objects are the parties.
        args.between.extend(t for t in [object_of(verb)] if t is not None)
        # The parser may hang "with X" on a role phrase: "involve A as interlocutors, with B".
        holders = [verb, *(pobj for _, pobj in prep_objects(verb, {"as"}))]
        args.between.extend(pobj for head in holders for _, pobj in prep_objects(head, {"with"}))
    if anchor.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in roles.happening_verbs:
        # "talks were taking place with X", "fighting broke out between A and B": the
        # parties hang on the verb that says the event happened.
        args.between.extend(between_parties(verb))
        args.recipients.extend(pobj for _, pobj in prep_objects(verb, {"with", "against", "on"})[:1])
        if event_type in roles.located_act_types:
            args.recipients.extend(located_in(verb, any_head=True, named=True))
    gathering = event_type in roles.gathering_types
    purpose = ((verb.lower_ in PURPOSE_PREPS and (verb.lower_ not in TIME_PREPS or gathering)) or (verb.lower_ == "at" and gathering)
               or (verb.lower_ == "with" and anchor.lemma_.lower() in roles.accompanying_acts
               and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in anchor.children)))
    # "vowed revenge for the killing", "an apology for the raid": an answer to an act is not its doer.
    answered = verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in roles.answering_nouns
    if not args.actors and not args.between and anchor.dep_ == "pobj" and verb.dep_ == "prep" and purpose and not answered and sufferer is None:
        # "arrived in Tehran for a visit", "during his visit": the traveller is the clause's subject.
        owner = verb.head
        counted = owner.pos_ == "NUM" or owner.lemma_.lower() in roles.quantity_nouns
        if owner.dep_ in ("dobj", "obj") and counted and owner.head.pos_ == "VERB":
            # "paid $662 million in aid": the amount's verb tells who gave ("set up a
            # committee on the killings": a thing's topic is nobody's act)
            owner = owner.head
        judged = object_of(owner) if owner.lemma_.lower() in roles.judging_verbs and verb.lower_ == "for" else None
        if judged is not None:
            args.actors.append(judged)  # "blamed Russia for the strike": Russia struck
        elif owner.pos_ in ("VERB", "AUX"):
            subject = subject_of(owner)
            if subject is not None:
                args.actors.append(subject)
            if event_type in roles.destination_types:
                # "arrived in Tehran for talks": where the traveller went is the host.
                visited = object_of(owner) if owner.lemma_.lower() in roles.visiting_verbs else None  # "visited China for exercises"
                hosts = [t for t in [visited] if t is not None]
                hosts += [pobj for _, pobj in prep_objects(owner, {"in", "to", "at"}) if pobj.i != anchor.i and pobj.ent_type_ not in TIME_ENTITIES]
    if not args.actors and not args.between and anchor.dep_ in ("dobj", "obj") and verb.lemma_.lower() in LIGHT_VERBS:
        subject = subject_of(verb)
        if subject is not None:
            args.actors.append(subject)
            if subject.pos_ == "NOUN":
                # "whose attack on Israel started the war": the war is aimed where the act was.
                args.recipients.extend(pobj for _, pobj in prep_objects(subject, {"on", "against", "upon"})[:1])
        if not args.recipients:
            for prep, pobj in prep_objects(verb, recipient_preps or RECIPIENT_PREPS):
                args.recipients.append(pobj)
                break
    noun_preps = NOUN_RECIPIENT_PREPS | ({"for"} if event_type in roles.for_is_recipient else set())
    for prep, pobj in prep_objects(carrier, recipient_preps or RECIPIENT_PREPS | noun_preps):
        if prep in noun_preps or recipient_preps is not None:  # an entry's own recipient_from counts
            args.recipients.append(pobj)
            break
    if event_type in roles.located_target_types:
        # "suicide bombings in Israel": a one-sided act in a place is aimed at its holder.
        args.recipients.extend(located_in(carrier))
    args.recipients.extend(hosts[:1])
    if event_type in roles.object_owner_types:
        args.recipients.extend(complement_object_owners(carrier))
    for _, pobj in prep_objects(carrier, {"of"})[:1]:
        # "the assassination of X" acts on X; "the resignation of X" is X's own act.
        if event_type in roles.of_is_recipient or f"{event_type}/{mode}" in roles.of_is_recipient:
            args.recipients.append(pobj)
        if event_type in roles.halted_of_types:
            # "a suspension of aid in Yemen", "the lifting of sanctions on Iran": the relation
            # halted is part of this act, and whom it reached is on the receiving end.
            args.consumed.add(pobj.i)
            args.recipients.extend(t for _, t in prep_objects(pobj, noun_preps)[:1])
            args.recipients.extend(located_in(pobj))
        elif event_type in roles.of_is_actor and not args.actors:
            args.actors.append(pobj)
    return _without_grievances(args, event_type)


def _agent_noun_of(carrier: Token, roles: ArgumentRoles) -> Token | None:
    """The agent noun ("supplier", "donor") predicated of a clause's subject that the event
    noun is, or is the "of" object of ("the largest donor of humanitarian assistance")."""
    agent = carrier
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.pos_ == "NOUN":
        agent = carrier.head.head
    if agent.lemma_.lower() not in roles.agent_nouns:
        return None
    if agent.dep_ in ("attr", "acomp") and agent.head.lemma_.lower() in COPULAS:
        return agent
    # "is one of the largest donors": the agent noun counted by a predicated "one".
    counter = agent.head.head if agent.dep_ == "pobj" and agent.head.lower_ == "of" else None
    if counter is not None and counter.pos_ == "NUM" and counter.dep_ in ("attr", "acomp") and counter.head.lemma_.lower() in COPULAS:
        return counter
    return None


def _receiver_of(carrier: Token, roles: ArgumentRoles) -> Token | None:
    """The subject of "X faces criticism" or "X came under fire"."""
    if carrier.dep_ in ("dobj", "obj") and carrier.head.lemma_.lower() in roles.receiving_verbs:
        return subject_of(carrier.head)
    if carrier.dep_ == "pobj" and carrier.head.lower_ in roles.receiving_preps:
        return subject_of(carrier.head.head)
    return None


def _sufferer_of(carrier: Token, roles: ArgumentRoles) -> Token | None:
    """The subject of "X died in a suicide bombing", "X were hurt in an air strike" (not
    of "Pakistan killed him in a raid": an active verb with an object names the doer)."""
    verb = carrier.head.head
    if carrier.dep_ != "pobj" or carrier.head.lower_ not in roles.suffering_preps or verb.lemma_.lower() not in roles.suffering_verbs:
        return None
    active = "nsubj" if object_of(verb) is None else None
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", active)), None)


def _doer_of(carrier: Token, roles: ArgumentRoles) -> Token | None:
    """The subject of "X was behind the bombing", "X is responsible for the attack" or "X
    claimed responsibility for the attack"."""
    if carrier.dep_ != "pobj":
        return None
    prep = carrier.head
    owner = prep.head
    if prep.lower_ in roles.doer_preps and owner.lemma_.lower() == "be":
        return subject_of(owner)
    if prep.lower_ == "for" and owner.lemma_.lower() in roles.doer_adjectives:
        return subject_of(owner.head) if owner.dep_ in ("acomp", "oprd", "xcomp") else None
    if (prep.lower_ == "for" and owner.lemma_.lower() in roles.claimed_acts_nouns and owner.dep_ in ("dobj", "obj")
            and owner.head.lemma_.lower() in roles.claiming_verbs):
        return subject_of(owner.head)
    return None


def _without_grievances(args: Arguments, event_type: str) -> Arguments:
    """"vowed to avenge Arqan's death": the one mourned is not the one threatened."""
    roles = ArgumentRoles.load()
    if event_type in roles.avenging_types:
        args.recipients = [t for t in args.recipients if t.lemma_.lower() not in roles.grievance_nouns]
    return args


def crowd_mode(doers: list[Token], event_type: str, mode: str) -> str:
    """The PROTEST mode of force used by a crowd ("protesters stormed parliament": riot,
    "demonstrators blockaded the district": obstruct), or "" when a doer is no crowd."""
    roles = ArgumentRoles.load()

    def is_crowd(token: Token) -> bool:  # the tagger leaves "Hooligans" opening a sentence unlemmatised
        return bool({token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")} & roles.crowd_nouns)

    def counted(token: Token) -> Token:  # "hundreds of protesters": the protesters
        if token.lemma_.lower() in roles.quantity_nouns or token.lower_ in roles.quantity_nouns or token.pos_ == "NUM":
            return next((pobj for _, pobj in prep_objects(token, {"of"})), token)
        return token

    if not doers or not all(is_crowd(counted(t)) for d in doers for t in (d, *d.conjuncts)):
        return ""
    if event_type in roles.riot_types:
        return "riot"
    return "obstruct" if f"{event_type}/{mode}" in roles.crowd_obstruction_types else ""


def carrying_verb(noun: Token) -> Token | None:
    """The verb whose object a noun is, directly or as a modifier or "of" object of it
    ("adding an evacuation airplane", "sent a team of investigators"), else None; a verb
    that only speaks of, sees or needs its object does not count ("described the meeting")."""
    node = noun
    while node.dep_ in ("compound", "amod") and node.head.pos_ in ("NOUN", "PROPN") and node.head.i != node.i:
        node = node.head
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM"):
        node = node.head.head
    if node.dep_ in ("dobj", "obj") and node.head.pos_ == "VERB" and node.head.lemma_.lower() not in ArgumentRoles.load().describing_verbs:
        if any(c.dep_ in ("dobj", "obj") and c.i < node.i for c in node.head.children):
            return None  # "over the bombing, the 13th such attack": a second object is an apposition misparsed
        return node.head
    return None


def measure_proposer(verb: Token) -> Token | None:
    """Who puts forward the measure whose relative clause tells the act: "congressmen
    introduced a bill that would sanction Turkish officials" -> congressmen."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in ArgumentRoles.load().measure_nouns:
        return None
    measure = verb.head
    while measure.dep_ == "conj" and measure.head.i != measure.i:
        measure = measure.head
    if measure.dep_ in ("dobj", "obj") and measure.head.pos_ == "VERB":
        return subject_of(measure.head)
    return None
