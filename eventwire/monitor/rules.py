"""The alert rule file (YAML) into typed rules; docs/monitoring.md is its reference.

Every mistake is an InputError naming the file, the rule and the field, with what
was expected: a monitor that silently ignores a misspelt key watches nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from eventwire.errors import InputError
from eventwire.events.ontology import Ontology
from eventwire.monitor.areas import Area
from eventwire.monitor.windows import WINDOW_KINDS, WindowKind

VIOLATION_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")
AGREEMENT_EVENTS = ("AGREE", "RETREAT:ceasefire")
# An agreement event of a bare type (AGREE) records a ceasefire only when one of its
# reports speaks of one: AGREE also covers trade deals and visits agreed on.
CEASEFIRE_WORDS = ("ceasefire", "cease-fire", "cease fire", "truce", "armistice", "hostilities", "fighting",
                   "armed conflict", "peace agreement", "peace deal", "peace accord", "peace treaty", "peace plan")
GROUPINGS = ("country", "party", "dyad", "area")
DEFAULT_SECRET_VARIABLE = "EVENTWIRE_MONITOR_WEBHOOK_SECRET"


@dataclass(frozen=True, slots=True)
class EventPattern:
    """A PLOVER type, optionally narrowed to one of its modes or a context: "RETREAT:ceasefire"."""

    type: str
    qualifier: str = ""

    def __str__(self) -> str:
        return f"{self.type}:{self.qualifier}" if self.qualifier else self.type


@dataclass(frozen=True, slots=True)
class Agreement:
    """A ceasefire entered by hand: who, from when, where (no areas: anywhere)."""

    parties: tuple[str, str]
    date: date
    areas: tuple[Area, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class CeasefireRule:
    name: str
    parties: tuple[str, str] | None = None  # None: any two countries that agree
    agreement_events: tuple[EventPattern, ...] = tuple(EventPattern(*p.split(":")) for p in AGREEMENT_EVENTS)
    agreement_words: tuple[str, ...] = CEASEFIRE_WORDS  # empty: every event of a bare agreement type counts
    violation_types: tuple[str, ...] = VIOLATION_TYPES
    agreements: tuple[Agreement, ...] = ()
    window: WindowKind = "daily"
    radius_km: float = 150.0  # around an agreement's place, when the agreement event gives the area
    venue_is_not_area: bool = True  # an agreement placed outside every party's country was signed there, not about there
    mutual: bool = True  # both parties among the actors ("clashes between A and B") count
    kind: Literal["ceasefire"] = "ceasefire"


@dataclass(frozen=True, slots=True)
class SurgeRule:
    name: str
    group_by: str = "country"
    types: tuple[str, ...] = ()  # empty: every type
    window: WindowKind = "weekly"
    baseline_windows: int = 4
    ratio: float = 2.0
    min_count: int = 5
    kind: Literal["surge"] = "surge"


@dataclass(frozen=True, slots=True)
class WatchRule:
    name: str
    types: tuple[str, ...] = ()
    dyad: tuple[str | None, str | None] | None = None  # (actor country, recipient country); None side = any
    both_directions: bool = True
    countries: tuple[str, ...] = ()  # any participant from any of them
    actor: str = ""  # case-insensitive part of a participant's name, or an actor id
    area: Area | None = None
    window: WindowKind = "daily"
    kind: Literal["watch"] = "watch"


@dataclass(frozen=True, slots=True)
class NewActorRule:
    name: str
    area: Area
    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    lookback_days: int | None = None  # None: all history
    window: WindowKind = "daily"
    kind: Literal["new_actor"] = "new_actor"


Rule = CeasefireRule | SurgeRule | WatchRule | NewActorRule


@dataclass(frozen=True, slots=True)
class StdoutSink:
    kind: Literal["stdout"] = "stdout"

    @property
    def id(self) -> str:
        return "stdout"


@dataclass(frozen=True, slots=True)
class JsonlSink:
    path: Path
    kind: Literal["jsonl"] = "jsonl"

    @property
    def id(self) -> str:
        return f"jsonl:{self.path}"


@dataclass(frozen=True, slots=True)
class WebhookSink:
    url: str
    secret_env: str = DEFAULT_SECRET_VARIABLE
    attempts: int = 5
    backoff_seconds: float = 1.0
    timeout_seconds: float = 10.0
    dead_letter: Path | None = None  # None: <state dir>/dead-letter.jsonl
    kind: Literal["webhook"] = "webhook"

    @property
    def id(self) -> str:
        return f"webhook:{self.url}"


Sink = StdoutSink | JsonlSink | WebhookSink


@dataclass(frozen=True, slots=True)
class RuleSet:
    source: str
    rules: tuple[Rule, ...]
    sinks: tuple[Sink, ...] = field(default=(StdoutSink(),))


def load_rules(path: str | Path) -> RuleSet:
    """Read and check a rule file."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(source, f"the rule file cannot be read ({error.strerror or error}). Fix: check the path.") from None
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(source, f"the rule file is not valid YAML ({error}). Fix: check the indentation and quoting near the place named.") from None
    return parse_rules(document, source, base=Path(path).resolve().parent)


def parse_rules(document: Any, source: str, base: Path | None = None) -> RuleSet:
    """A RuleSet from a parsed YAML document; relative file paths are taken from ``base``."""
    top = _Fields(document, source, "the rule file", ("version", "rules", "deliver"))
    version = top.get("version", 1)
    if version != 1:
        raise top.bad("version", "1", version)
    raw_rules = top.list("rules", required=True)
    if not raw_rules:
        raise top.bad("rules", "a list with at least one rule", raw_rules)
    rules: list[Rule] = []
    for index, raw in enumerate(raw_rules):
        rules.append(_rule(raw, source, index))
    names = [rule.name for rule in rules]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise InputError(source, f"rule names must be unique (alert ids are made from them); repeated: {', '.join(repeated)}")
    sinks = tuple(_sink(raw, source, index, base or Path.cwd()) for index, raw in enumerate(top.list("deliver")))
    return RuleSet(source=source, rules=tuple(rules), sinks=sinks or (StdoutSink(),))


# ---- rules ------------------------------------------------------------------------


def _rule(raw: Any, source: str, index: int) -> Rule:
    if not isinstance(raw, Mapping):
        raise InputError(source, f"rules[{index}]: expected a mapping with name and kind, got {_show(raw)}")
    name = raw.get("name")
    where = f"rules[{index}] ({name!r})" if isinstance(name, str) else f"rules[{index}]"
    if not isinstance(name, str) or not name.strip():
        raise InputError(source, f"{where}: field 'name': expected a non-empty text, got {_show(name)}")
    kind = raw.get("kind")
    readers = {"ceasefire": _ceasefire, "surge": _surge, "watch": _watch, "new_actor": _new_actor}
    if kind not in readers:
        raise InputError(source, f"{where}: field 'kind': expected one of {', '.join(readers)}, got {_show(kind)}")
    return readers[kind](raw, source, where, name.strip())


def _ceasefire(raw: Mapping[str, Any], source: str, where: str, name: str) -> CeasefireRule:
    f = _Fields(raw, source, where, ("name", "kind", "parties", "agreement_events", "agreement_words", "violation_types", "agreements",
                                      "window", "radius_km", "venue_is_not_area", "mutual"))
    parties = f.get("parties")
    return CeasefireRule(
        name=name,
        parties=_pair(f, "parties", parties) if parties is not None else None,
        agreement_events=tuple(_pattern(f, "agreement_events", item) for item in f.list("agreement_events", default=list(AGREEMENT_EVENTS))),
        agreement_words=_words(f, "agreement_words", CEASEFIRE_WORDS),
        violation_types=_types(f, "violation_types", default=VIOLATION_TYPES),
        agreements=tuple(_agreement(item, source, f"{where}, agreements[{i}]") for i, item in enumerate(f.list("agreements"))),
        window=_window(f, "daily"),
        radius_km=f.number("radius_km", 150.0, above=0),
        venue_is_not_area=f.flag("venue_is_not_area", True),
        mutual=f.flag("mutual", True),
    )


def _words(f: _Fields, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
    words = f.list(name, default=list(default))
    if not all(isinstance(w, str) and w.strip() for w in words):
        raise f.bad(name, "a list of words or phrases", words)
    return tuple(" ".join(w.lower().split()) for w in words)


def _agreement(raw: Any, source: str, where: str) -> Agreement:
    f = _Fields(raw, source, where, ("parties", "date", "area", "areas", "note"))
    parties = _pair(f, "parties", f.get("parties", required=True))
    when = f.get("date", required=True)
    if isinstance(when, str):
        try:
            when = date.fromisoformat(when)
        except ValueError:
            pass
    if not isinstance(when, date):
        raise f.bad("date", "a day such as 2020-11-10", when)
    areas = [_area(f.get("area"), source, f"{where}, area")] if f.get("area") is not None else []
    areas += [_area(item, source, f"{where}, areas[{i}]") for i, item in enumerate(f.list("areas"))]
    return Agreement(parties=parties, date=when, areas=tuple(areas), note=str(f.get("note", "")))


def _surge(raw: Mapping[str, Any], source: str, where: str, name: str) -> SurgeRule:
    f = _Fields(raw, source, where, ("name", "kind", "group_by", "types", "window", "baseline_windows", "ratio", "min_count"))
    group_by = f.get("group_by", "country")
    if group_by not in GROUPINGS:
        raise f.bad("group_by", f"one of {', '.join(GROUPINGS)}", group_by)
    return SurgeRule(
        name=name, group_by=group_by, types=_types(f, "types"), window=_window(f, "weekly"),
        baseline_windows=int(f.number("baseline_windows", 4, above=0, whole=True)),
        ratio=f.number("ratio", 2.0, above=1.0), min_count=int(f.number("min_count", 5, above=0, whole=True)),
    )


def _watch(raw: Mapping[str, Any], source: str, where: str, name: str) -> WatchRule:
    f = _Fields(raw, source, where, ("name", "kind", "types", "dyad", "both_directions", "countries", "actor", "area", "window"))
    dyad = f.get("dyad")
    rule = WatchRule(
        name=name, types=_types(f, "types"), dyad=_dyad(f, dyad) if dyad is not None else None,
        both_directions=f.flag("both_directions", True),
        countries=tuple(_country(f, "countries", c) for c in f.list("countries")),
        actor=str(f.get("actor", "") or "").strip(),
        area=_area(f.get("area"), source, f"{where}, area") if f.get("area") is not None else None,
        window=_window(f, "daily"),
    )
    if not (rule.types or rule.dyad or rule.countries or rule.actor or rule.area):
        raise InputError(source, f"{where}: a watch rule needs at least one of types, dyad, countries, actor or area (else it matches every event)")
    return rule


def _new_actor(raw: Mapping[str, Any], source: str, where: str, name: str) -> NewActorRule:
    f = _Fields(raw, source, where, ("name", "kind", "area", "types", "sectors", "lookback_days", "window"))
    lookback = f.get("lookback_days")
    if lookback is not None:
        lookback = int(f.number("lookback_days", 0, above=0, whole=True))
    sectors = f.list("sectors")
    if not all(isinstance(s, str) and s.strip() for s in sectors):
        raise f.bad("sectors", "a list of sector codes such as MIL, REB", sectors)
    return NewActorRule(
        name=name, area=_area(f.get("area", required=True), source, f"{where}, area"), types=_types(f, "types"),
        sectors=tuple(s.strip().upper() for s in sectors), lookback_days=lookback, window=_window(f, "daily"),
    )


# ---- deliveries -------------------------------------------------------------------


def _sink(raw: Any, source: str, index: int, base: Path) -> Sink:
    where = f"deliver[{index}]"
    if raw == "stdout":
        return StdoutSink()
    if not isinstance(raw, Mapping) or len(raw) != 1:
        raise InputError(source, f"{where}: expected stdout, {{jsonl: FILE}} or {{webhook: {{url: ...}}}}, got {_show(raw)}")
    (kind, value), = raw.items()
    if kind == "jsonl":
        if not isinstance(value, str) or not value.strip():
            raise InputError(source, f"{where}: field 'jsonl': expected a file path, got {_show(value)}")
        return JsonlSink(path=_path(base, value))
    if kind == "webhook":
        f = _Fields(value, source, f"{where} (webhook)", ("url", "secret_env", "attempts", "backoff_seconds", "timeout_seconds", "dead_letter"))
        url = f.get("url", required=True)
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise f.bad("url", "an http:// or https:// URL", url)
        secret_env = f.get("secret_env", DEFAULT_SECRET_VARIABLE)
        if not isinstance(secret_env, str) or not secret_env.strip():
            raise f.bad("secret_env", "the name of an environment variable", secret_env)
        dead_letter = f.get("dead_letter")
        if dead_letter is not None and (not isinstance(dead_letter, str) or not dead_letter.strip()):
            raise f.bad("dead_letter", "a file path", dead_letter)
        return WebhookSink(
            url=url, secret_env=secret_env.strip(), attempts=int(f.number("attempts", 5, above=0, whole=True)),
            backoff_seconds=f.number("backoff_seconds", 1.0, at_least=0), timeout_seconds=f.number("timeout_seconds", 10.0, above=0),
            dead_letter=_path(base, dead_letter) if dead_letter else None,
        )
    raise InputError(source, f"{where}: unknown delivery {kind!r}; expected stdout, jsonl or webhook")


# ---- field readers ----------------------------------------------------------------


class _Fields:
    """Reads the fields of one mapping, refusing unknown keys so typos are caught."""

    def __init__(self, raw: Any, source: str, where: str, known: tuple[str, ...]) -> None:
        if not isinstance(raw, Mapping):
            raise InputError(source, f"{where}: expected a mapping, got {_show(raw)}")
        unknown = [str(key) for key in raw if key not in known]
        if unknown:
            raise InputError(source, f"{where}: unknown field {', '.join(repr(k) for k in unknown)}; known fields: {', '.join(known)}")
        self.raw, self.source, self.where = raw, source, where

    def bad(self, name: str, expected: str, got: Any) -> InputError:
        return InputError(self.source, f"{self.where}: field {name!r}: expected {expected}, got {_show(got)}")

    def get(self, name: str, default: Any = None, required: bool = False) -> Any:
        if name not in self.raw or self.raw[name] is None:
            if required:
                raise InputError(self.source, f"{self.where}: field {name!r} is missing")
            return default
        return self.raw[name]

    def list(self, name: str, default: list[Any] | None = None, required: bool = False) -> list[Any]:
        value = self.get(name, default if default is not None else [], required)
        if not isinstance(value, list):
            raise self.bad(name, "a list", value)
        return value

    def number(self, name: str, default: float, above: float | None = None, at_least: float | None = None, whole: bool = False) -> float:
        value = self.get(name, default)
        kind = "a whole number" if whole else "a number"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and value != int(value)):
            raise self.bad(name, kind, value)
        if above is not None and value <= above:
            raise self.bad(name, f"{kind} above {above:g}", value)
        if at_least is not None and value < at_least:
            raise self.bad(name, f"{kind} of at least {at_least:g}", value)
        return float(value)

    def flag(self, name: str, default: bool) -> bool:
        value = self.get(name, default)
        if not isinstance(value, bool):
            raise self.bad(name, "true or false", value)
        return value


def _types(f: _Fields, name: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
    values = f.list(name, default=list(default))
    known = Ontology.load().types()
    types: list[str] = []
    for value in values:
        if not isinstance(value, str) or value.strip().upper() not in known:
            raise f.bad(name, f"PLOVER types ({', '.join(known)})", value)
        types.append(value.strip().upper())
    return tuple(types)


def _pattern(f: _Fields, name: str, value: Any) -> EventPattern:
    if not isinstance(value, str) or not value.strip():
        raise f.bad(name, "entries like AGREE or RETREAT:ceasefire", value)
    type_name, _, qualifier = value.strip().partition(":")
    ontology = Ontology.load()
    type_name, qualifier = type_name.strip().upper(), qualifier.strip().lower()
    if type_name not in ontology.types():
        raise f.bad(name, f"a PLOVER type ({', '.join(ontology.types())}), optionally :mode or :context", value)
    if qualifier and not (ontology.has_mode(type_name, qualifier) or qualifier in ontology.contexts()):
        raise f.bad(name, f"a mode of {type_name} or a PLOVER context after the colon", value)
    return EventPattern(type_name, qualifier)


def _country(f: _Fields, name: str, value: Any) -> str:
    if not isinstance(value, str) or len(value.strip()) != 3 or not value.strip().isalpha():
        raise f.bad(name, "3-letter country codes such as ARM or IGO", value)
    return value.strip().upper()


def _pair(f: _Fields, name: str, value: Any) -> tuple[str, str]:
    if not isinstance(value, list) or len(value) != 2:
        raise f.bad(name, "two country codes, e.g. [ARM, AZE]", value)
    first, second = sorted(_country(f, name, item) for item in value)
    if first == second:
        raise f.bad(name, "two different countries", value)
    return first, second


def _dyad(f: _Fields, value: Any) -> tuple[str | None, str | None]:
    if not isinstance(value, str) or value.count("-") != 1:
        raise f.bad("dyad", "ACTOR-RECIPIENT country codes such as RUS-UKR (* for any)", value)
    sides = [side.strip() for side in value.split("-")]
    return tuple(None if side == "*" else _country(f, "dyad", side) for side in sides)  # type: ignore[return-value]


def _window(f: _Fields, default: WindowKind) -> WindowKind:
    value = f.get("window", default)
    if value not in WINDOW_KINDS:
        raise f.bad("window", " or ".join(WINDOW_KINDS), value)
    return value  # type: ignore[no-any-return]


def _area(raw: Any, source: str, where: str) -> Area:
    f = _Fields(raw, source, where, ("name", "country", "place", "lat", "lon", "radius_km"))
    name = str(f.get("name", "") or "")
    if f.get("country") is not None:
        if any(f.get(key) is not None for key in ("lat", "lon", "place")):
            raise InputError(source, f"{where}: give either country, or place/lat+lon with radius_km, not both")
        return Area(name=name, country=_country(f, "country", f.get("country")))
    radius = f.number("radius_km", 50.0, above=0)
    if f.get("place") is not None:
        place = f.get("place")
        if not isinstance(place, str) or not place.strip():
            raise f.bad("place", "a place name", place)
        from eventwire.places.gazetteer import Gazetteer

        entry = Gazetteer.load().lookup(place)
        if entry is None or entry.lat is None or entry.lon is None:
            raise f.bad("place", "a place the gazetteer knows (else give lat and lon)", place)
        return Area(name=name or entry.name, lat=entry.lat, lon=entry.lon, radius_km=radius)
    lat, lon = f.get("lat"), f.get("lon")
    if lat is None or lon is None:
        raise InputError(source, f"{where}: an area needs country, place, or lat and lon (with radius_km)")
    if isinstance(lat, bool) or not isinstance(lat, (int, float)) or not -90 <= lat <= 90:
        raise f.bad("lat", "a latitude from -90 to 90", lat)
    if isinstance(lon, bool) or not isinstance(lon, (int, float)) or not -180 <= lon <= 180:
        raise f.bad("lon", "a longitude from -180 to 180", lon)
    return Area(name=name, lat=float(lat), lon=float(lon), radius_km=radius)


def _path(base: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
