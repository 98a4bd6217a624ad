"""`eventwire watch`'s engine: poll feeds and URL lists, code what is new, store it.

One poll: each source is fetched (conditionally), its new items become Articles
(the entry's own full text, else the linked page), the standard pipeline codes
them and the store keeps them, as ``eventwire ingest`` would. Failures become
rejected inputs in the store, with their reasons; a failed fetch is tried again
next poll, an item that cannot be an article is not.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from eventwire.errors import InputError
from eventwire.ingest.identity import content_hash
from eventwire.models import Article, ArticleResult, Rejected
from eventwire.monitor.feeds import (
    FeedItem,
    article_from_item,
    article_from_page,
    parse_feed,
    parse_url_list,
)
from eventwire.monitor.fetch import Fetcher
from eventwire.monitor.settings import MonitorSettings
from eventwire.monitor.state import FeedStates, SourceState
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store.store import Store

SourceKind = Literal["feed", "urls"]


@dataclass(frozen=True, slots=True)
class Source:
    location: str  # a feed URL, or the path of a file listing article URLs
    kind: SourceKind = "feed"


@dataclass
class PollReport:
    sources: int = 0
    not_modified: int = 0
    new_items: int = 0
    stored: dict[str, int] = field(default_factory=lambda: {"inserted": 0, "replaced": 0, "unchanged": 0})
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.stored["inserted"] or self.stored["replaced"])

    def summary(self) -> str:
        return (
            f"{self.sources} source(s), {self.not_modified} unchanged, {self.new_items} new item(s): "
            f"{self.stored['inserted']} stored, {self.stored['replaced']} updated, {self.stored['unchanged']} already stored, "
            f"{len(self.rejected)} rejected"
        )


@dataclass
class _Pending:
    """What one source's poll found, applied to its state only once its articles are stored."""

    state: SourceState
    articles: list[tuple[str, Article]] = field(default_factory=list)  # (item key, article)
    finished_keys: list[str] = field(default_factory=list)  # items done with, whatever the outcome
    etag: str | None = None
    last_modified: str | None = None
    retry: bool = False  # an item's page could not be fetched: read the feed in full next time


class Poller:
    def __init__(
        self, sources: Sequence[Source], db: str, settings: MonitorSettings | None = None,
        pipeline: Pipeline | None = None, fetcher: Fetcher | None = None,
    ) -> None:
        if not sources:
            raise InputError("eventwire watch", "no feeds or URL files given. Fix: name at least one feed URL or --urls FILE.")
        self.sources = list(sources)
        self.db = db
        self.settings = settings or MonitorSettings.from_env()
        self.fetcher = fetcher or Fetcher(self.settings)
        self._pipeline = pipeline
        self.states = FeedStates.load(self.settings.state_path(db))

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            from eventwire.pipeline import default_pipeline

            self._pipeline = default_pipeline(Settings.from_env())
        return self._pipeline

    def poll_once(self) -> PollReport:
        report = PollReport(sources=len(self.sources))
        pending = [self._poll_source(source, report) for source in self.sources]
        version = Settings.from_env().pipeline_version()
        with Store(self.db) as store:
            for rejected in report.rejected:
                store.record_rejected(rejected)
            articles = [article for found in pending for _, article in found.articles]
            # process_many rejects only the article a stage fails on, as `eventwire ingest` does
            for result in self.pipeline.process_many(articles) if articles else ():
                if isinstance(result, ArticleResult):
                    report.stored[store.write(result, content_hash(result.article), version)] += 1
                else:
                    store.record_rejected(result)
                    report.rejected.append(result)
        # Only now, with every article stored, may the state say they were seen.
        for found in pending:
            found.state.remember(found.finished_keys + [key for key, _ in found.articles], self.settings.max_seen_items)
            # Keeping the old validators makes the next poll get the whole feed again,
            # which is how the items whose pages failed come round once more.
            if found.etag is not None and not found.retry:
                found.state.etag, found.state.last_modified = found.etag, found.last_modified or ""
        self.states.save()
        return report

    def run(self, on_poll: Callable[[PollReport], None], stop: threading.Event | None = None, polls: int | None = None) -> None:
        """Poll every ``poll_seconds`` until ``stop`` is set or ``polls`` polls are done."""
        stop = stop or threading.Event()
        done = 0
        while not stop.is_set():
            on_poll(self.poll_once())
            done += 1
            if polls is not None and done >= polls:
                return
            stop.wait(self.settings.poll_seconds)

    # ---- one source -------------------------------------------------------------------

    def _poll_source(self, source: Source, report: PollReport) -> _Pending:
        state = self.states.of(source.location)
        found = _Pending(state)
        try:
            items = self._items(source, state, found)
        except InputError as error:
            state.last_error = error.problem
            report.rejected.append(Rejected(error.source, error.problem))
            return found
        state.last_error = ""
        state.last_polled = datetime.now(UTC).isoformat(timespec="seconds")
        if items is None:
            report.not_modified += 1
            return found
        seen = set(state.seen)
        for item in items:
            if item.key in seen or item.key in found.finished_keys or any(key == item.key for key, _ in found.articles):
                continue
            report.new_items += 1
            self._read_item(item, source, found, report)
        return found

    def _items(self, source: Source, state: SourceState, found: _Pending) -> list[FeedItem] | None:
        """The source's items; None when the feed has not changed since the last poll."""
        if source.kind == "urls":
            try:
                return parse_url_list(Path(source.location).read_text(encoding="utf-8"))
            except OSError as error:
                raise InputError(source.location, f"the URL list cannot be read ({error.strerror or error}). Fix: check the path.") from None
        response = self.fetcher.get(source.location, state.etag, state.last_modified)
        if response.not_modified:
            return None
        found.etag, found.last_modified = response.etag, response.last_modified
        return parse_feed(response.body, source.location)

    def _read_item(self, item: FeedItem, source: Source, found: _Pending, report: PollReport) -> None:
        where = item.link or f"{source.location}#{item.key}"
        try:
            if item.full_text():
                article = article_from_item(item, where)
            elif item.link:
                try:
                    page = self.fetcher.get(item.link)
                except InputError as error:
                    report.rejected.append(Rejected(error.source, error.problem))
                    found.retry = True  # not marked seen: the next poll tries the page again
                    return
                article = article_from_page(item, page.body, page.url)
            else:
                raise InputError(where, "the feed item has neither full text nor a link to the article. Fix: nothing to do; the item is skipped.")
        except InputError as error:
            report.rejected.append(Rejected(error.source, error.problem))
            found.finished_keys.append(item.key)
            return
        article.origin = where
        found.articles.append((item.key, article))
