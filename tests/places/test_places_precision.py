"""Every place says how exactly it pins a point (docs/places.md has the ACLED/UCDP crosswalk)."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, PlaceEntry


@pytest.mark.parametrize(
    ("name", "precision"),
    [
        ("Moscow", "point"),
        ("Stepanakert", "point"),
        ("Tigray", "admin1"),
        ("Texas", "admin1"),
        ("Helmand province", "admin1"),
        ("Donbas", "region"),
        ("Darfur", "region"),
        ("northern Israel", "region"),
        ("the Sahel", "region"),
        ("Afghanistan", "country"),
    ],
)
def test_gazetteer_entries_carry_their_precision(name: str, precision: str) -> None:
    entry = Gazetteer.load().lookup(name)
    assert entry is not None and entry.precision == precision


def test_a_place_without_a_point_has_no_precision() -> None:
    assert PlaceEntry("Atlantis", "UNK", "other").precision == ""


def test_an_unknown_precision_is_refused() -> None:
    with pytest.raises(ValueError, match="precision 'street'"):
        PlaceEntry("Main Street", "USA", "other", 1.0, 1.0, precision="street")
