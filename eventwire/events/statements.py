"""Statements that are acts: a quoted refusal or denial is a REJECT event by its speaker.

Only the grammar of the quote's main clause decides, through word lists kept in
data/statements.yaml: a negated verb of intention ("has never considered", "will
not accept"), a negated verb of action ("did not carry out"), or a negated noun of
intention ("no plans", "no such thoughts").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from eventwire.actors.mentions import MentionIndex
from eventwire.events.dating import Dater
from eventwire.events.ontology import Ontology
from eventwire.models import Event, Participant, Quote, TextSpan

NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}


@dataclass(frozen=True)
class RejectionCues:
    type: str
    cameo: str
    intention_verbs: frozenset[str]
    action_verbs: frozenset[str]
    intention_nouns: frozenset[str]


@lru_cache(maxsize=1)
def rejection_cues() -> RejectionCues:
    raw = yaml.safe_load(resources.files("eventwire.events").joinpath("data/statements.yaml").read_text(encoding="utf-8"))["rejection"]
    return RejectionCues(
        type=raw["type"], cameo=str(raw["cameo"]),
        intention_verbs=frozenset(raw["intention_verbs"]), action_verbs=frozenset(raw["action_verbs"]),
        intention_nouns=frozenset(raw["intention_nouns"]),
    )


def refusal_cue(content: Span) -> str:
    """The negated word that makes the statement a refusal or denial, or ""."""
    cues = rejection_cues()
    for token in content:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in (cues.intention_verbs | cues.action_verbs) and _negated(token):
            return f"{_negator(token)} {token.text}"
        if token.pos_ == "NOUN" and lemma in cues.intention_nouns and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token.children
        ):
            return f"no {token.text}"
    return ""


def statement_events(quotes: list[Quote], mentions: MentionIndex, dater: Dater, doc_id: str, first_number: int) -> list[Event]:
    doc: Doc = mentions.doc
    ontology = Ontology.load()
    cues = rejection_cues()
    events: list[Event] = []
    for quote in quotes:
        content = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if content is None or quote.speaker_country == "UNK" and not quote.speaker_actor_id:
            continue
        cue = refusal_cue(content)
        if not cue:
            continue
        sentence = content[0].sent
        when = dater.date_for(sentence.root, sentence, "asserted")
        speaker = Participant(quote.speaker, quote.speaker_country, quote.speaker_sector, quote.speaker_actor_id,
                              quote.speaker_mention)
        events.append(Event(
            id=f"{doc_id}#e{first_number + len(events)}",
            type=cues.type, cameo=cues.cameo, quad=ontology.quad(cues.type), score=ontology.score(cues.type),
            actors=[speaker], date=when.value, date_precision=when.precision,  # type: ignore[arg-type]
            date_source=when.source, status="asserted",
            evidence=TextSpan(quote.content.text, quote.content.start, quote.content.end),
            confidence=0.6, why=f"statement: {quote.speaker} says '{cue}' ({quote.cue})", quote_id=quote.id,
        ))
    return events


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
