"""The Store: opening the DuckDB file, writing article results, recording rejects,
keeping the journal (changes, runs) and the merged events up to date.

Single writer: one process writes a store file at a time. DuckDB locks the
whole file, even against readers in other processes, so a second open fails at
once and the error names the holder's PID and the fix (docs/architecture.md,
"Store"). Every write is a transaction over all tables of the articles involved,
and rows go in as Arrow tables: DuckDB's executemany is orders of magnitude slower.

Cross-article merges are recomputed when a session that changed articles
closes (or on ``relink()``), not per article: one recompute covers a whole ingest.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Literal

import duckdb

from eventwire.dedupe import MergeSettings
from eventwire.errors import StoreError
from eventwire.models import ArticleResult, Rejected
from eventwire.store import journal, merging, queries
from eventwire.store.journal import SessionTally
from eventwire.store.merging import MergeReport
from eventwire.store.queries import ArticleFilter, EventFilter, QuoteFilter, Row
from eventwire.store.records import TableRows, result_rows
from eventwire.store.schema import (
    ARTICLE_TABLES,
    arrow_schema,
    migrate,
    require_current,
    utc_now,
)

if TYPE_CHECKING:
    import pyarrow as pa

Outcome = Literal["inserted", "replaced", "unchanged"]
OUTCOMES: tuple[Outcome, ...] = ("inserted", "replaced", "unchanged")
WriteItem = tuple[ArticleResult, str, str]  # (result, content_hash, pipeline_version)

DEFAULT_PATH = "eventwire.duckdb"
MEMORY = ":memory:"
_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")


class Store:
    """An open eventwire store. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = str(path)
        self.read_only = read_only
        self._con = _connect(self.path, read_only)
        self._schemas: dict[str, pa.Schema] = {}
        self._opened_at = utc_now()
        self._tally = SessionTally()
        self._run_id: int | None = None  # the row in ``runs``, made at this session's first change
        self._closed = False
        try:
            if read_only:
                require_current(self._con, self.path)
            else:
                migrate(self._con, self.path)
        except BaseException:
            self._con.close()
            raise

    # ---- lifecycle ----------------------------------------------------------

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for ``queries`` functions; use ``.cursor()`` per thread."""
        return self._con

    def close(self, relink: bool = True) -> None:
        """Finish the session: merge again if articles changed (unless ``relink`` is False:
        the next session will), complete this session's run row, release the file."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.read_only:
                if relink and journal.merges_stale(self._con):
                    self.relink()
                if self._run_id is not None:
                    journal.finish_run(self._con, self._run_id, self._tally)
        finally:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # After an error, skip the merge: what was written is kept and stays marked
        # stale, so the next session (or `eventwire merge`) merges it.
        self.close(relink=exc_type is None)

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"Store({self.path!r}, {mode})"

    # ---- writes ------------------------------------------------------------

    def write(self, result: ArticleResult, content_hash: str, pipeline_version: str) -> Outcome:
        """Store one article's results, replacing whatever the doc_id had unless nothing changed."""
        return self._write_batch([(result, content_hash, pipeline_version)])[0]

    def write_many(self, results: Iterable[WriteItem], *, batch_size: int = 100) -> dict[str, int]:
        """Store many results, ``batch_size`` articles per transaction; counts by outcome.

        When a batch fails, its articles are retried one by one so the error names
        the article at fault and the ones before it are kept.
        """
        if batch_size < 1:
            raise StoreError(f"batch_size {batch_size}: expected 1 or more")
        tally = dict.fromkeys(OUTCOMES, 0)
        batch: list[WriteItem] = []
        for item in results:
            batch.append(item)
            if len(batch) >= batch_size:
                self._write_batch_or_each(batch, tally)
                batch = []
        if batch:
            self._write_batch_or_each(batch, tally)
        return tally

    def delete(self, doc_ids: Sequence[str]) -> int:
        """Remove articles and everything extracted from them; how many were stored."""
        self._require_writable()
        wanted = list(dict.fromkeys(doc_ids))
        if not wanted:
            return 0
        self._con.execute("BEGIN TRANSACTION")
        created_run = self._run_id is None
        try:
            state = queries.stored_versions(self._con, wanted)
            present = [doc_id for doc_id in wanted if doc_id in state]
            if present:
                previous = self._event_counts(present)
                for table in ARTICLE_TABLES:
                    self._con.execute(f"DELETE FROM {table} WHERE doc_id = ANY(?)", [present])
                run_id = self._ensure_run()
                journal.log_changes(self._con, [
                    {"run_id": run_id, "doc_id": doc_id, "kind": "deleted", "previous_version": state[doc_id][1],
                     "previous_events": previous.get(doc_id, 0)}
                    for doc_id in present
                ])
            self._con.execute("COMMIT")
        except BaseException as error:
            self._rollback(created_run)
            if isinstance(error, duckdb.Error):
                raise StoreError(f"{self.path}: deleting {_name_docs(wanted)} failed, nothing changed: {error}") from error
            raise
        self._tally.deleted += len(present)
        return len(present)

    def relink(self, settings: MergeSettings | None = None) -> MergeReport:
        """Recompute the merged events from every stored mention (EVENTWIRE_MERGE_* settings by default)."""
        self._require_writable()
        if settings is None:
            from eventwire.settings import Settings

            settings = MergeSettings.from_settings(Settings.from_env())
        self._con.execute("BEGIN TRANSACTION")
        created_run = self._run_id is None
        try:
            through = journal.last_seq(self._con)
            report = merging.recompute(self._con, settings)
            journal.record_merge(self._con, self._ensure_run(), through, report)
            self._con.execute("COMMIT")
        except BaseException as error:
            self._rollback(created_run)
            if _store_failure(error):
                raise StoreError(f"{self.path}: merging events across articles failed, nothing changed: {error}") from error
            raise
        return report

    def is_unchanged(self, doc_id: str, content_hash: str, pipeline_version: str) -> bool:
        """The article is stored with this content and pipeline version: coding it again would change nothing."""
        return queries.stored_versions(self._con, [doc_id]).get(doc_id) == (content_hash, pipeline_version)

    def merges_stale(self) -> bool:
        """Articles changed since the merged events were computed (``relink()`` brings them up to date)."""
        return journal.merges_stale(self._con)

    def record_rejected(self, rejected: Rejected) -> None:
        """Remember an input that could not become an article; a repeat bumps ``times``."""
        self._require_writable()
        now = utc_now()
        try:
            self._con.execute(
                "INSERT INTO rejected VALUES (?, ?, ?, ?, 1) ON CONFLICT (source, reason) DO UPDATE"
                " SET last_seen = excluded.last_seen, times = rejected.times + 1",
                [rejected.source, rejected.reason, now, now],
            )
        except duckdb.Error as error:
            raise StoreError(f"{self.path}: recording the rejection of {rejected.source} failed: {error}") from error
        self._tally.rejected += 1

    # ---- reads (their SQL lives in queries.py)--------------------------------

    def counts(self) -> dict[str, int]:
        return queries.counts(self._con)

    def events(self, filter: EventFilter = EventFilter()) -> list[Row]:
        return queries.events(self._con, filter)

    def quotes(self, filter: QuoteFilter = QuoteFilter()) -> list[Row]:
        return queries.quotes(self._con, filter)

    def articles(self, filter: ArticleFilter = ArticleFilter()) -> list[Row]:
        return queries.articles(self._con, filter)

    def rejected(self, limit: int | None = 1000, offset: int = 0) -> list[Row]:
        return queries.rejected(self._con, limit, offset)

    def article_result(self, doc_id: str) -> ArticleResult | None:
        return queries.article_result(self._con, doc_id)

    def merged_events(self, filter: EventFilter = EventFilter()) -> list[Row]:
        return queries.merged_events(self._con, filter)

    def changes(self, since: str | None = None, limit: int | None = 1000) -> list[Row]:
        return journal.changes(self._con, since, limit=limit)

    # ---- internals -----------------------------------------------------------

    def _write_batch_or_each(self, batch: Sequence[WriteItem], tally: dict[str, int]) -> None:
        try:
            outcomes = self._write_batch(batch)
        except StoreError:
            if len(batch) == 1:
                raise
            outcomes = [self._write_batch([item])[0] for item in batch]
        for outcome in outcomes:
            tally[outcome] += 1

    def _write_batch(self, batch: Sequence[WriteItem]) -> list[Outcome]:
        """Write a batch in one transaction; the outcome of each item, in order."""
        self._require_writable()
        for result, _, _ in batch:
            _check_ids(result)
        doc_ids = list(dict.fromkeys(result.article.doc_id for result, _, _ in batch))
        # Reading what is stored inside the transaction keeps the decision and the
        # write together, should threads of one process share the store.
        self._con.execute("BEGIN TRANSACTION")
        created_run = self._run_id is None
        try:
            state = queries.stored_versions(self._con, doc_ids)
            outcomes, final = _plan(batch, state)
            if final:
                self._replace(final, state)
            self._con.execute("COMMIT")
        except BaseException as error:
            self._rollback(created_run)
            if _store_failure(error):
                raise StoreError(
                    f"{self.path}: writing {_name_docs(doc_ids)} failed, nothing changed: {error}"
                ) from error
            raise
        for outcome in outcomes:
            setattr(self._tally, outcome, getattr(self._tally, outcome) + 1)
        self._tally.versions.update(version for (_, _, version), outcome in zip(batch, outcomes) if outcome != "unchanged")
        return outcomes

    def _replace(self, final: dict[str, WriteItem], state: dict[str, tuple[str, str]]) -> None:
        """Within the open transaction: delete the old rows of the stored articles among
        ``final`` (``state``: what is stored), insert ``final``, log the changes."""
        stored = [doc_id for doc_id in final if doc_id in state]
        now = utc_now()
        rows: TableRows = {table: [] for table in ARTICLE_TABLES}
        for result, content_hash, pipeline_version in final.values():
            for table, table_rows in result_rows(result, content_hash, pipeline_version, now).items():
                rows[table].extend(table_rows)
        _check_unique_event_ids(rows["events"])
        self._check_event_ids_free(rows["events"], list(final))
        previous = self._event_counts(stored)
        if stored:  # new articles have no rows to delete, and DELETE scans the table
            for table in ARTICLE_TABLES:
                self._con.execute(f"DELETE FROM {table} WHERE doc_id = ANY(?)", [list(stored)])
        for table in ARTICLE_TABLES:
            self._insert(table, rows[table])
        run_id = self._ensure_run()
        journal.log_changes(self._con, [
            {"run_id": run_id, "doc_id": doc_id, "kind": "replaced" if doc_id in state else "inserted",
             "pipeline_version": version, "previous_version": state[doc_id][1] if doc_id in state else None,
             "content_hash": content_hash, "events": len(result.events), "previous_events": previous.get(doc_id)}
            for doc_id, (result, content_hash, version) in final.items()
        ])

    def _event_counts(self, doc_ids: Sequence[str]) -> dict[str, int]:
        if not doc_ids:
            return {}
        found = self._con.execute(
            "SELECT doc_id, count(*) FROM events WHERE doc_id = ANY(?) GROUP BY doc_id", [list(doc_ids)]
        ).fetchall()
        return {doc_id: int(count) for doc_id, count in found}

    def _ensure_run(self) -> int:
        """This session's run id; the row is made inside the caller's transaction."""
        if self._run_id is None:
            self._run_id = journal.start_run(self._con, self._opened_at)
        return self._run_id

    def _insert(self, table: str, rows: list[Row]) -> None:
        if not rows:
            return
        if table not in self._schemas:
            self._schemas[table] = arrow_schema(self._con, table)
        # Built with the table's own schema, so the columns line up for insert_into
        # (a quarter of the cost of registering a view and INSERT ... SELECT).
        import pyarrow as pa  # loaded by the first write only: read-only commands start faster

        batch = pa.Table.from_pylist(rows, schema=self._schemas[table])
        self._con.from_arrow(batch).insert_into(table)

    def _check_event_ids_free(self, event_rows: Sequence[Row], doc_ids: Sequence[str]) -> None:
        """Event ids are unique across the store: another article must not own them."""
        if not event_rows:
            return
        clash = self._con.execute(
            "SELECT id, doc_id FROM events WHERE id = ANY(?)"
            " AND NOT doc_id = ANY(?) LIMIT 1",
            [[row["id"] for row in event_rows], list(doc_ids)],
        ).fetchone()
        if clash:
            raise StoreError(
                f"{self.path}: event id {clash[0]!r} already belongs to article {clash[1]!r}; "
                "event ids must be unique across the store (the pipeline names them DOCID#e1, DOCID#e2, ...)"
            )

    def _rollback(self, created_run: bool = False) -> None:
        if created_run:
            self._run_id = None  # its row goes with the transaction
        try:
            self._con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the transaction is already gone (DuckDB aborts some failed ones itself)

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open the store without read_only to write")


def _store_failure(error: BaseException) -> bool:
    """An error of DuckDB or of Arrow (which only writes load), as opposed to a bug or an interrupt."""
    if isinstance(error, duckdb.Error):
        return True
    arrow = sys.modules.get("pyarrow")
    return arrow is not None and isinstance(error, arrow.ArrowException)


def _plan(batch: Sequence[WriteItem], state: dict[str, tuple[str, str]]) -> tuple[list[Outcome], dict[str, WriteItem]]:
    """Each item's outcome, decided in order as if written one by one, and the last
    version of each doc_id that needs writing. ``state``: what is stored now."""
    state = dict(state)
    outcomes: list[Outcome] = []
    final: dict[str, WriteItem] = {}
    for item in batch:
        result, content_hash, pipeline_version = item
        doc_id = result.article.doc_id
        if state.get(doc_id) == (content_hash, pipeline_version):
            outcomes.append("unchanged")
            continue
        outcomes.append("replaced" if doc_id in state else "inserted")
        state[doc_id] = (content_hash, pipeline_version)
        final[doc_id] = item
    return outcomes, final


def _check_ids(result: ArticleResult) -> None:
    doc_id = result.article.doc_id
    if not doc_id:
        raise StoreError("an article without a doc_id cannot be stored; give every article a doc_id")
    for position, event in enumerate(result.events):
        if not event.id:
            raise StoreError(f"article {doc_id!r}: event {position} has no id; the store needs ids like DOCID#e1")


def _check_unique_event_ids(event_rows: Sequence[Row]) -> None:
    owners: dict[str, str] = {}
    for row in event_rows:
        if row["id"] in owners:
            first, second = owners[row["id"]], row["doc_id"]
            where = f"article {first!r}" if first == second else f"articles {first!r} and {second!r}"
            raise StoreError(
                f"event id {row['id']!r} appears twice ({where}); event ids must be unique across the store"
            )
        owners[row["id"]] = row["doc_id"]


def _name_docs(doc_ids: Sequence[str]) -> str:
    shown = ", ".join(repr(doc_id) for doc_id in doc_ids[:3])
    more = f" and {len(doc_ids) - 3} more" if len(doc_ids) > 3 else ""
    return f"article{'s' if len(doc_ids) > 1 else ''} {shown}{more}"


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the file, turning DuckDB's open errors into ones that say what to do."""
    if path != MEMORY:
        file = Path(path)
        if file.is_dir():
            raise StoreError(f"{path} is a folder, not a store file; use --db {file / DEFAULT_PATH}")
        if not file.parent.is_dir():
            raise StoreError(f"cannot create store {path}: folder {file.parent} does not exist; create it first")
        if read_only and not file.exists():
            raise StoreError(f"no store at {path}; ingest some articles first or point --db at an existing store")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as error:
        raise StoreError(_open_error(path, str(error))) from error
    # Else a missing table name is looked up among the caller's Python variables
    # (DuckDB's "replacement scans"), and a bug reads a function instead of failing.
    con.execute("SET python_enable_replacements = false")
    return con


def _open_error(path: str, message: str) -> str:
    if "Could not set lock" in message:
        holder = _LOCK_HOLDER.search(message)
        who = f"another eventwire process (PID {holder[1]})" if holder else "another eventwire process"
        return f"{who} holds {path}; stop it or use --db OTHER.duckdb"
    if "not a valid DuckDB database" in message:
        return f"{path} is not a DuckDB database (empty, damaged or another format); use --db OTHER.duckdb"
    if "different configuration" in message:
        return (
            f"{path} is already open in this process in the other mode (read-only vs read-write); "
            "close the open Store first or reuse it"
        )
    return f"cannot open store {path}: {message}"
