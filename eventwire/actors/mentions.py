"""Actor mentions: every phrase in an article that names or points at an actor.

The index is built once per article, in text order, so that later stages
(events, quotes) can ask "who is this argument?" for any token and get the
resolved participants, with pronouns, titles and plural descriptions resolved
against what came before (see coref.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.backrefs import (
    BackReferences,
    combined_country,
    is_bare_number_group,
    is_title_complement,
    mention_words,
    owner_text,
    points_back_at_organisation,
)
from eventwire.actors.collectives import (
    party_noun_group,
    shared_plural,
    untagged_acronym,
    with_span,
)
from eventwire.actors.coref import Antecedents, group_size
from eventwire.actors.kb import (
    CURATED,
    LEADING_OFFICES,
    KnowledgeBase,
    Organisation,
    Person,
    Role,
)
from eventwire.actors.mention_index import Mention, MentionIndex
from eventwire.actors.name_shapes import (
    in_place_name,
    is_company_name,
    names_a_city,
    names_a_thing,
    person_misread_as_body,
    same_given_name,
    untagged_body_name,
    untagged_object_name,
)
from eventwire.actors.owners import (
    OwnerReadings,
    hyphen_partner,
    person_participant,
    single,
)
from eventwire.actors.peers import clause_country, counterpart, possessor_of
from eventwire.actors.phrases import (
    REPORTING_VERBS,
    against_or_for,
    beyond_country,
    candidate_phrases,
    clean_name,
    descriptive_name,
    entity_in,
    has_named_modifier,
    has_possessive_pronoun,
    is_definite,
    is_group_phrase,
    is_place,
    is_source,
    place_country,
)
from eventwire.models import Participant
from eventwire.nlp.syntax import is_plural_noun

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their"}
# Plural roles that, with no name or country, mean the parties already in play ("the armies").
GROUP_SECTORS = {"GOV", "MIL", "PTY", "LEG"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "da", "di", "le", "la"}
# Pronouns a reporter uses of itself in reported speech ("X says it will").
SELF_PRONOUNS = {"it", "we", "i"}
# Forces whose unnamed members ("military sources", "police") belong to the force last named.
INSTITUTION_SECTORS = {"MIL", "COP"}
# Lent to an international body, these still belong to their country.
CONTINGENT_SECTORS = {"MIL", "COP"}


class MentionResolver:
    """Turns phrases into participants using the knowledge base and the article's date."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def index(self, doc: Doc, on: date | None, home: str | None = None, places: Iterable[tuple[int, int]] = ()) -> MentionIndex:
        """``home`` is the country the report is about: unnamed domestic actors ("an
        Interior Ministry official", "witnesses") belong to it. ``places`` are the
        character spans the gazetteer resolved, which are never people."""
        return _ArticleResolver(self.kb, doc, on, home, set(places)).run()


def _go_betweens(head: Token) -> bool:
    """Whether a coordination is the subject of brokering ("Saudi Arabia and the UAE helped
    to mediate the deal"): go-betweens, whom "the deal" or "both sides" later never means."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    brokering = mention_words().mediating_participles
    return verb.lemma_.lower() in brokering or any(c.dep_ == "xcomp" and c.lemma_.lower() in brokering for c in verb.children)


class _ArticleResolver:
    """Resolves the mentions of one article, in text order."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, on: date | None, home: str | None, places: set[tuple[int, int]]) -> None:
        self.kb = kb
        self.doc = doc
        self.on = on
        self._home = home
        self._places = places
        self.found = MentionIndex(doc=doc, on=on, kb=kb)
        self.back = BackReferences(kb, self.found, places)
        self.owners = OwnerReadings(kb, self.found, self._role_in, self._country_in, self.back.organisation)
        # acronyms the article defines ("the Palestinian National Authority (PNA)"): later
        # uses are that party, whatever else the knowledge base knows by them
        self._acronyms: dict[str, list[Participant]] = {}

    def run(self) -> MentionIndex:
        doc, on = self.doc, self.on
        index = self.found
        antecedents = index.antecedents
        phrases = {phrase.root.i: phrase for phrase in candidate_phrases(doc)}
        done: set[int] = set()
        later: list[int] = []
        for head_i in sorted(phrases):
            if head_i in done:
                continue
            head = doc[head_i]
            # A coordination ("Aliyev, Putin and Pashinyan") is resolved as a whole, so the
            # group is remembered even when one conjunct is unknown.
            conjuncts = sorted([head, *head.conjuncts], key=lambda t: t.i) if head.dep_ != "conj" else [head]
            resolved: list[Mention] = []
            for token in conjuncts:
                if token.i in done or token.i not in phrases:
                    continue
                done.add(token.i)
                ahead = _cataphoric_subject(token)
                if ahead is not None and ahead.i in phrases and ahead.i not in done:
                    # "In his speech, Putin warned": the subject the pronoun stands for goes first
                    self._note(self._resolve_phrase(phrases[ahead.i], on, antecedents), antecedents)
                    done.add(ahead.i)
                mention = self._resolve_phrase(phrases[token.i], on, antecedents)
                if mention is None:
                    if token.lower_ in SELF_PRONOUNS:
                        later.append(token.i)
                    continue
                self._note(mention, antecedents)
                resolved.append(mention)
            if len(conjuncts) > 1 and resolved and not _go_betweens(head):
                antecedents.observe_group([p for m in resolved for p in m.participants], resolved[0].start)
        # '"We condemn ...," UN spokeswoman X said': the reporter comes after the pronoun, so
        # a speaker's own "we"/"I" is read once every mention is known.
        for head_i in later:
            mention = self._resolve_phrase(phrases[head_i], on, antecedents)
            if mention is not None:
                index.add(mention)
        index.mentions.sort(key=lambda m: m.start)
        return index

    def _note(self, mention: Mention | None, antecedents: Antecedents) -> None:
        """Index a mention and remember it as an antecedent."""
        if mention is None:
            return
        self.found.add(mention)
        described = self.doc[mention.head].lemma_.lower() if mention.kind in ("role", "unknown", "organisation") else ""
        antecedents.observe(mention, self._offices(mention, self.on), described, self._one_person(mention, antecedents))

    def _offices(self, mention: Mention, on: date | None) -> frozenset[str]:
        if len(mention.participants) != 1:
            return frozenset()
        known = self._offices_of(mention.participants[0], on)
        if known or mention.kind != "person" or mention.participants[0].actor_id:
            return known
        return self._titled_offices(mention)

    def _named_group(self, pronoun: Token, phrase: Span, antecedents: Antecedents) -> list[Participant]:
        """The parties last named together, unless "they" is a subject and a plural subject
        came before them, the group only where it came from or went ("The Kurds were
        converging from all over Germany, the Netherlands and Belgium. They were due to
        stage a rally": the Kurds)."""
        group = antecedents.group(before=phrase.start_char)
        if not group or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return group
        subject = self.back.plural_subject(phrase)
        if subject and max(p.start for p in subject) < min(p.start for p in group) and all(self._place_in_a_prep(p) for p in group):
            return subject
        return group

    def _place_in_a_prep(self, participant: Participant) -> bool:
        """Whether a party was named as a place a preposition governs ("from all over Germany")."""
        span = self.doc.char_span(participant.start, participant.end)
        if span is None or span.root.ent_type_ not in ("GPE", "LOC"):
            return False
        root = span.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return root.dep_ == "pobj"

    def _past_title(self, words: Iterable[Token]) -> bool:
        """Whether a title says its office is no longer held ("former", "the late")."""
        return any(t.lower_.strip("-") in self.back.words.past_title_words for t in words)

    def _titled_offices(self, mention: Mention) -> frozenset[str]:
        """"Polish Foreign Minister Dariusz Rosati": a person the knowledge base lacks holds
        the office the title before the name gives, so "the foreign minister" is him again."""
        head = self.doc[mention.head]
        before_name = [t for t in head.subtree if t.idx >= mention.start and t.i < head.i]
        if self._past_title(before_name):
            return frozenset()
        title = [t for t in before_name if t.ent_type_ != "PERSON" and t.dep_ == "compound"]
        words = [t.lower_ for t in title]
        for width in (3, 2, 1):
            for i in range(len(words) - width + 1):
                role = self.kb.role(" ".join(words[i : i + width]))
                if role is not None and role.office:
                    return frozenset({role.office, "leader"} if role.office in LEADING_OFFICES else {role.office})
        return frozenset()

    def _offices_of(self, participant: Participant, on: date | None) -> frozenset[str]:
        if not participant.actor_id or on is None:
            return frozenset()
        for person in self.kb.people_named(participant.name):
            if person.id == participant.actor_id:
                offices = {office.title for office in person.offices_on(on)}
                if offices & LEADING_OFFICES:
                    offices.add("leader")
                return frozenset(offices)
        return frozenset()

    # -- phrases -----------------------------------------------------------------

    def _one_person(self, mention: Mention, antecedents: Antecedents) -> bool:
        """Whether an unnamed role mention is one new person ("a foreign ministry
        spokesman"), whom a later "he" or "she" may stand for. After a named person of
        the same country, "the ambassador" is more likely that person again."""
        head = self.doc[mention.head]
        if mention.kind != "role" or len(mention.participants) != 1 or head.tag_ != "NN" or head.lemma_.lower() in self.back.words.impersonal_nouns:
            return False
        country = mention.participants[0].country
        return not any(p.participant.country == country for p in antecedents.people if p.start < mention.start)

    def _resolve_phrase(self, phrase: Span, on: date | None, antecedents: Antecedents) -> Mention | None:
        head = phrase.root
        lower = head.lower_
        base = {
            "start": phrase.start_char,
            "end": phrase.end_char,
            "text": phrase.text,
            "head": head.i,
            "is_subject": head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ROOT",  # main-clause subjects are the most salient
        }
        named_before = self.back.acronym_of(head)
        if named_before is not None:
            # "The World Health Organization (WHO)": the acronym is the name it follows.
            self._acronyms.setdefault(head.text, named_before.participants)
            return Mention(participants=[with_span(p, phrase) for p in named_before.participants], kind=named_before.kind, **base)
        defined = self._acronyms.get(head.text) if head.text.isupper() else None
        if defined is not None:
            return Mention(participants=[with_span(p, phrase) for p in defined], kind="organisation", **base)
        if is_bare_number_group(head):
            # "the two are jointly developing", "both have agreed": the last group of that size.
            group = antecedents.group(before=phrase.start_char, size=group_size([head.lower_]))
            return Mention(participants=[with_span(p, phrase) for p in group], kind="group", **base) if group else None
        if head.lower_ in mention_words().compass_words and head.pos_ == "PROPN" and not is_definite(phrase):
            elided = self.back.elided_compass_country(head, phrase)
            if elided is not None:
                return Mention(participants=[elided], kind="country", **base)
        shared = shared_plural(self.kb, head, phrase, base)
        if shared is not None:
            return shared  # "the two Koreas"
        if head.lower_ in mention_words().compass_short_forms and is_definite(phrase) and len(phrase) == 2:
            # "the North" after "North Korea": the country last named with that word.
            found = self.back.compass_country(head, phrase)
            if found is not None:
                return Mention(participants=[found], kind="country", **base)
        # ("WHO", "US": an acronym the tagger reads as a pronoun is a name)
        if head.pos_ == "PRON" and not (head.text.isupper() and len(head.text) > 1):
            speaker = self._conjunct_subject(head) or self._reporting_subject(head)
            if speaker is not None and lower in SELF_PRONOUNS:
                return Mention(participants=[with_span(p, phrase) for p in speaker.participants], kind="pronoun", **base)
            same = self.back.same_pronoun_before(head) if lower in SELF_PRONOUNS else None
            if same is not None:
                # "said it was recalling its envoys from X, whose government it accused":
                # a second "it" in the sentence is the first one.
                return Mention(participants=[with_span(p, phrase) for p in same.participants], kind="pronoun", **base)
            owner = self._relative_owner(head) if lower == "their" else None
            owner = owner or (self._clause_subject_owner(head, plural=lower == "their") if lower in ("its", "their") else None)
            if owner is not None:
                # "Germany has reinforced its commitment": the clause's own subject
                return Mention(participants=[with_span(p, phrase) for p in owner.participants], kind="pronoun", **base)
            if lower in PRONOUNS:
                bound = (self._matrix_subject(head, PRONOUNS[lower]) or self._cataphoric(head, PRONOUNS[lower])
                         or self.back.same_pronoun_before(head, unless_person_between=True))
                found = bound.participants if bound is not None else antecedents.person(PRONOUNS[lower], before=phrase.start_char)
                return Mention(participants=[with_span(p, phrase) for p in found], kind="pronoun", **base) if found else self._unknown_doer(head, phrase, base)
            if lower in PLURAL_PRONOUNS:
                if self.back.plural_thing_before(head):
                    return None  # "dismissed them": the reports just named
                group = (self.back.plural_before_object(head) or self._plural_matrix_subject(head) or self._named_group(head, phrase, antecedents)
                         or self.back.plural_subject(phrase) or self._met_pair(head))
                return Mention(participants=[with_span(p, phrase) for p in group], kind="pronoun", **base) if group else self._unknown_doer(head, phrase, base)
            home = self.back.sentence_country(phrase) if lower in mention_words().described_people_pronouns else None
            if home is not None and any(c.dep_ in ("acl", "relcl") for c in head.children):
                # "those affected by the floods in Pakistan" (unplaced, "those accused" is
                # anyone): those something happened to are civilians, "those who attacked" not
                sector = "CVL" if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children) else ""
                described = head.doc[head.i : head.right_edge.i + 1]
                participant = Participant(described.text, home, sector, "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="group", **base)
            return None

        combined = combined_country(self.kb, head)
        if combined is not None:
            # "Franco-Chinese cooperation": France, not a Franco
            return Mention(participants=[Participant(combined.name, combined.iso3, "", "", phrase.text, phrase.start_char, phrase.end_char)],
                           kind="country", **base)
        entity = entity_in(phrase)
        if entity is None and head.pos_ == "PROPN":
            # A name NER did not tag, said again after its full form ("Abiy" after "Abiy Ahmed").
            earlier = antecedents.person_named(head.text, before=phrase.start_char)
            if earlier is not None:
                return Mention(participants=[with_span(earlier.participant, phrase)], kind="person", gender=earlier.gender, **base)
            known = self._untagged_person(phrase, on)
            if known is not None:
                return Mention(participants=[person_participant(known, on, phrase, "")], kind="person", gender=known.gender, **base)
        acronym = untagged_acronym(self.kb, head, phrase, base, on) if entity is None else None
        if acronym is not None:
            return acronym  # "ICE returned the artefacts"
        if entity is None and untagged_body_name(phrase):
            # "The Tokyo Stock Exchange and the New York Stock Exchange agreed": a body NER
            # missed is still a party, of the country a place in its name is in
            country = self._country_in(phrase, None)
            participant = Participant(clean_name(phrase.text), country.iso3 if country else "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="organisation", **base)
        body = self.back.body_of_named_family(phrase)
        if body is not None:
            participant = Participant(body.name, body.country, body.sector, body.id, phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="organisation", **base)
        named = self._appositive_person(head, on)
        if named is not None:
            # "his Chinese counterpart Wang Yi": the name says who the description is
            return Mention(participants=[person_participant(named, on, phrase, "")], kind="person", gender=named.gender, **base)
        if head.lemma_.lower() in mention_words().counterpart_nouns:
            # "his Turkish counterpart", "his counterpart in Moscow": the same office elsewhere
            peer = possessor_of(head, antecedents, PRONOUNS)
            there = self._country_in(phrase, exclude=entity) or clause_country(head, self.kb)
            if peer is not None and there is not None and there.iso3 != peer.country:
                participant, gender = counterpart(phrase, peer, self._offices_of(peer, on), there, on, self.kb)
                return Mention(participants=[participant], kind="role", gender=gender, **base)
        role = self._role_in(phrase)
        if role is not None and self._unarmed_force(head) == "camp":
            role = replace(role, sector="PTY")  # "all political forces": parties, not troops
        if role is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in self.back.words.rebel_modifiers for c in head.children):
            role = replace(role, sector="REB")  # "rebel negotiators": the rebels' own
        company = entity is not None and entity.label_ == "ORG" and is_company_name(entity)
        if company:
            role = None  # "General Motors Corp.": no general
        if (role is not None and entity is not None and entity.start <= head.i < entity.end
                and ((entity.start_char, entity.end_char) in self._places or self.kb.country(entity.text) is not None)):
            role = None  # a place or country whose name ends in a role noun: "the West Bank", "the Soviet Union"
        if role is None and lower in mention_words().crowd_counts and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            role = self.kb.role("crowd")  # "thousands marched": people, uncounted by kind
        if role is not None and not role.sector:
            # "military sources", "an Interior Ministry source": the modifier says for whom they speak.
            role = self._modifier_role(phrase, role)
        if role is not None and not role.sector:
            role = self._owned_role(head, role)
        country = self._country_in(phrase, exclude=entity)

        if entity is not None and entity.label_ == "PERSON" and (entity.start_char, entity.end_char) in self._places:
            entity = None  # NER calls some towns people ("Jaffna", "Baku"); the gazetteer knows better
        if entity is not None and entity.label_ == "PERSON" and names_a_thing(entity, head, role):
            entity = None
        if entity is not None and entity.label_ == "PERSON":
            return self._person(entity, phrase, on, role, country, antecedents, base)
        if entity is not None and entity.start <= head.i < entity.end and self.kb.country(entity.text) is None:
            # NER often calls a bare surname ORG or GPE ("TASS quotes Lavrov"); a state's
            # name is the state even after "Madhav Kumar Nepal"
            earlier = antecedents.person_named(clean_name(entity.text), before=phrase.start_char)
            if earlier is not None:
                return Mention(participants=[with_span(earlier.participant, phrase)], kind="person", gender=earlier.gender, **base)
        if entity is not None and entity.label_ == "ORG" and role is not None and not (entity.start <= head.i < entity.end):
            org = self.back.organisation(entity.text)
            # (a plural has no one holder: "Hamas leaders" are not its chief)
            head_of_day = self.owners.organisation_head(org.id, role, on) if org is not None and head.tag_ not in ("NNS", "NNPS") else None
            if head_of_day is not None:
                # "the UN chief", "the IAEA head": whoever headed the body that day
                return Mention(participants=[person_participant(head_of_day, on, phrase, org.sector)], kind="role", gender=head_of_day.gender, **base)
            state = self.owners.of_chain_country(head) if org is not None and org.country != "IGO" else None
            if org is not None and state is not None and state.iso3 != org.country:
                # "The Independent Electoral Commission of Afghanistan": a body its "of" gives
                # to a state is that state's, whatever name (here a newspaper's) opens it
                participant = Participant(descriptive_name(phrase), state.iso3, role.sector or org.sector, "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="role", gender=role.gender, **base)
            if org is not None:
                # "APEC members", "EU member states": the members together are the body
                name = org.name if head.lemma_.lower() in mention_words().member_nouns else clean_name(phrase.text)
                # ("Hamas leaders" lead Hamas: the body's sector, not a leader's GOV)
                sector = (org.sector or role.sector) if role.office else (role.sector or org.sector)
                participant = Participant(name, org.country, sector, org.id, phrase.text, phrase.start_char, phrase.end_char)
                if org.country == "IGO" and country is not None and role.sector in CONTINGENT_SECTORS:
                    # "a German ISAF soldier", "French UN peacekeepers": a national
                    # contingent serves both its country and the body it is lent to.
                    national = Participant(descriptive_name(phrase), country.iso3, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
                    return Mention(participants=[national, participant], kind="group", **base)
                return Mention(participants=[participant], kind="organisation", **base)
        misread = person_misread_as_body(entity, self.kb) if entity is not None and not company else None
        if misread is not None:
            # "Jean-Pierre Chevenement", "Allan Wagner": NER or the gazetteer calls some
            # names bodies (the Wagner Group)
            return self._person(misread, phrase, on, role, country, antecedents, base)
        if entity is not None and entity.label_ in ("ORG", "FAC"):
            org = self.back.organisation(entity.text)
            if org is not None:
                participant = Participant(org.name, org.country, org.sector, org.id, phrase.text, phrase.start_char, phrase.end_char)
                # A name many states give their own body is that of the state its "of" names
                # ("the Ministry of Defence of Ukraine"), or for a party name, of the report's
                # setting ("the Democratic Party" in a report from Baku is an Azerbaijani party).
                named = self.owners.of_chain_country(head) if org.country not in ("IGO", "UNK") else None
                generic = clean_name(entity.text).lower() in mention_words().generic_party_names
                setting = named.iso3 if named is not None else (self.back.sentence_country(phrase) or self._home) if generic else None
                if setting not in (None, org.country):
                    participant = Participant(clean_name(entity.text), setting, org.sector, "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="organisation", **base)
        if entity is not None and entity.label_ in ("GPE", "LOC", "ORG"):
            found = self.kb.country(entity.text) or self.kb.country_by_seat(entity.text)
            if found is not None:
                sector = role.sector if role else "GOV"
                name = entity.text if not role else descriptive_name(phrase)
                participant = Participant(clean_name(name), found.iso3, sector, "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="country", **base)
        if role is not None and is_title_complement(head):
            return None  # "heads of state and government": part of a title, no party of its own
        if role is not None:
            shared = self.back.coordinated_countries(head, role, phrase)
            if len(shared) >= 2:
                return Mention(participants=shared, kind="group", **base)
        state = self.back.described_country(phrase) if entity is None else None
        if state is not None:
            return Mention(participants=[state], kind="country", **base)
        body = self.back.epithet_body(phrase) if entity is None else None
        if body is not None:
            return Mention(participants=[with_span(body, phrase)], kind="organisation", **base)
        if points_back_at_organisation(phrase, entity) and country is None:
            # "the movement would avenge ...", "the Shiite group": the organisation named last.
            found = self.back.last_organisation(phrase)
            if found is not None:
                return Mention(participants=[with_span(found, phrase)], kind="role", **base)
        if role is not None and country is None and not _adversary(head):
            owners = self.owners.of_owners(head, role, phrase, on)
            if owners:
                return Mention(participants=owners, kind="group" if len(owners) > 1 else "role", **base)
        unlisted = self._unlisted_body(entity, head, role, phrase) if role is not None and entity is not None else None
        if unlisted is not None:
            return Mention(participants=[unlisted[0]], kind=unlisted[1], **base)
        if role is not None:
            return self._role_mention(phrase, head, role, country, on, antecedents, base)
        if entity is not None and entity.label_ == "NORP":
            # "some 20 Palestinians", "the Israelis": a people named by its demonym.
            found = None if against_or_for(entity[0]) else (self.kb.country_by_adjective(entity.text) or country)
            # singular only as "a Chechen", "another Afghan": one person of that people
            one = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one") for c in head.children)
            # the tagger often calls a sentence's first "Georgians" a singular NNP: the
            # demonym's own plural form is plural whatever the tag
            plural = head.tag_ in ("NNPS", "NNS") or (head.lower_.endswith("s") and self.kb.country_by_adjective(head.text[:-1]) is found)
            if found is not None and head.i == entity.root.i and (plural or one):
                # "ethnic Russians in Crimea": a people living where the sentence is set
                ethnic = entity.start > 0 and entity.doc[entity.start - 1].lower_ == "ethnic"
                iso3 = (self.back.sentence_country(phrase) or "UNK") if ethnic else found.iso3
                participant = Participant(entity.text, iso3, "CVL", "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="group", **base)
            if found is None and head.i == entity.root.i and entity.text.lower() in mention_words().stateless_peoples:
                # "Kurds", "Tutsis": a people of several states is still a party, of unknown country
                participant = Participant(entity.text, "UNK", "CVL", "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="group", **base)
        if entity is not None and entity.label_ in ("ORG",) and (entity.start_char, entity.end_char) not in self._places:
            # (NER calls some towns bodies: "shelled Mariupol"; the gazetteer knows better)
            shortened = None if company else self.back.organisation_named(entity.text, before=phrase.start_char)
            if shortened is not None:
                return Mention(participants=[with_span(p, phrase) for p in shortened.participants], kind="organisation", **base)
            sector = "BUS" if company else ""
            participant = Participant(clean_name(entity.text), country.iso3 if country else "UNK", sector, "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="organisation" if company else "unknown", **base)
        parties = party_noun_group(head, phrase, antecedents, base) if entity is None else None
        if parties is not None:
            return parties  # "both countries"
        if entity is None and untagged_object_name(phrase) and (phrase.start_char, phrase.end_char) not in self._places:
            # "the regulator fined Facebook $5 billion": a name NER missed, on the receiving
            # end of an act, is still a party, of unknown country
            participant = Participant(clean_name(phrase.text), "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="unknown", **base)
        if entity is None and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS:
            # "Rivals of the government said they will boycott": a speaking group the
            # knowledge base has no role for is still a party, of unknown country.
            participant = Participant(descriptive_name(phrase), country.iso3 if country else "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="unknown", **base)
        return None

    def _person(self, entity: Span, phrase: Span, on: date | None, role, country, antecedents: Antecedents, base: dict) -> Mention | None:
        name = clean_name(self._full_name(entity).text)
        if role is None and " " not in name and entity.start > 0 and entity.doc[entity.start - 1].lower_ == "the":
            return None  # "the Kikuyu against the Luo": a people NER took for a person (Luo Gan)
        earlier = antecedents.person_named(name, before=phrase.start_char)
        if earlier is not None:
            return Mention(participants=[with_span(earlier.participant, phrase)], kind="person", gender=earlier.gender, **base)
        person = self.kb.person(name, on=on, country=country.iso3 if country else None)
        if person is not None and not same_given_name(name, person):
            person = None  # "Turki al-Maliki" is not "Riyad al-Maliki"
        if person is not None:
            participant = person_participant(person, on, phrase, role.sector if role else "")
            return Mention(participants=[participant], kind="person", gender=person.gender, **base)
        namesakes = self.kb.namesakes_country(name) if person is None and country is None else None
        if namesakes is not None:
            country = self.kb.country_by_iso3(namesakes)
        if role is None and namesakes is None and ((" " not in name and is_place(name)) or names_a_city(name)):
            # NER calls some towns people ("stronghold of Jaffna", "Kiev denied", "left for Mar
            # del Plata"); the gazetteer knows better, and a capital or seat of power stands
            # for its government.
            seat = self.kb.country(name) or self.kb.country_by_seat(name)
            if seat is None:
                return None
            participant = Participant(name, seat.iso3, "GOV", "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="country", **base)
        iso3 = country.iso3 if country is not None else ""
        described = self._described_by(phrase.root)
        if described is not None and not iso3:
            # "the Chinese foreign ministry spokesman Zhao Lijian": the description the name
            # is in apposition to says whose official he is
            iso3 = described.country
        if role is None or not iso3:
            # "Uttam Sengupta, editor of The Times of India": the apposition says who he is.
            appos_role, appos_country = self._apposition(phrase.root)
            role = role or appos_role
            # a person the report does not place is taken as local, unless a visitor there
            local = self._home if self._home not in self.back.visited_countries(phrase) else None
            # an official is of the place the sentence is set in ("In Paris, foreign ministry
            # spokesman X said"), as unnamed officials are
            setting = self.back.sentence_country(phrase) if role is not None and role.sector else None
            if role is not None and role.sector == "IGO":
                setting = local = "IGO"  # "Executive Secretary Yvo de Boer": an international office, no local's
            title = [t.lower_ for t in phrase if t.i < entity.start and t.is_alpha and t.lower_ not in ("the", "of", "a", "an", "and")]
            titled = antecedents.country_titled(title, phrase.start_char) if role is not None and title else ""
            iso3 = iso3 or appos_country or titled or self.back.described_owner(phrase, self._full_name(entity).start, antecedents) or setting or local or "UNK"
        sector = role.sector if role else (described.sector if described is not None else "")
        participant = Participant(name, iso3, sector, "", phrase.text, phrase.start_char, phrase.end_char)
        # "Foreign ministry spokeswoman Jiang Yu": the body is the role, the title word the gender
        titles = (self.kb.role(t.lower_) for t in phrase if t.i < entity.start)
        gender = (role.gender if role else "") or next((title.gender for title in titles if title is not None and title.gender), "")
        return Mention(participants=[participant], kind="person", gender=gender, **base)

    def _appositive_person(self, head: Token, on: date | None) -> Person | None:
        if head.pos_ != "NOUN":
            return None
        for child in head.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                entity = next((e for e in head.doc.ents if e.start <= child.i < e.end), None)
                if entity is not None:
                    return self.kb.person(clean_name(self._full_name(entity).text), on=on)
        return None

    def _untagged_person(self, phrase: Span, on: date | None) -> Person | None:
        """"Modi telephoned Netanyahu": NER misses some well-known names. A phrase of proper
        names only is the person the hand-checked list knows by it (never a legacy entry,
        whose names are too many to trust without NER)."""
        names = [t for t in phrase if t.pos_ == "PROPN"]
        if not names or len(names) != len([t for t in phrase if not t.is_punct and t.dep_ != "det"]):
            return None
        if any(t.ent_type_ in ("DATE", "TIME") for t in names):
            return None  # "on May 3": a month, not Theresa May
        person = self.kb.person(clean_name(phrase.text), on=on)
        return person if person is not None and person.source == CURATED else None

    def _unknown_doer(self, pronoun: Token, phrase: Span, base: dict) -> Mention | None:
        """"He denied the charges" with no "he" before it: someone did it, unknown (UNK),
        rather than an event dropped for want of a doer. Only a subject: an object pronoun
        with no antecedent names nobody an analyst could count."""
        if pronoun.dep_ != "nsubj":
            return None
        participant = Participant(phrase.text, "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
        return Mention(participants=[participant], kind="unknown", **base)

    def _conjunct_subject(self, pronoun: Token) -> Mention | None:
        """"The administration did not show any proposals, but it insisted ...": the subject
        of the clause the pronoun's clause is joined to, when that is no person."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        joined = verb.head if verb.dep_ == "conj" else _joined_sibling(verb)
        return self._non_person_subject(joined) if joined is not None else None

    def _relative_owner(self, pronoun: Token) -> Mention | None:
        """A plural possessive inside a relative clause whose subject is the relative pronoun
        owns what that pronoun stands for, when it is plural too ("the armed rebels who have
        held the south for a month in their bid to oust Berisha": the rebels)."""
        if pronoun.dep_ != "poss":
            return None
        node = pronoun.head
        for _ in range(6):
            if node.dep_ == "relcl":
                relative = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")), None)
                plural = node.head.tag_ in ("NNS", "NNPS") or bool(node.head.conjuncts)
                return self.found.by_head.get(node.head.i) if relative is not None and plural else None
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _clause_subject_owner(self, pronoun: Token, plural: bool = False) -> Mention | None:
        """The subject of the clause whose direct object a possessive "its" owns, when that
        subject is no person ("Russia withdrew its troops", "vowed to keep up its strikes";
        not "criticized Russia for its actions", where another party stands nearer); or the
        reporter of a clause whose subject it owns ("the army said its strikes killed 20"), or
        the subject of the clause before one whose subject it owns ("Hamas won, but its
        government was boycotted"). ``plural``: a "their", owned by a plural subject only
        ("the ministers gave their backing")."""
        if pronoun.dep_ != "poss":
            return None
        owned = pronoun.head
        if owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "ccomp" and owned.head.head.lemma_.lower() in REPORTING_VERBS:
            return self._non_person_subject(owned.head.head, plural)
        if owned.dep_ in ("nsubj", "nsubjpass") and owned.head.dep_ == "conj":
            return self._non_person_subject(owned.head.head, plural)
        if owned.dep_ != "dobj":
            return None
        verb = owned.head
        # "Israel vowed to keep up its strikes": an infinitive's subject is its governor's
        while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        return self._non_person_subject(verb, plural) if verb.pos_ in ("VERB", "AUX") else None

    def _non_person_subject(self, verb: Token, plural: bool = False) -> Mention | None:
        """The mention a verb's named subject makes, when it is no person (what "it" may be);
        ``plural``: only a plural noun (what "their" may be)."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
        if plural and subject is not None and subject.tag_ not in ("NNS", "NNPS"):
            return None
        found = self.found.by_head.get(subject.i) if subject is not None else None
        return found if found is not None and found.kind != "person" and subject.ent_type_ != "PERSON" else None

    def _owning_person(self, head: Token) -> Participant | None:
        """The placed person a role's possessor was resolved to ("Mbuta's forces")."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        found = self.found.by_head.get(owner.i) if owner is not None else None
        return self._owning_party(head) if found is not None and found.kind == "person" else None

    def _owning_party(self, head: Token) -> Participant | None:
        """The one placed party a role's possessor names ("the prime minister's")."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        found = self.found.by_head.get(owner.i) if owner is not None else None
        if found is None or len(found.participants) != 1 or found.participants[0].country in ("", "UNK"):
            return None
        return found.participants[0]

    def _cataphoric(self, pronoun: Token, gender: str) -> Mention | None:
        """The person subject after a fronted adjunct a pronoun is in ("In his speech on
        Monday, Putin warned"), of a fitting gender."""
        subject = _cataphoric_subject(pronoun)
        found = self.found.by_head.get(subject.i) if subject is not None else None
        named = subject is not None and (subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and subject.ent_type_ != "GPE"))
        if found is None or len(found.participants) != 1 or not (found.kind in ("person", "role") or named):
            return None
        return found if not found.gender or found.gender == gender else None

    def _matrix_subject(self, pronoun: Token, gender: str) -> Mention | None:
        """"Farrell complained that he had been assaulted", "a witness who said he had
        testified": a "he" or "she" subject of a that-clause is the one person of a fitting
        gender the verb governing the clause has for subject."""
        clause = _subject_clause(pronoun)
        if clause is None:
            return None
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in mention_words().complement_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
            subject = verb.head  # "a witness who said he": the one the relative clause describes
        found = self.found.by_head.get(subject.i) if subject is not None else None
        if found is None or found.kind not in ("person", "role") or len(found.participants) != 1 or subject.tag_ in ("NNS", "NNPS"):
            return None
        return found if not found.gender or found.gender == gender else None

    def _met_pair(self, pronoun: Token) -> list[Participant]:
        """"Lu Yongxiang met a Latvian delegation ... They exchanged views": a sentence-opening
        "they" after a sentence telling one party meeting another is the two."""
        if pronoun.dep_ != "nsubj" or pronoun.i != pronoun.sent.start or pronoun.sent.start == 0:
            return []
        before = pronoun.doc[pronoun.sent.start - 1].sent.root
        if before.lemma_.lower() not in self.back.words.meeting_verbs:
            return []
        sides = [c for c in before.children if c.dep_ in ("nsubj", "dobj")]
        sides += [pobj for c in before.children if c.dep_ == "prep" and c.lower_ == "with" for pobj in c.children if pobj.dep_ == "pobj"]
        found = [self.found.by_head.get(t.i) for t in sides]
        if len(found) != 2 or any(m is None or len(m.participants) != 1 for m in found):
            return []
        return [with_span(m.participants[0], pronoun.doc[pronoun.i : pronoun.i + 1]) for m in found if m is not None]

    def _plural_matrix_subject(self, pronoun: Token) -> list[Participant]:
        """"Kabila's rebels have captured half the country since they launched their
        offensive": a "they" subject of an adverbial clause is the plural subject of the
        clause it modifies."""
        clause = _subject_clause(pronoun)
        if clause is None or clause.dep_ != "advcl":
            return []
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = self.found.by_head.get(subject.i) if subject is not None else None
        if found is None or found.kind == "pronoun" or not (is_plural_noun(subject) or subject.conjuncts):
            return []
        return [with_span(p, pronoun.doc[pronoun.i : pronoun.i + 1]) for p in found.participants]

    def _reporting_subject(self, pronoun: Token) -> Mention | None:
        """'Iran says it will ...', 'the rebels said they had ...': a pronoun subject of a
        reported clause is the reporter."""
        clause = _subject_clause(pronoun)
        if clause is None:
            return None
        if clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in mention_words().statement_nouns:
            # "NATO's announcement that it had agreed": the pronoun is the one announcing.
            owner = next((c for c in clause.head.children if c.dep_ == "poss"), None)
            return self.found.by_head.get(owner.i) if owner is not None else None
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        reporter = clause.head
        # "The ministry announced sanctions and said it was recalling ...": a reporting verb
        # in a coordination shares the first verb's subject.
        for verb in (reporter, reporter.head) if reporter.dep_ == "conj" else (reporter,):
            for child in verb.children:
                if child.dep_ == "nsubj" and child.i != pronoun.i:
                    found = self.found.by_head.get(child.i)
                    if found is not None and found.kind == "person" and pronoun.lower_ == "it":
                        return None  # "it insisted ..., said Akol": a person is never "it"
                    return found
        return None

    def _full_name(self, entity: Span) -> Span:
        """NER sometimes leaves a given name out ("vice-president Alexander [Medvedev]"), or
        the surname the name runs on to ("[Jibril] Rajub": not the Libyan Mahmoud Jibril)."""
        doc = entity.doc
        end = entity.end
        while (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and doc[end].pos_ == "PROPN"
               and doc[end].text[:1].isupper() and doc[end].ent_type_ == "" and self.kb.role(doc[end].lower_) is None):
            end += 1
        start = entity.start
        while start > 0:
            before = doc[start - 1]
            if (before.text == "-" and not before.whitespace_) or before.lower_ in NAME_PARTICLES:
                start -= 1  # "Turki al-Maliki", "Osama bin Laden"
                continue
            if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.ent_type_ not in ("", "PERSON", "NORP"):
                break
            if before.dep_ != "compound" or self.kb.role(before.lower_) is not None:
                break
            if start > 1 and self.kb.role(f"{doc[start - 2].lower_} {before.lower_}") is not None:
                break  # "General Secretary Madhav Kumar Nepal": the end of a title
            start -= 1
        return doc[start:end]


    def _described_by(self, name: Token) -> Participant | None:
        """The one placed party of the role phrase a name is in apposition to ("the Chinese
        foreign ministry spokesman Zhao Lijian"), or None."""
        if name.dep_ != "appos":
            return None
        described = self.found.by_head.get(name.head.i)
        if described is None or described.kind != "role" or len(described.participants) != 1:
            return None
        party = described.participants[0]
        return party if party.country not in ("", "UNK") else None

    def _apposition(self, head: Token) -> tuple[Role | None, str | None]:
        """Role and country (ISO3) stated in an apposition after a name."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            words = list(child.subtree)
            span = head.doc[words[0].i : words[-1].i + 1]
            role = self._role_in(span) if child.pos_ == "NOUN" else None
            country = self._country_in(span, exclude=None)
            if country is not None:
                return role, country.iso3
            for ent in span.ents:
                org = self.kb.organisation(ent.text, self.on) if ent.label_ == "ORG" else None
                if org is not None and org.country not in ("", "IGO"):
                    return role, org.country
            return role, None
        return None, None

    def _unlisted_body(self, entity: Span, head: Token, role: Role, phrase: Span) -> tuple[Participant, str] | None:
        """A named body the knowledge base does not know, whose name ends in a role noun:
        of the international organisation its first words name ("the UN Human Rights
        Commission": IGO), else, for a role of no sector, of the country its own name says
        ("the China Association of ...") or UNK, not the sentence's ("the World Heritage
        Committee"), with its participant kind."""
        if entity.label_ != "ORG" or not entity.start <= head.i < entity.end:
            return None
        parent = self._parent_body(entity)
        if parent is not None:
            sector = role.sector or parent.sector
            return Participant(clean_name(entity.text), parent.country, sector, "", phrase.text, phrase.start_char, phrase.end_char), "organisation"
        if role.sector:
            return None
        named_in = self._country_in(entity, None)
        return Participant(clean_name(entity.text), named_in.iso3 if named_in else "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char), "unknown"

    def _parent_body(self, entity: Span) -> Organisation | None:
        """The international organisation the first words of an unknown body's name name.
        Only an international one: the first words of "the Democratic Party of Japan" name
        another country's party."""
        words = [t for t in entity if t.lower_ != "the"]
        for size in range(len(words) - 1, 0, -1):
            found = self.back.organisation(" ".join(t.text for t in words[:size]))
            if found is not None:
                return found if found.country == "IGO" else None
        return None

    def _role_mention(self, phrase: Span, head: Token, role, country, on: date | None, antecedents: Antecedents, base: dict) -> Mention | None:
        plural = head.tag_ in ("NNS", "NNPS")
        if country is None and role.owner:
            country = self.kb.country_by_iso3(role.owner)  # "the Pope": the Holy See's, wherever he speaks
        if country is None:
            owned = self.owners.organisation_role(head, role, phrase, on)
            if owned is not None:
                return Mention(participants=[owned], kind="role", **base)
            boss = self.owners.person_owner(head, on)
            if boss is not None:
                # "Putin's spokesman", "Assad's forces": of the owner's country, and of the
                # owner's side where the role names none
                side = person_participant(boss, on, phrase, role.sector)
                country = self.kb.country_by_iso3(side.country)
                role = role if role.sector else replace(role, sector=side.sector)
            elif (owner := self._owning_person(head)) is not None:
                # "Kabila's forces" with Kabila not known by surname alone: the country the
                # text gave him
                country = self.kb.country_by_iso3(owner.country)
        if role.office and _heads_another_body(head, role):
            role = replace(role, office="", sector="")  # "Turkey's mafia leader" leads no state
        past = self._past_title(phrase)
        titled = antecedents.person_titled([t.lower_ for t in phrase if t.i <= head.i and t.dep_ != "det"], phrase.start_char) if past and is_definite(phrase) else None
        if titled is not None:
            return Mention(participants=[with_span(titled, phrase)], kind="role", **base)  # "the former secretary": the one so titled before
        if role.office and past:
            role = replace(role, office="", sector="ELI")  # "the former US president" is not the one of the day
        if role.office and not plural and on is not None:
            holder = None
            if country is not None:
                holder = self.kb.leader(country.iso3, on) if role.office == "leader" else single(self.kb.office_holders(country.iso3, role.office, on))
            if holder is None and country is None:
                found = antecedents.person_with_office(role.office, before=phrase.start_char)
                if found:
                    return Mention(participants=[with_span(found, phrase)], kind="role", **base)
            if holder is not None:
                return Mention(participants=[person_participant(holder, on, phrase, role.sector)], kind="role", gender=holder.gender, **base)
        if country is not None and not plural and is_definite(phrase) and role.sector and head.lemma_.lower() not in self.back.words.impersonal_nouns:
            # "Foreign Minister Wang Yi ... the Chinese diplomat": a definite description of
            # someone of that country just named (an earlier "an Iraqi official" wins)
            earlier = antecedents.described(head.lemma_.lower(), before=phrase.start_char) or antecedents.person_of(
                country.iso3, role.sector, before=phrase.start_char)
            if earlier is not None and earlier.country == country.iso3:
                return Mention(participants=[with_span(earlier, phrase)], kind="role", **base)
        if country is not None:
            name = descriptive_name(phrase)
            participant = Participant(name, country.iso3, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="role", gender=role.gender, **base)
        if has_possessive_pronoun(phrase):
            # "The AU mission said its troops helped": the reporter owns them; otherwise
            # ("its peacekeepers") the owner is the clause's subject, not a new party.
            reporter = self._reporting_subject(head)
            if reporter is None or len(reporter.participants) != 1:
                return None
            owner = reporter.participants[0]
            participant = Participant(descriptive_name(phrase), owner.country, role.sector or owner.sector, "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="role", gender=role.gender, **base)
        # A bare plural ("elite paratroopers") brings in new people; a definite or owned
        # one ("the troops", "whose governments") points back at the parties last named together.
        pointing = is_definite(phrase) or any(t.dep_ == "poss" for t in phrase)
        if is_group_phrase(phrase) or (plural and pointing and role.sector in GROUP_SECTORS and not has_named_modifier(phrase)):
            group = antecedents.group(before=phrase.start_char, size=group_size([t.lower_ for t in phrase]), head_lemma=head.lemma_.lower(),
                                      sector="" if is_group_phrase(phrase) else role.sector)
            if len(group) >= 2:
                members = [self._as_group_member(p, role, head, phrase) for p in group]
                return Mention(participants=members, kind="group", **base)
            if (head.lemma_.lower() in self.back.words.side_nouns and not any(c.dep_ in ("amod", "compound") for c in head.children)
                    and any(t.lemma_.lower() in self.back.words.conflict_cues for t in head.sent)):
                return None  # "called on all parties to stop fighting": the sides, left to the report's dyad
            count = group_size([t.lower_ for t in phrase])
            if (count and head.lemma_.lower() in self.back.words.person_group_nouns and is_definite(phrase)
                    and antecedents.described(head.lemma_.lower(), before=phrase.start_char) is None):  # "two men were arrested ... the two men"
                together = antecedents.people_together(phrase.start_char, count)
                if together:
                    # "Chernomyrdin met Meciar ... The two men discussed trade": the people named last
                    return Mention(participants=[with_span(p, phrase) for p in together], kind="group", **base)
        owner = self._owning_party(head) if not plural else None
        if owner is not None and role.sector:
            # "the prime minister's spokeswoman": someone on the owner's side, not a person named before
            participant = Participant(descriptive_name(phrase), owner.country, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="role", gender=role.gender, **base)
        if is_definite(phrase):
            # "the official" after "an Interior Ministry official": the same description.
            earlier = antecedents.described(head.lemma_.lower(), before=phrase.start_char)
            if earlier is not None:
                return Mention(participants=[with_span(earlier, phrase)], kind="role", **base)
            if not plural and role.office:
                found = antecedents.person_with_sector(role.sector, before=phrase.start_char, office=role.office)
                if found:
                    return Mention(participants=[with_span(found, phrase)], kind="role", **base)
        # "military sources" after "the Israeli military": the same institution's country.
        same_sector = antecedents.country_with_sector(role.sector, before=phrase.start_char) if role.sector in INSTITUTION_SECTORS else None
        # The phrase's own modifier outranks any country read off the context.
        local = self._home if self._home not in self.back.visited_countries(phrase) else None
        home = (beyond_country(phrase) or self._posted_by(head) or self.back.government_partner(head, role) or same_sector
                or self.back.sentence_country(phrase) or local or "UNK")
        if home in self._opposed_or_backed(phrase):
            home = "UNK"  # "anti-Syrian groups", "pro-Syrian ministers": not of the country named
        name = clean_name(phrase.text)
        participant = Participant(name, home, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
        return Mention(participants=[participant], kind="role", gender=role.gender, **base)

    def _opposed_or_backed(self, phrase: Span) -> set[str]:
        """The countries a phrase's modifiers say it is against, for or backed by."""
        return {c.iso3 for t in phrase if t.i < phrase.root.i and against_or_for(t) for c in [self.kb.country(t.text) or self.kb.country_by_adjective(t.text)] if c is not None}

    def _modifier_role(self, phrase: Span, role: Role) -> Role:
        tokens = [t for t in phrase if t.i < phrase.root.i and t.dep_ not in ("det", "nummod", "punct")]
        for width in (2, 1):
            for i in range(len(tokens) - width + 1):
                found = self.kb.role(" ".join(t.lower_ for t in tokens[i : i + width]))
                if found is not None and found.sector:
                    return replace(role, sector=found.sector)
        if any(t.dep_ == "compound" and t.tag_ == "NNP" and self.kb.country(owner_text(t)) is None
               and self.kb.country_by_seat(owner_text(t)) is not None for t in tokens):
            return replace(role, sector="GOV")  # "a Kremlin spokesman", "White House officials": the seat's government
        return role

    def _posted_by(self, head: Token) -> str:
        """"Troops deployed by Russia in Belarus", "where Britain has 7,000 soldiers": forces
        a named state posted, keeps or has are its own."""
        words = mention_words()
        posters = [pobj for participle in head.children if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in words.posting_verbs
                   for by in participle.children if by.dep_ == "agent" for pobj in by.children if pobj.dep_ == "pobj"]
        if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in words.posting_verbs | words.keeping_verbs:
            posters += [c for c in head.head.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE"]
        for poster in posters:
            found = self.kb.country(owner_text(poster)) or self.kb.country_by_seat(owner_text(poster))
            if found is not None:
                return found.iso3
        return ""

    def _owned_role(self, head: Token, role: Role) -> Role | None:
        """A sectorless role takes the sector of the body it heads ("the heads of the rebel
        groups" lead rebels); a noun that must be owned and is not names nobody."""
        owned = False
        for child in head.children:
            owned = owned or child.dep_ in ("poss", "compound", "amod") or (child.dep_ == "prep" and child.lower_ in ("of", "from"))
            if child.dep_ != "prep" or child.lower_ != "of":
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj" and self.kb.role(f"{role.noun} of {pobj.lower_}") is not None:
                    return None  # "heads of state and government": a title, read as before
                body = self._role_in(pobj.doc[pobj.left_edge.i : pobj.i + 1]) if pobj.dep_ == "pobj" else None
                if body is not None and body.sector:
                    return replace(role, sector=body.sector)
        return role if owned or role.noun not in mention_words().owned_only_roles else None

    def _as_group_member(self, member: Participant, role, head: Token, phrase: Span) -> Participant:
        """'the two armies' after 'Azerbaijan and Armenia' -> each party's army; after two
        persons a body ("the parties", "the armies") is each one's country's, not the person."""
        body = head.lemma_.lower() in self.back.words.impersonal_nouns
        if head.lemma_.lower() in self.back.words.side_nouns and member.sector != "GOV":
            return with_span(member, phrase)  # "the rebels and the army ... both parties": the sides themselves
        if (member.actor_id and not body) or (role.sector in ("", "GOV", "PTY") and member.sector in ("", "GOV") and not member.actor_id):
            return with_span(member, phrase)
        country = self.kb.country_by_iso3(member.country)
        name = f"{country.name} {head.lemma_}" if country else member.name
        return Participant(name, member.country, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)

    def _unarmed_force(self, head: Token) -> str:
        """"current" for "driving forces", "market forces"; "camp" for "political forces",
        "the democratic forces in Serbia" (parties, no troops); "" otherwise (a name is
        neither: "the Syrian Democratic Forces")."""
        if head.lemma_.lower() != "force" or not head.text.islower():
            return ""
        words = self.back.words
        modifiers = {c.text for c in head.children if c.dep_ in ("compound", "amod")}
        return "current" if modifiers & words.current_force_modifiers else "camp" if modifiers & words.camp_force_modifiers else ""

    def _festive_party(self, party: Token) -> bool:
        return any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in self.back.words.festive_party_modifiers for c in party.children)

    def _a_freedom_of(self, head: Token) -> bool:
        first = head
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            first = first.head
        return (first.dep_ == "pobj" and first.head.lower_ == "of"
                and first.head.head.lower_ in self.back.words.freedom_nouns)

    def _role_in(self, phrase: Span):
        """The longest role noun phrase ending at the head ('foreign minister' before 'minister')."""
        head = phrase.root
        if any(pobj.lemma_.lower() in self.back.words.condition_nouns and self._of_title(head, pobj) is None
               for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for pobj in c.children if pobj.dep_ == "pobj"):
            # "the state of emergency", "a state of war": a condition, nobody's role (a
            # title naming it is still one: "the Ministry of Health")
            return None
        if (head.lemma_.lower() in self.back.words.stance_nouns and not any(c.lower_ == "the" for c in head.children)
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)):
            return None  # "voiced opposition to the plan": a stance, nobody's role
        if head.lemma_.lower() in self.back.words.bare_place_nouns and head.dep_ == "pobj" and not list(head.lefts):
            return None  # "airlifted to hospital": a place
        if head.lemma_.lower() == "party" and (self._festive_party(head) or (
                is_definite(phrase) and all(c.dep_ == "det" for c in head.children) and any(self._festive_party(t) for t in head.doc[: head.i] if t.lemma_.lower() == "party"))):
            return None  # "a street party", "a search party", "the party" after "a rave party": no political party
        if head.lemma_.lower() == "security" and any(c.dep_ in ("compound", "amod") and c.lower_ in self.back.words.security_concept_modifiers
                                                     for c in head.children):
            return None  # "energy security", "national security": a concern, not the security forces
        if self._unarmed_force(head) == "current":
            return None  # "the driving forces of the capitalist world", "market forces": nobody
        if self._a_freedom_of(head):
            return None  # "freedoms of speech, the press, assembly and religion": liberties
        partner = hyphen_partner(head)
        if partner is not None:
            # "secretary-general", "attorney-general": the parser splits the title at its hyphen
            role = self.kb.role(f"{head.lower_} {partner.lower_}")
            if role is not None:
                return role
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and head.tag_ in ("NN", "NNP")):
            # "the Kenyan head of state", "chief of staff": a title the parser reads as a noun
            # and its "of" (one holder: "heads of state" are whoever the report gathers)
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and not any(d.dep_ in ("det", "poss") for d in c.children)):
                role = self._of_title(head, pobj)
                if role is not None:
                    return role
        tokens = [t for t in phrase if t.i <= head.i]
        for width in (3, 2, 1):
            if len(tokens) < width:
                continue
            window = tokens[-width:] if head.i == tokens[-1].i else None
            if window is None:
                continue
            text = " ".join(t.lower_ for t in window)
            role = self.kb.role(text)
            if role is not None:
                return role
        # A title before a name: "Foreign Minister Sergei Lavrov". Before a common noun only
        # when the phrase is a source ("according to the security service toll"): "military
        # cooperation" is no soldier, "the government headquarters" a building.
        named = head.pos_ == "PROPN"
        if not named and not is_source(head):
            return None
        for width in (3, 2, 1):
            for i in range(len(tokens) - width + 1):
                window = tokens[i : i + width]
                if any(t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC") for t in window):
                    continue  # (nor is a place's name a title: "West Bank security chief")
                if not named and not all(t.dep_ == "compound" and t.pos_ == "NOUN" for t in window):
                    continue
                role = self.kb.role(" ".join(t.lower_ for t in window))
                if role is not None:
                    return role
        return None

    def _of_title(self, head: Token, pobj: Token) -> Role | None:
        """A title with its "of" ("chief of staff", "Minister of Foreign Affairs")."""
        words = [t.lower_ for t in pobj.doc[pobj.left_edge.i : pobj.i + 1] if t.dep_ in ("compound", "amod") or t.i == pobj.i]
        return self.kb.role(f"{head.lower_} of {' '.join(words)}") or self.kb.role(f"{head.lower_} of {pobj.lower_}")

    def _country_in(self, phrase: Span, exclude: Span | None):
        # "ethnic Albanians", "ethnic Russians": a people living elsewhere, not the state;
        # "the Indian Ocean island", "the Korean Peninsula": a word of a place's name is no demonym
        tokens = [t for t in phrase if not (t.i > 0 and t.doc[t.i - 1].lower_ == "ethnic") and not in_place_name(t)]
        # "Latin American nations": a region's demonym names no state
        regional = {t.i for a, b in zip(phrase, phrase[1:]) if f"{a.lower_} {b.lower_}" in mention_words().regional_demonyms for t in (a, b)}
        tokens = [t for t in tokens if t.i not in regional]
        for width in (3, 2):  # "North Korean", "Sri Lankan", "Bosnian Serb" before "Korean"
            for i in range(len(tokens) - width + 1):
                words = tokens[i : i + width]
                if words[0].text[:1].isupper() and all(t.tag_ in ("NNP", "JJ", "NNPS") or t.ent_type_ == "NORP" for t in words):
                    found = self.kb.country_by_adjective(" ".join(t.text for t in words))
                    if found is not None:
                        return found
        for token in tokens:
            if exclude is not None and exclude.start <= token.i < exclude.end and exclude.label_ == "PERSON":
                continue
            if against_or_for(token):
                continue  # "anti-Syrian groups" are not Syrian
            if token.ent_type_ == "NORP" or token.pos_ == "ADJ" or token.tag_ in ("NNP", "JJ"):
                found = self.kb.country_by_adjective(token.text)
                if found is None and token.dep_ == "compound" and token.ent_type_ == "NORP":
                    found = self.kb.country(token.text)  # "a former U.S. Marine", NER's one people
                if found is not None:
                    return found
        for ent in phrase.ents:
            if ent.label_ in ("GPE", "NORP") and not against_or_for(ent[0]) and ent[0] in tokens:
                found = self.kb.country(ent.text) or self.kb.country_by_adjective(ent.text)
                if found is not None:
                    return found
        for token in phrase:
            # "a Kremlin spokesman", "White House officials": the seat stands for its country.
            if token.dep_ == "compound" and token.head.i == phrase.root.i and token.tag_ == "NNP":
                found = self.kb.country_by_seat(owner_text(token))
                if found is None and phrase.root.ent_type_ == "ORG" and token.ent_type_ == "ORG":
                    # "the Oman Sovereign Fund": a country's name swallowed into a body's name
                    found = self.kb.country(owner_text(token))
                if found is not None:
                    return found
        for start, end in self._places:
            # "Gaza fishermen", "Kabul residents": a place before the head says whose they are
            if not phrase.start_char <= start < end <= phrase.root.idx:
                continue
            place = self.doc.char_span(start, end, alignment_mode="expand")
            iso3 = place_country(self.doc.text[start:end]) if place is not None and place.root.dep_ in ("compound", "nmod") else None
            if iso3 is not None:
                return self.kb.country_by_iso3(iso3)
        return None







def _adversary(head: Token) -> bool:
    """"opponents of Syria", "rivals of the government": not the named party's own people."""
    from eventwire.events.arguments import ArgumentRoles  # the one list of such nouns

    return head.lemma_.lower() in ArgumentRoles.load().adversary_nouns


def _joined_sibling(verb: Token) -> Token | None:
    """The clause before ``verb`` that "but" or "and" joins it to, when the parser hangs
    both on a third verb ("X did not show ..., but it insisted ..., said Akol")."""
    if verb.dep_ != "ccomp":
        return None
    before = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not before:
        return None
    sibling = before[-1]
    joined = any(c.dep_ == "cc" and sibling.i < c.i < verb.i for c in sibling.children)
    return sibling if joined else None


def _subject_clause(pronoun: Token) -> Token | None:
    """The clause a subject pronoun is the subject of, above the infinitives and conjuncts
    that share it; None for a pronoun that is no subject."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _cataphoric_subject(pronoun: Token) -> Token | None:
    """The singular subject a "he"/"his"/"she"/"her" in a fronted adjunct of its clause may
    stand for ("In his speech on Monday, Putin warned"), else None."""
    if pronoun.lower_ not in PRONOUNS:
        return None
    adjunct = pronoun
    while adjunct.dep_ not in ("prep", "advcl") and adjunct.head.i != adjunct.i:
        adjunct = adjunct.head
    verb = adjunct.head
    if adjunct.dep_ not in ("prep", "advcl") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < adjunct.right_edge.i or subject.tag_ not in ("NNP", "NN"):
        return None
    return subject



def _heads_another_body(head: Token, role: Role) -> bool:
    """Whether a noun in front of an office's title names what is headed instead of the
    state ("mafia leader", "gang boss"; the role's own words, "defence minister", do not)."""
    own = set(role.noun.lower().split())
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in own and not c.ent_type_ for c in head.children)
