"""The server's hold on the store: one connection for the app's life, a cursor per request.

DuckDB lets one process write a file, and while it does no other process may even
read it. So the server decides once, at start-up:

- read-only (no ingest token, or ``--read-only``): other read-only processes,
  such as ``eventwire events``, can read the file at the same time;
- writable (an ingest token is set): the server is the one writer, reads go through
  cursors of its own connection (DuckDB's MVCC shows each read a committed state),
  and ``POST /api/ingest`` writes under a lock, one request at a time. While the
  server runs, ``eventwire ingest`` on the same file fails with "holds the file":
  send articles to the server instead.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from rich.console import Console

from eventwire.errors import StoreError
from eventwire.ingest.identity import content_hash
from eventwire.models import ArticleResult, Rejected
from eventwire.pipeline import Pipeline, default_pipeline
from eventwire.runner import extract
from eventwire.settings import Settings
from eventwire.store.store import Store

PipelineFactory = Callable[[], Pipeline]
# How the runner names records read from standard input, and what an API caller sent instead.
_STDIN_SOURCE = "stdin"
REQUEST_SOURCE = "request"


@dataclass(slots=True)
class IngestReport:
    """What one ingest request did, article by article."""

    counts: dict[str, int] = field(
        default_factory=lambda: {"inserted": 0, "replaced": 0, "unchanged": 0, "rejected": 0}
    )
    articles: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {**self.counts, "articles": self.articles, "rejections": self.rejected}


class Backend:
    """The store a server reads (and perhaps writes), shared by every request."""

    def __init__(self, store: Store, pipeline_factory: PipelineFactory | None = None) -> None:
        self.store = store
        self._pipeline_factory = pipeline_factory or _default_pipeline
        self._pipeline: Pipeline | None = None
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, path: str | Path, writable: bool, pipeline_factory: PipelineFactory | None = None) -> Backend:
        """Open the store file; read-only needs an existing store, writable creates one."""
        return cls(Store(path, read_only=not writable), pipeline_factory)

    @property
    def writable(self) -> bool:
        return not self.store.read_only

    @property
    def path(self) -> str:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for one request: DuckDB connections must not be shared across threads."""
        cursor = self.store.connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def ingest(self, records: Sequence[Mapping[str, Any]]) -> IngestReport:
        """Code and store article records (the JSON form ``eventwire ingest`` reads).

        Goes through the runner's reading and coding path, so a record means the same
        here as in a file; rejected records are kept in the store's ``rejected`` table.
        """
        if not self.writable:
            raise StoreError(f"{self.path}: the server opened the store read-only; restart it with an ingest token set")
        report = IngestReport()
        document = io.StringIO(json.dumps(list(records), ensure_ascii=False, default=str))
        quiet = Console(file=io.StringIO())
        with self._write_lock:
            version = Settings.from_env().pipeline_version()
            for item in extract(["-"], stdin=document, pipeline=self._loaded_pipeline(), console=quiet):
                if isinstance(item, Rejected):
                    rejected = Rejected(_request_source(item.source), item.reason)
                    self.store.record_rejected(rejected)
                    report.counts["rejected"] += 1
                    report.rejected.append({"source": rejected.source, "reason": rejected.reason})
                    continue
                outcome = self.store.write(item, content_hash(item.article), version)
                report.counts[outcome] += 1
                report.articles.append(_summary(item, outcome))
            # The server is the store's one writer, so no one else will merge: keep merged
            # events (and the stats, event pages and alerts read from them) fresh.
            if self.store.merges_stale():
                self.store.relink()
        return report

    def _loaded_pipeline(self) -> Pipeline:
        # Loaded on the first ingest, not at start-up: a read-only dashboard never needs spaCy.
        if self._pipeline is None:
            self._pipeline = self._pipeline_factory()
        return self._pipeline


def _default_pipeline() -> Pipeline:
    return default_pipeline(Settings.from_env())


def _request_source(source: str) -> str:
    """"stdin[2]" -> "request[2]": the caller sent a request body, not standard input."""
    if source.startswith(_STDIN_SOURCE):
        return REQUEST_SOURCE + source[len(_STDIN_SOURCE):]
    return source


def _summary(result: ArticleResult, outcome: str) -> dict[str, Any]:
    return {
        "doc_id": result.article.doc_id,
        "outcome": outcome,
        "events": len(result.events),
        "quotes": len(result.quotes),
    }
