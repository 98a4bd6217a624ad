"""Scoring one article's time expressions and place names against gold.

Gold lists each distinct expression once ("Friday", "Moscow") without offsets;
the system lists every mention with offsets. Each gold expression is placed at
every whole-word position of its text (spans.mention_spans), and a system
mention belongs to the gold expression it overlaps most. So:

- precision: system mentions that overlap a gold expression / system mentions;
- recall: gold expressions overlapped by at least one system mention / gold
  expressions;
- accuracy (timex value, place country): over the system mentions that overlap,
  whether the system's value equals gold's.

Gold expressions found only in the headline or dateline ("TYRE, Lebanon") have
no position in the text: they match system mentions with the same words (or,
for places, the same resolved name), compared without case. So do system
mentions that carry no offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate.figures import Detection, Share
from eventwire.evaluate.spans import Span, best_overlap, mention_spans, system_spans

Record = Mapping[str, Any]


@dataclass(slots=True)
class MentionScores:
    detection: Detection = field(default_factory=Detection)
    accuracy: Share = field(default_factory=Share)

    def add(self, other: MentionScores) -> None:
        self.detection.add(other.detection)
        self.accuracy.add(other.accuracy)


def _words(value: Any) -> str:
    return " ".join(str(value or "").split()).casefold()


def _distinct(gold: Sequence[Record]) -> list[Record]:
    seen: set[str] = set()
    kept = []
    for item in gold:
        words = str(item.get("text") or "")
        if words and words not in seen:
            seen.add(words)
            kept.append(item)
    return kept


def _overlapping(spans: list[Span], positions: list[list[Span]]) -> int | None:
    """The gold expression a positioned mention overlaps most, if any."""
    shares = [best_overlap(spans, gold_spans) for gold_spans in positions]
    best = max(range(len(shares)), key=shares.__getitem__, default=None)
    return best if best is not None and shares[best] > 0 else None


def _same_words(names: set[str], gold_words: list[str], positions: list[list[Span]], placed: bool) -> int | None:
    """The gold expression with the mention's words, preferring one that has no
    place in the text (a dateline's "RAMALLAH"), for which words are all there is.
    A mention that has a place in the text (``placed``) only takes such expressions:
    had it been one of the others, it would have overlapped it."""
    candidates = [index for index, words in enumerate(gold_words) if words in names]
    unplaced = [index for index in candidates if not positions[index]]
    return (unplaced or ([] if placed else candidates) or [None])[0]


def score_mentions(
    system: Sequence[Record],
    gold: Sequence[Record],
    text: str,
    same: Callable[[Record, Record], bool],
) -> MentionScores:
    """Detection and attribute accuracy; ``same`` says whether a matched system
    mention carries gold's value (timex value, place country)."""
    gold = _distinct(gold)
    positions = mention_spans([str(item.get("text") or "") for item in gold], text)
    gold_words = [_words(item.get("text")) for item in gold]
    found = [False] * len(gold)
    scores = MentionScores(Detection(system=len(system), gold=len(gold)))
    for mention in system:
        spans = system_spans(mention, text)
        names = {_words(mention.get("text")), _words(mention.get("name"))} - {""}
        best = _overlapping(spans, positions) if spans else None
        if best is None:
            best = _same_words(names, gold_words, positions, placed=bool(spans))
        if best is None:
            continue
        found[best] = True
        scores.detection.system_correct += 1
        scores.accuracy.count(same(mention, gold[best]))
    scores.detection.gold_found = sum(found)
    return scores


def same_timex_value(system: Record, gold: Record) -> bool:
    return str(system.get("value") or "").strip() == str(gold.get("value") or "").strip()


def same_place_country(system: Record, gold: Record) -> bool:
    return str(system.get("country") or "").strip().upper() == str(gold.get("country") or "").strip().upper()
