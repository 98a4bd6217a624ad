"""Build eventwire/actors/data/people.tsv: people with dated offices.

Two sources, merged:
1. The Phoenix country-actors dictionary (PETRARCH-2, MIT; ../shared/data/legacy-dictionaries/
   Phoenix.Countries.actors.txt), a TABARI file whose entries are a root name, `+` synonyms
   and code lines such as `[RUSGOV 991231-080507]` (country, sector, YYMMDD range; `>date`
   open-ended, `<date` until; two-digit years 00-30 are 20xx). Converted with --phoenix PATH
   into people_phoenix.tsv, which is committed so the build runs without ../shared.
   Dated ELI ranges (out of office) are not offices; the undated code gives the default
   sector. The dictionary has no office titles, so its ranges become title "official"; it
   stops early in 2014, so ranges it leaves open are closed at PHOENIX_HORIZON.
2. The hand-written people_overlay.yaml: office holders by country and office, 1990 to
   today, plus people details (aliases, surnames, gender). An overlay person absorbs the
   Phoenix entries with the same full name (or alias) and country; of those, only ranges
   that end before the person's first overlay office are kept.

    .venv/bin/python scripts/build_people.py [--phoenix ../shared/data/legacy-dictionaries/Phoenix.Countries.actors.txt] [--check]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.kb import fold, office_titles, parse_day, slug

DATA = Path(__file__).resolve().parents[1] / "eventwire" / "actors" / "data"
OVERLAY = DATA / "people_overlay.yaml"
CONVERTED = DATA / "people_phoenix.tsv"
OUTPUT = DATA / "people.tsv"
COLUMNS = ["id", "name", "aliases", "country", "gender", "sector", "surnames", "source", "offices"]

PHOENIX_HORIZON = "2014-01"  # the dictionary was generated on 2014-01-30
# Old or non-ISO codes in the dictionary -> the ISO3 (or IGO) the knowledge base uses.
LEGACY_CODES = {"KSV": "XKX", "TMP": "TLS", "SRP": "SRB", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "DDR": "DEU", "CSK": "CZE", "ZAR": "COD", "ROM": "ROU"}
# CAMEO sector codes -> PLOVER (CAMEO's MED is media, HLH health; INS and SEP are rebels).
CAMEO_SECTORS = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB"}
PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "NGO", "IGO"}
# Entries whose name says they are institutions, not people.
INSTITUTION_WORDS = {"ARMY", "FORCE", "FORCES", "GOVERNMENT", "MINISTRY", "PARTY", "COUNCIL", "COMMITTEE", "AUTHORITY", "ADMINISTRATION", "COALITION", "OCCUPATION", "POLICE", "CABINET", "REGIME", "PARLIAMENT", "ASSEMBLY", "COURT", "FRONT", "MOVEMENT", "AGENCY", "OFFICE", "DEPARTMENT", "COMMISSION", "UNION", "LEAGUE", "REPUBLIC", "KINGDOM", "STATE", "STATES", "GUARD", "TROOPS", "BRIGADE", "BRIGADES", "MILITIA", "ORGANIZATION", "ORGANISATION", "GROUP", "ALLIANCE", "BANK", "COMPANY", "CORPORATION", "NEWS", "TELEVISION", "RADIO", "UNIVERSITY", "CHURCH", "SERVICE", "SECURITY", "INTELLIGENCE"}
# Words that open an alias without being part of the name ("PRESIDENT_PUTIN").
TITLE_WORDS = {"PRESIDENT", "PRESIDENT-ELECT", "VICE", "PRIME", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE", "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "MR", "MRS", "MS", "DR", "SENATOR", "SEN", "REP", "GOVERNOR", "GOV", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "EMIR", "SULTAN", "GEN", "COL", "COLONEL", "MARSHAL", "ADMIRAL", "FORMER", "EX", "LATE", "LEADER", "CHAIRMAN", "PREMIER", "CHANCELLOR", "AYATOLLAH", "COMRADE", "SOVIET", "COMMUNIST", "UNITED", "THE", "OF", "INTERIM", "ACTING", "DEPUTY", "PM", "FIELD", "LT", "LIEUTENANT", "MAJOR", "CAPTAIN", "HIS", "HER", "EXCELLENCY", "MAJESTY", "HIGHNESS", "PRESIDENTIAL", "CANDIDATE", "OPPOSITION", "SPEAKER", "AMBASSADOR", "ENVOY", "JUDGE", "JUSTICE", "ATTORNEY", "INTERIOR", "FINANCE", "DICTATOR", "STRONGMAN", "ADMINISTRATION"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "la", "le", "y", "ul", "ud", "e", "ben", "abu", "zu", "ter", "ten"}
ROMAN = {"ii", "iii", "iv", "vi", "jr", "sr"}
ROMAN_NUMERAL = re.compile(r"^[IVXL]{1,5}$")
# Where the press calls people by their first name: family name first (China, Korea),
# or given name used alone (Thailand, Malaysia, Ethiopia, Eritrea).
FIRST_NAME_USED = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "SGP", "THA", "MYS", "ETH", "ERI"}
NO_SURNAME = {"MMR"}
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})  # Burmese names have no family name: the press uses the whole name


# -- names ---------------------------------------------------------------------------


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
    words = [w for w in raw.replace("_", " ").split() if w]
    while len(words) > 1 and (words[0].upper().rstrip(".") in TITLE_WORDS or words[0].upper() in country_words):
        words.pop(0)
    return " ".join(words)


def surnames_of(name: str, country: str) -> list[str]:
    """What the press calls a person alone, by the naming custom of their country."""
    words = name.split()
    if country in NO_SURNAME or not words:
        return []
    if len(words) == 1:
        return [words[0]]
    if country in FIRST_NAME_USED:
        return [words[0]]
    if "bin" in words[1:]:
        # Royal "X bin Y Al Z" goes by X; "X bin Y" (no dynasty) by "bin Y".
        if "Al" in words or any(w.startswith("Al-") for w in words[1:]):
            return [words[0]]
        at = len(words) - 1 - words[::-1].index("bin")
        return [" ".join(words[at:])]
    tail = [w for i, w in enumerate(words) if w.lower().rstrip(".") not in ROMAN and not (i and ROMAN_NUMERAL.match(w))] or words
    last = tail[-1]
    if len(tail) > 2 and tail[-2].lower() in PARTICLES:
        # "de Villepin" (also "Villepin"); a capitalised particle belongs to the name ("Le Maire").
        whole = f"{tail[-2]} {last}"
        return [whole, last] if tail[-2].islower() else [whole]
    found = [last]
    for particle in ("al-", "el-", "Al-", "El-"):
        if last.startswith(particle) and len(last) > len(particle) + 1:
            found.append(last[len(particle) :])
    return found


# -- the Phoenix dictionary --------------------------------------------------------------


def _phoenix_date(text: str, *, end: bool) -> str | None:
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


def _code(code: str, iso3: set[str]) -> tuple[str, str]:
    """(country, sector) of a CAMEO code such as RUSGOV, USRARM or IGOUNOIAE."""
    code = code.strip().upper()
    country, rest = code[:3], code[3:]
    if country == "USR" and rest[:3] in iso3:
        country, rest = rest[:3], rest[3:]
    country = LEGACY_CODES.get(country, country)
    if country == "IGO":
        return "IGO", "IGO"
    sector = CAMEO_SECTORS.get(rest[:3], rest[:3])
    return country, sector if sector in PLOVER_SECTORS else ""


def read_phoenix_blocks(path: Path) -> list[dict[str, Any]]:
    """TABARI entries: consecutive root names share the code lines that follow them."""
    blocks: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        content, _, comment = raw.partition("#")
        codes = re.findall(r"\[([^\]]*)\]", content)
        name = re.sub(r"\[[^\]]*\]", "", content).strip()
        if name:
            if name.startswith("+"):
                if current is not None:
                    current["names"].append(name[1:].strip())
            else:
                if current is None or current["codes"]:
                    current = {"names": [], "codes": [], "countryinfo": False}
                    blocks.append(current)
                current["names"].append(name)
        if current is not None:
            current["codes"].extend(codes)
            current["countryinfo"] |= "CountryInfo" in comment
    return blocks


def convert_phoenix(path: Path, countries: dict[str, Any]) -> list[dict[str, str]]:
    iso3 = set(countries)
    country_words = {w.upper() for c in countries.values() for n in [c["name"], *c.get("names", []), *c.get("adjectives", [])] for w in [n.replace(" ", "_")]}
    people: list[dict[str, Any]] = []
    for block in read_phoenix_blocks(path):
        names = [n for n in (re.sub(r"\s+", " ", n).strip() for n in block["names"]) if n]
        if not names or not block["codes"]:
            continue
        primary = names[0]
        ranges, undated = [], []
        for raw_code in block["codes"]:
            parts = raw_code.split()
            if not parts or parts[0] == "---":
                continue
            country, sector = _code(parts[0], iso3)
            spec = "".join(parts[1:])
            if not spec:
                undated.append((country, sector))
                continue
            start = end = None
            if spec.startswith(">"):
                start, end = _phoenix_date(spec[1:], end=False), PHOENIX_HORIZON
            elif spec.startswith("<"):
                end = _phoenix_date(spec[1:], end=True)
            elif "-" in spec:
                first, _, last = spec.partition("-")
                start, end = _phoenix_date(first, end=False), _phoenix_date(last, end=True)
                if start is None or end is None:
                    continue
            if start is None and end is None:
                continue
            if start and end and end < start:
                continue
            ranges.append((country, sector, start, end))
        dated = bool(ranges)
        is_person = block["countryinfo"] or dated
        words = set(re.split(r"[_\s]+", primary.upper()))
        if not is_person or words & INSTITUTION_WORDS or len(primary) < 3:
            continue
        all_codes = [(c, s) for c, s, _, _ in ranges] + undated
        if not all_codes or all(c not in iso3 and c != "IGO" for c, _ in all_codes):
            continue
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
        people.append({
            "name": name,
            "aliases": aliases,
            "country": country,
            "sector": default,
            "offices": [f"official/{c}/{s}/{a or ''}/{b or ''}/" for c, s, a, b in sorted(offices, key=lambda r: r[2] or "")],
        })
    return _merge_phoenix_duplicates(people)


def _merge_phoenix_duplicates(people: list[dict[str, Any]]) -> list[dict[str, str]]:
    """One row per (name, country): the dictionary repeats some people in two spellings."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for person in people:
        key = (fold(person["name"]), person["country"])
        if key in merged:
            kept = merged[key]
            kept["aliases"] += [a for a in person["aliases"] if a not in kept["aliases"]]
            kept["offices"] += [o for o in person["offices"] if o not in kept["offices"]]
            kept["sector"] = kept["sector"] or person["sector"]
        else:
            merged[key] = person
    rows = []
    for person in merged.values():
        rows.append({
            "id": "",
            "name": person["name"],
            "aliases": "|".join(person["aliases"]),
            "country": person["country"],
            "gender": "",
            "sector": person["sector"],
            "surnames": "|".join(surnames_of(person["name"], person["country"])),
            "source": "phoenix",
            "offices": ";".join(person["offices"]),
        })
    return sorted(rows, key=lambda r: (fold(r["name"]), r["country"]))


# -- the overlay ---------------------------------------------------------------------------


def _day(value: Any, where: str) -> str:
    if value is None or value == "open":
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    try:
        parse_day(text)
    except ValueError as exc:
        raise SystemExit(f"{where}: {exc}") from exc
    return text


def read_overlay(titles: dict[str, str], organisations: dict[str, dict[str, Any]], countries: set[str]) -> list[dict[str, Any]]:
    raw = yaml.safe_load(OVERLAY.read_text(encoding="utf-8"))
    details: dict[str, dict[str, Any]] = raw.get("people") or {}
    women = set(raw.get("women") or [])
    people: dict[str, dict[str, Any]] = {}
    problems = []
    for country, by_office in (raw.get("offices") or {}).items():
        if country not in countries and country != "IGO":
            problems.append(f"offices: unknown country {country}")
        for key, rows in by_office.items():
            # "head_of_state,head_of_government" lists holders of both offices at once;
            # "party_leader@hezbollah" ties the office to an organisation.
            for one in key.split(","):
                title, _, org = one.strip().partition("@")
                if title not in titles:
                    problems.append(f"{country}/{key}: office {title!r} is not in offices.tsv")
                    continue
                if org and org not in organisations:
                    problems.append(f"{country}/{key}: unknown organisation id {org!r}")
                    continue
                sector = titles[title]
                if country == "IGO" and sector == "GOV":
                    sector = "IGO"  # officials of international organisations
                if org and title != "organisation_head" and organisations[org].get("sector"):
                    sector = organisations[org]["sector"]
                for row in rows:
                    where = f"{country}/{key}/{row}"
                    if not isinstance(row, list) or len(row) < 2 or not isinstance(row[0], str):
                        problems.append(f"{where}: a row is [name, start, end?, note...]")
                        continue
                    name, start, end = row[0], _day(row[1], where), _day(row[2] if len(row) > 2 else None, where)
                    if start and end and parse_day(end, end=True) < parse_day(start):
                        problems.append(f"{where}: ends before it starts")
                    person = people.setdefault(name, {"name": name, "offices": []})
                    person["offices"].append(f"{title}/{country}/{sector}/{start}/{end}/{org}")
    for name, extra in details.items():
        person = people.setdefault(name, {"name": name, "offices": []})
        person.update({k: v for k, v in (extra or {}).items()})
    unknown_women = women - set(people)
    if unknown_women:
        problems.append(f"women: not in the overlay: {', '.join(sorted(unknown_women))}")
    if problems:
        raise SystemExit("people overlay problems:\n  " + "\n  ".join(problems))
    rows = []
    for name, person in people.items():
        office_countries = Counter(cell.split("/")[1] for cell in person["offices"] if cell.split("/")[1] != "IGO")
        country = person.get("country") or (office_countries.most_common(1)[0][0] if office_countries else "IGO")
        aliases = list(person.get("aliases") or [])
        transliterated = name.translate(UMLAUTS)
        if transliterated != name and transliterated not in aliases:
            aliases.append(transliterated)  # Schröder is also written Schroeder
        surnames = person.get("surnames")
        if surnames is None:
            surnames = surnames_of(name, country)
        rows.append({
            "id": person.get("id") or slug(name),
            "name": name,
            "aliases": aliases,
            "country": country,
            "gender": person.get("gender") or ("f" if name in women else "m"),
            "sector": person.get("sector") or "",
            "surnames": list(surnames),
            "source": "overlay",
            "offices": person["offices"],
        })
    return rows


# -- merge ----------------------------------------------------------------------------------


def _multiword_keys(name: str, aliases: list[str]) -> set[str]:
    return {fold(n) for n in [name, *aliases] if " " in fold(n)}


def _countries_of(person: dict[str, Any]) -> set[str]:
    offices = person["offices"] if isinstance(person["offices"], list) else [o for o in person["offices"].split(";") if o]
    return {person["country"], *(cell.split("/")[1] for cell in offices)}


def merge(overlay: list[dict[str, Any]], phoenix: list[dict[str, str]]) -> list[dict[str, str]]:
    """Overlay people absorb their Phoenix entries: by the entry's own name when it belongs
    to one overlay person, else by an alias that points at one overlay person only (both
    Bushes are "George Bush" in the dictionary: that alias decides nothing)."""
    owners: dict[str, set[int]] = defaultdict(set)
    for n, person in enumerate(overlay):
        for key in _multiword_keys(person["name"], person["aliases"]):
            owners[key].add(n)
    absorbed_by: dict[int, list[int]] = defaultdict(list)
    for i, row in enumerate(phoenix):
        countries = _countries_of(row)
        own = {n for n in owners.get(fold(row["name"]), ()) if _countries_of(overlay[n]) & countries}
        if len(own) != 1:
            own = set()
            for key in _multiword_keys(row["name"], [a for a in row["aliases"].split("|") if a]):
                found = {n for n in owners.get(key, ()) if _countries_of(overlay[n]) & countries}
                if len(found) == 1:
                    own |= found
        if len(own) == 1:
            absorbed_by[own.pop()].append(i)
    absorbed = {i for found in absorbed_by.values() for i in found}
    rows = []
    for n, person in enumerate(overlay):
        aliases = list(person["aliases"])
        starts = [cell.split("/")[3] for cell in person["offices"] if cell.split("/")[3]]
        first = min(parse_day(s) for s in starts) if starts else None
        offices = list(person["offices"])
        for i in absorbed_by.get(n, ()):
            for alias in [phoenix[i]["name"], *phoenix[i]["aliases"].split("|")]:
                if alias and fold(alias) != fold(person["name"]) and fold(alias) not in {fold(a) for a in aliases}:
                    aliases.append(alias)
            for cell in (c for c in phoenix[i]["offices"].split(";") if c):
                end = cell.split("/")[4]
                if first is not None and end and parse_day(end, end=True) < first:
                    offices.append(cell)
        rows.append({**person, "aliases": "|".join(aliases), "surnames": "|".join(person["surnames"]), "offices": ";".join(offices)})
    taken = {row["id"] for row in rows}
    for i, row in enumerate(phoenix):
        if i in absorbed:
            continue
        base = slug(row["name"]) or f"person-{i}"
        ident = base if base not in taken else f"{base}-{row['country'].lower()}"
        n = 2
        while ident in taken:
            ident, n = f"{base}-{row['country'].lower()}-{n}", n + 1
        taken.add(ident)
        rows.append({**row, "id": ident})
    return sorted(rows, key=lambda r: r["id"])


# -- files ----------------------------------------------------------------------------------


def _render(rows: list[dict[str, str]], header: str) -> str:
    def cell(value: Any) -> str:
        return " ".join(str(value).replace("\t", " ").split())

    lines = [header.rstrip("\n"), "\t".join(COLUMNS)]
    lines += ["\t".join(cell(row.get(k, "")) for k in COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [{k: (v or "") for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, help="Phoenix.Countries.actors.txt, to convert again")
    parser.add_argument("--check", action="store_true", help="only check that the committed files are up to date")
    args = parser.parse_args(argv)
    countries = {c["iso3"]: c for c in yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))}
    organisations = {o["id"]: o for o in yaml.safe_load((DATA / "organisations.yaml").read_text(encoding="utf-8"))}
    titles = office_titles()
    stale = []
    if args.phoenix:
        if not args.phoenix.is_file():
            print(f"{args.phoenix}: no such file (the Phoenix country-actors dictionary)", file=sys.stderr)
            return 2
        header = "# People converted from the Phoenix country-actors dictionary (PETRARCH-2, MIT; see README). GENERATED by scripts/build_people.py --phoenix.\n"
        converted = _render(convert_phoenix(args.phoenix, countries), header)
        if args.check:
            if CONVERTED.read_text(encoding="utf-8") != converted:
                stale.append(CONVERTED.name)
        else:
            CONVERTED.write_text(converted, encoding="utf-8")
    phoenix = _read_tsv(CONVERTED)
    rows = merge(read_overlay(titles, organisations, set(countries)), phoenix)
    text = _render(rows, "# People with dated offices. GENERATED by scripts/build_people.py from people_overlay.yaml and people_phoenix.tsv: edit the overlay.\n")
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            stale.append(OUTPUT.name)
        if stale:
            print(f"out of date: {', '.join(stale)}; run scripts/build_people.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    curated = sum(1 for r in rows if r["source"] == "overlay")
    print(f"wrote {OUTPUT} ({len(rows)} people, {curated} from the overlay)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
