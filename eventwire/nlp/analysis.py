"""The analysis pipeline: spaCy plus an entity ruler fed by the actor and place
gazetteers, so names the statistical NER misses or mislabels ("Pashinyan",
"Nagorno-Karabakh" as ORG, "Baku" as PERSON) come out right."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml
from spacy.language import Language

from eventwire.nlp.model import load_nlp

RULER_NAME = "gazetteer_ruler"


@lru_cache(maxsize=1)
def ruler_stoplist() -> frozenset[str]:
    """Gazetteer names too ambiguous to force as entities ("May", "Rice", "Chad" the name)."""
    raw = resources.files("eventwire.nlp").joinpath("data/ruler_stoplist.yaml").read_text(encoding="utf-8")
    return frozenset(str(word) for word in yaml.safe_load(raw))


def ruler_patterns() -> list[dict[str, object]]:
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.places import ruler_patterns as place_patterns

    stop = ruler_stoplist()
    patterns: list[dict[str, object]] = []
    seen: set[tuple[str, str]] = set()
    for text, label in KnowledgeBase.load().names_for_ruler():
        if text in stop or not text[0].isupper():
            continue
        if " " not in text and "-" not in text and len(text) < 5:
            continue  # short single names ("Hai", "Abe") collide with ordinary words and places
        if (text, label) not in seen:
            seen.add((text, label))
            patterns.append({"label": label, "pattern": text})
    for pattern in place_patterns():
        key = (str(pattern["pattern"]), str(pattern["label"]))
        if key not in seen:
            seen.add(key)
            patterns.append(pattern)
    return patterns


@lru_cache(maxsize=1)
def load_analysis_pipeline() -> Language:
    """spaCy with paragraph breaks and the gazetteer ruler, loaded once per process."""
    nlp = load_nlp()
    if RULER_NAME not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, after="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(ruler_patterns())  # type: ignore[attr-defined]
    return nlp
