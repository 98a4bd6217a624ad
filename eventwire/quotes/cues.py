"""The cue lexicon: which words signal that a statement is being attributed.

The words live in ``data/cues.yaml``; this module reads them once and answers
questions about tokens ("is this verb a cue that takes a that-clause?").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from eventwire.errors import ModelError

CUES_FILE = "cues.yaml"
_LIST_FIELDS = (
    "clause_verbs",
    "frame_verbs",
    "particle_required",
    "expression_verbs",
    "expression_nouns",
    "noun_cues",
    "relay_verbs",
    "according_to",
    "according_to_not_speakers",
    "statement_adjunct_nouns",
    "addressee_cues",
    "addressee_verbs",
    "cue_adverbs",
    "first_person",
    "anaphoric_contents",
    "anaphoric_active_verbs",
)


@dataclass(frozen=True)
class ComplementFrame:
    """What a complement verb takes as content: "object", "infinitive",
    "gerund" or a preposition word ("of", "as"); ``needs`` must be present."""

    takes: frozenset[str]
    needs: frozenset[str]
    bare_object: bool = True  # a plain noun phrase alone may be the content


@dataclass(frozen=True)
class CueLexicon:
    """The cue words by family; see ``data/cues.yaml`` for what each family means."""

    clause_verbs: frozenset[str]
    frame_verbs: frozenset[str]
    complement_verbs: dict[str, ComplementFrame]
    phrasal: dict[str, frozenset[str]]
    particle_required: frozenset[str]
    expression_verbs: frozenset[str]
    expression_nouns: frozenset[str]
    noun_cues: frozenset[str]
    relay_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    according_to_not_speakers: frozenset[str]
    statement_adjunct_nouns: frozenset[str]
    addressee_cues: tuple[tuple[str, ...], ...]
    addressee_verbs: frozenset[str]
    cue_adverbs: frozenset[str]
    first_person: frozenset[str]
    anaphoric_contents: frozenset[str]
    anaphoric_active_verbs: frozenset[str]

    def is_verb(self, token: Token) -> bool:
        # The small model tags some reporting verbs as nouns ("Trump claims
        # that ...": claims/NNS); a "noun" with a subject and a clause of its
        # own is a verb whatever its tag.
        if token.pos_ == "VERB" or token.tag_.startswith("VB"):
            return True
        deps = {child.dep_ for child in token.children}
        return token.pos_ == "NOUN" and "nsubj" in deps and "ccomp" in deps

    def is_clause_verb(self, token: Token) -> bool:
        """A verb that reports speech through a that-clause ("said that ...")."""
        return self.is_verb(token) and token.lemma_.lower() in self.clause_verbs

    def is_frame_verb(self, token: Token) -> bool:
        """A verb that can frame a quotation ("...," he said / she asked)."""
        lemma = token.lemma_.lower()
        return self.is_verb(token) and (lemma in self.clause_verbs or lemma in self.frame_verbs or lemma in self.relay_verbs)

    def complement_frame(self, token: Token) -> ComplementFrame | None:
        """How a complement verb's content is found, or None for other words."""
        if not self.is_verb(token):
            return None
        return self.complement_verbs.get(token.lemma_.lower())

    def is_relay_verb(self, token: Token) -> bool:
        return self.is_verb(token) and token.lemma_.lower() in self.relay_verbs

    def is_expression_verb(self, token: Token) -> bool:
        return self.is_verb(token) and token.lemma_.lower() in self.expression_verbs

    def particles_of(self, token: Token) -> frozenset[str]:
        return self.phrasal.get(token.lemma_.lower(), frozenset())

    def needs_particle(self, token: Token) -> bool:
        return token.lemma_.lower() in self.particle_required

    def takes_addressee(self, token: Token) -> bool:
        return token.lemma_.lower() in self.addressee_verbs

    def is_expression_noun(self, token: Token) -> bool:
        return token.lower_ in self.expression_nouns or token.lemma_.lower() in self.expression_nouns

    def is_noun_cue(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and (token.lower_ in self.noun_cues or token.lemma_.lower() in self.noun_cues)

    def is_statement_adjunct(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.statement_adjunct_nouns

    def is_first_person(self, token: Token) -> bool:
        return token.pos_ == "PRON" and token.lower_ in self.first_person

    def is_anaphoric(self, token: Token) -> bool:
        return token.lower_ in self.anaphoric_contents


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The packaged cue lexicon, read once per process."""
    try:
        raw = resources.files("eventwire.quotes").joinpath("data").joinpath(CUES_FILE).read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"quote cue lexicon data/{CUES_FILE} cannot be read: {exc}") from exc
    return lexicon_from_mapping(data, source=f"data/{CUES_FILE}")


def lexicon_from_mapping(data: Any, source: str = "cue lexicon") -> CueLexicon:
    """Build a lexicon from the YAML structure; a missing or mistyped family is an error naming it."""
    if not isinstance(data, dict):
        raise ModelError(f"{source}: expected a mapping of cue families, got {type(data).__name__}")
    lists: dict[str, list[str]] = {}
    for name in _LIST_FIELDS:
        value = data.get(name)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ModelError(f"{source}: family {name!r} must be a list of strings")
        lists[name] = [item.strip().lower() for item in value if item.strip()]
    phrasal_raw = data.get("phrasal")
    if not isinstance(phrasal_raw, dict):
        raise ModelError(f"{source}: family 'phrasal' must map verb lemmas to particle lists")
    for verb, particles in phrasal_raw.items():
        if not isinstance(particles, list) or not all(isinstance(p, str) for p in particles):
            # YAML reads a bare `on` as true: particles must be quoted strings.
            raise ModelError(f"{source}: phrasal verb {verb!r} must list its particles as quoted strings")
    phrasal = {str(verb).lower(): frozenset(p.lower() for p in particles) for verb, particles in phrasal_raw.items()}
    complements = _complement_frames(data.get("complement_verbs"), source)
    return CueLexicon(
        clause_verbs=frozenset(lists["clause_verbs"]),
        frame_verbs=frozenset(lists["frame_verbs"]),
        complement_verbs=complements,
        phrasal=phrasal,
        particle_required=frozenset(lists["particle_required"]),
        expression_verbs=frozenset(lists["expression_verbs"]),
        expression_nouns=frozenset(lists["expression_nouns"]),
        noun_cues=frozenset(lists["noun_cues"]),
        relay_verbs=frozenset(lists["relay_verbs"]),
        according_to=tuple(tuple(phrase.split()) for phrase in lists["according_to"]),
        according_to_not_speakers=frozenset(lists["according_to_not_speakers"]),
        statement_adjunct_nouns=frozenset(lists["statement_adjunct_nouns"]),
        addressee_cues=tuple(tuple(phrase.split()) for phrase in lists["addressee_cues"]),
        addressee_verbs=frozenset(lists["addressee_verbs"]),
        cue_adverbs=frozenset(lists["cue_adverbs"]),
        first_person=frozenset(lists["first_person"]),
        anaphoric_contents=frozenset(lists["anaphoric_contents"]),
        anaphoric_active_verbs=frozenset(lists["anaphoric_active_verbs"]),
    )


def _complement_frames(raw: Any, source: str) -> dict[str, ComplementFrame]:
    if not isinstance(raw, dict):
        raise ModelError(f"{source}: family 'complement_verbs' must map verb lemmas to {{takes, needs}}")
    frames: dict[str, ComplementFrame] = {}
    for verb, spec in raw.items():
        takes = spec.get("takes") if isinstance(spec, dict) else None
        if not isinstance(takes, list) or not takes:
            raise ModelError(f"{source}: complement verb {verb!r} needs a non-empty 'takes' list")
        needs = spec.get("needs", takes)
        if not all(isinstance(part, str) for part in takes + (needs if isinstance(needs, list) else [])):
            raise ModelError(f"{source}: complement verb {verb!r}: parts must be quoted strings (YAML reads a bare `on` as true)")
        if not isinstance(needs, list) or not set(needs) <= set(takes):
            raise ModelError(f"{source}: complement verb {verb!r}: 'needs' must be a list drawn from 'takes'")
        bare_object = spec.get("bare_object", True)
        if not isinstance(bare_object, bool):
            raise ModelError(f"{source}: complement verb {verb!r}: 'bare_object' must be true or false")
        frames[str(verb).lower()] = ComplementFrame(
            takes=frozenset(str(part).lower() for part in takes),
            needs=frozenset(str(part).lower() for part in needs),
            bare_object=bare_object,
        )
    return frames
