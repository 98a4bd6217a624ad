"""The counts the scorer keeps and the figures drawn from them.

Counts are summed over documents (micro-averaging); figures are computed from
the sums, so a report over many articles weighs every item equally.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@dataclass(slots=True)
class Detection:
    """How many system items were right and how many gold items were found.

    For events and quotes, which pair one-to-one, ``system_correct`` equals
    ``gold_found``. Timexes and places are listed once per distinct expression in
    gold but once per mention by the system, so the two counts can differ:
    precision is judged over system mentions, recall over gold expressions.
    """

    system: int = 0
    system_correct: int = 0
    gold: int = 0
    gold_found: int = 0

    @property
    def precision(self) -> float | None:
        return self.system_correct / self.system if self.system else None

    @property
    def recall(self) -> float | None:
        return self.gold_found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        precision, recall = self.precision, self.recall
        if precision is None and recall is None:
            return None
        precision, recall = precision or 0.0, recall or 0.0
        if precision + recall == 0:
            return 0.0
        return 2 * precision * recall / (precision + recall)

    def add(self, other: Detection) -> None:
        self.system += other.system
        self.system_correct += other.system_correct
        self.gold += other.gold
        self.gold_found += other.gold_found

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "system_correct": self.system_correct,
            "gold": self.gold,
            "gold_found": self.gold_found,
            "precision": rounded(self.precision),
            "recall": rounded(self.recall),
            "f1": rounded(self.f1),
        }


@dataclass(slots=True)
class Share:
    """A proportion: how many of ``total`` judged items were ``correct``."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def count(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def add(self, other: Share) -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": rounded(self.value)}
