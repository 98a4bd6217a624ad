"""Phrases that name several parties, or a party, without a name NER tags: the states of a
shared plural ("the two Koreas"), parties a report names by a noun ("both countries"), and
acronyms NER left untagged ("ICE", "the UAE")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from spacy.tokens import Span, Token

from eventwire.actors.backrefs import mention_words
from eventwire.actors.coref import Antecedents, group_size
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.mention_index import Mention
from eventwire.actors.phrases import descriptive_name, is_definite, is_group_phrase
from eventwire.models import Participant


def shared_plural(kb: KnowledgeBase, head: Token, phrase: Span, base: dict[str, Any]) -> Mention | None:
    """"the two Koreas", "both Sudans": every state of the shared name."""
    codes = mention_words().states_named(head.lower_)
    if not codes:
        return None
    states = [kb.country_by_iso3(code) for code in codes]
    participants = [Participant(c.name, c.iso3, "GOV", "", phrase.text, phrase.start_char, phrase.end_char) for c in states if c is not None]
    return Mention(participants=participants, kind="group", **base)


def untagged_acronym(kb: KnowledgeBase, head: Token, phrase: Span, base: dict[str, Any], on: date | None) -> Mention | None:
    """An acronym NER left untagged ("ICE returned the artefacts", "sold drones to the
    UAE"): the organisation or the state it names (the ruler skips short names)."""
    if not (head.text.isupper() and len(head.text) > 1 and head.pos_ in ("NOUN", "PROPN")):
        return None
    org = kb.organisation(head.text, on)
    if org is not None:
        participant = Participant(org.name, org.country, org.sector, org.id, phrase.text, phrase.start_char, phrase.end_char)
        return Mention(participants=[participant], kind="organisation", **base)
    state = kb.country(head.text)
    if state is None:
        return None
    participant = Participant(head.text, state.iso3, "GOV", "", phrase.text, phrase.start_char, phrase.end_char)
    return Mention(participants=[participant], kind="country", **base)


def party_noun_group(head: Token, phrase: Span, antecedents: Antecedents, base: dict[str, Any]) -> Mention | None:
    """"both countries", "the two neighbours": the parties last named together; with none
    named, unknown parties kept with their words rather than dropped."""
    if head.lemma_.lower() not in mention_words().party_nouns or head.tag_ != "NNS":
        return None
    pointing = is_group_phrase(phrase) or is_definite(phrase)
    described = any(c.dep_ in ("amod", "det") for c in head.children)
    if not (pointing or described):
        return None
    # "Some European countries", "several Arab states": new parties, unnamed
    group = antecedents.group(before=phrase.start_char, size=group_size([t.lower_ for t in phrase])) if pointing else []
    if len(group) >= 2:
        return Mention(participants=[with_span(p, phrase) for p in group], kind="group", **base)
    participant = Participant(descriptive_name(phrase), "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
    return Mention(participants=[participant], kind="unknown", **base)


def with_span(participant: Participant, phrase: Span) -> Participant:
    """The participant as this phrase mentions it."""
    return replace(participant, mention=phrase.text, start=phrase.start_char, end=phrase.end_char)
