"""What the API reads, as one thin adapter over the store's query layer
(``eventwire.store.queries`` and ``journal``): paging, and the shapes of the
event page.
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
    doc_id = queries.event_doc_id(con, event_id)
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
    """Who acts, is acted on and speaks, with counts; most active first."""
    rows = queries.actors(con, name=name, country=country, role=role, limit=limit + 1, offset=offset)
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
