"""The gazetteer: a place name (and optionally the country the text is about) in, a
PlaceEntry out.

Resolution order, first hit wins:
1. countries, by exact names and variants (country_converter's names, GeoNames'
   names, data/countries.tsv);
2. the hand-written regions table (data/regions.yaml);
3. GeoNames cities by their own name, then by an alternate name;
4. a compass word or a unit word around a known name ("southern Lebanon",
   "Helmand province") gives a region of that place's country;
5. a formal name made of state-form words and the words of exactly one country's
   names ("the Islamic Republic of Afghanistan", "the Republic of Korea").

Among same-named cities the most populous wins, a capital counting as ten times its
population ("Paris" is the French capital, not the Texan town). A country hint picks
the hinted country's city (or region) unless that one is a hundred times smaller than
the best elsewhere: a hint is evidence, not a command.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventwire.errors import ModelError
from eventwire.places.entry import PlaceEntry
from eventwire.places.names import name_key, name_parts
from eventwire.places.tables import (
    CityRecord,
    CountryTable,
    RegionRecord,
    load_cities,
    load_continents,
    load_countries,
    load_regions,
)

CAPITAL_WEIGHT = 10  # a capital outranks a same-named city up to ten times bigger
HINT_MIN_SHARE = 0.01  # the hinted country's candidate must weigh at least 1% of the best
_CACHE_LIMIT = 200_000
_WORDS = re.compile(r"[a-z][a-z']*")

Via = str  # "country", "region", "city", "city-alternate", "compass", "unit", "formal-name"


@dataclass(frozen=True, slots=True)
class Resolution:
    """A gazetteer answer and the rule that gave it (the finder trusts some rules more)."""

    entry: PlaceEntry
    via: Via

    @property
    def exact(self) -> bool:
        """True when the whole name is a name of the entry, not a derivation of one."""
        return self.via in ("country", "region", "city", "city-alternate")


class Gazetteer:
    """Countries, hand-written regions and GeoNames cities, indexed by name key."""

    def __init__(
        self,
        countries: CountryTable,
        regions: Sequence[RegionRecord],
        cities: Sequence[CityRecord],
    ) -> None:
        self._countries: dict[str, PlaceEntry] = {}
        self._country_by_iso3: dict[str, PlaceEntry] = {}
        self._own_words: dict[str, frozenset[str]] = {}  # ISO3 -> the words of its names
        self._regions: dict[str, list[PlaceEntry]] = {}
        self._cities: dict[str, list[PlaceEntry]] = {}
        self._city_alternates: dict[str, list[PlaceEntry]] = {}
        self._capitals: set[int] = set()
        self._cache: dict[tuple[str, str | None, bool], Resolution | None] = {}
        self._index_countries(countries)
        self._index_regions(regions)
        self._index_cities(cities, countries)

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer, built once per process (well under a second and about 80 MB)."""
        return _load_cached()

    # --- public queries ------------------------------------------------------------

    def lookup(self, name: str, country_hint: str | None = None) -> PlaceEntry | None:
        """The place a name most likely means, or None when no table knows it."""
        resolution = self.resolve(name, country_hint)
        return resolution.entry if resolution else None

    def resolve(
        self, name: str, country_hint: str | None = None, *, hint_beats_country: bool = True
    ) -> Resolution | None:
        """Like ``lookup`` but says which rule decided. ``hint_beats_country=False``
        keeps a country name a country even when the hinted country has a same-named
        region (callers whose hint is a guess, like the finder, use it)."""
        if not isinstance(name, str):
            raise TypeError(f"place name must be a string, not {type(name).__name__}")
        key = name_key(name)
        if not key:
            return None
        hint = country_hint.upper() if country_hint else None
        cache_key = (key, hint, hint_beats_country)
        if cache_key not in self._cache:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[cache_key] = self._resolve_key(key, hint, hint_beats_country)
        return self._cache[cache_key]

    def country(self, iso3: str) -> PlaceEntry | None:
        """The country entry for an ISO3 code."""
        return self._country_by_iso3.get(iso3.upper())

    def is_capital(self, entry: PlaceEntry) -> bool:
        return entry.geonameid is not None and entry.kind == "city" and entry.geonameid in self._capitals

    def cities(self) -> Iterator[PlaceEntry]:
        """Every GeoNames city of the gazetteer."""
        for same_named in self._cities.values():
            yield from same_named

    def city_candidates(self, name: str) -> list[PlaceEntry]:
        """Every city the name may mean, own names first (for diagnostics and tests)."""
        key = name_key(name)
        return list(self._cities.get(key, [])) or list(self._city_alternates.get(key, []))

    # --- resolution ----------------------------------------------------------------

    def _resolve_key(self, key: str, hint: str | None, hint_beats_country: bool) -> Resolution | None:
        parts = name_parts()
        if key in parts.generic_words:
            return None  # "Valley" or "Station" alone is no name, whatever town is called so
        found = self._exact(key, hint, hint_beats_country)
        if found:
            return found
        words = key.split(" ")
        compass = 0  # how many leading words are compass words ("north", "south-east")
        while compass < len(words) - 1 and words[compass] in parts.compass_words:
            compass += 1
        has_unit = len(words) >= 2 and words[-1] in parts.region_suffixes
        # the fewest words dropped first: "northern west bank" is "west bank", not "bank"
        for end in (len(words), len(words) - 1) if has_unit else (len(words),):
            for start in range(compass + 1):
                if (start, end) == (0, len(words)) or end - start < 1:
                    continue
                base = self._exact(" ".join(words[start:end]), hint, hint_beats_country)
                via = "unit" if end < len(words) else "compass"
                # "Morris County" is not a district of some Morris abroad: a unit named
                # after a town is trusted only in the country the text is about
                if base is not None and (via == "compass" or base.entry.kind != "city" or base.entry.country == hint):
                    name = " ".join([*words[:start], base.entry.name, *words[end:]])
                    return self._derived(name, base.entry, via=via)
        return self._country_by_formal_name(key)

    def _exact(self, key: str, hint: str | None, hint_beats_country: bool) -> Resolution | None:
        country = self._countries.get(key)
        regions = self._regions.get(key, [])
        if country:
            if hint_beats_country and hint and hint != country.country:
                in_hint = [r for r in regions if r.country == hint]
                if in_hint:
                    return Resolution(in_hint[0], "region")
            return Resolution(country, "country")
        if regions:
            in_hint = [r for r in regions if hint and r.country == hint]
            return Resolution((in_hint or regions)[0], "region")
        cities = self._cities.get(key)
        if cities:
            return Resolution(self._best_city(cities, hint), "city")
        alternates = self._city_alternates.get(key)
        if alternates:
            return Resolution(self._best_city(alternates, hint), "city-alternate")
        return None

    def _best_city(self, candidates: list[PlaceEntry], hint: str | None) -> PlaceEntry:
        best = max(candidates, key=self._weight)
        if hint and best.country != hint:
            in_hint = [c for c in candidates if c.country == hint]
            if in_hint:
                hinted = max(in_hint, key=self._weight)
                if self._weight(hinted) >= self._weight(best) * HINT_MIN_SHARE:
                    return hinted
        return best

    def _weight(self, city: PlaceEntry) -> int:
        population = city.population or 0
        return population * CAPITAL_WEIGHT if self.is_capital(city) else population

    def _derived(self, name: str, base: PlaceEntry, via: Via) -> Resolution:
        """'southern Lebanon' from Lebanon: the base's country and centre, its own name."""
        kind = "region" if via == "unit" or base.kind in ("country", "region") else base.kind
        # "Helmand province" is the province; "southern Lebanon" is some part of Lebanon
        precision = "admin1" if via == "unit" else "region" if kind == "region" else ""
        return Resolution(PlaceEntry(name, base.country, kind, base.lat, base.lon, precision=precision), via)

    def _country_by_formal_name(self, key: str) -> Resolution | None:
        words = set(_WORDS.findall(key))
        form_words = name_parts().state_form_words
        content = words - form_words
        # a formal name has a state-form word ("Republic of ..."); one bare word is a
        # demonym ("Russian") or a fragment, not a country name
        if len(words) < 2 or not content or not (words & form_words):
            return None
        # "Republic of Georgia" is Georgia, though South Georgia's names share the word
        exact = [iso3 for iso3, own in self._own_words.items() if content == own]
        owners = exact or [iso3 for iso3, own in self._own_words.items() if content <= own]
        return Resolution(self._country_by_iso3[owners[0]], "formal-name") if len(owners) == 1 else None

    # --- indexing ------------------------------------------------------------------

    def _index_countries(self, countries: CountryTable) -> None:
        for record in countries.records:
            entry = record.entry
            self._country_by_iso3[entry.country] = entry
            for name in record.names:
                key = name_key(name)
                if not key:
                    continue
                other = self._countries.setdefault(key, entry)
                if other.country != entry.country:
                    raise ModelError(f"country name {name!r} names both {other.country} and {entry.country}")
            own = frozenset(w for n in record.names for w in _WORDS.findall(name_key(n)))
            self._own_words[entry.country] = own - name_parts().state_form_words

    def _index_regions(self, regions: Iterable[RegionRecord]) -> None:
        for record in regions:
            for name in record.names:
                key = name_key(name)
                bucket = self._regions.setdefault(key, [])
                if record.entry not in bucket:
                    bucket.append(record.entry)

    def _index_cities(self, cities: Sequence[CityRecord], countries: CountryTable) -> None:
        for record in cities:
            self._cities.setdefault(record.key, []).append(record.entry)
            for key in record.alternate_keys:
                self._city_alternates.setdefault(key, []).append(record.entry)
        self._mark_capitals(countries)

    def _mark_capitals(self, countries: CountryTable) -> None:
        for record in countries.records:
            capital_key = name_key(record.capital)
            if not capital_key:
                continue
            candidates = [
                c
                for c in self._cities.get(capital_key, []) + self._city_alternates.get(capital_key, [])
                if c.country == record.entry.country
            ]
            if candidates:
                capital = max(candidates, key=lambda c: c.population or 0)
                if capital.geonameid is not None:
                    self._capitals.add(capital.geonameid)

    def stats(self) -> dict[str, int]:
        """Sizes of the indexes (reported by the benchmark)."""
        return {
            "country_names": len(self._countries),
            "region_names": len(self._regions),
            "city_names": len(self._cities),
            "city_alternate_names": len(self._city_alternates),
            "cities": sum(len(v) for v in self._cities.values()),
            "capitals": len(self._capitals),
        }


@lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    countries = load_countries()
    regions = load_continents(countries) + load_regions()
    return Gazetteer(countries, regions, load_cities(countries))


def most_common_country(entries: Iterable[PlaceEntry]) -> str | None:
    """The country most places belong to (first mentioned on a tie), or None."""
    counts = Counter(e.country for e in entries if e.country and e.country != "UNK")
    return counts.most_common(1)[0][0] if counts else None


