"""The FastAPI app: the JSON API, the dashboard's pages and assets, the offline API reference.

The dashboard is one HTML page with hand-written JS modules under ``static/``; its
routes (/events, /events/ID, /quotes, ...) all serve that page and the JS draws the
view the path names, so every view and its filters can be shared as a URL.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from eventwire.monitor.rules import RuleSet
from eventwire.settings import PIPELINE_VERSION
from eventwire.web import apidocs, errors, limits
from eventwire.web.alerts import AlertRules
from eventwire.web.api import router
from eventwire.web.backend import Backend
from eventwire.web.limits import BodyLimit

STATIC = Path(__file__).resolve().parent / "static"
# The dashboard's own files only: no inline script, no other origin. Article text is
# put in the page as text nodes, and this stops anything that slipped through from running.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
DASHBOARD_ROUTES = ("/", "/events", "/events/{event_id:path}", "/quotes", "/actors", "/alerts", "/articles/{doc_id:path}")

DESCRIPTION = (
    "Events, statements and articles stored by eventwire. Every list takes the filters of "
    "`eventwire events` / `eventwire quotes` and pages with limit/offset; errors are JSON "
    '{"status": ..., "message": ...}. POST /api/ingest needs the server\'s token.'
)


def create_app(
    backend: Backend,
    token: str = "",
    rules: RuleSet | None = None,
    max_body: int | None = None,
    query_seconds: float | None = None,
) -> FastAPI:
    """The app over an open ``backend``; ``token`` enables POST /api/ingest (empty: off);
    ``rules`` enables /api/alerts; the limits default to ``eventwire.web.limits``."""
    app = FastAPI(
        title="eventwire",
        version=PIPELINE_VERSION,
        description=DESCRIPTION,
        docs_url=None,  # FastAPI's pages fetch Swagger UI from a CDN; ours below work offline
        redoc_url=None,
    )
    app.state.backend = backend
    app.state.token = token
    app.state.alert_rules = AlertRules(rules)
    app.state.query_seconds = query_seconds or limits.query_seconds()
    errors.install(app)
    app.add_middleware(BodyLimit, limit=max_body or limits.max_body_bytes())
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(apidocs.render(app.openapi()))

    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    for route in DASHBOARD_ROUTES:
        app.add_api_route(route, dashboard, methods=["GET"], include_in_schema=False)
    return app
