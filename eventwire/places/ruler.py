"""Place names the statistical NER gets wrong, as spaCy EntityRuler patterns and as a
matcher the place finder runs itself.

Two lists feed it: every name of the hand-written regions table (no NER model was
trained on "Nagorno-Karabakh" or "Tigray") and data/ner_fixes.yaml, the countries and
big cities that en_core_web_sm tags ORG or PERSON in plain sentences ("Baku",
"Yerevan", "Moldova"), found by ``python -m eventwire.places.ner_probe``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.errors import ModelError
from eventwire.places.names import name_key, read_data_yaml
from eventwire.places.tables import load_countries, load_regions

MATCHER_KEY = "EVENTWIRE_PLACE"


@dataclass(frozen=True, slots=True)
class RulerName:
    text: str  # as written in text (the ruler matches case-sensitively)
    label: str  # GPE or LOC


def ruler_patterns() -> list[dict[str, Any]]:
    """EntityRuler patterns (phrase patterns, label GPE or LOC) for the regions table and
    for the names en_core_web_sm mislabels. Add them to a ruler placed before "ner"::

        ruler = nlp.add_pipe("entity_ruler", before="ner")
        ruler.add_patterns(ruler_patterns())
    """
    return [{"label": name.label, "pattern": name.text, "id": "eventwire-places"} for name in ruler_names()]


@lru_cache(maxsize=1)
def ruler_names() -> tuple[RulerName, ...]:
    names: dict[str, RulerName] = {}
    for record in load_regions():
        if not record.in_ruler:
            continue
        entry = record.entry
        # a political unit is a GPE; seas, continents and regions of several countries are LOC
        label = "GPE" if entry.country and entry.kind in ("region", "city") else "LOC"
        for text in record.names:
            if _ruler_safe(text):
                names.setdefault(text, RulerName(text, label))
    for text in _ner_fixes():
        if _ruler_safe(text):
            names.setdefault(text, RulerName(text, "GPE"))
    # a pattern inside a longer country name would split it ("Papua" in "Papua New
    # Guinea"): the longer name joins the patterns, and the ruler prefers longest matches
    padded = [f" {text} " for text in names]
    for record in load_countries().records:
        for text in record.names:
            if text not in names and _ruler_safe(text) and any(p in f" {text} " for p in padded):
                names[text] = RulerName(text, "GPE")
    return tuple(names.values())


@lru_cache(maxsize=1)
def ruler_keys() -> frozenset[str]:
    """Name keys of every ruler name: a PERSON or ORG entity with such a name is a place."""
    return frozenset(name_key(n.text) for n in ruler_names())


def _ruler_safe(text: str) -> bool:
    """Abbreviations ("Ky.", "AJK", "J&K") and lower-case variants stay out of the ruler:
    as exact tokens they hit initials, acronyms of organisations and ordinary words."""
    if not text or not text[0].isupper() or text.endswith("."):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return not (len(letters) <= 4 and text.upper() == text)


def _ner_fixes() -> list[str]:
    raw = read_data_yaml("ner_fixes.yaml")
    if not isinstance(raw, dict):
        raise ModelError("places data file ner_fixes.yaml must map 'observed' and 'names' to lists")
    names: list[str] = []
    for key in ("observed", "names"):
        values = raw.get(key) or []
        if not isinstance(values, list) or not all(isinstance(n, str) for n in values):
            raise ModelError(f"places data file ner_fixes.yaml: {key!r} must be a list of strings")
        names.extend(values)
    return names


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def place_matcher(vocab: Vocab) -> PhraseMatcher:
    """A PhraseMatcher over the ruler names for Docs of this vocab (built once per vocab)."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    tokenizer = _blank_english().tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    patterns = []
    for name in ruler_names():
        tokens = tokenizer(name.text)
        patterns.append(Doc(vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens]))
    matcher.add(MATCHER_KEY, patterns)
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


@lru_cache(maxsize=1)
def _blank_english() -> spacy.language.Language:
    return spacy.blank("en")
