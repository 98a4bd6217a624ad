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
   The reader is eventwire/actors/petrarch.py, shared with `eventwire actors import`.
2. The hand-written people_overlay.yaml: office holders by country and office, 1990 to
   today, plus people details (aliases, surnames, gender). An overlay person absorbs the
   Phoenix entries with the same full name (or alias) and country; of those, only ranges
   that end before the person's first overlay office are kept.

    .venv/bin/python scripts/build_people.py [--phoenix ../shared/data/legacy-dictionaries/Phoenix.Countries.actors.txt] [--check]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.kb import fold, office_titles, parse_day, slug
from eventwire.actors.petrarch import (
    PARTICLES,
    ROMAN,
    ROMAN_NUMERAL,
    LegacyPerson,
    country_words_of,
    merge_duplicate_people,
    person_from_block,
    read_actor_blocks,
)

DATA = Path(__file__).resolve().parents[1] / "eventwire" / "actors" / "data"
OVERLAY = DATA / "people_overlay.yaml"
CONVERTED = DATA / "people_phoenix.tsv"
OUTPUT = DATA / "people.tsv"
COLUMNS = ["id", "name", "aliases", "country", "gender", "sector", "surnames", "source", "offices"]

PHOENIX_HORIZON = "2014-01"  # the dictionary was generated on 2014-01-30
# Where the press calls people by their first name: family name first (China, Korea),
# or given name used alone (Thailand, Malaysia, Ethiopia, Eritrea).
FIRST_NAME_USED = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM", "SGP", "THA", "MYS", "ETH", "ERI"}
NO_SURNAME = {"MMR"}
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})  # Burmese names have no family name: the press uses the whole name


# -- names ---------------------------------------------------------------------------


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


def convert_phoenix(path: Path, countries: dict[str, Any]) -> list[dict[str, str]]:
    iso3 = set(countries)
    country_words = country_words_of(n for c in countries.values() for n in [c["name"], *c.get("names", []), *c.get("adjectives", [])])
    blocks, _ = read_actor_blocks(path)  # malformed lines are read the way PETRARCH reads them
    people = [person_from_block(block, iso3, country_words, PHOENIX_HORIZON) for block in blocks]
    return _merge_phoenix_duplicates([p for p in people if p is not None and not _is_country_entry(p, country_words)])


def _is_country_entry(person: LegacyPerson, country_words: set[str]) -> bool:
    """The dictionary lists some countries among people (ARMENIA_ with dated government
    codes); a name or alias that is a country name or adjective, or a one-word name,
    is not a person."""
    names = [person.name, *person.aliases]
    return " " not in person.name.strip() or any(n.replace(" ", "_").upper() in country_words for n in names)


def _merge_phoenix_duplicates(people: list[LegacyPerson]) -> list[dict[str, str]]:
    """One row per (name, country): the dictionary repeats some people in two spellings."""
    rows = []
    for person in merge_duplicate_people(people):
        rows.append({
            "id": "",
            "name": person.name,
            "aliases": "|".join(person.aliases),
            "country": person.country,
            "gender": "",
            "sector": person.sector,
            "surnames": "|".join(surnames_of(person.name, person.country)),
            "source": "phoenix",
            "offices": ";".join(f"official/{c}/{s}/{a or ''}/{b or ''}/" for c, s, a, b in person.offices),
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
