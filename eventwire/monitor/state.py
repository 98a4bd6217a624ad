"""What the poller remembers between polls, per source: the validators of the last
answer (ETag, Last-Modified) and the items already ingested.

A small JSON file beside the store (not a store table: the store's schema belongs to
the store). It is replaced atomically, so a killed poller leaves the old state, and
an item is marked seen only after its article is stored.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import InputError

STATE_FILE = "feeds.json"
STATE_VERSION = 1


@dataclass
class SourceState:
    etag: str = ""
    last_modified: str = ""
    seen: list[str] = field(default_factory=list)  # oldest first, capped
    last_polled: str = ""  # ISO UTC moment of the last poll that got an answer
    last_error: str = ""

    def remember(self, keys: list[str], cap: int) -> None:
        known = set(self.seen)
        self.seen.extend(key for key in keys if key not in known)
        del self.seen[: max(0, len(self.seen) - cap)]


@dataclass
class FeedStates:
    path: Path
    sources: dict[str, SourceState] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> FeedStates:
        path = folder / STATE_FILE
        if not path.exists():
            return cls(path)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            sources = {url: SourceState(**entry) for url, entry in document["sources"].items()}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise InputError(str(path), f"the feed state cannot be read ({error}). Fix: delete the file; every feed is then read afresh (stored articles are not duplicated).") from error
        return cls(path, sources)

    def of(self, url: str) -> SourceState:
        return self.sources.setdefault(url, SourceState())

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        document = {"version": STATE_VERSION, "sources": {url: vars(state) for url, state in sorted(self.sources.items())}}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, self.path)
