"""Users' own actor dictionaries: PETRARCH / TABARI / Phoenix files into a user overlay,
and user overlays checked before the pipeline loads them.

The legacy formats (one parser, shared with scripts/build_people.py and build_roles.py):

- ``.actors`` files: a root line names an actor (``VLADIMIR_PUTIN_``: ``_`` joins words,
  a trailing ``_`` ends the phrase), ``+NAME`` lines add synonyms, and code lines
  ``[RUSGOV 991231-080507]`` give country + sector and, for people, the dates the code
  held (``YYMMDD-YYMMDD``, ``>YYMMDD`` from, ``<YYMMDD`` until; eight-digit years are
  accepted, two-digit years 00-30 are 20xx). Consecutive root names before any code line
  share the codes that follow. ``#`` starts a comment; ``# CountryInfo.txt`` marks
  entries generated from CountryInfo, which are people. ``[---]`` is an empty code.
- agents files: ``PHRASE {PLURAL} [~SECTORS]`` (``[~GOVMIL]``: sector GOV, secondary MIL),
  ``[IGO~]`` for agents that make an actor international, ``!SET! = A, B`` substitution
  sets used as ``!SET!`` inside phrases, and a few stems ("MINIST").

Dictionaries code in CAMEO; the knowledge base speaks PLOVER, so sector codes are mapped
(CAMEO's MED is media -> JRN, HLH health -> MED, religions -> REL, INS/SEP -> REB ...).
The dictionaries name no offices, so a dated code becomes an office titled ``official``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.kb import (
    CURATED,
    KnowledgeBase,
    _merge,
    country_from_mapping,
    fold,
    office_titles,
    organisation_from_mapping,
    parse_day,
    person_from_mapping,
    role_from_mapping,
    singular,
    slug,
)
from eventwire.errors import ModelError

# -- codes -------------------------------------------------------------------------------

# Old or non-ISO codes in the dictionaries -> the ISO3 (or IGO) the knowledge base uses.
LEGACY_CODES = {"KSV": "XKX", "TMP": "TLS", "SRP": "SRB", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "DDR": "DEU", "CSK": "CZE", "ZAR": "COD", "ROM": "ROU"}
# CAMEO sector codes in actor codes -> PLOVER (CAMEO's MED is media, HLH health; INS and SEP are rebels).
CAMEO_SECTORS = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB"}
# CAMEO agent codes -> PLOVER: the above plus religions (a sector of their own in PLOVER),
# civil-society causes, radicals and international militarised groups.
CAMEO_AGENT_SECTORS = {
    **CAMEO_SECTORS,
    "CHR": "REL", "MUS": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "ENV": "SOC",
    "HRI": "SOC", "RAD": "REB", "IMG": "REB", "PPL": "UNK", "MNC": "BUS",
    **{code: "REL" for code in ("CTH", "ORT", "PRO", "SHI", "SUN", "SUF", "ALE", "DRZ", "SIK", "JAN", "BAH", "ZRO", "MOS")},
}
# Codes only CAMEO uses: a file with any of them is read as CAMEO, else MED means health.
CAMEO_ONLY = {"HLH", "CHR", "MUS", "JEW", "BUD", "HIN", "ENV", "HRI", "RAD", "IMG", "PPL", "INS", "SEP"}
PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO", "IGO"}
# CAMEO's regional codes: the actor belongs to no one country.
CAMEO_REGIONS = {"AFR", "ASA", "BLK", "BAL", "CAU", "CFR", "CAS", "CEU", "CRB", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NAM", "NMR", "PGS", "SAS", "SAM", "SAF", "SCN", "SEA", "WAF", "WST", "WEU"}
# Transnational prefixes: CAMEO's INT (international) and IMG (international militarised group).
TRANSNATIONAL_CODES = {"INT": ("IGO", ""), "IMG": ("IGO", "REB")}

# -- names ---------------------------------------------------------------------------

# Entries whose name says they are institutions, not people.
INSTITUTION_WORDS = {"ARMY", "FORCE", "FORCES", "GOVERNMENT", "MINISTRY", "PARTY", "COUNCIL", "COMMITTEE", "AUTHORITY", "ADMINISTRATION", "COALITION", "OCCUPATION", "POLICE", "CABINET", "REGIME", "PARLIAMENT", "ASSEMBLY", "COURT", "FRONT", "MOVEMENT", "AGENCY", "OFFICE", "DEPARTMENT", "COMMISSION", "UNION", "LEAGUE", "REPUBLIC", "KINGDOM", "STATE", "STATES", "GUARD", "TROOPS", "BRIGADE", "BRIGADES", "MILITIA", "ORGANIZATION", "ORGANISATION", "GROUP", "ALLIANCE", "BANK", "COMPANY", "CORPORATION", "NEWS", "TELEVISION", "RADIO", "UNIVERSITY", "CHURCH", "SERVICE", "SECURITY", "INTELLIGENCE"}
# Words that open an alias without being part of the name ("PRESIDENT_PUTIN").
TITLE_WORDS = {"PRESIDENT", "PRESIDENT-ELECT", "VICE", "PRIME", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "MR", "MRS", "MS", "DR", "SENATOR", "SEN", "REP", "GOVERNOR", "GOV", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "EMIR", "SULTAN", "GEN", "COL", "COLONEL", "MARSHAL", "ADMIRAL", "FORMER", "EX", "LATE", "LEADER", "CHAIRMAN", "PREMIER", "CHANCELLOR", "AYATOLLAH", "COMRADE", "SOVIET", "COMMUNIST", "UNITED", "THE", "OF", "INTERIM", "ACTING", "DEPUTY", "PM", "FIELD", "LT", "LIEUTENANT", "MAJOR", "CAPTAIN", "HIS", "HER", "EXCELLENCY", "MAJESTY", "HIGHNESS", "PRESIDENTIAL", "CANDIDATE", "OPPOSITION", "SPEAKER", "AMBASSADOR", "ENVOY", "JUDGE", "JUSTICE", "ATTORNEY", "INTERIOR", "FINANCE", "DICTATOR", "STRONGMAN", "ADMINISTRATION"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "la", "le", "y", "ul", "ud", "e", "ben", "abu", "zu", "ter", "ten"}
ROMAN = {"ii", "iii", "iv", "vi", "jr", "sr"}
ROMAN_NUMERAL = re.compile(r"^[IVXL]{1,5}$")
# Words that never occur in a person's name as dictionaries write it.
NOT_NAME_WORDS = {"OF", "THE", "AND", "FOR", "ON", "IN", "TO"}
# Words kept lower case inside an organisation's name ("Committee of Winegrowers").
NAME_FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "a", "an"}
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Za-z0-9.&\-]{2,12})\)\s*")


def display_name(raw: str) -> str:
    """PHOENIX_STYLE_NAME_ -> Phoenix Style Name, with particles kept lower case."""
    words = [w for w in raw.replace("_", " ").split() if w]
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if lower.rstrip(".") in ROMAN:
            out.append(lower.rstrip(".").upper() if lower.rstrip(".") not in ("jr", "sr") else lower.capitalize())
            continue
        parts = re.split(r"([-'])", lower)
        cased = []
        for j, part in enumerate(parts):
            if part in ("-", "'"):
                cased.append(part)
            elif (i > 0 or j > 0) and part in PARTICLES and j + 1 < len(parts) and parts[j + 1] == "-":
                cased.append(part)  # al-Assad, bin-...
            elif i > 0 and part in PARTICLES and len(parts) == 1:
                cased.append(part)
            elif j > 0 and parts[j - 1] == "'" and len(parts[j - 2]) > 1:
                cased.append(part)  # Ma'an, not O'Brien
            else:
                cased.append(part[:1].upper() + part[1:])
        out.append("".join(cased))
    return " ".join(out)


def strip_titles(raw: str, country_words: set[str]) -> str:
    """An alias without the titles and country words before the name: PRESIDENT_PUTIN -> PUTIN."""
    words = [w for w in raw.replace("_", " ").split() if w]
    while len(words) > 1 and (words[0].upper().rstrip(".") in TITLE_WORDS or words[0].upper() in country_words):
        words.pop(0)
    return " ".join(words)


def country_words_of(names: Iterable[str]) -> set[str]:
    """Country names and adjectives as they appear in dictionary phrases (RUSSIAN, UNITED_STATES)."""
    return {name.replace(" ", "_").upper() for name in names}


def tidy_initials(name: str) -> str:
    """Initials in capitals: "R.k. Pachauri" -> "R.K. Pachauri"."""
    return re.sub(r"(?<![A-Za-z])([a-z])(?=\.)", lambda m: m.group(1).upper(), name)


def organisation_name(raw: str) -> tuple[str, list[str]]:
    """An institution's display name and the acronym it carries in brackets:
    ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ -> ("Aden Abyan Islamic Army", ["AAIA"]). Short single
    words stay in capitals (UNDP, IAEA): the knowledge base matches those only in capitals."""
    text = raw.replace("_", " ")
    acronyms = [m.strip() for m in _BRACKETED_ACRONYM.findall(text)]
    text = " ".join(_BRACKETED_ACRONYM.sub(" ", text).split())
    if " " not in text and len(text.strip(".")) <= 5:
        return text.upper(), acronyms
    words = tidy_initials(display_name(text)).split()
    words = [w.lower() if i and w.lower() in NAME_FUNCTION_WORDS else w for i, w in enumerate(words)]
    return " ".join(words), acronyms


# -- the .actors format ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a user file, with its place."""

    source: str
    line: int  # 1-based; 0 when the problem concerns the whole file
    message: str
    severity: str = "error"  # "error": the entry is refused or skipped; "warning": loaded, probably not meant

    def __str__(self) -> str:
        place = f"{self.source}:{self.line}" if self.line else self.source
        return f"{place}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "severity": self.severity, "message": self.message}


@dataclass(slots=True)
class ActorBlock:
    """One dictionary entry: root names and synonyms, then the codes they share."""

    names: list[str]
    codes: list[str]
    countryinfo: bool
    line: int  # where the entry starts
    code_lines: list[int] = field(default_factory=list)  # the line of each code


def parse_actor_lines(lines: Sequence[str], source: str) -> tuple[list[ActorBlock], list[Problem]]:
    """TABARI entries and the malformed lines met on the way (which are read as best they can be,
    the way PETRARCH reads them)."""
    blocks: list[ActorBlock] = []
    problems: list[Problem] = []
    current: ActorBlock | None = None
    for number, raw in enumerate(lines, start=1):
        content, _, comment = raw.partition("#")
        codes = re.findall(r"\[([^\]]*)\]", content)
        name = re.sub(r"\[[^\]]*\]", "", content).strip()
        if "[" in name or "]" in name:
            problems.append(Problem(source, number, f"unbalanced brackets in {content.strip()!r}"))
        if name:
            if name.startswith("+"):
                if current is not None:
                    current.names.append(name[1:].strip())
                else:
                    problems.append(Problem(source, number, f"synonym {name!r} has no root name before it"))
            else:
                if current is None or current.codes:
                    current = ActorBlock(names=[], codes=[], countryinfo=False, line=number)
                    blocks.append(current)
                current.names.append(name)
        if current is not None:
            current.codes.extend(codes)
            current.code_lines.extend([number] * len(codes))
            current.countryinfo |= "CountryInfo" in comment
        elif codes:
            problems.append(Problem(source, number, f"code [{codes[0]}] has no name before it"))
    return blocks, problems


def read_actor_blocks(path: Path) -> tuple[list[ActorBlock], list[Problem]]:
    return parse_actor_lines(_read_lines(path), path.name)


def parse_date(text: str) -> str | None:
    """A dictionary date (YYMMDD or YYYYMMDD) as YYYY-MM-DD, or None when it is not one."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        text = f"{year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return None
    value = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        date.fromisoformat(value)
    except ValueError:
        return None
    return value


def parse_code(code: str, iso3: set[str]) -> tuple[str, str]:
    """(country, sector) of a CAMEO code such as RUSGOV, USRARM or IGOUNOIAE; the sector is
    "" when the code gives none PLOVER knows."""
    code = code.strip().upper()
    country, rest = code[:3], code[3:]
    if country == "USR" and rest[:3] in iso3:
        country, rest = rest[:3], rest[3:]
    country = LEGACY_CODES.get(country, country)
    if country == "IGO":
        return "IGO", "IGO"
    sector = CAMEO_SECTORS.get(rest[:3], rest[:3])
    return country, sector if sector in PLOVER_SECTORS else ""


@dataclass(frozen=True, slots=True)
class CodedRange:
    """One code line read: country and sector, with the dates it held when it is dated."""

    country: str
    sector: str
    start: str | None
    end: str | None
    dated: bool
    line: int
    problem: str = ""  # why the line is malformed; the range is then what PETRARCH would make of it


def read_code(raw: str, iso3: set[str], horizon: str | None, line: int = 0) -> CodedRange | None:
    """A code line, or None for the empty code ``[---]`` and ranges that hold on no day.
    ``horizon`` closes open-ended ranges (``>date``): the day the dictionary was made."""
    parts = raw.split()
    if not parts or parts[0] == "---":
        return None
    country, sector = parse_code(parts[0], iso3)
    spec = "".join(parts[1:])
    if not spec:
        return CodedRange(country, sector, None, None, False, line)
    start = end = None
    problem = ""
    if spec.startswith(">"):
        start, end = parse_date(spec[1:]), horizon
        if start is None:
            problem = f"[{raw.strip()}]: {spec[1:]!r} is not a date (YYMMDD or YYYYMMDD)"
    elif spec.startswith("<"):
        end = parse_date(spec[1:])
        if end is None:
            problem = f"[{raw.strip()}]: {spec[1:]!r} is not a date (YYMMDD or YYYYMMDD)"
    elif "-" in spec:
        first, _, last = spec.partition("-")
        start, end = parse_date(first), parse_date(last)
        if start is None or end is None:
            bad = first if start is None else last
            return CodedRange(country, sector, None, None, True, line, f"[{raw.strip()}]: {bad!r} is not a date (YYMMDD or YYYYMMDD)")
    else:
        problem = f"[{raw.strip()}]: dates are written start-end, >start or <end"
    if start is None and end is None:
        return CodedRange(country, sector, None, None, True, line, problem or f"[{raw.strip()}]: no date")
    if start and end and end < start:
        return CodedRange(country, sector, start, end, True, line, problem or f"[{raw.strip()}]: ends before it starts")
    return CodedRange(country, sector, start, end, True, line, problem)


@dataclass(slots=True)
class LegacyPerson:
    """A person read from a dictionary entry, in the knowledge base's vocabulary."""

    name: str
    aliases: list[str]
    country: str
    sector: str  # the sector when no dated code applies
    offices: list[tuple[str, str, str | None, str | None]]  # (country, sector, start, end), titled "official"
    line: int = 0


def person_from_block(block: ActorBlock, iso3: set[str], country_words: set[str], horizon: str | None, *, skip_malformed: bool = False) -> LegacyPerson | None:
    """The person an entry names, or None when it names none: an entry with dated codes or
    a CountryInfo origin is a person unless its name says it is an institution. Dated ELI
    ranges (out of office) are not offices; the undated code gives the default sector.
    ``skip_malformed`` drops ranges whose dates could not be read (a user import) instead
    of keeping what PETRARCH would make of them (the packaged conversion, kept stable)."""
    names = [n for n in (re.sub(r"\s+", " ", n).strip() for n in block.names) if n]
    if not names or not block.codes:
        return None
    primary = names[0]
    ranges, undated = [], []
    for raw_code, line in zip(block.codes, block.code_lines or [block.line] * len(block.codes)):
        read = read_code(raw_code, iso3, horizon, line)
        if read is None or (read.problem and (skip_malformed or read.start is None and read.end is None)):
            continue
        if not read.dated:
            undated.append((read.country, read.sector))
        elif not (read.start and read.end and read.end < read.start):
            ranges.append((read.country, read.sector, read.start, read.end))
    dated = bool(ranges)
    is_person = block.countryinfo or dated
    words = set(re.split(r"[_\s]+", primary.upper()))
    if not is_person or words & INSTITUTION_WORDS or len(primary) < 3:
        return None
    all_codes = [(c, s) for c, s, _, _ in ranges] + undated
    if not all_codes or all(c not in iso3 and c != "IGO" for c, _ in all_codes):
        return None
    offices = [(c, s, a, b) for c, s, a, b in ranges if s != "ELI" and (c in iso3 or c == "IGO")]
    counted = Counter(c for c, _, _, _ in offices if c != "IGO") or Counter(c for c, _ in all_codes if c in iso3)
    country = counted.most_common(1)[0][0] if counted else "IGO"
    default = next((s for c, s in undated if s), "")
    if not default and any(s == "ELI" for _, s, _, _ in ranges):
        default = "ELI"
    name = display_name(primary)
    aliases = []
    for alias in names[1:]:
        stripped = strip_titles(alias, country_words)
        if set(re.split(r"[_\s]+", stripped.upper())) & INSTITUTION_WORDS:
            continue
        aliases.append(display_name(stripped))
    seen = {fold(name)}
    aliases = [a for a in aliases if not (fold(a) in seen or seen.add(fold(a)))]  # type: ignore[func-returns-value]
    return LegacyPerson(name, aliases, country, default, sorted(offices, key=lambda r: r[2] or ""), block.line)


def merge_duplicate_people(people: Iterable[LegacyPerson]) -> list[LegacyPerson]:
    """One person per (name, country): the dictionaries repeat some people in two spellings."""
    merged: dict[tuple[str, str], LegacyPerson] = {}
    for person in people:
        key = (fold(person.name), person.country)
        kept = merged.get(key)
        if kept is None:
            merged[key] = person
            continue
        kept.aliases += [a for a in person.aliases if a not in kept.aliases]
        kept.offices += [o for o in person.offices if o not in kept.offices]
        kept.sector = kept.sector or person.sector
    return list(merged.values())


# -- the agents format -------------------------------------------------------------------

SUBSTITUTIONS = {  # the standard sets as (singular, plural) pairs
    "!PERSON!": [("man", "men"), ("woman", "women"), ("person", "people")],
    "!MINIST!": [("minister", "ministers"), ("ministry", "ministries")],
}
STEMS = {  # stems that stand for whole words
    "minist": [("minister", "ministers"), ("ministry", "ministries")],
    "ministr": [("ministry", "ministries")],
    "compan": [("company", "companies")],
    "industr": [("industry", "industries")],
    "authorit": [("authority", "authorities")],
}
REPAIRS = {"AD!MINIST!RAT": "ADMINISTRAT"}  # a search-and-replace accident in the CAMEO agents
DROPPED_SECTORS = {"JNK", "NON"}  # junk and non-actor rows
UNCOUNTABLE = {"police", "clergy", "media", "press", "staff", "personnel", "intelligence", "military", "gendarmerie", "judiciary", "officialdom", "security"}
NOT_MASCULINE = {"human", "german", "roman", "ottoman", "shaman", "woman", "caiman", "talisman"}
HEAD_MARKERS = (" of ", " for ", " to ", " in ", " at ")
AGENT_LINE = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_AGENT_CODE = re.compile(r"^(?:~(?P<sectors>[A-Z]*)|(?P<prefix>[A-Z]{3})~)$")
_MARKER = re.compile(r"![A-Z]+!")


def pluralise(noun: str) -> str:
    """The regular plural of a noun phrase's head: "foreign minister" -> "foreign ministers",
    "head of state" -> "heads of state", "attorney general" -> "attorneys general"."""
    for marker in HEAD_MARKERS:
        at = noun.find(marker)
        if at > 0:
            return pluralise(noun[:at]) + noun[at:]
    if noun.endswith(" general"):  # attorney general, secretary general
        return pluralise(noun[: -len(" general")]) + " general"
    head, _, last = noun.rpartition(" ")
    if last in UNCOUNTABLE or (last.endswith("s") and not last.endswith(("ss", "us", "is"))):
        word = last  # uncountable, or written in the plural already ("elders", "troops")
    elif last.endswith("woman"):
        word = last[:-5] + "women"
    elif last.endswith("man") and last not in NOT_MASCULINE:
        word = last[:-3] + "men"
    elif last.endswith("person"):
        word = last[:-6] + "people"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def gender_of(noun: str) -> str:
    last = noun.rsplit(" ", 1)[-1]
    if last.endswith(("woman", "women")):
        return "f"
    if last.endswith(("man", "men")) and last not in NOT_MASCULINE and last[:-2] + "an" not in NOT_MASCULINE:
        return "m"
    return ""


def _words(phrase: str) -> str:
    return fold(phrase.replace("_", " "))


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """One agents line: the phrase (substitution sets not yet expanded) and its code."""

    phrase: str
    plural: str | None
    sectors: str  # "GOVMIL" from [~GOVMIL]; "" for a prefix code
    prefix: str  # "IGO" from [IGO~]
    line: int


def parse_agent_lines(lines: Sequence[str], source: str) -> tuple[list[AgentEntry], dict[str, list[str]], list[Problem]]:
    """Agent entries, the substitution sets the file defines, and its malformed lines."""
    entries: list[AgentEntry] = []
    sets: dict[str, list[str]] = {}
    problems: list[Problem] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            marker, _, members = line.partition("=")
            sets[marker.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        match = AGENT_LINE.match(line)
        code = _AGENT_CODE.match(match["code"].strip()) if match else None
        if match is None or code is None:
            problems.append(Problem(source, number, f"{line!r} is not an agent entry (PHRASE {{PLURAL}} [~SECTOR])"))
            continue
        entries.append(AgentEntry(match["phrase"].strip(), match["plural"], code["sectors"] or "", code["prefix"] or "", number))
    return entries, sets, problems


def read_agents(path: Path) -> tuple[list[AgentEntry], dict[str, list[str]], list[Problem]]:
    return parse_agent_lines(_read_lines(path), path.name)


def substitution_pairs(members: Sequence[str]) -> list[tuple[str, str]]:
    """A file's flat set (MAN, MEN, WOMAN, WOMEN, PERSON) as (singular, plural) pairs."""
    words = [fold(m) for m in members]
    singulars = [w for w in words if singular(w) == w or singular(w) not in words]
    return [(w, pluralise(w)) for w in dict.fromkeys(singulars)]


def expand_phrase(phrase: str, plural: str | None, sets: Mapping[str, list[tuple[str, str]]] = SUBSTITUTIONS) -> list[tuple[str, str]]:
    """(singular, plural) for one phrase, substitution sets and stems expanded."""
    for broken, whole in REPAIRS.items():
        phrase = phrase.replace(broken, whole)
    forms = [(phrase, plural)]
    for marker, pairs in sets.items():
        if marker in phrase:
            forms = [(phrase.replace(marker, s), phrase.replace(marker, p)) for s, p in pairs]
            break
    expanded = []
    for one, irregular in forms:
        one = _words(one)
        words = one.split()
        stem_at = next((i for i, w in enumerate(words) if w in STEMS), None)
        if stem_at is not None:
            for s, p in STEMS[words[stem_at]]:
                whole = " ".join(words[:stem_at] + [s] + words[stem_at + 1 :])
                expanded.append((whole, pluralise(whole) if words[stem_at] == words[-1] else " ".join(words[:stem_at] + [p] + words[stem_at + 1 :])))
            continue
        expanded.append((one, _words(irregular) if irregular else pluralise(one)))
    return expanded


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise ModelError(f"{path}: dictionary cannot be read ({exc.strerror or exc})") from exc


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
            undefined = sorted(set(_MARKER.findall(entry.phrase)) - set(sets))
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
    core = word[:-1] if word.endswith(".") else word
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
            if _AGENT_CODE.match(code.strip()):
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
        lines = _read_lines(path)
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


# -- checking a user overlay ----------------------------------------------------------------

SECTIONS = ("countries", "organisations", "people", "roles")
ENTRY_FIELDS = {
    "countries": {"iso3", "name", "names", "adjectives", "capital", "seats", "leader_office", "leader_history", "sovereign", "codes", "titles"},
    "organisations": {"id", "name", "aliases", "country", "sector", "kind", "other_sectors", "parent"},
    "people": {"id", "name", "aliases", "country", "gender", "offices", "sector", "surnames", "source"},
    "roles": {"noun", "sector", "office", "gender", "secondary", "plural"},
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
