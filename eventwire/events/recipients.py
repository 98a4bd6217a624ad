"""Who acts and on whom, for a trigger verb: the doer from the subject or the "by", the
recipient from the object or the passive subject, else from the first of the readings in
RECIPIENT_READINGS that names someone (a recipient preposition, the complement clause,
whom a warning names, whose place the act falls on, ...)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.arguments import (
    RECIPIENT_PREPS,
    TIME_ENTITIES,
    TOPIC_PREPS,
    ArgumentRoles,
    Arguments,
    _without_grievances,
    antecedent_of,
    between_parties,
    complement_object_owners,
    located_in,
    of_object,
    participle_described,
    prep_objects,
    subject_of,
)
from eventwire.events.status import status_cues
from eventwire.nlp.syntax import (
    agent_of,
    is_purpose_infinitive,
    object_of,
    passive_subject_of,
    shared_object,
    small_clause_subject,
)


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
    if event_type in clause.roles.for_is_recipient:
        # "sent emergency aid for Turkey", "$20 million in aid for Yemen": whom it is for
        # receives, when no recipient preposition named anyone (tried after them)
        args.recipients.extend(pobj for head in (verb, clause.acted_on) if head is not None for _, pobj in prep_objects(head, {"for"}))
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
        # ("the journalist, who was arrested", "who was tracked down and killed": a conjunct shares it)
        passive = antecedent_of(passive_subject_of(verb) or _reduced_passive_patient(verb))
        agent = agent_of(verb)
        roles = ArgumentRoles.load()
        # "2,000 troops are to be sent to Afghanistan", "reservists were called up": what is
        # moved is the doer's own means, standing for the doer when no "by" names it, not the
        # party the move is aimed at.
        stance = verb.lemma_.lower() in roles.stance_participles and agent is None and _told_as_state(verb)
        own_means = (event_type in roles.own_means_types or stance
                     or (passive is not None and passive == object_token and f"{event_type}/{mode}" in roles.moved_means_modes))
        acted_on = object_token if object_token is not None else (object_of(verb) or shared_object(verb))
        return cls(verb, object_token, preps, event_type, mode, roles, passive, agent, acted_on, own_means)

    @property
    def typed_mode(self) -> str:
        return f"{self.event_type}/{self.mode}"

    @property
    def target(self) -> Token | None:
        """What the act falls on: the passive subject, else the verb's object."""
        return self.passive if self.passive is not None else (object_of(self.verb) or shared_object(self.verb))


def _told_as_state(verb: Token) -> bool:
    """"is opposed to", "has been committed to", "personnel committed to": a participle
    after "be" or describing a noun (not "opposed the plan")."""
    return verb.tag_ == "VBN" and (verb.dep_ in ("acl", "advcl") or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children))


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
    obj = object_of(verb) or shared_object(verb)
    if obj is None and clause.object_token is not None and clause.object_token.head.head == verb and clause.object_token.head.i == verb.i + 1:
        obj = clause.object_token  # "voted down the bill": the particle parsed as a preposition
    elif obj is None and clause.object_token is not None and clause.object_token == small_clause_subject(verb):
        obj = clause.object_token  # "allowed inspectors to visit": the trigger took it for the object
    elif obj is None and verb.lemma_.lower() in roles.permitting_verbs:
        obj = small_clause_subject(verb, noun_clause=True)  # "allowed aid workers access": whom the access is given
    moved = clause.own_means and verb.lemma_.lower() not in roles.entering_verbs
    if obj is None or moved or verb.lemma_.lower() in roles.topic_verbs:
        return args
    # "deployed 2,000 troops to Syria", "withdrew settlers and troops from Gaza", "voiced
    # concern": the forces or people moved, the feeling voiced (not the place or body left:
    # "the last Soviet troops left Afghanistan", "left the International Criminal Court")
    named_by_entry = clause.object_token in (obj, *obj.conjuncts)
    moved = clause.typed_mode in roles.moved_means_modes and not obj.ent_type_ and (named_by_entry or clause.object_token is None)
    if moved or (obj == clause.object_token and verb.lemma_.lower() in roles.expressing_verbs):
        return args
    if (obj == clause.object_token or clause.object_token is None) and verb.lemma_.lower() in roles.giving_verbs and _given_to(clause):
        # "sold armed drones to the UAE", "donated 20 ambulances to the ministry": what is
        # given to someone named is a thing, not a party
        return args
    if verb.lemma_.lower() in roles.buying_verbs and prep_objects(verb, {"from"}):
        return args  # "ordered 36 Rafale jets from France": the seller is the party
    args.recipients.append(obj)
    # "condemned the aggression and the threats made by the United States": whoever did the
    # act reacted to, when the object is an act and names nobody itself
    args.recipients.extend(act_authors(obj))
    # "meet his counterpart Italian President Sergio Mattarella": the parser may split one
    # object into two; the second names whom the first describes
    # (not one set off by a comma: "seized 2.8 tons of drugs, the official IRNA news agency
    # reported" is the source)
    args.recipients.extend(c for c in verb.children if c.dep_ == "dobj" and c.i > obj.i and verb.doc[c.left_edge.i - 1].text != ",")
    args.recipients.extend(_stray_apposition(verb, obj))
    return args


def _by_preposition(clause: _VerbClause) -> list[Token]:
    """"sent forces into Afghanistan": the first recipient preposition of the verb; an
    "against" on the verb or its object before any other ("filed a complaint against Russia
    to the court": Russia, not the court it went to)."""
    found = prep_objects(clause.verb, clause.preps)
    if "against" in clause.preps:
        aimed = [pobj for prep, pobj in found if prep == "against"]
        acted_on = [clause.acted_on] if clause.acted_on is not None else []
        if acted_on and acted_on[0].lemma_.lower() in clause.roles.counting_units:
            acted_on += [pobj for _, pobj in prep_objects(acted_on[0], {"of"})[:1]]  # "a series of war games against the island"
        aimed += [pobj for head in acted_on for _, pobj in prep_objects(head, ("against",))]
        if aimed:
            return aimed[:1]
    return [pobj for _, pobj in found[:1]]


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
    """Whom a "to" names: on the verb, else the one inside the object."""
    return [pobj for _, pobj in prep_objects(clause.verb, {"to"})[:1]] or _inner_given_to(clause)


def _inner_given_to(clause: _VerbClause) -> list[Token]:
    """For a verb of giving with no "to" of its own, the last "to" the parser hangs on the
    object or inside it ("donated ambulances to the ministry", "handed over $4 million worth
    of equipment and medicines to the ministry"; not "information unfavourable to Hwang": a word's own "to")."""
    verb, acted_on = clause.verb, clause.acted_on
    if acted_on is None or verb.lemma_.lower() not in clause.roles.giving_verbs or prep_objects(verb, {"to"}):
        return []
    return [t for t in acted_on.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"
            and t.head.head.pos_ in ("NOUN", "PROPN", "VERB")][-1:]


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
        found.extend(_answered_doers(clause.verb, clause.roles))
    if clause.event_type in clause.roles.own_act_complement_types:
        found.extend(_own_act_objects(clause.verb))
    return found


def _owner_of_demand(clause: _VerbClause) -> list[Token]:
    """"called for more American support", "called for Assad's resignation": whose the thing
    demanded is (its owner) is the one asked, when nothing else names anyone."""
    if clause.event_type not in clause.roles.demanded_owner_types or "for" in clause.preps:
        return []
    return [pobj for _, pobj in prep_objects(clause.verb, {"for"})[:1] if pobj.pos_ == "NOUN"
            and any(c.i < pobj.i and (c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")) for c in pobj.children)]


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
    return of_object(target, clause.verb, ("of", "from") if target.lemma_.lower() in clause.roles.accompanying_acts else ("of",))


def _other_side_of_what_is_handled(clause: _VerbClause) -> list[Token]:
    """The partner, target or receiver the thing acted on names, down one complement
    clause: "threatened to freeze accession talks with Turkey", "impose sanctions on the
    settlers", "halted the export of F-35 parts to Israel"."""
    verb, roles = clause.verb, clause.roles
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if clause.event_type in roles.own_act_complement_types:
        # a threat's "that" clause tells its own act: "warned that it would freeze talks with X"
        clauses.extend(c for c in verb.children if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.tag_ == "PRP" for s in c.children))
    handled = [t for v in clauses for t in [object_of(v)] if t is not None]
    handled.extend(pobj for v in clauses for _, pobj in prep_objects(v, clause.preps | {"of", "from", "out"}))
    if clause.object_token is not None:
        handled.insert(0, clause.object_token)
    found: list[Token] = []
    for thing in dict.fromkeys(handled):  # the trigger's object is often also the verb's
        lemma = thing.lemma_.lower()
        for nouns, preps in ((roles.partnered_nouns, {"with"}), (roles.aimed_nouns, {"on", "against", "upon"}), (roles.conveyed_nouns, {"to"})):
            if lemma in nouns:
                found.extend(_other_side(thing, verb, preps))
    found.extend(pobj for v in clauses[1:] for _, pobj in prep_objects(v, {"on", "against", "upon"})[:1] if pobj.ent_type_ not in TIME_ENTITIES)
    return found


def _other_side(thing: Token, verb: Token, preps: set[str]) -> list[Token]:
    """The party a tie, a measure or a delivery names through ``preps``: its own ("the deal
    with Iran"), its "of" complement's ("a memorandum of understanding with China", "the
    export of F-35 parts to Israel"), or one the parser hangs on a word above it, right
    after it ("pulled out of the deal with Iran")."""
    def named(head: Token) -> list[Token]:  # "sanctions on Friday" name no day as a party
        return [pobj for _, pobj in prep_objects(head, preps) if pobj.ent_type_ not in TIME_ENTITIES][:1]

    own = named(thing) or [found for _, inner in prep_objects(thing, {"of"})[:1] for found in named(inner)]
    if own:
        return own
    above = [a for a in thing.ancestors if verb == a or verb in a.ancestors]
    return [pobj for a in above for pobj in named(a) if pobj.head.i == thing.right_edge.i + 1][:1]


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


def _protested_site(clause: _VerbClause) -> list[Token]:
    """"gathered outside the Israeli embassy", "protested in front of the French embassy":
    the party whose seat the act is held at (its building names the party)."""
    if clause.event_type not in clause.roles.sited_act_types:
        return []
    heads = [clause.verb] + [t for t in (clause.acted_on,) if t is not None]
    places = [_front_of(pobj) for head in heads for _, pobj in prep_objects(head, clause.roles.located_preps)]
    return [place for place in places if place is not None and place.lemma_.lower() in clause.roles.protested_sites][:1]


def _front_of(place: Token) -> Token | None:
    """The place itself, or for "in front of the embassy" the embassy."""
    if place.lower_ != "front":
        return place
    return next((pobj for _, pobj in prep_objects(place, ("of",))), None)


def _purpose_target(clause: _VerbClause) -> list[Token]:
    """"mobilized troops for a war against Lebanon": forces readied for an act are readied
    against its target; an act done in order to do another falls on the other's target."""
    found: list[Token] = []
    if clause.own_means:
        purposes = [pobj for head in (clause.verb, clause.object_token) if head is not None for _, pobj in prep_objects(head, {"for"})]
        found.extend(pobj for purpose in purposes for _, pobj in prep_objects(purpose, {"against", "on"})[:1])
    # "sent troops to fight the rebels", "called up reservists to fight in Ukraine", "fired
    # tear gas to disperse the protesters"
    for act in (c for c in clause.verb.children if is_purpose_infinitive(c)):
        found.extend(t for t in [object_of(act)] if t is not None)
        found.extend(pobj for _, pobj in prep_objects(act, {"against", "on"})[:1])
        found.extend(located_in(act, any_head=True, named=True))
    return found


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


def _claimant(clause: _VerbClause) -> list[Token]:
    """"accused Damascus of backing the bombings, an accusation denied by Syria": a claim
    disputed is disputed against whoever made it (its owner, its "by", or the subject of
    the clause it sums up)."""
    verb, claim, cues = clause.verb, clause.verb.head, status_cues()
    if verb.dep_ != "acl" or verb.lemma_.lower() not in cues.disputing_verbs or claim.lemma_.lower() not in cues.claim_nouns:
        return []
    made_by = [c for c in claim.children if c.dep_ == "poss"] + [pobj for _, pobj in prep_objects(claim, {"by", "from"})]
    if made_by:
        return made_by[:1]
    if claim.dep_ in ("npadvmod", "appos") and claim.head.pos_ == "VERB":
        return [t for t in [subject_of(claim.head)] if t is not None]
    return []


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


def _stray_apposition(verb: Token, obj: Token) -> list[Token]:
    """"charged one of the Kremlin's critics, British financier William Browder, with
    fraud": a name set off by commas right after the object that the parser hangs on the
    verb is the object's apposition."""
    after = obj.right_edge.i + 1
    doc = verb.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []
    return [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.left_edge.i == after + 1]


def _complement_subjects(verb: Token) -> list[Token]:
    """The subject of a finite complement clause ("demanded that the EU act"), not a
    pronoun that may stand for the speaker himself ("insisted that it would")."""
    return [s for c in verb.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]


def _warned_parties(verb: Token, roles: ArgumentRoles) -> list[Token]:
    """Whom a warning's clause says will bear the cost: "warned that Iran would face
    consequences", "warned that protesters would be punished"."""
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.pos_ in ("PROPN", "NOUN")
            and ((s.dep_ == "nsubj" and c.lemma_.lower() in roles.warned_fates)
                 or (s.dep_ == "nsubjpass" and c.lemma_.lower() in roles.warned_punishments))]


def _answered_doers(verb: Token, roles: ArgumentRoles) -> list[Token]:
    """"warned of a merciless response to South Korean drills", "warned of retaliation for
    any attack by Israel": a threatened answer is aimed at whoever does what it answers."""
    found: list[Token] = []
    for _, answer in prep_objects(verb, {"of"}):
        if answer.lemma_.lower() not in roles.answering_nouns:
            continue
        for _, act in prep_objects(answer, {"to", "for", "over", "against"}):
            found.extend(c for c in act.children if c.dep_ in ("poss", "amod", "compound") and c.i < act.i)
            found.extend(act_authors(act))
            found.append(act)  # "a response to Seoul": the party itself
    return found


def _own_act_objects(verb: Token) -> list[Token]:
    """"vowed that it would try all means to wipe out Ugandan rebel forces": what the
    speaker's own announced act is done to, when its subject is a pronoun for the speaker."""
    found: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in clause.children):
            continue
        found.extend(t for t in clause.subtree if t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB")
    return found


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
    _other_side_of_what_is_handled,
    _holder_of_place,
    _protested_site,
    _purpose_target,
    _haven_host,
    _one_called,
    _owner_of_demand,
    _claimant,
)
