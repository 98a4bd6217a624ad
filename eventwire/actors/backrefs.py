"""Mentions that point back or share their words with another: "the North" after "North
Korea", "South and North Korea", "the movement", "they", "the two", "(WHO)", a second
"it", "Coalition spokesman X", "North Korean and US officials".

The article resolver (mentions.py) asks these readings in text order, so every
mention before the one being read is already in the index.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from eventwire.actors.coref import NUMBER_WORDS, Antecedents
from eventwire.actors.kb import Country, KnowledgeBase, Organisation, Role
from eventwire.models import Participant
from eventwire.nlp.syntax import is_plural_noun
from eventwire.wordlists import load_word_lists

if TYPE_CHECKING:
    from eventwire.actors.mention_index import Mention, MentionIndex

# How far back (characters) a pronoun or a definite description looks for its antecedent.
ANAPHOR_REACH = 400
DEFINITE = {"the", "this", "that", "these", "those"}
# Domestic challengers of a government: coordinated with one, they are of its country.
CHALLENGER_SECTORS = frozenset({"OPP", "REB", "PTY"})


@dataclass(frozen=True)
class MentionWords:
    """Word lists of data/mention_words.yaml."""

    statement_nouns: frozenset[str]
    company_designators: frozenset[str]
    organisation_nouns: frozenset[str]
    country_descriptions: frozenset[str]
    acting_country_nouns: frozenset[str]
    named_body_heads: frozenset[str]
    member_nouns: frozenset[str]
    stake_adjectives: frozenset[str]
    sent_nouns: frozenset[str]
    crowd_counts: frozenset[str]
    backing_participles: frozenset[str]
    compass_short_forms: frozenset[str]
    compass_words: frozenset[str]
    body_epithets: frozenset[str]
    supranational_modifiers: frozenset[str]
    unplaced_bloc_modifiers: frozenset[str]
    regional_demonyms: frozenset[str]
    travel_verbs: frozenset[str]
    travel_nouns: frozenset[str]
    posting_verbs: frozenset[str]
    keeping_verbs: frozenset[str]
    likeness_suffixes: frozenset[str]
    meeting_verbs: frozenset[str]
    allegiance_adjectives: frozenset[str]
    described_people_pronouns: frozenset[str]
    shared_plural_names: frozenset[str]
    combining_forms: frozenset[str]
    complement_verbs: frozenset[str]
    festive_party_modifiers: frozenset[str]
    security_concept_modifiers: frozenset[str]
    freedom_nouns: frozenset[str]
    seat_participles: frozenset[str]
    current_force_modifiers: frozenset[str]
    camp_force_modifiers: frozenset[str]
    attendant_roles: frozenset[str]
    rebel_modifiers: frozenset[str]
    past_title_words: frozenset[str]
    side_nouns: frozenset[str]
    conflict_cues: frozenset[str]
    person_group_nouns: frozenset[str]
    counted_words: frozenset[str]
    party_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    mediating_participles: frozenset[str]
    representing_roles: frozenset[str]
    head_nouns: frozenset[str]
    owned_only_roles: frozenset[str]
    impersonal_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    condition_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    bare_place_nouns: frozenset[str]
    generic_party_names: frozenset[str]
    doer_role_sectors: frozenset[str]
    held_sites: frozenset[str]
    delivery_means: frozenset[str]
    stateless_peoples: frozenset[str]

    def states_named(self, plural: str) -> tuple[str, ...]:
        """The ISO3 codes a shared plural names ("koreas" -> PRK, KOR), else ()."""
        for entry in self.shared_plural_names:
            name, *codes = entry.split()
            if name == plural.lower():
                return tuple(codes)
        return ()


    def combined_state(self, form: str) -> str:
        """The ISO3 code a combining form names ("sino" -> CHN), else ""."""
        for entry in self.combining_forms:
            name, code = entry.split()
            if name == form.lower():
                return code
        return ""


@lru_cache(maxsize=1)
def mention_words() -> MentionWords:
    return load_word_lists(MentionWords, "eventwire.actors", "data/mention_words.yaml")


def owner_text(token: Token) -> str:
    """The name a token heads: 'the United States' from its compound children (a common
    adjective is no part of a name: "top EU officials" names the EU)."""
    words = [t for t in token.subtree if t.dep_ == "compound" or (t.dep_ == "amod" and _named(t)) or t.i == token.i]
    return " ".join(t.text for t in words)


def combined_country(kb: KnowledgeBase, token: Token) -> Country | None:
    """The state a combining form joined by a hyphen to another state's name names:
    "Sino" in "Sino-US talks", "Franco" in "Franco-Chinese cooperation"."""
    code = mention_words().combined_state(token.text)
    doc = token.doc
    if not code or token.whitespace_ or token.i + 2 >= len(doc) or doc[token.i + 1].text != "-" or doc[token.i + 1].whitespace_:
        return None
    other = doc[token.i + 2].text
    if kb.country(other) is None and kb.country_by_adjective(other) is None and mention_words().combined_state(other) == "":
        return None
    return kb.country_by_iso3(code)


def clean_words(name: str) -> list[str]:
    """A name's words, lower-cased, without a leading "the" or a possessive."""
    words = name.lower().replace("'s", "").split()
    return words[1:] if words[:1] == ["the"] else words


def _named(token: Token) -> bool:
    return bool(token.ent_type_) or token.pos_ == "PROPN" or token.text.isupper()


class BackReferences:
    """Readings of one article's mentions that look at the mentions before them."""

    def __init__(self, kb: KnowledgeBase, index: MentionIndex, places: set[tuple[int, int]]) -> None:
        self.kb = kb
        self.index = index
        self.doc: Doc = index.doc
        self.places = places
        self.words = mention_words()
        self._defined: dict[str, Organisation] | None = None

    def _bracketed(self) -> dict[str, Organisation]:
        """Names the article defines by a known acronym in brackets right after them."""
        if self._defined is None:
            doc = self.doc
            self._defined = {}
            for ent in doc.ents:
                after = ent.end
                if ent.label_ == "ORG" and after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
                    acronym = doc[after + 1].text
                    org = self.kb.organisation(acronym, self.index.on) if acronym.isupper() else None
                    # every word of the name must be the body's too: "the International Commission
                    # of Jurists (ICJ)" is not the International Court of Justice, nor "the
                    # Cambodian People's Party (CPP)" the Communist Party of the Philippines
                    known = set(re.findall(r"[a-z]+", " ".join((org.name, *org.aliases)).lower())) if org is not None else set()
                    if org is not None and all(t.lower_ in known for t in ent if t.is_alpha and t.lower_ not in ("the", "of", "and")):
                        self._defined[ent.text] = org
        return self._defined

    def _close_before(self, phrase: Span) -> Iterator[Mention]:
        """The mentions before the phrase, nearest first, as far back as an anaphor reaches."""
        for mention in reversed(self.index.mentions):
            if mention.start >= phrase.start_char:
                continue
            if phrase.start_char - mention.end > ANAPHOR_REACH:
                return
            yield mention

    def last_organisation(self, phrase: Span) -> Participant | None:
        """"the movement would avenge ...": the organisation named last, close before."""
        for mention in self._close_before(phrase):
            if mention.kind == "organisation" and len(mention.participants) == 1 and mention.participants[0].country != "IGO":
                return mention.participants[0]
        return None

    def described_country(self, phrase: Span) -> Participant | None:
        """"the kingdom", "the self-ruled island", "the island nation": the state named last,
        close before, that the description fits; "the country" only as a subject ("the
        country has banned imports"), as elsewhere it is as often the other state or a place
        ("a state visit to the country", "across the country"). A description that names
        its place is a place: "the Greek island", "the island of Crete"."""
        head = phrase.root
        modifiers = [t for t in phrase if t.i < head.i and t.dep_ not in ("det", "punct")]
        if not is_definite(phrase) or head.tag_ != "NN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
        if any(t.ent_type_ or self.kb.country(t.text) or self.kb.country_by_adjective(t.text) for t in modifiers):
            return None
        lemma = head.lemma_.lower()
        acting = lemma in self.words.acting_country_nouns and head.dep_ in ("nsubj", "nsubjpass") and not modifiers
        described = lemma if lemma in self.words.country_descriptions else next(
            (t.lower_ for t in modifiers if t.lower_ in self.words.country_descriptions and lemma in self.words.member_nouns), "")
        if not described and not acting:
            return None
        for mention in self._close_before(phrase):
            states = {p.country for p in mention.participants} - {"", "UNK", "IGO"}
            if len(states) == 1:
                country = self.kb.country_by_iso3(states.pop())
                if country is not None and (acting or country.is_a(described)):
                    return Participant(country.name, country.iso3, "GOV", "", phrase.text, phrase.start_char, phrase.end_char)
        return None

    def epithet_body(self, phrase: Span) -> Participant | None:
        """"the world body", "the bloc": the intergovernmental body named last."""
        words = [t for t in phrase if t.dep_ != "det"]
        if not is_definite(phrase) or " ".join(t.lower_ for t in words) not in self.words.body_epithets:
            return None
        for mention in reversed(self.index.mentions):
            if mention.start < phrase.start_char and len(mention.participants) == 1 and mention.participants[0].country == "IGO":
                return mention.participants[0]
        return None

    def plural_subject(self, phrase: Span) -> list[Participant]:
        """"They" with no group of parties before it: the subject of a clause close before
        that names several or a body ("Hezbollah and its allies had been demanding ...")."""
        for mention in self._close_before(phrase):
            head = self.doc[mention.head]
            if head.dep_ not in ("nsubj", "nsubjpass") or mention.kind in ("person", "pronoun"):
                continue
            if head.conjuncts or is_plural_noun(head) or mention.kind == "organisation":
                return mention.participants
        return []

    def plural_before_object(self, pronoun: Token) -> list[Participant]:
        """An object "them": the parties named last in a plural phrase earlier in the same
        sentence, other than its own clause's subject, which an object pronoun never is
        ("freeze the officials' assets and bar them from travelling": the officials)."""
        if pronoun.lower_ != "them":
            return []
        own_subject = subject_token(pronoun.head)
        for mention in reversed(self.index.mentions):
            if mention.start >= pronoun.idx or mention.kind == "pronoun":
                continue
            if mention.start < pronoun.sent.start_char:
                return []
            head = self.doc[mention.head]
            if head == own_subject or (own_subject is not None and head in own_subject.conjuncts):
                continue
            if is_plural_noun(head) or head.conjuncts:
                return self._whole_plural(mention, head)
        return []

    def plural_thing_before(self, pronoun: Token) -> bool:
        """Whether the plural noun nearest before an object "them" in its sentence names
        things, no party ("Asked about the reports, Hanegbi dismissed them")."""
        if pronoun.lower_ != "them":
            return False
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            if token.tag_ not in ("NNS", "NNPS") or token.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "poss" for c in token.children):
                continue  # ("froze the officials' assets and barred them": the owners)
            covered = any(m.start <= token.idx < m.end and m.participants for m in self.index.mentions)
            return not covered and not token.ent_type_ and self.kb.role(token.lemma_.lower()) is None
        return False

    def _whole_plural(self, mention: Mention, head: Token) -> list[Participant]:
        """The whole of the plural a mention ends: "the leaders of Saudi Arabia, Jordan and
        Kuwait" rather than Kuwait, "Egypt and Jordan" rather than Jordan."""
        enclosing = [m for m in self.index.mentions if m is not mention and m.start <= mention.start and mention.end <= m.end
                     and self.doc[m.head].tag_ in ("NNS", "NNPS") and m.participants]
        if enclosing:
            return min(enclosing, key=lambda m: m.end - m.start).participants
        if not head.conjuncts:
            return mention.participants
        found: list[Participant] = []
        for member in sorted([head, *head.conjuncts], key=lambda t: t.i):
            other = self.index.by_head.get(member.i)
            found.extend(p for p in (other.participants if other else []) if p not in found)
        return found or mention.participants

    def same_pronoun_before(self, pronoun: Token, unless_person_between: bool = False) -> Mention | None:
        """"said it was recalling its envoys from X, whose government it accused": a second
        "it" in the sentence is the first one; with ``unless_person_between``, only when no
        person is named between the two ("complained that he had been assaulted as he was
        on the street", not "he met Putin, and he ...")."""
        sentence = pronoun.sent
        for mention in reversed(self.index.mentions):
            if mention.start >= pronoun.idx:
                continue
            if mention.start < sentence.start_char:
                return None
            if mention.kind == "pronoun" and mention.text.lower() == pronoun.lower_:
                return mention
            if unless_person_between and mention.kind in ("person", "role"):
                return None
        return None

    def organisation_named(self, name: str, before: int) -> Mention | None:
        """A known organisation named earlier whose name this one shortens ("Jihad" after
        "Islamic Jihad", "the Tigers" after "the Tamil Tigers")."""
        words = clean_words(name)
        if not words:
            return None
        for mention in reversed(self.index.mentions):
            if mention.start >= before or mention.kind != "organisation" or len(mention.participants) != 1:
                continue
            party = mention.participants[0]
            if party.actor_id and any(len(words) < len(known) and known[-len(words):] == words
                                      for known in (clean_words(party.name), clean_words(mention.text))):
                return mention
        return None

    def acronym_of(self, head: Token) -> Mention | None:
        """"The World Health Organization (WHO)": the mention an all-capitals word in
        brackets right after it abbreviates."""
        doc = head.doc
        if head.i < 2 or head.i + 1 >= len(doc) or not head.text.isupper():
            return None
        if doc[head.i - 1].text != "(" or doc[head.i + 1].text != ")":
            return None
        return self.index.by_head.get(head.i - 2)

    def compass_country(self, head: Token, phrase: Span) -> Participant | None:
        """"the North" after "North Korea": the country, named earlier, whose name starts
        with this compass word."""
        for mention in reversed(self.index.mentions):
            if mention.start >= phrase.start_char or len(mention.participants) != 1:
                continue
            country = self.kb.country_by_iso3(mention.participants[0].country)
            words = mention.text.split()
            named = (mention.text[4:] if mention.text.lower().startswith("the ") else mention.text).strip().removesuffix("'s")
            if country is not None and words and words[0].lower() == head.lower_ and self.kb.country(named) is country:
                return Participant(country.name, country.iso3, "GOV", "", phrase.text, phrase.start_char, phrase.end_char)
        return None

    def elided_compass_country(self, head: Token, phrase: Span) -> Participant | None:
        """"South" in "South and North Korea": the country the shared noun completes."""
        compass = self.words.compass_words
        noun = next((c for c in head.conjuncts if any(g.dep_ == "compound" and g.lower_ in compass for g in c.children)), None)
        if noun is None:
            first = head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            noun = first.head if first.dep_ in ("nmod", "compound") and first.head.pos_ == "PROPN" else None
        country = self.kb.country(f"{head.text} {noun.text}") if noun is not None else None
        if country is None:
            return None
        return Participant(country.name, country.iso3, "GOV", "", phrase.text, phrase.start_char, phrase.end_char)

    def coordinated_countries(self, head: Token, role: Role, phrase: Span) -> list[Participant]:
        """"North Korean and US officials", "British and EU negotiators": one party per
        coordinated modifier naming a country or a known body."""
        out: list[Participant] = []
        groups = [(child, *child.conjuncts) for child in head.children
                  if child.dep_ in ("amod", "compound", "nmod") and child.i < head.i and child.conjuncts]
        lead = head.head
        if head.dep_ == "conj" and lead.i < head.i and lead.pos_ == "ADJ" and self.kb.country_by_adjective(lead.text):
            # "The Slovak and Hungarian prime ministers": the parser may make the first
            # adjective the head, with the noun its conjunct
            groups.append((lead, *(c for c in head.children if c.dep_ == "amod" and c.i < head.i and self.kb.country_by_adjective(c.text))))
        for parts in groups:
            for part in parts:
                text = owner_text(part)
                country = self.kb.country_by_adjective(text) or self.kb.country(text) or self.kb.country_by_adjective(part.text)
                if country is not None and all(p.country != country.iso3 for p in out):
                    out.append(Participant(f"{country.name} {head.text}", country.iso3, role.sector, "", phrase.text, phrase.start_char, phrase.end_char))
                body = self.organisation(text) if country is None else None
                if body is not None and all(p.actor_id != body.id for p in out):
                    # "British and EU negotiators": a body's people beside a country's
                    out.append(Participant(f"{body.name} {head.text}", body.country, role.sector or body.sector, body.id, phrase.text, phrase.start_char, phrase.end_char))
        return out

    def described_owner(self, phrase: Span, name_start: int, antecedents: Antecedents) -> str | None:
        """Whose a titled person is: a body named in the title ("UN spokeswoman X"), or a
        title modifier that repeats the head noun of a body described before ("Coalition
        spokesman Turki al-Maliki" after "the Saudi-led coalition")."""
        for ent in phrase.ents:
            # "UN human rights spokeswoman Ravina Shamdasani": the body in the title.
            org = self.organisation(ent.text) if ent.label_ == "ORG" and ent.end <= name_start else None
            if org is not None and org.country not in ("", "UNK"):
                return org.country
            if org is None and ent.label_ == "ORG" and ent.end <= name_start and is_un_body(ent.text):
                return "IGO"  # a United Nations body the knowledge base lacks
        nouns = [t for t in phrase if t.i < name_start and t.pos_ in ("NOUN", "PROPN")]
        for token in nouns[:-1]:  # the last noun is the title itself ("spokesman")
            if token.ent_type_ not in ("PERSON", "DATE"):
                earlier = antecedents.described(token.lemma_.lower(), before=phrase.start_char)
                if earlier is not None and earlier.country not in ("", "UNK"):
                    return earlier.country
        return None

    def sentence_country(self, phrase: Span) -> str | None:
        """The one country the places of the sentence lie in: unnamed locals ("protesters",
        "officials") are of the place the sentence is set in ("stormed parliament in Yerevan")."""
        # imported here: phrases reads this module's word lists
        from eventwire.actors.phrases import names_an_owner, place_country

        countries: set[str] = set()
        for start, end in self.places:
            if phrase.sent.start_char <= start < phrase.sent.end_char:
                place = self.doc.char_span(start, end, alignment_mode="expand")
                if place is not None and not is_setting(place.root):
                    continue  # "praised the role of Qatar": a party, not where the sentence is set
                if place is not None and self._venue(place.root):
                    continue  # "talks with the rebels in Geneva": where parties meet makes none local
                if place is not None and names_an_owner(place, self.kb):
                    continue
                country = place_country(self.doc.text[start:end])
                if country is not None:
                    countries.add(country)
        countries -= self.visited_countries(phrase)
        return next(iter(countries)) if len(countries) == 1 else None

    def _venue(self, place: Token) -> bool:
        """Whether a place is where a gathering is held: "talks in Geneva", "held talks in
        Doha", "talks due to start in Pretoria", "talks with the rebels in Oslo" (the parser
        hangs the place on the party)."""
        if place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
            return False
        node = place.head.head
        for _ in range(3):
            if node.lemma_.lower() in self.words.gathering_nouns or any(
                    c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in self.words.gathering_nouns for c in node.children):
                return True
            if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def visited_countries(self, phrase: Span) -> set[str]:
        """"The minister arrived in Cairo", "officials visited Moscow": the countries the
        phrase's subject travels to, whose local it is not."""
        root = phrase.root
        if root.dep_ != "nsubj":
            return set()
        travel = mention_words().travel_verbs
        # "the minister is to visit Beijing", "plans to travel to Moscow": the infinitive travels
        verb = next((c for c in (root.head, *root.head.children) if c.lemma_.lower() in travel and (c == root.head or c.dep_ == "xcomp")), None)
        if verb is None:
            # imported here: the events package reads this module's word lists
            from eventwire.events.arguments import prep_objects

            # "led a delegation on a visit to Russia": a trip named on the verb or its object
            heads = (root.head, *(c for c in root.head.children if c.dep_ in ("dobj", "obj")))
            trips = [t for h in heads for _, t in prep_objects(h, {"on", "for", "during"}) if t.lemma_.lower() in mention_words().travel_nouns]
            return self._countries_of([g for trip in trips for _, g in prep_objects(trip, {"to", "in"})])
        goals = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        goals += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at", "for") for g in c.children if g.dep_ == "pobj"]
        return self._countries_of(goals)

    def _countries_of(self, goals: list[Token]) -> set[str]:
        from eventwire.places.gazetteer import Gazetteer

        found: set[str] = set()
        for goal in goals:
            words = list(goal.subtree)
            entry = Gazetteer.load().lookup(self.doc[words[0].i : words[-1].i + 1].text) or Gazetteer.load().lookup(goal.text)
            if entry is not None and entry.country not in ("", "UNK"):
                found.add(entry.country)
        return found

    def government_partner(self, head: Token, role: Role) -> str | None:
        """"Venezuela's government and the opposition", "the Colombian government and the
        rebels", "the government held talks with the rebels": a domestic challenger
        coordinated with a government, or facing it, is of its country."""
        if role.sector not in CHALLENGER_SECTORS:
            return None
        if head.dep_ == "pobj" and head.head.lower_ in ("with", "against"):
            # "the Philippine government resumed peace talks with communist rebels in Oslo"
            verb = head.head.head
            while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
                verb = verb.head
            partner = next((self.index.by_head.get(c.i) for c in verb.children if c.dep_ == "nsubj"), None)
            if partner is not None and partner.kind != "role":
                return None  # "Russia held talks with the rebels": a state deals with others' rebels too
        elif head.dep_ == "conj":
            partner = self.index.by_head.get(head.head.i)
        else:
            return None
        if partner is None or len(partner.participants) != 1:
            return None
        first = partner.participants[0]
        return first.country if first.sector == "GOV" and first.country not in ("", "UNK", "IGO") else None

    def body_of_named_family(self, phrase: Span) -> Organisation | None:
        """"The Security Council" after "the UN": a body named without the organisation it
        belongs to, when the article has named that organisation (or one of its bodies)."""
        if phrase.root.pos_ != "PROPN" or any(t.dep_ == "poss" or t.ent_type_ in ("GPE", "NORP") for t in phrase):
            return None  # "Russia's Security Council" is Russia's
        bodies = self.kb.bodies_named(" ".join(t.text for t in phrase if t.dep_ != "det"))
        if not bodies:
            return None  # most names are no organisation's body: skip the look back
        for mention in self.index.mentions:
            for p in mention.participants:
                org = self.kb.organisation_by_id(p.actor_id) if p.actor_id else None
                if org is not None and (org.parent or org.id) in bodies:
                    return bodies[org.parent or org.id]
        return None

    def organisation(self, text: str) -> Organisation | None:
        """An organisation by its name, also when NER glued its acronym on ("The World
        Health Organization (WHO"). A known acronym in brackets after the name says which
        body it is: "the Kurdish Workers' Party (PKK)" is not Brazil's "Workers' Party"."""
        on = self.index.on
        found = self._bracketed().get(text) or self.kb.organisation(text, on)
        if found is None and "(" in text:
            name, _, acronym = text.partition("(")
            found = self.kb.organisation(name.strip(), on) or self.kb.organisation(acronym.strip(" )"), on)
        return found


# Where a place stands as a party of the clause, not as its setting.
PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "poss", "dative", "attr", "agent"}


def names_backer(token: Token) -> bool:
    """"Iranian-backed militias", "US-trained forces": the word names who backs the group."""
    return _hyphened_to(token, mention_words().backing_participles)


def _names_a_base(token: Token) -> bool:
    seats = mention_words().seat_participles
    return _hyphened_to(token, seats) or (token.dep_ == "pobj" and token.head.head.lower_ in seats)


def _hyphened_to(token: Token, participles: frozenset[str]) -> bool:
    """"US-backed", "London-based": a name joined by a hyphen to one of these participles."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in participles


def is_setting(token: Token) -> bool:
    """Whether a place word sets the scene ("stormed parliament in Yerevan", "the Kabul
    bombing", a dateline) rather than takes part ("the role of Qatar", "Iran said")."""
    from eventwire.events.location import locatives

    if names_backer(token):
        return False  # "US-backed fighters"
    if _names_a_base(token):
        return False  # "the London-based Amnesty International", "a group based in Paris"
    while token.dep_ in ("compound", "appos", "conj", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ in PARTY_DEPS:
        return False
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in locatives().scene_preps:
            return True
        if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
            return is_setting(prep.head)  # "in the town of Avdiivka"
        return False
    return True


def subject_token(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb its conjunct shares a subject with."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head


def is_definite(phrase: Span) -> bool:
    return any(t.dep_ == "det" and t.lower_ in DEFINITE for t in phrase)


def points_back_at_organisation(phrase: Span, entity: Span | None) -> bool:
    """A definite singular "the movement", "the Shiite group", that names no one itself."""
    head = phrase.root
    if head.lemma_.lower() not in mention_words().organisation_nouns or head.tag_ != "NN" or not is_definite(phrase):
        return False
    if entity is not None and entity.label_ in ("ORG", "PERSON", "GPE"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def is_title_complement(head: Token) -> bool:
    """A bare singular noun after "of" ("heads of state and government", "ministers of
    state"): it completes a title rather than naming anyone."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    bare = all(not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in t.children) for t in (head, first))
    return bare and head.tag_ == "NN" and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.tag_ in ("NNS", "NNPS")


def is_coordinated_compass(token: Token) -> bool:
    """"South" in "South and North Korea": half of a name whose noun is shared."""
    return token.lower_ in mention_words().compass_words and token.pos_ == "PROPN" and bool(token.conjuncts)


def is_bare_number_group(head: Token) -> bool:
    """A number word standing alone as a party: "the two", "both" (not "two soldiers")."""
    if head.lower_ not in NUMBER_WORDS or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        return False
    if head.lower_ == "both":
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(c.dep_ == "prep" for c in head.children)


def is_un_body(name: str) -> bool:
    """Whether a name the knowledge base lacks names a body of the United Nations ("UN
    Framework Convention on Climate Change", "United Nations Mission in Liberia")."""
    words = name.removeprefix("the ").removeprefix("The ")
    return words.startswith(("UN ", "U.N. ", "United Nations "))

