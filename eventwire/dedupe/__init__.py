"""Reports of the same happening across articles, merged into one event.

Pure logic, no SQL: ``eventwire.store.merging`` reads the event mentions out of
the store, hands them here as ``Mention`` records and writes back the clusters
and the links with their reasons. See docs/architecture.md ("Merging").
"""

from eventwire.dedupe.link import Linking, link_mentions
from eventwire.dedupe.mention import Mention
from eventwire.dedupe.rules import Comparison, MergeSettings

__all__ = ["Comparison", "Linking", "Mention", "MergeSettings", "link_mentions"]
