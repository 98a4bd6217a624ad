"""Who acts and on whom: the arguments of a trigger read off the dependency parse."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.actors.backrefs import names_backer
from eventwire.events.status import status_cues
from eventwire.nlp.syntax import (
    agent_of,
    described_by_participle,
    is_infinitive,
    object_of,
    passive_subject_of,
    same_name,
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
    suffered_types: frozenset[str]
    losing_verbs: frozenset[str]
    doer_preps: frozenset[str]
    doer_adjectives: frozenset[str]
    claimed_acts_nouns: frozenset[str]
    claiming_verbs: frozenset[str]
    claimed_act_verbs: frozenset[str]
    receiving_with_verbs: frozenset[str]
    asking_nouns: frozenset[str]
    landing_verbs: frozenset[str]
    destination_types: frozenset[str]
    addressed_complement_types: frozenset[str]
    warned_fates: frozenset[str]
    warned_punishments: frozenset[str]
    located_target_types: frozenset[str]
    located_preps: frozenset[str]
    located_act_types: frozenset[str]
    sited_act_types: frozenset[str]
    protested_sites: frozenset[str]
    for_is_recipient: frozenset[str]
    gathering_types: frozenset[str]
    rallying_verbs: frozenset[str]
    enacting_verbs: frozenset[str]
    appraising_adjectives: frozenset[str]
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
    policed_act_types: frozenset[str]
    policing_verbs: frozenset[str]
    visiting_verbs: frozenset[str]
    clause_opening_preps: frozenset[str]
    questioning_verbs: frozenset[str]
    concessive_preps: frozenset[str]
    idiom_objects: frozenset[str]
    withstood_types: frozenset[str]
    quantity_nouns: frozenset[str]
    venue_named_nouns: frozenset[str]
    theatre_named_nouns: frozenset[str]
    means_verbs: frozenset[str]
    question_verbs: frozenset[str]
    outburst_nouns: frozenset[str]
    armed_acts: frozenset[str]
    accident_sites: frozenset[str]
    blast_nouns: frozenset[str]
    statistic_nouns: frozenset[str]
    trying_nouns: frozenset[str]
    insisting_verbs: frozenset[str]
    natural_forces: frozenset[str]
    animal_nouns: frozenset[str]
    blast_verbs: frozenset[str]
    accident_verbs: frozenset[str]
    viewing_verbs: frozenset[str]
    adversary_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    held_as_nouns: frozenset[str]
    market_nouns: frozenset[str]
    explosive_nouns: frozenset[str]
    means_nouns: frozenset[str]
    situation_nouns: frozenset[str]
    warning_verbs: frozenset[str]
    halted_of_types: frozenset[str]
    party_verbs: frozenset[str]
    gathering_units: frozenset[str]
    counting_units: frozenset[str]
    relief_modifiers: frozenset[str]
    kinds_named_by_acts: frozenset[str]
    titled_by_participles: frozenset[str]
    instrument_verbs: frozenset[str]
    from_is_actor: frozenset[str]
    object_owner_types: frozenset[str]
    demanded_owner_types: frozenset[str]
    joint_adverbs: frozenset[str]
    joint_modifiers: frozenset[str]
    joint_types: frozenset[str]
    joint_verbs: frozenset[str]
    aiding_purposes: frozenset[str]
    taken_from_modes: frozenset[str]
    given_to_modes: frozenset[str]
    expelled_from_modes: frozenset[str]
    object_control_verbs: frozenset[str]
    permitting_verbs: frozenset[str]
    haven_nouns: frozenset[str]
    giving_verbs: frozenset[str]
    buying_verbs: frozenset[str]
    exchanged_object_modes: frozenset[str]
    guest_types: frozenset[str]
    joining_purposes: frozenset[str]
    crowd_nouns: frozenset[str]
    riot_types: frozenset[str]
    crowd_obstruction_types: frozenset[str]
    describing_verbs: frozenset[str]
    measure_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    entering_verbs: frozenset[str]
    ungrounded_seizures: frozenset[str]
    document_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    partnered_nouns: frozenset[str]
    aimed_nouns: frozenset[str]
    waged_nouns: frozenset[str]
    conveyed_nouns: frozenset[str]
    placing_verbs: frozenset[str]
    placing_preps: frozenset[str]
    placed_states: frozenset[str]
    part_nouns: frozenset[str]
    weighing_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    put_to_nouns: frozenset[str]
    self_harm_verbs: frozenset[str]
    reflexive_pronouns: frozenset[str]
    outsider_nouns: frozenset[str]
    pretext_nouns: frozenset[str]
    standing_verbs: frozenset[str]
    spoken_nouns: frozenset[str]
    reproaching_verbs: frozenset[str]
    span_nouns: frozenset[str]
    taking_part_nouns: frozenset[str]
    joined_types: frozenset[str]
    vague_counts: frozenset[str]
    labelling_verbs: frozenset[str]
    skyward_nouns: frozenset[str]
    posted_state_verbs: frozenset[str]
    care_places: frozenset[str]
    electoral_nouns: frozenset[str]
    legislature_nouns: frozenset[str]
    contest_verbs: frozenset[str]

    def count_range(self, word: str) -> tuple[int, int] | None:
        """The least and most a word of magnitude counts ("hundreds" -> 200, 1999)."""
        for entry in self.vague_counts:
            name, low, high = entry.split()
            if name == word.lower():
                return int(low), int(high)
        return None

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


FINITE_TAGS = ("VBZ", "VBD", "VBP")


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
        if node.dep_ in ("prep", "advcl") and node.head.lemma_.lower() in status_cues().reporting_verbs:
            # "Bashir left Libya, after holding talks with Kadhafi, Libyan television said": what
            # stands between the report and its reporting verb belongs to the report
            report = next((c for c in node.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < node.i < node.head.i), None)
            telling = node.head
            if report is None and telling.dep_ in ("advcl", "parataxis") and telling.head.i < node.i < telling.i:
                report = telling.head  # "Bashir left Libya, after holding talks ..., Libyan television said": parsed the other way round
            if report is not None:
                node = report
                continue
        if node.dep_ == "conj" and node.tag_ in FINITE_TAGS and node.head.tag_ in ("VB", "VBG") and node.head.dep_ in ("acl", "xcomp", "advcl"):
            # "opposes Georgia's bid to join NATO and accuses Georgia": a finite verb the parser
            # joined to an infinitive is the finite clause's conjunct
            governor = node.head
            while governor.tag_ not in FINITE_TAGS and governor.head.i != governor.i:
                governor = governor.head
            node = governor
            continue
        if node.dep_ in ("xcomp", "acomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj") and node.head.i != node.i:
            node = node.head
            continue
        if (node.dep_ == "ccomp" and node.tag_ in ("VBN", "VBD") and any(c.dep_ == "xcomp" for c in node.children)
                and not any(c.dep_ in ("nsubjpass", "auxpass", "aux", "expl") for c in node.children)):
            # "Arafat arrived determined to ask Mubarak": a subjectless participle the parser
            # made a clause describes the subject of the verb it hangs on
            node = node.head
            continue
        if node.dep_ == "appos" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head  # "Premier Fino, meeting here with EU officials, pledged": Fino meets
        if (node.dep_ in ("relcl", "acl") and is_infinitive(node) and node.head.dep_ in ("attr", "acomp")
                and node.head.head.lemma_.lower() == "be"):
            node = node.head.head  # "Germany was the first country to recognise Croatia": Germany recognised
            continue
        if (node.dep_ == "acl" and is_infinitive(node) and node.head.dep_ == "pobj" and node.head.head.lower_ == "as"
                and node.head.lemma_.lower() in ArgumentRoles.load().pretext_nouns):
            node = node.head.head.head  # "used the uprising as an excuse to stifle the opposition": the user stifles
            continue
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            owner = next((c for c in node.head.children if c.dep_ == "poss"), None)
            infinitive = is_infinitive(node)
            if node.dep_ == "acl" and infinitive and node.head.lemma_.lower() in ArgumentRoles.load().asking_nouns:
                # "ignored the Security Council's demand to withdraw": the one asked acts, not
                # who asks; asked of whoever answers the demand, if the clause says
                asking = node.head
                answered = asking.head if asking.dep_ in ("dobj", "obj", "nsubjpass") else None
                if asking.dep_ == "pobj" and asking.head.head.pos_ == "VERB":
                    answered = asking.head.head  # "has not responded to an invitation to visit Israel"
                return (subject_of(answered) or agent_of(answered)) if answered is not None and answered.pos_ == "VERB" else None
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
    """"told UN peacekeepers to withdraw", "urged Iran to halt": the object of a verb of
    telling, asking or making does the act of the infinitive that complements it (object
    control); other verbs keep it for their subject ("promised Iran to help")."""
    if infinitive.dep_ != "xcomp" or not is_infinitive(infinitive):
        return None
    governor = infinitive.head
    cues = status_cues()
    if governor.lemma_.lower() not in ArgumentRoles.load().object_control_verbs | cues.calling_verbs:
        return None
    if governor.lemma_.lower() in cues.calling_verbs:
        # "called on the president to resign": whom the call is on does it; "called Erdogan
        # to apologize" is a telephone call, made by the caller in order to
        return next((pobj for c in governor.children if c.dep_ == "prep" and c.lower_ in cues.appeal_preps
                     for pobj in c.children if pobj.dep_ == "pobj" and pobj.i < infinitive.i), None)
    return next((c for c in governor.children if c.dep_ in ("dobj", "obj") and c.i < infinitive.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


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
    clause_opener = _subordinated_subject(verb)
    if clause_opener is not None:
        return clause_opener
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    first = next(iter(verb.lefts), None)
    if first is not None and first.dep_ == "npadvmod" and first.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and first.i == verb.sent.start:
        return first
    # "..., USAID provided shelter": an acronym the tagger does not know may be read as an
    # adverb or adjective of the verb right after it
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if (before is not None and before.head == verb and before.dep_ in ("advmod", "npadvmod", "amod")
            and before.ent_type_ in ("GPE", "ORG", "PERSON") and before.text[:1].isupper()):
        return before
    # "On a visit to Zimbabwe, President Ramaphosa voiced": the parser may join the subject
    # to the opening phrase's last name; a name right before the verb, after a comma, is it
    if (before is not None and before.pos_ in ("PROPN", "NOUN") and before.dep_ in ("conj", "appos")
            and before.left_edge.i > verb.sent.start and verb.doc[before.left_edge.i - 1].text == ","):
        return before
    return None


def _subordinated_subject(verb: Token) -> Token | None:
    """"refused to step down after the CBI on Sunday implicated him": the parser may read a
    subordinator as a preposition, its clause's subject as that preposition's object and
    the clause's verb as a conjunct of the main verb; the noun the verb follows is its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i):
        return None
    marks = status_cues().anchoring_marks
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    # from the last word of the noun phrase ("the CBI on Sunday") up to its head
    while before is not None and not (before.dep_ == "pobj" and before.head.lower_ in marks) and before.head.i != before.i and before.head.i < verb.i:
        before = before.head
    if before is None or before.dep_ != "pobj" or before.head.lower_ not in marks or before.right_edge.i != verb.i - 1:
        return None
    return before if before.pos_ in ("PROPN", "NOUN", "PRON") else None


def _object_controller(gerund: Token) -> Token | None:
    """"accused India of shelling", "thanked Russia for helping", "warned Seoul against
    holding", "barred Russia from competing": the object of the verb a gerund hangs on
    through "of", "for", "against" or "from" does the gerund's act (object control), or
    the passive subject that object became ("Russia was barred from competing")."""
    prep = gerund.head
    as_gerund = gerund.dep_ == "pcomp" or (gerund.dep_ == "pobj" and gerund.tag_ == "VBG")  # the parser may call it an object
    if not as_gerund or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "against", "from"):
        return None
    if prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB" and prep.head.head.lemma_.lower() in ArgumentRoles.load().receiving_verbs:
        return subject_of(prep.head.head)  # "has earned criticism for suppressing liberties": who earns it did it
    if prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB" and not _is_intent_noun(prep.head):
        return prep.head  # "convicted [12 activists of protesting]": the parser hangs "of" on the object
    # (but "has no intention of recognising": whoever has the intention acts)
    if prep.head.pos_ != "VERB":
        return None
    # (passive, its subject: "Bouyeri was jailed for murdering Van Gogh", "India was accused of shelling")
    # ("the guard, which Hamas has accused of targeting Haniyeh": the guard)
    return antecedent_of(next((c for c in prep.head.children if c.dep_ == "dobj"), None) or passive_subject_of(prep.head))


def _named_apposition(subject: Token) -> Token | None:
    """"The West African bloc ECOWAS held a summit": the parser may give the verb a second
    subject, the name right after the description, which says who the first one is."""
    if subject.pos_ != "NOUN":
        return None
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                 and c.left_edge.i == subject.right_edge.i + 1), None)


def antecedent_of(argument: Token | None) -> Token | None:
    """An argument, or what it stands for when it is the relative pronoun of the clause it
    hangs on ("the journalist, who was arrested": the journalist)."""
    if argument is not None and argument.tag_ in ("WP", "WDT") and argument.head.dep_ == "relcl":
        return _relative_antecedent(argument, argument.head)
    return argument


def _relative_antecedent(pronoun: Token, clause: Token) -> Token | None:
    """What "which"/"who" stands for: a name right before it with no comma between ("denied
    by Syria which was later forced ..."), even when the parser hangs the clause on an
    earlier noun; else the noun the parser hangs it on."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.i != clause.head.i:
        return before
    antecedent = clause.head
    holder = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent
    if (pronoun.lower_ in ("which", "that") and clause.lemma_.lower() in ArgumentRoles.load().outcome_verbs
            and antecedent.head.lower_ in ("of", "on", "against", "at") and holder.pos_ == "NOUN"
            and (antecedent.pos_ == "NOUN" or antecedent.ent_type_ not in ("PERSON", "ORG", "NORP"))):  # (NER may call "Amman hotels" a body)
        return holder  # "the shelling of a UN compound which killed 105 civilians": the shelling killed
    return antecedent if antecedent.pos_ in ("NOUN", "PROPN") else pronoun


def prep_objects(head: Token, preps: Collection[str] | None = None) -> list[tuple[str, Token]]:
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and (preps is None or child.lower_ in preps):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.append((child.lower_, pobj))
                elif pobj.dep_ == "pcomp" and (described := participle_described(pobj)) is not None:
                    found.append((child.lower_, described))  # "talks with visiting X": X
                elif pobj.dep_ == "pcomp" and child.lower_ == "into" and (asked := _whether_subject(pobj)) is not None:
                    found.append((child.lower_, asked))  # "an investigation into whether X was spied on": X
        elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON") and (preps is None or "to" in preps):
            found.append(("to", child))  # "granted Britain a delay": an indirect object is a "to" object
        elif child.dep_ in ("prep", "prt", "advmod") and child.lower_ in COMPOUND_PREP_HEADS and not any(c.dep_ == "pobj" for c in child.children):
            # "pulled its troops out of Syria": the inner preposition carries the object
            found.extend((inner, pobj) for inner, pobj in prep_objects(child, preps))
    # "imposed sanctions on Friday on X": X before the day
    return sorted(found, key=lambda found_pair: found_pair[1].ent_type_ in TIME_ENTITIES)


def _whether_subject(clause: Token) -> Token | None:
    """The subject of a yes-no question an inquiry looks "into": whom it looks at (a
    referendum "on whether the territory should" is about no party)."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")), None)


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


def complement_object_owners(head: Token) -> list[Token]:
    """The thing an infinitive complement acts on, and what that thing is "of": "agreed to
    raise the price of Iranian oil" -> price, oil (whose owner names the party)."""
    found: list[Token] = []
    for clause in (c for c in head.children if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")):
        obj = object_of(clause)
        if obj is None or obj.pos_ != "NOUN":
            continue
        found.append(obj)
        found.extend(of_object(obj, clause))
    return found


def of_object(noun: Token, verb: Token, preps: Collection[str] = ("of",)) -> list[Token]:
    """What a noun is "of" ("control of the villages"), also when the parser hangs the
    "of" on the noun's verb right after the noun ("took control of the villages")."""
    return ([pobj for _, pobj in prep_objects(noun, preps)]
            or [pobj for _, pobj in prep_objects(verb, preps) if pobj.head.i == noun.right_edge.i + 1])[:1]


def located_in(thing: Token, any_head: bool = False, named: bool = False) -> list[Token]:
    """The place a thing (or with ``any_head`` an act) is said to stand in: "a home in X",
    then where that place stands ("near a police station in Kirkuk"). With ``named``, the
    first place only if it is a name: an act's bare "in" may be its means ("killed in
    car bomb attacks")."""
    if not any_head and (thing.pos_ not in ("NOUN", "PROPN") or thing.ent_type_ in ("PERSON", "NORP", "ORG")):
        return []
    found = [pobj for _, pobj in prep_objects(thing, ArgumentRoles.load().located_preps) if pobj.ent_type_ not in TIME_ENTITIES][:1]
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
    if (verb.dep_ == "pcomp" and obj is not None and obj.pos_ == "PROPN" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
            and verb.head.lower_ not in ArgumentRoles.load().clause_opening_preps
            and ((verb.head.lower_ == "with" and verb.head.head.pos_ == "NOUN") or obj.ent_type_ == "PERSON")
            and not (verb.head.lower_ == "of" and verb.head.head.pos_ == "VERB" and _object_controller(verb) is not None)  # ("accused the guard of targeting Haniyeh": a gerund with its doer)
            and not (verb.head.lower_ == "for" and verb.head.head.pos_ == "VERB")):  # ("convicted for murdering Van Gogh")
        return obj  # "talks with visiting X", "a lawsuit against visiting Crown Prince Y"
    if (verb.dep_ == "csubj" and verb.i == verb.sent.start and obj is not None and obj.i < verb.head.i
            and verb.head.lemma_ != "be"
            and obj.left_edge.i == verb.i + 1 and not any(c.dep_ == "det" for c in obj.children)):
        return obj  # "Striking judges joined the protest": read as a gerund taking the judges as its object
    return None


def noun_arguments(noun: Token, recipient_preps: set[str] | None, event_type: str = "", mode: str = "") -> Arguments:
    """Arguments of an event noun: possessor or modifier, 'by X', 'between A and B',
    else the subject of the light verb that carries it."""
    args = Arguments()
    carrier = noun.head if noun.dep_ in ("compound", "amod") and noun.head.pos_ == "NOUN" else noun
    roles = ArgumentRoles.load()
    placer = placing_verb(carrier)
    if placer is not None:
        # "placed the president under house arrest": the subject puts the object there
        args.actors.extend(t for t in [subject_of(placer), *(pobj for _, pobj in prep_objects(placer, {"by"}))] if t is not None)
        args.recipients.extend(t for t in [object_of(placer) or passive_subject_of(placer)] if t is not None)
        return args
    holder = carrier.head.head if carrier.dep_ == "pobj" and carrier.head.lower_ == "as" else None
    if holder is not None and holder.pos_ == "VERB" and carrier.lemma_.lower() in roles.held_as_nouns:
        args.actors.extend(t for t in [subject_of(holder), *(pobj for _, pobj in prep_objects(holder, {"by"}))] if t is not None)
        args.recipients.extend(t for t in [object_of(holder) or passive_subject_of(holder)] if t is not None)
        return args
    rally = carrier.head.head if carrier.dep_ == "pobj" and carrier.head.lower_ == "to" else None
    if rally is not None and rally.lemma_.lower() in roles.rallying_verbs:
        # "police went to the man's rescue", "came to the aid of Kuwait": the subject helps
        # whoever owns the noun
        args.actors.extend(t for t in [subject_of(rally)] if t is not None)
        args.recipients.extend(c for c in carrier.children if c.dep_ == "poss")
        args.recipients.extend(pobj for _, pobj in prep_objects(carrier, {"of"})[:1])
        return args
    receiver = _receiver_of(carrier, roles)
    if receiver is not None:
        # "X faces criticism from Y", "X came under attack": X is on the receiving end.
        args.recipients.append(receiver)
        verb = carrier.head if carrier.dep_ != "pobj" else carrier.head.head
        args.actors.extend(pobj for head in (carrier, verb) for _, pobj in prep_objects(head, {"from", "by"}))
        return args
    share = carrier.head.head if carrier.dep_ == "pobj" and carrier.head.lower_ == "in" else None
    if share is not None and share.lemma_.lower() in roles.taking_part_nouns and event_type in roles.joined_types:
        # "its first involvement in a peacekeeping mission", "Iran's participation in the
        # talks": whoever takes part does the act (not for force, where a "role in" is alleged)
        args.actors.extend(c for c in share.children if c.dep_ == "poss")
    agent = _agent_noun_of(carrier, roles)
    if agent is not None:
        # "Beijing remains Islamabad's largest arms supplier", "X is the largest donor of aid
        # to Y": the copula's subject does the act; the agent noun's owner receives it.
        args.actors.extend(t for t in [subject_of(agent.head)] if t is not None)
        args.recipients.extend(c for c in agent.children if c.dep_ == "poss")
        args.recipients.extend(pobj for head in (agent, carrier) for _, pobj in prep_objects(head, {"to", "for"})[:1])
        args.recipients.extend(located_in(carrier) + (located_in(agent) if agent is not carrier else []))
        return args
    sufferer = _sufferer_of(carrier, roles) if event_type in roles.suffered_types else None
    foes = [pobj for _, pobj in prep_objects(carrier, {"with"})] if sufferer is not None and "with" in (recipient_preps or ()) else []
    if foes:
        # "two soldiers were killed in clashes with rebels": the fallen's side fought the other
        args.between.extend([sufferer, *foes])
    elif sufferer is not None:
        args.recipients.append(sufferer)
    doer = _doer_of(carrier, roles)
    if doer is not None:
        args.actors.append(doer)
    undergone = carrier.lemma_.lower() in roles.patient_nouns and not prep_objects(carrier, {"of", "by"})
    named = [c for c in carrier.children if c.dep_ in ("compound", "amod", "nmod") and c.i != noun.i
             and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    theatre = theatre_of(carrier, named)
    for child in carrier.children:
        if child.dep_ == "poss":
            (args.recipients if undergone else args.actors).append(child)
        elif theatre is not None and child.i == theatre.i:
            continue  # "the Iraq war": where it is fought ("Taliban violence" is theirs)
        elif child in named:
            # "the Israel Gaza withdrawal": every name in the compound chain
            # ("US-Russian talks": a name hyphened on is one; "the South African proposal": a
            # word of the same name is no party of its own)
            args.actors.extend(t for t in child.subtree if t.i == child.i or (not same_name(t, child) and (
                t.dep_ in ("compound", "amod", "nmod") or (t.dep_ == "npadvmod" and t.ent_type_ in ("NORP", "GPE", "ORG")))))
        elif child.dep_ == "amod" and child.tag_ == "VBN":
            # "a Saudi-led strike", "a US-backed offensive": the name the participle hangs on.
            # ("a US-backed coup": the backer stands behind the act, not in it)
            args.actors.extend(c for c in child.children if c.i < child.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                               and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") and not names_backer(c))
    agents = [pobj for _, pobj in prep_objects(carrier, {"by"})]
    # "the investment ban, which was announced by Washington", "attacks carried out by Hamas"
    agents += [agent for clause in carrier.children if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in roles.enacting_verbs
               for agent in [agent_of(clause)] if agent is not None and agent not in agents]
    if any(a.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for a in agents):
        # "the Iraq invasion, led by the United States": with its doer named, a place in
        # front names where the act was aimed
        aimed = [t for t in args.actors if t.dep_ == "compound" and t.head.i == carrier.i and t.ent_type_ == "GPE"]
        args.actors = [t for t in args.actors if t not in aimed]
        args.recipients.extend(aimed)
    args.actors.extend(a for a in agents if a not in args.actors)
    # "the rape of a schoolgirl by three US servicemen": the parser may hang the "by" on the "of" object
    args.actors.extend(pobj for _, patient in prep_objects(carrier, {"of"}) for _, pobj in prep_objects(patient, {"by"}))
    if not args.actors and event_type in roles.from_is_actor:
        # "an invitation from the Nigerian government", "aid from Japan": the sender.
        args.actors.extend(pobj for _, pobj in prep_objects(carrier, {"from"})[:1])
    if theatre is not None and args.actors:
        args.recipients.append(theatre)  # "the Iraq war launched by the Bush administration": fought on Iraq
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
    elif count is not None and count.lemma_.lower() in roles.counting_units and count.dep_ == "pobj":
        anchor = count  # "blamed for a string of attacks"
    verb = anchor.head
    if (anchor.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in roles.party_verbs
            and not any(c.dep_ == "neg" for c in verb.children)):  # "the deal did not include Whelan"
        # "the four-party talks would involve South and North Korea, with the US and China":
        # the verb's object and "with" objects are the parties.
        args.between.extend(t for t in [object_of(verb)] if t is not None)
        # The parser may hang "with X" on a role phrase: "involve A as interlocutors, with B".
        holders = [verb, *(pobj for _, pobj in prep_objects(verb, {"as"}))]
        args.between.extend(pobj for head in holders for _, pobj in prep_objects(head, {"with"}))
    if anchor.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in status_cues().happening_verbs:
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
        carried = gathering and owner.pos_ == "NOUN" and verb.lower_ in PURPOSE_PREPS
        if owner.dep_ in ("dobj", "obj") and (counted or carried) and owner.head.pos_ == "VERB":
            # "paid $662 million in aid": the amount's verb tells who gave ("set up a
            # committee on the killings": a thing's topic is nobody's act); "led a
            # delegation on a visit to Russia": the parser hangs the trip on the object
            owner = owner.head
        if event_type in roles.for_is_recipient and owner.pos_ == "VERB":
            # "announced $10 million in aid for Turkey": the parser hangs whom it is for on the verb
            args.recipients.extend(pobj for _, pobj in prep_objects(owner, {"for", "to"})[:1])
        judged = _judged(owner) if owner.lemma_.lower() in roles.judging_verbs and verb.lower_ == "for" else None
        # "arrested 12 in a demonstration": the 12 demonstrated, not the police
        policed = event_type in roles.policed_act_types and owner.lemma_.lower() in roles.policing_verbs and verb.lower_ != "for"
        if policed:
            args.actors.extend(t for t in [object_of(owner) or passive_subject_of(owner)] if t is not None)
        elif judged is not None:
            args.actors.append(judged)  # "blamed Russia for the strike": Russia struck
        elif gathering and owner.pos_ in ("PROPN", "NOUN") and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            args.actors.append(owner)  # "Xi Jinping, on a visit to Moscow, pledged": an aside on the traveller
        elif owner.pos_ in ("VERB", "AUX"):
            subject = subject_of(owner)
            if subject is not None:
                args.actors.append(subject)
            if event_type in roles.destination_types:
                # "arrived in Tehran for talks": where the traveller went is the host.
                visited = object_of(owner) if owner.lemma_.lower() in roles.visiting_verbs else None  # "visited China for exercises"
                hosts = [t for t in [visited] if t is not None]
                hosts += [pobj for _, pobj in prep_objects(owner, {"in", "to", "at"}) if pobj.i != anchor.i and pobj.ent_type_ not in TIME_ENTITIES]
    if (not args.actors and not args.between and gathering and anchor.dep_ == "pobj" and verb.lower_ in ("with", "about")
            and verb.head.lemma_.lower() in roles.appraising_adjectives):
        # "he was very satisfied with discussions with Chavalit": the one who judges took part
        args.actors.extend(t for t in [subject_of(verb.head)] if t is not None)
    weighed = (verb.lemma_.lower() in roles.weighing_verbs and carrier.lemma_.lower() not in roles.put_to_nouns
               and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in verb.children))
    if not args.actors and not args.between and anchor.dep_ in ("dobj", "obj") and (verb.lemma_.lower() in LIGHT_VERBS or weighed):
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
    if event_type in roles.located_target_types and carrier.lemma_.lower() not in roles.theatre_named_nouns:
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
        elif event_type in roles.of_is_actor and not args.actors and pobj not in args.recipients:
            args.actors.append(pobj)
    if anchor.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in roles.landing_verbs and event_type == "ASSAULT":
        # "a Russian missile attack hit Kyiv": after the act's own target, where it landed
        args.recipients.extend(t for t in [object_of(verb)] if t is not None)
    if (not args.recipients and event_type in roles.withstood_types and anchor.dep_ == "pobj"
            and verb.lower_ in roles.concessive_preps and verb.head.pos_ == "VERB"):
        # "signed two pacts despite condemnation by Iran": what is withstood falls on the
        # clause's subject
        args.recipients.extend(t for t in [subject_of(verb.head)] if t is not None)
    if not args.actors and not args.between and not named:
        # "opposition protests", "police raids": the role in front may name the doer
        # (participants.participants_of keeps only armed, ruling or opposition roles)
        args.actors.extend(c for c in carrier.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == carrier.i - 1)
    return _without_grievances(args, event_type)


def theatre_of(noun: Token, named: list[Token] | None = None) -> Token | None:
    """The one place a war, conflict or violence is named by ("the Iraq war"), which is
    where it is fought, not a side of it; None when the noun has no such modifier."""
    if noun.lemma_.lower() not in ArgumentRoles.load().theatre_named_nouns:
        return None
    if named is None:
        named = [c for c in noun.children if c.dep_ in ("compound", "amod") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    if len(named) != 1 or named[0].ent_type_ not in ("GPE", "LOC", "FAC") or _names_two_sides(named[0]):
        return None
    return named[0]


def _names_two_sides(modifier: Token) -> bool:
    """"the Israel-Hezbollah conflict", "the Iran-Iraq war", "the US and Taliban war": a
    modifier that joins names."""
    joined = any(t.text in ("-", "–", "/") or t.dep_ in ("conj", "cc") for t in modifier.subtree if t.i != modifier.i)
    return joined or sum(t.ent_iob_ == "B" for t in modifier.subtree) > 1


def spoken_attack(noun: Token) -> list[Token] | None:
    """Whether an attack is made in words, and who made it: predicated of a speech ("his
    speech was a direct attack on Britain", "the remarks were seen as an attack on the
    Tories": the speech's owner), or the frame of what someone says of another ("Labour, in
    its latest attack on the Tories, depicted Major as ...": the speaker). None when it is
    no attack in words."""
    roles = ArgumentRoles.load()
    head = noun.head
    said: Token | None = None
    if noun.dep_ in ("attr", "oprd") and head.lemma_.lower() == "be":
        said = subject_of(head)
    elif noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        said = passive_subject_of(head.head) or object_of(head.head)
    elif noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "VERB":
        speaking = head.head
        if speaking.lemma_.lower() in roles.viewing_verbs or speaking.lemma_.lower() in status_cues().reporting_verbs:
            return [t for t in [subject_of(speaking)] if t is not None]
        return None
    if said is None or said.lemma_.lower() not in roles.spoken_nouns:
        return None
    return [c for c in said.children if c.dep_ == "poss"] + [pobj for _, pobj in prep_objects(said, {"by", "of"})[:1]]


def attacked_in_words(verb: Token) -> bool:
    """"Bardot attacked city fathers in Moscow over their treatment of dogs", "attacked
    Washington for its arms sales": an attack for what the target did or said is made in
    words (not "attacked the town over the weekend", "for hours"); so is one a speech makes
    ("a speech attacking Euro-scepticism", "the editorial attacked the government")."""
    roles = ArgumentRoles.load()
    if verb.lemma_.lower() not in roles.reproaching_verbs:
        return False
    maker = verb.head if verb.dep_ == "acl" and verb.tag_ == "VBG" else subject_of(verb)
    if maker is not None and maker.pos_ == "NOUN" and maker.lemma_.lower() in roles.spoken_nouns:
        return True
    if any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and (c.lemma_.lower() in status_cues().reporting_verbs or c.lemma_.lower() in roles.labelling_verbs)
           for c in verb.children):
        return True  # "attacked the ODIHR, saying it had unacceptable autonomy"
    # (a clause is a reason too: "over what she called the massacre of stray animals")
    reasons = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("over", "for") for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return any(pobj.ent_type_ not in ("DATE", "TIME", "CARDINAL") and pobj.lemma_.lower() not in roles.span_nouns
               and (pobj.pos_ in ("NOUN", "PRON") or pobj.dep_ == "pcomp")
               for pobj in reasons)


def describes_an_outsider(noun: Token) -> bool:
    """Whether an act only says whom a noun of a third party is about ("peace mediators in
    the ongoing conflict", "observers of the talks"): those named beside it are no party."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "of", "to", "on", "for", "at"):
        return False
    holder = noun.head.head
    outsiders = ArgumentRoles.load().outsider_nouns
    # the parser may hang the phrase on the name the outsider noun is in apposition to
    described = [holder, *(c for c in holder.children if c.dep_ == "appos" and c.i < noun.head.i)]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in outsiders for t in described)


def placing_verb(noun: Token) -> Token | None:
    """The verb that puts its object in the state a noun names ("took him into custody",
    "was placed under house arrest"), else None."""
    roles = ArgumentRoles.load()
    if noun.dep_ != "pobj" or noun.head.lower_ not in roles.placing_preps or noun.lemma_.lower() not in roles.placed_states:
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in roles.placing_verbs:
        return None
    placed = object_of(verb) or passive_subject_of(verb)
    return verb if placed is not None and placed.lemma_.lower() not in roles.idiom_objects else None


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
    """The subject of "X died in a suicide bombing", "X were hurt in an air strike", "X lost
    her son in the attacks" (not of "Pakistan killed him in a raid": an active verb with an
    object names the doer)."""
    verb = carrier.head.head
    losing = verb.lemma_.lower() in roles.losing_verbs
    if carrier.dep_ != "pobj" or carrier.head.lower_ not in roles.suffering_preps or not (losing or verb.lemma_.lower() in roles.suffering_verbs):
        return None
    active = "nsubj" if losing or object_of(verb) is None else None
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", active)), None)


def _judged(verb: Token) -> Token | None:
    """Whom a verb of judging judges: its object, or the passive subject that object became
    ("blamed Russia for the strike", "Hamas was blamed for the attacks", "the network, which
    has been blamed for attacks")."""
    return antecedent_of(object_of(verb) or passive_subject_of(verb))


def _doer_of(carrier: Token, roles: ArgumentRoles) -> Token | None:
    """The subject of "X was behind the bombing", "X is responsible for the attack", "X
    claimed responsibility for the attack" or "X claimed the attack"."""
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.lemma_.lower() in roles.counting_units:
        carrier = carrier.head.head  # "blamed for a string of deadly attacks": the string stands for them
    if carrier.dep_ in ("dobj", "obj") and carrier.head.lemma_.lower() in roles.claimed_act_verbs:
        return subject_of(carrier.head)  # "the Pakistani Taliban claimed the attack"
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
    if prep.lower_ == "for" and owner.pos_ == "NOUN" and owner.lemma_.lower() in roles.trying_nouns:
        # "the trial of Saddam for the massacre", "Saddam's trial for the massacre"
        return next((c for c in owner.children if c.dep_ == "poss"), None) or next((pobj for _, pobj in prep_objects(owner, {"of"})), None)
    # "implicated Iranian leaders in the killing", "accused Damascus of the attack": the one
    # the verb lays the act on did it (alleged: see status.alleging_verbs)
    verb = owner.head if owner.dep_ in ("dobj", "obj") else owner
    if prep.lower_ in ("in", "of", "for", "with") and verb.pos_ == "VERB" and verb.lemma_.lower() in status_cues().alleging_verbs:
        return _judged(verb)
    return None


def _without_grievances(args: Arguments, event_type: str) -> Arguments:
    """"vowed to avenge Arqan's death": the one mourned is not the one threatened."""
    roles = ArgumentRoles.load()
    if event_type in roles.avenging_types:
        args.recipients = [t for t in args.recipients if t.lemma_.lower() not in roles.grievance_nouns]
    return args


def counted(token: Token) -> Token:
    """What a quantity counts ("hundreds of protesters": the protesters), else the token."""
    roles = ArgumentRoles.load()
    if token.lemma_.lower() in roles.quantity_nouns or token.lower_ in roles.quantity_nouns or token.pos_ == "NUM":
        return next((pobj for _, pobj in prep_objects(token, {"of"})), token)
    return token


def crowd_mode(doers: list[Token], event_type: str, mode: str, act: Token | None = None) -> str:
    """The PROTEST mode of force used by a crowd ("protesters stormed parliament": riot,
    "demonstrators blockaded the district": obstruct), or "" when a doer is no crowd or the
    act named (``act``) is an armed one."""
    roles = ArgumentRoles.load()
    if act is not None:
        compound = " ".join([*(c.lower_ for c in act.children if c.dep_ == "compound" and c.i < act.i), act.lemma_.lower()])
        if {act.lemma_.lower(), compound} & roles.armed_acts:
            return ""

    def is_crowd(token: Token) -> bool:  # the tagger leaves "Hooligans" opening a sentence unlemmatised
        return bool({token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")} & roles.crowd_nouns)

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
    roles = ArgumentRoles.load()
    if node.dep_ in ("dobj", "obj") and node.head.pos_ == "VERB" and node.head.lemma_.lower() not in roles.describing_verbs:
        if any(c.dep_ in ("dobj", "obj") and c.i < node.i for c in node.head.children):
            return None  # "over the bombing, the 13th such attack": a second object is an apposition misparsed
        if any(pobj.lemma_.lower() in roles.pretext_nouns for _, pobj in prep_objects(node.head, {"as"})):
            return None  # "has used the failed uprising as an excuse": a pretext, not one's own act
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
