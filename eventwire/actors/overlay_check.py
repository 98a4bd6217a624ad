"""A user overlay checked before the pipeline loads it (``eventwire actors check``):
every problem named with its line, so a typo never silently drops an actor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.kb import (
    CURATED,
    KnowledgeBase,
    Organisation,
    _merge,
    country_from_mapping,
    office_titles,
    organisation_from_mapping,
    person_from_mapping,
    role_from_mapping,
    slug,
)
from eventwire.actors.petrarch import (
    PLOVER_SECTORS,
    Problem,
)
from eventwire.errors import ModelError

# -- checking a user overlay ----------------------------------------------------------------

SECTIONS = ("countries", "organisations", "people", "roles")
ENTRY_FIELDS = {
    "countries": {"iso3", "name", "names", "adjectives", "capital", "seats", "leader_office", "leader_history", "sovereign", "codes", "titles"},
    "organisations": {f.name for f in fields(Organisation)},  # the record's own fields, "founded" included
    "people": {"id", "name", "aliases", "country", "gender", "offices", "sector", "surnames", "source"},
    "roles": {"noun", "sector", "office", "gender", "secondary", "plural", "owner"},
}
OFFICE_FIELDS = {"title", "country", "sector", "start", "end", "org"}
ORG_KIND_NAMES = {"igo", "armed_group", "party", "media", "ngo", "company", "state", "other"}


class _Lines:
    """Line numbers of the YAML nodes: the section item or field a problem belongs to."""

    def __init__(self, text: str) -> None:
        self.items: dict[tuple[str, int], int] = {}
        self.fields: dict[tuple[str, int, str], int] = {}
        self.sections: dict[str, int] = {}
        try:
            root = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            return
        if not isinstance(root, yaml.MappingNode):
            return
        for key, value in root.value:
            section = str(key.value)
            self.sections[section] = key.start_mark.line + 1
            if not isinstance(value, yaml.SequenceNode):
                continue
            for i, item in enumerate(value.value):
                self.items[(section, i)] = item.start_mark.line + 1
                if isinstance(item, yaml.MappingNode):
                    for field_key, field_value in item.value:
                        self.fields[(section, i, str(field_key.value))] = field_key.start_mark.line + 1
                        if str(field_key.value) == "offices" and isinstance(field_value, yaml.SequenceNode):
                            for j, office in enumerate(field_value.value):
                                self.fields[(section, i, f"offices[{j}]")] = office.start_mark.line + 1

    def of(self, section: str, index: int, name: str = "") -> int:
        return self.fields.get((section, index, name)) or self.items.get((section, index)) or self.sections.get(section, 0)


def check_overlay(path: Path, kb: KnowledgeBase | None = None) -> list[Problem]:
    """Every problem of a user overlay, each with its line: errors (the pipeline would
    refuse the file or the entry cannot work) and warnings (it loads, but probably does
    not do what was meant: a misspelt field, an unknown sector, an id that changes
    somebody else). An empty list means the file is good."""
    path = Path(path)
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return [Problem(source, 0, f"cannot be read ({exc.strerror or exc})")]
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [Problem(source, mark.line + 1 if mark else 0, f"not valid YAML: {getattr(exc, 'problem', None) or exc}")]
    if raw is None:
        return [Problem(source, 0, "the file is empty: nothing to add", "warning")]
    if not isinstance(raw, Mapping):
        return [Problem(source, 1, "an actor overlay is a mapping with any of: " + ", ".join(SECTIONS))]
    kb = kb or KnowledgeBase.load()
    lines = _Lines(text)
    checker = _Checker(kb, source, lines)
    own_organisations = raw.get("organisations") if isinstance(raw.get("organisations"), list) else []
    for entry in own_organisations:  # ids the overlay's own offices and parents may use
        if isinstance(entry, Mapping) and (entry.get("id") or entry.get("name")):
            checker.overlay_org_ids.add(str(entry.get("id") or slug(str(entry["name"]))))
    for section in raw:
        if section not in SECTIONS:
            checker.error(lines.sections.get(str(section), 0), f"unknown section {section!r}; use {', '.join(SECTIONS)}")
    for section in SECTIONS:
        items = raw.get(section)
        if items is None:
            continue
        if not isinstance(items, list):
            checker.error(lines.sections.get(section, 0), f"{section}: must be a list of entries (each starting with '- ')")
            continue
        for i, entry in enumerate(items):
            if not isinstance(entry, Mapping):
                checker.error(lines.of(section, i), f"{section}[{i}]: an entry is a mapping of fields, not {type(entry).__name__}")
                continue
            getattr(checker, f"check_{section}")(i, entry)
    if not any(p.severity == "error" for p in checker.problems):
        try:  # whatever the entry checks missed, loading finds
            kb.with_overlay(raw, source)
        except ModelError as exc:
            checker.error(0, str(exc).removeprefix(f"{source}: "))
    return sorted(checker.problems, key=lambda p: p.line)


class _Checker:
    def __init__(self, kb: KnowledgeBase, source: str, lines: _Lines) -> None:
        self.kb = kb
        self.source = source
        self.lines = lines
        self.problems: list[Problem] = []
        self.titles = office_titles()
        self.countries = {c.iso3: c for c in kb.countries}
        self.organisations = {o.id: o for o in kb.organisations}
        self.people = {p.id: p for p in kb.people}
        self.seen: dict[tuple[str, str], int] = {}
        self.overlay_org_ids: set[str] = set()

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, message, "warning"))

    def _where(self, section: str, i: int) -> str:
        return f"{section}[{i}]"

    def _fields(self, section: str, i: int, entry: Mapping[str, Any]) -> None:
        for name in entry:
            if name not in ENTRY_FIELDS[section]:
                self.warning(self.lines.of(section, i, str(name)), f"{self._where(section, i)}: unknown field {name!r} is ignored; fields are {', '.join(sorted(ENTRY_FIELDS[section]))}")

    def _duplicate(self, section: str, i: int, key: str) -> None:
        earlier = self.seen.get((section, key))
        if earlier is not None:
            self.warning(self.lines.of(section, i), f"{self._where(section, i)}: {key!r} is also given at line {earlier}; the later entry wins")
        self.seen[(section, key)] = self.lines.of(section, i)

    def _sector(self, section: str, i: int, value: Any, name: str = "sector") -> None:
        for code in [v for v in str(value or "").replace("|", ",").split(",") if v]:
            if code.strip() not in PLOVER_SECTORS:
                self.warning(self.lines.of(section, i, name), f"{self._where(section, i)}: sector {code!r} is not a PLOVER sector ({', '.join(sorted(PLOVER_SECTORS))})")

    def _country(self, section: str, i: int, value: Any, name: str = "country") -> None:
        if value in (None, "", "IGO", "UNK"):
            return
        if self.kb.country_by_iso3(str(value)) is None:
            self.warning(self.lines.of(section, i, name), f"{self._where(section, i)}: {name} {value!r} is not a country code the knowledge base knows (ISO3, IGO or UNK)")

    def _build(self, section: str, i: int, build: Any) -> Any:
        try:
            return build()
        except ModelError as exc:
            self.error(self.lines.of(section, i), str(exc))
            return None

    def check_countries(self, i: int, entry: Mapping[str, Any]) -> None:
        self._fields("countries", i, entry)
        where = self._where("countries", i)
        if "iso3" not in entry:
            self.error(self.lines.of("countries", i), f"{where}: a country needs iso3")
            return
        iso3 = str(entry["iso3"])
        self._duplicate("countries", i, iso3)
        base = self.countries.get(iso3)
        if base is None and "name" not in entry:
            self.error(self.lines.of("countries", i), f"{where}: {iso3!r} is not a country the knowledge base knows; a new country needs a name")
            return
        self._build("countries", i, lambda: _merge(base, entry, lambda r: country_from_mapping(r, where)))
        office = entry.get("leader_office")
        if office and office not in self.titles:
            self.error(self.lines.of("countries", i, "leader_office"), f"{where}: leader_office {office!r} is not in the office vocabulary")

    def check_organisations(self, i: int, entry: Mapping[str, Any]) -> None:
        self._fields("organisations", i, entry)
        where = self._where("organisations", i)
        ident = str(entry.get("id") or (slug(str(entry["name"])) if entry.get("name") else ""))
        if not ident:
            self.error(self.lines.of("organisations", i), f"{where}: an entry needs an id (to change a known one) or a name (to add one)")
            return
        self._duplicate("organisations", i, ident)
        base = self.organisations.get(ident)
        if base is None and not entry.get("name"):
            self.error(self.lines.of("organisations", i, "id"), f"{where}: id {ident!r} is not in the knowledge base; a new organisation needs a name")
            return
        if base is not None and not entry.get("id") and entry.get("country") and entry.get("country") != base.country:
            self.warning(self.lines.of("organisations", i, "name"), f"{where}: {entry['name']!r} has the id {ident!r} of the knowledge base's {base.name} ({base.country}): this entry changes it; give an id of your own to add a different organisation")
        self._build("organisations", i, lambda: _merge(base, {**entry, "id": ident}, lambda r: organisation_from_mapping(r, where)))
        self._sector("organisations", i, entry.get("sector"))
        self._sector("organisations", i, entry.get("other_sectors"), "other_sectors")
        self._country("organisations", i, entry.get("country"))
        if entry.get("kind") and entry["kind"] not in ORG_KIND_NAMES:
            self.warning(self.lines.of("organisations", i, "kind"), f"{where}: kind {entry['kind']!r} is not one of {', '.join(sorted(ORG_KIND_NAMES))}")
        if entry.get("parent") and entry["parent"] not in self.organisations and entry["parent"] not in self.overlay_org_ids:
            self.warning(self.lines.of("organisations", i, "parent"), f"{where}: parent {entry['parent']!r} is not an organisation id the knowledge base knows")

    def check_people(self, i: int, entry: Mapping[str, Any]) -> None:
        self._fields("people", i, entry)
        where = self._where("people", i)
        ident = str(entry.get("id") or (slug(str(entry["name"])) if entry.get("name") else ""))
        if not ident:
            self.error(self.lines.of("people", i), f"{where}: an entry needs an id (to change a known person) or a name (to add one)")
            return
        self._duplicate("people", i, ident)
        base = self.people.get(ident)
        if base is None and not entry.get("name"):
            self.error(self.lines.of("people", i, "id"), f"{where}: id {ident!r} is not in the knowledge base; a new person needs a name")
            return
        if base is not None and not entry.get("id"):
            self.warning(self.lines.of("people", i, "name"), f"{where}: {entry['name']!r} has the id {ident!r} of the knowledge base's {base.name} ({base.country}): this entry changes that person; give an id of your own to add somebody else")
        offices = entry.get("offices")
        offices_ok = True
        if offices is not None and not isinstance(offices, (list, str)):
            self.error(self.lines.of("people", i, "offices"), f"{where}: offices is a list of [title, start, end] or mappings")
            offices_ok = False
        elif isinstance(offices, list):
            for j, office in enumerate(offices):
                line = self.lines.of("people", i, f"offices[{j}]")
                try:
                    person_from_mapping({"name": "x", "country": entry.get("country") or "UNK", "offices": [office]}, self.titles, f"{where}.offices[{j}]")
                except ModelError as exc:
                    self.error(line, str(exc))
                    offices_ok = False
                    continue
                if isinstance(office, Mapping):
                    for name in office:
                        if name not in OFFICE_FIELDS:
                            self.warning(line, f"{where}.offices[{j}]: unknown field {name!r} is ignored; fields are {', '.join(sorted(OFFICE_FIELDS))}")
                    self._country("people", i, office.get("country"), f"offices[{j}]")
                    if office.get("org") and office["org"] not in self.organisations and office["org"] not in self.overlay_org_ids:
                        self.warning(line, f"{where}.offices[{j}]: org {office['org']!r} is not an organisation id the knowledge base knows")
                    if office.get("sector"):
                        self._sector("people", i, office.get("sector"), f"offices[{j}]")
        if offices_ok:  # each office is reported once, at its own line
            self._build("people", i, lambda: _merge(base, {**entry, "id": ident, "source": entry.get("source", CURATED)}, lambda r: person_from_mapping(r, self.titles, where)))
        self._sector("people", i, entry.get("sector"))
        self._country("people", i, entry.get("country"))
        if entry.get("gender") not in (None, "", "m", "f"):
            self.warning(self.lines.of("people", i, "gender"), f"{where}: gender is m, f or empty, not {entry['gender']!r}")
        if base is None and not entry.get("offices") and not entry.get("sector"):
            self.warning(self.lines.of("people", i), f"{where}: {entry.get('name')!r} has neither offices nor a sector: mentions will have no sector")

    def check_roles(self, i: int, entry: Mapping[str, Any]) -> None:
        self._fields("roles", i, entry)
        where = self._where("roles", i)
        built = self._build("roles", i, lambda: role_from_mapping(entry, where))
        if built is None:
            return
        self._duplicate("roles", i, built.noun)
        if built.office and built.office not in self.titles:
            self.error(self.lines.of("roles", i, "office"), f"{where}: office {built.office!r} is not in the office vocabulary ({', '.join(self.titles)})")
        if not built.sector and not built.office:
            self.warning(self.lines.of("roles", i), f"{where}: {built.noun!r} has neither a sector nor an office")
        self._sector("roles", i, entry.get("sector"))
        self._sector("roles", i, entry.get("secondary"), "secondary")
        if entry.get("owner"):
            self._country("roles", i, entry.get("owner"), "owner")
