"""The actor knowledge base: countries, organisations, people with dated offices, role nouns.

Everything is read from the data files in ``eventwire/actors/data`` (see its README for
formats and sources) once per process, and answered from in-memory indexes. Lookups are
forgiving about surface form: case, accents, a leading "the", dots ("U.S." = "US"),
hyphens ("Kim Jong-un" = "Kim Jong Un") and a trailing possessive do not matter, except
that names written in capitals in the data (acronyms: "US", "WHO", "IS") match only in
capitals, so the pronoun "us" or the word "who" never becomes an actor.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import ModelError

DATA_PACKAGE = "eventwire.actors"
DATA_DIR = "data"
CURATED = "overlay"  # Person.source of hand-checked people (people_overlay.yaml and user overlays)

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# -- surface forms -----------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})
# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"})
_SEPARATORS = re.compile(r"[\s\-_/]+")
_DROPPED = re.compile(r"[.,\"()\[\]]")


# The offices that lead a country (the role "leader" means whichever one leads it then).
LEADING_OFFICES = frozenset({"head_of_state", "head_of_government"})
# Offices whose holder heads an organisation ("UN chief" -> its head); its officials, such
# as UN envoys, hold other titles.
ORGANISATION_HEAD_OFFICES = frozenset({"organisation_head", "leader", "party_leader", "group_leader"})


def clean(text: str) -> str:
    """Trim whitespace, a leading article and a trailing possessive: "the Kremlin's" -> "Kremlin"."""
    text = " ".join(text.translate(_QUOTES).split())
    if text[:4].lower() == "the ":
        text = text[4:]
    if text.endswith("'s") and len(text) > 3:
        text = text[:-2]
    elif text.endswith("s'") and len(text) > 3:
        text = text[:-1]
    return text.strip()


def _spelled_surnames(person: Person) -> list[str]:
    """Other spellings of a known surname that the person's aliases use: "Gerhard
    Schroeder" makes "Schroeder" a surname of Gerhard Schröder, as "Schröder" is (the same
    consonants; a transliteration differs in its vowels)."""
    skeletons = {_consonants(fold(s)) for s in person.surnames}
    return [last for alias in person.aliases if " " in alias
            for last in [alias.rsplit(" ", 1)[1]] if len(last) >= 4 and _consonants(fold(last)) in skeletons]


def _consonants(key: str) -> str:
    return "".join(ch for ch in key if ch not in "aeiouy")


# The Arabic article before a family name, which writers keep or drop ("al-Hariri", "Hariri").
ARTICLE_PREFIX = re.compile(r"^(?:al|el)[- ](?=\w{3,}$)")


def _surname_keys(key: str) -> tuple[str, ...]:
    """A folded surname and, after the Arabic article, the name without it: "Al-Hariri" is
    also a spelling of whoever is known as "Hariri"."""
    bare = ARTICLE_PREFIX.sub("", key)
    return (key, bare) if bare != key else (key,)


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """The case-, accent- and punctuation-insensitive key of a name."""
    if text.isascii():
        text = text.replace("`", "'").lower()
    else:
        text = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_LETTERS))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _DROPPED.sub("", text)
    text = _SEPARATORS.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def acronym_key(text: str) -> str | None:
    """The case-sensitive key of an acronym ("U.S." -> "US"), or None when ``text`` is not one."""
    compact = re.sub(r"[.\s\-]", "", text.translate(_QUOTES))
    if compact.lower().startswith("the") and compact[3:].isupper():
        compact = compact[3:]
    letters = [ch for ch in compact if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return compact
    return None


def slug(text: str) -> str:
    """An id made from a name: "Vladimir Putin" -> "vladimir-putin"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).replace("'", "")).strip("-")


@lru_cache(maxsize=65536)
def parse_day(text: str, *, end: bool = False) -> date | None:
    """A date written to the day, month or year ("2004-03-09", "2004-03", "2004"); a start
    written to the month or year means its first day, an end its last day."""
    text = str(text).strip()
    if not text or text == "open":
        return None
    parts = text.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if end else date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if not end:
                return date(year, month, 1)
            following = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError) as exc:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}") from exc


# -- records -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    seats: tuple[str, ...]
    leader_office: str  # the office "the X leader" means today
    leader_history: tuple[tuple[str, date | None, date | None], ...] = ()  # earlier periods: (office, start, end)
    sovereign: str = ""  # ISO3 of the state a dependency or SAR belongs to
    codes: tuple[str, ...] = ()  # other codes used for the same country (KOS, ROM, ...)
    titles: tuple[tuple[str, str], ...] = ()  # role nouns whose office differs here: ("chancellor", "finance_minister")
    kinds: tuple[str, ...] = ()  # what the state is beyond what its names say ("island")

    def is_a(self, kind: str) -> bool:
        """Whether a description fits the state: a kind of its own, or a word of one of its
        names ("kingdom" for the Kingdom of Saudi Arabia, "emirate" for the Emirates)."""
        words = {w.lower().rstrip("s") for n in (self.name, *self.names) for w in n.split()}
        return kind in self.kinds or kind.rstrip("s") in words

    def leader_office_on(self, on: date | None) -> str:
        """The office that leads the country at a date (Turkey: prime minister until 2014)."""
        if on is not None:
            for office, start, end in self.leader_history:
                if (start is None or start <= on) and (end is None or on < end):
                    return office
        return self.leader_office


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str  # ISO3, or "IGO" for international organisations (NGOs included)
    sector: str  # PLOVER sector code; "" for IGOs as such (see the data README)
    kind: str  # igo, armed_group, party, media, ngo, company, state, other
    other_sectors: tuple[str, ...] = ()
    parent: str = ""  # id of the organisation this body belongs to (UN Security Council -> un)
    founded: date | None = None  # before it, its names meant something else or nothing

    def existed_on(self, on: date | None) -> bool:
        return on is None or self.founded is None or self.founded <= on


@dataclass(frozen=True, slots=True)
class Office:
    title: str  # from offices.tsv
    country: str  # ISO3 or IGO
    sector: str
    start: date | None
    end: date | None  # None: still held (or, for legacy ranges, never closed by the source)
    org: str = ""  # organisation id for party, group and organisation heads

    def held_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    gender: str  # "m", "f" or "" when the source does not say
    offices: tuple[Office, ...]  # in order of start
    sector: str = ""  # the sector when no office applies (ELI for former officials, OPP, ...)
    surnames: tuple[str, ...] = ()  # what the press calls them alone: "Putin", "Xi", "al-Assad"
    source: str = ""  # "overlay" (hand-checked) or "phoenix" (legacy dictionary, to 2014)

    def offices_on(self, on: date | None) -> tuple[Office, ...]:
        """Offices held on a date, most important first; with no date, those still held."""
        held = [o for o in self.offices if (o.end is None if on is None else o.held_on(on))]
        rank = _title_rank()
        held.sort(key=lambda o: (rank.get(o.title, len(rank)), -(o.start or date.min).toordinal()))
        return tuple(held)


@dataclass(frozen=True, slots=True)
class Role:
    noun: str  # singular, lower case
    sector: str
    office: str  # an office title when the noun names one, else ""
    gender: str  # "m" or "f" for gendered nouns ("policewoman"), else ""
    secondary: str = ""  # further sector codes (NGEC's GOVMIL -> sector GOV, secondary MIL)
    plural: str = ""
    owner: str = ""  # ISO3 of the one country whose office the noun names ("pope": VAT), else ""


@lru_cache(maxsize=1)
def _title_rank() -> dict[str, int]:
    """Office titles in order of importance (the order of offices.tsv)."""
    return {title: rank for rank, title in enumerate(_office_titles())}


# -- loading -------------------------------------------------------------------------


def _data_text(name: str) -> str:
    try:
        return resources.files(DATA_PACKAGE).joinpath(f"{DATA_DIR}/{name}").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ModelError(f"actor data file {DATA_DIR}/{name} is missing from the eventwire package; rebuild it with the scripts/build_*.py named in its README") from exc


def _yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise ModelError(f"{source}: not valid YAML ({exc})") from exc


def _tsv_rows(text: str) -> Iterator[dict[str, str]]:
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def office_titles() -> dict[str, str]:
    """The office vocabulary: title -> default sector, in order of importance."""
    return dict(_office_titles())


@lru_cache(maxsize=1)
def _office_titles() -> dict[str, str]:
    return {row["title"]: row["sector"] for row in _tsv_rows(_data_text("offices.tsv"))}


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(v for v in value.split("|") if v)
    return tuple(str(v) for v in value)


def _when(value: Any, *, end: bool, where: str) -> date | None:
    if isinstance(value, date):
        return value
    if value is None:
        return None
    try:
        return parse_day(str(value), end=end)
    except ValueError as exc:
        raise ModelError(f"{where}: {exc}") from exc


def country_from_mapping(raw: Mapping[str, Any], where: str) -> Country:
    try:
        history = tuple((str(o), _when(s, end=False, where=where), _when(e, end=False, where=where)) for o, s, e in raw.get("leader_history") or ())
        return Country(
            iso3=str(raw["iso3"]),
            name=str(raw["name"]),
            names=_tuple(raw.get("names")),
            adjectives=_tuple(raw.get("adjectives")),
            capital=str(raw.get("capital") or ""),
            seats=_tuple(raw.get("seats")),
            leader_office=str(raw.get("leader_office") or "head_of_state"),
            leader_history=history,
            sovereign=str(raw.get("sovereign") or ""),
            codes=_tuple(raw.get("codes")),
            titles=tuple((str(k), str(v)) for k, v in (raw.get("titles") or {}).items()),
            kinds=_tuple(raw.get("kinds")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{where}: a country needs iso3 and name, with lists for names, adjectives and seats ({exc!r})") from exc


def organisation_from_mapping(raw: Mapping[str, Any], where: str) -> Organisation:
    try:
        name = str(raw["name"])
        return Organisation(
            id=str(raw.get("id") or slug(name)),
            name=name,
            aliases=_tuple(raw.get("aliases")),
            country=str(raw.get("country") or "IGO"),
            sector=str(raw.get("sector") or ""),
            kind=str(raw.get("kind") or "other"),
            other_sectors=_tuple(raw.get("other_sectors")),
            parent=str(raw.get("parent") or ""),
            founded=_when(raw.get("founded"), end=False, where=where),
        )
    except (KeyError, TypeError) as exc:
        raise ModelError(f"{where}: an organisation needs at least a name ({exc!r})") from exc


def _office_from(raw: Any, person_country: str, titles: Mapping[str, str], where: str) -> Office:
    if isinstance(raw, str):  # the people.tsv cell form: title/COUNTRY/SECTOR/start/end/org
        title, country, sector, start, end, org = (raw.split("/") + [""] * 6)[:6]
        if title in titles:
            try:
                return Office(title, country or person_country, sector or titles[title], parse_day(start) if start else None, parse_day(end, end=True) if end else None, org)
            except ValueError as exc:
                raise ModelError(f"{where}: {exc}") from exc
        raw = {"title": title}
    elif isinstance(raw, Office):
        return raw
    elif isinstance(raw, (list, tuple)):  # [title, start, end]
        raw = dict(zip(("title", "start", "end"), raw))
    if not isinstance(raw, Mapping) or not raw.get("title"):
        raise ModelError(f"{where}: an office needs a title ({raw!r})")
    title = str(raw["title"])
    if title not in titles:
        raise ModelError(f"{where}: office title {title!r} is not in the vocabulary ({', '.join(titles)})")
    start = _when(raw.get("start") or None, end=False, where=where)
    end = _when(raw.get("end") or None, end=True, where=where)
    if start and end and end < start:
        raise ModelError(f"{where}: office {title} ends ({end}) before it starts ({start})")
    return Office(title, str(raw.get("country") or person_country), str(raw.get("sector") or titles[title]), start, end, str(raw.get("org") or ""))


def person_from_mapping(raw: Mapping[str, Any], titles: Mapping[str, str], where: str) -> Person:
    try:
        name = str(raw["name"])
    except (KeyError, TypeError) as exc:
        raise ModelError(f"{where}: a person needs at least a name") from exc
    country = str(raw.get("country") or "UNK")
    offices = raw.get("offices") or ()
    if isinstance(offices, str):
        offices = [cell for cell in offices.split(";") if cell]
    built = tuple(sorted((_office_from(o, country, titles, where) for o in offices), key=lambda o: o.start or date.min))
    return Person(
        id=str(raw.get("id") or slug(name)),
        name=name,
        aliases=_tuple(raw.get("aliases")),
        country=country,
        gender=str(raw.get("gender") or ""),
        offices=built,
        sector=str(raw.get("sector") or ""),
        surnames=_tuple(raw.get("surnames")),
        source=str(raw.get("source") or CURATED),
    )


def role_from_mapping(raw: Mapping[str, Any], where: str) -> Role:
    try:
        return Role(
            noun=fold(str(raw["noun"])),
            sector=str(raw.get("sector") or ""),
            office=str(raw.get("office") or ""),
            gender=str(raw.get("gender") or ""),
            secondary=str(raw.get("secondary") or ""),
            plural=fold(str(raw.get("plural") or "")),
            owner=str(raw.get("owner") or "").upper(),
        )
    except (KeyError, TypeError) as exc:
        raise ModelError(f"{where}: a role needs a noun ({exc!r})") from exc


def _as_raw(record: Any) -> dict[str, Any]:
    """A record back in the mapping shape its builder reads."""
    raw = {f.name: getattr(record, f.name) for f in fields(record)}
    if isinstance(record, Person):
        raw["offices"] = [{f.name: getattr(o, f.name) for f in fields(o)} for o in record.offices]
    if isinstance(record, Country):
        raw["titles"] = dict(record.titles)
    return raw


def _merge(base: Any, raw: Mapping[str, Any], build: Any) -> Any:
    """An overlay entry replaces the fields it gives and keeps the others."""
    return build(raw if base is None else {**_as_raw(base), **raw})


# -- the knowledge base ----------------------------------------------------------------

_IRREGULAR_SINGULAR = {"men": "man", "women": "woman", "people": "person", "children": "child", "chiefs": "chief", "thieves": "thief", "wives": "wife", "staff": "staff"}
_PLURAL_HEADS_BEFORE = (" of ", " for ", " to ", " in ", " at ")


def singular(key: str) -> str:
    """A folded noun phrase with its head made singular: "foreign ministers" -> "foreign minister",
    "heads of state" -> "head of state", "attorneys general" -> "attorney general"."""
    for marker in _PLURAL_HEADS_BEFORE:
        at = key.find(marker)
        if at > 0:
            return singular(key[:at]) + key[at:]
    if key.endswith(" general") and key[:-8].strip():
        return singular(key[:-8]) + " general"
    head, _, last = key.rpartition(" ")
    word = _IRREGULAR_SINGULAR.get(last)
    if word is None:
        if last.endswith("ies") and len(last) > 4:
            word = last[:-3] + "y"
        elif last.endswith(("sses", "shes", "ches", "xes", "zes")):
            word = last[:-2]
        elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
            word = last[:-1]
        elif last.endswith("men") and len(last) > 4:
            word = last[:-3] + "man"
        else:
            word = last
    return f"{head} {word}" if head else word


class _NameIndex:
    """Names to records: acronyms case-sensitively, everything else by folded key."""

    def __init__(self) -> None:
        self.exact: dict[str, Any] = {}
        self.folded: dict[str, Any] = {}

    def add(self, name: str, value: Any) -> None:
        acronym = acronym_key(name)
        if acronym is not None:
            self.exact[acronym] = value
        else:
            self.folded[_name_key(name)] = value

    def get(self, text: str) -> Any:
        for candidate in dict.fromkeys((text, clean(text))):
            acronym = acronym_key(candidate)
            if acronym is not None and acronym in self.exact:
                return self.exact[acronym]
            found = self.folded.get(_name_key(candidate))
            if found is not None:
                return found
        return None


_ISE = re.compile(r"isation")


def _name_key(name: str) -> str:
    """"Organisation of Petroleum Exporting Countries" is the "Organization of the Petroleum
    Exporting Countries": writers drop an inner article and spell -ise or -ize."""
    return _ISE.sub("ization", fold(name).replace(" the ", " "))


class KnowledgeBase:
    """Countries, organisations, people and roles, with the lookups the resolver needs."""

    def __init__(self, countries: Iterable[Country], organisations: Iterable[Organisation], people: Iterable[Person], roles: Iterable[Role]) -> None:
        self.countries: tuple[Country, ...] = tuple(countries)
        self.organisations: tuple[Organisation, ...] = tuple(organisations)
        self.people: tuple[Person, ...] = tuple(people)
        self.roles: tuple[Role, ...] = tuple(roles)
        self._given: frozenset[str] | None = None
        self._index()

    # -- construction ---------------------------------------------------------------

    @classmethod
    def load(cls, overlay: Path | None = None) -> KnowledgeBase:
        """The packaged knowledge base (built once per process), optionally with a user
        YAML overlay of countries, organisations, people and roles in the same shapes;
        an overlay entry with a known iso3 / id / noun overrides the fields it gives."""
        if overlay is None:
            return _default()
        path = Path(overlay)
        try:
            stamp = path.stat().st_mtime_ns
        except OSError as exc:
            raise ModelError(f"{path}: actor overlay cannot be read ({exc.strerror or exc})") from exc
        return _with_overlay(str(path.resolve()), stamp)

    @classmethod
    def from_data(cls) -> KnowledgeBase:
        titles = office_titles()
        countries = [country_from_mapping(raw, f"countries.yaml entry {i}") for i, raw in enumerate(_yaml(_data_text("countries.yaml"), "countries.yaml") or ())]
        organisations = [organisation_from_mapping(raw, f"organisations.yaml entry {i}") for i, raw in enumerate(_yaml(_data_text("organisations.yaml"), "organisations.yaml") or ())]
        people = [person_from_mapping(row, titles, f"people.tsv row {i + 1} ({row.get('id')})") for i, row in enumerate(_tsv_rows(_data_text("people.tsv")))]
        roles = [role_from_mapping(row, f"roles.tsv row {i + 1}") for i, row in enumerate(_tsv_rows(_data_text("roles.tsv")))]
        return cls(countries, organisations, people, roles)

    def with_overlay(self, raw: Mapping[str, Any], source: str) -> KnowledgeBase:
        """A copy with overlay entries added or overriding (matched by iso3, id or noun)."""
        if not isinstance(raw, Mapping):
            raise ModelError(f"{source}: an actor overlay is a mapping with any of: countries, organisations, people, roles")
        unknown = set(raw) - {"countries", "organisations", "people", "roles"}
        if unknown:
            raise ModelError(f"{source}: unknown section(s) {', '.join(sorted(unknown))}; use countries, organisations, people, roles")
        titles = office_titles()

        def entries(section: str) -> list[Mapping[str, Any]]:
            items = raw.get(section) or []
            if not isinstance(items, list) or not all(isinstance(i, Mapping) for i in items):
                raise ModelError(f"{source}: '{section}' must be a list of mappings")
            return items

        countries = {c.iso3: c for c in self.countries}
        for i, entry in enumerate(entries("countries")):
            where = f"{source}: countries[{i}]"
            if "iso3" not in entry:
                raise ModelError(f"{where}: a country needs iso3")
            countries[str(entry["iso3"])] = _merge(countries.get(str(entry["iso3"])), entry, lambda r, w=where: country_from_mapping(r, w))
        def key(entry: Mapping[str, Any], where: str) -> str:
            if entry.get("id"):
                return str(entry["id"])
            if entry.get("name"):
                return slug(str(entry["name"]))
            raise ModelError(f"{where}: an entry needs an id (to override) or a name (to add)")

        organisations = {o.id: o for o in self.organisations}
        for i, entry in enumerate(entries("organisations")):
            where = f"{source}: organisations[{i}]"
            ident = key(entry, where)
            organisations[ident] = _merge(organisations.get(ident), {**entry, "id": ident}, lambda r, w=where: organisation_from_mapping(r, w))
        people = {p.id: p for p in self.people}
        for i, entry in enumerate(entries("people")):
            where = f"{source}: people[{i}]"
            ident = key(entry, where)
            people[ident] = _merge(people.get(ident), {**entry, "id": ident, "source": entry.get("source", CURATED)}, lambda r, w=where: person_from_mapping(r, titles, w))
        roles = {r.noun: r for r in self.roles}
        for i, entry in enumerate(entries("roles")):
            built = role_from_mapping(entry, f"{source}: roles[{i}]")
            roles[built.noun] = built
        return KnowledgeBase(countries.values(), organisations.values(), people.values(), roles.values())

    def _index(self) -> None:
        self._countries = _NameIndex()
        self._adjectives = _NameIndex()
        self._seats = _NameIndex()
        self._iso: dict[str, Country] = {}
        for country in self.countries:
            for name in (country.iso3, *country.codes):
                self._iso[name.upper()] = country
            for name in (country.name, *country.names):
                self._countries.add(name, country)
            for adjective in country.adjectives:
                self._adjectives.add(adjective, country)
            for seat in country.seats:
                self._seats.add(seat, country)
        self._organisations = _NameIndex()
        self._org_by_id = {org.id: org for org in self.organisations}
        self._bodies: dict[str, dict[str, Organisation]] = defaultdict(dict)  # short name -> family id -> body, filled on first use
        for org in self.organisations:
            for name in (org.name, *org.aliases):
                self._organisations.add(name, org)
        self._full_names: dict[str, list[Person]] = defaultdict(list)
        self._short_names: dict[str, list[Person]] = defaultdict(list)
        self._holders: dict[tuple[str, str], list[tuple[Office, Person]]] = defaultdict(list)
        self._org_heads: dict[str, list[tuple[Office, Person]]] = defaultdict(list)
        for person in self.people:
            for name in dict.fromkeys((person.name, *person.aliases)):
                key = fold(name)
                (self._full_names if " " in key else self._short_names)[key].append(person)
            for surname in (*person.surnames, *_spelled_surnames(person)):
                bucket = self._short_names[fold(surname)]
                if not any(other is person for other in bucket):
                    bucket.append(person)
            for office in person.offices:
                self._holders[(office.country, office.title)].append((office, person))
                if office.org:
                    self._org_heads[office.org].append((office, person))
        self._roles: dict[str, Role] = {}
        for role in self.roles:
            self._roles.setdefault(role.noun, role)
            if role.plural:
                self._roles.setdefault(role.plural, role)
        for role in self.roles:  # a singular noun always wins over another role's plural
            self._roles[role.noun] = role

    # -- countries ------------------------------------------------------------------

    def country(self, text: str) -> Country | None:
        """A country by name or short form: "the Russian Federation", "Britain", "U.S."."""
        return self._countries.get(text) if text and text.strip() else None

    def country_by_adjective(self, text: str) -> Country | None:
        """A country by adjective or demonym, singular or plural: "Azeri", "Filipinos"."""
        return self._adjectives.get(text) if text and text.strip() else None

    def country_by_seat(self, text: str) -> Country | None:
        """A country by capital or seat of power: "the Kremlin", "Downing Street", "Baku"."""
        return self._seats.get(text) if text and text.strip() else None

    def country_by_iso3(self, iso3: str) -> Country | None:
        return self._iso.get(iso3.strip().upper()) if iso3 else None

    def _country_code(self, country: str) -> str:
        found = self.country_by_iso3(country) or self.country(country)
        return found.iso3 if found else country.strip().upper()

    # -- organisations ----------------------------------------------------------------

    def organisation(self, text: str, on: date | None = None) -> Organisation | None:
        """An organisation by name, acronym or variant: "the U.N.", "Daesh", "Ansar Allah";
        with a date, only one founded by then ("NTC" in 1998 is no Libyan council)."""
        if not text or not text.strip():
            return None
        found: Organisation | None = self._organisations.get(text)
        return found if found is not None and found.existed_on(on) else None

    def organisation_by_id(self, org_id: str) -> Organisation | None:
        return self._org_by_id.get(org_id)

    def bodies_named(self, short: str) -> dict[str, Organisation]:
        """The bodies an organisation-less name may be, by the id of the organisation each
        belongs to: "Security Council" -> {"un": UN Security Council} (an alias is the
        family's name or alias, then the short name)."""
        if not self._bodies:
            for org in self.organisations:
                family = self._org_by_id.get(org.parent) if org.parent else None
                for family_name in (family.name, *family.aliases) if family else ():
                    prefix = fold(family_name) + " "
                    for name in (org.name, *org.aliases):
                        if fold(name).startswith(prefix):
                            self._bodies[fold(name)[len(prefix):]].setdefault(org.parent, org)
        return self._bodies.get(fold(short), {})

    # -- people ---------------------------------------------------------------------

    def people_named(self, text: str) -> list[Person]:
        """Every person the text may name: full-name and alias matches first, then people
        known by that surname or single name."""
        if not text or not text.strip():
            return []
        found: dict[str, Person] = {}
        for candidate in dict.fromkeys((text, clean(text))):
            key = fold(candidate)
            for person in self._full_names.get(key, ()):
                found.setdefault(person.id, person)
        for candidate in dict.fromkeys((text, clean(text))):
            for key in _surname_keys(fold(candidate)):
                for person in self._short_names.get(key, ()):
                    found.setdefault(person.id, person)
        return list(found.values())

    def person(self, text: str, on: date | None = None, country: str | None = None) -> Person | None:
        """The one person the text names, or None when it stays ambiguous. Full-name matches
        beat surname matches; among several, prefer who held an office on ``on``, then who
        belongs to ``country``, then the hand-checked entry over the legacy one."""
        if not text or not text.strip():
            return None
        keys = list(dict.fromkeys(fold(c) for c in (text, clean(text))))
        full = list({p.id: p for k in keys for p in self._full_names.get(k, ())}.values())
        if full:
            return self._decide(full, on, country)
        short = list({p.id: p for k in keys for s in _surname_keys(k) for p in self._short_names.get(s, ())}.values())
        return self._decide(short, on, country, by_surname=True) if short else None

    def namesakes_country(self, text: str) -> str | None:
        """The one country of everyone the text may name, when it names none of them in
        particular ("Bush" in 2018: no Bush in office, but every Bush known is American)."""
        keys = list(dict.fromkeys(fold(c) for c in (text, clean(text))))
        found = [p for k in keys for p in self._full_names.get(k, ())] or [p for k in keys for p in self._short_names.get(k, ())]
        countries = {p.country for p in found}
        return next(iter(countries)) if len(countries) == 1 and "" not in countries else None

    def _decide(self, candidates: list[Person], on: date | None, country: str | None,
                by_surname: bool = False) -> Person | None:
        pool = candidates
        dated = False
        if len(pool) > 1 and on is not None:
            holding = [p for p in pool if any(o.held_on(on) for o in p.offices)]
            pool, dated = holding or pool, bool(holding)
        if len(pool) > 1 and country:
            code = self._country_code(country)
            pool = [p for p in pool if p.country == code or any(o.country == code for o in p.offices)] or pool
        if len(pool) > 1:
            curated = [p for p in pool if p.source == CURATED]
            # A surname several people share, none of them in office that day, names nobody
            # in particular ("Jones" in 2018), unless the hand-checked one once led a country:
            # former leaders stay in the news by surname alone.
            undated = by_surname and on is not None and not dated
            if len(curated) == 1 and (not undated or once_led(curated[0])):
                return curated[0]
        return pool[0] if len(pool) == 1 else None

    def office_holders(self, country: str, office: str, on: date) -> list[Person]:
        """Who held an office of a country (ISO3, code or name; "IGO" for organisation
        heads) on a date, the most recently appointed first (on a handover day both the
        outgoing and the incoming holder count)."""
        if office == "leader":
            found = self.leader(country, on)
            return [found] if found else []
        code = self._country_code(country)
        held = [(o, p) for o, p in self._holders.get((code, office), ()) if o.held_on(on)]
        held.sort(key=lambda pair: pair[0].start or date.min, reverse=True)
        return list({p.id: p for _, p in held}.values())

    def leader(self, country: str, on: date) -> Person | None:
        """The holder of the country's leading office at the date (its leader_office, or
        the office that led it then), the newest holder on a handover day."""
        code = self._country_code(country)
        found = self._iso.get(code)
        if found is None:
            return None
        holders = self.office_holders(code, found.leader_office_on(on), on)
        return holders[0] if holders else None

    def organisation_heads(self, org_id: str, on: date) -> list[Person]:
        """Who headed (or led) an organisation on a date, by organisation id (its officials,
        such as UN envoys, hold other titles and are not its heads)."""
        held = [(o, p) for o, p in self._org_heads.get(org_id, ()) if o.held_on(on) and o.title in ORGANISATION_HEAD_OFFICES]
        held.sort(key=lambda pair: pair[0].start or date.min, reverse=True)
        return list({p.id: p for _, p in held}.values())

    # -- roles ----------------------------------------------------------------------

    def role(self, noun: str, country: str | None = None) -> Role | None:
        """The sector (and office) of a role noun, singular or plural: "Foreign Ministers",
        "premier", "troops". With a country, its own usage wins ("chancellor" in Britain)."""
        if not noun or not noun.strip():
            return None
        key = fold(noun)
        role = self._roles.get(key) or self._roles.get(singular(key))
        if role is None:
            return None
        if country:
            found = self._iso.get(self._country_code(country))
            for title_noun, office in found.titles if found else ():
                if fold(title_noun) == role.noun:
                    return replace(role, office=office, sector=office_titles().get(office, role.sector))
        return role

    # -- entity ruler ---------------------------------------------------------------

    def names_for_ruler(self, *, legacy: bool = False) -> Iterator[tuple[str, str]]:
        """(surface text, spaCy label) for an entity ruler: country names and seats (GPE),
        organisation names and aliases (ORG), people's names, aliases and surnames
        (PERSON) and adjectives (NORP), each text once. People come from the hand-checked
        entries only unless ``legacy``: the ~17,000 legacy-dictionary names add about 13 s
        to building a spaCy ruler while the statistical NER already finds most full names,
        and their single words are too noisy to force as entities."""
        seen: set[str] = set()

        def once(text: str, label: str) -> Iterator[tuple[str, str]]:
            text = text.strip()
            if text and text not in seen:
                seen.add(text)
                yield text, label

        for country in self.countries:
            for name in (country.name, *country.names, *country.seats):
                yield from once(name, "GPE")
        for org in self.organisations:
            for name in (org.name, *org.aliases):
                yield from once(name, "ORG")
        ambiguous = self._ambiguous_single_names()
        for person in self.people:
            curated = person.source == CURATED
            if not (curated or legacy):
                continue
            for name in (person.name, *person.aliases, *(person.surnames if curated else ())):
                single = " " not in name.strip()
                if single and (not curated or fold(name) in ambiguous):
                    continue
                yield from once(name, "PERSON")
        for country in self.countries:
            for adjective in country.adjectives:
                yield from once(adjective, "NORP")

    def is_given_name(self, word: str) -> bool:
        """Whether at least two people the knowledge base knows carry this first name
        ("Jean", "Pierre"), and no body's name opens with it."""
        if self._given is None:
            counts = Counter(fold(p.name).split()[0] for p in self.people if " " in p.name.strip())
            bodies = {fold(n).split()[0] for o in self.organisations for n in (o.name, *o.aliases) if n.strip()}
            self._given = frozenset(w for w, n in counts.items() if n >= 2) - bodies
        return fold(word) in self._given

    def _ambiguous_single_names(self) -> set[str]:
        """Single words too ambiguous to force as a person: given names that several
        people carry ("Ali", "Richard"), role nouns and demonyms."""
        given = Counter(fold(p.name).split()[0] for p in self.people if " " in p.name.strip())
        ambiguous = {word for word, n in given.items() if n >= 3}
        ambiguous |= set(self._roles)
        ambiguous |= {fold(a) for c in self.countries for a in c.adjectives}
        return ambiguous


@lru_cache(maxsize=1)
def _default() -> KnowledgeBase:
    return KnowledgeBase.from_data()


@lru_cache(maxsize=8)
def _with_overlay(path: str, stamp: int) -> KnowledgeBase:
    del stamp  # part of the cache key only: an edited overlay is read again
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"{path}: actor overlay cannot be read ({exc.strerror or exc})") from exc
    return _default().with_overlay(_yaml(text, path) or {}, path)


def once_led(person: Person) -> bool:
    """Whether the person ever held a country's leading office (former leaders stay known by surname)."""
    return any(o.title in LEADING_OFFICES for o in person.offices)
