"""Areas of interest: a point with a radius, or a whole country.

An event matches a point area when its place has coordinates finer than a country
(the same rule as the store's ``near`` filter: a country centroid says nothing about
where in the country something happened) and lies within the radius.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Spot:
    """Where an incident happened, as the store records it."""

    name: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: str = ""  # point / admin1 / region / country, or ""

    @property
    def pinned(self) -> bool:
        """Coordinates that say more than which country."""
        return self.lat is not None and self.lon is not None and self.precision not in ("", "country")

    def label(self) -> str:
        if self.name and self.country and self.country != "UNK":
            return f"{self.name} ({self.country})"
        return self.name or self.country or "unplaced"


@dataclass(frozen=True, slots=True)
class Area:
    name: str = ""
    country: str = ""  # ISO3 when the area is a whole country
    lat: float | None = None
    lon: float | None = None
    radius_km: float = 0.0

    @property
    def is_point(self) -> bool:
        return self.lat is not None and self.lon is not None

    def contains(self, spot: Spot) -> bool:
        if self.is_point:
            assert self.lat is not None and self.lon is not None
            return spot.pinned and distance_km(self.lat, self.lon, spot.lat, spot.lon) <= self.radius_km  # type: ignore[arg-type]
        return bool(self.country) and spot.country == self.country

    def label(self) -> str:
        if self.is_point:
            where = self.name or f"{self.lat:.3f},{self.lon:.3f}"
            return f"within {self.radius_km:g} km of {where}"
        return self.name or self.country

    def to_dict(self) -> dict[str, object]:
        if self.is_point:
            return {"name": self.name, "lat": self.lat, "lon": self.lon, "radius_km": self.radius_km}
        return {"name": self.name, "country": self.country}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def area_around(spot: Spot, radius_km: float) -> Area | None:
    """The area an event's place stands for: its point and a radius, or its country;
    None when the event has no place."""
    if spot.pinned:
        return Area(name=spot.name, lat=spot.lat, lon=spot.lon, radius_km=radius_km)
    if spot.country and spot.country != "UNK":
        return Area(name=spot.name or spot.country, country=spot.country)
    return None
