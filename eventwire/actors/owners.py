"""Roles read through who owns them: "the leaders of Azerbaijan, Armenia and Russia",
"a spokesman for the Kenyan foreign ministry", "NATO's secretary general", "the UN
chief" (the head of the day)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from eventwire.actors.backrefs import mention_words, owner_text
from eventwire.actors.kb import Country, KnowledgeBase, Organisation, Person, Role
from eventwire.actors.mention_index import MentionIndex
from eventwire.actors.phrases import has_possessive_pronoun
from eventwire.models import Participant


def person_participant(person: Person, on: date | None, phrase: Span, fallback_sector: str) -> Participant:
    offices = person.offices_on(on) if on else ()
    sector = offices[0].sector if offices else (fallback_sector or person.sector or (person.offices[-1].sector if person.offices else ""))
    country = offices[0].country if offices else person.country
    return Participant(person.name, country, sector, person.id, phrase.text, phrase.start_char, phrase.end_char)


def single(people: list[Person]) -> Person | None:
    return people[0] if len(people) == 1 else None


def hyphen_partner(head: Token) -> Token | None:
    """The second half of a hyphenated title the parser split ("secretary" - "general")."""
    doc = head.doc
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not doc[head.i].whitespace_ and doc[head.i + 2].head.i == head.i:
        return doc[head.i + 2]
    return None


class OwnerReadings:
    """Owner readings of one article's role mentions; ``role_in`` and ``country_in`` are
    the resolver's readings of a phrase's role noun and country."""

    def __init__(self, kb: KnowledgeBase, found: MentionIndex, role_in: Callable[[Span], Role | None],
                 country_in: Callable[[Span, Span | None], Country | None],
                 organisation: Callable[[str], Organisation | None]) -> None:
        self.kb = kb
        self.found = found
        self.organisation = organisation  # the article's own reading of a name (its bracketed acronyms)
        self.role_in = role_in
        self.country_in = country_in

    def organisation_role(self, head: Token, role: Role, phrase: Span, on: date | None) -> Participant | None:
        """"NATO's secretary general", "the EU's foreign policy chief": a role an organisation
        owns is of the organisation; its head is whoever headed it on the date."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        found = self.found.by_head.get(owner.i) if owner is not None else None
        if found is None or found.kind != "organisation" or len(found.participants) != 1 or not found.participants[0].actor_id:
            return None
        org = found.participants[0]
        head_of_day = self.organisation_head(org.actor_id, role, on)
        if head_of_day is not None:
            return person_participant(head_of_day, on, phrase, org.sector)
        return Participant(f"{org.name} {role.noun}", org.country, org.sector if role.sector == "IGO" else role.sector or org.sector, "",
                           phrase.text, phrase.start_char, phrase.end_char)

    def person_owner(self, head: Token, on: date | None) -> Person | None:
        """The known person a role belongs to through a possessive ("Putin's spokesman",
        "Biden's national security adviser", "Assad's forces"), an allegiance ("forces
        loyal to Assad") or service ("an aide to Mobutu"), else None."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None:
            owner = next((pobj for c in head.children if c.dep_ == "amod" and c.lemma_.lower() in mention_words().allegiance_adjectives
                          for to in c.children if to.dep_ == "prep" and to.lower_ == "to"
                          for pobj in to.children if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"), None)
        if owner is None and head.lemma_.lower() in mention_words().attendant_roles:
            # "a top aide to President Mobutu": whom the attendant serves
            owner = next((pobj for to in head.children if to.dep_ == "prep" and to.lower_ == "to"
                          for pobj in to.children if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"), None)
        if owner is None or owner.ent_type_ != "PERSON":
            return None
        # else the name as NER marks it: "President Bashar al-Assad" names Bashar al-Assad
        marked = next((ent.text for ent in owner.doc.ents if ent.start <= owner.i < ent.end), "")
        return self.kb.person(owner_text(owner), on) or (self.kb.person(marked, on) if marked else None)

    def organisation_head(self, org_id: str, role: Role, on: date | None) -> Person | None:
        """Who headed the organisation on the date, when the role names its head and one did."""
        if on is None or not (role.office == "organisation_head" or role.noun in mention_words().head_nouns):
            return None
        return single(self.kb.organisation_heads(org_id, on))

    def of_owners(self, head: Token, role: Role, phrase: Span, on: date | None) -> list[Participant]:
        """Roles owned by named countries or organisations: 'the leaders of Azerbaijan,
        Armenia and Russia', 'the foreign ministers of the EU'."""
        owners: list[Participant] = []
        partner = hyphen_partner(head)
        for child in [*head.children, *(partner.children if partner is not None else [])]:
            # "officials from APEC members" belong to APEC as "officials of APEC" do.
            speaks_for = child.lower_ == "for" and role.noun in mention_words().representing_roles
            if child.dep_ != "prep" or (child.lower_ not in ("of", "from") and not speaks_for):
                continue  # "a spokesman for the ministry" speaks for it; "the envoy for Syria" is not Syria's
            if child.lower_ == "from" and has_possessive_pronoun(phrase):
                continue  # "its ambassadors from Poland" are its own, posted there
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for owner in [pobj, *pobj.conjuncts]:
                    found = self.kb.country(owner.text) or self.kb.country(owner_text(owner))
                    org = self.organisation(owner_text(owner)) if found is None else None
                    if found is None and org is None:
                        # "the chairman of the African Union Commission Moussa Faki": the body
                        # named inside the phrase the parser glued to a name.
                        words = list(owner.subtree)
                        inside = owner.doc[words[0].i : words[-1].i + 1].ents
                        org = next((o for o in (self.organisation(e.text) for e in inside if e.label_ == "ORG") if o is not None), None)
                    body = self.role_in(owner.doc[owner.left_edge.i : owner.i + 1]) if found is None and org is None else None
                    if body is not None:
                        # "a spokesman for the Kenyan foreign ministry": the body's country and sector
                        found = self.country_in(owner.doc[owner.left_edge.i : owner.i + 1], None)
                    if found is None and org is None and owner.lemma_.lower() in mention_words().member_nouns:
                        # "APEC members", "EU member states": the body they are members of.
                        org = next((o for o in (self.kb.organisation(owner_text(c), self.found.on) for c in owner.children if c.dep_ == "compound") if o is not None), None)
                    if found is None and org is None and body is None:
                        # "the Ministry of Health of Ethiopia", "the Minister of Foreign Affairs
                        # of Iran": the title's own "of" names its domain, the next one its state
                        found = self.of_chain_country(owner)
                    spoken_for = self.kb.person(owner_text(owner), on) if speaks_for and found is None and org is None and body is None else None
                    if spoken_for is not None:
                        # "a spokesman for Bush": of the person's country and side
                        voice = person_participant(spoken_for, on, phrase, role.sector)
                        owners.append(replace(voice, name=f"{voice.name} {role.noun}", actor_id=""))
                        continue
                    head_of_day = self.organisation_head(org.id, role, on) if org is not None else None
                    if org is not None and _beside_the_role(owner, pobj, head):
                        # "the government of Uganda and the LRA": one government, beside the LRA
                        owners.append(Participant(org.name, org.country, org.sector, org.id, phrase.text, phrase.start_char, phrase.end_char))
                    elif head_of_day is not None:
                        owners.append(person_participant(head_of_day, on, phrase, org.sector))  # "the head of the IAEA"
                    elif org is not None:
                        # "leaders of Hezbollah and Amal": each organisation's leaders
                        owners.append(Participant(f"{org.name} {role.noun}", org.country, role.sector or org.sector, "",
                                                  phrase.text, phrase.start_char, phrase.end_char))
                    elif found is not None:
                        # ("leaders of France's Greens party" lead the party, not France)
                        holder = self.office_holder(found.iso3, role.office, on) if role.office and on and body is None else None
                        if holder is not None:
                            owners.append(person_participant(holder, on, phrase, role.sector))
                        else:
                            if body is not None and role.office:
                                sector = body.sector or role.sector  # a body's leaders are of its sector
                            else:
                                sector = role.sector or (body.sector if body is not None else "")
                            owners.append(Participant(f"{found.name} {role.noun}", found.iso3, sector, "", phrase.text, phrase.start_char, phrase.end_char))
        return owners

    def office_holder(self, country: str, office: str, on: date) -> Person | None:
        """Who held a country's office that day ("the leaders of Armenia and Russia", "the
        Minister of Foreign Affairs of Iran"), when one person did."""
        return self.kb.leader(country, on) if office == "leader" else single(self.kb.office_holders(country, office, on))

    def of_chain_country(self, token: Token, depth: int = 2) -> Country | None:
        """The state named at the end of a chain of "of" phrases hung on a token ("Health
        of Ethiopia", "Affairs of the Republic of Korea"), at most ``depth`` deep."""
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = self.kb.country(pobj.text) or self.kb.country(owner_text(pobj))
                if found is None and depth > 1:
                    found = self.of_chain_country(pobj, depth - 1)
                if found is not None:
                    return found
        return None


def _beside_the_role(owner: Token, first: Token, head: Token) -> bool:
    """Whether a conjunct of a role's "of" object is a party beside the role rather than
    a second owner of it: a singular role ("the government") cannot be two bodies', and a
    conjunct with its own article ("and the LRA") stands on its own."""
    return (owner.i != first.i and head.tag_ == "NN"
            and any(c.dep_ == "det" for c in owner.children) and any(c.dep_ == "det" for c in head.children))

