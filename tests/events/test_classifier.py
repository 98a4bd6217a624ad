"""The event-type classifier: artefacts load, probabilities are sane, obvious sentences are typed."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import InputError, ModelError
from eventwire.events.classifier import (
    NONE_LABEL,
    EventTypeClassifier,
    StaticEmbedder,
    WordPieceTokenizer,
    char_ngrams,
    normalise_text,
    word_ngrams,
)
from eventwire.events.ontology import Ontology


@pytest.fixture(scope="module")
def classifier() -> EventTypeClassifier:
    return EventTypeClassifier.load()


def test_packaged_model_covers_every_plover_type_and_none(classifier: EventTypeClassifier) -> None:
    assert set(classifier.labels) == set(Ontology.load().types()) | {NONE_LABEL}
    assert EventTypeClassifier.load() is classifier  # cached


def test_probabilities_sum_to_one(classifier: EventTypeClassifier) -> None:
    predictions = classifier.predict(["Troops shelled the town.", "", "Prices rose in May."])
    assert len(predictions) == 3
    for probabilities in predictions:
        assert set(probabilities) == set(classifier.labels)
        assert sum(probabilities.values()) == pytest.approx(1.0)
        assert min(probabilities.values()) >= 0.0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen opened fire on a crowded bus, killing twelve passengers.", "ASSAULT"),
        ("The foreign ministers of Chile and Peru met in Lima to discuss the border.", "CONSULT"),
        ("Thousands of students marched through the capital demanding lower fees.", "PROTEST"),
        ("Police arrested the opposition leader at his home on Sunday.", "COERCE"),
        ("The union threatened to call a general strike if wages were cut.", "THREATEN"),
        ("The government denied that soldiers had shot the villagers.", "REJECT"),
        ("The country's population has doubled since 1990.", NONE_LABEL),
    ],
)
def test_obvious_sentences_get_their_type(classifier: EventTypeClassifier, sentence: str, expected: str) -> None:
    probabilities = classifier.predict([sentence])[0]
    assert max(probabilities, key=probabilities.__getitem__) == expected


def test_trigger_steers_a_sentence_with_two_events(classifier: EventTypeClassifier) -> None:
    sentence = "The minister condemned the arrest of the journalists."
    plain, steered = classifier.predict([sentence, sentence], [None, "arrest of the journalists"])
    assert steered["COERCE"] > plain["COERCE"]


def test_bad_input_names_the_problem(classifier: EventTypeClassifier) -> None:
    with pytest.raises(InputError, match="expected a list of strings"):
        classifier.predict("one sentence")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="text 1 is int"):
        classifier.predict(["fine", 3])  # type: ignore[list-item]
    with pytest.raises(InputError, match="1 triggers for 2 texts"):
        classifier.predict(["a", "b"], ["x"])
    assert classifier.predict([]) == []


def test_missing_artefact_is_a_model_error_naming_file_and_command(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"classifier\.json.*train_event_classifier\.py"):
        EventTypeClassifier.from_dir(tmp_path)
    (tmp_path / "classifier.json").write_text(json.dumps({"labels": ["ASSAULT", "NONE"], "components": ["tfidf"]}))
    with pytest.raises(ModelError, match=r"classifier\.npz"):
        EventTypeClassifier.from_dir(tmp_path)


def test_hand_built_model_loads_and_scores(tmp_path: Path) -> None:
    spec = {
        "labels": ["ASSAULT", "CONSULT", "NONE"],
        "components": ["tfidf"],
        "tfidf": {"blocks": [{"analyser": "word", "features": ["attacked", "met"]}, {"analyser": "char", "features": []}]},
    }
    (tmp_path / "classifier.json").write_text(json.dumps(spec))
    coef = np.array([[5.0, 0.0], [0.0, 5.0], [0.0, 0.0]], dtype=np.float32)
    np.savez(tmp_path / "classifier.npz", idf_word=np.ones(2, np.float32), idf_char=np.ones(0, np.float32),
             tfidf_coef=coef, tfidf_intercept=np.zeros(3, np.float32))
    model = EventTypeClassifier.from_dir(tmp_path)
    attacked, met, neither = model.predict(["Rebels attacked the town", "They met", "Nothing here"])
    assert max(attacked, key=attacked.__getitem__) == "ASSAULT"
    assert max(met, key=met.__getitem__) == "CONSULT"
    assert neither["ASSAULT"] == pytest.approx(1 / 3)


def test_text_features() -> None:
    assert normalise_text("  Zürich  Police, 12 May ") == "zurich police, 00 may"
    assert word_ngrams("police met a crowd") == ["police", "met", "crowd", "police met", "met crowd"]
    assert char_ngrams("war") == [" wa", "war", "ar ", " war", "war ", " war "]
    assert char_ngrams("a") == [" a "]


def test_wordpiece_tokenizer_matches_bert_rules() -> None:
    vocab = ["[PAD]", "[UNK]", "un", "##aff", "##able", "the", "talks", ",", "cafe", "!"]
    tokenizer = WordPieceTokenizer(vocab)
    assert tokenizer.encode("Unaffable, the TALKS!") == [2, 3, 4, 7, 5, 6, 9]
    assert tokenizer.encode("Café") == [8]  # accents stripped, case folded
    assert tokenizer.encode("zzz talks") == [6]  # unknown words dropped


def test_static_embedder_averages_and_normalises() -> None:
    vectors = np.array([[0, 0], [1, 0], [0, 1]], dtype=np.float16)
    embedder = StaticEmbedder(vectors, ["[UNK]", "east", "north"])
    embedded = embedder.embed(["east north", "nowhere"])
    assert embedded[0] == pytest.approx(np.array([1, 1]) / np.sqrt(2))
    assert embedded[1].tolist() == [0.0, 0.0]
    with pytest.raises(ModelError, match="3 embedding vectors for 2"):
        StaticEmbedder(vectors, ["a", "b"])
