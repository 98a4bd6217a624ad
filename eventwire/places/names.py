"""How place names are compared: one normal form for every table and every mention.

A name in the text and a name in a table match when their keys are equal. The key
folds case and accents, treats hyphens as spaces and drops a leading "the" and a
trailing possessive, because news writes "the Gaza Strip's", "Nagorno Karabakh" and
"Cancún" for names the tables spell otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from eventwire.errors import ModelError

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_DASHES = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]+")
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " ,;:!?\"()[]{}"
_POSSESSIVE = re.compile(r"(?:'s|')$")


def fold_accents(text: str) -> str:
    """'Cancún' -> 'Cancun', 'Ţūlkarm' -> 'Tulkarm'; letters without a base form stay."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """The comparison form of a place name ("" when nothing is left)."""
    key = fold_accents(text.translate(_APOSTROPHES)).casefold()
    key = _DASHES.sub(" ", key)
    key = _SPACES.sub(" ", key).strip(_EDGE_PUNCT)
    key = _POSSESSIVE.sub("", key).strip(_EDGE_PUNCT)
    if key.startswith("the "):
        key = key[4:]
    return key.strip()


@dataclass(frozen=True, slots=True)
class NameParts:
    """Word lists read around place names (data/name_parts.yaml)."""

    compass_words: frozenset[str]
    region_suffixes: frozenset[str]
    facility_heads: frozenset[str]
    state_form_words: frozenset[str]
    demonym_endings: tuple[str, ...]
    ruler_stopwords: frozenset[str]  # place names that are also people's names or words
    generic_words: frozenset[str]  # parts of place names that are never a name alone
    surname_particles: frozenset[str]  # "dos Santos", "de Gaulle": lower-case words inside people's names

    def is_demonym_form(self, word: str) -> bool:
        """True for one capitalised word with a demonym ending ("Iraqi", "Lebanese")."""
        return " " not in word.strip() and word[:1].isupper() and word.lower().endswith(self.demonym_endings)


@lru_cache(maxsize=1)
def name_parts() -> NameParts:
    raw = read_data_yaml("name_parts.yaml")
    if not isinstance(raw, dict):
        raise ModelError("places data file name_parts.yaml must map list names to word lists")
    try:
        compass = frozenset(name_key(w) for w in raw["compass_words"])
        suffixes = frozenset(name_key(w) for w in raw["region_suffixes"])
        facilities = frozenset(name_key(w) for w in raw["facility_heads"])
        return NameParts(
            compass_words=compass,
            region_suffixes=suffixes,
            facility_heads=facilities,
            state_form_words=frozenset(w.casefold() for w in raw["state_form_words"]),
            # longest endings first so "ian" is tried before "an"
            demonym_endings=tuple(sorted((e.lower() for e in raw["demonym_endings"]), key=len, reverse=True)),
            ruler_stopwords=frozenset(str(w) for w in raw["ruler_stopwords"]),
            generic_words=compass | suffixes | facilities,
            surname_particles=frozenset(w.casefold() for w in raw["surname_particles"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"places data file name_parts.yaml is malformed: {exc!r}") from exc


def read_data_yaml(filename: str) -> object:
    """A YAML file of eventwire/places/data, parsed (ModelError when missing or broken)."""
    text = read_data_text(filename)
    try:
        # libyaml's loader when present: the pure-Python one costs a third of a second here
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise ModelError(f"places data file {filename!r} is not valid YAML: {exc}") from exc


def read_data_text(filename: str) -> str:
    """A file of eventwire/places/data as text (ModelError when missing)."""
    try:
        return resources.files("eventwire.places").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"places data file {filename!r} is missing: {exc}") from exc
