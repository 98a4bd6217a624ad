"""One gazetteer record: a place the gazetteer can name, place and put in a country."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.models import PLACE_KINDS, PLACE_PRECISIONS


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A resolved place.

    ``country`` is ISO 3166-1 alpha-3 (XKX for Kosovo), "" for a place spread over
    several countries (Europe, the Sahel) and "UNK" for a name nobody knows.
    """

    name: str
    country: str
    kind: str  # one of eventwire.models.PLACE_KINDS
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int | None = None
    precision: str = ""  # one of PLACE_PRECISIONS; "" takes the kind's usual one, or stays "" with no point

    def __post_init__(self) -> None:
        if self.kind not in PLACE_KINDS:
            raise ValueError(f"place {self.name!r}: kind {self.kind!r} is not one of {PLACE_KINDS}")
        if not self.precision and self.lat is not None:
            object.__setattr__(self, "precision", usual_precision(self.kind, self.country))
        if self.precision and self.precision not in PLACE_PRECISIONS:
            raise ValueError(f"place {self.name!r}: precision {self.precision!r} is not one of {PLACE_PRECISIONS}")


def usual_precision(kind: str, country: str) -> str:
    """A city is a point; a region inside one country is taken for a first-level unit
    (the regions table marks the exceptions); anything wider is a region."""
    if kind == "city":
        return "point"
    if kind == "country":
        return "country"
    return "admin1" if kind == "region" and country and country != "UNK" else "region"
