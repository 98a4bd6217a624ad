"""Event status from the grammar around a trigger: asserted, future, hypothetical, negated.

The cues are kept as data (data/status.yaml); this module only walks the parse:
from the trigger up through the clauses that govern it, stopping at a verb of
saying, because what governs a report ("X said that ...") does not change the
status of what is reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from eventwire.models import Status
from eventwire.nlp.syntax import is_bare_participle, is_infinitive, is_purpose_infinitive


@dataclass(frozen=True)
class StatusCues:
    contracted_would: frozenset[str]
    happening_verbs: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    future_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    undoing_governors: frozenset[str]
    sheltering_governors: frozenset[str]
    topic_verbs: frozenset[str]
    negators: frozenset[str]
    conditional_marks: frozenset[str]
    pending_marks: frozenset[str]
    be_to_idioms: frozenset[str]
    reporting_verbs: frozenset[str]
    future_modifiers: frozenset[str]
    refusal_aux: frozenset[str]
    refused_intent_nouns: frozenset[str]
    present_aux: frozenset[str]
    willingness_governors: frozenset[str]
    commitment_cues: frozenset[str]
    reported_future_aux: frozenset[str]
    anchoring_preps: frozenset[str]
    anchoring_marks: frozenset[str]
    refusing_governors: frozenset[str]
    calling_verbs: frozenset[str]
    appeal_preps: frozenset[str]
    denying_governors: frozenset[str]
    claim_nouns: frozenset[str]
    disputing_verbs: frozenset[str]
    alleging_verbs: frozenset[str]
    free_choice_determiners: frozenset[str]
    free_choice_pronouns: frozenset[str]
    realised_purposes: frozenset[str]


@lru_cache(maxsize=1)
def status_cues() -> StatusCues:
    raw = yaml.safe_load(resources.files("eventwire.events").joinpath("data/status.yaml").read_text(encoding="utf-8"))
    return StatusCues(**{key: frozenset(str(v).lower() for v in values) for key, values in raw.items()})


@dataclass(frozen=True)
class StatusDecision:
    status: Status
    cue: str  # the word that decided it, for `why`


def _generic(trigger: Token, cues: StatusCues) -> bool:
    """An indefinite event noun that is the subject of a clause in the simple present."""
    verb = trigger.head
    return (trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBP")
            and verb.lemma_.lower() not in cues.reporting_verbs and verb.lemma_.lower() != "be"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "each") for c in trigger.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def decide_status(trigger: Token) -> StatusDecision:
    """Walk from the trigger up its governing chain and read the cues met on the way; an
    act told of as "any attack" is whatever may come, when nothing says it did not."""
    decision = _chain_status(trigger)
    cues = status_cues()
    chosen = next((c.lower_ for c in trigger.children if c.dep_ == "det" and c.lower_ in cues.free_choice_determiners), "")
    if decision.status == "asserted" and trigger.pos_ == "NOUN" and chosen:
        return StatusDecision("hypothetical", chosen)
    return decision


def _chain_status(trigger: Token) -> StatusDecision:
    cues = status_cues()
    if _generic(trigger, cues):
        # "a resignation of one-third of the cabinet brings down the government": what any
        # such act does, not one that happened
        return StatusDecision("hypothetical", trigger.head.lower_)
    alleged = _alleged_by(trigger, cues)
    if alleged:
        return StatusDecision("hypothetical", alleged)
    nobody = _nobody(trigger, cues)
    if nobody:
        return StatusDecision("negated", nobody)
    found: dict[str, str] = {}
    conditional = False
    chain = _governing_chain(trigger, cues)
    for depth, node in enumerate(chain):
        shared = depth > 0 and chain[depth - 1].dep_ == "conj"  # the first of coordinated verbs
        # "would not prevent him from visiting": a denied prevention lets the act happen
        lifted = depth > 0 and node.lemma_.lower() in cues.negating_governors and any(_negates(c, cues) for c in node.children)
        for child in node.children:
            word = child.lower_
            if _negates(child, cues):
                if not (shared and _contrasted(chain[depth - 1])) and not lifted:
                    found.setdefault("negated", word)
            elif child.dep_ in ("aux", "auxpass") and word in cues.future_aux:
                found.setdefault("future", word)
            elif child.dep_ in ("aux", "auxpass") and (word in cues.hypothetical_aux or (word in cues.contracted_would and node.tag_ == "VB")):
                found.setdefault("hypothetical", word)
            elif child.dep_ == "mark" and word == "for" and is_infinitive(node) and any(c.dep_ == "nsubj" for c in node.children):
                found.setdefault("hypothetical", "for")  # "an ultimatum for Ethiopia to withdraw": wanted, not done
            elif child.dep_ == "mark" and word in cues.conditional_marks:
                found.setdefault("hypothetical", word)
                conditional = True
                if depth == 0:
                    # "if Kurdish fighters did not withdraw": the act is a condition, whatever its polarity
                    return StatusDecision("hypothetical", word)
            elif child.dep_ == "amod" and word in cues.future_modifiers:
                found.setdefault("future", word)
            if is_condition(child):
                conditional = True  # "would meet if the rebels agreed": the act hangs on a condition
        stranded = _stranded_modal(node)
        if stranded is not None and stranded.lower_ in cues.future_aux:
            found.setdefault("future", stranded.lower_)
        elif stranded is not None and stranded.lower_ in cues.hypothetical_aux:
            found.setdefault("hypothetical", stranded.lower_)
        if is_condition(node):
            # "until Cuba undertakes reforms", "if Hamas were to soften its stance and agree":
            # a condition, whatever its own polarity or that of the clause it conditions
            return StatusDecision("hypothetical", next((c.lower_ for c in node.children if c.dep_ == "mark"), "if"))
        if depth == 1 and _purpose(chain[0]):
            found.setdefault("future", "to")  # "sent troops to fight the rebels": what they are sent for is still to come
        if depth == 0 or shared:
            continue  # the first verb's own word is no governor of the second ("deny visas and expel diplomats")
        lemma = node.lemma_.lower()
        below = chain[depth - 1]
        if node.pos_ == "NOUN" and lemma in cues.claim_nouns and below.dep_ in ("acl", "ccomp") and below.pos_ in ("VERB", "AUX") and not is_bare_participle(below):
            # "rejected accusations that it had poisoned him": the act is only claimed, and
            # denied if the claim is ("an accusation denied by Syria": what was done to the
            # claim, told by a participle, is no part of it)
            disputed = node.dep_ in ("dobj", "obj") and node.head.lemma_.lower() in cues.disputing_verbs
            found.setdefault("negated" if disputed else "hypothetical", node.head.lemma_.lower() if disputed else lemma)
        if lemma == "be" and below.dep_ == "xcomp" and is_infinitive(below) and below.lemma_.lower() not in cues.be_to_idioms:
            found.setdefault("future", "be to")  # "the fighters are to hand over their weapons": scheduled
        if lemma == "have" and below.dep_ == "xcomp" and is_infinitive(below) and not any(c.dep_ == "dobj" and c.i < below.i for c in node.children):
            found.setdefault("hypothetical", "have to")  # "Russia still has to sign the protocols": not done
        particle = next((c.lower_ for c in node.children if c.dep_ == "prt"), "")
        undoer = f"{lemma} {particle}" if particle else lemma
        if undoer in cues.undoing_governors and (below.dep_ in ("dobj", "xcomp") or (below.dep_ == "prep" and below.lower_ == "from")
                                                 or _gerund_taken_as_adverbial(node, below)):
            found.setdefault("negated", undoer)
        if lemma in cues.sheltering_governors and below.dep_ == "prep" and below.lower_ == "from":
            found.setdefault("hypothetical", lemma)
        if particle:
            continue  # a phrasal verb is another word: "called off the strike" appeals for nothing
        if lemma in cues.calling_verbs and any(c.dep_ == "dobj" for c in node.children) and not any(
                c.dep_ == "prep" and c.lower_ in cues.appeal_preps for c in node.children):
            continue  # "called Erdogan to apologize": a call made in order to, no appeal
        if ((below.dep_ in ("prep", "xcomp") or is_infinitive(below)) and below.lower_ != "with"
                and lemma not in cues.hypothetical_governors | cues.future_governors | cues.negating_governors):
            # "left room for mediation", "expressed hope for talks", "rebuffed calls to free
            # the journalist": the parser may hang the noun's preposition or infinitive on
            # its verb, and the noun governs what follows (a "with" phrase is the verb's means:
            # "reinforced its commitment with a contribution" made the contribution)
            lemma = next((c.lemma_.lower() for c in node.children if c.dep_ == "dobj" and c.i < below.i), lemma)
        if lemma in cues.negating_governors and not lifted:
            found.setdefault("negated", lemma)
        elif lemma in cues.hypothetical_governors:
            found.setdefault("hypothetical", lemma)
        elif lemma in cues.future_governors:
            found.setdefault("future", lemma)
    if found.get("hypothetical") in cues.reported_future_aux and not conditional and _is_reported(chain[-1], cues):
        # "Akol said the delegation would head for Abuja": "would" is the reported "will",
        # a plan told as such, not a condition.
        found.setdefault("future", found.pop("hypothetical"))
    for status in ("negated", "hypothetical", "future"):
        if status in found:
            return StatusDecision(status, found[status])  # type: ignore[arg-type]
    return StatusDecision("asserted", "")


def undone_by_past_date(decision: StatusDecision) -> bool:
    """Whether a status not asserted gives way when the event noun is dated before the
    report: a plan, wish or condition around a past happening ("will avoid a repeat of
    last year's cut-off") does not make it undone, but a denial of it does."""
    cues = status_cues()
    if decision.status == "negated":
        return decision.cue in cues.negating_governors and decision.cue not in cues.denying_governors
    return decision.status in ("future", "hypothetical")


def refusing_word(trigger: Token, stance: bool = False) -> Token | None:
    """"will not allow", "would never recognise", "won't attend": a negation about what
    the subject will do is a refusal now (PLOVER REJECT), not an act that did not happen.
    Past negations ("did not attack", "failed to agree") stay negated acts. A ``stance``
    (support, recognition) denied in the present is refused too: "does not support".

    Returns the word that carries the refusal: the trigger, or the verb that governs it
    ("will not allow Ukraine to join NATO": "allow"), or None when there is no refusal."""
    cues = status_cues()
    for node in _governing_chain(trigger, cues):
        children = list(node.children)
        if _intent_had_as_none(node, cues):
            return node
        negated = any(_negates(c, cues, determiner=False) for c in children)
        if negated:
            # a stance refused is active: "is not recognised by anyone" states a fact
            refused = any((c.dep_ in ("aux", "auxpass") and c.lower_ in cues.refusal_aux)
                          or (stance and c.dep_ == "aux" and c.lower_ in cues.present_aux) for c in children)
            return node if refused else None
    return None


def _gerund_taken_as_adverbial(verb: Token, below: Token) -> bool:
    """"ruled out sending tanks": the parser may hang a gerund object on its verb as an
    adverbial clause; one with no mark, no object before it and no comma is the object."""
    return (below.dep_ == "advcl" and below.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in below.children)
            and not any(c.dep_ == "dobj" for c in verb.children) and below.doc[below.i - 1].text != ",")


def _intent_had_as_none(node: Token, cues: StatusCues) -> bool:
    """"has no intention of recognising", "had no plans to withdraw"."""
    return (node.lemma_.lower() in cues.refused_intent_nouns and node.dep_ == "dobj" and node.head.lemma_.lower() == "have"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children))


def is_commitment(decision: StatusDecision) -> bool:
    """Whether a future or hypothetical status comes from the future tense or a plan ("will
    meet", "would host", "plans to visit", "the upcoming summit") rather than from a wish,
    an appeal or a condition of someone else's ("called for talks", "if they meet")."""
    return decision.status in ("future", "hypothetical") and decision.cue in status_cues().commitment_cues


def willingness_cue(trigger: Token) -> str:
    """The word by which the subject says it wants or is ready to do what the trigger
    names ("wanted to take part in talks", "is willing to resume contact"), or ""."""
    cues = status_cues()
    for depth, node in enumerate(_governing_chain(trigger, cues)):
        if depth and node.lemma_.lower() in cues.willingness_governors:
            return node.lemma_.lower()
        if depth and node.pos_ == "NOUN" and node.lemma_.lower() in cues.hypothetical_governors:
            return ""  # "offered talks but dismissed an ultimatum to quit": what is asked is no offer
    return ""


def _negates(child: Token, cues: StatusCues, determiner: bool = True) -> bool:
    """A "not", "never" or (with ``determiner``) "no" on the word it hangs on."""
    deps = ("advmod", "det", "neg") if determiner else ("advmod", "neg")
    return child.dep_ == "neg" or (child.lower_ in cues.negators and child.dep_ in deps)


def _is_reported(top: Token, cues: StatusCues) -> bool:
    """Whether the clause the chain ends in is what a verb of saying reports."""
    return top.dep_ in ("ccomp", "parataxis") and top.head.lemma_.lower() in cues.reporting_verbs


def _governing_chain(trigger: Token, cues: StatusCues) -> list[Token]:
    """The trigger and the words that govern it, up to the clause of a reporting verb."""
    chain = [trigger]
    node = trigger
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in cues.reporting_verbs and node.head.pos_ != "NOUN":
            break  # ("reports that soldiers looted homes": a noun's content clause is read on)
        sibling = _infinitive_conjoined_too_high(node)
        if sibling is not None:
            node = sibling  # "refused to agree to renounce violence, recognise Israel": under "renounce"
            chain.append(node)
            continue
        if (node.dep_ in ("conj", "appos", "relcl", "nsubj", "nsubjpass", "csubj", "agent") and not _infinitive_of_noun(node) and not shares_its_tense(node)
                and not _told_to_happen(node, cues) and not (node is trigger and _coordinated_noun(node))):
            break  # what a clause says about its subject (or its doer) does not undo the subject's event
        if node.dep_ == "pcomp" and node.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in node.children):
            break  # "failed to agree, with Germany blocking a deal": the circumstance is told as a fact
        if node.dep_ == "pobj" and node.head.lower_ in cues.anchoring_preps:
            break  # "pledged to deepen ties during his visit": the act that dates another is told as a fact
        if _past_anchor(node, cues):
            break  # "agreed to the plan after Russia attacked Ukraine": likewise
        if _denied_after(node, cues):
            break  # "accused Rwanda of backing the rebels, a charge Kigali denies": told as said
        if _spoken_of(node, cues):
            break  # "did not mention the investment ban": an act talked about is as real as it was
        node = node.head
        chain.append(node)
        if node.dep_ == "ROOT":
            break
    return chain


def _coordinated_noun(noun: Token) -> bool:
    """"called for a suspension of violence and a prisoner exchange": an event noun joined
    to another shares whatever governs the first. Read for the trigger itself only: a
    conjunct met higher up the chain may be a clause's misparsed subject ("deal only with
    the government and the sanctions imposed on Sudan could not be divided")."""
    # (the parser may join it to a name: "between Israel and the Palestinians and a prisoner exchange")
    return noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in ("NOUN", "PROPN")


def _told_to_happen(noun: Token, cues: StatusCues) -> bool:
    """"new clashes could erupt": an event noun whose verb only says whether it happens is
    as possible as that verb says ("the ceasefire will start on Tuesday" is still the
    ceasefire, dated to come)."""
    return (noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cues.happening_verbs
            and any(c.dep_ == "aux" and c.lower_ in cues.hypothetical_aux for c in noun.head.children))


def _spoken_of(noun: Token, cues: StatusCues) -> bool:
    """Whether an event noun is only what a verb of speaking is about ("mentioned the ban",
    "commented on the attack")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ in ("dobj", "obj"):
        return noun.head.lemma_.lower() in cues.topic_verbs
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about", "of", "to") and noun.head.head.lemma_.lower() in cues.topic_verbs


def _infinitive_conjoined_too_high(verb: Token) -> Token | None:
    """The infinitive a bare verb is really coordinated with when the parser hung it on the
    finite verb above ("have refused to agree to renounce violence, recognise Israel and
    accept past deals": "recognise" joins "renounce", not "refused"), else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.tag_ in ("VB", "VBG") or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return None
    deepest = verb.head
    while (below := next((c for c in deepest.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < verb.i), None)) is not None:
        deepest = below
    return deepest if deepest is not verb.head else None


def shares_its_tense(verb: Token) -> bool:
    """A bare verb coordinated with another, with no subject or auxiliary of its own, is
    under whatever governs the first ("plans to deploy troops and hold exercises", "did not
    attack the tanker or seize its crew")."""
    # the tagger may call the bare verb after an auxiliary a present ("will ... but carry out")
    bare = verb.tag_ == "VB" or (verb.tag_ == "VBP" and any(c.dep_ == "aux" for c in verb.head.children))
    return (verb.dep_ == "conj" and bare and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children))


def _purpose(clause: Token) -> bool:
    """"sent troops to fight the rebels", "called up reservists to fight in Ukraine": an
    infinitive of purpose, with no subject of its own, hung on the verb (not one the verb's
    act carries out: "walked out to protest")."""
    return (is_purpose_infinitive(clause) and clause.pos_ == "VERB" and clause.head.pos_ == "VERB"
            and clause.lemma_.lower() not in status_cues().realised_purposes
            and not any(c.dep_ == "mark" for c in clause.children))


def _contrasted(conjunct: Token) -> bool:
    """"will not attack but negotiate": the second verb does not share the first's negation."""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conjunct.head.children if c.i < conjunct.i)


def _past_anchor(clause: Token, cues: StatusCues) -> bool:
    """A time or cause clause with its own subject, in a past tense."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in cues.anchoring_marks for c in clause.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "would" for c in clause.children)


def _nobody(trigger: Token, cues: StatusCues) -> str:
    """"No policemen were killed", "no country has recognised it": a verb whose subject is
    counted as none tells an act that befell (or was done by) nobody; the negator, or ""
    ("the attack killed no civilians" keeps its attack)."""
    if trigger.pos_ != "VERB":
        return ""
    parties = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((d.lower_ for c in parties for d in c.children if d.dep_ == "det" and d.lower_ in cues.negators), "")


def _alleged_by(trigger: Token, cues: StatusCues) -> str:
    """The verb that only alleges the act a gerund or an event noun tells ("accused Damascus
    of backing the bombings", "charged him with killing the mayor", "indicted the president
    for genocide"), or ""."""
    node = trigger
    # "accused the Houthis of using children as human shields": the act inside what is
    # alleged is alleged too, down through objects and prepositions
    for _ in range(4):
        gerund = (node.pos_ == "VERB" and node.head.lower_ in ("of", "with")
                  and (node.dep_ == "pcomp" or (node.dep_ == "pobj" and node.tag_ == "VBG")))
        noun = node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ in ("of", "with", "for", "in")
        verb = node.head.head
        verb = verb.head if verb.dep_ == "dobj" else verb  # "accused [the rebels of using]": the parser's attachment
        if (gerund or noun) and verb.lemma_.lower() in cues.alleging_verbs:
            return verb.lemma_.lower()
        if node.dep_ not in ("pobj", "dobj", "prep"):
            return ""
        node = node.head
    return ""


def _denied_after(clause: Token, cues: StatusCues) -> bool:
    """A clause the parser hangs on a denial that follows it and whose subject is named with
    a claim noun ("..., a charge Kigali denies", "..., an accusation Moscow rejects")."""
    denial = clause.head
    if clause.dep_ != "ccomp" or denial.i < clause.i or denial.lemma_.lower() not in cues.disputing_verbs:
        return False
    subject = next((c for c in denial.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(t.lemma_.lower() in cues.claim_nouns for t in subject.subtree)


def _infinitive_of_noun(clause: Token) -> bool:
    """"a new strategy to pull back its troops": the parser may call the infinitive a
    relative clause; like any infinitive of a noun, the noun governs it."""
    return (clause.dep_ == "relcl" and is_infinitive(clause)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _stranded_modal(verb: Token) -> Token | None:
    """"Saraki will on Tuesday, June 19, lead a delegation": a bare verb whose modal the
    parser hung elsewhere (after a date put between them); no other verb stands between."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.tag_ == "MD":
            return token if token.dep_ not in ("aux", "auxpass") else None
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def is_condition(clause: Token, pending: bool = True) -> bool:
    """"if they did not withdraw", "unless it releases the pastor", "until Cuba undertakes
    reforms": a conditional clause (with ``pending`` False, not one of "until")."""
    if clause.dep_ != "advcl":
        return False
    cues = status_cues()
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & cues.conditional_marks:
        return True
    if "as" in marks and clause.head.lower_ == "long":
        marks.add("as long as")  # the parser hangs "as long" on the main verb
    if not pending:
        return False
    present = clause.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in clause.children)
    return bool(marks & cues.pending_marks) and present


def in_condition(token: Token) -> bool:
    """Whether the token lies in a condition: what is said there is supposed, not stated."""
    node = token
    while not is_condition(node):
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def has_condition(verb: Token) -> bool:
    """Whether a clause is said to hang on a condition ("will strike if attacked")."""
    return any(is_condition(c) for c in verb.children)
