"""Character spans in the article text: finding gold strings and measuring overlap.

Gold files give evidence, quote content, timexes and places as plain strings;
the system gives offsets. The scorer places each gold string at every position
where it occurs in the article text and compares positions, never wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

Span = tuple[int, int]  # [start, end) into the article text


def occurrences(text: str, needle: str) -> list[Span]:
    """Every position of ``needle`` in ``text``, overlapping ones included."""
    if not needle:
        return []
    found: list[Span] = []
    start = text.find(needle)
    while start != -1:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def word_occurrences(text: str, needle: str) -> list[Span]:
    """Positions of ``needle`` that are whole words, so "Iran" is not found inside "Iranian"."""
    if not needle:
        return []
    left = r"(?<!\w)" if needle[0].isalnum() else ""
    right = r"(?!\w)" if needle[-1].isalnum() else ""
    pattern = re.compile(left + re.escape(needle) + right)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share (0 when disjoint)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def best_overlap(spans: Iterable[Span], others: Iterable[Span]) -> int:
    """The largest overlap between any span of one group and any of the other."""
    others = list(others)
    return max((overlap(a, b) for a in spans for b in others), default=0)


def contains(outer: Span, inner: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and outer != inner


def mention_spans(texts: list[str], text: str) -> list[list[Span]]:
    """Word positions of each gold mention string, dropping positions nested in a longer mention.

    Gold lists "November" and "November 10", "Karabakh" and "Nagorno-Karabakh":
    the "November" inside "November 10" belongs to the longer expression. A
    mention whose every position is nested keeps them all, so it can still be
    found.
    """
    raw = [word_occurrences(text, mention) or occurrences(text, mention) for mention in texts]
    everything = [span for spans in raw for span in spans]
    kept: list[list[Span]] = []
    for spans in raw:
        free = [s for s in spans if not any(contains(other, s) for other in everything)]
        kept.append(free or spans)
    return kept


def system_spans(item: Mapping[str, Any] | None, text: str) -> list[Span]:
    """The offsets of a system span record {text, start, end}.

    Records without usable offsets (start < 0, or offsets that do not hold the
    stated words) are placed by searching their words in the text.
    """
    if not isinstance(item, Mapping):
        return []
    words = item.get("text") or ""
    start, end = item.get("start", -1), item.get("end", -1)
    valid = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if valid and (not words or text[start:end] == words):
        return [(start, end)]
    found = occurrences(text, words) if isinstance(words, str) else []
    if found:
        return found
    return [(start, end)] if valid else []
