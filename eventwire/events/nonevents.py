"""Triggers that tell no party's act, however their words read:

- a natural hazard, a disease or an accident as the doer or the means ("the quake
  struck", "floods killed 20", "killed in a colliery accident", "a boiler exploded",
  "killed when their bus plunged into a ravine");
- animals as the only patient ("108,000 fowls had been killed");
- people named by what was done to them ("shifting the injured to hospitals");
- markets and what they trade ("a rally by US stocks", "shares rallied");
- a happening that "threatens" or is warned of ("fishing threatened the ecosystem",
  "warned the carnage was likely to inflame passions"), or a view ("seen as a threat");
- a warning told to nobody against a doing that is no act of force ("warned against
  unnecessary travel"): advice, not a threat;
- a hazard called names ("called the floods a disaster"): nobody is criticised;
- a verb of force that says something ("shot back that", "hit back, saying"): a retort;
  or that is spent on words or feelings ("exploded into a speech", "fighting back tears");
- someone described by what he is accused of ("arrested a man accused of spying"), or a
  force by where it stands ("troops deployed in the region clashed with rebels");
- a unit on the move that is the target of force ("ambushed an Israeli patrol", "attacked
  an aid convoy", "fired at the army patrol"): the attack is the act, the patrol only what
  it hit; or that does something itself ("a security patrol overran a land mine", "the
  patrol team"): the unit, not its deployment;
- a reception told in the passive with a thing ("any attack would be met with force",
  "was greeted with protests"): a response, not a meeting;
- a suicide ("39 members killed themselves"): harm done to oneself is no act on a party
  (a bomber who "blew himself up" still attacked: that verb is not one of self-harm);
- shots into the air ("firing their rifles into the air"): they hit nobody;
- a release from care ("released from hospital"): nobody held them captive;
- control won at the polls or of a legislature ("retook control of Congress"), or a rival
  beaten in a vote ("beat Berlusconi in the election"): no seizure, no attack;
- a question put to nobody ('"How can we be afraid?" asked Manconi', "asked whether the
  talks would resume"): asking with no one asked and nothing asked for requests nothing.

The coder makes no event of them, and the classifier does not guess at their sentence."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.backrefs import mention_words
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.phrases import REPORTING_VERBS
from eventwire.events.arguments import (
    ArgumentRoles,
    participle_described,
    prep_objects,
    subject_of,
)
from eventwire.events.matching import TriggerMatch, TriggerMatcher, lemma_in
from eventwire.events.status import status_cues
from eventwire.nlp.syntax import agent_of, is_bare_participle, object_of, passive_subject_of

# Types whose patient or doer may be animals only ("fowls had been killed", "culled 2,000
# pigs", "attacked by a bear").
CULLING_TYPES = frozenset({"ASSAULT", "COERCE"})


def tells_no_act(match: TriggerMatch, matcher: TriggerMatcher) -> bool:
    """Whether a matched trigger tells no party's act (see the module's docstring)."""
    token, entry = match.token, match.entry
    if entry.pos != "VERB":
        return _natural(token) or _a_view(token) or _done_by_a_market(token) or _a_unit_hit(token, matcher)
    return (_people_so_described(token)
            or _a_market(subject_of(token))
            or any(_natural(t) for t in (subject_of(token), agent_of(token), *_instruments(token)) if t is not None)
            or _an_accidental_blast(token) or (token.dep_ == "advcl" and _an_accidental_blast(token.head))
            or _told_by_an_accident(token) or (entry.type == "ASSAULT" and _harm_beside_a_hazard(token, matcher))
            or (entry.type == "ASSAULT" and (_a_retort(token) or _an_outburst(token)))
            or (entry.type == "ACCUSE" and _a_label(token))
            or (entry.type == "MOBILIZE" and _where_forces_stand(token))
            or (entry.type == "CONSULT" and _a_reception(token))
            or (entry.type in CULLING_TYPES and (_done_to_animals(token) or _done_by_animals(token)))
            or (entry.type == "ASSAULT" and (_self_harm(token) or _shot_into_the_air(token, match.object_token)))
            or (entry.mode == "release" and _out_of_care(token))
            or (entry.mode == "seize" and _won_at_the_polls(token, match.object_token))
            or (entry.type == "ASSAULT" and token.lemma_.lower() in ArgumentRoles.load().contest_verbs and _won_at_the_polls(token, None))
            or (entry.type == "THREATEN" and (_a_danger(token, matcher) or _an_advice(token, matcher)))
            or (entry.type == "REQUEST" and _a_question(token))
            or (bool(entry.complement) and match.object_token is not None and _natural(match.object_token)))


def _a_question(verb: Token) -> bool:
    if verb.lemma_.lower() not in ArgumentRoles.load().questioning_verbs:
        return False
    asked = any(c.dep_ in ("dobj", "dative", "iobj", "xcomp", "nsubjpass") for c in verb.children)
    asked_for = bool(prep_objects(verb, {"for"}))
    asked_that = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)
    return not (asked or asked_for or asked_that)


def _a_unit_hit(noun: Token, matcher: TriggerMatcher) -> bool:
    if noun.lemma_.lower() not in mention_words().held_sites:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "into", "against", "upon"):
        return True  # "opened fire at the army patrol", "drove his car into a US patrol"
    if noun.dep_ == "compound" or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() not in status_cues().happening_verbs):
        return True  # "five others of the same patrol team", "a security patrol overran a land mine": the unit
    if noun.dep_ != "dobj":
        return False
    hit = matcher.verb_match(noun.head)
    return hit is not None and hit.entry.type == "ASSAULT"


def _a_reception(verb: Token) -> bool:
    if verb.lemma_.lower() not in ArgumentRoles.load().receiving_with_verbs or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    kb = KnowledgeBase.load()
    return any(pobj.pos_ == "NOUN" and not pobj.ent_type_ and kb.role(pobj.lemma_.lower()) is None for _, pobj in prep_objects(verb, {"with"}))


def _a_label(participle: Token) -> bool:
    """"arrested a man accused of spying", "a cell suspected of the bombings": a bare
    participle that says what someone is accused of describes him; nobody is said to accuse."""
    return (participle.dep_ == "acl" and is_bare_participle(participle) and participle.lemma_.lower() in status_cues().alleging_verbs
            and not any(c.dep_ == "agent" for c in participle.children))


def _where_forces_stand(participle: Token) -> bool:
    """"troops deployed in the region clashed with rebels", "the police department deployed
    across 55 districts": a bare participle that places a force says where it stands; one
    sent somewhere, or at a time, is a deployment ("troops deployed to Mali last week")."""
    if participle.dep_ != "acl" or not is_bare_participle(participle) or any(c.dep_ == "agent" for c in participle.children):
        return False
    sent_somewhere = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") for c in participle.children)
    return not sent_somewhere and not any(t.ent_type_ in ("DATE", "TIME") for t in participle.subtree)


def _a_retort(verb: Token) -> bool:
    """A verb of force that says something ("the US shot back that it was not talking to
    him", "hit back at critics, saying the plan was fair"): words, not blows."""
    if any(c.dep_ == "ccomp" and any(m.dep_ in ("mark", "nsubj", "nsubjpass") for m in c.children) for c in verb.children):
        return True
    back = any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children)
    return back and any(c.dep_ == "advcl" and c.lemma_.lower() in REPORTING_VERBS for c in verb.children)


def _an_outburst(verb: Token) -> bool:
    """"Saddam exploded into a nationalist speech", "fighting back the tears": force
    spent on words or feelings."""
    outbursts = ArgumentRoles.load().outburst_nouns
    spent_on = [c for c in verb.children if c.dep_ == "dobj"] + [pobj for _, pobj in prep_objects(verb, {"into", "in"})]
    return any(t.lemma_.lower() in outbursts or t.lower_ in outbursts for t in spent_on)


def _a_market(noun: Token | None) -> bool:
    return noun is not None and lemma_in(noun, ArgumentRoles.load().market_nouns) and not _heads_a_name(noun)


def _heads_a_name(noun: Token) -> bool:
    """"Barrick Gold", "Royal Dutch Shell": a company named after what it trades."""
    return noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _done_by_a_market(noun: Token) -> bool:
    """"a mild overnight rally by US stocks"."""
    return any(_a_market(doer) for _, doer in prep_objects(noun, {"by"}))


def _people_so_described(participle: Token) -> bool:
    """"shifting the injured to hospitals", "mourned the dead": a participle with an
    article names the people, not an act."""
    return participle.tag_ == "VBN" and participle.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj") and any(
        c.dep_ == "det" for c in participle.children)


def _instruments(verb: Token) -> list[Token]:
    """"killed in a colliery accident": what the harm came in or by."""
    if passive_subject_of(verb) is None:
        return []
    # "11 were killed and 17 were injured in a motor accident": the phrase may hang on either
    return [pobj for clause in (verb, *_coordinated(verb)) for _, pobj in prep_objects(clause, {"in", "by"})]


def _coordinated(verb: Token) -> list[Token]:
    """The verb's conjuncts, and the clause after its "and" when the parser hung that clause
    elsewhere ("were killed and 17 were injured in an accident, police said": "injured"
    under "said")."""
    found = list(verb.conjuncts)
    for cc in (c for c in verb.children if c.dep_ == "cc"):
        found += [t for t in verb.sent if t.pos_ == "VERB" and t.left_edge.i == cc.i + 1 and t not in found and t != verb]
    return found


def _a_view(noun: Token) -> bool:
    """"perceived as a threat", "sees Iran as a threat": how someone views a party."""
    return noun.head.dep_ == "prep" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in ArgumentRoles.load().viewing_verbs


def _natural(noun: Token) -> bool:
    """The noun, or the common noun its name hangs on ("Tropical storm Durian", "the
    typhoon, Cimaron"), names a natural hazard."""
    forces = ArgumentRoles.load().natural_forces
    kin = [c for c in noun.children if c.dep_ == "appos" or (c.dep_ == "compound" and noun.pos_ == "PROPN")]
    if noun.dep_ == "appos":
        kin.append(noun.head)
    if noun.pos_ == "PROPN":
        # "Another typhoon, Cimaron, hit": the parser may hang the common noun on the verb
        kin += [c for c in noun.head.children if c.pos_ == "NOUN" and c.dep_ in ("npadvmod", "nsubj") and 0 < noun.i - c.i <= 3]
        # ... or anywhere: "said typhoon Pepeng has entered": the word right before the name
        kin += [t for t in noun.doc[max(noun.i - 1, 0) : noun.i] if t.pos_ == "NOUN"]
    return (any(lemma_in(t, forces) for t in [noun, *kin]) or _at_works(noun)) and not _set_by_someone(noun)


def _at_works(blast: Token) -> bool:
    """"The blast went off at Dongfeng Coal Mine", "an explosion at a chemical plant": a
    blast at or in a mine, plant or factory."""
    roles = ArgumentRoles.load()
    if blast.lemma_.lower() not in roles.blast_nouns or any(lemma_in(c, roles.explosive_nouns) for c in blast.children if c.dep_ == "compound"):
        return False  # (a bomb blast at a factory is an attack)
    heads = [blast, *([blast.head] if blast.dep_ in ("nsubj", "nsubjpass") else [])]
    return any(lemma_in(site, roles.accident_sites) or site.lower_ in roles.accident_sites
               for head in heads for _, site in prep_objects(head, {"at", "in", "inside"}))


def _set_by_someone(noun: Token) -> bool:
    """"a blaze started by rebels", "floods caused by the dam's destruction": a hazard somebody caused."""
    return any(c.dep_ == "acl" and any(d.dep_ == "agent" for d in c.children) for c in noun.children)


def _an_accidental_blast(verb: Token) -> bool:
    """"The tower exploded": something that is neither a weapon nor a bomber went off."""
    roles = ArgumentRoles.load()
    if verb.lemma_.lower() not in roles.blast_verbs:
        return False
    described = participle_described(verb)  # "exploding propane tanks"
    if object_of(verb) not in (None, described) or passive_subject_of(verb) is not None:
        return False
    subject = described or subject_of(verb)
    return (subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_
            and not lemma_in(subject, roles.explosive_nouns))


def _told_by_an_accident(verb: Token) -> bool:
    """"were killed when a truck and a tractor collided", "killed as their home was buried
    by a landslide": the harm came from an accident or a hazard told in a clause of the
    verb or of a verb coordinated with it."""
    accidents = ArgumentRoles.load().accident_verbs
    if verb.dep_ == "advcl" and any(c.lemma_.lower() in accidents for c in (verb.head, *verb.head.conjuncts)):
        return True  # "the bus plunged into a ravine, killing 20", "crashed and hit a block, killing 108"
    if verb.dep_ == "advcl" and (counted := object_of(verb.head)) is not None and _natural(counted):
        return True  # "China recorded 532,101 accidents, killing 92,437 people"
    clauses = [verb, *verb.conjuncts]  # "were killed and several injured when ..."
    return any(c.dep_ == "advcl" and (c.lemma_.lower() in accidents or _an_accidental_blast(c) or _a_fire_breaking_out(c)
                                      or any(_natural(t) for t in (subject_of(c), agent_of(c)) if t is not None))
               for clause in clauses for c in clause.children)


def _a_fire_breaking_out(verb: Token) -> bool:
    """"when a fire broke out in the pit": a fire nobody is said to have set."""
    subject = subject_of(verb)
    return verb.lemma_.lower() == "break" and subject is not None and subject.lemma_.lower() in ("fire", "blaze", "flame")


def _harm_beside_a_hazard(verb: Token, matcher: TriggerMatcher) -> bool:
    """"At least one person was killed and two injured ... when a powerful earthquake hit",
    "34 miners were killed ... when a fire broke out": harm with no doer in a sentence that
    names a natural hazard, an accident or a fire and no attack, however the parser hung
    the clauses."""
    suffering = ArgumentRoles.load().suffering_verbs
    if verb.lemma_.lower() not in suffering or agent_of(verb) is not None:
        return False
    if passive_subject_of(verb) is None and subject_of(verb) is not None:
        return False
    nouns = [t for t in verb.sent if t.pos_ in ("NOUN", "PROPN")]
    if not any(_natural(t) for t in nouns) and not any(_a_fire_breaking_out(t) for t in verb.sent if t.pos_ == "VERB"):
        return False
    if any((found := matcher.noun_match(t)) is not None and found.entry.type == "ASSAULT" and not _natural(t) for t in nouns):
        return False  # "killed in an ambush days after the earthquake"
    return not any(t != verb and t.lemma_.lower() not in suffering and (found := matcher.verb_match(t)) is not None
                   and found.entry.type == "ASSAULT" and not _an_accidental_blast(t) for t in verb.sent if t.pos_ == "VERB")


def _done_to_animals(verb: Token) -> bool:
    patient = passive_subject_of(verb) or object_of(verb)
    return patient is not None and lemma_in(patient, ArgumentRoles.load().animal_nouns)


def _self_harm(verb: Token) -> bool:
    roles = ArgumentRoles.load()
    patient = object_of(verb)
    return patient is not None and patient.lower_ in roles.reflexive_pronouns and verb.lemma_.lower() in roles.self_harm_verbs


def _shot_into_the_air(verb: Token, weapon: Token | None) -> bool:
    """"firing their rifles into the air": shots that hit nobody (the parser may hang the
    "into" on the weapon)."""
    skyward = ArgumentRoles.load().skyward_nouns
    return any(pobj.lemma_.lower() in skyward for head in (verb, weapon) if head is not None
               for _, pobj in prep_objects(head, {"into", "in", "at", "toward", "towards"}))


def _out_of_care(verb: Token) -> bool:
    """"were released from a week-long medical observation": leaving care, no captor's release."""
    care = ArgumentRoles.load().care_places
    return any(lemma_in(pobj, care) for _, pobj in prep_objects(verb, {"from"}))


def _won_at_the_polls(verb: Token, taken: Token | None) -> bool:
    """"retook control of both chambers of Congress in last week's elections": control of a
    legislature, or won in a vote, is no seizure."""
    roles = ArgumentRoles.load()
    held = [pobj for _, pobj in prep_objects(taken, {"of"})] if taken is not None else []
    where = [pobj for head in (verb, taken) if head is not None for _, pobj in prep_objects(head, {"in", "at", "after", "through"})]
    return any(lemma_in(t, roles.legislature_nouns) for t in held) or any(lemma_in(t, roles.electoral_nouns) for t in where)


def _done_by_animals(verb: Token) -> bool:
    """"a farmer attacked by a bear", "wolves killed 30 sheep": no party's act."""
    doer = agent_of(verb) or subject_of(verb)
    return doer is not None and lemma_in(doer, ArgumentRoles.load().animal_nouns)


def _a_danger(verb: Token, matcher: TriggerMatcher) -> bool:
    """A threat whose subject is a happening, or a warning of what a happening will do."""
    subjects = [subject_of(verb)]
    if verb.lemma_.lower() in ArgumentRoles.load().warning_verbs:
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            # (the parser may take the clause's subject for the verb's object)
            own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if own is not None and object_of(verb) is not None and not _natural(own):
                continue  # "warned Pakistan that any attack would invite a response": told to a party
            if own is not None and any(c.dep_ == "det" and c.lower_ in status_cues().free_choice_determiners for c in own.children):
                continue  # "warned that any attack would be met with force": what would answer it is the threat
            subjects.append(own if own is not None else object_of(verb))
    return any(_a_happening(s, matcher) for s in subjects if s is not None)


def _an_advice(verb: Token, matcher: TriggerMatcher) -> bool:
    """A warning told to nobody against a doing that is no act of force: "police warned against
    unnecessary travel", "warned against complacency" (not "warned against any attack")."""
    if verb.lemma_.lower() not in ArgumentRoles.load().warning_verbs or object_of(verb) is not None:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children):
        return False
    against = [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "against"
               for pobj in prep.children if pobj.dep_ in ("pobj", "pcomp")]
    return bool(against) and all(t.pos_ in ("NOUN", "VERB") and not t.ent_type_ and matcher.noun_match(t) is None
                                 and not any(c.ent_type_ for c in t.subtree) for t in against)


def _a_happening(noun: Token, matcher: TriggerMatcher) -> bool:
    # (an "-ing" noun is a doing: "the shelling", not "the king" or "a wing")
    gerund = noun.lower_.endswith("ing") and len(noun.lower_) > 5
    return noun.pos_ == "NOUN" and (noun.tag_ == "VBG" or gerund or matcher.noun_match(noun) is not None
                                    or noun.lemma_.lower() in ArgumentRoles.load().situation_nouns or _natural(noun))
