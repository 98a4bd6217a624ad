"""Scoring one article's quotes (attributed statements) against gold.

A system quote matches a gold quote when their content spans overlap by at least
half of the shorter one; the gold content is placed by searching its exact words
in the article text. Pairs are one-to-one, the largest overlaps preferred. On
matched pairs the speaker is judged by names.speaker_correct.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate.assignment import match_pairs
from eventwire.evaluate.figures import Detection, Share
from eventwire.evaluate.names import speaker_correct
from eventwire.evaluate.spans import Span, occurrences, overlap, system_spans

MIN_OVERLAP = 0.5  # of the shorter content span

Record = Mapping[str, Any]


@dataclass(slots=True)
class QuoteScores:
    detection: Detection = field(default_factory=Detection)
    speaker_accuracy: Share = field(default_factory=Share)

    def add(self, other: QuoteScores) -> None:
        self.detection.add(other.detection)
        self.speaker_accuracy.add(other.speaker_accuracy)


def content_quality(system: Sequence[Span], gold: Sequence[Span]) -> float | None:
    """Overlap of the best-fitting positions as a share of the longer span, or None
    when no pair of positions overlaps by half of the shorter span."""
    best: float | None = None
    for a in system:
        for b in gold:
            shared = overlap(a, b)
            shorter = min(a[1] - a[0], b[1] - b[0])
            if shorter > 0 and shared >= MIN_OVERLAP * shorter:
                quality = shared / max(a[1] - a[0], b[1] - b[0])
                best = quality if best is None else max(best, quality)
    return best


def score_quotes(system: Sequence[Record], gold: Sequence[Record], text: str) -> QuoteScores:
    system_positions = [system_spans(quote.get("content"), text) for quote in system]
    gold_positions = [occurrences(text, str(quote.get("content") or "")) for quote in gold]
    weights = [[content_quality(s, g) for g in gold_positions] for s in system_positions]
    pairs = match_pairs(weights)
    scores = QuoteScores(Detection(system=len(system), system_correct=len(pairs), gold=len(gold), gold_found=len(pairs)))
    for s, g in pairs:
        scores.speaker_accuracy.count(speaker_correct(system[s], gold[g]))
    return scores
