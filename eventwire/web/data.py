"""What the API reads, as one thin adapter over the store's query layer.

Every endpoint reads through here, so that when the query layer grows (filters,
aggregations, merged events, a change feed) the API changes in one place. The few
reads the query layer does not offer yet are written here as small read-only SQL
and each is marked "moves to the query layer".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import yaml

from eventwire.store import queries
from eventwire.store.queries import ArticleFilter, EventFilter, QuoteFilter, Row


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows and where the next one starts (None: this was the last)."""

    items: list[Row]
    limit: int
    offset: int
    next_offset: int | None

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "limit": self.limit, "offset": self.offset, "next_offset": self.next_offset}


def _paged(fetch: Any, filter: Any) -> Page:
    """Ask for one row more than the page holds: whether it comes says if there is a next page."""
    limit = filter.limit if filter.limit is not None else 1000
    rows = fetch(replace(filter, limit=limit + 1))
    more = len(rows) > limit
    return Page(rows[:limit], limit, filter.offset, filter.offset + limit if more else None)


def event_page(con: duckdb.DuckDBPyConnection, filter: EventFilter) -> Page:
    return _paged(lambda f: queries.events(con, f), filter)


def quote_page(con: duckdb.DuckDBPyConnection, filter: QuoteFilter) -> Page:
    return _paged(lambda f: queries.quotes(con, f), filter)


def article_page(con: duckdb.DuckDBPyConnection, filter: ArticleFilter) -> Page:
    return _paged(lambda f: queries.articles(con, f), filter)


def all_events(con: duckdb.DuckDBPyConnection, filter: EventFilter) -> list[Row]:
    """Every event the filter selects, whatever its page (for aggregations)."""
    return queries.events(con, replace(filter, limit=None, offset=0))


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """An article with everything extracted from it, in the ``eventwire extract`` shape."""
    result = queries.article_result(con, doc_id)
    return result.to_dict() if result is not None else None


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event with its article, the statements behind it, its article's other
    events and the reports of the same happening in other articles."""
    # moves to the query layer (an id filter on EventFilter)
    found = con.execute("SELECT doc_id FROM events WHERE id = ?", [event_id]).fetchone()
    if found is None:
        return None
    doc_id = str(found[0])
    siblings = queries.events(con, EventFilter(doc_id=doc_id, status="any", limit=None))
    event = next(row for row in siblings if row["id"] == event_id)
    result = queries.article_result(con, doc_id)
    assert result is not None  # the event's row names an article that the same read sees
    statements = [
        quote for quote in queries.quotes(con, QuoteFilter(doc_id=doc_id, limit=None))
        if quote["id"] == event["quote_id"] or event_id in quote["event_ids"]
    ]
    return {
        "event": event,
        "article": {key: value for key, value in result.article.to_dict().items() if key != "extras"},
        "quotes": statements,
        "article_events": [_event_span(row) for row in siblings],
        "other_reports": other_reports(con, event_id),
    }


def _event_span(row: Row) -> Row:
    keys = ("id", "type", "quad", "status", "date", "evidence", "evidence_start", "evidence_end")
    return {key: row[key] for key in keys}


def other_reports(con: duckdb.DuckDBPyConnection, event_id: str, limit: int = 20) -> list[Row]:
    """Events of other articles that may tell the same happening, each with the reasons.

    A stand-in for the store's cross-article merge: same type, overlapping dates and
    a shared participant country. Moves to the query layer (merged events with
    their merge reasons).
    """
    sql = """
        SELECT o.id, o.doc_id, o.type, o.date, o.status, o.evidence_text AS evidence, a.headline, a.published,
               list(DISTINCT p2.country ORDER BY p2.country) AS shared_countries,
               (o.location_country <> '' AND o.location_country = e.location_country) AS same_place
        FROM events e
        JOIN events o ON o.type = e.type AND o.doc_id <> e.doc_id
             AND o.date_start <= e.date_end AND o.date_end >= e.date_start
        JOIN participants p1 ON p1.event_id = e.id
        JOIN participants p2 ON p2.event_id = o.id AND p2.country = p1.country
             AND p2.country NOT IN ('', 'UNK')
        JOIN articles a ON a.doc_id = o.doc_id
        WHERE e.id = ?
        GROUP BY o.id, o.doc_id, o.type, o.date, o.date_start, o.status, o.evidence_text, a.headline, a.published,
                 o.location_country, e.location_country
        ORDER BY len(shared_countries) DESC, o.date_start DESC, o.id
        LIMIT ?
    """
    rows = _fetch(con, sql, [event_id, limit])
    for row in rows:
        reasons = [f"same type ({row['type']})", "dates overlap", f"shared participants: {', '.join(row['shared_countries'])}"]
        if row.pop("same_place"):
            reasons.append("same location country")
        row["reasons"] = reasons
    return rows


def actor_page(
    con: duckdb.DuckDBPyConnection,
    name: str | None = None,
    country: str | None = None,
    role: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """Who acts, is acted on and speaks, with counts; most active first.

    Moves to the query layer (an actors read over participants and speakers).
    """
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
    rows = _fetch(con, sql, [*params, limit + 1, offset])
    more = len(rows) > limit
    return Page(rows[:limit], limit, offset, offset + limit if more else None)


def changes(
    con: duckdb.DuckDBPyConnection, since: datetime | None = None, after: str = "", limit: int = 100
) -> dict[str, Any]:
    """Articles stored or re-coded after a point, oldest first, and the point to ask from next.

    The point is (ingested_at, doc_id), so a page boundary inside one batch (which
    shares a timestamp) loses nothing. Moves to the query layer (the changes feed).
    """
    where = ""
    params: list[Any] = []
    if since is not None:
        where = " WHERE (a.ingested_at, a.doc_id) > (?, ?)"
        params += [since, after]
    sql = (
        "SELECT a.doc_id, a.headline, a.published, a.source, a.ingested_at, a.pipeline_version,"
        " (SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id) AS events,"
        " (SELECT count(*) FROM quotes q WHERE q.doc_id = a.doc_id) AS quotes"
        f" FROM articles a{where} ORDER BY a.ingested_at, a.doc_id LIMIT ?"
    )
    rows = _fetch(con, sql, [*params, limit])
    last = rows[-1] if rows else None
    return {
        "items": rows,
        "next": {"since": last["ingested_at"], "after": last["doc_id"]} if last else (
            {"since": since, "after": after} if since is not None else None
        ),
    }


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return queries.counts(con)


@lru_cache(maxsize=1)
def quad_names() -> dict[str, str]:
    """{"1": "verbal cooperation", ...} from the PLOVER table (the ontology does not expose them)."""
    table = yaml.safe_load((resources.files("eventwire.events") / "data" / "plover.yaml").read_text(encoding="utf-8"))
    return {str(quad): str(name) for quad, name in table["quads"].items()}


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[Row]:
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, values)) for values in cursor.fetchall()]


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""
