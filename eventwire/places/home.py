"""The country a report is about. Unnamed domestic actors ("police", "an official",
"witnesses") and people the report does not place belong to it."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.models import Place
from eventwire.places.entry import PlaceEntry
from eventwire.places.gazetteer import Gazetteer

_DATELINE_PART = re.compile(r"[A-Za-z][A-Za-z .'-]+")


def home_country(dateline: str, places: list[Place], gazetteer: Gazetteer | None = None) -> str | None:
    """The country the report is about: the one its places name most, the dateline's
    country counting twice (a wire filed from Termez about Afghanistan is Afghan news)."""
    counts: Counter[str] = Counter(p.country for p in places if p.country not in ("", "UNK"))
    filed_from = dateline_place(dateline, gazetteer)
    if filed_from is not None:
        counts[filed_from.country] += 2
    return counts.most_common(1)[0][0] if counts else None


def dateline_place(dateline: str, gazetteer: Gazetteer | None = None) -> PlaceEntry | None:
    """The place a report was filed from ("KUALA LUMPUR, April 1 (AFP)" -> Kuala Lumpur):
    the first of the dateline's first two comma parts that the gazetteer knows."""
    gazetteer = gazetteer or Gazetteer.load()
    for chunk in dateline.split(",")[:2]:
        match = _DATELINE_PART.search(chunk)
        if not match:
            continue
        entry = gazetteer.lookup(match.group(0).strip().title())
        if entry is not None and entry.country not in ("", "UNK"):
            return entry
    return None
