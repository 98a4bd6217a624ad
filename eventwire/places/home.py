"""The country a report is filed from: its dateline's place, else the country its
places name most often. Unnamed domestic actors ("police", "an official") belong to it."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.models import Place
from eventwire.places.gazetteer import Gazetteer

_DATELINE_PART = re.compile(r"[A-Za-z][A-Za-z .'-]+")


def home_country(dateline: str, places: list[Place], gazetteer: Gazetteer | None = None) -> str | None:
    gazetteer = gazetteer or Gazetteer.load()
    for chunk in dateline.split(",")[:2]:
        match = _DATELINE_PART.search(chunk)
        if not match:
            continue
        name = match.group(0).strip().title()
        entry = gazetteer.lookup(name)
        if entry is not None and entry.country not in ("", "UNK"):
            return entry.country
    counts = Counter(p.country for p in places if p.country not in ("", "UNK"))
    if counts:
        return counts.most_common(1)[0][0]
    return None
