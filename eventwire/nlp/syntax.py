"""Small readings of the dependency parse shared by the event coder and the quote finder."""

from __future__ import annotations

from spacy.tokens import Token


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive verb; "ousted by invading US-led troops", which the parser
    reads as a gerund taking the troops as its object, is by the troops."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
                if described_by_participle(grandchild):
                    return object_of(grandchild)
    return None


def described_by_participle(gerund: Token) -> bool:
    """"by invading troops": a present participle after the "by" of a passive verb, with
    an object and no subject, describes that object."""
    return (gerund.dep_ == "pcomp" and gerund.tag_ == "VBG" and gerund.head.dep_ == "agent"
            and object_of(gerund) is not None and not any(c.dep_ in ("nsubj", "aux") for c in gerund.children))


def is_infinitive(clause: Token) -> bool:
    """"to withdraw": a clause with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def is_purpose_infinitive(clause: Token) -> bool:
    """"sent troops to fight the rebels": an infinitive hung on a verb as what it is done
    for, with no subject of its own."""
    return clause.dep_ == "advcl" and is_infinitive(clause) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def object_of(verb: Token) -> Token | None:
    predicate = None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return child
        if child.dep_ == "oprd" and child.pos_ in ("NOUN", "PROPN"):
            predicate = child
    # "called the Chinese foreign minister": the parser may read a lone object as an object
    # predicate ("called him a liar" has both; "was named minister" is passive)
    if predicate is not None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return predicate
    return _name_before_day(verb)


def _name_before_day(verb: Token) -> Token | None:
    """"met Taiwanese President Lee Teng-hui Wednesday": the parser may make the day the
    head of the name before it, and so of the object's phrase (whose mention it heads)."""
    for child in verb.children:
        if (child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and child.i > verb.i
                and any(c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and c.i == child.i - 1 for c in child.children)):
            return child
    return None


def shared_object(verb: Token) -> Token | None:
    """"Russia armed and trained the separatists": a verb with no object of its own, joined
    straight to the next verb, shares the object the parser hangs on that verb."""
    if object_of(verb) is not None:
        return None
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if joined is None or any(t.dep_ not in ("cc", "punct") for t in verb.doc[verb.i + 1 : joined.i]):
        return None
    found = object_of(joined)
    return found if found is not None and found.i > joined.i else None


def small_clause_subject(verb: Token, noun_clause: bool = False) -> Token | None:
    """"Allowed inspectors to visit", "let 200 people enter": the parser often hangs the
    object of a verb of permitting or causing on the infinitive after it, as that verb's
    subject. An infinitive with a tense or modal of its own ("said they would visit") is
    a clause reported, not such an object. With ``noun_clause``, for a verb of letting, the
    clause may be a noun: "allow inspectors access" (whereas in "having talks reconvene"
    the noun is a verb mistagged)."""
    for child in verb.children:
        # a bare infinitive is often tagged present tense ("let 200 trucks enter")
        clause = child.tag_ in ("VB", "VBP") or (noun_clause and child.pos_ == "NOUN" and child.dep_ == "ccomp")
        if child.dep_ not in ("ccomp", "xcomp") or not clause or child.i < verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in child.children):
            continue
        for grandchild in child.children:
            if grandchild.dep_ == "nsubj" and grandchild.i < child.i:
                return grandchild
    return None


# Verbs whose complement clause may be a noun and a participle saying what was done to it
# ("leaving 10 people wounded", "found the bodies mutilated").
STATE_LEAVING_VERBS = frozenset({"leave", "keep", "find", "render", "see", "get", "have", "want"})


def passive_subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "auxpass" for c in verb.children):
        return verb.head  # "Japan, the only nation to be attacked by atomic weapons"
    own_clause = any(child.dep_ in ("nsubj", "aux", "mark") for child in verb.children)
    # "The Saudi-led coalition bombed Sanaa" parsed with the noun as the root: a participle
    # with an object of its own under a verbless root is the sentence's main verb.
    own_clause = own_clause or (verb.head.dep_ == "ROOT" and any(child.dep_ in ("dobj", "obj") for child in verb.children))
    # (the tagger may call the participle a past tense: "Tim Spicer, freed in Papua New Guinea";
    # on a noun the parser made the root, such a verb is the sentence's own: "The minister
    # called on Europe to honour its commitments")
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.head.dep_ != "ROOT"
                                        and not any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children))
    if verb.dep_ == "acl" and participle and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and not own_clause:
        # "guerrillas armed by the United States", "a hospital supported by the ICRC": the
        # participle's noun is what the act was done to ("the announcement that it had
        # agreed" is a clause of its own, not a participle).
        return verb.head
    for found in (_raised_passive_subject(verb), _conjoined_passive_subject(verb), _left_in_a_state(verb), _reduced_relative_root(verb),
                  _aside_participle_subject(verb), _named_person_participle(verb)):
        if found is not None:
            return found
    return _elided_passive_subject(verb)


def _reduced_relative_root(verb: Token) -> Token | None:
    """"A businessman charged with exporting to Cuba pleaded not guilty", "NLD members found
    guilty have been given sentences": the parser makes the participle the main verb and
    the real one its conjunct or complement; the subject is who underwent the participle."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "cc") for c in verb.children):
        return None  # ("Russia agreed to talks and said": two verbs joined by "and" are two acts)
    # (a past tense with a "by" agent is a participle: "the victims struck down by trains were villagers")
    if not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(c.dep_ in ("oprd", "agent") for c in verb.children))):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    main = next((c for c in verb.children if c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                 and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass") for g in c.children))), None)
    return subject if main is not None else None


def _aside_participle_subject(verb: Token) -> Token | None:
    """"Zlatko Aleksovski, extradited to The Hague, said he would plead not guilty": a
    participle set off by a comma after a name, which the parser made a past tense with that
    name for subject and the main verb its head; the name underwent it."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("ccomp", "advcl") or verb.head.i < verb.i or verb.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "obj", "ccomp", "aux", "auxpass", "mark") for c in verb.children) or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.doc[verb.i - 1].text != "," or not subject.i <= verb.i - 2 <= subject.right_edge.i:
        return None
    return subject


def _named_person_participle(verb: Token) -> Token | None:
    """"worse off than under dictator Saddam Hussein, ousted from power in 2003": a
    participle set off by a comma right after a person's name, which the parser hung on the
    clause's verb, was undergone by that person."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    name = verb.doc[verb.i - 2]
    # (only a name inside a prepositional phrase: "met Putin, accompanied by his wife" may be either's)
    return name if name.ent_type_ == "PERSON" and name.dep_ == "pobj" else None


def _left_in_a_state(participle: Token) -> Token | None:
    """"leaving at least 10 people wounded": the parser makes the noun the subject of a
    participle that says what was done to it."""
    if participle.dep_ not in ("ccomp", "xcomp", "oprd") or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None
    if participle.dep_ == "ccomp" and participle.head.lemma_.lower() not in STATE_LEAVING_VERBS:
        return None  # ("said the immigrants pounded on the truck": a reported clause the tagger misread)
    # (after "leave", the tagger may call the participle a past tense)
    if participle.tag_ != "VBN" and not (participle.tag_ == "VBD" and participle.head.lemma_.lower() == "leave"):
        return None
    return next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)


def _conjoined_passive_subject(verb: Token) -> Token | None:
    """"Recchia crashed and was airlifted to hospital": a passive conjunct with no subject
    of its own is said of the subject it shares with the first verb."""
    if verb.dep_ != "conj" or any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in verb.children):
        return None
    if verb.tag_ == "VBN" and verb.head.dep_ == "acl" and not any(child.dep_ in ("aux", "dobj") for child in verb.children):
        return passive_subject_of(verb.head)  # "the civilians killed and injured": both said of the civilians
    if not any(child.dep_ == "auxpass" for child in verb.children):
        if verb.tag_ == "VBN" and not any(child.dep_ in ("aux", "dobj") for child in verb.children):
            # "were prosecuted and sentenced": the auxiliary of the first serves both
            return next((child for child in verb.head.children if child.dep_ == "nsubjpass"), None)
        return None
    return next((child for child in verb.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)


def _raised_passive_subject(verb: Token) -> Token | None:
    """"Troops are expected to be sent", "he asked to be moved", "two Indians were reported
    killed": a passive infinitive or participle with no subject of its own is said of its
    governing verb's subject."""
    # ("were reported killed": a bare participle under a passive verb is passive too)
    bare_participle = verb.tag_ == "VBN" and not any(child.dep_ in ("aux", "dobj") for child in verb.children) and is_passive(verb.head)
    if verb.dep_ != "xcomp" or not (bare_participle or any(child.dep_ == "auxpass" for child in verb.children)):
        return None
    for child in verb.head.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            return child
    return None


def _elided_passive_subject(verb: Token) -> Token | None:
    """"One man was killed and nine others wounded": the second participle shares the
    first one's auxiliary, so the parser reads its subject as an active subject."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or not is_passive(verb.head):
        return None
    if any(child.dep_ in ("aux", "auxpass", "dobj", "obj") for child in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    return None


def is_bare_participle(verb: Token) -> bool:
    """A past participle with no subject, auxiliary or "that" of its own, which says what
    was done to the noun it hangs on ("an accusation denied by Syria", "a man accused of
    spying"); the tagger may call it a past tense."""
    return verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in verb.children)


def is_plural_noun(noun: Token) -> bool:
    """A plural noun, also where the tagger read an irregular plural as singular: "the six
    US marine servicemen" is counted, "the servicemen were" agrees with a plural verb."""
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    if noun.pos_ != "NOUN":
        return False
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in noun.children)
    verb = noun.head
    plural_verb = verb.lower_ in ("were", "are") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in verb.children)
    return counted or (noun.dep_ in ("nsubj", "nsubjpass") and plural_verb)


def same_name(token: Token, other: Token) -> bool:
    """Whether two tokens are words of one named entity ("South" and "African")."""
    if not token.ent_type_ or token.ent_type_ != other.ent_type_:
        return False
    first, last = sorted((token.i, other.i))
    return all(t.ent_iob_ == "I" for t in token.doc[first + 1 : last + 1])
