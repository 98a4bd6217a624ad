"""What the API reads, as one thin adapter over the store's query layer
(``eventwire.store.queries`` and ``journal``): paging, and the shapes of the
event page. The one read the query layer lacks (actors with their role counts)
is parameterised SQL here, marked "moves to the query layer".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import duckdb
import yaml

from eventwire.store import journal, queries
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


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """An article with everything extracted from it, in the ``eventwire extract`` shape."""
    result = queries.article_result(con, doc_id)
    return result.to_dict() if result is not None else None


def merged_page(con: duckdb.DuckDBPyConnection, filter: EventFilter) -> Page:
    """Happenings merged across articles, with their report counts and merge reasons."""
    return _paged(lambda f: queries.merged_events(con, f), filter)


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event with its article, the statements behind it, its article's other
    events and the other reports of the same happening, with the merge links between them."""
    doc_id = _doc_of_event(con, event_id)
    if doc_id is None:
        return None
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
        **merged_context(con, event),
    }


def _doc_of_event(con: duckdb.DuckDBPyConnection, event_id: str) -> str | None:
    # The query layer filters by article, not by event id: find the event's article first.
    found = con.execute("SELECT doc_id FROM events WHERE id = ?", [event_id]).fetchone()
    return str(found[0]) if found is not None else None


def _event_span(row: Row) -> Row:
    keys = ("id", "type", "quad", "status", "date", "evidence", "evidence_start", "evidence_end")
    return {key: row[key] for key in keys}


def merged_context(con: duckdb.DuckDBPyConnection, event: Row) -> dict[str, Any]:
    """The happening an event report belongs to: ``merged`` (the merged event, or None
    before the first merge), ``other_reports`` (its other members, each with the
    reasons of the links that join it to this report) and ``merge_links`` (every link
    inside the happening)."""
    merged_id = event.get("merged_id")
    if not merged_id:
        return {"merged": None, "other_reports": [], "merge_links": []}
    happening = next(
        (row for row in queries.merged_events(con, EventFilter(doc_id=event["doc_id"], status="any", limit=None))
         if row["id"] == merged_id),
        None,
    )
    links = queries.merge_links(con, merged_id)
    others = []
    for member in queries.merged_members(con, merged_id):
        if member["event_id"] == event["id"]:
            continue
        direct = [link for link in links if {link["event_a"], link["event_b"]} == {event["id"], member["event_id"]}]
        # a member joined only through a third report says so rather than showing no reason
        reasons = [link["reason"] for link in direct] or ["linked through another report of the same happening"]
        others.append({**member, "id": member["event_id"], "reasons": reasons,
                       "score": max((link["score"] or 0.0 for link in direct), default=None)})
    return {"merged": happening, "other_reports": others, "merge_links": links}


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
    con: duckdb.DuckDBPyConnection,
    since: str | None = None,
    doc_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page:
    """The store's change feed in the order changes happened, from ``since`` on
    (any form ``journal.parse_since`` reads: an ISO date or time, or an age like 12h)."""
    moment = journal.parse_since(since) if since else None
    rows = journal.changes(con, moment, doc_id, limit + 1, offset)
    more = len(rows) > limit
    return Page(rows[:limit], limit, offset, offset + limit if more else None)


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
