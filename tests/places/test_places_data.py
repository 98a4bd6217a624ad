"""The hand-written place tables: shape, coverage and clear errors when broken."""

from __future__ import annotations

import pytest

from eventwire.errors import ModelError
from eventwire.places import Gazetteer, tables
from eventwire.places.names import name_key

from build_scripts import load_script


def test_regions_table_covers_the_conflict_regions() -> None:
    regions = tables.load_regions()
    assert len(regions) >= 150
    keys = {name_key(n) for r in regions for n in r.names}
    for name in ("Nagorno-Karabakh", "Crimea", "Donbas", "Gaza Strip", "West Bank", "Golan Heights", "Tigray",
                 "Darfur", "Kashmir", "Kurdistan", "Chechnya", "Abkhazia", "South Ossetia", "Transnistria",
                 "Mindanao", "Sinai", "Balochistan", "Xinjiang", "Tibet", "Aceh", "Idlib", "Sahel", "Balkans",
                 "Middle East", "Korean Peninsula", "Stepanakert", "Khankendi", "Shushi", "Lachin corridor",
                 "Jaffna peninsula", "Vanni"):
        assert name_key(name) in keys, name


def test_every_region_country_is_a_known_country() -> None:
    gaz = Gazetteer.load()
    for record in tables.load_regions():
        country = record.entry.country
        assert country == "" or gaz.country(country) is not None, record.entry


def test_only_deliberate_region_names_shadow_country_names() -> None:
    country_keys = {name_key(n) for c in tables.load_countries().records for n in c.names}
    shadowing = {name_key(n) for r in tables.load_regions() for n in r.names} & country_keys
    assert shadowing == {"georgia"}  # the US state, chosen only with a USA hint


def test_broken_region_entry_names_the_file_and_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "read_data_yaml", lambda _: [{"name": "Atlantis", "country": "atl", "kind": "region",
                                                              "lat": 0, "lon": 0}])
    with pytest.raises(ModelError, match=r"regions.yaml, entry 1 .*country must be ISO3"):
        tables.load_regions()


def test_missing_built_table_names_the_build_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "CITIES_FILE", "no-such-cities.tsv.gz")
    with pytest.raises(ModelError, match=r"no-such-cities.tsv.gz is missing .*run scripts/build_gazetteer.py"):
        tables.load_cities(tables.load_countries())


def test_built_tables_are_current() -> None:
    assert load_script("build_gazetteer").main(["--check"]) == 0, "run scripts/build_gazetteer.py"
