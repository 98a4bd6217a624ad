"""PLOVER contexts: what an event is about ("why" in PLOVER's what-how-why).

An event's contexts come from three places, read from ``data/contexts.yaml``:
the words of its evidence sentence ("a meeting on trade" is economic), the sectors
of its participants (state armed forces make it military), and, for diplomatic, a
cooperative or verbal act between the governments of two countries. The CAMEO
crosswalk's context for the event's CAMEO code is added too (0861 "admit
peacekeepers" is peacekeeping). Contexts are listed in the ontology's order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc

from eventwire.errors import ModelError
from eventwire.events.ontology import Ontology
from eventwire.models import Event, Participant

DATA_FILE = "contexts.yaml"
_NOT_A_STATE = frozenset({"", "UNK", "IGO"})


@dataclass(frozen=True)
class ContextCues:
    name: str
    phrases: tuple[tuple[str, ...], ...]  # lemma sequences, lower case
    sectors: frozenset[str]
    between_states: frozenset[str]  # event types that, between two states' governments, are in this context

    def held_by(self, participants: Iterable[Participant]) -> bool:
        return any(p.sector in self.sectors for p in participants)


class ContextTagger:
    """Gives each event its PLOVER contexts."""

    def __init__(self, cues: Sequence[ContextCues], ontology: Ontology) -> None:
        self.cues = tuple(cues)
        self.ontology = ontology
        self._order = {name: i for i, name in enumerate(ontology.contexts())}
        # phrases by their first word, so a sentence is read once, not once per phrase
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cue in self.cues:
            for phrase in cue.phrases:
                self._by_first.setdefault(phrase[0], []).append((phrase, cue.name))

    def heard(self, lemmas: Sequence[str], words: Sequence[str]) -> set[str]:
        """The contexts whose words the sentence holds (as lemmas or as written)."""
        found: set[str] = set()
        for tokens in (lemmas, words):
            for i, token in enumerate(tokens):
                for phrase, name in self._by_first.get(token, ()):
                    if tuple(tokens[i : i + len(phrase)]) == phrase:
                        found.add(name)
        return found

    @classmethod
    def load(cls) -> ContextTagger:
        return _packaged()

    def contexts_for(self, event: Event, heard: set[str]) -> list[str]:
        """The event's contexts, given those its sentence's words name (``heard``)."""
        participants = event.actors + event.recipients
        found = set(heard)
        if event.cameo and self.ontology.has_cameo(event.cameo):
            found.update(self.ontology.cameo(event.cameo).contexts)
        for cue in self.cues:
            between = event.type in cue.between_states and _between_states(participants)
            if between or cue.held_by(participants):
                found.add(cue.name)
        return sorted(found, key=lambda name: self._order.get(name, len(self._order)))

    def tag(self, events: Iterable[Event], doc: Doc) -> None:
        """Set ``contexts`` on each event from its evidence sentence in ``doc``."""
        heard_in: dict[tuple[int, int], set[str]] = {}  # events of one sentence read it once
        for event in events:
            key = (event.evidence.start, event.evidence.end)
            if key not in heard_in:
                span = doc.char_span(*key, alignment_mode="expand")
                tokens = list(span) if span is not None else []
                heard_in[key] = self.heard([t.lemma_.lower() for t in tokens], [t.lower_ for t in tokens])
            event.contexts = self.contexts_for(event, heard_in[key])


def _between_states(participants: Sequence[Participant]) -> bool:
    """Governments of two different countries take part."""
    countries = {p.country for p in participants if p.country not in _NOT_A_STATE}
    return len(countries) >= 2 and any(p.sector == "GOV" for p in participants)


def read_cues(document: Any, ontology: Ontology, where: str) -> list[ContextCues]:
    if not isinstance(document, dict):
        raise ModelError(f"{where}: expected a mapping of PLOVER context names to cues")
    known_types = set(ontology.types())
    known_contexts = ontology.contexts()
    cues = []
    for name, spec in document.items():
        if name not in known_contexts:
            raise ModelError(f"{where}: {name!r} is not a PLOVER context (plover.yaml lists them)")
        if not isinstance(spec, dict) or not set(spec) <= {"words", "sectors", "between_states"}:
            raise ModelError(f"{where}: {name}: expected a mapping with words, sectors and/or between_states")
        words = [str(w).lower().split() for w in spec.get("words") or []]
        types = frozenset(str(t) for t in spec.get("between_states") or [])
        if types - known_types:
            raise ModelError(f"{where}: {name}: unknown event type(s) {sorted(types - known_types)}")
        sectors = frozenset(str(s) for s in spec.get("sectors") or [])
        cues.append(ContextCues(str(name), tuple(tuple(w) for w in words if w), sectors, types))
    return cues


@lru_cache(maxsize=1)
def _packaged() -> ContextTagger:
    ontology = Ontology.load()
    source = resources.files("eventwire.events.data").joinpath(DATA_FILE)
    try:
        document = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"{DATA_FILE}: cannot read the context cues ({exc}); reinstall eventwire") from None
    return ContextTagger(read_cues(document, ontology, DATA_FILE), ontology)
