"""One gazetteer record: a place the gazetteer can name, place and put in a country."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.models import PLACE_KINDS


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

    def __post_init__(self) -> None:
        if self.kind not in PLACE_KINDS:
            raise ValueError(f"place {self.name!r}: kind {self.kind!r} is not one of {PLACE_KINDS}")
