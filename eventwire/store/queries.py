"""Every read of the store: filters in, flat rows out.

The CLI, the HTTP API and the dashboard all call these functions, so a filter
means the same thing everywhere. Each function takes an open DuckDB connection
(``Store.connection`` or a cursor of it, for threads).

Rows are flat dicts ready for a table or CSV, except that the participants of an
event stay nested (``actors``/``recipients``: lists of dicts, ``mentions``: a
list of spans, ``contexts``/``event_ids``: lists of strings) so JSONL keeps the
structure; ``eventwire.store.export`` flattens them for tables and CSV.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.models import ArticleResult
from eventwire.store.filters import (  # the filters are part of this module's API
    STATUSES,  # noqa: F401
    ArticleFilter,
    EventFilter,
    QuoteFilter,
    check_page,
    event_conditions,
    first_day,
    last_day,
)
from eventwire.store.records import (
    article_from_row,
    event_from_row,
    mention_dicts,
    participant_dict,
    place_from_row,
    quote_from_row,
    timex_from_row,
)
from eventwire.store.schema import DATA_TABLES
from eventwire.store.sql import Row
from eventwire.store.sql import fetch_rows as _fetch
from eventwire.store.sql import page as _page
from eventwire.store.sql import where as _where

# The few columns worth a terminal's width, per kind of row; other formats carry every column.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("date", "type", "status", "actors", "recipients", "location_name", "evidence", "id"),
    "merged": ("date", "type", "status", "actor_country", "recipient_country", "location_name", "mentions",
               "sources", "evidence", "id"),
    "quotes": ("published", "speaker", "speaker_country", "kind", "content", "doc_id"),
    "articles": ("doc_id", "published", "source", "headline", "events", "quotes"),
    "rejected": ("source", "reason", "times", "last_seen"),
    "changes": ("seq", "ts", "kind", "doc_id", "pipeline_version", "previous_version", "events"),
}


# ---- reads --------------------------------------------------------------------


def events(con: duckdb.DuckDBPyConnection, filter: EventFilter = EventFilter()) -> list[Row]:
    """Event mentions: one row per event as each article reports it."""
    where, params = event_conditions(filter, "mention")
    sql = (
        "SELECT e.*, a.published, a.headline, ew_publisher(a.source, a.dateline, a.url) AS publisher,"
        " mm.merged_id FROM events e JOIN articles a ON a.doc_id = e.doc_id"
        " LEFT JOIN merged_members mm ON mm.event_id = e.id"
        + _where(where)
        # newest first; position keeps an article's events in text order and makes paging stable
        + " ORDER BY e.date_start DESC NULLS LAST, e.doc_id, e.position"
        + _page(filter.limit, filter.offset, params)
    )
    found = _fetch(con, sql, params)
    people = participants_of(con, [row["id"] for row in found])
    return [_event_output(row, people.get(row["id"], [])) for row in found]


def merged_events(con: duckdb.DuckDBPyConnection, filter: EventFilter = EventFilter()) -> list[Row]:
    """Events merged across articles: one row per happening, with its report counts and reasons."""
    where, params = event_conditions(filter, "merged")
    sql = (
        "SELECT * FROM merged_events m"
        + _where(where)
        + " ORDER BY m.date_start DESC NULLS LAST, m.id"
        + _page(filter.limit, filter.offset, params)
    )
    return [_merged_output(row) for row in _fetch(con, sql, params)]


def merged_members(con: duckdb.DuckDBPyConnection, merged_id: str) -> list[Row]:
    """The reports of one merged event, and the links (with reasons) between them."""
    return _fetch(
        con,
        "SELECT mm.event_id, mm.doc_id, a.published, ew_publisher(a.source, a.dateline, a.url) AS publisher,"
        " e.evidence_text AS evidence, e.evidence_start, e.evidence_end"
        " FROM merged_members mm JOIN events e ON e.id = mm.event_id JOIN articles a ON a.doc_id = mm.doc_id"
        " WHERE mm.merged_id = ? ORDER BY a.published, mm.doc_id",
        [merged_id],
    )


def merge_links(con: duckdb.DuckDBPyConnection, merged_id: str | None = None, limit: int | None = 1000) -> list[Row]:
    """Pairs of reports judged one happening, surest first; ``merged_id`` narrows to one event."""
    params: list[Any] = []
    where = ""
    if merged_id is not None:
        where = " WHERE merged_id = ?"
        params.append(merged_id)
    return _fetch(con, "SELECT * FROM merge_links" + where + " ORDER BY score DESC, event_a, event_b"
                  + _page(limit, 0, params), params)


def quotes(con: duckdb.DuckDBPyConnection, filter: QuoteFilter = QuoteFilter()) -> list[Row]:
    where: list[str] = []
    params: list[Any] = []
    if filter.speaker is not None:
        where.append("contains(lower(q.speaker), lower(?))")
        params.append(filter.speaker)
    if filter.country is not None:
        where.append("q.speaker_country = ?")
        params.append(filter.country.upper())
    if filter.doc_id is not None:
        where.append("q.doc_id = ?")
        params.append(filter.doc_id)
    sql = (
        "SELECT q.*, a.published FROM quotes q JOIN articles a ON a.doc_id = q.doc_id"
        + _where(where)
        + " ORDER BY a.published DESC NULLS LAST, q.doc_id, q.position"
        + _page(filter.limit, filter.offset, params)
    )
    return [_quote_output(row) for row in _fetch(con, sql, params)]


def articles(con: duckdb.DuckDBPyConnection, filter: ArticleFilter = ArticleFilter()) -> list[Row]:
    """Article metadata with event and quote counts; the text itself is in ``article_result``."""
    where: list[str] = []
    params: list[Any] = []
    published_day = "TRY_CAST(left(a.published, 10) AS DATE)"
    if filter.doc_id is not None:
        where.append("a.doc_id = ?")
        params.append(filter.doc_id)
    if filter.source is not None:
        where.append("contains(lower(a.source), lower(?))")
        params.append(filter.source)
    if filter.date_from is not None:
        where.append(f"{published_day} >= ?")
        params.append(first_day(filter.date_from))
    if filter.date_to is not None:
        where.append(f"{published_day} <= ?")
        params.append(last_day(filter.date_to))
    sql = (
        "SELECT a.doc_id, a.published, a.headline, a.dateline, a.source, a.url, a.section, a.byline,"
        " a.language, a.origin,"
        " (SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id) AS events,"
        " (SELECT count(*) FROM quotes q WHERE q.doc_id = a.doc_id) AS quotes,"
        " a.extras, a.content_hash, a.pipeline_version, a.ingested_at"
        " FROM articles a"
        + _where(where)
        + " ORDER BY a.published DESC NULLS LAST, a.doc_id"
        + _page(filter.limit, filter.offset, params)
    )
    rows = _fetch(con, sql, params)
    for row in rows:
        row["extras"] = json.loads(row["extras"]) if row["extras"] else {}
    return rows


def event_doc_id(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    """The article an event report belongs to, or None for an unknown id."""
    found = con.execute("SELECT doc_id FROM events WHERE id = ?", [event_id]).fetchone()
    return str(found[0]) if found is not None else None


ACTOR_ROLES = ("actor", "recipient", "speaker")


def actors(
    con: duckdb.DuckDBPyConnection,
    name: str | None = None,
    country: str | None = None,
    role: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[Row]:
    """Who acts, is acted on and speaks, with counts of each; most active first.
    ``name`` is a case-insensitive part of the name, ``role`` one of ACTOR_ROLES."""
    if role is not None and role not in ACTOR_ROLES:
        raise StoreError(f"role {role!r}: expected one of {ACTOR_ROLES}")
    where: list[str] = []
    params: list[Any] = []
    if name is not None:
        where.append("contains(lower(name), lower(?))")
        params.append(name)
    if country is not None:
        where.append("country = ?")
        params.append(country.upper())
    having = ""
    if role is not None:
        having = " HAVING count(*) FILTER (WHERE role = ?) > 0"
        params.append(role)
    sql = f"""
        WITH people AS (
            SELECT name, country, sector, actor_id, role FROM participants
            UNION ALL
            SELECT speaker, speaker_country, speaker_sector, speaker_actor_id, 'speaker'
            FROM quotes WHERE speaker <> ''
        )
        SELECT name, country, sector, max(actor_id) AS actor_id,
               count(*) FILTER (WHERE role = 'actor') AS as_actor,
               count(*) FILTER (WHERE role = 'recipient') AS as_recipient,
               count(*) FILTER (WHERE role = 'speaker') AS statements,
               count(*) AS total
        FROM people{_where(where)}
        GROUP BY name, country, sector{having}
        ORDER BY total DESC, name, country, sector
        LIMIT ? OFFSET ?
    """
    return _fetch(con, sql, [*params, limit, offset])


def rejected(con: duckdb.DuckDBPyConnection, limit: int | None = 1000, offset: int = 0) -> list[Row]:
    check_page(limit, offset)
    params: list[Any] = []
    sql = (
        "SELECT source, reason, times, first_seen, last_seen FROM rejected"
        " ORDER BY last_seen DESC, source, reason" + _page(limit, offset, params)
    )
    return _fetch(con, sql, params)


def article_result(con: duckdb.DuckDBPyConnection, doc_id: str) -> ArticleResult | None:
    """Everything stored for one article, as the record that was written; None if absent."""
    found = _fetch(con, "SELECT * FROM articles WHERE doc_id = ?", [doc_id])
    if not found:
        return None
    by_position = " WHERE doc_id = ? ORDER BY position"
    event_rows = _fetch(con, "SELECT * FROM events" + by_position, [doc_id])
    people: dict[str, list[Row]] = defaultdict(list)
    for person in _fetch(con, "SELECT * FROM participants WHERE doc_id = ?", [doc_id]):
        people[person["event_id"]].append(person)
    return ArticleResult(
        article=article_from_row(found[0]),
        events=[event_from_row(row, people[row["id"]]) for row in event_rows],
        quotes=[quote_from_row(row) for row in _fetch(con, "SELECT * FROM quotes" + by_position, [doc_id])],
        timexes=[timex_from_row(row) for row in _fetch(con, "SELECT * FROM timexes" + by_position, [doc_id])],
        places=[place_from_row(row) for row in _fetch(con, "SELECT * FROM places" + by_position, [doc_id])],
    )


def stored_versions(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(content_hash, pipeline_version) of each stored article among ``doc_ids``."""
    if not doc_ids:
        return {}
    rows = con.execute(
        "SELECT doc_id, content_hash, pipeline_version FROM articles WHERE doc_id = ANY(?)",
        [list(doc_ids)],
    ).fetchall()
    return {doc_id: (content_hash, version) for doc_id, content_hash, version in rows}


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per data table."""
    sql = " UNION ALL ".join(f"SELECT '{table}', count(*) FROM {table}" for table in DATA_TABLES)
    found = dict(con.execute(sql).fetchall())
    return {table: int(found[table]) for table in DATA_TABLES}


# ---- helpers ------------------------------------------------------------------


def participants_of(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> dict[str, list[Row]]:
    """Participant rows of each event (mention) id, actors then recipients, in order."""
    if not event_ids:
        return {}
    people: dict[str, list[Row]] = defaultdict(list)
    sql = (
        "SELECT * FROM participants WHERE event_id IN (SELECT unnest(?::VARCHAR[]))"
        " ORDER BY event_id, role, position"
    )
    for person in _fetch(con, sql, [list(event_ids)]):
        people[person["event_id"]].append(person)
    return people


def _event_output(row: Row, people: Sequence[Row]) -> Row:
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "published": row["published"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_source": row["date_source"],
        "date_start": _iso(row["date_start"]),
        "date_end": _iso(row["date_end"]),
        "type": row["type"],
        "mode": row["mode"],
        "status": row["status"],
        "actors": [participant_dict(p) for p in people if p["role"] == "actor"],
        "recipients": [participant_dict(p) for p in people if p["role"] == "recipient"],
        "cameo": row["cameo"],
        "quad": row["quad"],
        "score": row["score"],
        "contexts": list(row["contexts"] or []),
        "location_name": row["location_name"],
        "location_country": row["location_country"],
        "location_lat": row["location_lat"],
        "location_lon": row["location_lon"],
        "location_precision": row["location_precision"],
        "location_geonameid": row["location_geonameid"],
        "location_source": row["location_source"],
        "actor_country": row["actor_country"],
        "recipient_country": row["recipient_country"],
        "evidence": row["evidence_text"],
        "evidence_start": row["evidence_start"],
        "evidence_end": row["evidence_end"],
        "mentions": mention_dicts(row["mentions"]),
        "confidence": row["confidence"],
        "why": row["why"],
        "quote_id": row["quote_id"],
        "headline": row["headline"],
        "publisher": row["publisher"],
        "merged_id": row["merged_id"],
    }


def _merged_output(row: Row) -> Row:
    output = dict(row)
    output["evidence"] = output.pop("evidence_text")
    output["date_start"] = _iso(output["date_start"])
    output["date_end"] = _iso(output["date_end"])
    for key in ("contexts", "countries", "source_names", "doc_ids", "reasons"):
        output[key] = list(output[key] or [])
    return output


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _quote_output(row: Row) -> Row:
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "published": row["published"],
        "speaker": row["speaker"],
        "speaker_country": row["speaker_country"],
        "speaker_sector": row["speaker_sector"],
        "speaker_mention": row["speaker_mention"],
        "speaker_actor_id": row["speaker_actor_id"],
        "cue": row["cue"],
        "kind": row["kind"],
        "content": row["content_text"],
        "content_start": row["content_start"],
        "content_end": row["content_end"],
        "relay": row["relay"],
        "event_ids": list(row["event_ids"] or []),
    }
