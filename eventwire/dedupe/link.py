"""From all event mentions to merged events: block, compare, cluster."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from eventwire.dedupe.cluster import Clusters
from eventwire.dedupe.mention import Mention
from eventwire.dedupe.rules import Comparison, MergeSettings, compare, type_group
from eventwire.dedupe.similarity import TfIdf


@dataclass(frozen=True, slots=True)
class Link:
    a: int  # indices into the mentions; a < b
    b: int
    comparison: Comparison
    joined: bool  # this link joined two groups (the links that explain each event)


@dataclass(frozen=True, slots=True)
class Linking:
    clusters: list[list[int]]  # every mention in exactly one cluster, singletons included
    links: list[Link]
    compared: int  # candidate pairs looked at, for the run's figures


def link_mentions(mentions: Sequence[Mention], settings: MergeSettings = MergeSettings()) -> Linking:
    """Merge reports of the same happening; the result depends only on the mentions and settings."""
    similarity = TfIdf([m.text for m in mentions])
    found: list[tuple[int, int, Comparison]] = []
    compared = 0
    for i, j in candidate_pairs(mentions, settings.date_window_days):
        compared += 1
        comparison = compare(mentions[i], mentions[j], partial(similarity.cosine, i, j), settings)
        if comparison is not None:
            found.append((i, j, comparison))
    # Surest first; ids break ties so the result never depends on input order.
    found.sort(key=lambda item: (-item[2].score, mentions[item[0]].id, mentions[item[1]].id))
    clusters = Clusters(mentions, settings.date_window_days)
    links = [Link(i, j, comparison, clusters.join(i, j)) for i, j, comparison in found]
    return Linking(clusters.members(), links, compared)


def candidate_pairs(mentions: Sequence[Mention], window_days: int) -> Iterator[tuple[int, int]]:
    """Pairs in one block (type group and status) whose date intervals lie within the window.

    Sorted by start date, each mention meets the later ones until they start
    more than the window after it ends: every pair within the window, and few others.
    """
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        if mention.mergeable:
            blocks[type_group(mention.type), mention.status].append(index)
    window = timedelta(days=window_days)
    for indices in blocks.values():
        indices.sort(key=lambda index: (mentions[index].date_start, mentions[index].id))
        for position, i in enumerate(indices):
            limit = mentions[i].date_end + window  # type: ignore[operator]
            for j in indices[position + 1 :]:
                if mentions[j].date_start > limit:  # type: ignore[operator]
                    break
                yield (i, j) if i < j else (j, i)
