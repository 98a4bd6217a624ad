"""The mention index of one article: for any token, the participants the phrase it
heads names, with coordination, owners, modifiers and members read around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.actors.backrefs import combined_country, mention_words, owner_text
from eventwire.actors.coref import Antecedents
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.phrases import against_or_for, is_place
from eventwire.models import Participant

# Heads that stand for a place rather than an actor of their own ("the territories of X").
PLACE_HEADS = {"territory", "region", "area", "city", "town", "village", "province", "capital", "country", "state", "land"}
# Heads that only count what follows "of": "hundreds of Palestinians", "a group of soldiers".
QUANTITY_HEADS = {"hundred", "thousand", "dozen", "score", "million", "number", "group", "handful", "some", "many", "most", "all", "several", "dozens", "hundreds", "thousands"}
# "countries including A and B": prepositions that list a group's named members ("such as" too).
MEMBER_PREPS = {"including"}


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
                # "US-Chinese talks": an adjective names its own country before the name it hangs on
                adjective = self.named_modifier(conjunct) if conjunct.pos_ == "ADJ" and conjunct.dep_ == "amod" and mention is None else []
                found = mention.participants if mention else (adjective or self._modifiers(conjunct) or self._participle_name(conjunct) or self._held_site(conjunct))
            found = found + self._elided_compass_parties(conjunct)
            for participant in found:
                if not any(same_actor(participant, p) for p in participants):
                    participants.append(participant)
        return participants

    def _participle_name(self, token: Token) -> list[Participant]:
        """"Saudi" in "a Saudi-led strike": a name a participle hangs on."""
        if token.dep_ == "npadvmod" and token.head.tag_ == "VBN":
            return self.named_modifier(token)
        return []

    def _held_site(self, token: Token) -> list[Participant]:
        """"rebel positions", "a police checkpoint": a site an armed or ruling role noun
        modifies stands for that body."""
        return self.doer_roles(token) if token.lemma_.lower() in mention_words().held_sites else []

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
        """The members of a group: "several countries, including Australia and Canada",
        "states such as Iran and Syria", "30 people, including 16 policemen" (not "Eleven
        Japanese, including two children": a part a group named by its people says less of)."""
        found: list[Participant] = []
        for child in token.children:
            if child.dep_ != "prep" or not (child.lower_ in MEMBER_PREPS or (child.lower_ == "as" and any(c.lower_ == "such" for c in child.children))):
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or not token.ent_type_):
                    found.extend(self.resolve(pobj))
        return found

    def owners(self, token: Token) -> list[Participant]:
        """Who a thing or act belongs to, when the head itself names nobody: "Israeli
        shelling", "a US proposal", "Israel's offensive", "demands by the United States"
        (not a go-between: "a ceasefire brokered by the US" is the parties').
        The event coder asks this of arguments that are acts or proposals, not actors."""
        found: list[Participant] = []
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ == "whose":
                # "Hamas, whose attack on Israel ...": the owner is what the relative clause describes.
                found.extend(self._relative_antecedent(child))
            elif child.i < token.i and child.dep_ in ("poss", "amod", "compound", "nmod"):
                parts = [child, *child.conjuncts] if child.dep_ in ("poss", "nmod") else [child]
                # "the general's US-backed coup": with an owner named, the backer is no other owner
                backed = child.dep_ == "amod" and child.lower_ in mention_words().backing_participles
                if backed and any(c.dep_ == "poss" for c in token.children):
                    continue
                for part in parts:
                    found.extend(self._modifier_parties(part) or self._participle_owner(part) or self._inner_modifier(part))
            elif child.dep_ in ("prep", "agent") and (child.lower_ == "by" or (child.lower_ == "from" and token.lemma_.lower() in mention_words().sent_nouns)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.resolve(pobj))
            elif child.i > token.i and ((child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in mention_words().mediating_participles)
                                        or child.lemma_.lower() in mention_words().stake_adjectives):
                # "a plan backed by the US", "a deal important to France": whose the thing is.
                preps = {"by"} if child.dep_ == "acl" else {"to", "for"}
                for grand in child.children:
                    if grand.dep_ in ("prep", "agent") and grand.lower_ in preps:
                        found.extend(p for pobj in grand.children if pobj.dep_ == "pobj" for p in self.resolve(pobj))
        found.extend(self._stranded_by_owner(token))
        out: list[Participant] = []
        for participant in found:
            if not any(same_actor(participant, p) for p in out):
                out.append(participant)
        return out

    def _stranded_by_owner(self, token: Token) -> list[Participant]:
        """"opposed the proposal by Pakistan": the parser hangs the object's "by" on an
        active verb, which takes no agent; right after the object, it names the owner."""
        verb = token.head
        if token.dep_ != "dobj" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return []
        return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i == token.right_edge.i + 1
                for pobj in prep.children if pobj.dep_ == "pobj" for p in self.resolve(pobj)]

    def _inner_modifier(self, part: Token) -> list[Participant]:
        """"US drone strikes": the name on a plain noun that itself modifies the act."""
        if part.dep_ != "compound" or part.lemma_.lower() not in mention_words().delivery_means:
            return []
        return [p for child in part.children if child.dep_ in ("compound", "amod") and child.i < part.i
                for p in self._modifier_parties(child)]

    def doer_roles(self, act: Token) -> list[Participant]:
        """"police gunfire", "government air strikes": armed or ruling roles in front of an act or means."""
        return [p for t in act.children if t.dep_ in ("compound", "amod") and t.i < act.i for p in self.doer_role(t)]

    def doer_role(self, modifier: Token) -> list[Participant]:
        """"police gunfire", "a rebel attack": the armed or ruling role a plain modifier names."""
        role = self.kb.role(modifier.lemma_) if modifier.pos_ in ("NOUN", "ADJ") else None
        if role is None or role.sector not in mention_words().doer_role_sectors or against_or_for(modifier):
            return []
        if modifier.pos_ == "ADJ" and role.sector == "GOV":
            return []  # "an official visit" is a formal one, not an official's
        return [Participant(modifier.text, "UNK", role.sector, "", modifier.text, modifier.idx, modifier.idx + len(modifier.text))]

    def _participle_owner(self, participle: Token) -> list[Participant]:
        """"the US-proposed plan", "a Saudi-backed force": the name the participle hangs on."""
        if participle.tag_ != "VBN":
            return []
        for child in participle.children:
            if child.i < participle.i and child.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                return self._modifier_parties(child)
        return []

    def _modifier_parties(self, modifier: Token) -> list[Participant]:
        """Whom a modifier names: its own mention when it heads one, else the name it is."""
        mention = self.by_head.get(modifier.i)
        return mention.participants if mention else self.named_modifier(modifier)

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
        if against_or_for(token):
            return []  # "anti-Syrian" names the opponents of Syria
        combined = combined_country(self.kb, token)
        if combined is not None:
            return [Participant(combined.name, combined.iso3, "", "", token.text, token.idx, token.idx + len(token.text))]
        text = owner_text(token)
        start = min(t.idx for t in token.subtree if t.dep_ in ("compound", "amod") or t.i == token.i)
        country = self.kb.country(text) or self.kb.country_by_adjective(text) or self.kb.country_by_adjective(token.text) or self.kb.country(token.text)
        if country is not None:
            return [Participant(country.name, country.iso3, "", "", text, start, token.idx + len(token.text))]
        seat = self.kb.country_by_seat(text) if not is_place(text) else None
        if seat is not None:
            # "the White House attack on ...": the government seated there ("the Moscow
            # talks" name a city, where they were held).
            return [Participant(text, seat.iso3, "GOV", "", text, start, token.idx + len(token.text))]
        org = self.kb.organisation(text, self.on) or self.kb.organisation(token.text, self.on)
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


def same_actor(a: Participant, b: Participant) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    return a.name.lower() == b.name.lower() and a.country == b.country
