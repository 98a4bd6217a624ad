"""The PLOVER 2.0 ontology and the CAMEO code table, loaded from the package's data files.

``data/plover.yaml`` holds the 16 event types with their quad class, intensity score,
modes and default CAMEO codes, plus the contexts and sector codes; ``data/cameo.tsv``
maps every CAMEO code to a PLOVER type, mode and context (built by
``scripts/build_cameo.py``). Both are checked on load, so a broken table fails at
start-up with the file and the entry named, not later inside the event coder.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import EventwireError, ModelError

PLOVER_FILE = "plover.yaml"
CAMEO_FILE = "cameo.tsv"
QUADS = (1, 2, 3, 4)
CAMEO_COLUMNS = ("code", "label", "plover_type", "plover_mode", "context", "goldstein")


class UnknownNameError(EventwireError, KeyError):
    """A type, mode or CAMEO code asked of the ontology does not exist."""

    def __str__(self) -> str:  # KeyError would print the message in quotes
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Mode:
    """A PLOVER mode ("how") of one event type."""

    name: str
    definition: str
    score: float  # the mode's own PLOVER score, or the type's when the table gives none
    cameo: str  # the nearest CAMEO code


@dataclass(frozen=True)
class EventType:
    """One of the 16 PLOVER 2.0 event types."""

    name: str
    definition: str
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    score: float  # -10..+10
    modes: dict[str, Mode] = field(hash=False)
    default_cameo: str


@dataclass(frozen=True)
class CameoEntry:
    """One CAMEO code and where it lands in PLOVER."""

    code: str
    label: str
    type: str  # "" for the codes PLOVER drops (01x statements, 02x appeals)
    mode: str
    context: str  # one context, or several joined by ";"
    goldstein: float

    @property
    def contexts(self) -> tuple[str, ...]:
        return tuple(c for c in self.context.split(";") if c)


@dataclass(frozen=True)
class Ontology:
    """The PLOVER types, contexts and sectors, and the CAMEO table, with lookups."""

    event_types: dict[str, EventType] = field(hash=False)
    cameo_codes: dict[str, CameoEntry] = field(hash=False)
    context_names: dict[str, str] = field(hash=False)
    sector_codes: dict[str, str] = field(hash=False)

    @classmethod
    def load(cls) -> Ontology:
        """The packaged ontology, read and checked once per process."""
        return _load_packaged()

    @classmethod
    def from_files(cls, plover_path: Path, cameo_path: Path) -> Ontology:
        """Read and check an ontology from explicit files (tests, user overrides)."""
        types, contexts, sectors = _read_plover(plover_path)
        cameo = _read_cameo(cameo_path, types, contexts)
        ontology = cls(types, cameo, contexts, sectors)
        ontology._check_default_codes(plover_path)
        return ontology

    # -- lookups -----------------------------------------------------------------

    def type(self, name: str) -> EventType:
        try:
            return self.event_types[name]
        except KeyError:
            raise UnknownNameError(
                f"unknown PLOVER type {name!r}; known: {', '.join(self.event_types)}"
            ) from None

    def mode(self, type: str, name: str) -> Mode:
        event_type = self.type(type)
        try:
            return event_type.modes[name]
        except KeyError:
            known = ", ".join(event_type.modes) or "none"
            raise UnknownNameError(f"PLOVER type {type} has no mode {name!r}; its modes: {known}") from None

    def has_mode(self, type: str, name: str) -> bool:
        return type in self.event_types and name in self.event_types[type].modes

    def cameo(self, code: str) -> CameoEntry:
        try:
            return self.cameo_codes[code]
        except KeyError:
            raise UnknownNameError(f"unknown CAMEO code {code!r}") from None

    def has_cameo(self, code: str) -> bool:
        return code in self.cameo_codes

    def cameo_for(self, type: str, mode: str = "") -> str:
        """The CAMEO code to report beside a PLOVER type (and mode, when one applies)."""
        if mode:
            return self.mode(type, mode).cameo
        return self.type(type).default_cameo

    def quad(self, type: str) -> int:
        return self.type(type).quad

    def score(self, type: str, mode: str = "") -> float:
        """The PLOVER intensity score, -10 (most conflictual) .. +10 (most cooperative)."""
        if mode:
            return self.mode(type, mode).score
        return self.type(type).score

    def types(self) -> tuple[str, ...]:
        """The 16 type names, in the manual's order (cooperation first)."""
        return tuple(self.event_types)

    def contexts(self) -> dict[str, str]:
        """Context name -> one-line meaning."""
        return dict(self.context_names)

    def sectors(self) -> dict[str, str]:
        """Sector code -> one-line meaning."""
        return dict(self.sector_codes)

    def _check_default_codes(self, source: Path) -> None:
        for event_type in self.event_types.values():
            codes = [(event_type.name, event_type.default_cameo)]
            codes += [(f"{event_type.name}/{m.name}", m.cameo) for m in event_type.modes.values()]
            for where, code in codes:
                if code not in self.cameo_codes:
                    raise ModelError(f"{source}: {where} names CAMEO code {code!r}, which is not in {CAMEO_FILE}")


@lru_cache(maxsize=1)
def _load_packaged() -> Ontology:
    data = resources.files("eventwire.events") / "data"
    with resources.as_file(data / PLOVER_FILE) as plover, resources.as_file(data / CAMEO_FILE) as cameo:
        return Ontology.from_files(Path(plover), Path(cameo))


def _read_plover(path: Path) -> tuple[dict[str, EventType], dict[str, str], dict[str, str]]:
    document = _read_yaml(path)
    raw_types = _require_mapping(document.get("types"), path, "types")
    types = {name: _event_type(name, spec, path) for name, spec in raw_types.items()}
    contexts = {str(k): str(v) for k, v in _require_mapping(document.get("contexts"), path, "contexts").items()}
    sectors = {str(k): str(v) for k, v in _require_mapping(document.get("sectors"), path, "sectors").items()}
    return types, contexts, sectors


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: ontology file not found (reinstall eventwire)") from None
    except yaml.YAMLError as exc:
        raise ModelError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(document, dict):
        raise ModelError(f"{path}: expected a mapping with types, contexts and sectors")
    return document


def _require_mapping(value: Any, path: Path, where: str) -> dict[str, Any]:
    if not isinstance(value, dict) or not value:
        raise ModelError(f"{path}: {where} must be a non-empty mapping")
    return value


def _event_type(name: str, spec: Any, path: Path) -> EventType:
    where = f"{path}: type {name}"
    if not isinstance(spec, dict):
        raise ModelError(f"{where}: expected a mapping")
    missing = [key for key in ("definition", "quad", "score", "cameo") if key not in spec]
    if missing:
        raise ModelError(f"{where}: missing {', '.join(missing)}")
    if spec["quad"] not in QUADS:
        raise ModelError(f"{where}: quad must be one of 1-4, not {spec['quad']!r}")
    score = _score(spec["score"], where)
    modes: dict[str, Mode] = {}
    for mode_name, mode_spec in (spec.get("modes") or {}).items():
        mode_where = f"{where}, mode {mode_name}"
        if not isinstance(mode_spec, dict) or "definition" not in mode_spec or "cameo" not in mode_spec:
            raise ModelError(f"{mode_where}: needs a definition and a cameo code")
        mode_score = _score(mode_spec["score"], mode_where) if "score" in mode_spec else score
        modes[str(mode_name)] = Mode(str(mode_name), str(mode_spec["definition"]), mode_score, str(mode_spec["cameo"]))
    return EventType(name, str(spec["definition"]), int(spec["quad"]), score, modes, str(spec["cameo"]))


def _score(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not -10 <= value <= 10:
        raise ModelError(f"{where}: score must be a number in -10..10, not {value!r}")
    return float(value)


def _read_cameo(path: Path, types: dict[str, EventType], contexts: dict[str, str]) -> dict[str, CameoEntry]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ModelError(f"{path}: CAMEO table not found (rebuild it with scripts/build_cameo.py)") from None
    rows = csv.DictReader((line for line in lines if line and not line.startswith("#")), delimiter="\t")
    if tuple(rows.fieldnames or ()) != CAMEO_COLUMNS:
        raise ModelError(f"{path}: expected columns {', '.join(CAMEO_COLUMNS)}, found {rows.fieldnames}")
    table: dict[str, CameoEntry] = {}
    for row in rows:
        code = row["code"]
        where = f"{path}: CAMEO code {code!r}"
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise ModelError(f"{where}: a CAMEO code has 2 to 4 digits")
        if code in table:
            raise ModelError(f"{where}: listed twice")
        type_name, mode = row["plover_type"], row["plover_mode"]
        if type_name and type_name not in types:
            raise ModelError(f"{where}: unknown PLOVER type {type_name!r}")
        if mode and (not type_name or mode not in types[type_name].modes):
            raise ModelError(f"{where}: {type_name or 'no type'} has no mode {mode!r}")
        entry = CameoEntry(code, row["label"], type_name, mode, row["context"], _goldstein(row["goldstein"], where))
        unknown = [c for c in entry.contexts if c not in contexts]
        if unknown:
            raise ModelError(f"{where}: unknown context {', '.join(unknown)}")
        table[code] = entry
    return table


def _goldstein(text: str, where: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ModelError(f"{where}: Goldstein weight {text!r} is not a number") from None
    if not -10 <= value <= 10:
        raise ModelError(f"{where}: Goldstein weight {value} is outside -10..10")
    return value
