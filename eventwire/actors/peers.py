"""Counterparts: "Lavrov met his Turkish counterpart", "the minister met his counterpart in
Moscow". A counterpart holds the same office as the one whose counterpart he is, in the
country the description or the clause names; at the article's date the knowledge base
knows who that was."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from eventwire.actors.coref import Antecedents
from eventwire.actors.kb import Country, KnowledgeBase
from eventwire.models import Participant

# A counterpart's country may be named by where the clause is set or where it goes.
PLACE_PREPS = ("in", "to", "at")


def possessor_of(head: Token, antecedents: Antecedents, pronoun_genders: dict[str, str]) -> Participant | None:
    """Whose counterpart: the person the owner pronoun points back at ("his counterpart")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in pronoun_genders:
        found = antecedents.person(pronoun_genders[owner.lower_], before=owner.idx)
        return found[0] if found else None
    return None


def clause_country(head: Token, kb: KnowledgeBase) -> Country | None:
    """A country named by a place the clause of the counterpart is set in or goes to:
    "met his counterpart in Moscow", "travelled to Beijing for talks with his counterpart"."""
    from eventwire.places.gazetteer import Gazetteer

    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    gazetteer = Gazetteer.load()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC", "FAC"):
                continue
            span = next((e for e in head.doc.ents if e.start <= place.i < e.end), None)
            entry = gazetteer.lookup(span.text if span is not None else place.text)
            if entry is not None and entry.country not in ("", "UNK"):
                return kb.country_by_iso3(entry.country)
    return None


def counterpart(phrase: Span, peer: Participant, offices: frozenset[str], country: Country, on: date | None,
                kb: KnowledgeBase) -> tuple[Participant, str]:
    """The counterpart and their gender: whoever held one of the peer's offices in the
    country on the date, when exactly one did; else a counterpart of the country, in the
    peer's sector."""
    for office in sorted(offices) if on is not None else []:
        holders = kb.office_holders(country.iso3, office, on)  # type: ignore[arg-type]
        if len(holders) == 1 and holders[0].id != peer.actor_id:
            holder = holders[0]
            held = holder.offices_on(on)
            sector = held[0].sector if held else peer.sector
            return Participant(holder.name, country.iso3, sector, holder.id, phrase.text, phrase.start_char, phrase.end_char), holder.gender
    return Participant(f"{country.name} counterpart", country.iso3, peer.sector, "", phrase.text, phrase.start_char, phrase.end_char), ""
