"""Reading users' own actor dictionaries: PETRARCH / TABARI / Phoenix files (imported
into an overlay by eventwire/actors/dictionary_import.py).

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

from eventwire.actors.kb import (
    fold,
    singular,
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
    return parse_actor_lines(read_lines(path), path.name)


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
AGENT_CODE = re.compile(r"^(?:~(?P<sectors>[A-Z]*)|(?P<prefix>[A-Z]{3})~)$")
MARKER = re.compile(r"![A-Z]+!")


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
        code = AGENT_CODE.match(match["code"].strip()) if match else None
        if match is None or code is None:
            problems.append(Problem(source, number, f"{line!r} is not an agent entry (PHRASE {{PLURAL}} [~SECTOR])"))
            continue
        entries.append(AgentEntry(match["phrase"].strip(), match["plural"], code["sectors"] or "", code["prefix"] or "", number))
    return entries, sets, problems


def read_agents(path: Path) -> tuple[list[AgentEntry], dict[str, list[str]], list[Problem]]:
    return parse_agent_lines(read_lines(path), path.name)


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


def read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise ModelError(f"{path}: dictionary cannot be read ({exc.strerror or exc})") from exc
