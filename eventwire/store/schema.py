"""The store's tables and the migrations that build them.

The DDL below is the one description of the tables: writers read each table's
column types back from DuckDB (see ``arrow_schema``) instead of repeating them.
A migration is never edited once released; a change to the tables is a new
migration appended to ``MIGRATIONS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import duckdb

from eventwire.errors import StoreError

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


# Child tables carry doc_id so that replacing an article is one DELETE per table.
# "start" and "end" are quoted: END is an SQL keyword.
_V1 = (
    """
    CREATE TABLE articles (
        doc_id VARCHAR PRIMARY KEY,
        headline VARCHAR,
        dateline VARCHAR,
        published VARCHAR,
        url VARCHAR,
        source VARCHAR,
        section VARCHAR,
        byline VARCHAR,
        language VARCHAR,
        text VARCHAR,
        extras JSON,
        origin VARCHAR,
        content_hash VARCHAR NOT NULL,
        pipeline_version VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL
    )
    """,
    # date_start/date_end: the calendar interval that the (possibly partial)
    # event date covers, derived at write time so date filters need no parsing.
    """
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        type VARCHAR,
        mode VARCHAR,
        contexts VARCHAR[],
        cameo VARCHAR,
        quad INTEGER,
        score DOUBLE,
        date VARCHAR,
        date_precision VARCHAR,
        date_source VARCHAR,
        date_start DATE,
        date_end DATE,
        status VARCHAR,
        location_name VARCHAR,
        location_country VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        location_precision VARCHAR,
        evidence_text VARCHAR,
        evidence_start INTEGER,
        evidence_end INTEGER,
        mentions JSON,
        confidence DOUBLE,
        why VARCHAR,
        quote_id VARCHAR
    )
    """,
    """
    CREATE TABLE participants (
        event_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        role VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        name VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        actor_id VARCHAR,
        mention VARCHAR,
        "start" INTEGER,
        "end" INTEGER
    )
    """,
    """
    CREATE TABLE quotes (
        id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        speaker VARCHAR,
        speaker_country VARCHAR,
        speaker_sector VARCHAR,
        speaker_mention VARCHAR,
        speaker_actor_id VARCHAR,
        cue VARCHAR,
        kind VARCHAR,
        content_text VARCHAR,
        content_start INTEGER,
        content_end INTEGER,
        relay VARCHAR,
        event_ids VARCHAR[],
        PRIMARY KEY (doc_id, id)
    )
    """,
    """
    CREATE TABLE timexes (
        doc_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        text VARCHAR,
        "start" INTEGER,
        "end" INTEGER,
        value VARCHAR,
        precision VARCHAR
    )
    """,
    """
    CREATE TABLE places (
        doc_id VARCHAR NOT NULL,
        position INTEGER NOT NULL,
        text VARCHAR,
        "start" INTEGER,
        "end" INTEGER,
        name VARCHAR,
        country VARCHAR,
        kind VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonameid BIGINT
    )
    """,
    """
    CREATE TABLE rejected (
        source VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL,
        times INTEGER NOT NULL,
        PRIMARY KEY (source, reason)
    )
    """,
)

# v2: where places come from and how precise they are; each event's dyad; the
# change feed and runs; reports of one happening merged across articles.
_V2 = (
    "ALTER TABLE events ADD COLUMN location_geonameid BIGINT",
    "ALTER TABLE events ADD COLUMN location_source VARCHAR",
    # The dyad (see records.dyad): kept beside the participants so filters and
    # merging need no join. The UPDATEs fill it for events stored by v1.
    "ALTER TABLE events ADD COLUMN actor_country VARCHAR",
    "ALTER TABLE events ADD COLUMN recipient_country VARCHAR",
    """
    UPDATE events SET actor_country = coalesce((
        SELECT p.country FROM participants p
        WHERE p.event_id = events.id AND p.role = 'actor' ORDER BY p.position LIMIT 1), '')
    """,
    """
    UPDATE events SET recipient_country = coalesce(
        (SELECT p.country FROM participants p
         WHERE p.event_id = events.id AND p.role = 'recipient' ORDER BY p.position LIMIT 1),
        (SELECT p.country FROM participants p
         WHERE p.event_id = events.id AND p.role = 'actor' AND p.country <> events.actor_country
         ORDER BY p.position LIMIT 1),
        '')
    """,
    "ALTER TABLE places ADD COLUMN precision VARCHAR",
    # Who published a report: its source, else the agency a wire dateline ends
    # with ("..., April 1 (AFP)"), else the URL's host. A macro, so SQL has one definition.
    r"""
    CREATE MACRO ew_publisher(source, dateline, url) AS coalesce(
        nullif(trim(source), ''),
        nullif(trim(regexp_extract(dateline, '\(([^()]+)\)\s*$', 1)), ''),
        nullif(regexp_extract(url, '^[a-zA-Z]+://(www\.)?([^/:?#]+)', 2), ''),
        '')
    """,
    # One row per change of an article's records; seq orders them.
    """
    CREATE TABLE changes (
        seq BIGINT PRIMARY KEY,
        ts TIMESTAMP NOT NULL,
        run_id BIGINT,
        doc_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        pipeline_version VARCHAR,
        previous_version VARCHAR,
        content_hash VARCHAR,
        events INTEGER,
        previous_events INTEGER
    )
    """,
    # Articles stored by v1 enter the feed as inserted when they were ingested.
    """
    INSERT INTO changes
    SELECT row_number() OVER (ORDER BY a.ingested_at, a.doc_id), a.ingested_at, NULL, a.doc_id, 'inserted',
           a.pipeline_version, NULL, a.content_hash,
           (SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id), NULL
    FROM articles a
    """,
    # One row per store session that changed articles or recomputed the merges.
    """
    CREATE TABLE runs (
        id BIGINT PRIMARY KEY,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        pipeline_versions VARCHAR[],
        inserted INTEGER NOT NULL,
        replaced INTEGER NOT NULL,
        unchanged INTEGER NOT NULL,
        deleted INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        merged_through BIGINT,
        merged_events INTEGER,
        merge_links INTEGER,
        merge_seconds DOUBLE,
        merge_settings JSON
    )
    """,
    # Events across articles: each row one happening, whatever the number of reports.
    """
    CREATE TABLE merged_events (
        id VARCHAR PRIMARY KEY,
        anchor_id VARCHAR NOT NULL,
        representative_id VARCHAR NOT NULL,
        type VARCHAR,
        mode VARCHAR,
        contexts VARCHAR[],
        cameo VARCHAR,
        quad INTEGER,
        score DOUBLE,
        status VARCHAR,
        date VARCHAR,
        date_precision VARCHAR,
        date_start DATE,
        date_end DATE,
        actor_country VARCHAR,
        recipient_country VARCHAR,
        countries VARCHAR[],
        location_name VARCHAR,
        location_country VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        location_precision VARCHAR,
        location_geonameid BIGINT,
        evidence_text VARCHAR,
        evidence_doc_id VARCHAR,
        evidence_start INTEGER,
        evidence_end INTEGER,
        mentions INTEGER NOT NULL,
        articles INTEGER NOT NULL,
        sources INTEGER NOT NULL,
        source_names VARCHAR[],
        doc_ids VARCHAR[],
        first_reported VARCHAR,
        last_reported VARCHAR,
        confidence DOUBLE,
        reasons VARCHAR[]
    )
    """,
    """
    CREATE TABLE merged_members (
        event_id VARCHAR PRIMARY KEY,
        merged_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL
    )
    """,
    # Every pair of reports judged the same happening, with the reason; ``joined``
    # marks the pairs that built the merged events (a spanning tree of each).
    """
    CREATE TABLE merge_links (
        event_a VARCHAR NOT NULL,
        event_b VARCHAR NOT NULL,
        merged_id VARCHAR,
        joined BOOLEAN NOT NULL,
        similarity DOUBLE,
        km DOUBLE,
        day_gap INTEGER,
        parties_agree BOOLEAN,
        score DOUBLE,
        reason VARCHAR NOT NULL,
        PRIMARY KEY (event_a, event_b)
    )
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, participants, quotes, timexes, places, rejected", _V1),
    Migration(2, "place precision and source, dyads, publisher, changes, runs, merged events", _V2),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

# Tables that hold an article's extraction; replacing an article empties all of them.
ARTICLE_TABLES = ("articles", "events", "participants", "quotes", "timexes", "places")
# Recomputed as a whole from the event mentions (the ``events`` table) by merging.
MERGE_TABLES = ("merged_events", "merged_members", "merge_links")
LOG_TABLES = ("changes", "runs")
DATA_TABLES = (*ARTICLE_TABLES, "rejected", *MERGE_TABLES, *LOG_TABLES)

_VERSION_TABLE = """
    CREATE TABLE IF NOT EXISTS schema_version (
        version INTEGER PRIMARY KEY,
        description VARCHAR NOT NULL,
        applied_at TIMESTAMP NOT NULL
    )
"""


def stored_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the open database; 0 for a database eventwire has not set up."""
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Bring the database up to ``SCHEMA_VERSION``; each migration is one transaction."""
    version = _check_version(con, path)
    if version == SCHEMA_VERSION:
        return version
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            # inside the first migration's transaction: a process killed while the
            # store is being created leaves an empty file, not a table without a version
            con.execute(_VERSION_TABLE)
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [migration.version, migration.description, utc_now()],
            )
            con.execute("COMMIT")
        except duckdb.Error as error:
            con.execute("ROLLBACK")
            raise StoreError(
                f"{path}: upgrading the store to schema v{migration.version} failed ({error}); "
                "the file is unchanged, use --db NEW.duckdb to start a fresh store"
            ) from error
    return SCHEMA_VERSION


def require_current(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """For read-only opens, which cannot migrate: the file must already be current."""
    version = _check_version(con, path)
    if version == 0:
        raise StoreError(f"{path}: not an eventwire store (no schema_version table); ingest into it first")
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store is at schema v{version}, this eventwire needs v{SCHEMA_VERSION}; "
            "open it once without read-only (e.g. run an ingest) to upgrade it"
        )


def _check_version(con: duckdb.DuckDBPyConnection, path: str) -> int:
    version = stored_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store is at schema v{version}, newer than this eventwire (v{SCHEMA_VERSION}); "
            "upgrade eventwire or use --db OTHER.duckdb"
        )
    if version == 0 and _has_user_tables(con):
        raise StoreError(
            f"{path}: a DuckDB database that eventwire did not create (it has tables but no "
            "schema_version); use --db OTHER.duckdb"
        )
    return version


def _has_user_tables(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT internal").fetchone()
    return bool(row and row[0])


def arrow_schema(con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
    """The Arrow schema of a table, read from DuckDB so the DDL stays the one source."""
    if table not in DATA_TABLES:
        raise ValueError(f"unknown store table {table!r}")
    return con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema


def utc_now() -> datetime:
    """Timestamps are stored as naive UTC (DuckDB TIMESTAMP)."""
    return datetime.now(UTC).replace(tzinfo=None)
