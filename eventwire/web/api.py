"""The JSON API under /api: the query layer's filters as query parameters.

Each route reads through ``eventwire.web.data`` with a cursor of its own (FastAPI
runs these plain functions in a thread pool). Parameters are checked here for shape
(patterns, ranges) and by the query layer for meaning (a date that does not exist),
which answers 400 with its message.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from eventwire.events.ontology import Ontology
from eventwire.store.queries import STATUSES, ArticleFilter, EventFilter, QuoteFilter
from eventwire.web import data, stats
from eventwire.web.alerts import AlertRules
from eventwire.web.auth import TOKEN_VARIABLE, token_matches
from eventwire.web.backend import Backend
from eventwire.web.errors import error_responses
from eventwire.web.formats import (
    CSV_MEDIA_TYPE,
    GEOJSON_MEDIA_TYPE,
    events_csv,
    events_geojson,
)
from eventwire.web.limits import deadline

COUNTRY = r"^[A-Za-z]{3}$"
PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$"
DYAD = r"^([A-Za-z]{3}|\*)-([A-Za-z]{3}|\*)$"
WORD = r"^[A-Za-z_ -]+$"
NUMBER = r"-?\d{1,3}(\.\d{1,8})?"
LAT_LON = rf"^{NUMBER},\s?{NUMBER}$"
MAX_RADIUS_KM = 20_040.0  # half the Earth's circumference: every place is nearer
MAX_PAGE = 1000
MAX_OFFSET = 10**9
MAX_TEXT = 200  # longest name or id a filter takes
MAX_INGEST_ARTICLES = 100

router = APIRouter(prefix="/api")
bearer = HTTPBearer(auto_error=False, description=f"The token set in {TOKEN_VARIABLE} on the server.")


# ---- plumbing ---------------------------------------------------------------


def backend(request: Request) -> Backend:
    return request.app.state.backend  # type: ignore[no-any-return]


def connection(store: Annotated[Backend, Depends(backend)], request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of the server's connection, interrupted when the request's reads run past the limit."""
    with store.reader() as cursor, deadline(cursor, request.app.state.query_seconds):
        yield cursor


Con = Annotated[duckdb.DuckDBPyConnection, Depends(connection)]
Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (the previous page's next_offset).")]
Country = Annotated[str | None, Query(pattern=COUNTRY, description="ISO3 code, IGO or UNK.")]


def event_filter_fields(
    country: Annotated[str | None, Query(pattern=COUNTRY, description="ISO3 code of any actor or recipient.")] = None,
    dyad: Annotated[str | None, Query(pattern=DYAD, description="Actor country-recipient country, e.g. RUS-UKR; * for any side.")] = None,
    actor: Annotated[str | None, Query(max_length=MAX_TEXT, description="Part of any participant's name.")] = None,
    type: Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z_]+$", description="PLOVER type, e.g. ASSAULT.")] = None,
    mode: Annotated[str | None, Query(max_length=40, pattern=WORD, description="PLOVER mode, e.g. air (any case).")] = None,
    context: Annotated[str | None, Query(max_length=40, pattern=WORD, description="One of the event's contexts, e.g. military.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")] = None,
    status: Annotated[Literal["asserted", "future", "hypothetical", "negated", "any"], Query()] = "asserted",
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Lowest confidence, 0-1.")] = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=PARTIAL_DATE, description="Earliest event date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www.")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=PARTIAL_DATE, description="Latest event date, same forms.")] = None,
    near: Annotated[str | None, Query(pattern=LAT_LON, description="LAT,LON in degrees: events placed within radius_km of it.")] = None,
    radius_km: Annotated[float, Query(gt=0, le=MAX_RADIUS_KM, description="With near: the radius in km.")] = 50.0,
    source: Annotated[str | None, Query(max_length=MAX_TEXT, description="Part of the publisher's name.")] = None,
    doc: Annotated[str | None, Query(max_length=MAX_TEXT, description="Only this article's events.")] = None,
) -> EventFilter:
    return EventFilter(
        country=country.upper() if country else None,
        dyad=dyad.upper() if dyad else None,
        actor=actor or None,
        type=type.upper() if type else None,
        mode=mode or None,
        context=context or None,
        quad=quad,
        status=status,
        min_confidence=min_confidence,
        date_from=date_from,
        date_to=date_to,
        near=_lat_lon(near) if near else None,
        radius_km=radius_km,
        source=source or None,
        doc_id=doc or None,
        limit=None,
    )


def _lat_lon(text: str) -> tuple[float, float]:
    lat, lon = text.split(",")
    return float(lat), float(lon)


Filter = Annotated[EventFilter, Depends(event_filter_fields)]


class PageBody(BaseModel):
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = Field(description="The offset of the next page; null on the last page.")


# ---- events -------------------------------------------------------------------


@router.get(
    "/events",
    response_model=PageBody,
    responses={
        **error_responses(400, 503),
        200: {"content": {CSV_MEDIA_TYPE: {}, GEOJSON_MEDIA_TYPE: {}}, "description": "A page of events."},
    },
)
def list_events(
    con: Con,
    filter: Filter,
    limit: Limit = 100,
    offset: Offset = 0,
    format: Annotated[Literal["json", "csv", "geojson"], Query(description="json (a page), csv or geojson.")] = "json",
) -> Any:
    """Events newest first, filtered as ``eventwire events`` filters them."""
    page = data.event_page(con, replace(filter, limit=limit, offset=offset))
    headers = {"X-Next-Offset": str(page.next_offset)} if page.next_offset is not None else {}
    if format == "csv":
        return Response(events_csv(page.items), media_type=CSV_MEDIA_TYPE, headers=headers)
    if format == "geojson":
        return _json_as(events_geojson(page.items), GEOJSON_MEDIA_TYPE, headers)
    return page.as_dict()


@router.get("/events/{event_id:path}", responses=error_responses(404))
def get_event(con: Con, event_id: Annotated[str, Path(description="An event id, e.g. DOCID#e1 (write # as %23).")]) -> dict[str, Any]:
    """One event: its evidence and mentions in the article text, the statements behind it,
    the article's other events, and reports of the same happening in other articles with the reasons."""
    found = data.event_detail(con, event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return found


@router.get("/stats", responses=error_responses(400, 503))
def get_stats(
    con: Con,
    filter: Filter,
    interval: Annotated[Literal["auto", "day", "week", "month", "year"], Query(description="Timeline buckets.")] = "auto",
    top: Annotated[int, Query(ge=1, le=100, description="How many dyads and countries.")] = 15,
) -> dict[str, Any]:
    """Aggregations of the filtered events merged across articles (as ``eventwire stats``):
    timeline by quad class and type, dyads, countries, places."""
    chosen = None if interval == "auto" else interval
    return stats.summarise(con, filter, chosen, top)


@router.get("/merged-events", response_model=PageBody, responses=error_responses(400, 503))
def list_merged_events(con: Con, filter: Filter, limit: Limit = 100, offset: Offset = 0) -> Any:
    """Happenings: reports of one event in several articles merged into one row, with
    ``mentions`` (reports), ``articles``, ``sources``, their ``doc_ids`` and the merge ``reasons``."""
    return data.merged_page(con, replace(filter, limit=limit, offset=offset)).as_dict()


# ---- articles, statements, actors ------------------------------------------------------


@router.get("/articles", response_model=PageBody, responses=error_responses(400))
def list_articles(
    con: Con,
    source: Text = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=PARTIAL_DATE, description="Published on or after.")] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=PARTIAL_DATE, description="Published on or before.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Any:
    """Stored articles, newest first, with their event and statement counts."""
    query = ArticleFilter(source=source or None, date_from=date_from, date_to=date_to, limit=limit, offset=offset)
    return data.article_page(con, query).as_dict()


@router.get("/articles/{doc_id:path}", responses=error_responses(404))
def get_article(con: Con, doc_id: str) -> dict[str, Any]:
    """An article with everything extracted from it, in the shape ``eventwire extract`` prints."""
    found = data.article(con, doc_id)
    if found is None:
        raise HTTPException(404, f"no article with doc_id {doc_id!r}")
    return found


@router.get("/quotes", response_model=PageBody, responses=error_responses(400))
def list_quotes(
    con: Con,
    speaker: Annotated[str | None, Query(max_length=MAX_TEXT, description="Part of the speaker's name.")] = None,
    country: Country = None,
    doc: Text = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Any:
    """Statements with their speakers, newest article first."""
    query = QuoteFilter(speaker=speaker or None, country=country.upper() if country else None, doc_id=doc or None,
                        limit=limit, offset=offset)
    return data.quote_page(con, query).as_dict()


@router.get("/actors", response_model=PageBody, responses=error_responses(400))
def list_actors(
    con: Con,
    name: Annotated[str | None, Query(max_length=MAX_TEXT, description="Part of the name.")] = None,
    country: Country = None,
    role: Annotated[Literal["actor", "recipient", "speaker"] | None, Query(description="Only who appears in this role.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Any:
    """Actors, recipients and speakers with how often they appear in each role, most active first."""
    return data.actor_page(con, name or None, country, role, limit, offset).as_dict()


@router.get("/changes", response_model=PageBody, responses=error_responses(400, 503))
def list_changes(
    con: Con,
    since: Annotated[str | None, Query(max_length=40, description="From this moment on (inclusive): an ISO date or time (UTC), or an age such as 30m, 12h, 7d, 2w.")] = None,
    doc: Text = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> Any:
    """The store's change feed: one row per article inserted, replaced or deleted, in the
    order it happened (``seq``). Poll with ``since`` and page with ``next_offset``."""
    return data.changes(con, since or None, doc or None, limit, offset).as_dict()


@router.get("/alerts", responses=error_responses(400, 503))
def list_alerts(
    con: Con,
    request: Request,
    since: Annotated[str | None, Query(max_length=40, description="Only windows ending on or after this day (ISO date, or an age such as 7d).")] = None,
) -> dict[str, Any]:
    """Alerts of the rule file the server was started with (``eventwire serve --rules FILE``),
    evaluated over the store now; without one, empty lists and a message saying how to enable it."""
    rules: AlertRules = request.app.state.alert_rules
    return rules.answer(con, since or None)


@router.get("/meta")
def get_meta(con: Con, store: Annotated[Backend, Depends(backend)], request: Request) -> dict[str, Any]:
    """What the dashboard needs to draw its filters: PLOVER types, quad classes, statuses, row counts."""
    ontology = Ontology.load()
    return {
        "types": [{"name": t.name, "quad": t.quad, "definition": t.definition} for t in ontology.event_types.values()],
        "quads": data.quad_names(),
        "statuses": [*STATUSES, "any"],
        "counts": data.counts(con),
        "ingest": bool(request.app.state.token) and store.writable,
    }


# ---- ingest ----------------------------------------------------------------------


class ArticleIn(BaseModel):
    """An article record, as ``eventwire ingest`` reads it from JSON; other fields are kept as extras."""

    model_config = ConfigDict(extra="allow")
    text: str = Field(min_length=1, description="The body; paragraphs separated by blank lines.")
    doc_id: str = Field("", description="Derived from the headline and text when empty.")
    headline: str = ""
    dateline: str = ""
    published: str = Field("", description="ISO date or datetime.")
    url: str = ""
    source: str = ""
    section: str = ""
    byline: str = ""
    language: str = ""


class IngestBody(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


@router.post("/ingest", responses=error_responses(400, 401, 403, 413))
def ingest(
    body: IngestBody,
    store: Annotated[Backend, Depends(backend)],
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> dict[str, Any]:
    """Code and store articles (at most 100 a request). Needs ``Authorization: Bearer TOKEN``.

    Answers with counts by outcome (inserted, replaced, unchanged, rejected), each
    stored article's event and statement counts, and each rejection's reason.
    """
    token: str = request.app.state.token
    if not token:
        raise HTTPException(403, f"ingest is switched off on this server; start it with {TOKEN_VARIABLE} set")
    given = f"{credentials.scheme} {credentials.credentials}" if credentials else None
    if not token_matches(token, given):
        raise HTTPException(401, "missing or wrong token: send Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"})
    if not store.writable:
        raise HTTPException(403, "the server opened the store read-only (--read-only); restart it without")
    records = [article.model_dump(exclude_unset=True) for article in body.articles]
    return store.ingest(records).as_dict()


# ---- helpers ------------------------------------------------------------------------


def _json_as(document: Any, media_type: str, headers: dict[str, str]) -> Response:
    return Response(json.dumps(document, ensure_ascii=False, default=str), media_type=media_type, headers=headers)
