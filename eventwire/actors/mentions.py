"""Actor mentions: every phrase in an article that names or points at an actor.

The index is built once per article, in text order, so that later stages
(events, quotes) can ask "who is this argument?" for any token and get the
resolved participants, with pronouns, titles and plural descriptions resolved
against what came before (see coref.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.backrefs import (
    BackReferences,
    is_bare_number_group,
    is_coordinated_compass,
    is_title_complement,
    mention_words,
    points_back_at_organisation,
)
from eventwire.actors.coref import Antecedents, group_size
from eventwire.actors.kb import KnowledgeBase, Person, Role
from eventwire.models import Participant

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = {"they", "them", "their"}
GROUP_DETERMINERS = {"both", "two", "three", "four", "all", "the"}
# Heads that stand for a place rather than an actor of their own ("the territories of X").
PLACE_HEADS = {"territory", "region", "area", "city", "town", "village", "province", "capital", "country", "state", "land"}
# Heads that only count what follows "of": "hundreds of Palestinians", "a group of soldiers".
QUANTITY_HEADS = {"hundred", "thousand", "dozen", "score", "million", "number", "group", "handful", "some", "many", "most", "all", "several", "dozens", "hundreds", "thousands"}
# Entity labels that can be actors.
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
# Plural roles that, with no name or country, mean the parties already in play ("the armies").
GROUP_SECTORS = {"GOV", "MIL", "PTY", "LEG"}
DEFINITE = {"the", "this", "that", "these", "those"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "van", "von", "da", "di", "le", "la"}
# Pronouns a reporter uses of itself in reported speech ("X says it will").
SELF_PRONOUNS = {"it", "we", "i"}
# "countries including A and B": prepositions that list a group's named members ("such as" too).
MEMBER_PREPS = {"including"}
REPORTING_VERBS = {"say", "tell", "announce", "state", "claim", "insist", "add", "confirm", "deny", "warn", "vow", "pledge", "promise", "declare", "report", "stress", "note"}
# Forces whose unnamed members ("military sources", "police") belong to the force last named.
INSTITUTION_SECTORS = {"MIL", "COP"}
# Lent to an international body, these still belong to their country.
CONTINGENT_SECTORS = {"MIL", "COP"}


@dataclass
class Mention:
    """A resolved actor phrase. ``participants`` has several entries for coordinations
    and groups ("Aliyev, Putin and Pashinyan", "the two armies")."""

    start: int  # char offsets in the article text
    end: int
    text: str
    head: int  # token index of the phrase head
    participants: list[Participant]
    kind: str  # person, country, organisation, group, role, pronoun, unknown
    gender: str = ""
    is_subject: bool = False


@dataclass
class MentionIndex:
    """All actor mentions of one article, and how to resolve any argument token."""

    doc: Doc
    on: date | None
    kb: KnowledgeBase
    mentions: list[Mention] = field(default_factory=list)
    by_head: dict[int, Mention] = field(default_factory=dict)
    antecedents: Antecedents = field(default_factory=Antecedents)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.by_head[mention.head] = mention

    def resolve(self, token: Token) -> list[Participant]:
        """Participants for the argument headed by ``token``, coordination included."""
        participants: list[Participant] = []
        for conjunct in [token, *token.conjuncts]:
            if conjunct.i < token.i:
                continue
            # "states such as Iran and Syria": the named members say more than the group noun.
            found = self._members(conjunct)
            if not found:
                mention = self.by_head.get(conjunct.i) or self._resolve_fresh(conjunct)
                found = mention.participants if mention else (self._modifiers(conjunct) or self._participle_name(conjunct))
            found = found + self._elided_compass_parties(conjunct)
            for participant in found:
                if not any(_same_actor(participant, p) for p in participants):
                    participants.append(participant)
        return participants

    def _participle_name(self, token: Token) -> list[Participant]:
        """"Saudi" in "a Saudi-led strike": a name a participle hangs on."""
        if token.dep_ == "npadvmod" and token.head.tag_ == "VBN":
            return self.named_modifier(token)
        return []

    def _elided_compass_parties(self, token: Token) -> list[Participant]:
        """"South and North Korea" parsed with "South" hanging on "Korea": the elided half."""
        found: list[Participant] = []
        for child in token.children:
            if child.dep_ in ("nmod", "compound") and child.lower_ in mention_words().compass_words and child.conjuncts:
                for part in (child, *child.conjuncts):
                    mention = self.by_head.get(part.i)
                    found.extend(mention.participants if mention else [])
        return found

    def _modifiers(self, token: Token) -> list[Participant]:
        """Named modifiers of an unresolved head: 'Hezbollah and Amal movement'."""
        found: list[Participant] = []
        for child in token.children:
            if child.dep_ in ("nmod", "compound") and child.i < token.i:
                for part in [child, *child.conjuncts]:
                    mention = self.by_head.get(part.i)
                    if mention is not None:
                        found.extend(mention.participants)
        return found

    def _members(self, token: Token) -> list[Participant]:
        """The named members of an unresolved group: "several countries, including
        Australia and Canada", "states such as Iran and Syria"."""
        found: list[Participant] = []
        for child in token.children:
            if child.dep_ != "prep" or not (child.lower_ in MEMBER_PREPS or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(self.resolve(pobj))
        return found

    def owners(self, token: Token) -> list[Participant]:
        """Who a thing or act belongs to, when the head itself names nobody: "Israeli
        shelling", "a US proposal", "Israel's offensive", "demands by the United States".
        The event coder asks this of arguments that are acts or proposals, not actors."""
        found: list[Participant] = []
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ == "whose":
                # "Hamas, whose attack on Israel ...": the owner is what the relative clause describes.
                found.extend(self._relative_antecedent(child))
            elif child.i < token.i and child.dep_ in ("poss", "amod", "compound", "nmod"):
                parts = [child, *child.conjuncts] if child.dep_ in ("poss", "nmod") else [child]
                for part in parts:
                    mention = self.by_head.get(part.i)
                    found.extend(mention.participants if mention else self.named_modifier(part) or self._participle_owner(part))
            elif child.dep_ in ("prep", "agent") and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.resolve(pobj))
            elif child.i > token.i and (child.dep_ == "acl" and child.tag_ == "VBN" or child.lemma_.lower() in mention_words().stake_adjectives):
                # "a plan backed by the US", "a deal important to France": whose the thing is.
                preps = {"by"} if child.dep_ == "acl" else {"to", "for"}
                for grand in child.children:
                    if grand.dep_ in ("prep", "agent") and grand.lower_ in preps:
                        found.extend(p for pobj in grand.children if pobj.dep_ == "pobj" for p in self.resolve(pobj))
        out: list[Participant] = []
        for participant in found:
            if not any(_same_actor(participant, p) for p in out):
                out.append(participant)
        return out

    def _participle_owner(self, participle: Token) -> list[Participant]:
        """"the US-proposed plan", "a Saudi-backed force": the name the participle hangs on."""
        if participle.tag_ != "VBN":
            return []
        for child in participle.children:
            if child.i < participle.i and child.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                mention = self.by_head.get(child.i)
                return mention.participants if mention else self.named_modifier(child)
        return []

    def _relative_antecedent(self, pronoun: Token) -> list[Participant]:
        for ancestor in pronoun.ancestors:
            if ancestor.dep_ == "relcl":
                return self.resolve(ancestor.head)
        # The parser may hang the clause on its antecedent without a relcl ("Hamas, whose
        # attack ... started" parsed with Hamas as the root): the name just before the comma.
        before = pronoun.doc[pronoun.i - 2] if pronoun.i >= 2 and pronoun.doc[pronoun.i - 1].text == "," else None
        return self.resolve(before) if before is not None and before.pos_ == "PROPN" else []

    def named_modifier(self, token: Token) -> list[Participant]:
        """A country or organisation named by a modifier: "Israeli", "US", "Hezbollah"."""
        if not (token.ent_type_ in ("NORP", "GPE", "ORG") or (token.pos_ in ("PROPN", "ADJ") and token.text[:1].isupper())):
            return []
        if _against_or_for(token):
            return []  # "anti-Syrian" names the opponents of Syria
        text = _owner_text(token)
        start = min(t.idx for t in token.subtree if t.dep_ in ("compound", "amod") or t.i == token.i)
        country = self.kb.country(text) or self.kb.country_by_adjective(token.text) or self.kb.country(token.text)
        if country is not None:
            return [Participant(country.name, country.iso3, "", "", text, start, token.idx + len(token.text))]
        seat = self.kb.country_by_seat(text) if not _is_place(text) else None
        if seat is not None:
            # "the White House attack on ...": the government seated there ("the Moscow
            # talks" name a city, where they were held).
            return [Participant(text, seat.iso3, "GOV", "", text, start, token.idx + len(token.text))]
        org = self.kb.organisation(text) or self.kb.organisation(token.text)
        if org is not None:
            return [Participant(org.name, org.country, org.sector, org.id, text, start, token.idx + len(token.text))]
        return []

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_head.get(token.i)

    def _resolve_fresh(self, token: Token) -> Mention | None:
        """Resolve a head that was not indexed (e.g. 'the territories of X' -> X)."""
        if token.lemma_.lower() in PLACE_HEADS or token.lemma_.lower() in QUANTITY_HEADS or token.pos_ == "NUM":
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.by_head.get(pobj.i) or self._resolve_fresh(pobj)
        return None


def _same_actor(a: Participant, b: Participant) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.name.lower() == b.name.lower() and a.country == b.country


class MentionResolver:
    """Turns phrases into participants using the knowledge base and the article's date."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def index(self, doc: Doc, on: date | None, home: str | None = None, places: Iterable[tuple[int, int]] = ()) -> MentionIndex:
        """``home`` is the country the report is about: unnamed domestic actors ("an
        Interior Ministry official", "witnesses") belong to it. ``places`` are the
        character spans the gazetteer resolved, which are never people."""
        return _ArticleResolver(self.kb, doc, on, home, set(places)).run()


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

    def run(self) -> MentionIndex:
        doc, on = self.doc, self.on
        index = self.found
        antecedents = index.antecedents
        phrases = {phrase.root.i: phrase for phrase in _candidate_phrases(doc)}
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
                mention = self._resolve_phrase(phrases[token.i], on, antecedents)
                if mention is None:
                    if token.lower_ in SELF_PRONOUNS:
                        later.append(token.i)
                    continue
                index.add(mention)
                described = doc[mention.head].lemma_.lower() if mention.kind in ("role", "unknown", "organisation") else ""
                antecedents.observe(mention, self._offices(mention, on), described)
                resolved.append(mention)
            if len(conjuncts) > 1 and resolved:
                antecedents.observe_group([p for m in resolved for p in m.participants], resolved[0].start)
        # '"We condemn ...," UN spokeswoman X said': the reporter comes after the pronoun, so
        # a speaker's own "we"/"I" is read once every mention is known.
        for head_i in later:
            mention = self._resolve_phrase(phrases[head_i], on, antecedents)
            if mention is not None:
                index.add(mention)
        index.mentions.sort(key=lambda m: m.start)
        return index

    def _offices(self, mention: Mention, on: date | None) -> frozenset[str]:
        if len(mention.participants) != 1 or not mention.participants[0].actor_id or on is None:
            return frozenset()
        participant = mention.participants[0]
        for person in self.kb.people_named(participant.name):
            if person.id == participant.actor_id:
                offices = {office.title for office in person.offices_on(on)}
                if offices & {"head_of_state", "head_of_government"}:
                    offices.add("leader")
                return frozenset(offices)
        return frozenset()

    # -- phrases -----------------------------------------------------------------

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
            return Mention(participants=[_with_span(p, phrase) for p in named_before.participants], kind=named_before.kind, **base)
        if is_bare_number_group(head):
            # "the two are jointly developing", "both have agreed": the last group of that size.
            group = antecedents.group(before=phrase.start_char, size=group_size([head.lower_]))
            return Mention(participants=[_with_span(p, phrase) for p in group], kind="group", **base) if group else None
        if head.lower_ in mention_words().compass_words and head.pos_ == "PROPN" and not _is_definite(phrase):
            elided = self.back.elided_compass_country(head, phrase)
            if elided is not None:
                return Mention(participants=[elided], kind="country", **base)
        if head.lower_ in mention_words().compass_short_forms and _is_definite(phrase) and len(phrase) == 2:
            # "the North" after "North Korea": the country last named with that word.
            found = self.back.compass_country(head, phrase)
            if found is not None:
                return Mention(participants=[found], kind="country", **base)
        if head.pos_ == "PRON":
            speaker = self._reporting_subject(head)
            if speaker is not None and lower in SELF_PRONOUNS:
                return Mention(participants=[_with_span(p, phrase) for p in speaker.participants], kind="pronoun", **base)
            same = self.back.same_pronoun_before(head) if lower in SELF_PRONOUNS else None
            if same is not None:
                # "said it was recalling its envoys from X, whose government it accused":
                # a second "it" in the sentence is the first one.
                return Mention(participants=[_with_span(p, phrase) for p in same.participants], kind="pronoun", **base)
            if lower in PRONOUNS:
                found = antecedents.person(PRONOUNS[lower], before=phrase.start_char)
                return Mention(participants=[_with_span(p, phrase) for p in found], kind="pronoun", **base) if found else None
            if lower in PLURAL_PRONOUNS:
                group = antecedents.group(before=phrase.start_char) or self.back.plural_subject(phrase)
                return Mention(participants=[_with_span(p, phrase) for p in group], kind="pronoun", **base) if group else None
            return None

        entity = _entity_in(phrase)
        if entity is None and head.pos_ == "PROPN":
            # A name NER did not tag, said again after its full form ("Abiy" after "Abiy Ahmed").
            earlier = antecedents.person_named(head.text, before=phrase.start_char)
            if earlier is not None:
                return Mention(participants=[_with_span(earlier.participant, phrase)], kind="person", gender=earlier.gender, **base)
        role = self._role_in(phrase)
        if role is not None and not role.sector:
            # "military sources", "an Interior Ministry source": the modifier says for whom they speak.
            role = self._modifier_role(phrase, role)
        country = self._country_in(phrase, exclude=entity)

        if entity is not None and entity.label_ == "PERSON" and (entity.start_char, entity.end_char) in self._places:
            entity = None  # NER calls some towns people ("Jaffna", "Baku"); the gazetteer knows better
        if entity is not None and entity.label_ == "PERSON":
            return self._person(entity, phrase, on, role, country, antecedents, base)
        if entity is not None and entity.start <= head.i < entity.end:
            # NER often calls a bare surname ORG or GPE ("TASS quotes Lavrov").
            earlier = antecedents.person_named(_clean_name(entity.text), before=phrase.start_char)
            if earlier is not None:
                return Mention(participants=[_with_span(earlier.participant, phrase)], kind="person", gender=earlier.gender, **base)
        if entity is not None and entity.label_ == "ORG" and role is not None and not (entity.start <= head.i < entity.end):
            org = self.back.organisation(entity.text)
            if org is not None:
                participant = Participant(_clean_name(phrase.text), org.country, role.sector or org.sector, org.id, phrase.text, phrase.start_char, phrase.end_char)
                if org.country == "IGO" and country is not None and role.sector in CONTINGENT_SECTORS:
                    # "a German ISAF soldier", "French UN peacekeepers": a national
                    # contingent serves both its country and the body it is lent to.
                    national = Participant(_descriptive_name(phrase), country.iso3, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
                    return Mention(participants=[national, participant], kind="group", **base)
                return Mention(participants=[participant], kind="organisation", **base)
        if entity is not None and entity.label_ in ("ORG", "FAC"):
            org = self.back.organisation(entity.text)
            if org is not None:
                participant = Participant(org.name, org.country, org.sector, org.id, phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="organisation", **base)
        if entity is not None and entity.label_ in ("GPE", "LOC", "ORG"):
            found = self.kb.country(entity.text) or self.kb.country_by_seat(entity.text)
            if found is not None:
                sector = role.sector if role else "GOV"
                name = entity.text if not role else _descriptive_name(phrase)
                participant = Participant(_clean_name(name), found.iso3, sector, "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="country", **base)
        if role is not None and is_title_complement(head):
            return None  # "heads of state and government": part of a title, no party of its own
        if role is not None:
            shared = self.back.coordinated_countries(head, role, phrase)
            if len(shared) >= 2:
                return Mention(participants=shared, kind="group", **base)
        body = self.back.epithet_body(phrase) if entity is None else None
        if body is not None:
            return Mention(participants=[_with_span(body, phrase)], kind="organisation", **base)
        if points_back_at_organisation(phrase, entity) and country is None:
            # "the movement would avenge ...", "the Shiite group": the organisation named last.
            found = self.back.last_organisation(phrase)
            if found is not None:
                return Mention(participants=[_with_span(found, phrase)], kind="role", **base)
        if role is not None and country is None:
            owners = self._of_owners(head, role, phrase, on)
            if owners:
                return Mention(participants=owners, kind="group" if len(owners) > 1 else "role", **base)
        if role is not None:
            return self._role_mention(phrase, head, role, country, on, antecedents, base)
        if entity is not None and entity.label_ == "NORP":
            # "some 20 Palestinians", "the Israelis": a people named by its demonym.
            found = None if _against_or_for(entity[0]) else (self.kb.country_by_adjective(entity.text) or country)
            if found is not None and head.i == entity.root.i and head.tag_ in ("NNPS", "NNS"):
                participant = Participant(entity.text, found.iso3, "CVL", "", phrase.text, phrase.start_char, phrase.end_char)
                return Mention(participants=[participant], kind="group", **base)
        if entity is not None and entity.label_ in ("ORG",):
            participant = Participant(_clean_name(entity.text), country.iso3 if country else "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="unknown", **base)
        if entity is None and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS:
            # "Rivals of the government said they will boycott": a speaking group the
            # knowledge base has no role for is still a party, of unknown country.
            participant = Participant(_descriptive_name(phrase), country.iso3 if country else "UNK", "", "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="unknown", **base)
        return None

    def _person(self, entity: Span, phrase: Span, on: date | None, role, country, antecedents: Antecedents, base: dict) -> Mention | None:
        name = _clean_name(self._full_name(entity).text)
        earlier = antecedents.person_named(name, before=phrase.start_char)
        if earlier is not None:
            return Mention(participants=[_with_span(earlier.participant, phrase)], kind="person", gender=earlier.gender, **base)
        person = self.kb.person(name, on=on, country=country.iso3 if country else None)
        if person is not None and not _same_given_name(name, person):
            person = None  # "Turki al-Maliki" is not "Riyad al-Maliki"
        if person is not None:
            participant = _person_participant(person, on, phrase, role.sector if role else "")
            return Mention(participants=[participant], kind="person", gender=person.gender, **base)
        if role is None and " " not in name and _is_place(name):
            return None  # NER calls some towns people ("stronghold of Jaffna"); the gazetteer knows better
        iso3 = country.iso3 if country is not None else ""
        if role is None or not iso3:
            # "Uttam Sengupta, editor of The Times of India": the apposition says who he is.
            appos_role, appos_country = self._apposition(phrase.root)
            role = role or appos_role
            iso3 = iso3 or appos_country or self.back.described_owner(phrase, self._full_name(entity).start, antecedents) or self._home or "UNK"  # a person the report does not place is taken as local
        sector = role.sector if role else ""
        participant = Participant(name, iso3, sector, "", phrase.text, phrase.start_char, phrase.end_char)
        gender = role.gender if role else ""
        return Mention(participants=[participant], kind="person", gender=gender, **base)

    def _reporting_subject(self, pronoun: Token) -> Mention | None:
        """'Iran says it will ...', 'the rebels said they had ...': a pronoun subject of a
        reported clause is the reporter."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = pronoun.head
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
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
                    return self.found.by_head.get(child.i)
        return None

    def _full_name(self, entity: Span) -> Span:
        """NER sometimes leaves a given name out ("vice-president Alexander [Medvedev]")."""
        doc = entity.doc
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
            start -= 1
        return doc[start : entity.end]


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
                org = self.kb.organisation(ent.text) if ent.label_ == "ORG" else None
                if org is not None and org.country not in ("", "IGO"):
                    return role, org.country
            return role, None
        return None, None

    def _role_mention(self, phrase: Span, head: Token, role, country, on: date | None, antecedents: Antecedents, base: dict) -> Mention | None:
        plural = head.tag_ in ("NNS", "NNPS")
        if role.office and not plural and on is not None:
            holder = None
            if country is not None:
                holder = self.kb.leader(country.iso3, on) if role.office == "leader" else _single(self.kb.office_holders(country.iso3, role.office, on))
            if holder is None and country is None:
                found = antecedents.person_with_office(role.office, before=phrase.start_char)
                if found:
                    return Mention(participants=[_with_span(found, phrase)], kind="role", **base)
            if holder is not None:
                return Mention(participants=[_person_participant(holder, on, phrase, role.sector)], kind="role", gender=holder.gender, **base)
        if country is not None:
            name = _descriptive_name(phrase)
            participant = Participant(name, country.iso3, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
            return Mention(participants=[participant], kind="role", gender=role.gender, **base)
        if _has_possessive_pronoun(phrase):
            return None  # "its peacekeepers": the owner is the clause's subject, not a new party
        # A bare plural ("elite paratroopers") brings in new people; a definite or owned
        # one ("the troops", "whose governments") points back at the parties last named together.
        pointing = _is_definite(phrase) or any(t.dep_ == "poss" for t in phrase)
        if _is_group_phrase(phrase) or (plural and pointing and role.sector in GROUP_SECTORS and not _has_named_modifier(phrase)):
            group = antecedents.group(before=phrase.start_char, size=group_size([t.lower_ for t in phrase]))
            if len(group) >= 2:
                members = [self._as_group_member(p, role, head, phrase) for p in group]
                return Mention(participants=members, kind="group", **base)
        if _is_definite(phrase):
            # "the official" after "an Interior Ministry official": the same description.
            earlier = antecedents.described(head.lemma_.lower(), before=phrase.start_char)
            if earlier is not None:
                return Mention(participants=[_with_span(earlier, phrase)], kind="role", **base)
            if not plural and role.office:
                found = antecedents.person_with_sector(role.sector, before=phrase.start_char)
                if found:
                    return Mention(participants=[_with_span(found, phrase)], kind="role", **base)
        # "military sources" after "the Israeli military": the same institution's country.
        same_sector = antecedents.country_with_sector(role.sector, before=phrase.start_char) if role.sector in INSTITUTION_SECTORS else None
        # The phrase's own modifier outranks any country read off the context.
        local = self._home if self._home not in self.back.visited_countries(phrase) else None
        home = _beyond_country(phrase) or same_sector or self.back.sentence_country(phrase) or local or "UNK"
        name = _clean_name(phrase.text)
        participant = Participant(name, home, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)
        return Mention(participants=[participant], kind="role", gender=role.gender, **base)

    def _modifier_role(self, phrase: Span, role: Role) -> Role:
        tokens = [t for t in phrase if t.i < phrase.root.i and t.dep_ not in ("det", "nummod", "punct")]
        for width in (2, 1):
            for i in range(len(tokens) - width + 1):
                found = self.kb.role(" ".join(t.lower_ for t in tokens[i : i + width]))
                if found is not None and found.sector:
                    return replace(role, sector=found.sector)
        return role

    def _of_owners(self, head: Token, role: Role, phrase: Span, on: date | None) -> list[Participant]:
        """Roles owned by named countries or organisations: 'the leaders of Azerbaijan,
        Armenia and Russia', 'the foreign ministers of the EU'."""
        owners: list[Participant] = []
        for child in head.children:
            # "officials from APEC members" belong to APEC as "officials of APEC" do.
            if child.dep_ != "prep" or child.lower_ not in ("of", "from"):
                continue
            if child.lower_ == "from" and _has_possessive_pronoun(phrase):
                continue  # "its ambassadors from Poland" are its own, posted there
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                for owner in [pobj, *pobj.conjuncts]:
                    found = self.kb.country(owner.text) or self.kb.country(_owner_text(owner))
                    org = self.kb.organisation(_owner_text(owner)) if found is None else None
                    if found is None and org is None:
                        # "the chairman of the African Union Commission Moussa Faki": the body
                        # named inside the phrase the parser glued to a name.
                        words = list(owner.subtree)
                        inside = owner.doc[words[0].i : words[-1].i + 1].ents
                        org = next((o for o in (self.kb.organisation(e.text) for e in inside if e.label_ == "ORG") if o is not None), None)
                    if found is None and org is None and owner.lemma_.lower() in mention_words().member_nouns:
                        # "APEC members", "EU member states": the body they are members of.
                        org = next((o for o in (self.kb.organisation(_owner_text(c)) for c in owner.children if c.dep_ == "compound") if o is not None), None)
                    if org is not None:
                        # "leaders of Hezbollah and Amal": each organisation's leaders
                        owners.append(Participant(f"{org.name} {role.noun}", org.country, role.sector or org.sector, "",
                                                  phrase.text, phrase.start_char, phrase.end_char))
                    elif found is not None:
                        holder = self.kb.leader(found.iso3, on) if role.office == "leader" and on else None
                        if holder is not None:
                            owners.append(_person_participant(holder, on, phrase, role.sector))
                        else:
                            owners.append(Participant(f"{found.name} {role.noun}", found.iso3, role.sector, "", phrase.text, phrase.start_char, phrase.end_char))
        return owners

    def _as_group_member(self, member: Participant, role, head: Token, phrase: Span) -> Participant:
        """'the two armies' after 'Azerbaijan and Armenia' -> each party's army."""
        if member.actor_id or (role.sector in ("", "GOV", "PTY") and member.sector in ("", "GOV")):
            return _with_span(member, phrase)
        country = self.kb.country_by_iso3(member.country)
        name = f"{country.name} {head.lemma_}" if country else member.name
        return Participant(name, member.country, role.sector, "", phrase.text, phrase.start_char, phrase.end_char)

    def _role_in(self, phrase: Span):
        """The longest role noun phrase ending at the head ('foreign minister' before 'minister')."""
        head = phrase.root
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
        if not named and not _is_source(head):
            return None
        for width in (3, 2, 1):
            for i in range(len(tokens) - width + 1):
                window = tokens[i : i + width]
                if any(t.ent_type_ == "PERSON" for t in window):
                    continue
                if not named and not all(t.dep_ == "compound" and t.pos_ == "NOUN" for t in window):
                    continue
                role = self.kb.role(" ".join(t.lower_ for t in window))
                if role is not None:
                    return role
        return None

    def _country_in(self, phrase: Span, exclude: Span | None):
        tokens = list(phrase)
        for width in (3, 2):  # "North Korean", "Sri Lankan", "Bosnian Serb" before "Korean"
            for i in range(len(tokens) - width + 1):
                words = tokens[i : i + width]
                if words[0].text[:1].isupper() and all(t.tag_ in ("NNP", "JJ", "NNPS") or t.ent_type_ == "NORP" for t in words):
                    found = self.kb.country_by_adjective(" ".join(t.text for t in words))
                    if found is not None:
                        return found
        for token in phrase:
            if exclude is not None and exclude.start <= token.i < exclude.end and exclude.label_ == "PERSON":
                continue
            if _against_or_for(token):
                continue  # "anti-Syrian groups" are not Syrian
            if token.ent_type_ == "NORP" or token.pos_ == "ADJ" or token.tag_ in ("NNP", "JJ"):
                found = self.kb.country_by_adjective(token.text)
                if found is not None:
                    return found
        for ent in phrase.ents:
            if ent.label_ in ("GPE", "NORP") and not _against_or_for(ent[0]):
                found = self.kb.country(ent.text) or self.kb.country_by_adjective(ent.text)
                if found is not None:
                    return found
        for token in phrase:
            # "a Kremlin spokesman", "White House officials": the seat stands for its country.
            if token.dep_ == "compound" and token.head.i == phrase.root.i and token.tag_ == "NNP":
                found = self.kb.country_by_seat(_owner_text(token))
                if found is not None:
                    return found
        return None


def _same_given_name(name: str, person: Person) -> bool:
    """A full name in the text must agree with the person's own names beyond the surname."""
    words = name.lower().replace("-", " ").split()
    if len(words) < 2:
        return True
    known = {w for alias in (person.name, *person.aliases) for w in alias.lower().replace("-", " ").split()}
    return all(word in known for word in words[:-1] if len(word) > 2 and not word.endswith("."))


def _person_participant(person: Person, on: date | None, phrase: Span, fallback_sector: str) -> Participant:
    offices = person.offices_on(on) if on else ()
    sector = offices[0].sector if offices else (fallback_sector or person.sector or (person.offices[-1].sector if person.offices else ""))
    country = offices[0].country if offices else person.country
    return Participant(person.name, country, sector, person.id, phrase.text, phrase.start_char, phrase.end_char)


def _with_span(participant: Participant, phrase: Span) -> Participant:
    return replace(participant, mention=phrase.text, start=phrase.start_char, end=phrase.end_char)


def _single(people: list[Person]) -> Person | None:
    return people[0] if len(people) == 1 else None


def _against_or_for(token: Token) -> bool:
    doc = token.doc
    if token.lower_.startswith(("anti", "pro-")):
        return True
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")


def _owner_text(token: Token) -> str:
    """The name a token heads: 'the United States' from its compound children."""
    words = [t for t in token.subtree if t.dep_ in ("compound", "amod") or t.i == token.i]
    return " ".join(t.text for t in words)


def _descriptive_name(phrase: Span) -> str:
    """'about 2,000 Russian troops' -> 'Russian troops': the description without counts or articles."""
    skip = {"det", "nummod", "quantmod", "predet", "advmod", "poss", "case"}
    kept = [t for t in phrase if (t.dep_ not in skip and not (t.dep_ == "punct" and t.text != "-")) or t.i == phrase.root.i]
    return "".join(t.text_with_ws for t in kept).strip() or phrase.text


def _is_definite(phrase: Span) -> bool:
    return any(t.dep_ == "det" and t.lower_ in DEFINITE for t in phrase)


def _beyond_country(phrase: Span) -> str:
    """"IGO" for a body its modifier makes supranational ("an international tribunal"),
    "UNK" for a camp of unnamed countries ("Western governments"), else ""."""
    words = mention_words()
    for token in phrase:
        if token.i >= phrase.root.i or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        if token.lower_ in words.supranational_modifiers:
            return "IGO"
        if token.lower_ in words.unplaced_bloc_modifiers:
            return "UNK"
    return ""


def _has_possessive_pronoun(phrase: Span) -> bool:
    return any(t.dep_ == "poss" and t.pos_ == "PRON" for t in phrase)


def _has_named_modifier(phrase: Span) -> bool:
    """'Security Council members', 'Hamas fighters': the name, not the context, says who."""
    return any(t.ent_type_ and t.i != phrase.root.i for t in phrase)


def _is_source(head: Token) -> bool:
    """A phrase that reports: "according to X", or the subject of a reporting verb."""
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in REPORTING_VERBS


def _is_group_phrase(phrase: Span) -> bool:
    words = {t.lower_ for t in phrase}
    return bool(words & {"both", "two", "three", "sides", "parties"})


def _clean_name(text: str) -> str:
    text = text.strip()
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    text = text.removesuffix("'s")
    return text.strip()


def _entity_in(phrase: Span) -> Span | None:
    """The entity that names the phrase: the one containing the head, else a person or
    organisation modifying it ('Security Council members')."""
    head = phrase.root
    best = None
    if head.ent_type_ in ACTOR_LABELS and not any(ent.start <= head.i < ent.end for ent in phrase.ents):
        # An entity that runs past the phrase ("The World Health Organization (WHO"): the
        # one the head is in.
        return next((ent for ent in phrase.doc.ents if ent.start <= head.i < ent.end), None)
    for ent in phrase.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if ent.start <= head.i < ent.end:
            return ent
        if ent.root.dep_ == "poss":
            continue  # "Saddam's eldest son": the possessor is not the one meant
        if ent.label_ in ("PERSON", "ORG"):
            best = ent
    return best


def _candidate_phrases(doc: Doc) -> list[Span]:
    """Noun phrases that may name actors: entity-headed phrases, role nouns, pronouns."""
    phrases: dict[int, Span] = {}
    for token in doc:
        # The tagger sometimes calls a name an adjective ("USAID had announced").
        mistagged_name = token.ent_type_ in ("ORG", "GPE", "PERSON") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        if token.pos_ not in ("PROPN", "NOUN", "PRON") and not is_bare_number_group(token) and not mistagged_name:
            continue
        if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("PROPN", "NOUN") and token.head.i > token.i and not is_coordinated_compass(token):
            continue  # part of a larger phrase headed further right
        if token.dep_ == "flat" or not any(ch.isalnum() for ch in token.text):
            continue  # the tagger calls the hyphen of "al-Maliki" a proper noun
        left = token.left_edge.i
        # Keep only the left part and the head: "Russian Foreign Minister Sergei Lavrov".
        start = left
        while start < token.i and doc[start].dep_ in ("det", "predet", "punct", "cc") and doc[start].lower_ not in GROUP_DETERMINERS:
            start += 1
        # Do not swallow a preceding conjunct or clause.
        for i in range(token.i - 1, start - 1, -1):
            hyphen = doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_
            if doc[i].dep_ in ("conj", "cc", "punct", "appos", "relcl", "acl") and doc[i].head.i != token.i and not hyphen:
                start = i + 1
                break
        phrases[token.i] = doc[start : token.i + 1]
    return [phrases[i] for i in sorted(phrases)]


def _is_place(name: str) -> bool:
    from eventwire.places.gazetteer import Gazetteer

    entry = Gazetteer.load().lookup(name)
    return entry is not None and entry.country not in ("", "UNK")
