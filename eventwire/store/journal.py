"""The store's journal: the change feed (one row per change of an article's
records) and the runs (one row per store session that changed something).

Writers call these inside their own transaction, so a change is logged if and
only if it happened. ``changes`` and ``runs`` are the reads behind
``eventwire changes`` (and later the API's feed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.store.schema import utc_now
from eventwire.store.sql import Row, fetch_rows, page
from eventwire.store.sql import where as sql_where

CHANGE_KINDS = ("inserted", "replaced", "deleted")
_AGO = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@dataclass(slots=True)
class SessionTally:
    """What one store session did, for its row in ``runs``."""

    inserted: int = 0
    replaced: int = 0
    unchanged: int = 0
    deleted: int = 0
    rejected: int = 0
    versions: set[str] = field(default_factory=set)

    @property
    def changed_articles(self) -> bool:
        return bool(self.inserted or self.replaced or self.deleted)


def parse_since(text: str | datetime | date, now: datetime | None = None) -> datetime:
    """``--since``: an ISO date or datetime (UTC), or an age such as 30m, 12h, 7d, 2w."""
    if isinstance(text, datetime):
        return text
    if isinstance(text, date):
        return datetime(text.year, text.month, text.day)
    if match := _AGO.match(text):
        return (now or utc_now()) - timedelta(**{_UNITS[match[2]]: int(match[1])})
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise StoreError(
            f"since {text!r}: expected an ISO date or time (2021-01-18, 2021-01-18T15:00) or an age (30m, 12h, 7d, 2w)"
        ) from None
    if moment.tzinfo is not None:  # stored times are naive UTC
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


# ---- writes (inside the caller's transaction) ---------------------------------


def next_seq(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM changes").fetchone()
    return int(row[0]) if row else 1


def log_changes(con: duckdb.DuckDBPyConnection, changes: Sequence[Row]) -> None:
    """Append change rows (doc_id, kind, pipeline_version, previous_version, content_hash,
    events, previous_events, run_id); seq and ts are filled here."""
    if not changes:
        return
    seq = next_seq(con)
    now = utc_now()
    rows = [
        (seq + offset, now, change["run_id"], change["doc_id"], change["kind"], change.get("pipeline_version"),
         change.get("previous_version"), change.get("content_hash"), change.get("events"),
         change.get("previous_events"))
        for offset, change in enumerate(changes)
    ]
    # A few rows per batch of articles: executemany is fast enough at this size.
    con.executemany("INSERT INTO changes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def start_run(con: duckdb.DuckDBPyConnection, started_at: datetime) -> int:
    row = con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()
    run_id = int(row[0]) if row else 1
    con.execute(
        "INSERT INTO runs (id, started_at, pipeline_versions, inserted, replaced, unchanged, deleted, rejected)"
        " VALUES (?, ?, [], 0, 0, 0, 0, 0)",
        [run_id, started_at],
    )
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, tally: SessionTally) -> None:
    con.execute(
        "UPDATE runs SET finished_at = ?, pipeline_versions = ?, inserted = ?, replaced = ?, unchanged = ?,"
        " deleted = ?, rejected = ? WHERE id = ?",
        [utc_now(), sorted(tally.versions), tally.inserted, tally.replaced, tally.unchanged, tally.deleted,
         tally.rejected, run_id],
    )


def record_merge(con: duckdb.DuckDBPyConnection, run_id: int, through: int, report: Any) -> None:
    """``report``: a ``merging.MergeReport``; ``through``: the last change seq the merge saw."""
    con.execute(
        "UPDATE runs SET merged_through = ?, merged_events = ?, merge_links = ?, merge_seconds = ?,"
        " merge_settings = ? WHERE id = ?",
        [through, report.merged_events, report.links, report.seconds, json.dumps(report.settings.as_dict()), run_id],
    )


# ---- reads --------------------------------------------------------------------


def last_seq(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()
    return int(row[0]) if row else 0


def merged_through(con: duckdb.DuckDBPyConnection) -> int:
    """The last change the merged events include; 0 before the first merge."""
    row = con.execute("SELECT coalesce(max(merged_through), 0) FROM runs").fetchone()
    return int(row[0]) if row else 0


def merges_stale(con: duckdb.DuckDBPyConnection) -> bool:
    """Articles changed since the merged events were last computed."""
    return last_seq(con) > merged_through(con)


def changes(
    con: duckdb.DuckDBPyConnection,
    since: str | datetime | date | None = None,
    doc_id: str | None = None,
    limit: int | None = 1000,
    offset: int = 0,
) -> list[Row]:
    """Changes in the order they happened, from ``since`` (inclusive) on."""
    if limit is not None and limit < 0:
        raise StoreError(f"limit {limit}: expected 0 or more (or no limit)")
    if offset < 0:
        raise StoreError(f"offset {offset}: expected 0 or more")
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append("ts >= ?")
        params.append(parse_since(since))
    if doc_id is not None:
        where.append("doc_id = ?")
        params.append(doc_id)
    sql = "SELECT * FROM changes" + sql_where(where) + " ORDER BY seq"
    sql += page(limit, offset, params)
    return fetch_rows(con, sql, params)


def runs(con: duckdb.DuckDBPyConnection, limit: int | None = 100) -> list[Row]:
    """The latest runs first."""
    sql = "SELECT * FROM runs ORDER BY id DESC" + (" LIMIT ?" if limit is not None else "")
    found = fetch_rows(con, sql, [limit] if limit is not None else [])
    for row in found:
        row["merge_settings"] = json.loads(row["merge_settings"]) if row["merge_settings"] else None
    return found
