"""The country a report is about. Unnamed domestic actors ("police", "an official",
"witnesses") and people the report does not place belong to it."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.models import Place
from eventwire.places.gazetteer import Gazetteer

_DATELINE_PART = re.compile(r"[A-Za-z][A-Za-z .'-]+")


def home_country(dateline: str, places: list[Place], gazetteer: Gazetteer | None = None) -> str | None:
    """The country the report is about: the one its places name most, the dateline's
    country counting twice (a wire filed from Termez about Afghanistan is Afghan news)."""
    gazetteer = gazetteer or Gazetteer.load()
    counts: Counter[str] = Counter(p.country for p in places if p.country not in ("", "UNK"))
    for chunk in dateline.split(",")[:2]:
        match = _DATELINE_PART.search(chunk)
        if not match:
            continue
        entry = gazetteer.lookup(match.group(0).strip().title())
        if entry is not None and entry.country not in ("", "UNK"):
            counts[entry.country] += 2
            break
    return counts.most_common(1)[0][0] if counts else None
