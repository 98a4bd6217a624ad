"""The trigger lexicon: loading, lookups, refusal of broken files, polysemy constraints."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Token

from eventwire.errors import ModelError
from eventwire.events.lexicon import Lexicon, Trigger, shared_word_lists
from eventwire.events.ontology import Ontology


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


# -- loading and lookups ------------------------------------------------------------


def test_load_is_cached_and_large(lexicon: Lexicon) -> None:
    assert Lexicon.load() is lexicon
    assert len(lexicon) > 500
    assert len(lexicon.entries()) == len(lexicon)


def test_every_plover_type_has_verb_and_noun_triggers(lexicon: Lexicon) -> None:
    for event_type in Ontology.load().types():
        verbs = [e for e in lexicon.entries() if e.type == event_type and e.pos == "VERB"]
        nouns = [e for e in lexicon.entries() if e.type == event_type and e.pos == "NOUN"]
        assert len(verbs) >= 10, event_type
        assert nouns, event_type


def test_every_entry_names_a_known_type_mode_and_cameo(lexicon: Lexicon) -> None:
    ontology = Ontology.load()
    for entry in lexicon.entries():
        assert entry.type in ontology.event_types
        assert not entry.mode or ontology.has_mode(entry.type, entry.mode)
        assert ontology.has_cameo(entry.cameo), entry  # filled from the ontology when the file gives none


def test_verb_and_noun_lookups(lexicon: Lexicon) -> None:
    assert lexicon.verb_entries("accuse")[0].type == "ACCUSE"
    assert lexicon.verb_entries("no-such-verb") == []
    air_strike = lexicon.noun_entries("air strike")
    assert (air_strike[0].type, air_strike[0].mode) == ("ASSAULT", "aerial")
    assert lexicon.noun_entries("counter-offensive")[0].type == "ASSAULT"
    talks = lexicon.noun_entries("talk")[0]
    assert talks.type == "CONSULT" and talks.reciprocal
    assert lexicon.noun_entries("clash")[0].recipient_from == ("with",)
    assert all(isinstance(e, Trigger) for e in lexicon.verb_entries("meet"))


def test_refusal_verbs_are_marked_negative(lexicon: Lexicon) -> None:
    for lemma in ("deny", "refuse", "reject", "veto"):
        assert all(e.negative for e in lexicon.verb_entries(lemma) if e.type == "REJECT"), lemma
    assert not any(e.negative for e in lexicon.verb_entries("praise"))


def test_constrained_entries_come_before_bare_ones(lexicon: Lexicon) -> None:
    for lemma in ("call", "strike", "hold", "meet", "release", "withdraw", "fire", "charge"):
        counts = [e.constraint_count for e in lexicon.verb_entries(lemma)]
        assert counts == sorted(counts, reverse=True), lemma


# -- polysemy: the constraints that tell senses apart ---------------------------------


def _senses(lexicon: Lexicon, lemma: str) -> dict[str, list[Trigger]]:
    by_type: dict[str, list[Trigger]] = {}
    for entry in lexicon.verb_entries(lemma):
        by_type.setdefault(entry.type, []).append(entry)
    return by_type


def test_strike_labour_military_and_deal_are_told_apart(lexicon: Lexicon) -> None:
    senses = _senses(lexicon, "strike")
    assert any("deal" in e.object for e in senses["SUPPORT"])  # striking a deal finalises it
    assert any("compromise" in e.object for e in senses["AGREE"])
    assert any(e.prep and "for" in e.prep for e in senses["PROTEST"])
    assault = senses["ASSAULT"]
    assert all("deal" in e.object_not for e in assault if not e.object)


def test_fire_is_never_an_unconstrained_assault(lexicon: Lexicon) -> None:
    for entry in lexicon.verb_entries("fire"):
        assert entry.object or entry.prep or entry.particle, entry


def test_release_skips_statements_and_hold_splits_talks_from_captives(lexicon: Lexicon) -> None:
    release = [e for e in lexicon.verb_entries("release") if e.type == "RETREAT"]
    assert release and all("statement" in e.object_not for e in release)
    senses = ("talk", "hostage", "prisoner")
    hold_types = {e.type for e in lexicon.verb_entries("hold") if set(e.object) & set(senses)}
    assert {"CONSULT", "ASSAULT", "COERCE"} <= hold_types


# -- the senses on real parses, with the coder's matching rules ------------------------


def _first_verb_entry(lexicon: Lexicon, verb: Token) -> Trigger | None:
    """The coder's documented rule: the first entry whose particle, object, preposition and complement hold."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    obj_keys = set()
    if obj is not None:
        modifiers = [c.lower_ for c in obj.lefts if c.dep_ in ("compound", "amod")]
        obj_keys = {obj.lemma_.lower(), obj.lower_} | {" ".join([*modifiers[i:], obj.lemma_.lower()]) for i in range(len(modifiers))}
    via = {(c.lower_, o.lemma_.lower()) for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"}
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")}
    for entry in lexicon.verb_entries(verb.lemma_.lower()):
        if entry.particle and entry.particle != particle:
            continue
        if entry.object and not obj_keys & set(entry.object) and not any(
                prep in entry.object_via and lemma in entry.object for prep, lemma in via):
            continue
        if entry.object_not and obj_keys & set(entry.object_not):
            continue
        if entry.object_prep and (obj is None or not any(c.dep_ == "prep" and c.lower_ in entry.object_prep for c in obj.children)):
            continue
        if entry.prep and not preps & set(entry.prep):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if entry.subject and (subject is None or subject.lemma_.lower() not in entry.subject):
            continue
        if entry.complement and not any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lemma_.lower() in entry.complement
                                        for c in verb.children):
            continue
        return entry
    return None


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Thousands of workers struck for higher wages on Monday.", "struck", ("PROTEST", "strike")),
        ("Government jets struck rebel positions near the border.", "struck", ("ASSAULT", "")),
        ("The two governments struck a deal on fishing rights.", "struck", ("SUPPORT", "")),
        ("The two sides reached a compromise on the border.", "reached", ("AGREE", "")),
        ("Canada and Britain agreed to a trade deal.", "agreed", ("SUPPORT", "")),
        ("The two leaders agreed on a truce.", "agreed", ("AGREE", "")),
        ("Soldiers fired on the crowd outside the palace.", "fired", ("ASSAULT", "firearms")),
        ("Police fired tear gas at the protesters.", "fired", ("ASSAULT", "crowd-control")),
        ("The president fired the defence minister on Friday.", "fired", None),
        ("The rebels released twelve hostages on Sunday.", "released", ("RETREAT", "release")),
        ("The ministry released a statement on Sunday.", "released", None),
        ("The two leaders held talks in Geneva.", "held", ("CONSULT", "")),
        ("The militants held hostages in the school.", "held", ("ASSAULT", "abduct")),
        ("The government met the demands of the strikers.", "met", ("CONCEDE", "")),
        ("The foreign minister met his Chinese counterpart.", "met", ("CONSULT", "")),
        ("Prosecutors charged the mayor with fraud.", "charged", ("ACCUSE", "allege")),
        ("Mounted police charged the crowd.", "charged", ("ASSAULT", "crowd-control")),
        ("The union called off the strike.", "called", ("CONCEDE", "")),
        # reversing one's own measure gives way; cancelling a meeting refuses it
        ("The cabinet scrapped the planned fuel price hike.", "scrapped", ("CONCEDE", "")),
        ("The council cancelled the fare increase after the protests.", "cancelled", ("CONCEDE", "")),
        ("The authorities suspended construction of the dam.", "suspended", ("CONCEDE", "")),
        ("Moscow cancelled the minister's visit.", "cancelled", ("REJECT", "meet")),
        ("The opposition called for new elections.", "called", ("REQUEST", "")),
        ("Russia withdrew its troops from the region.", "withdrew", ("RETREAT", "withdraw")),
        ("Moscow withdrew its ambassador from London.", "withdrew", ("SANCTION", "withdraw")),
        ("The two countries signed an agreement on trade.", "signed", ("SUPPORT", "")),
        ("Customs officers returned a looted manuscript to the Greek authorities.", "returned", ("RETREAT", "return")),
        ("An official, who refused identification, spoke to reporters.", "refused", None),
        ("The rebels refused the government's offer.", "refused", ("REJECT", "")),
        ("The two countries agreed to cut tariffs.", "agreed", ("AGREE", "")),
        ("Turkey sent troops to the border.", "sent", ("MOBILIZE", "troops")),
        ("Japan sent humanitarian aid to the region.", "sent", ("AID", "humanitarian")),
        # fighters and advisers lent, military kit handed over; a firm's planes are no aid
        ("Iran provided military advisers to the Syrian army.", "provided", ("AID", "military")),
        ("The US Navy transferred a decommissioned cutter to the Vietnamese coast guard.", "transferred", ("AID", "military")),
        ("The company transferred the aircraft to its subsidiary.", "transferred", None),
        ("Kiribati reaffirmed its commitment to the One China principle.", "reaffirmed", ("SUPPORT", "")),
        ("Iran reaffirmed its commitment to withdraw its forces.", "reaffirmed", ("AGREE", "")),
        ("A court in Lyon found the cardinal guilty of covering up abuse.", "found", ("SANCTION", "convict")),
        ("The inspectors found the site empty.", "found", None),
        ("Philippine troops remained on alert in Manila.", "remained", ("MOBILIZE", "troops")),
        ("The minister remained in office.", "remained", None),
        ("Australian aid supported two million girls going to school.", "supported", ("AID", "economic")),
        ("France supported the resolution.", "supported", ("SUPPORT", "")),
        # a strike workers start is a labour strike; one a state launches is military
        ("Teachers launched an indefinite strike.", "launched", ("PROTEST", "strike")),
        ("Israel launched a strike on Gaza.", "launched", ("ASSAULT", "")),
        ("Truckers across Brazil went on strike.", "went", ("PROTEST", "strike")),
        # a blacklist named through the preposition: listing coerces, delisting concedes
        ("The US added the bank to its blacklist.", "added", ("COERCE", "restrict")),
        ("Washington removed the airline from its blacklist.", "removed", ("CONCEDE", "")),
        ("The ministry added three new items to the list.", "added", None),
        # peacekeepers leaving is their withdrawal; withdrawing them scales back an engagement
        ("UN peacekeepers left the base in northern Mali.", "left", ("RETREAT", "withdraw")),
        ("The UN withdrew its peacekeepers from the region.", "withdrew", ("SANCTION", "withdraw")),
        ("The rebels disbanded their armed wing.", "disbanded", ("RETREAT", "disarm")),
        # a warrant carried out is an arrest; people executed are killed
        ("Police executed an arrest warrant for the former governor.", "executed", ("COERCE", "arrest")),
        ("The army executed three prisoners.", "executed", ("ASSAULT", "execute")),
        ("China returned the drone it had seized.", "returned", ("RETREAT", "return")),
        # a monitor's record of wrongs accuses; lashing out is a verbal attack
        ("Human Rights Watch documented abuses by Ethiopian troops.", "documented", ("ACCUSE", "allege")),
        ("The museum documented the history of the city.", "documented", None),
        ("Iran's supreme leader lashed out at the United States.", "lashed", ("ACCUSE", "disapprove")),
        # words aimed at a party accuse it; armed people aiming or hitting out attack
        ("China hit out at Japan on Monday.", "hit", ("ACCUSE", "disapprove")),
        ("Police hit out at the crowd with batons.", "hit", ("ASSAULT", "beat")),
        ("Washington took aim at Beijing's trade practices.", "took", ("ACCUSE", "disapprove")),
        ("A sniper took aim at the soldiers.", "took", ("ASSAULT", "")),
        ("Britain pointed the finger at Russia over the poisoning.", "pointed", ("ACCUSE", "allege")),
        ("Lawmakers grilled the defence minister over the failed operation.", "grilled", ("ACCUSE", "disapprove")),
        # a claim waved away is rejected; a court voiding a measure rejects it, a bullet kills
        ("The Kremlin brushed aside the accusations.", "brushed", ("REJECT", "")),
        ("Beijing shrugged off the criticism.", "shrugged", ("REJECT", "")),
        ("The court struck down the law.", "struck", ("REJECT", "")),
        ("Gunmen struck down the governor.", "struck", ("ASSAULT", "")),
        # goods given "to" a party are aid whatever they are; words given are not
        ("The United States provided night-vision goggles to the Afghan army.", "provided", ("AID", "")),
        ("The ministry provided details to investigators.", "provided", None),
        ("The UN delivered food to the camp.", "delivered", ("AID", "humanitarian")),
        ("Russia delivered an ultimatum to Ukraine.", "delivered", ("THREATEN", "relations")),
        # a standing granted by a body is its endorsement; a refuge granted is aid
        ("The European Union granted candidate status to Ukraine.", "granted", ("SUPPORT", "")),
        ("Germany granted refugee status to 500 Syrians.", "granted", ("AID", "asylum")),
        # the tagger makes "d'affaires" the head of "charge d'affaires"
        ("Pakistan summoned the Afghan charge d'affaires.", "summoned", ("ACCUSE", "disapprove")),
        # a veto lifted is a concession, not a refusal
        ("Turkey lifted its veto on Sweden's NATO membership.", "lifted", ("CONCEDE", "")),
        # a court granting what a party sought accedes to it
        ("The court granted the petition filed by the opposition.", "granted", ("CONCEDE", "")),
    ],
)
def test_senses_on_parsed_sentences(nlp: Language, lexicon: Lexicon, sentence: str, verb: str,
                                    expected: tuple[str, str] | None) -> None:
    token = next(t for t in nlp(sentence) if t.text == verb)
    entry = _first_verb_entry(lexicon, token)
    assert (None if entry is None else (entry.type, entry.mode)) == expected


# -- refusal of broken files --------------------------------------------------------------


def _write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_hand_made_file_loads(tmp_path: Path) -> None:
    path = _write(tmp_path, '- {lemma: parley, pos: VERB, type: CONSULT}\n'
                            '- {lemma: truce, pos: NOUN, type: RETREAT, mode: ceasefire, reciprocal: true}\n')
    lexicon = Lexicon.from_files([path])
    verb = lexicon.verb_entries("parley")[0]
    assert verb.cameo == "040"  # filled from the ontology
    assert lexicon.noun_entries("truce")[0].cameo == "0871"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- {lemma: smite, pos: VERB, type: FIGHT}\n", "unknown PLOVER type 'FIGHT'"),
        ("- {lemma: smite, pos: VERB, type: ASSAULT, weapon: sword}\n", "unknown field weapon"),
        ('- {lemma: smite, pos: VERB, type: ASSAULT, cameo: "999"}\n', "unknown CAMEO code '999'"),
        ("- {lemma: smite, pos: VERB, type: ASSAULT, cameo: 190}\n", "must be quoted"),
        ('- {lemma: smite, pos: VERB, type: ASSAULT, cameo: "010"}\n', "maps to no PLOVER type"),
        ("- {lemma: smite, pos: VERB, type: ASSAULT, mode: visit}\n", "has no mode 'visit'"),
        ("- {lemma: smite, type: ASSAULT}\n", "missing pos"),
        ("- {lemma: smite, pos: ADJ, type: ASSAULT}\n", "pos must be VERB or NOUN"),
        ("- {lemma: Smite, pos: VERB, type: ASSAULT}\n", "one lowercase word"),
        ("- {lemma: smite, pos: VERB, particle: off, type: ASSAULT}\n", 'quote words such as "off"'),
        ("- {lemma: smiting, pos: NOUN, object: [foe], type: ASSAULT}\n", "only apply to verbs"),
        ("- {lemma: smite, pos: VERB, object: [foe], object_not: [foe], type: ASSAULT}\n", "both required and excluded"),
        ("- {lemma: smiting, pos: NOUN, subject: [troop], type: ASSAULT}\n", "only apply to verbs"),
        ("- {lemma: smiting, pos: NOUN, subject_not: [pilgrim], type: ASSAULT}\n", "only apply to verbs"),
        ("- {lemma: smite, pos: VERB, subject_not: [Pilgrim], type: ASSAULT}\n", "lowercase lemmas"),
        ("- {lemma: smite, pos: VERB, subject: [troop], subject_not: [troop], type: ASSAULT}\n", "both required and excluded as subject"),
        ("- {lemma: smite, pos: VERB, transitive: yes please, type: ASSAULT}\n", "transitive must be true or false"),
        ("- {lemma: smite, pos: VERB, transitive: true, intransitive: true, type: ASSAULT}\n", "intransitive means no direct object"),
        ("- {lemma: smiting, pos: NOUN, intransitive: true, type: ASSAULT}\n", "only apply to verbs"),
        ("- {lemma: smite, pos: VERB, alt_types: [ASSAULT], type: ASSAULT}\n", "repeats the entry's own type"),
        ("- {lemma: smite, pos: VERB, object_via: [to], type: ASSAULT}\n", "give the object words too"),
        ("- {lemma: smite, pos: VERB, object_prep: [to], type: ASSAULT}\n", "give the object words too"),
        ("- {lemma: smiting, pos: NOUN, directive: true, type: REQUEST}\n", "only apply to verbs"),
        ("- {lemma: smiting, pos: NOUN, complement: [responsible], type: ACCUSE}\n", "only apply to verbs"),
        ("- {lemma: smiting, pos: NOUN, converse: true, type: AID}\n", "only apply to verbs"),
        ("- {lemma: smite, pos: VERB, object: [\"@town\"], type: ASSAULT}\n", "no kind of name"),
        ("- {lemma: smite, pos: VERB, directive: sometimes, type: REQUEST}\n", "directive must be true or false"),
        ("- {lemma: smite, pos: VERB, object: [$foes], type: ASSAULT}\n", "no shared word list '\\$foes'"),
        ("lemma: smite\n", "expected a YAML list"),
        ("- smite\n", "expected a mapping"),
        ("- {lemma: smite, pos: VERB, type: ASSAULT\n", "not valid YAML"),
    ],
)
def test_broken_entries_are_refused_with_file_and_entry(tmp_path: Path, text: str, problem: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ModelError, match=problem) as caught:
        Lexicon.from_files([path])
    assert str(path) in str(caught.value)


def test_an_entry_that_can_never_fire_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {lemma: smite, pos: VERB, type: ASSAULT}\n- {lemma: smite, pos: VERB, type: COERCE}\n")
    with pytest.raises(ModelError, match="entry 2 .*can never fire"):
        Lexicon.from_files([path])


def test_a_compound_object_shadowed_by_its_head_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {lemma: send, pos: VERB, object: [mission], type: CONSULT}\n"
                            "- {lemma: send, pos: VERB, object: [peacekeeping mission], type: AID}\n")
    with pytest.raises(ModelError, match="entry 2 .*peacekeeping mission"):
        Lexicon.from_files([path])


def test_an_entry_told_apart_by_its_complement_is_reachable(tmp_path: Path) -> None:
    # "ordered troops to leave" is a demand, "ordered troops to the border" a deployment
    path = _write(tmp_path, "- {lemma: order, pos: VERB, object: [troop], type: MOBILIZE}\n"
                            "- {lemma: order, pos: VERB, object: [troop], complement: [leave], type: REQUEST}\n")
    lexicon = Lexicon.from_files([path])
    assert [e.type for e in lexicon.verb_entries("order")] == ["REQUEST", "MOBILIZE"]


def test_a_shared_word_list_stands_for_its_words(tmp_path: Path) -> None:
    # put on a blacklist and taken off one: two files, one list (word_lists.yaml)
    path = _write(tmp_path, "- {lemma: put, pos: VERB, object: [$blacklists, roster], object_via: [\"on\"], type: COERCE}\n")
    [entry] = Lexicon.from_files([path]).verb_entries("put")
    assert {"entity list", "terror list", "roster"} <= set(entry.object)
    assert entry.object == tuple(shared_word_lists()["blacklists"]) + ("roster",)


def test_a_type_file_holds_only_its_type(tmp_path: Path) -> None:
    path = _write(tmp_path, "- {lemma: smite, pos: VERB, type: COERCE}\n", name="assault.yaml")
    with pytest.raises(ModelError, match="move it to coerce.yaml"):
        Lexicon.from_files([path])


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="trigger folder not found"):
        Lexicon.from_dir(tmp_path / "nowhere")


def test_object_via_tells_apart_entries_of_one_lemma(tmp_path: Path) -> None:
    path = _write(tmp_path, '- {lemma: accede, pos: VERB, type: AGREE}\n'
                            '- {lemma: accede, pos: VERB, object: [treaty], object_via: [to], type: SUPPORT}\n')
    entries = Lexicon.from_files([path]).verb_entries("accede")
    assert [(e.type, e.object_via) for e in entries] == [("SUPPORT", ("to",)), ("AGREE", ())]
