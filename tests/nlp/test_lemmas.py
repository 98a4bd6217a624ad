"""Verb lemmas the tagger's lookup gets wrong are repaired from the form's regular stem."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.lemmas import regular_stems, repair_verb_lemmas

KNOWN = frozenset({"stage", "fine", "wage", "sentence", "train", "boycott", "cordon", "ban", "ferry", "retake"})


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma"),
    [
        ("Airline pilots staged a strike.", "staged", "stage"),
        ("The court fined the company.", "fined", "fine"),
        ("The army waged war on the rebels.", "waged", "wage"),
        ("The court is sentencing him today.", "sentencing", "sentence"),
        ("The US trains Iraqi pilots.", "trains", "train"),
        ("Police cordoned off the area.", "cordoned", "cordon"),
        ("The government banned the party.", "banned", "ban"),
        # a prefixed irregular form: the prefix on the irregular verb's base
        ("Iraqi forces retook the city.", "retook", "retake"),
        ("The army has retaken the town.", "retaken", "retake"),
    ],
)
def test_a_wrong_verb_lemma_gets_the_known_stem(nlp: Language, sentence: str, verb: str, lemma: str) -> None:
    doc = nlp(sentence)
    repair_verb_lemmas(doc, KNOWN)
    assert next(t for t in doc if t.text == verb).lemma_ == lemma


def test_a_right_or_unknown_lemma_is_left_alone(nlp: Language) -> None:
    doc = nlp("The minister said the talks went well.")
    before = [t.lemma_ for t in doc]
    repair_verb_lemmas(doc, KNOWN)
    assert [t.lemma_ for t in doc] == before


def test_regular_stems_cover_the_regular_inflections() -> None:
    assert "ferry" in regular_stems("ferried")
    assert "ban" in regular_stems("banning")
    assert "stage" in regular_stems("staging")
