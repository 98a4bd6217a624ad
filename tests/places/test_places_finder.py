"""find_places on sentences run through the project pipeline and on hand-built Docs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.models import Place
from eventwire.places import find_places, ruler_patterns


def _doc(nlp: Language, words: list[str], ents: list[str]) -> Doc:
    """A Doc whose entities are given (IOB tags), so the test does not depend on NER."""
    return Doc(nlp.vocab, words=words, ents=ents)


def _by_text(places: list[Place]) -> dict[str, Place]:
    return {p.text: p for p in places}


def test_countries_capitals_and_a_region_ner_calls_org(nlp: Language) -> None:
    text = "Russia deployed peacekeepers in Nagorno-Karabakh, the Russian Foreign Minister said in Moscow."
    places = _by_text(find_places(nlp(text)))
    assert set(places) == {"Russia", "Nagorno-Karabakh", "Moscow"}  # "Russian" is a demonym
    assert (places["Russia"].country, places["Russia"].kind) == ("RUS", "country")
    assert (places["Nagorno-Karabakh"].country, places["Nagorno-Karabakh"].kind) == ("AZE", "region")
    moscow = places["Moscow"]
    assert (moscow.country, moscow.kind, moscow.geonameid) == ("RUS", "city", 524901)


def test_offsets_index_the_text_and_drop_the_article(nlp: Language) -> None:
    text = "Talks were held in the United States.\n\nLater, officials flew to Baku."
    places = find_places(nlp(text))
    assert [p.text for p in places] == ["United States", "Baku"]
    for place in places:
        assert text[place.start : place.end] == place.text


def test_names_ner_tags_person_are_recovered(nlp: Language) -> None:
    places = _by_text(find_places(nlp("The delegation travelled to Yerevan last week.")))
    assert places["Yerevan"].country == "ARM"
    places = _by_text(find_places(nlp("Sri Lanka's peace broker Norway has tried to revive talks.")))
    assert places["Sri Lanka"].country == "LKA"  # tagged PERSON with its possessive
    assert places["Norway"].country == "NOR"


def test_a_big_city_after_a_scene_preposition_is_a_place_whatever_ner_called_it(nlp: Language) -> None:
    words = ["Police", "detained", "activists", "in", "Kursk", "and", "Lyon", "met", "Kursk", "."]
    for label in ("PERSON", "PRODUCT"):
        doc = _doc(nlp, words, ["O", "O", "O", "O", f"B-{label}", "O", f"B-{label}", "O", f"B-{label}", "O"])
        found = [(p.text, p.start) for p in find_places(doc)]
        assert ("Kursk", doc[4].idx) in found
        if label == "PERSON":
            # a city name tagged PERSON elsewhere may be a person ("Lyon met Kursk")
            assert ("Kursk", doc[8].idx) not in found and all(text != "Lyon" for text, _ in found)


def test_compass_word_widens_the_mention(nlp: Language) -> None:
    text = "Clashes erupted in southern Lebanon on Monday."
    (place,) = find_places(nlp(text))
    assert (place.text, place.country, place.kind) == ("southern Lebanon", "LBN", "region")
    assert text[place.start : place.end] == "southern Lebanon"


def test_city_ambiguity_settled_by_the_articles_other_places(nlp: Language) -> None:
    words = ["Police", "in", "Alabama", "said", "he", "fled", "Birmingham", "for", "Texas", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    places = _by_text(find_places(_doc(nlp, words, ents)))
    assert places["Birmingham"].country == "USA"
    alone = find_places(_doc(nlp, ["He", "fled", "Birmingham", "."], ["O", "O", "B-GPE", "O"]))
    assert alone[0].country == "GBR"


def test_demonym_mislabelled_gpe_is_not_a_place(nlp: Language) -> None:
    doc = _doc(nlp, ["Lebanese", "troops", "entered", "Tyre", "."], ["B-GPE", "O", "O", "B-GPE", "O"])
    assert [(p.text, p.country) for p in find_places(doc)] == [("Tyre", "LBN")]


def test_unknown_toponym_is_kept_as_unk(nlp: Language) -> None:
    doc = _doc(nlp, ["They", "reached", "Xyzzyville", "at", "dawn", "."], ["O", "O", "B-GPE", "O", "O", "O"])
    (place,) = find_places(doc)
    assert (place.text, place.country, place.kind, place.lat) == ("Xyzzyville", "UNK", "other", None)


def test_facility_takes_the_country_of_the_place_it_names(nlp: Language) -> None:
    words = ["He", "was", "held", "in", "the", "Dhaka", "Central", "Jail", "."]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    (place,) = find_places(_doc(nlp, words, ents))
    assert (place.text, place.country, place.kind) == ("Dhaka Central Jail", "BGD", "other")


def test_a_common_word_inside_a_facility_name_is_no_town(nlp: Language) -> None:
    words = ["Pirates", "stormed", "the", "Bori", "Divisional", "Police", "Station", "."]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert all(p.country != "POL" for p in find_places(_doc(nlp, words, ents)))  # Police is a town in Poland


def test_a_facility_tag_on_a_name_with_no_facility_word_takes_no_town_inside_it(nlp: Language) -> None:
    words = ["Voters", "opposed", "to", "Le", "Pen", "backed", "him", "."]
    ents = ["O", "O", "O", "B-FAC", "I-FAC", "O", "O", "O"]
    assert all(p.country != "IND" for p in find_places(_doc(nlp, words, ents)))  # Pen is a town in India


def test_region_ner_missed_is_found_but_not_inside_an_organisation(nlp: Language) -> None:
    doc = _doc(nlp, ["Fighting", "spread", "across", "Tigray", "."], ["O"] * 5)
    assert [(p.text, p.country) for p in find_places(doc)] == [("Tigray", "ETH")]
    doc = _doc(nlp, ["Fighting", "in", "northern", "Tigray", "region", "."], ["O"] * 6)
    assert [(p.text, p.kind) for p in find_places(doc)] == [("northern Tigray region", "region")]
    words = ["The", "Kurdistan", "Workers", "'", "Party", "denied", "it", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    assert find_places(_doc(nlp, words, ents)) == []


def test_find_places_wants_a_doc() -> None:
    with pytest.raises(TypeError, match="spaCy Doc"):
        find_places("Moscow")  # type: ignore[arg-type]


def test_ruler_patterns_fix_the_pipeline_on_a_private_copy(nlp: Language) -> None:
    patterns = ruler_patterns()
    assert {p["label"] for p in patterns} == {"GPE", "LOC"}
    texts = {p["pattern"] for p in patterns}
    assert {"Nagorno-Karabakh", "Karabakh", "Baku", "Tigray"} <= texts
    assert "Papua New Guinea" in texts  # so the "Papua" pattern cannot split the country
    assert not {"Jordan", "Chad", "Ky.", "AJK"} & texts
    from eventwire.nlp.model import load_nlp

    copy = load_nlp.__wrapped__()  # a fresh pipeline: the shared one must stay untouched
    ruler = copy.add_pipe("entity_ruler", before="ner")
    ruler.add_patterns(patterns)
    doc = copy("Russia deployed peacekeepers in Nagorno-Karabakh.")
    assert ("Nagorno-Karabakh", "GPE") in [(e.text, e.label_) for e in doc.ents]
    assert "entity_ruler" not in nlp.pipe_names


def test_worked_example_countries(nlp: Language, shared_dir: Path) -> None:
    example = shared_dir / "examples" / "lavrov-karabakh-2021-01-18"
    text = json.loads(example.with_suffix(".json").read_text())["text"]
    gold = json.loads(Path(f"{example}.gold.json").read_text())["places"]
    found = find_places(nlp(text))
    for place in gold:
        answers = {p.country for p in found if p.text == place["text"]}
        assert answers == {place["country"]}, place


def test_a_bare_big_city_name_held_as_a_thing_is_the_city_unless_a_person_was_named_first(nlp: Language) -> None:
    assert "Goma" in _by_text(find_places(nlp("The rebels took control of Goma.")))
    text = "President Louis Sylvain Goma welcomed the envoy. The envoy later met Goma."
    assert "Goma" not in _by_text(find_places(nlp(text)))
    # "for", "with", "by" take people: "a spokesman for Bush" names no town
    assert "Bush" not in _by_text(find_places(nlp("A spokesman for Bush said the talks failed.")))


def test_a_capital_named_by_its_countrys_adjective_is_that_capital(nlp: Language) -> None:
    capitals = {"Iraqi": ("Baghdad", "IRQ"), "Ukrainian": ("Kyiv", "UKR")}
    doc = nlp("Car bombs killed 20 people in the Iraqi capital and the Ukrainian capital was calm.")
    places = find_places(doc, capital_of=capitals.get)
    assert [(p.text, p.name, p.country, p.kind) for p in places] == [
        ("Iraqi capital", "Baghdad", "IRQ", "city"), ("Ukrainian capital", "Kyiv", "UKR", "city")]
    # without the adjectives' table (or for a word that names no country) no place is made
    assert find_places(doc) == []
    assert find_places(nlp("The regional capital was calm."), capital_of=capitals.get) == []
