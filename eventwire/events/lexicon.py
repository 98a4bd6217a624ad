"""The trigger lexicon: which verbs and nouns signal which PLOVER event.

The entries live in ``data/triggers/<type>.yaml`` (one file per PLOVER type, named in
lowercase) as YAML lists of flow mappings; ``data/README.md`` documents every field.
The event coder looks a token's lemma up here (verbs) or its compound keys, longest
first (nouns), and takes the first entry whose constraints hold.

Order within a lemma: entries with more constraints (a particle, a required object, a
required preposition: one point each) are tried first, so "call off" and "call for"
are tried before a bare "call" wherever their files sit; among entries with as many
constraints, files are read in the ontology's type order and entries in file order.
Two entries of one lemma with the same constraints would leave the second unreachable,
so the loader refuses them, as it refuses unknown types, modes, CAMEO codes and fields:
a broken table fails at start-up with the file and the entry named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import ModelError
from eventwire.events.ontology import Ontology

TRIGGER_DIR = "triggers"
WORD_LISTS = "word_lists.yaml"  # lists several trigger files share, used as "$name"
POS_TAGS = ("VERB", "NOUN")
REQUIRED_FIELDS = ("lemma", "pos", "type")
# Constraints the coder checks only on verbs; on a noun entry they would silently do nothing.
VERB_ONLY_FIELDS = ("object", "object_via", "object_prep", "subject", "subject_not", "transitive", "intransitive", "particle", "passive_agent",
                    "directive", "complement", "converse")
# Object words that stand for any name of a kind, by the NER label that makes a name one:
# an entry may require "@country" ("suspended Fiji", "expelled Russia"), "@organisation"
# or "@people" ("evacuated hundreds of Afghans") where a lemma list cannot name them all.
NAMED_KINDS = {"GPE": "@country", "ORG": "@organisation", "NORP": "@people"}
NAMED_OBJECT_KINDS = tuple(NAMED_KINDS.values())
_WORD = re.compile(r"^[a-z][a-z'.]*(-[a-z]+)?$")  # "test-fire": a hyphenated verb is looked up whole first
_NOUN_KEY = re.compile(r"^[a-z0-9][a-z0-9'.-]*( [a-z0-9][a-z0-9'.-]*)*$")


@dataclass(frozen=True)
class Trigger:
    """One way a word signals an event, with the constraints that must hold around it."""

    lemma: str  # lowercase lemma; a noun may be a compound key ("air strike", "counter-offensive")
    pos: str  # "VERB" or "NOUN"
    type: str  # PLOVER type
    cameo: str = ""  # CAMEO code; the loader fills in the ontology's code when the file gives none
    mode: str = ""
    object: tuple[str, ...] = ()  # required direct-object (or passive-subject) lemmas; () = any
    object_not: tuple[str, ...] = ()  # object lemmas that exclude this entry
    # prepositions whose object may stand for the direct object ("agreed to a deal" as "agreed a deal")
    object_via: tuple[str, ...] = ()
    # a preposition the object must carry ("reaffirmed its commitment to the principle"); a
    # "to" before a verb is no preposition ("its commitment to withdraw")
    object_prep: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()  # required subject lemmas ("troops left X"); () = any
    subject_not: tuple[str, ...] = ()  # subject lemmas that exclude this entry ("pilgrims travelled to Mecca")
    # a required predicate on the object ("held Moscow responsible"); that object is then the recipient
    complement: tuple[str, ...] = ()
    transitive: bool = False  # the verb must have a direct object, whatever it is ("left Kabul", not "left for")
    intransitive: bool = False  # the verb must have no direct object ("crowds demonstrated", not "demonstrated its resolve")
    prep: tuple[str, ...] = ()  # a preposition child of the trigger that must be present
    particle: str = ""  # a required verb particle ("off" in "call off")
    alt_types: tuple[str, ...] = ()  # other types a careful coder could defend
    reciprocal: bool = False  # every party is an actor (talks, clashes, joint agreements)
    passive_agent: bool = False  # "was killed by X": the by-phrase names the actor
    recipient_from: tuple[str, ...] = ()  # prepositions whose object is the recipient; () = default set
    negative: bool = False  # the word itself refuses or denies (informational)
    # an order ("ordered X to close", "ordered X jailed"): the coercive act it governs is the
    # event, done by whoever gave the order (coder.ORDERED_TYPES)
    directive: bool = False
    # the verb's subject receives and its "from" object gives ("Ukraine received tanks from
    # Germany"): the act is the giver's, aimed at the subject
    converse: bool = False
    # a noun that names a state somebody is put in, an act only then ("took him into
    # custody", "put him behind bars", "set the embassy on fire"; arguments.placing_verb)
    placed: bool = False
    source: str = field(default="", compare=False, repr=False)  # "file: entry N", for error messages

    @property
    def constraint_count(self) -> int:
        """How specific the entry is: one point per particle, required object, required preposition."""
        return (bool(self.particle) + bool(self.object) + bool(self.prep) + bool(self.subject) + self.transitive + self.intransitive
                + bool(self.complement) + bool(self.object_prep))

    @property
    def condition(self) -> tuple[str, str, frozenset[str], frozenset[str], frozenset[str], frozenset[str], str, frozenset[str]]:
        """What must hold for the entry to fire; two entries of a lemma may not share one."""
        return (self.pos, self.particle, frozenset(self.object), frozenset(self.prep), frozenset(self.object_not) | frozenset(f"via:{p}" for p in self.object_via),
                frozenset(self.subject) | frozenset(f"not:{w}" for w in self.subject_not), "transitive" if self.transitive else "intransitive" if self.intransitive else "", frozenset(self.complement) | frozenset(f"of:{p}" for p in self.object_prep))


_FIELD_NAMES = tuple(f.name for f in fields(Trigger) if f.name != "source")
_TUPLE_FIELDS = ("object", "object_not", "object_via", "object_prep", "subject", "subject_not", "prep", "alt_types", "recipient_from", "complement")
_BOOL_FIELDS = ("reciprocal", "passive_agent", "negative", "transitive", "intransitive", "directive", "converse", "placed")


class Lexicon:
    """The trigger entries, indexed by part of speech and lemma."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        ordered = sorted(enumerate(triggers), key=lambda pair: (-pair[1].constraint_count, pair[0]))
        self._entries: tuple[Trigger, ...] = tuple(entry for _, entry in ordered)
        self._verbs: dict[str, list[Trigger]] = {}
        self._nouns: dict[str, list[Trigger]] = {}
        for entry in self._entries:
            table = self._verbs if entry.pos == "VERB" else self._nouns
            table.setdefault(entry.lemma, []).append(entry)
        self._check_reachable()

    @classmethod
    def load(cls) -> Lexicon:
        """The packaged lexicon, read and checked once per process."""
        return _load_packaged()

    @classmethod
    def from_dir(cls, folder: Path, ontology: Ontology | None = None) -> Lexicon:
        """Read every ``*.yaml`` of a folder: files named after types in the ontology's order, then the rest."""
        ontology = ontology or Ontology.load()
        if not folder.is_dir():
            raise ModelError(f"{folder}: trigger folder not found (reinstall eventwire)")
        rank = {name.lower(): i for i, name in enumerate(ontology.types())}
        paths = sorted(folder.glob("*.yaml"), key=lambda p: (rank.get(p.stem, len(rank)), p.name))
        if not paths:
            raise ModelError(f"{folder}: no trigger files (*.yaml) in this folder")
        return cls.from_files(paths, ontology)

    @classmethod
    def from_files(cls, paths: Iterable[Path], ontology: Ontology | None = None) -> Lexicon:
        """Read and check trigger files in the order given."""
        ontology = ontology or Ontology.load()
        triggers: list[Trigger] = []
        for path in paths:
            triggers.extend(read_trigger_file(path, ontology))
        return cls(triggers)

    # -- lookups -----------------------------------------------------------------

    def verb_entries(self, lemma: str) -> list[Trigger]:
        """Entries for a verb lemma, most specific first."""
        return list(self._verbs.get(lemma, ()))

    def noun_entries(self, key: str) -> list[Trigger]:
        """Entries for a noun key (a lemma or a compound such as "air strike"), most specific first."""
        return list(self._nouns.get(key, ()))

    def entries(self) -> list[Trigger]:
        return list(self._entries)

    def verb_lemmas(self) -> set[str]:
        return set(self._verbs)

    def noun_keys(self) -> set[str]:
        return set(self._nouns)

    def __len__(self) -> int:
        return len(self._entries)

    def _check_reachable(self) -> None:
        """Refuse entries that an earlier entry of the same lemma always pre-empts."""
        seen: dict[tuple[str, Any], Trigger] = {}
        objects: dict[tuple[str, str, str, frozenset[str], frozenset[str], frozenset[str]], list[Trigger]] = {}
        for entry in self._entries:
            key = (entry.lemma, entry.condition)
            if key in seen:
                first = seen[key]
                raise ModelError(
                    f"{entry.source} ({entry.lemma} {entry.pos}): same constraints as {first.source} "
                    f"({first.type} and {entry.type}), so it can never fire; add an object, "
                    "preposition or particle to tell them apart, or remove one"
                )
            seen[key] = entry
            if not entry.object:
                continue
            siblings = objects.setdefault((entry.lemma, entry.pos, entry.particle, frozenset(entry.prep) | frozenset(f"of:{p}" for p in entry.object_prep),
                                           frozenset(entry.subject), frozenset(entry.complement)), [])
            for earlier in siblings:
                # The coder matches an object by its compound keys and by its head word, so
                # an earlier "mission" also takes "peacekeeping mission" from a later entry.
                shared = {word for word in entry.object if word in earlier.object or _head(word) in earlier.object}
                if shared:
                    raise ModelError(
                        f"{entry.source} ({entry.lemma} {entry.pos}): object {', '.join(sorted(shared))} is "
                        f"also listed in {earlier.source} with the same particle, prepositions and complement; only "
                        "the first can fire for it, so keep it in one entry"
                    )
            siblings.append(entry)


def _head(key: str) -> str:
    """The head word of a compound key: "peacekeeping mission" -> "mission", "cease-fire" -> "fire"."""
    return re.split(r"[ -]", key)[-1]


@lru_cache(maxsize=1)
def _load_packaged() -> Lexicon:
    data = resources.files("eventwire.events") / "data" / TRIGGER_DIR
    with resources.as_file(data) as folder:
        return Lexicon.from_dir(Path(folder), Ontology.load())


def read_trigger_file(path: Path, ontology: Ontology) -> list[Trigger]:
    """The checked entries of one trigger file."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: trigger file not found") from None
    except yaml.YAMLError as exc:
        raise ModelError(f"{path}: not valid YAML ({exc})") from None
    if document is None:
        return []
    if not isinstance(document, list):
        raise ModelError(f"{path}: expected a YAML list of trigger entries, found {type(document).__name__}")
    triggers = [_trigger(raw, path, number, ontology) for number, raw in enumerate(document, start=1)]
    # A file named after a type holds that type only, so a reader finds every entry where it expects it.
    file_type = path.stem.upper()
    if file_type in ontology.event_types:
        for number, trigger in enumerate(triggers, start=1):
            if trigger.type != file_type:
                raise ModelError(
                    f"{path}: entry {number} ({trigger.lemma} {trigger.pos}) has type {trigger.type}; "
                    f"move it to {trigger.type.lower()}.yaml (a file named after a type holds only that type)"
                )
    return triggers


def _trigger(raw: Any, path: Path, number: int, ontology: Ontology) -> Trigger:
    where = f"{path}: entry {number}"
    if not isinstance(raw, dict):
        raise ModelError(f"{where}: expected a mapping such as {{lemma: meet, pos: VERB, type: CONSULT}}, found {raw!r}")
    if "lemma" in raw:
        where += f" ({raw['lemma']} {raw.get('pos', '?')})"
    unknown = sorted(str(key) for key in raw if key not in _FIELD_NAMES)
    if unknown:
        raise ModelError(f"{where}: unknown field {', '.join(unknown)}; known fields: {', '.join(_FIELD_NAMES)}")
    missing = [name for name in REQUIRED_FIELDS if name not in raw]
    if missing:
        raise ModelError(f"{where}: missing {', '.join(missing)}")
    values: dict[str, Any] = {}
    for name in ("lemma", "pos", "type", "cameo", "mode", "particle"):
        if name in raw:
            values[name] = _text(raw[name], name, where)
    for name in _TUPLE_FIELDS:
        if name in raw:
            values[name] = _words(raw[name], name, where)
    for name in _BOOL_FIELDS:
        if name in raw:
            if not isinstance(raw[name], bool):
                raise ModelError(f"{where}: {name} must be true or false, not {raw[name]!r}")
            values[name] = raw[name]
    _check_shape(values, where)
    _check_ontology(values, where, ontology)
    if not values.get("cameo"):
        values["cameo"] = ontology.cameo_for(values["type"], values.get("mode", ""))
    return Trigger(**values, source=f"{path}: entry {number}")


def _text(value: Any, name: str, where: str) -> str:
    if name == "cameo" and isinstance(value, int) and not isinstance(value, bool):
        raise ModelError(f"{where}: cameo {value!r} must be quoted (\"057\"), or YAML drops its leading zero")
    if isinstance(value, bool):
        # YAML 1.1 reads bare off/on/yes/no as booleans.
        raise ModelError(f"{where}: {name} must be text, not {value!r}; quote words such as \"off\" and \"on\"")
    if not isinstance(value, str):
        raise ModelError(f"{where}: {name} must be text, not {value!r}")
    return value.strip()


def _words(value: Any, name: str, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) and item.strip() for item in items):
        has_bool = isinstance(items, list) and any(isinstance(item, bool) for item in items)
        hint = '; quote words such as "off" and "on", which YAML reads as true/false' if has_bool else ""
        raise ModelError(f"{where}: {name} must be a list of words, not {value!r}{hint}")
    words: list[str] = []
    for item in (item.strip() for item in items):
        if not item.startswith("$"):
            words.append(item)
            continue
        shared = shared_word_lists().get(item[1:])
        if shared is None:
            known = ", ".join(f"${list_name}" for list_name in sorted(shared_word_lists()))
            raise ModelError(f"{where}: {name} names no shared word list {item!r}; {WORD_LISTS} has {known}")
        words.extend(shared)
    return tuple(words)


@lru_cache(maxsize=1)
def shared_word_lists() -> dict[str, tuple[str, ...]]:
    """The named word lists of ``data/word_lists.yaml`` that entries refer to as "$name"."""
    path = resources.files("eventwire.events") / "data" / WORD_LISTS
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ModelError(f"{WORD_LISTS}: not valid YAML ({exc})") from None
    if not isinstance(document, dict) or not all(isinstance(words, list) and all(isinstance(w, str) for w in words) for words in document.values()):
        raise ModelError(f"{WORD_LISTS}: expected a mapping of list names to lists of words")
    return {str(list_name): tuple(word.strip() for word in words) for list_name, words in document.items()}


def _check_shape(values: dict[str, Any], where: str) -> None:
    pos, lemma = values["pos"], values["lemma"]
    if pos not in POS_TAGS:
        raise ModelError(f"{where}: pos must be VERB or NOUN, not {pos!r}")
    if pos == "VERB" and not _WORD.match(lemma):
        raise ModelError(f"{where}: a verb lemma is one lowercase word, or two joined by a hyphen ('test-fire'), not {lemma!r}")
    if pos == "NOUN" and not _NOUN_KEY.match(lemma):
        raise ModelError(f"{where}: a noun key is lowercase words joined by spaces or hyphens, not {lemma!r}")
    if pos == "NOUN":
        verb_only = [name for name in VERB_ONLY_FIELDS if values.get(name)]
        if verb_only:
            raise ModelError(f"{where}: {', '.join(verb_only)} only apply to verbs (the coder ignores them on nouns)")
    for name in ("object", "object_not", "object_via", "object_prep", "subject", "subject_not", "prep", "recipient_from", "complement"):
        for word in values.get(name, ()):
            if word.startswith("@") and word not in NAMED_OBJECT_KINDS:
                raise ModelError(f"{where}: {name} word {word!r} is no kind of name; use one of {', '.join(NAMED_OBJECT_KINDS)}")
            if word != word.lower():
                raise ModelError(f"{where}: {name} words are lowercase lemmas, not {word!r}")
    if values.get("particle") and not _WORD.match(values["particle"]):
        raise ModelError(f"{where}: particle is one lowercase word, not {values['particle']!r}")
    if values.get("object_via") and not values.get("object"):
        raise ModelError(f"{where}: object_via names where the required object may sit; give the object words too")
    if values.get("object_prep") and not values.get("object"):
        raise ModelError(f"{where}: object_prep names a preposition the required object carries; give the object words too")
    if values.get("intransitive") and (values.get("transitive") or values.get("object")):
        raise ModelError(f"{where}: intransitive means no direct object; drop transitive and object")
    for required, excluded in (("object", "object_not"), ("subject", "subject_not")):
        overlap = set(values.get(required, ())) & set(values.get(excluded, ()))
        if overlap:
            raise ModelError(f"{where}: {', '.join(sorted(overlap))} both required and excluded as {required}")


def _check_ontology(values: dict[str, Any], where: str, ontology: Ontology) -> None:
    event_type = values["type"]
    if event_type not in ontology.event_types:
        raise ModelError(f"{where}: unknown PLOVER type {event_type!r}; known: {', '.join(ontology.types())}")
    mode = values.get("mode", "")
    if mode and not ontology.has_mode(event_type, mode):
        known = ", ".join(ontology.type(event_type).modes) or "none"
        raise ModelError(f"{where}: PLOVER type {event_type} has no mode {mode!r}; its modes: {known}")
    cameo = values.get("cameo", "")
    if cameo and not ontology.has_cameo(cameo):
        raise ModelError(f"{where}: unknown CAMEO code {cameo!r}")
    if cameo and ontology.cameo(cameo).type == "":
        # 01x statements and 02x appeals have no PLOVER home; a trigger must land somewhere.
        raise ModelError(f"{where}: CAMEO code {cameo!r} maps to no PLOVER type; pick a code under {event_type}")
    for alt in values.get("alt_types", ()):
        if alt not in ontology.event_types:
            raise ModelError(f"{where}: alt_types names unknown PLOVER type {alt!r}")
        if alt == event_type:
            raise ModelError(f"{where}: alt_types repeats the entry's own type {alt}")
