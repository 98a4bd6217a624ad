"""Users' PETRARCH / TABARI / Phoenix dictionaries into a user overlay (``eventwire
actors import``): people, organisations and role nouns the knowledge base does not
already know, with their codes mapped to PLOVER. The files are read by
eventwire/actors/petrarch.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.kb import (
    KnowledgeBase,
    fold,
    parse_day,
    slug,
)
from eventwire.actors.petrarch import (
    AGENT_CODE,
    CAMEO_AGENT_SECTORS,
    CAMEO_ONLY,
    CAMEO_REGIONS,
    CAMEO_SECTORS,
    DROPPED_SECTORS,
    INSTITUTION_WORDS,
    MARKER,
    NOT_NAME_WORDS,
    PLOVER_SECTORS,
    SUBSTITUTIONS,
    TRANSNATIONAL_CODES,
    ActorBlock,
    AgentEntry,
    CodedRange,
    LegacyPerson,
    Problem,
    country_words_of,
    display_name,
    expand_phrase,
    gender_of,
    merge_duplicate_people,
    organisation_name,
    parse_actor_lines,
    parse_agent_lines,
    person_from_block,
    read_code,
    read_lines,
    strip_titles,
    substitution_pairs,
    tidy_initials,
)
from eventwire.errors import ModelError

# -- import into a user overlay --------------------------------------------------------------


@dataclass
class ImportResult:
    """What an import made: the overlay (sections people, organisations, roles), what each
    file gave, and the problems met, each with its file and line."""

    overlay: dict[str, list[dict[str, Any]]]
    counts: dict[str, Counter[str]]  # file -> people, organisations, roles, known, skipped, ...
    problems: list[Problem]
    notes: list[str]  # how files were read ("agents codes read as CAMEO")

    def summary(self) -> list[str]:
        lines = []
        for source, counted in self.counts.items():
            parts = [f"{counted[k]} {k}" for k in ("people", "organisations", "roles") if counted[k]]
            skipped = [f"{counted[k]} {k}" for k in ("known", "countries", "unclassified", "duplicates") if counted[k]]
            text = f"{source}: " + (", ".join(parts) or "nothing imported")
            if skipped:
                text += " (skipped: " + ", ".join(skipped) + ")"
            lines.append(text)
        errors = sum(1 for p in self.problems if p.severity == "error")
        lines.append(f"total: {len(self.overlay.get('people', []))} people, {len(self.overlay.get('organisations', []))} organisations, {len(self.overlay.get('roles', []))} roles; {errors} malformed entries skipped")
        return lines


ORG_KINDS = {"REB": "armed_group", "UAF": "armed_group", "PRM": "armed_group", "CRM": "armed_group", "PTY": "party", "JRN": "media", "BUS": "company", "NGO": "ngo", "IGO": "igo", "GOV": "state", "MIL": "state", "LEG": "state", "JUD": "state", "COP": "state", "SPY": "state"}


class _Importer:
    def __init__(self, kb: KnowledgeBase, horizon: str | None, include_known: bool) -> None:
        self.kb = kb
        self.horizon = horizon
        self.include_known = include_known
        self.iso3 = {c.iso3 for c in kb.countries}
        self.country_words = country_words_of(n for c in kb.countries for n in (c.name, *c.names, *c.adjectives))
        self.people: dict[str, dict[str, Any]] = {}
        self.organisations: dict[str, dict[str, Any]] = {}
        self.roles: dict[str, dict[str, Any]] = {}
        self.problems: list[Problem] = []
        self.counts: dict[str, Counter[str]] = {}
        self.notes: list[str] = []
        self._person_ids = {p.id for p in kb.people}
        # First words of the people the knowledge base knows: an undated two-word entry
        # opening with one ("GILLIAN_MELLSOP_") is a person, others ("JEMAAH_ISLAMI_") a group.
        organisation_words = {fold(n).split()[0] for o in kb.organisations for n in (o.name, *o.aliases) if n.strip()}
        self.given_names = {fold(p.name).split()[0] for p in kb.people if " " in p.name.strip()} - organisation_words
        self._org_ids = {o.id for o in kb.organisations}

    # -- .actors ---------------------------------------------------------------------

    def actors(self, path: Path, lines: list[str]) -> None:
        source = path.name
        counted = self.counts.setdefault(source, Counter())
        blocks, problems = parse_actor_lines(lines, source)
        self.problems += problems
        found: list[LegacyPerson] = []
        for block in blocks:
            codes = self._codes(block, source)
            if not block.names:
                continue
            person = person_from_block(block, self.iso3, self.country_words, self.horizon, skip_malformed=True)
            if person is not None and self.kb.country(person.name) is not None:
                counted["countries"] += 1  # ARMENIA_ with dated codes: a country's history, not a person
                continue
            if person is not None:
                if not person.sector:  # a sector-only code ([ELI]) says what they are out of office
                    person.sector = next((c.sector for c in codes if not c.dated and c.sector), "")
                found.append(self._without_titles(person))
                continue
            kind, made = self._undated(block, codes)
            if isinstance(made, LegacyPerson):
                found.append(self._without_titles(made))
            elif made is not None:
                counted[self._add_organisation(made)] += 1
            else:
                counted[kind] += 1
        unique = merge_duplicate_people(found)
        counted["duplicates"] += len(found) - len(unique)
        for person in unique:
            counted["people" if self._add_person(person) else "known"] += 1

    def _codes(self, block: ActorBlock, source: str) -> list[CodedRange]:
        """The entry's codes in the knowledge base's terms, each malformed or unknown one
        reported at its line."""
        codes = []
        label = block.names[0] if block.names else "?"
        for raw, line in zip(block.codes, block.code_lines):
            read = read_code(raw, self.iso3, self.horizon, line)
            if read is None:
                continue
            code = raw.split()[0].upper()
            if code[:3] in TRANSNATIONAL_CODES:
                country, sector = TRANSNATIONAL_CODES[code[:3]]
                read = CodedRange(country, sector or _sector_in(code[3:]), read.start, read.end, read.dated, line, read.problem)
            elif code[:3] not in self.iso3 and _sector_only(code[:3]):
                # [NGO], [MNC], [ELI]: CAMEO codes a sector and leaves the country to the context
                sector = _sector_only(code[:3])
                read = CodedRange("IGO" if sector in ("NGO", "IGO") else "UNK", sector, read.start, read.end, read.dated, line, read.problem)
            elif code[:3] in CAMEO_REGIONS:
                self.problems.append(Problem(source, line, f"{label}: [{raw.strip()}] names the region {code[:3]}, not a country: the country is left UNK", "warning"))
                read = CodedRange("UNK", read.sector, read.start, read.end, read.dated, line, read.problem)
            if read.problem:
                self.problems.append(Problem(source, line, f"{label}: {read.problem}; that code is skipped"))
            elif read.country not in self.iso3 and read.country not in ("IGO", "UNK"):
                self.problems.append(Problem(source, line, f"{label}: unknown country code {read.country!r} in [{raw.strip()}]; that code is skipped"))
            else:
                codes.append(read)
        return codes

    def _undated(self, block: ActorBlock, codes: list[CodedRange]) -> tuple[str, LegacyPerson | dict[str, Any] | None]:
        """What an entry without usable dates names: a person (two or more name words opening
        with a known given name, GILLIAN_MELLSOP_ [IGOUNOKID]), an institution, a description PETRARCH codes but a
        knowledge base cannot hold (INDIAN_UN_PEACEKEEPER_), or a country."""
        names = [n for n in (re.sub(r"\s+", " ", n).strip() for n in block.names) if n]
        coded = [c for c in codes if not c.dated and (c.sector or c.country == "IGO")]
        if not coded:
            if codes and all(not c.sector and c.country in self.iso3 for c in codes):
                return "countries", None  # AFGHANISTAN_ [AFG]: the knowledge base has its own countries
            return "unclassified", None
        country, sector = coded[0].country, coded[0].sector
        words = [w for w in re.split(r"[_\s]+", names[0]) if w]
        upper = [w.upper() for w in words]
        context_only = country == "UNK" or (country == "IGO" and sector == "NGO")
        if set(upper) & (INSTITUTION_WORDS | NOT_NAME_WORDS) or len(words) == 1 or (context_only and sector != "ELI"):
            # [NGO], [MNC]: lists of institutions; a person without dates comes with a country
            return "organisations", self._organisation(names, country, sector)
        described = upper[0] in self.country_words or any(self.kb.organisation(w) or self.kb.country(w) for w in words)
        if described and self.kb.role(words[-1]) is not None:
            return "unclassified", None  # a role with its owner: PETRARCH codes it, a knowledge base entry cannot
        if described or not all(_name_word(w) for w in words) or fold(words[0]) not in self.given_names:
            return "organisations", self._organisation(names, country, sector)
        aliases = [display_name(strip_titles(a, self.country_words)) for a in names[1:]]
        aliases = [a for a in dict.fromkeys(aliases) if fold(a) != fold(display_name(names[0]))]
        return "people", LegacyPerson(display_name(names[0]), aliases, country, sector, [], block.line)

    def _without_titles(self, person: LegacyPerson) -> LegacyPerson:
        """A root name that carries its title (SECRETARY-GENERAL_BAN_KI-MOON) keeps that form as an alias."""
        name = tidy_initials(person.name)
        aliases = [tidy_initials(a) for a in person.aliases]
        bare = tidy_initials(display_name(strip_titles(person.name.replace(" ", "_"), self.country_words)))
        if bare != name and len(bare.split()) >= 2:
            aliases = [name] + [a for a in aliases if fold(a) != fold(bare)]
            name = bare
        return LegacyPerson(name, aliases, person.country, person.sector, person.offices, person.line)

    @staticmethod
    def _organisation(names: list[str], country: str, sector: str) -> dict[str, Any]:
        name, aliases = organisation_name(names[0])
        for alias in names[1:]:
            shown, more = organisation_name(alias)
            aliases += [shown, *more]
        aliases = [a for a in dict.fromkeys(aliases) if fold(a) != fold(name)]
        entry: dict[str, Any] = {"name": name}
        if aliases:
            entry["aliases"] = aliases
        entry["country"] = country
        if sector and sector != "IGO":  # an IGO as such has no sector of its own
            entry["sector"] = sector
        entry["kind"] = ORG_KINDS.get(sector, "igo" if country == "IGO" else "other")
        return entry

    def _add_organisation(self, entry: dict[str, Any]) -> str:
        """Add an organisation unless the knowledge base knows it by one of its names; the count it goes to."""
        known = next((o for o in (self.kb.organisation(n) for n in (entry["name"], *entry.get("aliases", ()))) if o is not None), None)
        if known is not None and not self.include_known:
            return "known"
        ident = known.id if known is not None else slug(entry["name"])
        if ident in self.organisations:  # the same institution twice: keep every spelling
            kept = self.organisations[ident]
            aliases = [a for a in dict.fromkeys([*kept.get("aliases", []), entry["name"], *entry.get("aliases", [])]) if fold(a) != fold(kept["name"])]
            if aliases:
                kept["aliases"] = aliases
            return "duplicates"
        if known is None:
            ident = _free_id(ident, entry["country"], self._org_ids | set(self.organisations))
        self.organisations[ident] = {"id": ident, **entry}
        return "organisations"

    def _add_person(self, person: LegacyPerson) -> bool:
        """Add a person unless the knowledge base knows them (same full name, same country)."""
        vague = person.country in ("IGO", "UNK")  # a transnational entry: the name alone decides
        known = [
            p for p in self.kb.people_named(person.name)
            if fold(person.name) in {fold(n) for n in (p.name, *p.aliases)} and (vague or p.country == person.country or any(o.country == person.country for o in p.offices))
        ]
        if known and not self.include_known:
            return False
        ident = known[0].id if known else _free_id(slug(person.name), person.country, self._person_ids | set(self.people))
        entry: dict[str, Any] = {"id": ident, "name": person.name}
        if person.aliases:
            entry["aliases"] = person.aliases
        entry["country"] = person.country
        if person.sector:
            entry["sector"] = person.sector
        if person.offices:
            entry["offices"] = [_office_entry(person.country, *office) for office in person.offices]
        if ident in self.people:  # two files name the same person: keep both spellings and ranges
            kept = self.people[ident]
            aliases = [a for a in dict.fromkeys([*kept.get("aliases", []), *entry.get("aliases", [])]) if fold(a) != fold(kept["name"])]
            offices = kept.get("offices", []) + [o for o in entry.get("offices", []) if o not in kept.get("offices", [])]
            kept.update({k: v for k, v in (("aliases", aliases), ("offices", offices)) if v})
            return True
        self.people[ident] = entry
        return True

    # -- agents -------------------------------------------------------------------------

    def agents(self, path: Path, lines: list[str]) -> None:
        source = path.name
        counted = self.counts.setdefault(source, Counter())
        entries, defined, problems = parse_agent_lines(lines, source)
        self.problems += problems
        sets = {**{m: substitution_pairs(v) for m, v in defined.items()}, **SUBSTITUTIONS}
        chunks = {e.sectors[i : i + 3] for e in entries for i in range(0, len(e.sectors), 3)}
        cameo = bool(chunks & CAMEO_ONLY) or "JRN" not in chunks
        self.notes.append(f"{source}: sector codes read as {'CAMEO (MED = media -> JRN, HLH = health -> MED)' if cameo else 'PLOVER'}")
        for entry in entries:
            undefined = sorted(set(MARKER.findall(entry.phrase)) - set(sets))
            if undefined:
                self.problems.append(Problem(source, entry.line, f"{entry.phrase}: substitution set {undefined[0]} is not defined (define it as {undefined[0]} = WORD, WORD); entry skipped"))
                continue
            sector, secondary, problem = self._agent_sectors(entry, cameo)
            if problem:
                self.problems.append(Problem(source, entry.line, f"{entry.phrase}: {problem}; entry skipped"))
                continue
            if sector is None:
                counted["unclassified"] += 1  # junk and non-actor rows
                continue
            for noun, plural in expand_phrase(entry.phrase, entry.plural, sets):
                if not noun or noun.rsplit(" ", 1)[-1].upper() in NOT_NAME_WORDS:
                    continue  # "OBSERVERS_IN": a pattern's beginning, not a role noun
                if noun in self.roles:
                    counted["duplicates"] += 1
                    continue
                if self.kb.role(noun) is not None and not self.include_known:
                    counted["known"] += 1
                    continue
                row: dict[str, Any] = {"noun": noun}
                if plural and plural != noun:
                    row["plural"] = plural
                row["sector"] = sector
                if secondary:
                    row["secondary"] = secondary
                if gender_of(noun):
                    row["gender"] = gender_of(noun)
                self.roles[noun] = row
                counted["roles"] += 1

    @staticmethod
    def _agent_sectors(entry: AgentEntry, cameo: bool) -> tuple[str | None, str, str]:
        """(sector, secondary, problem) of an agent code; sector None for dropped rows."""
        if entry.prefix:
            if entry.prefix == "IGO":
                return "IGO", "", ""
            return None, "", f"[{entry.prefix}~]: only the IGO prefix code can be imported (a role noun has no country)"
        codes = [entry.sectors[i : i + 3] for i in range(0, len(entry.sectors), 3)]
        if not codes or len(entry.sectors) % 3:
            return None, "", f"[~{entry.sectors}] is not a sequence of three-letter sector codes"
        if codes[0] in DROPPED_SECTORS:
            return None, "", ""
        mapped = [CAMEO_AGENT_SECTORS.get(code, code) if cameo else code for code in codes]
        if mapped[0] not in PLOVER_SECTORS:
            return None, "", f"[~{entry.sectors}]: unknown sector code {codes[0]!r}"
        # CAMEO's finer secondary codes (DEV, CTH ...) that PLOVER has no sector for are dropped
        secondary = [code for code in dict.fromkeys(mapped[1:]) if code in PLOVER_SECTORS and code != mapped[0]]
        return mapped[0], ",".join(secondary), ""

    def result(self) -> ImportResult:
        overlay = {"people": list(self.people.values()), "organisations": list(self.organisations.values()), "roles": list(self.roles.values())}
        return ImportResult({k: v for k, v in overlay.items() if v}, self.counts, self.problems, self.notes)


def _name_word(word: str) -> bool:
    """A word a person's name can have: letters, inner hyphens and apostrophes, a final dot (initials)."""
    core = word.removesuffix(".")
    return core.replace("-", "").replace("'", "").isalpha()


def _sector_only(code: str) -> str:
    """The PLOVER sector of a CAMEO code that stands without a country ([NGO], [MNC]), or ""."""
    sector = CAMEO_AGENT_SECTORS.get(code, code)
    return sector if sector in PLOVER_SECTORS else ""


def _sector_in(rest: str) -> str:
    for i in range(0, len(rest), 3):
        code = CAMEO_SECTORS.get(rest[i : i + 3], rest[i : i + 3])
        if code in PLOVER_SECTORS:
            return code
    return ""


def _free_id(base: str, country: str, taken: set[str]) -> str:
    """An id for a new entry that does not collide with (and so silently change) another one."""
    ident = base or "actor"
    if ident not in taken:
        return ident
    ident = f"{base}-{country.lower()}"
    n = 2
    while ident in taken:
        ident, n = f"{base}-{country.lower()}-{n}", n + 1
    return ident


def _office_entry(person_country: str, country: str, sector: str, start: str | None, end: str | None) -> dict[str, Any]:
    office: dict[str, Any] = {"title": "official"}
    if country != person_country:
        office["country"] = country
    if sector:
        office["sector"] = sector
    if start:
        office["start"] = _day(start)
    if end:
        office["end"] = _day(end)
    return office


def _day(text: str) -> date | str:
    """A full date as a date (written unquoted in YAML), a month or year as written."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def is_agents_file(lines: Sequence[str]) -> bool:
    """Agents dictionaries code ``[~SECTOR]``; actors dictionaries ``[CODE ...]``."""
    agent_codes = actor_codes = 0
    for raw in lines:
        for code in re.findall(r"\[([^\]]*)\]", raw.split("#", 1)[0]):
            if AGENT_CODE.match(code.strip()):
                agent_codes += 1
            else:
                actor_codes += 1
    return agent_codes > actor_codes


def import_dictionaries(paths: Sequence[Path], kb: KnowledgeBase | None = None, *, horizon: str | None = None, include_known: bool = False) -> ImportResult:
    """Read PETRARCH/TABARI/Phoenix ``.actors`` and agents files into a user overlay.

    Entries the knowledge base already has (a person of the same name and country, an
    organisation by any of its names, a role noun) are left out unless ``include_known``:
    in an overlay they would replace the knowledge base's own, hand-checked fields.
    ``horizon`` (YYYY-MM-DD or YYYY-MM) closes ranges the dictionary leaves open (``>date``):
    the date it was made, so nobody stays in office forever."""
    if horizon:
        try:
            parse_day(horizon)
        except ValueError as exc:
            raise ModelError(f"horizon (--until) {horizon!r}: {exc}") from exc
    importer = _Importer(kb or KnowledgeBase.load(), horizon, include_known)
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise ModelError(f"{path}: no such dictionary file")
        lines = read_lines(path)
        if is_agents_file(lines):
            importer.agents(path, lines)
        else:
            importer.actors(path, lines)
    return importer.result()


def render_overlay(overlay: Mapping[str, Any], sources: Sequence[str]) -> str:
    """The overlay as YAML a person can read and edit."""
    header = (
        "# eventwire actor overlay (see docs/actors.md), imported by `eventwire actors import` from:\n"
        + "".join(f"#   {s}\n" for s in sources)
        + "# Dated dictionary codes became offices titled `official`: give them a real title where you know it.\n"
    )
    body = yaml.safe_dump(dict(overlay), sort_keys=False, allow_unicode=True, width=120, default_flow_style=None)
    return header + body
