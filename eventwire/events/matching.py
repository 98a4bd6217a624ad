"""Trigger matching: which words of a sentence signal an event, under which lexicon
entry, with the object that entry needs and the verb (an order, a sending) an act serves.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from eventwire.events import arguments as args_mod
from eventwire.events.lexicon import NAMED_KINDS, Lexicon, Trigger
from eventwire.events.status import status_cues
from eventwire.nlp.syntax import (
    is_infinitive,
    object_of,
    passive_subject_of,
    shared_object,
    small_clause_subject,
)


@dataclass(frozen=True)
class TriggerMatch:
    token: Token
    entry: Trigger
    object_token: Token | None
    words: str  # the trigger words for `why`
    commander: Token | None = None  # the verb this act serves: an order ("ordered X jailed"), a sending


# Prepositions by which an event noun names what its verb would take as object ("attack
# on the proceedings", "criticism of the plan").
NOMINAL_OBJECT_PREPS = {"on", "of", "against"}

# Types whose verb, helping with another act or sent for it ("helped to mediate", "sent
# experts to investigate"), is part of that act.
HELPING_TYPES = frozenset({"AID"})

# Acts that an order governing them ("ordered X jailed", "instructed police to raid") turns
# into the orderer's act: coercion and force, not requests of other kinds ("ordered X to pay").
ORDERED_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION"})

ORDER_COMPLEMENTS = ("xcomp", "ccomp", "oprd")

# How a quantity names what it counts: "tons of medicine", "$2 billion in aid", "a ship
# with food".
CONTENT_PREPS = {"of", "in", "with"}

# Auxiliaries by which a clause says what must be done ("insisted that it should withdraw").
# ("would" is not among them: "insisted security would bring peace" reports a "will", a claim)
OBLIGING_AUX = frozenset({"should", "must", "shall", "need", "ought"})

# Words opening a question's clause ("asked if", "asked whether", "asked what").
QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "when", "where", "who", "which"})

# Named kinds that stand for a party, not a thing given ("provided Tunisia with a loan").
PARTY_KINDS = ("GPE", "NORP", "ORG", "PERSON")

# Where a verb's predicate on its object hangs ("held Moscow responsible": oprd; "holds
# Russia responsible" parsed as a small clause: ccomp).
PREDICATE_DEPS = ("oprd", "acomp", "ccomp", "xcomp")
AS_PREDICATE_DEPS = ("pobj", "amod", "pcomp")  # what "as" makes of the object


class TriggerMatcher:
    """Finds trigger words with the lexicon's matching rules (see data/README.md)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def find(self, sentence: Span) -> list[TriggerMatch]:
        """The triggers of a sentence, verbs first, then nouns, each in text order."""
        matches: list[TriggerMatch] = []
        for token in sentence:
            if token.pos_ in ("VERB", "AUX"):
                match = None if _asks_or_claims(token) or _be_to_idiom(token) else self.verb_match(token)
            elif token.pos_ in ("NOUN", "PROPN") and not token.ent_type_:
                # A noun inside a name ("Amnesty International", "March") states no event.
                match = self.noun_match(token)
            else:
                match = None
            if match is not None:
                matches.append(match)
        # "helped to mediate the deal", "ordered X jailed": a verb that serves an act the
        # lexicon knows is part of that act, one event coded from the act's own verb.
        matches = _governed_acts(matches)
        # Verbs first: a verb that takes an event noun as its object claims it.
        return sorted(matches, key=lambda m: (m.entry.pos != "VERB", m.token.i))

    def rules_out(self, sentence: Span) -> bool:
        """Whether a verb of the sentence is read as no trigger on purpose: a question put
        or a claim asserted, which no guess should code either."""
        return any(t.pos_ in ("VERB", "AUX") and _asks_or_claims(t) for t in sentence)

    def verb_match(self, verb: Token) -> TriggerMatch | None:
        if verb.tag_ == "VBG" and verb.dep_ == "amod" and verb.head.lemma_.lower() in args_mod.ArgumentRoles.load().titled_by_participles:
            return None  # "an investigating magistrate": a kind of judge, no investigation
        return self._verb_match(verb, next((found for key in verb_keys(verb) if (found := self.lexicon.verb_entries(key))), []))

    def _verb_match(self, verb: Token, entries: list[Trigger]) -> TriggerMatch | None:
        obj = object_of(verb) or passive_subject_of(verb)
        if obj is not None and obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            obj = args_mod._relative_antecedent(obj, verb) or obj  # "a city which rebels captured": the object is the city
        # spaCy tags "stepped down" and "pulled out of" particles as advmod or prep too.
        # A preposition with an object stands for a particle only right after the verb ("gave
        # in to", not "will give an answer in May").
        particles = {c.lower_ for c in verb.children if c.i > verb.i and (c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and (
            c.i == verb.i + 1 or not any(o.dep_ == "pobj" for o in c.children))))}
        # "set the hostages free": a resultative adjective after the object (not "set free
        # elections", where the parser's reading as the object's own adjective is right)
        particles |= {c.lower_ for c in verb.children if c.i > verb.i and c.pos_ == "ADJ" and c.dep_ in ("acomp", "oprd", "advcl", "xcomp")}
        # ... or before it, which the parser reads as the object's adjective ("set free 20 activists")
        if obj is not None:
            particles |= {c.lower_ for c in obj.children if c.dep_ == "amod" and c.i == verb.i + 1 and c.pos_ == "ADJ"}
        direct = obj
        shared = shared_object(verb) if direct is None else None
        for entry in entries:
            obj = direct
            if entry.particle and entry.particle not in particles:
                continue
            governed = None
            if entry.particle and obj is None:
                # "voted down the bill" parsed as a preposition: what it governs is the object
                obj = governed = next((o for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == entry.particle
                                       for o in c.children if o.dep_ == "pobj"), None)
            if entry.object:
                found_object = _object_for(verb, obj, entry) or (_object_for(verb, shared, entry) if shared is not None else None)
                if found_object is None:
                    continue
                obj = found_object
            elif entry.transitive and obj is None:
                obj = shared
            if (entry.transitive and obj is None) or (entry.intransitive and _takes_an_object(verb)):
                continue
            if entry.transitive and _leaves_in_a_state(verb):
                continue  # "clashed, leaving 20 soldiers dead": what the clash left, not a departure
            if entry.object_prep and (obj is None or not any(c.dep_ == "prep" and c.lower_ in entry.object_prep for c in obj.children)):
                continue  # (a time may follow: "an end to two decades of hostility")
            if entry.object_not and obj is not None and any(lemma_in(t, entry.object_not) for t in _named_as(obj)):
                continue
            if entry.object_not and (prefix := hyphen_object(verb)) is not None and lemma_in(prefix, entry.object_not):
                continue  # "fire-fighting measures", "crime-fighting": the word joined in front is the object
            if obj is not None and obj.pos_ == "NOUN" and self._ruled_out_noun(obj, entry.type):
                continue  # "waged a war against fanaticism": what the act's own word rules out
            if entry.object_not and (obj is None or entry.prep) and any(lemma_in(pobj, entry.object_not) for _, pobj in args_mod.prep_objects(verb, entry.prep or ("for", "against"))):
                continue  # "asked for anonymity", "fought against terrorism": with no object, what "for" or "against" (or the required preposition) names
            if entry.directive and not entry.object and obj is not None and obj.pos_ == "NOUN" and self.noun_match(obj) is not None:
                continue  # "ordered Russia's first mobilisation": the act ordered is the event
            if entry.object_not and obj is None and any(c.dep_ == "xcomp" and lemma_in(c, entry.object_not) for c in verb.children):
                continue  # "refused to comment": the infinitive stands where the object would
            if entry.subject or entry.subject_not:
                subject = args_mod.subject_of(verb) or args_mod.participle_described(verb)  # "striking judges"
                if entry.subject and (subject is None or not lemma_in(args_mod.counted(subject), entry.subject)):
                    continue
                if entry.subject_not and subject is not None and lemma_in(args_mod.counted(subject), entry.subject_not):
                    continue
            # "launched drones at US forces": the parser often hangs the preposition on the object
            if entry.prep and not has_prep(verb, entry.prep) and not (entry.object and obj is not None and has_prep(obj, entry.prep)):
                continue
            if entry.complement:
                # "called the sanctions illegal", "described the sanctions as illegal"
                predicates = [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
                predicates += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ in AS_PREDICATE_DEPS]
                predicates += [c for p in predicates for c in p.conjuncts]  # "called it ill-judged and unwise"
                predicate = next((c for c in predicates if lemma_in(c, entry.complement)), None)
                if predicate is None and obj is not None:
                    # "called the expulsions totally unacceptable", parsed as an adjective after its noun
                    predicate = next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and lemma_in(c, entry.complement)), None)
                if predicate is None or any(c.dep_ == "neg" for c in predicate.children):
                    continue  # ("found them not guilty": the verdict denies what the entry says)
                # "held Moscow responsible", or parsed as a clause: "holds [Russia responsible]"
                obj = obj or next((c for c in predicate.children if c.dep_ == "nsubj"), None)
                words = f"{verb.text} … {predicate.text}"
                return TriggerMatch(verb, entry, obj, words)
            words = verb.text + (f" {entry.particle}" if entry.particle else "") + (f" … {obj.text}" if entry.object and obj is not None else "")
            return TriggerMatch(verb, entry, obj if entry.object or governed is not None else None, words)
        return None

    def noun_match(self, noun: Token) -> TriggerMatch | None:
        kinds = args_mod.ArgumentRoles.load().kinds_named_by_acts
        following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if (noun.dep_ == "compound" and noun.head.lemma_.lower() in kinds) or (following is not None and following.lemma_.lower() in kinds):
            return None  # "war crimes", "an attack helicopter", "protest leaders", "war dead": a kind, no act
        if noun.dep_ == "compound" and any(" " in key and self.lexicon.noun_entries(key) for key in noun_keys(noun.head)):
            return None  # "an aid freeze": the word is part of the trigger its head names
        for key in noun_keys(noun):
            for entry in self.lexicon.noun_entries(key):
                if entry.prep and not has_prep(noun, entry.prep):
                    continue
                if entry.placed and args_mod.placing_verb(noun) is None:
                    continue  # "died in custody": no one was put there in this clause
                if entry.object_not and any(lemma_in(t, entry.object_not) for t in _ruling_objects(noun, entry)):
                    continue  # "the shooting of his film", "global oil demand", "contact with sick poultry"
                return self._as_its_verb(noun, entry) or TriggerMatch(noun, entry, None, key)
        return None

    def _ruled_out_noun(self, noun: Token, event_type: str) -> bool:
        """Whether every sense of an event noun of this type is ruled out by what it is of
        or against (a verb of that type only carries the noun's act)."""
        entries = [e for key in noun_keys(noun) for e in self.lexicon.noun_entries(key) if e.type == event_type]
        return bool(entries) and all(e.object_not and any(lemma_in(t, e.object_not) for t in _ruling_objects(noun, e)) for e in entries)

    def _as_its_verb(self, noun: Token, entry: Trigger) -> TriggerMatch | None:
        """"the White House attack on the impeachment proceedings": a noun whose "on"/"of"
        object would pick another sense of the same verb as its object ("attacked the
        proceedings": ACCUSE) takes that sense."""
        targets = [pobj for _, pobj in args_mod.prep_objects(noun, NOMINAL_OBJECT_PREPS)]
        for verb_entry in self.lexicon.verb_entries(noun.lemma_.lower()):
            if verb_entry.type == entry.type or not verb_entry.object or verb_entry.particle or verb_entry.subject:
                continue
            target = next((t for t in targets if lemma_in(t, verb_entry.object)), None)
            if target is not None:
                sense = replace(verb_entry, pos="NOUN", object=(), object_not=(), object_via=(), object_prep=(), complement=(),
                                transitive=False, intransitive=False, passive_agent=False, directive=False, converse=False, recipient_from=entry.recipient_from)
                return TriggerMatch(noun, sense, target, f"{noun.text} … {target.text}")
        return None


def _governed_acts(matches: list[TriggerMatch]) -> list[TriggerMatch]:
    """A verb that only serves the act it governs yields to that act, which takes the
    verb's subject as its doer:

    - an order of a coercive act: "ordered the newspaper to suspend publication", "ordered
      nine officials jailed" (PLOVER codes the act, done by whoever ordered it);
    - help or a sending whose purpose the lexicon knows: "helped to mediate the deal",
      "sent experts to investigate the attacks" (one event, coded from the act's own verb).
    """
    by_token = {m.token.i: m for m in matches}
    kept: list[TriggerMatch] = []
    governed: dict[int, Token] = {}
    for match in matches:
        served = next(((c, by_token[c.i]) for c in match.token.children
                       if c.i in by_token and _serves(match, c, by_token[c.i])), None) if match.entry.pos == "VERB" else None
        means = next((by_token[t.i] for t in _means(match.token) if t.i in by_token), None) if match.entry.pos == "VERB" else None
        if served is None and means is not None:
            # "retaliated with tariffs", "retaliated by expelling diplomats": the act is its means
            governed[means.token.i] = match.token
            continue
        if served is None:
            kept.append(match)
        elif served[0].dep_ != "xcomp" or match.entry.directive:
            # An xcomp of "help" already has the helper as its subject; other acts take it from here.
            governed[served[1].token.i] = match.token
    return [replace(m, commander=governed[m.token.i]) if m.token.i in governed else m for m in kept]


def hyphen_object(word: Token) -> Token | None:
    """"fire" in "fire-fighting": a noun joined in front of an act's word by a hyphen."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text != "-" or doc[word.i - 1].whitespace_ or doc[word.i - 2].whitespace_:
        return None
    prefix = doc[word.i - 2]
    return prefix if prefix.pos_ in ("NOUN", "PROPN") else None


def _named_as(obj: Token) -> list[Token]:
    """An object and, when it is a name, the nouns that say what it is: "beat opposition
    candidate Manuel Rosales" beats a candidate, as "beat his rival, Rosales" does."""
    if obj.pos_ != "PROPN":
        return [obj]
    return [obj, *(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN")]


def _ruling_objects(noun: Token, entry: Trigger) -> list[Token]:
    """What may rule an event noun's entry out: what it is of or for, the nouns in front of
    it, what its own preposition (else "against" or "on") names ("war on drugs") and who it
    is by or whose ("a rally by the peso", "the dollar's rally")."""
    prefix = hyphen_object(noun)
    doers = [pobj for _, pobj in args_mod.prep_objects(noun, {"by"})] + [c for c in noun.children if c.dep_ == "poss"]
    return (_noun_objects(noun) + [pobj for _, pobj in args_mod.prep_objects(noun, set(entry.prep) or {"against", "on"})]
            + ([prefix] if prefix is not None else []) + doers)


def _noun_objects(noun: Token) -> list[Token]:
    """What an event noun is of or for: its "of" and "for" objects and the nouns in front
    of it ("the demand for oil", "oil demand")."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
    return [pobj for _, pobj in args_mod.prep_objects(noun, {"of", "for"})] + modifiers


def _be_to_idiom(verb: Token) -> bool:
    """"Russia was to blame for the strike": whoever is to blame blames nobody."""
    return verb.lemma_.lower() in status_cues().be_to_idioms and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _asks_or_claims(verb: Token) -> bool:
    return is_question(verb) or is_claim(verb)


def is_question(verb: Token) -> bool:
    """"asked if France still supported Mobutu", "asked about the attack", "asked what
    Moscow wanted": a question put, not a request."""
    if verb.lemma_.lower() not in args_mod.ArgumentRoles.load().question_verbs:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ in ("ccomp", "advcl", "xcomp"):
            opener = child.doc[child.left_edge.i]
            if opener.lower_ in QUESTION_WORDS:
                return True
    return False


def is_claim(verb: Token) -> bool:
    """"insisted that the disease is not the same": a verb that demands only with "on" or
    a clause of obligation ("insisted that the problem should be solved", "insisted that
    he resign"), and otherwise asserts a claim."""
    if verb.lemma_.lower() not in args_mod.ArgumentRoles.load().insisting_verbs:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    obliged = any((c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children))
                  or any(a.dep_ == "aux" and a.lower_ in OBLIGING_AUX for a in c.children) for c in clauses)
    return bool(clauses) and not obliged


def _means(verb: Token) -> list[Token]:
    """The act by which a verb of response is done ("retaliated with air strikes", "by
    expelling 23 diplomats"), when the verb is one of ``means_verbs``."""
    if verb.lemma_.lower() not in args_mod.ArgumentRoles.load().means_verbs:
        return []
    return [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("with", "by")
            for t in prep.children if t.dep_ in ("pobj", "pcomp")]


def _serves(match: TriggerMatch, child: Token, act: TriggerMatch) -> bool:
    if match.entry.directive:
        return child.dep_ in ORDER_COMPLEMENTS and act.entry.type in ORDERED_TYPES
    if match.entry.type in HELPING_TYPES:
        # "to" + verb: a purpose ("sent experts to investigate"), not a result or a time clause.
        purpose = child.dep_ == "advcl" and is_infinitive(child)
        return child.dep_ == "xcomp" or purpose
    return False


def _object_for(verb: Token, direct: Token | None, entry: Trigger) -> Token | None:
    """The object that satisfies the entry's required object words: the direct object, or
    the object of one of its `object_via` prepositions ("agreed to a deal")."""
    if direct is not None:
        # "started a new round of military maneuvers", "unleashed a barrage of missiles": a
        # round or a barrage is of what its "of" names
        roles = args_mod.ArgumentRoles.load()
        unit = direct.lemma_.lower()
        held = [pobj for _, pobj in args_mod.prep_objects(direct, {"of"})] if unit in roles.gathering_units | roles.counting_units else []
        counted = any(lemma_in(t, entry.object) for t in held)
        if lemma_in(direct, entry.object):
            return direct if not held or counted else None
        if counted and unit in roles.counting_units:
            return direct  # whose own words ("a barrage of missiles on Kyiv") say at whom
        for held in _contents(verb, direct):
            if lemma_in(held, entry.object):
                return held
    for _, pobj in args_mod.prep_objects(verb, entry.object_via) if entry.object_via else ():
        if lemma_in(pobj, entry.object):
            return pobj
    for span in (c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and lemma_in(c, entry.object)):
        # "gave the junta a week to restore the president": the time limit, parsed as an
        # adverb, with the infinitive of what must be done by then
        if any(c.dep_ in ("advcl", "xcomp") and c.i > span.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children):
            return span
    subject = small_clause_subject(verb) if direct is None else None
    if subject is not None and lemma_in(subject, entry.object):
        return subject  # "allowed inspectors to visit the site", parsed as a clause of its own
    if direct is None:
        # "let aid convoys into Tigray", parsed as a verbless clause: its noun is the object
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "NOUN" and c.i > verb.i):
            if lemma_in(clause, entry.object):
                return clause
        # "stopped shelling the town", "halted fighting": the gerund stands where the noun would
        for gerund in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.i > verb.i):
            if lemma_in(gerund, entry.object):
                return gerund
            carried = object_of(gerund)  # "stopped exchanging fire"
            if carried is not None and lemma_in(carried, entry.object):
                return gerund
    return None


def _leaves_in_a_state(verb: Token) -> bool:
    """The verb puts its object in a state ("leaving 20 soldiers dead", "left thousands
    homeless", "left two people wounded")."""
    return any(c.i > verb.i and c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and (c.pos_ == "ADJ" or c.tag_ == "VBN")
               for c in verb.children)


def _contents(verb: Token, direct: Token) -> list[Token]:
    """What a direct object that only counts, carries or receives stands for:

    - a quantity's "of", "in" or "with" object: "13 tons of medicine", "$2 billion in
      credit", "part of Zambia's debt";
    - a carrier's load: "a plane loaded with medical supplies", "a ship carrying 2,000
      tonnes of food", "sent a ship with food" (the parser hangs "with" on the verb);
    - what a party is given: "provided Tunisia with a credit line".
    """
    roles = args_mod.ArgumentRoles.load()
    counted = direct.lemma_.lower() in roles.quantity_nouns or direct.pos_ == "NUM"
    party = direct.ent_type_ in PARTY_KINDS or direct.pos_ == "PRON"
    if not (counted or party):
        return []
    held = [pobj for _, pobj in args_mod.prep_objects(direct, CONTENT_PREPS)] if counted else []
    for participle in (c for c in direct.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")):
        loads = [pobj for _, pobj in args_mod.prep_objects(participle, {"with"})]
        loads += [obj for obj in [object_of(participle)] if obj is not None]
        held += loads + [pobj for load in loads for _, pobj in args_mod.prep_objects(load, {"of"})]
    return held + [pobj for _, pobj in args_mod.prep_objects(verb, {"with"})]


def verb_keys(verb: Token) -> list[str]:
    """Lookup keys for a verb, longest first: "test-fired" (or "test fired") -> "test-fire",
    then "fire"."""
    doc, lemma = verb.doc, verb.lemma_.lower()
    i = verb.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        return [f"{doc[i - 2].lower_}-{lemma}", lemma]
    if i >= 1 and doc[i - 1].is_alpha and doc[i - 1].is_lower:
        return [f"{doc[i - 1].lower_}-{lemma}", lemma]  # "test fired", written without its hyphen
    return [lemma]


def lemma_in(token: Token, lemmas: Collection[str]) -> bool:
    keys = set(noun_keys(token)) | {token.lemma_.lower(), token.lower_}
    if token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s"):
        keys.add(token.lower_[:-1])  # the lookup lemmatiser's "bases" is "basis"
    if token.ent_type_ in NAMED_KINDS:
        keys.add(NAMED_KINDS[token.ent_type_])  # "suspended Fiji": any named state
    return not keys.isdisjoint(lemmas)


def has_prep(head: Token, preps: tuple[str, ...] | list[str] | dict) -> bool:
    """A required preposition, not one that only dates the act ("called X on Saturday")."""
    wanted = set(preps.keys()) if isinstance(preps, dict) else set(preps)
    return any(
        child.dep_ in ("prep", "agent") and child.lower_ in wanted
        and not any(obj.ent_type_ in ("DATE", "TIME") for obj in child.children if obj.dep_ == "pobj")
        for child in head.children
    ) or any(wanted & set(for_clause_marks(child)) for child in head.children)


def for_clause_marks(clause: Token) -> list[str]:
    """"called for the president to resign": the "for" of an infinitive with its own subject,
    which the parser makes the clause's mark, not a preposition of the verb."""
    if clause.dep_ not in ("advcl", "ccomp", "xcomp") or not is_infinitive(clause) or not any(c.dep_ == "nsubj" for c in clause.children):
        return []
    return [c.lower_ for c in clause.children if c.dep_ == "mark"]


def noun_keys(noun: Token) -> list[str]:
    """Lookup keys for an event noun, longest first: 'air strike', 'counter-offensive', 'strike'."""
    keys: list[str] = []
    doc = noun.doc
    start = noun.i
    while start > 0 and (doc[start - 1].dep_ in ("compound", "amod") or doc[start - 1].text == "-") and doc[start - 1].head.i in (noun.i, start):
        start -= 1
    for i in range(start, noun.i):
        words = doc[i : noun.i + 1]
        spaced = " ".join(t.lemma_.lower() if t.i == noun.i else t.lower_ for t in words if t.text != "-")
        hyphen = "".join(t.lower_ if t.i != noun.i else t.lemma_.lower() for t in words).replace(" ", "")
        keys.extend([hyphen, spaced])
    keys.append(noun.lemma_.lower())
    seen: set[str] = set()
    return [k for k in keys if not (k in seen or seen.add(k))]


def _takes_an_object(verb: Token) -> bool:
    """Whether a verb is used transitively: with an object, or in the passive ("the
    commitment demonstrated by the cities")."""
    if object_of(verb) not in (None, args_mod.participle_described(verb)):
        return True
    return passive_subject_of(verb) is not None or any(c.dep_ in ("auxpass", "agent") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")
