"""The event coder: triggers from the lexicon, arguments from the parse, actors from
the mention index, then PLOVER type, mode, CAMEO code, status, date and place.

Every event says why it was coded (`why`) so an analyst can audit it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.actors.backrefs import mention_words
from eventwire.actors.mention_index import MentionIndex
from eventwire.actors.phrases import REPORTING_VERBS
from eventwire.events import arguments as args_mod
from eventwire.events.classifier import EventTypeClassifier
from eventwire.events.counterparts import (
    HOSTILE_TYPES,
    fill_actors,
    fill_recipients,
    fill_third_party_recipients,
    is_unplaced,
    place_unplaced_sides,
)
from eventwire.events.dating import Dater
from eventwire.events.deployment import (
    DEPLOYMENT_TYPES,
    helped_side,
    peacekeeping_destination,
    peacekeeping_words,
    relief_forces,
)
from eventwire.events.fallback import classified_event, sentence_evidence
from eventwire.events.joint import joint_clause_event, joint_cooperation
from eventwire.events.lexicon import Lexicon, Trigger
from eventwire.events.location import clause_location
from eventwire.events.matching import (
    TriggerMatch,
    TriggerMatcher,
    lemma_in,
    noun_keys,
)
from eventwire.events.merge import CONTEXT_PARTIES
from eventwire.events.nonevents import tells_no_act
from eventwire.events.ontology import Ontology
from eventwire.events.participants import (
    address_promises,
    address_requests,
    concerned_parties,
    first_place,
    first_resolving,
    merge_parties,
    participants_of,
    resolve_all,
    same_party,
)
from eventwire.events.recipients import verb_arguments
from eventwire.events.status import (
    StatusDecision,
    decide_status,
    has_condition,
    is_commitment,
    is_condition,
    refusing_word,
    status_cues,
    undone_by_past_date,
    willingness_cue,
)
from eventwire.events.targets import scene_party
from eventwire.models import Event, Participant, Place, Timex
from eventwire.nlp.lemmas import repair_verb_lemmas
from eventwire.nlp.syntax import agent_of, object_of, passive_subject_of


class EventCoder:
    def __init__(self, lexicon: Lexicon | None = None, ontology: Ontology | None = None,
                 classifier: EventTypeClassifier | None = None) -> None:
        self.lexicon = lexicon or Lexicon.load()
        self.ontology = ontology or Ontology.load()
        self.classifier = classifier or EventTypeClassifier.load()
        self._probabilities: dict[tuple[str, int], dict[str, float]] = {}
        self._keeping: tuple[str, ...] | None = None
        self._lexicon_verbs = frozenset(self.lexicon.verb_lemmas())
        self.matcher = TriggerMatcher(self.lexicon)
        self._ruled_out = False  # whether the sentence being coded had a trigger ruled out on purpose

    def _type_probabilities(self, sentence: Span, trigger: Token) -> dict[str, float]:
        key = (sentence.text, trigger.i - sentence.start)  # the words, not the offsets: one coder codes many articles
        if key not in self._probabilities:
            if len(self._probabilities) > 4096:
                self._probabilities.clear()
            self._probabilities[key] = self.classifier.predict([sentence.text], triggers=[trigger.text])[0]
        return self._probabilities[key]

    def code(self, mentions: MentionIndex, timexes: list[Timex], places: list[Place], doc_id: str) -> list[Event]:
        doc = mentions.doc
        repair_verb_lemmas(doc, self._lexicon_verbs)  # "staged" is no "stag", "fined" no "fin"
        dater = Dater(timexes, mentions.on, doc.text)
        events: list[Event] = []
        sentences = list(doc.sents)
        readings: list[dict[str, float]] = []  # the classifier's, of every sentence, once one is needed
        for number, sentence in enumerate(sentences):
            consumed: set[int] = set()
            before = len(events)
            coded: list[tuple[Event, Token]] = []
            self._ruled_out = self.matcher.rules_out(sentence)
            for match in self.matcher.find(sentence):
                if match.token.i in consumed:
                    continue
                event = self._event(match, sentence, mentions, dater, places, consumed)
                if event is not None and not event.actors and _is_agentless_passive(match):
                    _actor_from_context(event, events, doc.text)
                if event is not None and not event.recipients and match.entry.pos == "VERB":
                    self._recipient_from_reported_event(event, match.token, events)
                if event is not None and (event.actors or event.recipients):
                    event.id = f"{doc_id}#e{len(events) + 1}"
                    events.append(event)
                    coded.append((event, match.token))
            address_requests(coded)
            address_promises(coded)
            if len(events) == before and not self._ruled_out:
                # (a sentence whose trigger was ruled out on purpose is not guessed at)
                guessed = joint_clause_event(sentence, mentions, dater, self.ontology)
                if guessed is None:
                    readings = readings or self.classifier.predict([s.text for s in sentences])
                    guessed = classified_event(readings[number], sentence, mentions, dater, self.ontology, self._lexicon_verbs)
                if guessed is not None:
                    guessed.id = f"{doc_id}#e{len(events) + 1}"
                    events.append(guessed)
        fill_recipients(events, DIRECTED_TYPES)
        fill_third_party_recipients(events, APPEAL_TYPES)
        fill_actors(events, UNSAID_DOER_TYPES, mentions.kb)
        place_unplaced_sides(events, HOSTILE_TYPES, mentions.kb)  # the user's overlay too
        return events

    def _only_carries(self, verb: Token) -> bool:
        """Whether a verb only carries the act its object names: a verb the lexicon does not
        know, or a verb of means whose object is no act of its own ("used tear gas", not
        "used force")."""
        lemma = verb.lemma_.lower()
        if lemma not in self._lexicon_verbs:
            return True
        return lemma in args_mod.ArgumentRoles.load().instrument_verbs and self.matcher.verb_match(verb) is None

    def _recipient_from_reported_event(self, event: Event, verb: Token, earlier: list[Event]) -> None:
        """"X condemned the attack": the recipient is whoever carried out the attack the
        report led with."""
        obj = object_of(verb)
        if obj is None:
            return
        reported = {entry.type for key in noun_keys(obj) for entry in self.lexicon.noun_entries(key)}
        if not reported or event.type in reported:
            return  # "is providing assistance": the noun is this event's own act, not one reacted to
        # News leads with its main happening: "the attack" the report reacts to is the first
        # one it told of, not a background one mentioned since; "that demand" is the last.
        pointing = any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in obj.children)
        candidates = [e for e in earlier if e.type in reported and e.status == "asserted"]
        previous = (candidates[-1] if pointing else candidates[0]) if candidates else None
        if previous is None:
            return
        actors = {(a.name, a.country) for a in event.actors}
        others = [a for a in previous.actors if (a.name, a.country) not in actors]
        # "Gazprom has since reduced that demand": one's own act falls on whom it fell on
        own = not others and bool(previous.actors)
        event.recipients = [replace(a, start=-1, end=-1, mention="") for a in (previous.recipients if own else others)]
        if event.recipients:
            event.why += f"; recipient: {'whom' if own else 'the doers of'} the {obj.text} {'was aimed at' if own else 'the report told of'}"

    def _condition_doers(self, trigger: Token, mentions: MentionIndex, besides: list[Participant]) -> list[Participant]:
        """Who must act for a refused or threatened act's condition to hold: the subject (or
        doer) of a conditional clause on the trigger, its verb or the act it announces
        ("threatened to close the strait if the United States attacked"), other than ``besides``.
        In a clause of "until" a pronoun is most often the doer's own side ("vowed to fight
        until they take the capital")."""
        announced = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
        for verb in (trigger, trigger.head, *announced):
            # (a trigger inside the condition, "if its integrity were threatened", sets none)
            for clause in (c for c in verb.children if is_condition(c) and not c.is_ancestor(trigger) and c != trigger):
                doer = agent_of(clause) or args_mod.subject_of(clause)
                if doer is not None and doer.pos_ == "PRON" and not is_condition(clause, pending=False):
                    continue
                found = participants_of(mentions, doer) if doer is not None else []
                if found:
                    return [p for p in found if not any(same_party(p, b) for b in besides)]
        for clause in announced:
            # "warned that any NATO attack would be met with force": whoever would do the
            # act that clause holds out as its condition
            free = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and any(d.dep_ == "det" and d.lower_ in status_cues().free_choice_determiners for d in c.children)]
            found = [p for t in free for p in participants_of(mentions, t)]
            if found:
                return [p for p in found if not any(same_party(p, b) for b in besides)]
        return []

    def _peacekeeping_words(self) -> tuple[str, ...]:
        if self._keeping is None:
            self._keeping = peacekeeping_words(self.lexicon)
        return self._keeping

    def _refuses(self, governor: str) -> bool:
        """A governing verb that is a REJECT trigger whatever follows it ("refuse")."""
        return any(e.type == "REJECT" and not (e.object or e.prep or e.particle) for e in self.lexicon.verb_entries(governor))

    def _instrument_owners(self, verb: Token, mentions: MentionIndex, consumed: set[int]) -> list[Participant]:
        """"were killed in an Israeli air strike", "wounded by police gunfire": the doers of the
        act, or the wielders of the means, that did it."""
        # "X was killed and Y wounded in an air strike": the phrase may hang on either participle.
        shared = [verb, *(c for c in verb.conjuncts if c.tag_ == "VBN"), *_gapped_participles(verb)]
        means = args_mod.ArgumentRoles.load().means_nouns
        for _, pobj in (pair for v in shared for pair in args_mod.prep_objects(v, INSTRUMENT_PREPS)):
            # (a rally or a meeting it happened during did no harm: "killed during opposition rallies")
            if ((told := self.matcher.noun_match(pobj)) is not None and told.entry.type in UNSAID_DOER_TYPES) or lemma_in(pobj, means):
                found = self._wielders(pobj, mentions)
                if found:
                    consumed.add(pobj.i)
                    return [replace(p, start=-1, end=-1, mention="") for p in found]
        # "five soldiers were killed when rebels ambushed their convoy": the doers of the
        # hostile act the clause tells
        for clause in (c for v in shared for c in v.children if c.dep_ == "advcl"):
            told = self.matcher.verb_match(clause)
            subject = args_mod.subject_of(clause)
            if told is not None and told.entry.type in UNSAID_DOER_TYPES and subject is not None and passive_subject_of(clause) is None:
                found = resolve_all(mentions, [subject])
                if found:
                    return [replace(p, start=-1, end=-1, mention="") for p in found]
        return []

    def _wielders(self, means: Token, mentions: MentionIndex) -> list[Participant]:
        """Whose an act or a means of harm is: its owner ("police gunfire", "Israel's strike"),
        else whoever or whatever act it came from ("fire from Israeli tanks", "shrapnel from a
        coalition air strike")."""
        found = mentions.owners(means) or mentions.doer_roles(means)
        for _, source in ([] if found else args_mod.prep_objects(means, {"from"})):
            found = resolve_all(mentions, [source]) or (self._wielders(source, mentions) if self.matcher.noun_match(source) is not None else [])
            if found:
                break
        return found

    def _subjects_side(self, match: TriggerMatch, actors: list[Participant], recipients: list[Participant],
                       mentions: MentionIndex) -> tuple[list[Participant], list[Participant]]:
        """A reciprocal act one side offers or refuses: the side its subject names does it,
        to the others (unchanged when the subject names no one side of several)."""
        subject = args_mod.subject_of(match.token) if len(actors) > 1 else None
        own = resolve_all(mentions, [subject]) if subject is not None else []
        if not own:
            return actors, recipients
        others = [a for a in actors if not any(same_party(a, o) for o in own)]
        return [a for a in actors if any(same_party(a, o) for o in own)], merge_parties(recipients, others)

    def _done_together(self, entry: Trigger, match: TriggerMatch) -> bool:
        """A cooperative reciprocal entry's object is what the parties do together ("shared
        intelligence", "held exercises"), no party to it; a guest received is one."""
        return (entry.reciprocal and bool(entry.object) and match.object_token is not None and self.ontology.quad(entry.type) in (1, 2)
                and entry.type not in args_mod.ArgumentRoles.load().guest_types)

    def _reassign_verb_parties(self, match: TriggerMatch, found: args_mod.Arguments) -> Token | None:
        """Parties the plain reading of a verb's clause gets wrong; returns the sponsor of a
        measure whose relative clause tells the act, if there is one."""
        entry, obj = match.entry, match.object_token
        # "called the US sanctions illegal": a judged object is nobody's own act
        own_act = (obj is not None and not entry.complement and match.token.lemma_.lower() in args_mod.OWN_ACT_VERBS
                   and entry.type not in args_mod.ArgumentRoles.load().gathering_types and self.matcher.noun_match(obj) is not None)
        # "sent a group of experts": the trigger's object may be the "of" of a count
        direct = obj
        if obj is not None and obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.dep_ == "dobj":
            direct = obj.head.head
        if direct is not None and direct.dep_ == "dobj" and ((entry.type in GIVING_TYPES and "to" in entry.recipient_from) or own_act):
            # "delivered Patriot systems to Ukraine", "imposed its sanctions on Iran": what is
            # given, or the doer's own act, is nobody's share of the act; whom it goes to is.
            # (A gathering's owner is a party: "attends a Cabinet meeting".)
            # ("sent teams of CIA operatives into Libya": the teams' "of" is the goods too)
            goods = {direct.i, *(pobj.i for _, pobj in args_mod.prep_objects(direct, {"of"}) if not own_act)}
            found.recipients = [t for t in found.recipients if t.i not in goods]
        if own_act and obj is not None:
            # "a truce ended Israel's offensive": the act's owner does what is done to it
            found.actors += [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        proposer = args_mod.measure_proposer(match.token)
        if proposer is not None:
            found.actors = [proposer]  # "introduced a bill that would sanction X": the bill's sponsors
        if entry.converse:
            # "Hezbollah received rockets from Iran": the giver acts, the receiver receives
            heads = [match.token, *([obj] if obj is not None else [])]
            found.recipients = found.actors
            found.actors = [pobj for head in heads for _, pobj in args_mod.prep_objects(head, {"from"})][:1]
        return proposer

    def _weapon_used(self, verb: Token, obj: Token | None) -> tuple[Token, TriggerMatch] | None:
        """The weapon an act was done with, when the lexicon reads it as force: "dispersed
        the protesters with tear gas", "broke up the rally using water cannon", "used tear
        gas to disperse the crowd" (the parser may hang "with" and "using" on the object)."""
        instrument_verbs = args_mod.ArgumentRoles.load().instrument_verbs
        holders = [verb, *([obj] if obj is not None else [])]
        nouns = [pobj for holder in holders for _, pobj in args_mod.prep_objects(holder, {"with"})]
        nouns += [o for holder in holders for c in holder.children
                  if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in instrument_verbs for o in c.children if o.dep_ == "dobj"]
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in instrument_verbs:
            nouns += [o for o in verb.head.children if o.dep_ == "dobj"]
        # ("live rounds, tear gas and stun grenades": a list the parser nests is one subtree)
        for noun in (t for found in nouns for t in found.subtree if t.pos_ in ("NOUN", "PROPN")):
            weapon = self.matcher.noun_match(noun)
            if weapon is not None and weapon.entry.type == "ASSAULT":
                return noun, weapon
        return None

    def _vows_harm(self, verb: Token) -> bool:
        """Whether what a vow binds its maker to ("vowed to crush the rebels", "vowed to
        impose sanctions") is harm: an act of a hostile type, or no act at all when the
        vow has no clause ("vowed revenge" is matched by its object)."""
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
        if not acts:
            return True
        # "vowed to keep fighting", "vowed it would try all means to wipe out the rebels"
        words = [t for act in acts for t in act.subtree]
        found = [self.matcher.verb_match(t) if t.pos_ == "VERB" else self.matcher.noun_match(t) for t in words if t.pos_ in ("VERB", "NOUN")]
        # ("vowed to keep up its strikes": a word that may be harm counts as harm)
        return any(m is not None and not THREAT_COMPLEMENT_TYPES.isdisjoint((m.entry.type, *m.entry.alt_types)) for m in found)

    # -- events ------------------------------------------------------------------

    def _event(self, match: TriggerMatch, sentence: Span, mentions: MentionIndex, dater: Dater,
               places: list[Place], consumed: set[int]) -> Event | None:
        entry = match.entry
        proposer: Token | None = None
        if entry.type in STANDING_RELATION_TYPES and _is_reduced_passive(match.token) and not _names_the_doing(match):
            return None  # "troops backed by tanks", "a hospital supported by the ICRC": a description
        if _a_standing_state(match.token):
            return None  # "while the United States and China recognize South Korea": how things stand
        if entry.pos == "NOUN" and match.token.dep_ == "compound" and mentions.kb.role(match.token.head.lemma_) is not None:
            return None  # "the UN aid chief", "three aid workers", "a peace envoy": part of a title
        if entry.pos == "NOUN" and match.token.dep_ == "compound" and match.token.head.lemma_.lower() in args_mod.ArgumentRoles.load().statistic_nouns:
            return None  # "the company's occupation rate": a figure
        if tells_no_act(match, self.matcher):
            self._ruled_out = True
            return None  # "the quake struck at 1:24 p.m.", "108,000 fowls had been killed"
        recipient_preps = set(entry.recipient_from) if entry.recipient_from else None
        if entry.pos == "VERB":
            found = verb_arguments(match.token, match.object_token, recipient_preps, entry.type, entry.mode)
            if entry.object and entry.recipient_from and not entry.object_via and match.object_token is not None:
                # "fired heavy artillery at targets", "handed over the suspects to X": what the
                # entry names is the means or the thing passed, whom it reaches a preposition says
                found.recipients = [t for t in found.recipients if t != match.object_token]
            passive = passive_subject_of(match.token)
            if passive is not None and passive == match.object_token and self.matcher.noun_match(passive) is not None:
                # "sanctions imposed on Caracas": the act's own word is on nobody's receiving end
                found.recipients = [t for t in found.recipients if t != passive]
                if not found.actors and not found.between:
                    # "Russian-Ukrainian talks were held": with no agent the act's word says whose it is
                    own = args_mod.noun_arguments(passive, recipient_preps, entry.type, entry.mode)
                    found.actors, found.between = own.actors, own.between
            if entry.complement and match.object_token is not None and match.object_token not in found.recipients:
                found.recipients.insert(0, match.object_token)  # "holds [Russia responsible]"
            proposer = self._reassign_verb_parties(match, found)
        else:
            found = args_mod.noun_arguments(match.token, recipient_preps, entry.type, entry.mode)
            if match.object_token is not None:
                # what the noun acts on ("attack on the impeachment proceedings") is no event of its own
                found.consumed.update(t.i for t in match.object_token.subtree if t.dep_ in ("compound", "amod") or t.i == match.object_token.i)
        topic_of = match.object_token if entry.pos == "VERB" else match.token
        if entry.reciprocal and entry.type in PARLEY_TYPES and topic_of is not None:
            # "reached a deal on the Irish border", "talks on Syria": what a deal or talks are
            # on is their topic, not a party to them
            topics = {pobj.i for _, pobj in args_mod.prep_objects(topic_of, RECIPROCAL_TOPIC_PREPS)}
            found.recipients = [t for t in found.recipients if t.i not in topics]
        if self._done_together(entry, match):
            # "joined forces with Germany": the forces joined cannot stand for the other side
            found.recipients = [t for t in found.recipients if t != match.object_token]
        if match.commander is not None:
            # "the government ordered the newspaper to suspend publication", "France sent
            # experts to investigate": whoever gave the order (sent them) does the act; it falls
            # on the act's own target, else on whoever was ordered (where they were sent).
            order = verb_arguments(match.commander, None, None, "REQUEST")
            if order.actors:
                found.recipients = [*found.recipients, *order.recipients, *(t for t in found.actors if t not in order.actors)]
                found.actors = order.actors
            consumed.add(match.commander.i)
        consumed.update(found.consumed)
        if entry.type in EASING_TYPES and match.object_token is not None:
            # "gave Ankara a waiver on the sanctions": what a concession eases is no act now
            # ("declared an end to two decades of hostility": the whole phrase eased)
            consumed.update(t.i for _, pobj in args_mod.prep_objects(match.object_token, {"on", "from", "of", "to"}) for t in pobj.subtree)
        if entry.pos == "VERB" and entry.type == "CONSULT":
            # What people discuss is a topic, not a second event ("discussed a peace agreement").
            topic = object_of(match.token)
            if topic is not None:
                consumed.add(topic.i)
        # An act that is the doer or the means of the verb's act is the same happening
        # ("Israeli shelling killed three", "were killed in an air strike"): one event.
        consumed.update(t.i for t in found.actors if t.pos_ == "NOUN" and self.matcher.noun_match(t) is not None)
        named = object_of(match.token) if entry.pos == "VERB" and match.object_token is None else None
        if named is not None and (told := self.matcher.noun_match(named)) is not None and told.entry.type == entry.type:
            consumed.add(named.i)  # "waged war on Ukraine": the war is the waging
            # ("fought the War of the Pacific against Peru": the war is no side of itself)
            found.actors = [t for t in found.actors if t.i != named.i]
            found.recipients = [t for t in found.recipients if t.i != named.i]
        actors = resolve_all(mentions, found.actors)
        if entry.pos == "NOUN" and actors:
            actors += _unplaced_peoples(found.actors, mentions)  # "the Arab-Israeli conflict": Arabs are a side
        if not actors:
            # "Al-Qaida claimed the bombings on three hotels, which killed 57 people": an act
            # of harm that did it was done by whoever did that act
            acts = [(t, told) for t in found.actors if (told := self.matcher.noun_match(t)) is not None and told.entry.type in UNSAID_DOER_TYPES]
            actors = next((doers for t, told in acts
                           for doers in [resolve_all(mentions, args_mod.noun_arguments(t, None, told.entry.type, told.entry.mode).actors)] if doers), [])
        gapped = _gapped_participles(match.token) if entry.pos == "VERB" else []
        if not actors and gapped:
            actors = resolve_all(mentions, [agent for p in gapped if (agent := agent_of(p)) is not None])
        consumed.update(p.i for p in gapped if (told := self.matcher.verb_match(p)) is not None and told.entry.type == entry.type)
        if not actors and entry.pos == "VERB" and passive_subject_of(match.token) is not None:
            # (an agent that names nobody may be the means: "killed by police gunfire")
            actors = self._instrument_owners(match.token, mentions, consumed)
        recipients = first_resolving(mentions, found.recipients, besides=actors)
        if entry.reciprocal and _only_where_they_are(recipients, actors, found.recipients):
            recipients = []
        if not recipients and not entry.reciprocal:
            # "support to the negotiations among Sudanese stakeholders": an act aimed at
            # another act is aimed at the parties it names between or among them
            recipients = next((parties for t in found.recipients if self.matcher.noun_match(t) is not None
                               for parties in [resolve_all(mentions, args_mod.between_parties(t))] if parties), [])
        if not recipients and entry.type in OWNED_TOPIC_TYPES:
            # "an investigation into Israel's killing of X": whoever did the act looked into
            recipients = next((owners for t in found.recipients if self.matcher.noun_match(t) is not None
                               for owners in [mentions.owners(t)] if owners), [])
            recipients = [replace(p, start=-1, end=-1, mention="") for p in recipients]
        if not recipients and (entry.mode == "investigate" or entry.type in EASING_TYPES):
            # "an investigation into the business dealings of Kempinski", "reduced tariffs on
            # $120 billion of China's exports": a matter looked into or eased concerns whom it is "of"
            recipients = concerned_parties(mentions, found.recipients, besides=actors)
        if not recipients:
            # A place of the doer's own country says nothing about whom the act is aimed at.
            recipients = first_place(found.recipients, places, frozenset(a.country for a in actors))
        if not recipients and entry.pos == "NOUN" and not entry.reciprocal:
            # "the Israel Gaza withdrawal", "the Baghdad bombing": a place naming a one-sided act
            # is where it was aimed (not the parties of talks held there).
            named_places = [t for t in found.actors if t.dep_ == "compound" and t.head.i == match.token.i]
            recipients = first_place(named_places, places, frozenset(a.country for a in actors))
        if not recipients and entry.pos == "VERB" and not entry.reciprocal:
            # "Reagan, in a meeting with Mulroney, agreed to ...", "pledged during talks with
            # X": an act done in a gathering with someone is done toward them
            # (the parser may hang the phrase on the subject: "Merkel, during talks with X, agreed")
            partners = [pobj for head in (match.token, *found.actors) for _, gathering in args_mod.prep_objects(head, {"in", "during", "at"})
                        if gathering.lemma_.lower() in mention_words().gathering_nouns
                        for _, pobj in args_mod.prep_objects(gathering, {"with"})]
            recipients = [p for p in resolve_all(mentions, partners) if not any(same_party(p, a) for a in actors)]
        if actors and entry.type in SCENE_TYPES and not entry.reciprocal:
            own = frozenset(a.country for a in actors)
            scene = scene_party(match.token, places, own | {"IGO"})
            if not recipients:
                recipients = [scene] if scene is not None else []
            elif scene is not None and not any(is_unplaced(a, mentions.kb) for a in actors):
                # "Russia's strikes on Kyiv killed 12 people": victims the report placed only
                # by default in the doer's country are of the country the harm was done in
                # (a doer placed by default too is no sure side to set them against)
                recipients = [replace(r, country=scene.country) if r.country in own and is_unplaced(r, mentions.kb) else r
                              for r in recipients]
        parties = resolve_all(mentions, found.between)
        decision = decide_status(match.token)
        if undone_by_past_date(decision) and dater.dated_before_publication(match.token, sentence):
            # "will avoid a repeat of the cut-off of gas 12 months ago": a happening dated in the past is told as done
            decision = StatusDecision("asserted", "")
        from_context = False
        if (entry.reciprocal and not actors and not parties and not recipients and decision.status == "asserted"
                and not args_mod.describes_an_outsider(match.token) and not _said_by_a_speaker(match)
                and args_mod.theatre_of(match.token) is None  # "the Iraq war": its sides are not the last pair named
                and not _told_by_its_clause(match.token, mentions)):
            # "a ceasefire took effect", "the talks resumed": the parties are those last named
            # together, when any of them is placed and the act is one the reader knows of, or
            # is told of in the sentence that names them
            group = mentions.antecedents.group(before=match.token.idx)
            here = any(p.start >= sentence.start_char for p in group)
            if any(p.country not in ("", "UNK") for p in group) and (here or _told_of_known(match)):
                parties = [replace(p, start=-1, end=-1, mention="") for p in group]
            from_context = bool(parties)
        if parties and actors and not entry.reciprocal:
            # "welcomed the agreement between Armenia and Azerbaijan", "mediated between
            # them": a one-sided act by its subject falls on the parties between whom.
            recipients = merge_parties([], parties, recipients)
        elif entry.reciprocal or parties:
            if entry.reciprocal and f"{entry.type}/{entry.mode}" in args_mod.ArgumentRoles.load().exchanged_object_modes and match.object_token is not None:
                # "swapped 200 prisoners": who is exchanged is no party to the exchange
                taken = match.object_token
                recipients = [r for r in recipients if not (taken.left_edge.idx <= r.start < taken.idx + len(taken))]
            elif self._done_together(entry, match):
                # "shared intelligence", "held exercises": the object a cooperative entry names
                # is what is done together, no party to it (though "intelligence" can name a
                # service); the object of a fight is the other side ("engaged the rebels")
                named = match.object_token
                recipients = [r for r in recipients if not (r.start <= named.idx < r.end)]
            # "a war against Lebanon", "allied against Iran": whom a joint act is against is
            # its target, not a side to it
            # ("a war on Ukraine": "on" too, after a noun of one-sided force)
            against = [t for t in found.recipients if t.dep_ == "pobj" and (t.head.lower_ == "against" or (
                t.head.lower_ in ("on", "upon") and t.head.head.lemma_.lower() in args_mod.ArgumentRoles.load().waged_nouns))]
            opposed = [r for r in recipients if any(t.left_edge.idx <= r.start < t.right_edge.idx + len(t.right_edge) for t in against)]
            actors = merge_parties(actors, parties, [r for r in recipients if r not in opposed] if entry.reciprocal else [])
            if entry.reciprocal:
                recipients = opposed
        recipients = [r for r in recipients if not any(same_party(r, a) for a in actors)]
        carried_by = ""
        if not actors and not recipients and entry.pos == "NOUN":
            # "Germany is adding an evacuation airplane to the pool": a noun that names nobody
            # is done by whoever does the clause it is the object of, unless that clause is an
            # act of its own ("condemned the violence", "rejected the ultimatum")
            verb = args_mod.carrying_verb(match.token)
            verb = verb if verb is not None and self._only_carries(verb) else None
            subject = args_mod.subject_of(verb) if verb is not None else None
            actors = resolve_all(mentions, [subject]) if subject is not None else []
            carried_by = verb.text if actors and verb is not None else ""
        if entry.type == "REQUEST" and entry.complement:
            if not recipients:
                return None  # "ordered his troops to withdraw": an order to one's own is their act, coded from it
            # "ordered French troops to leave": what is demanded is no act done, but part of the demand
            consumed.update(c.i for c in match.token.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in entry.complement)
        if not actors and not recipients and not _is_agentless_passive(match):
            return None
        if decision.status == "negated" and self._refuses(decision.cue):
            return None  # "refused to meet X": the refusal is the event, coded from its own verb
        status = decision.status
        event_type, mode, cameo = entry.type, entry.mode, entry.cameo
        keeping = peacekeeping_destination(match, self._peacekeeping_words()) if event_type in DEPLOYMENT_TYPES else None
        relief = event_type in DEPLOYMENT_TYPES and keeping is None and relief_forces(match)
        helping = helped_side(match, actors, recipients, mentions) if event_type in DEPLOYMENT_TYPES and keeping is None and not relief else None
        if keeping is not None:
            # "sent troops to the UN peacekeeping force", "deployed on a peacekeeping mission":
            # forces lent to keep the peace are military assistance (PLOVER AID), not a show of force.
            event_type, mode, cameo = "AID", "peacekeeping", ""
            consumed.add(keeping.i)
            # "sent troops to the UN force in South Sudan": the country the force keeps the
            # peace in is helped too
            recipients = merge_parties(recipients, resolve_all(mentions, args_mod.located_in(keeping, any_head=True, named=True)))
        elif relief:
            # "dispatched medical brigades to Italy": forces sent to heal or rescue are relief
            event_type, mode, cameo = "AID", "humanitarian", ""
        elif helping is not None:
            # "sent troops to support the Mozambican army": forces lent to another country's
            # side are military assistance to it (AID), and the purpose is no event of its own.
            event_type, mode, cameo = "AID", "military", ""
            recipients = merge_parties(helping[1], recipients)
            consumed.add(helping[0].i)
        # A refusal is somebody's: "the elections would not solve the insurgency" refuses nothing.
        conditioned = False
        refuser = refusing_word(match.token, stance=event_type in STANCE_TYPES) if status == "negated" else None
        refusal = bool(actors) and status == "negated" and event_type != "REJECT" and (refuser is not None or decision.cue in status_cues().refusing_governors)
        if refusal:
            # "X will not release them", "X declined to release them" refuses now: REJECT by
            # X, aimed where the act was.
            event_type, mode, cameo, status = "REJECT", "", "", "asserted"
            subject = args_mod.subject_of(refuser) if refuser is not None and refuser != match.token else None
            refusing = resolve_all(mentions, [subject]) if subject is not None else []
            if refusing and not any(same_party(r, a) for r in refusing for a in actors):
                # "Russia will not allow Ukraine to join NATO": the refusal is Russia's, aimed
                # at whoever would have acted
                recipients = merge_parties(actors, [], recipients)
                actors = refusing
            elif entry.reciprocal:
                # "he would not talk with Kony": the side that refuses, to the other
                actors, recipients = self._subjects_side(match, actors, recipients, mentions)
            if not recipients:
                # "will not lift the embargo until Cuba undertakes reforms": the refusal
                # stands until the condition's doer acts; it is aimed at them
                recipients = self._condition_doers(match.token, mentions, besides=actors)
                conditioned = bool(recipients)
        armed = False
        if entry.pos == "NOUN" and event_type == "PROTEST" and "ASSAULT" in entry.alt_types:
            # "its strikes", "army strikes": a state's or an armed group's strike is an attack;
            # none of them downs tools
            armed_roles = [p for p in mentions.doer_roles(match.token) if p.sector in ARMED_OWNER_SECTORS]
            armed_owners = (bool(actors) and all(t.head == match.token and t.dep_ in OWNER_DEPS for t in found.actors)
                            and all(a.sector in ARMED_OWNER_SECTORS for a in actors))
            armed = armed_owners or bool(armed_roles)
            if armed:
                event_type, mode, cameo = "ASSAULT", "", "190"
                actors = actors or armed_roles
        conquest = (event_type == "COERCE" and entry.cameo == OCCUPY_CAMEO and "ASSAULT" in entry.alt_types and bool(actors)
                    and all(a.sector in FIGHTING_SECTORS for a in actors)
                    and not (match.object_token is not None
                             and lemma_in(match.object_token, args_mod.ArgumentRoles.load().ungrounded_seizures)))
        if conquest:
            # "Azerbaijani forces captured Shusha", "Taliban fighters seized control of Kunduz":
            # ground taken by fighters is taken by force (PLOVER: deliberate action that can
            # do substantial harm); a state's standing occupation stays COERCE/seize
            event_type, mode, cameo = "ASSAULT", "", "190"
        raided = (event_type == "COERCE" and entry.cameo == SEIZE_CAMEO and "ASSAULT" in entry.alt_types and bool(actors)
                  and all(a.sector in IRREGULAR_SECTORS for a in actors))
        if raided:
            # "Boko Haram fighters raided a village", "militias razed the camp": a raid or
            # demolition by irregular fighters is an attack, never a search or an eviction
            event_type, mode, cameo = "ASSAULT", "", "190"
        weapon = self._weapon_used(match.token, match.object_token) if (
            event_type == "COERCE" and entry.pos == "VERB" and "ASSAULT" in entry.alt_types) else None
        if weapon is not None:
            # "dispersed the protesters with tear gas": repression done with a weapon is force
            # of that weapon's kind (PLOVER: ASSAULT crowd-control needs a weapon or tactic named)
            event_type, mode, cameo = weapon[1].entry.type, weapon[1].entry.mode, weapon[1].entry.cameo
            consumed.add(weapon[0].i)
        crowd = args_mod.crowd_mode(found.actors, event_type, mode, match.object_token) if entry.pos == "VERB" or entry.placed else ""
        if crowd:
            # "protesters stormed parliament", "rioters torched cars": a crowd's force is a riot
            event_type, mode, cameo = "PROTEST", crowd, ""
            if entry.reciprocal:
                # "protesters clashed with police": whom the crowd fought is the riot's target
                crowd_parties = resolve_all(mentions, found.actors)
                faced = [p for p in actors if not any(same_party(p, c) for c in crowd_parties)]
                if faced and len(faced) < len(actors):
                    actors = [p for p in actors if p not in faced]
                    recipients = merge_parties(recipients, faced)
        official_protest = not crowd and event_type == "PROTEST" and mode == "demo" and bool(actors) and all(a.sector == "GOV" for a in actors)
        if official_protest:
            # "the Greek government protested the survey mission": a state's protest is an
            # official complaint (ACCUSE, CAMEO 114), not a demonstration
            event_type, mode, cameo = "ACCUSE", "disapprove", "114"
        speakers = args_mod.spoken_attack(match.token) if event_type == "ASSAULT" and entry.pos == "NOUN" else None
        if event_type == "ASSAULT" and entry.pos == "VERB" and args_mod.attacked_in_words(match.token):
            speakers = []  # "attacked Washington for its arms sales", "a speech attacking X": a reproach
        spoken = speakers is not None
        if spoken:
            event_type, mode, cameo = "ACCUSE", "disapprove", "111"  # an attack made in words
            actors = actors or resolve_all(mentions, speakers or [])
        vowed = event_type == "THREATEN" and "AGREE" in entry.alt_types and not entry.object and not self._vows_harm(match.token)
        if vowed:
            # "vowed to develop relations with China": a vow of anything but harm is a promise
            event_type, mode, cameo = "AGREE", "", "030"
        # ("if Turkey attacks, Greece will respond": the act a condition waits on threatens nothing)
        conditional = decision.cue in status_cues().conditional_marks
        threat = status in ("future", "hypothetical") and event_type != "THREATEN" and not conditional and (
            "THREATEN" in entry.alt_types
            # "introduced a bill that would sanction Turkish officials": force or sanctions a
            # measure would bring, put forward, threaten
            or (event_type in CONDITIONAL_THREAT_TYPES and proposer is not None)
            # "would launch an offensive if they did not withdraw": force held over a condition
            or (event_type in CONDITIONAL_THREAT_TYPES and has_condition(match.token if entry.pos == "VERB" else match.token.head))
            or _announced_own_force(match, status, event_type, recipients)
        )
        if threat:
            # "Moscow would retaliate": a hostile act the lexicon also reads as a threat,
            # spoken of as to come, is the threat itself (THREATEN, asserted).
            event_type, mode, cameo, status = "THREATEN", "", "", "asserted"
            if not recipients:
                # "would retaliate if attacked by Israel": the threat is aimed at whoever the
                # condition waits on
                recipients = self._condition_doers(match.token, mentions, besides=actors)
        elif event_type == "THREATEN" and actors and not recipients and entry.pos == "VERB":
            # "threatened to strike if attacked by Israel": the threat is aimed at whoever the
            # condition waits on, never at the threatener's own side
            own = {a.country for a in actors} - {"UNK", ""}
            recipients = [p for p in self._condition_doers(match.token, mentions, besides=actors) if p.country not in own]
            conditioned = bool(recipients)
        condemned = status == "hypothetical" and decision.cue in DEMAND_CUES and event_type in PUNITIVE_TYPES and bool(recipients)
        if condemned:
            # "called for sanctions against Moscow": whoever demands a punishment of a named
            # party condemns it now (ACCUSE, asserted); the punishment is only asked of others.
            event_type, mode, cameo, status = "ACCUSE", "", "", "asserted"
        joint = joint_cooperation(entry, event_type, mode, match.token, match.object_token, actors, recipients, mentions)
        if joint is not None:
            # "Swedish and Finnish forces trained together", "held joint drills with Russia":
            # parties of several countries acting together on nobody else cooperate (COOPERATE).
            event_type, mode, cameo = "COOPERATE", "", ""
            actors = merge_parties(actors, joint[1], recipients)
            recipients = []
        offer = ""
        promised = False
        conceded = ""
        if status in ("future", "hypothetical") and event_type in PROMISED_CONCESSION_TYPES:
            conceded = willingness_cue(match.token) or (decision.cue if is_commitment(decision) else "")
            if conceded:
                # "decided to lift the sanctions", "pledged to ease the blockade": a concession
                # promised is the concession itself, verbal (PLOVER: CONCEDE).
                status = "asserted"
        if status in ("future", "hypothetical") and event_type in OFFERED_TYPES:
            offer = willingness_cue(match.token)
            if offer:
                # "wants to join the talks": the offer is the act, AGREE (PLOVER manual, AGREE).
                event_type, mode, cameo, status = "AGREE", "", "", "asserted"
                if entry.reciprocal:
                    # "is ready to hold talks with the US": the side that is ready offers, to the other
                    actors, recipients = self._subjects_side(match, actors, recipients, mentions)
            elif is_commitment(decision):
                # "will meet", "would host", "the planned visit": cooperation told in the future
                # tense is an intention, AGREE (PLOVER manual, AGREE and CONSULT); the clause
                # keeps its status, since the act itself is still to come.
                event_type, mode, cameo, promised = "AGREE", "", "", True
        when = dater.date_for(match.token, sentence, status)
        scheduled = decision.status == status == "asserted" and dater.after_publication(when)
        if scheduled:
            status = "future"  # "holds its next policy meeting on December 18": not yet done
        # The classifier trained on the team's examples weighs in on confidence: how likely
        # this sentence states an event of this type (or of a reading the lexicon allows).
        probabilities = self._type_probabilities(sentence, match.token)
        support = max(probabilities.get(t, 0.0) for t in (entry.type, *entry.alt_types))
        evidence = sentence_evidence(sentence)
        known = sum(1 for p in actors + recipients if p.country not in ("UNK", ""))
        rule = min(0.95, 0.45 + 0.15 * bool(actors) + 0.1 * min(known, 2) + 0.1 * (when.source == "timex"))
        confidence = round(0.75 * rule + 0.25 * support, 2)
        why = f"lexicon {entry.pos.lower()} '{match.words}' → {entry.type}{'/' + entry.mode if entry.mode else ''}"
        if keeping is not None:
            why += f"; for '{keeping.text}' → AID/peacekeeping"
        if relief:
            why += "; forces sent to heal or rescue → AID/humanitarian"
        if helping is not None:
            why += f"; sent to '{helping[0].text}' another country's side → AID/military"
        if match.commander is not None:
            why += f"; governed by '{match.commander.text}'"
        if carried_by:
            why += f"; doer: the subject of '{carried_by}'"
        if spoken:
            why += "; an attack made in words → ACCUSE"
        if armed:
            why += "; done by an armed or ruling party → ASSAULT"
        if conquest:
            why += "; ground taken by fighters → ASSAULT"
        if raided:
            why += "; raided by irregular fighters → ASSAULT"
        if weapon is not None:
            weapon_words = " ".join(t.text for t in (*(t for t in weapon[0].lefts if t.dep_ in ("compound", "amod")), weapon[0]))
            why += f"; done with '{weapon_words}' → ASSAULT/{weapon[1].entry.mode}".removesuffix("/")
        if crowd:
            why += f"; done by a crowd → PROTEST/{crowd}"
        if official_protest:
            why += "; protested by a government → ACCUSE/disapprove"
        if vowed:
            why += "; no harm vowed → AGREE"
        if scheduled:
            why += f"; dated {when.value}, after the report → status future"
        if refusal:
            why += f"; refused ('{decision.cue}') → REJECT"
        if conditioned:
            why += f"; recipient: {recipients[0].name}, who must meet the condition"
        if threat:
            why += f"; to come ('{decision.cue}') → THREATEN"
        if condemned:
            why += f"; demanded against them ('{decision.cue}') → ACCUSE"
        if joint is not None:
            why += f"; done together{f' ({joint[0]!r})' if joint[0] else ''} by parties of several countries → COOPERATE"
        why += f"; classifier {support:.2f}"
        if from_context:
            why += f"; {CONTEXT_PARTIES}"
        if offer:
            why += f"; offered ('{offer}') → AGREE"
        elif promised:
            why += f"; to come ('{decision.cue}') → AGREE, status {status}"
        elif conceded:
            why += f"; promised ('{conceded}'): the concession itself"
        elif decision.cue and not (refusal or threat or condemned):
            why += f"; status {status} ('{decision.cue}')"
        return Event(
            id="",
            type=event_type,
            mode=mode,
            contexts=[],
            cameo=cameo or self.ontology.cameo_for(event_type, mode),
            quad=self.ontology.quad(event_type),
            score=self.ontology.score(event_type, mode),
            actors=actors,
            recipients=recipients,
            date=when.value,
            date_precision=when.precision,  # type: ignore[arg-type]
            date_source=when.source,
            status=status,  # type: ignore[arg-type]
            location=clause_location(match.token, sentence, places),
            evidence=evidence,
            confidence=confidence,
            why=why,
        )



# Concessions and retreats whose object's preposition names what they ease ("a waiver on
# the sanctions", "relief from the embargo", "an end to the blockade").
EASING_TYPES = frozenset({"CONCEDE", "RETREAT"})
# A subject that is the one speaking or spoken to: not to be guessed from the context.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
# What a deal or talks are "on" or "about" is their topic (a war "on" Iraq is waged on it).
RECIPROCAL_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
PARLEY_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})

# Giving: an entry that names what is given and gives it "to" someone ("delivered Patriot
# systems to Ukraine") has the goods as its object, never a party.
GIVING_TYPES = frozenset({"AID"})

# Acts whose topic is another act: its doers are on the receiving end ("an investigation
# into the killing", "criticism of the raid").
OWNED_TOPIC_TYPES = frozenset({"ACCUSE"})

# Stances that, denied in the present ("does not support"), are refused (REJECT).
STANCE_TYPES = frozenset({"SUPPORT"})

# Acts that, vowed, make the vow a threat ("vowed to crush the rebels", "vowed to veto the
# draft"); a vow of anything else is a promise (AGREE).
THREAT_COMPLEMENT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE", "REJECT"})

# Force and coercion held over a condition are threats ("will strike if attacked").
CONDITIONAL_THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# An act noun the lexicon reads as a protest but allows as an attack ("strike") is an attack
# when its owner is one of these (police and civilians do go on strike).
ARMED_OWNER_SECTORS = frozenset({"GOV", "MIL", "REB", "UAF", "PRM"})
OWNER_DEPS = frozenset({"poss", "compound", "amod"})
# CAMEO 192 (occupy territory): taken by fighters of these sectors, an assault.
OCCUPY_CAMEO = "192"
FIGHTING_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM"})
# CAMEO 171 (seize or destroy property): raided or razed by fighters outside the state, an assault.
SEIZE_CAMEO = "171"
IRREGULAR_SECTORS = frozenset({"REB", "UAF", "PRM", "CRM"})

# Punishments and inquiries that, demanded of others ("called for sanctions against X",
# "demanded the arrest of X", "called for an investigation into X's killing of Y"),
# condemn the party they would fall on, and the cues of such demands.
PUNITIVE_TYPES = frozenset({"SANCTION", "COERCE", "ACCUSE"})
DEMAND_CUES = frozenset({"call", "demand", "urge", "ask", "appeal"})

# Types whose participle modifying a noun ("rebels backed by Iran", "a hospital supported
# by the ICRC", "pet food imported from Britain") describes who stands behind whom or
# where a thing comes from, not an act the report tells of.
STANDING_RELATION_TYPES = frozenset({"SUPPORT", "COOPERATE", "MOBILIZE"})

# Harm whose doer a report leaves unsaid ("26 soldiers have been killed") when it is
# about one fight: the doer is the target's counterpart (counterparts.py).
UNSAID_DOER_TYPES = frozenset({"ASSAULT", "COERCE"})

# Cooperative acts that, offered or promised rather than done, are AGREE (PLOVER manual,
# AGREE: a commitment to a future cooperative act): every cooperative type but AGREE.
OFFERED_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT"})
# Concessions that, promised or decided, are already made: CONCEDE is the verbal concession
# without immediate material effect ("promises to ease restrictions", plover.yaml).
PROMISED_CONCESSION_TYPES = frozenset({"CONCEDE"})

# Appeals an outsider makes to both sides of the report's dyad ("called for a settlement").
APPEAL_TYPES = frozenset({"REQUEST"})

# Types whose unsaid recipient is the doer's counterpart in the report (counterparts.py).
DIRECTED_TYPES = frozenset({"REQUEST", "CONCEDE", "THREATEN", "PROTEST", "ACCUSE", "REJECT", "SANCTION", "COERCE", "ASSAULT", "CONSULT", "AGREE", "AID", "MOBILIZE"})

# Prepositions that name the act a passive verb's harm came from ("killed in an air strike").
INSTRUMENT_PREPS = {"in", "during", "by", "from"}

# Who did it, when a passive report does not say ("were arrested during the raid"):
# the forces of the last such act in the same stretch of the report.
CONTEXT_ACTOR_TYPES = {"COERCE", "ASSAULT", "SANCTION"}
CONTEXT_SOURCE_TYPES = {"COERCE", "ASSAULT", "MOBILIZE"}
CONTEXT_WINDOW_PARAGRAPHS = 2
# Arrests and sentences are done by authorities: their unsaid doer is an authority that
# acted just before ("Israeli troops raided Jenin ... two militants were arrested"), never
# a rebel group whose fight the report tells of.
CUSTODY_ACTS = {("COERCE", "arrest"), ("SANCTION", "convict")}
# Coercion by rule, not by force in the field: whoever imposed it did no harm told after it.
RULING_MODES = {"restrict", "ban", "censor", "curfew", "martial-law"}
AUTHORITY_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY"}


def _told_by_its_clause(noun: Token, mentions: MentionIndex) -> bool:
    """"an agreement under which Israeli Aircraft Industries will upgrade Turkey's fleet":
    a clause on the act's word names who it binds, whoever the report named before."""
    return any(c.dep_ in ("relcl", "acl") and any(participants_of(mentions, t) for t in c.subtree) for c in noun.children)


def _unplaced_peoples(modifiers: list[Token], mentions: MentionIndex) -> list[Participant]:
    """A people of no one state named beside a placed side in an act's modifier ("the
    Arab-Israeli conflict"): a side of its own, kept with its word and country UNK, so no
    side is guessed for it from the rest of the report."""
    return [Participant(t.text, "UNK", "", "", t.text, t.idx, t.idx + len(t.text)) for t in modifiers
            if t.ent_type_ == "NORP" and not participants_of(mentions, t)]


def _a_standing_state(verb: Token) -> bool:
    """A verb of a lasting relation in the simple present, with no auxiliary, or of a posting
    in the simple present passive: a state told, not an act ("recognize South Korea" as
    opposed to "recognised Croatia", "are stationed" as opposed to "were stationed")."""
    roles = args_mod.ArgumentRoles.load()
    if verb.tag_ == "VBN" and verb.lemma_.lower() in roles.posted_state_verbs:
        # "the troops are stationed east of Tyre": where they stand
        return (any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
                and not any(c.dep_ == "aux" for c in verb.children))
    return (verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in roles.standing_verbs
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _is_reduced_passive(token: Token) -> bool:
    """A participle that modifies a noun ("rebels backed by Iran") rather than telling an act;
    also when the parser takes the participle for the clause's verb ("troops backed by jeeps
    raided"): a bare past participle with a by-phrase and no auxiliary."""
    if token.tag_ != "VBN":
        return False
    if token.dep_ == "acl":
        return True
    children = {c.dep_ for c in token.children}
    return not children & {"aux", "auxpass"} and any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in token.children)


def _names_the_doing(match: TriggerMatch) -> bool:
    """"The agreement, signed by Sudan and South Sudan": a participle whose noun is the
    very object its entry asks for, with the doer named, tells the act done to it."""
    token = match.token
    return (bool(match.entry.object) and match.object_token is not None and match.object_token.i == token.head.i
            and any(c.dep_ == "agent" for c in token.children))


def _only_where_they_are(recipients: list[Participant], actors: list[Participant], candidates: list[Token]) -> bool:
    """"Rioters and police clashed in Paris": a place the parties of that country clash in
    makes no further party of it ("Russians fighting in Ukraine" still face it)."""
    if not recipients or any(r.country not in {a.country for a in actors} for r in recipients):
        return False
    return any(args_mod.is_located(t) and t.idx <= recipients[0].start < t.idx + len(t.text) for t in candidates)


def _announced_own_force(match: TriggerMatch, status: str, event_type: str, recipients: list[Participant]) -> bool:
    """"Turkey says it will begin a new operation against the Kurdish fighters": force the
    speaker announces it will use (or is ready to use) against a named party, or against
    whoever crosses it ("would attack any convoy", "ready to use nuclear weapons against
    any aggressor"), is a threat."""
    announced = status == "future" or (status == "hypothetical" and bool(willingness_cue(match.token)))
    if not announced or event_type != "ASSAULT" or not (recipients or _against_anyone(match)):
        return False
    clause = match.token if match.entry.pos == "VERB" else match.token.head
    while clause.dep_ in ("xcomp", "conj", "dobj", "acomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS


def _against_anyone(match: TriggerMatch) -> bool:
    """Whether the act is aimed at whoever may come: "any convoy", "anyone who crosses"."""
    verb = match.token
    aimed = [t for t in (match.object_token, object_of(verb)) if t is not None]
    aimed += [pobj for _, pobj in args_mod.prep_objects(verb, {"on", "at", "against"})]
    cues = status_cues()
    return any(t.lower_ in cues.free_choice_pronouns or any(c.dep_ == "det" and c.lower_ in cues.free_choice_determiners for c in t.children)
               for t in aimed)


def _told_of_known(match: TriggerMatch) -> bool:
    """Whether a trigger tells of a happening the reader already knows: a verb, or a noun
    that is definite, owned or a clause's subject ("the talks resumed", "a ceasefire took
    effect"), not one named in passing ("communities victimized by violent conflict")."""
    noun = match.token
    if match.entry.pos == "VERB":
        return True
    return noun.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _gapped_participles(verb: Token) -> list[Token]:
    """"five were killed and 12 wounded by X": the parser hangs the second participle on its
    counted subject, a conjunct of the first; it shares the first's auxiliary, and its doer."""
    if passive_subject_of(verb) is None:
        return []
    return [p for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN", "PRON")
            for p in c.children if p.dep_ == "acl" and p.tag_ == "VBN"]


def _is_agentless_passive(match: TriggerMatch) -> bool:
    token = match.token
    children = {c.dep_ for c in token.children}
    return match.entry.pos == "VERB" and passive_subject_of(token) is not None and "agent" not in children


def _said_by_a_speaker(match: TriggerMatch) -> bool:
    """"And I agree with that": the one speaking, left unnamed, not the parties last named."""
    subject = args_mod.subject_of(match.token) if match.entry.pos == "VERB" else None
    return subject is not None and subject.lower_ in SPEAKER_PRONOUNS


def _actor_from_context(event: Event, earlier: list[Event], text: str) -> None:
    if event.type not in CONTEXT_ACTOR_TYPES:
        return
    here = text.count("\n\n", 0, event.evidence.start)
    for previous in reversed(earlier):
        if here - text.count("\n\n", 0, previous.evidence.start) > CONTEXT_WINDOW_PARAGRAPHS:
            return
        if previous.type in CONTEXT_SOURCE_TYPES and previous.actors and previous.status == "asserted":
            if (event.type, event.mode) in CUSTODY_ACTS and not any(a.sector in AUTHORITY_SECTORS for a in previous.actors):
                continue  # "deputies were sentenced for collaboration with the PKK": not by the PKK
            if event.type == "ASSAULT" and previous.mode in RULING_MODES:
                continue  # "imposed a curfew ... 201 were injured when car bombs struck": not by the rulers
            targets = {(p.name, p.country) for p in event.recipients}
            # (a state's own forces are not what it attacks: "soldiers sent by Washington were attacked")
            own_forces = {p.country for p in event.recipients if p.sector in AUTHORITY_SECTORS and p.country not in ("", "UNK")}
            actors = [a for a in previous.actors if (a.name, a.country) not in targets
                      and not (event.type == "ASSAULT" and a.country in own_forces and a.sector in AUTHORITY_SECTORS)]
            if actors:
                event.actors = [replace(a, start=-1, end=-1, mention="") for a in actors]
                event.why += f"; actor from the context ({previous.evidence.text[:40]}...)"
                event.confidence = round(max(0.3, event.confidence - 0.15), 2)
            return



# One-sided acts whose scene, in another country than the doer's, is on the receiving end
# when nobody else is ("shelled villages in Kashmir", "gave aid to those affected in Yemen").
SCENE_TYPES = frozenset({"ASSAULT", "AID"})
