"""Statements that are acts: a quoted refusal or denial is a REJECT event by its speaker,
a quoted "X should ..." a REQUEST by the speaker of X, a quoted "X was responsible" an
ACCUSE by the speaker of X.

Only the grammar of the quote's main clause decides, through word lists kept in
data/statements.yaml: a negated verb of intention ("has never considered", "will
not accept"), a negated verb of action ("did not carry out"), or a negated noun of
intention ("no plans", "no such thoughts"; status.yaml's refused_intent_nouns).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.actors.mention_index import MentionIndex
from eventwire.events.arguments import subject_of
from eventwire.events.dating import Dater
from eventwire.events.ontology import Ontology
from eventwire.events.status import in_condition, status_cues
from eventwire.models import Event, Participant, Quote, TextSpan
from eventwire.nlp.syntax import object_of

# How the `why` of an act a statement makes begins (events/merge.py folds such acts).
STATEMENT_MARK = "statement: "

NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}


@dataclass(frozen=True)
class RejectionCues:
    type: str
    cameo: str
    intention_verbs: frozenset[str]
    action_verbs: frozenset[str]


@lru_cache(maxsize=1)
def rejection_cues() -> RejectionCues:
    raw = yaml.safe_load(resources.files("eventwire.events").joinpath("data/statements.yaml").read_text(encoding="utf-8"))["rejection"]
    return RejectionCues(
        type=raw["type"], cameo=str(raw["cameo"]),
        intention_verbs=frozenset(raw["intention_verbs"]), action_verbs=frozenset(raw["action_verbs"]),
    )


def refusal_cue(content: Span) -> str:
    """The negated word that makes the statement a refusal or denial, or ""."""
    cues = rejection_cues()
    for token in content:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in (cues.intention_verbs | cues.action_verbs) and _negated(token) and not in_condition(token):
            return f"{_negator(token)} {token.text}"
        if token.pos_ == "NOUN" and lemma in status_cues().refused_intent_nouns and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token.children
        ):
            return f"no {token.text}"
    return ""


@dataclass(frozen=True)
class DemandCues:
    type: str
    cameo: str
    modals: frozenset[str]


@lru_cache(maxsize=1)
def demand_cues() -> DemandCues:
    raw = yaml.safe_load(resources.files("eventwire.events").joinpath("data/statements.yaml").read_text(encoding="utf-8"))["demand"]
    return DemandCues(type=raw["type"], cameo=str(raw["cameo"]), modals=frozenset(raw["modals"]))


@dataclass(frozen=True)
class AccusationCues:
    type: str
    cameo: str
    adjectives: frozenset[str]
    infinitives: frozenset[str]
    preps: frozenset[str]
    committing_verbs: frozenset[str]
    crimes: frozenset[str]


@lru_cache(maxsize=1)
def accusation_cues() -> AccusationCues:
    raw = yaml.safe_load(resources.files("eventwire.events").joinpath("data/statements.yaml").read_text(encoding="utf-8"))["accusation"]
    return AccusationCues(type=raw["type"], cameo=str(raw["cameo"]), adjectives=frozenset(raw["adjectives"]),
                          infinitives=frozenset(raw["infinitives"]), preps=frozenset(raw["preps"]),
                          committing_verbs=frozenset(raw["committing_verbs"]), crimes=frozenset(raw["crimes"]))


def blamed_in(content: Span) -> tuple[Token, str] | None:
    """The subject the quote says is to blame ("Russia was responsible", "the army committed
    war crimes"), and the word."""
    cues = accusation_cues()
    for verb in content:
        if _negated(verb):
            continue
        if verb.lemma_.lower() in cues.committing_verbs:
            subject, crime = subject_of(verb), object_of(verb)
            if subject is not None and crime is not None and crime.lemma_.lower() in cues.crimes:
                return subject, f"{verb.text} {crime.text}"
        if verb.lemma_ != "be":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        blame = next((c for c in verb.children if (c.dep_ == "acomp" and c.lemma_.lower() in cues.adjectives)
                      or (c.dep_ == "xcomp" and c.lemma_.lower() in cues.infinitives)
                      or (c.dep_ == "prep" and c.lower_ in cues.preps)), None)
        if subject is not None and blame is not None:
            return subject, blame.text
    return None


def demanded_of(content: Span) -> tuple[Token, str] | None:
    """The subject told what it should do by the quote's main clause, and the modal."""
    modals = demand_cues().modals
    for verb in content:
        if verb.pos_ not in ("VERB", "AUX") or not (verb.dep_ == "ROOT" or verb.head.i < content.start or verb.head.i >= content.end
                                                   or (verb.dep_ in ("ccomp", "relcl") and verb.head.lemma_ == "be")):
            continue
        modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in modals), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if modal is not None and subject is not None:
            if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                subject = verb.head  # "it was Bush who should give up power"
            return subject, modal.text
    return None


def statement_events(quotes: list[Quote], mentions: MentionIndex, dater: Dater, doc_id: str, first_number: int) -> list[Event]:
    doc: Doc = mentions.doc
    ontology = Ontology.load()
    cues, demands, accusations = rejection_cues(), demand_cues(), accusation_cues()
    events: list[Event] = []
    for quote in quotes:
        content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if content is None or (quote.speaker_country == "UNK" and not quote.speaker_actor_id):
            continue
        start, end = _speaker_offsets(content, quote.speaker_mention)
        speaker = Participant(quote.speaker, quote.speaker_country, quote.speaker_sector, quote.speaker_actor_id,
                              quote.speaker_mention, start, end)
        kind, cameo, recipients = cues.type, cues.cameo, []
        cue = refusal_cue(content)
        if not cue:
            # "X should ..." demands of X; "X was responsible" accuses X.
            found, table = demanded_of(content), demands
            if found is None:
                found, table = blamed_in(content), accusations  # type: ignore[assignment]
            if found is None:
                continue
            recipients = [p for p in mentions.resolve(found[0]) if p.country not in ("", "UNK") and p.name != speaker.name]
            if not recipients:
                continue  # "the problem should be solved": no party is told to act or blamed
            kind, cameo, cue = table.type, table.cameo, f"{found[0].text} {found[1]}"
        sentence = content[0].sent
        when = dater.date_for(sentence.root, sentence, "asserted")
        events.append(Event(
            id=f"{doc_id}#e{first_number + len(events)}",
            type=kind, cameo=cameo, quad=ontology.quad(kind), score=ontology.score(kind),
            actors=[speaker], recipients=recipients, date=when.value, date_precision=when.precision,  # type: ignore[arg-type]
            date_source=when.source, status="asserted",
            evidence=TextSpan(quote.content.text, quote.content.start, quote.content.end),
            confidence=0.6, why=f"{STATEMENT_MARK}{quote.speaker} says '{cue}' ({quote.cue})", quote_id=quote.id,
        ))
    return events


def _speaker_offsets(content: Span, mention: str) -> tuple[int, int]:
    """Where the speaker is named in the quote's own sentence ("the government said Taliban
    militants were responsible"), so the statement's actor points at the text like any
    other actor; (-1, -1) when the speaker is named elsewhere (an earlier sentence)."""
    if not mention:
        return -1, -1
    sentence = content[0].sent
    text = content.doc.text
    found: list[int] = []
    at = text.find(mention, sentence.start_char, sentence.end_char)
    while at != -1:
        if at + len(mention) <= content.start_char or at >= content.end_char:
            found.append(at)  # a mention inside the quote is what is said, not who says it
        at = text.find(mention, at + 1, sentence.end_char)
    if not found:
        return -1, -1
    before = [a for a in found if a < content.start_char]
    start = before[-1] if before else found[0]
    return start, start + len(mention)


def _negated(token: Token) -> bool:
    node = token
    for _ in range(3):
        if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "neg")) for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _negator(token: Token) -> str:
    for child in token.children:
        if child.dep_ == "neg" or child.lower_ in NEGATORS:
            return child.text
    return "not"
