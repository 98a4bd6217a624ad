"""Links to events: a union-find that joins the surest pairs first and refuses
joins that would put two events of one article, or dates further apart than the
window, into one happening (so a chain of near-misses cannot snowball)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from eventwire.dedupe.mention import Mention


@dataclass(slots=True)
class _Group:
    docs: set[str]
    earliest_end: date | None
    latest_start: date | None


class Clusters:
    def __init__(self, mentions: Sequence[Mention], date_window_days: int) -> None:
        self._parent = list(range(len(mentions)))
        self._window = date_window_days
        self._groups = {
            index: _Group({m.doc_id}, m.date_end, m.date_start) for index, m in enumerate(mentions)
        }

    def find(self, index: int) -> int:
        root = index
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[index] != root:  # path compression
            self._parent[index], index = root, self._parent[index]
        return root

    def join(self, i: int, j: int) -> bool:
        """Join the groups of ``i`` and ``j`` when allowed; True when they were joined now."""
        root_i, root_j = self.find(i), self.find(j)
        if root_i == root_j:
            return False
        a, b = self._groups[root_i], self._groups[root_j]
        if a.docs & b.docs:
            return False
        earliest_end = _min(a.earliest_end, b.earliest_end)
        latest_start = _max(a.latest_start, b.latest_start)
        if earliest_end and latest_start and (latest_start - earliest_end).days > self._window:
            return False
        if len(a.docs) < len(b.docs):
            root_i, root_j, a, b = root_j, root_i, b, a
        self._parent[root_j] = root_i
        a.docs |= b.docs
        a.earliest_end, a.latest_start = earliest_end, latest_start
        del self._groups[root_j]
        return True

    def members(self) -> list[list[int]]:
        """Every group as a sorted list of indices, groups ordered by their first index."""
        found: dict[int, list[int]] = {}
        for index in range(len(self._parent)):
            found.setdefault(self.find(index), []).append(index)
        return sorted(found.values(), key=lambda group: group[0])


def _min(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else max(a, b)
