"""Whether two reports state the same happening, how sure we are, and why.

A pair must agree on everything that can be checked (type group, status, dates
within their precision plus a window, place, parties) and then be similar
enough in wording; less wording is needed when the parties agree.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.dedupe.mention import Mention
from eventwire.dedupe.similarity import METHOD
from eventwire.errors import ModelError

EARTH_RADIUS_KM = 6371.0088
GROUPS_FILE = "data/type_groups.yaml"


@dataclass(frozen=True, slots=True)
class MergeSettings:
    """Windows and thresholds of merging; the EVENTWIRE_MERGE_* settings (docs/settings.md)."""

    date_window_days: int = 1
    max_km: float = 100.0
    min_similarity: float = 0.4
    min_similarity_parties: float = 0.2

    @classmethod
    def from_settings(cls, settings: Any) -> MergeSettings:
        """From an ``eventwire.settings.Settings`` (typed loosely so this package needs no import of it)."""
        return cls(
            date_window_days=int(settings.merge_date_window_days),
            max_km=float(settings.merge_max_km),
            min_similarity=float(settings.merge_min_similarity),
            min_similarity_parties=float(settings.merge_min_similarity_parties),
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two reports judged one happening."""

    similarity: float
    km: float | None
    day_gap: int
    parties_agree: bool
    score: float  # orders the links: the surest pairs join first
    reason: str


@lru_cache(maxsize=1)
def type_groups() -> dict[str, str]:
    """PLOVER type -> the name of its group of compatible types (itself when alone)."""
    source = resources.files("eventwire.dedupe").joinpath(GROUPS_FILE)
    try:
        table = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
        groups = table["groups"]
        return {str(kind).upper(): str(name) for name, kinds in groups.items() for kind in kinds}
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as error:
        raise ModelError(f"eventwire/dedupe/{GROUPS_FILE}: expected 'groups: {{name: [TYPE, ...]}}' ({error})") from error


def type_group(kind: str) -> str:
    return type_groups().get(kind.upper(), kind.upper())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def day_gap(a: Mention, b: Mention) -> int:
    """Days between the two date intervals; 0 when they overlap ("1997-04" holds "1997-04-24")."""
    assert a.date_start and a.date_end and b.date_start and b.date_end
    return max(0, (b.date_start - a.date_end).days, (a.date_start - b.date_end).days)


def compare(a: Mention, b: Mention, similarity_of: Callable[[], float], settings: MergeSettings) -> Comparison | None:
    """The comparison of two reports when they state one happening, else None.

    ``similarity_of`` is called only for pairs that pass every other check: most do not.
    """
    if a.doc_id == b.doc_id or a.status != b.status or type_group(a.type) != type_group(b.type):
        return None  # within one article the pipeline already merged what it could
    if not (a.mergeable and b.mergeable):
        return None
    gap = day_gap(a, b)
    if gap > settings.date_window_days:
        return None
    if a.countries and b.countries and not a.countries & b.countries:
        return None
    if a.location_country and b.location_country and a.location_country != b.location_country:
        return None
    km = _distance(a, b)
    if km is not None and km > settings.max_km:
        return None
    parties_agree = bool(a.countries) and a.countries == b.countries
    shared_actors = a.actor_ids & b.actor_ids
    # The lower bar needs who and when to be sharp: a shared named actor or the same
    # two or more countries (one country alone is every domestic story), and dates
    # to the day or week (a month holds many happenings of one kind).
    sharp_parties = bool(shared_actors) or (parties_agree and len(a.countries) > 1)
    sharp_dates = a.date_precision != "month" and b.date_precision != "month"
    needed = settings.min_similarity_parties if sharp_parties and sharp_dates else settings.min_similarity
    similarity = similarity_of()
    if similarity < needed:
        return None
    score = similarity + 0.3 * parties_agree + 0.2 * bool(shared_actors) + 0.2 * (km is not None) - 0.1 * gap
    reason = ", ".join(
        part
        for part in (
            _type_reason(a, b),
            _party_reason(a, b, parties_agree, shared_actors),
            _date_reason(a, b, gap),
            _place_reason(a, b, km),
            f"{METHOD} {similarity:.2f}",
        )
        if part
    )
    return Comparison(similarity, km, gap, parties_agree, score, reason)


def _distance(a: Mention, b: Mention) -> float | None:
    if not (a.pinpointed and b.pinpointed):
        return None
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _type_reason(a: Mention, b: Mention) -> str:
    status = "" if a.status == "asserted" else f" ({a.status})"
    if a.type == b.type:
        return f"same type {a.type}{status}"
    return f"compatible types {'/'.join(sorted((a.type, b.type)))}{status}"


def _party_reason(a: Mention, b: Mention, parties_agree: bool, shared_actors: frozenset[str]) -> str:
    if shared_actors:
        return f"shared actor {', '.join(sorted(shared_actors)[:3])}"
    if parties_agree:
        return f"same parties {'-'.join(sorted(a.countries))}"
    if a.countries and b.countries:
        return f"parties overlap ({'-'.join(sorted(a.countries & b.countries))})"
    return "parties unknown in one report"


def _date_reason(a: Mention, b: Mention, gap: int) -> str:
    if gap:
        return f"dates {gap} day{'s' if gap > 1 else ''} apart"
    coarser = a.date_precision if _width(a) >= _width(b) else b.date_precision
    return f"dates agree to the {coarser}"


def _width(m: Mention) -> int:
    assert m.date_start and m.date_end
    return (m.date_end - m.date_start).days


def _place_reason(a: Mention, b: Mention, km: float | None) -> str:
    if km is not None:
        return f"{km:.0f} km apart"
    if a.location_country and a.location_country == b.location_country:
        return f"both in {a.location_country}"
    return ""
