"""The export tables: their columns (name and kind, documented in docs/columns.md)
and the rows that fill them, read through the one query layer.

``events`` are merged events (one row per happening); ``mentions`` are the
per-article event reports behind them; ``quotes``, ``articles`` and ``links``
(the merge decisions with their reasons) complete the set. Every row traces
back to an article (``doc_id``) and a character span of its text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

import duckdb

from eventwire.errors import StoreError
from eventwire.models import Event, Location, Participant, TextSpan
from eventwire.store import queries
from eventwire.store.filters import EventFilter
from eventwire.store.records import participant_dict
from eventwire.store.sql import Row, fetch_rows

# str, int, float, bool (1/0 in CSV), date (ISO text), timestamp, list (of strings;
# "a;b" in CSV), participants and spans (lists of objects; JSON text in CSV).
Kind = Literal["str", "int", "float", "bool", "date", "timestamp", "list", "participants", "spans"]
EXPORT_TABLES = ("events", "mentions", "quotes", "articles", "links")
PARTICIPANT_FIELDS = ("name", "country", "sector", "actor_id", "mention", "start", "end")
SPAN_FIELDS = ("text", "start", "end")


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind


def _columns(spec: str) -> tuple[Column, ...]:
    """ "name:kind name:kind ..." (kind str when left out) -> columns, in order."""
    found = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        found.append(Column(name, kind or "str"))  # type: ignore[arg-type]
    return tuple(found)


_WHAT = "type mode contexts:list cameo quad:int score:float status confidence:float"
_WHEN = "date date_precision date_start:date date_end:date year:int month"
_DYAD = (
    "actor_country recipient_country actor_name actor_sector actor_id recipient_name recipient_sector recipient_id"
)
_WHERE = "location_name location_country latitude:float longitude:float location_precision geonameid:int"

COLUMNS: dict[str, tuple[Column, ...]] = {
    "events": _columns(
        f"event_id {_WHAT} {_WHEN} {_DYAD} countries:list actors:participants recipients:participants {_WHERE}"
        " reports:int articles:int sources:int source_names:list doc_ids:list first_reported last_reported"
        " evidence evidence_doc_id evidence_start:int evidence_end:int representative_id anchor_id"
        " merge_reasons:list"
    ),
    "mentions": _columns(
        f"mention_id event_id doc_id published publisher headline {_WHAT} why quote_id"
        f" {_WHEN} date_source {_DYAD} actors:participants recipients:participants {_WHERE} location_source"
        " evidence evidence_start:int evidence_end:int spans:spans"
    ),
    "quotes": _columns(
        "quote_id doc_id published publisher year:int month speaker speaker_country speaker_sector"
        " speaker_mention speaker_actor_id cue kind content content_start:int content_end:int relay"
        " event_ids:list"
    ),
    "articles": _columns(
        "doc_id published publisher year:int month source headline dateline url section byline language origin"
        " events:int quotes:int content_hash pipeline_version ingested_at:timestamp"
    ),
    "links": _columns(
        "event_id mention_a mention_b joined:bool similarity:float km:float day_gap:int parties_agree:bool"
        " score:float reason"
    ),
}


def column_names(table: str) -> list[str]:
    return [column.name for column in columns_of(table)]


def columns_of(table: str) -> tuple[Column, ...]:
    if table not in COLUMNS:
        raise StoreError(f"export table {table!r}: expected one of {', '.join(EXPORT_TABLES)}")
    return COLUMNS[table]


def export_rows(con: duckdb.DuckDBPyConnection, table: str, filter: EventFilter | None = None) -> list[Row]:
    """Every row of an export table; ``filter`` narrows events and mentions (its limit is ignored)."""
    columns_of(table)
    chosen = replace(filter or EventFilter(status="any"), limit=None, offset=0)
    if table == "events":
        merged = queries.merged_events(con, chosen)
        people = queries.participants_of(con, [row["representative_id"] for row in merged])
        return [_event_row(row, people.get(row["representative_id"], [])) for row in merged]
    if table == "mentions":
        return [_mention_row(row) for row in queries.events(con, chosen)]
    return [_pick(table, row) for row in fetch_rows(con, _SQL[table])]


def event_from_mention_row(row: Mapping[str, Any]) -> Event:
    """A ``mentions`` export row back to the Event record the pipeline made."""
    return Event(
        id=row["mention_id"],
        type=row["type"],
        mode=row["mode"],
        contexts=list(row["contexts"] or []),
        cameo=row["cameo"],
        quad=row["quad"],
        score=row["score"],
        actors=[Participant(**{key: person[key] for key in PARTICIPANT_FIELDS}) for person in row["actors"] or []],
        recipients=[
            Participant(**{key: person[key] for key in PARTICIPANT_FIELDS}) for person in row["recipients"] or []
        ],
        date=row["date"],
        date_precision=row["date_precision"],
        date_source=row["date_source"],
        status=row["status"],
        location=Location(
            name=row["location_name"],
            country=row["location_country"],
            lat=row["latitude"],
            lon=row["longitude"],
            precision=row["location_precision"],
            geonameid=row["geonameid"],
            source=row["location_source"],
        ),
        evidence=TextSpan(row["evidence"], row["evidence_start"], row["evidence_end"]),
        mentions=[TextSpan(span["text"], span["start"], span["end"]) for span in row["spans"] or []],
        confidence=row["confidence"],
        why=row["why"],
        quote_id=row["quote_id"],
    )


# ---- rows -----------------------------------------------------------------------


def _when(row: Mapping[str, Any]) -> Row:
    start = _day(row["date_start"])
    return {
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_start": start.isoformat() if start else None,
        "date_end": _iso(row["date_end"]),
        "year": start.year if start else None,
        "month": f"{start.year:04d}-{start.month:02d}" if start else None,
    }


def _dyad_people(actors: Sequence[Mapping[str, Any]], recipients: Sequence[Mapping[str, Any]]) -> Row:
    """The first actor and the recipient that ``records.dyad`` takes the countries from."""
    actor = actors[0] if actors else None
    if recipients:
        recipient: Mapping[str, Any] | None = recipients[0]
    else:
        recipient = next((p for p in actors if actor and p["country"] != actor["country"]), None)
    return {
        "actor_name": actor["name"] if actor else "",
        "actor_sector": actor["sector"] if actor else "",
        "actor_id": actor["actor_id"] if actor else "",
        "recipient_name": recipient["name"] if recipient else "",
        "recipient_sector": recipient["sector"] if recipient else "",
        "recipient_id": recipient["actor_id"] if recipient else "",
    }


def _where(row: Mapping[str, Any]) -> Row:
    return {
        "location_name": row["location_name"],
        "location_country": row["location_country"],
        "latitude": row["location_lat"],
        "longitude": row["location_lon"],
        "location_precision": row["location_precision"],
        "geonameid": row["location_geonameid"],
    }


def _what(row: Mapping[str, Any]) -> Row:
    return {key: row[key] for key in ("type", "mode", "cameo", "quad", "score", "status", "confidence")} | {
        "contexts": list(row["contexts"] or [])
    }


def _event_row(row: Mapping[str, Any], people: Sequence[Row]) -> Row:
    actors = [participant_dict(p) for p in people if p["role"] == "actor"]
    recipients = [participant_dict(p) for p in people if p["role"] == "recipient"]
    values = {
        "event_id": row["id"],
        **_what(row),
        **_when(row),
        "actor_country": row["actor_country"],
        "recipient_country": row["recipient_country"],
        **_dyad_people(actors, recipients),
        "countries": row["countries"],
        "actors": actors,
        "recipients": recipients,
        **_where(row),
        "reports": row["mentions"],
        "articles": row["articles"],
        "sources": row["sources"],
        "source_names": row["source_names"],
        "doc_ids": row["doc_ids"],
        "first_reported": row["first_reported"],
        "last_reported": row["last_reported"],
        "evidence": row["evidence"],
        "evidence_doc_id": row["evidence_doc_id"],
        "evidence_start": row["evidence_start"],
        "evidence_end": row["evidence_end"],
        "representative_id": row["representative_id"],
        "anchor_id": row["anchor_id"],
        "merge_reasons": row["reasons"],
    }
    return _pick("events", values)


def _mention_row(row: Mapping[str, Any]) -> Row:
    values = {
        "mention_id": row["id"],
        "event_id": row["merged_id"],
        "doc_id": row["doc_id"],
        "published": row["published"],
        "publisher": row["publisher"],
        "headline": row["headline"],
        **_what(row),
        "why": row["why"],
        "quote_id": row["quote_id"],
        **_when(row),
        "date_source": row["date_source"],
        "actor_country": row["actor_country"],
        "recipient_country": row["recipient_country"],
        **_dyad_people(row["actors"], row["recipients"]),
        "actors": row["actors"],
        "recipients": row["recipients"],
        **_where(row),
        "location_source": row["location_source"],
        "evidence": row["evidence"],
        "evidence_start": row["evidence_start"],
        "evidence_end": row["evidence_end"],
        "spans": row["mentions"],
    }
    return _pick("mentions", values)


def _pick(table: str, values: Mapping[str, Any]) -> Row:
    return {column.name: values.get(column.name) for column in COLUMNS[table]}


_PUBLISHED_DAY = "TRY_CAST(left(a.published, 10) AS DATE)"
_SQL = {
    "quotes": f"""
        SELECT q.id AS quote_id, q.doc_id, a.published, ew_publisher(a.source, a.dateline, a.url) AS publisher,
               year({_PUBLISHED_DAY}) AS year, strftime({_PUBLISHED_DAY}, '%Y-%m') AS month,
               q.speaker, q.speaker_country, q.speaker_sector, q.speaker_mention, q.speaker_actor_id, q.cue, q.kind,
               q.content_text AS content, q.content_start, q.content_end, q.relay, q.event_ids
        FROM quotes q JOIN articles a ON a.doc_id = q.doc_id
        ORDER BY a.published, q.doc_id, q.position
    """,
    "articles": f"""
        SELECT a.doc_id, a.published, ew_publisher(a.source, a.dateline, a.url) AS publisher,
               year({_PUBLISHED_DAY}) AS year, strftime({_PUBLISHED_DAY}, '%Y-%m') AS month,
               a.source, a.headline, a.dateline, a.url, a.section, a.byline, a.language, a.origin,
               (SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id) AS events,
               (SELECT count(*) FROM quotes q WHERE q.doc_id = a.doc_id) AS quotes,
               a.content_hash, a.pipeline_version, a.ingested_at
        FROM articles a ORDER BY a.published, a.doc_id
    """,
    "links": """
        SELECT merged_id AS event_id, event_a AS mention_a, event_b AS mention_b, joined, similarity, km, day_gap,
               parties_agree, score, reason
        FROM merge_links ORDER BY merged_id NULLS LAST, score DESC, event_a, event_b
    """,
}


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _iso(value: Any) -> str | None:
    day = _day(value)
    return day.isoformat() if day else None
