"""Who speaks and which words are the cue, read off the dependency parse of a cue verb."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.syntax import agent_of, is_passive, object_of
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.spans import Offsets, token_offsets

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Non-finite clause links through which a participle inherits its controller's subject.
_INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp"})


def speaker_token(verb: Token, *, allow_passive_subject: bool = False) -> Token | None:
    """The head of the speaker mention of a cue verb, or None when the text names
    no one ("it was reported that ...", a subjectless fragment)."""
    subject = _own_subject(verb)
    if subject is not None:
        if subject.dep_ == "nsubjpass" and not allow_passive_subject:
            return agent_of(verb)
        return _resolve_relative(subject)
    if is_passive(verb):
        return agent_of(verb)
    return _inherited_subject(verb, depth=0)


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ == "it" and is_passive(verb):
                return None  # "it was reported that ...": nobody named
            return child
    return None


def _resolve_relative(subject: Token) -> Token | None:
    """"Kim, who said ..." speaks through "who": the speaker is the noun the clause modifies."""
    if subject.lower_ in _RELATIVE_PRONOUNS:
        clause = subject.head
        if clause.dep_ == "relcl":
            return clause.head
        return None
    return subject


def _inherited_subject(verb: Token, depth: int) -> Token | None:
    """A participle or conjoined verb without its own subject speaks for the
    subject of the verb it hangs on ("..., saying ...", "and added that ...",
    "criticised Abbas for describing ..." -> Abbas)."""
    if depth > 4:
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "a statement saying ...": an active participle speaks for its noun;
        # a passive one ("a member accused of ...") does not.
        return head if verb.tag_ == "VBG" else None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = _verb_above(head)
        if governor is None:
            return None
        obj = object_of(governor) if head.head.i == governor.i else None
        if obj is not None and head.lower_ in ("for", "after"):
            return obj  # "criticised Abbas for describing ..." -> Abbas
        return speaker_token(governor)
    if verb.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX"):
        # "X said Iran and Iraq enjoyed ..., stressing that ...": the participle
        # hangs inside the reported clause but continues the reporter's words.
        return speaker_token(head.head)
    if verb.dep_ in _INHERITING_DEPS and head.pos_ in ("VERB", "AUX"):
        subject = _own_subject(head)
        if subject is not None and subject.lower_ == "it" and head.lemma_ == "be":
            return None  # "it is true to say ...": nobody in particular says it
        if subject is not None:
            if subject.dep_ == "nsubjpass":
                return agent_of(head)
            return _resolve_relative(subject)
        return _inherited_subject(head, depth + 1)
    return None


def _verb_above(token: Token) -> Token | None:
    """The nearest verb among the ancestors ("aside from saying ..." -> the clause verb)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def particle_of(verb: Token, lexicon: CueLexicon) -> Token | None:
    """The particle that belongs to a phrasal cue ("called on", "pointed out")."""
    particles = lexicon.particles_of(verb)
    if not particles:
        return None
    for child in verb.children:
        if child.dep_ in ("prt", "prep") and child.lower_ in particles and child.i > verb.i:
            return child
    return None


def cue_offsets(verb: Token, lexicon: CueLexicon, *, last: Token | None = None) -> tuple[Offsets, frozenset[int]]:
    """The cue words around a cue verb: auxiliaries and "also" before it, a
    particle, "as saying", or a standard addressee ("told reporters") after it.
    ``last`` extends the cue to a given token (the noun of "expressed his hope")."""
    doc = verb.doc
    first = verb
    while first.i > 0:
        previous = doc[first.i - 1]
        if previous.head.i == verb.i and (previous.dep_ in ("aux", "auxpass") or previous.lower_ in lexicon.cue_adverbs):
            first = previous
            continue
        break
    end_token = verb
    particle = particle_of(verb, lexicon)
    if particle is not None and particle.i == verb.i + 1:
        end_token = particle
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.left_edge.i == end_token.i + 1 and _addressee_at(child, lexicon):
            end_token = child.right_edge
    saying = as_saying(verb)
    if saying is not None:
        end_token = saying
    if last is not None and last.i > end_token.i:
        end_token = last
    tokens = frozenset(range(first.i, end_token.i + 1))
    return token_offsets(first, end_token), tokens


def _addressee_at(child: Token, lexicon: CueLexicon) -> bool:
    words = tuple(t.lower_ for t in child.subtree)
    return words in lexicon.addressee_cues


def as_saying(verb: Token) -> Token | None:
    """The "saying" of "quoted X as saying"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.tag_ == "VBG":
                    return grandchild
    return None

