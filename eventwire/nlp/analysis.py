"""The analysis pipeline: spaCy plus an entity ruler fed by the actor and place
gazetteers, so names the statistical NER misses or mislabels ("Pashinyan",
"Nagorno-Karabakh" as ORG, "Baku" as PERSON) come out right."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from spacy.language import Language

from eventwire.nlp.model import PARAGRAPH_BREAK_COMPONENT, _load_model, load_nlp

if TYPE_CHECKING:
    from eventwire.actors.kb import KnowledgeBase

RULER_NAME = "gazetteer_ruler"


@lru_cache(maxsize=1)
def ruler_stoplist() -> frozenset[str]:
    """Gazetteer names too ambiguous to force as entities ("May", "Rice", "Chad" the name)."""
    raw = resources.files("eventwire.nlp").joinpath("data/ruler_stoplist.yaml").read_text(encoding="utf-8")
    return frozenset(str(word) for word in yaml.safe_load(raw))


def ruler_patterns(kb: KnowledgeBase | None = None) -> list[dict[str, object]]:
    """Entity-ruler patterns from the knowledge base (the packaged one unless given) and the gazetteer."""
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.places import ruler_patterns as place_patterns

    stop = ruler_stoplist()
    patterns: list[dict[str, object]] = []
    seen: set[tuple[str, str]] = set()
    for text, label in (kb or KnowledgeBase.load()).names_for_ruler():
        if text in stop or not text[0].isupper():
            continue
        if " " not in text and "-" not in text and "+" not in text and len(text) < 5:
            continue  # short single names ("Hai", "Abe") collide with ordinary words and places ("P5+1" does not)
        if (text, label) not in seen:
            seen.add((text, label))
            patterns.append({"label": label, "pattern": text})
    for pattern in place_patterns():
        key = (str(pattern["pattern"]), str(pattern["label"]))
        if key not in seen:
            seen.add(key)
            patterns.append(pattern)
    return patterns


def load_analysis_pipeline(actors: KnowledgeBase | Path | str | None = None) -> Language:
    """spaCy with paragraph breaks and the gazetteer ruler, built once per knowledge base.

    ``actors`` is the knowledge base the ruler's names come from, or the path of a user
    actor overlay (docs/actors.md); None is the packaged knowledge base. The packaged one
    uses the process's shared model; each overlay gets a model of its own, so its names
    never leak into runs without it. An edited overlay is a new knowledge base
    (``KnowledgeBase.load`` keys its cache on the file's modification time) and so a new
    pipeline."""
    from eventwire.actors.kb import KnowledgeBase

    if actors is None or isinstance(actors, (str, Path)):
        actors = KnowledgeBase.load(Path(actors) if actors else None)
    return _pipeline_for(actors)


@lru_cache(maxsize=2)  # the packaged knowledge base and one overlay: each pipeline holds a model
def _pipeline_for(kb: KnowledgeBase) -> Language:
    from eventwire.actors.kb import KnowledgeBase

    if kb is KnowledgeBase.load():
        nlp = load_nlp()
    else:
        nlp = _load_model()
        nlp.add_pipe(PARAGRAPH_BREAK_COMPONENT, before="parser")
    if RULER_NAME not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, after="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
        ruler.add_patterns(ruler_patterns(kb))  # type: ignore[attr-defined]
    return nlp
