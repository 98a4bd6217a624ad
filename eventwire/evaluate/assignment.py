"""One-to-one matching of system items to gold items.

Greedy matching can lose pairs (system A fits gold 1 and 2, system B fits only
gold 1: greedy may give A gold 1 and leave B out). The scorer instead finds the
largest set of one-to-one pairs, and among those the one of highest quality,
with the Hungarian algorithm on a small square matrix (a news article has tens
of events at most, so O(n^3) is nothing).
"""

from __future__ import annotations

import math

# weights[i][j]: quality in [0, 1] of pairing system item i with gold item j,
# or None when they cannot be paired at all.
Weights = list[list[float | None]]


def match_pairs(weights: Weights) -> list[tuple[int, int]]:
    """The pairs (system index, gold index) of a maximum matching of best total quality."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if rows == 0 or cols == 0:
        return []
    # Every allowed pair is worth more than the quality of all pairs together,
    # so one more pair always beats better pairs.
    base = float(min(rows, cols) + 1)
    size = max(rows, cols)
    cost = [[0.0] * size for _ in range(size)]
    for i, row in enumerate(weights):
        for j, quality in enumerate(row):
            if quality is not None:
                cost[i][j] = -(base + min(max(quality, 0.0), 1.0))
    assignment = _hungarian(cost)
    return [
        (i, j)
        for i, j in enumerate(assignment)
        if i < rows and j < cols and weights[i][j] is not None
    ]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Column assigned to each row of a square cost matrix, minimising total cost."""
    n = len(cost)
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # owner[j]: row (1-based) holding column j; 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            i0 = owner[col0]
            delta = math.inf
            col1 = 0
            for j in range(1, n + 1):
                if used[j]:
                    continue
                reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if reduced < minv[j]:
                    minv[j] = reduced
                    way[j] = col0
                if minv[j] < delta:
                    delta = minv[j]
                    col1 = j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assignment = [0] * n
    for j in range(1, n + 1):
        if owner[j]:
            assignment[owner[j] - 1] = j - 1
    return assignment
