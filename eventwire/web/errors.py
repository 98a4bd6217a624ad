"""Every error the API returns is JSON: ``{"status": 404, "message": "..."}``.

Request validation keeps FastAPI's 422 and its ``detail`` list (what the OpenAPI
schema documents) and adds the same two fields, so a client reads any error alike.
"""

from __future__ import annotations

import logging
from typing import Any

import duckdb
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from eventwire.errors import EventwireError
from eventwire.web.limits import BodyTooLarge, QueryTimeout

log = logging.getLogger("eventwire.web")


class ErrorBody(BaseModel):
    status: int
    message: str


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"status": status, "message": message, **extra}, status_code=status)


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route: which error statuses it may answer, for the OpenAPI schema."""
    meaning = {
        400: "The filter or the input is invalid; the message says which and why.",
        401: "No ingest token, or the wrong one.",
        403: "Ingest is switched off on this server.",
        404: "Nothing has that id.",
        413: "The request body is over the server's size limit.",
        503: "The query ran past the server's time limit; narrow the filters.",
    }
    return {status: {"model": ErrorBody, "description": meaning[status]} for status in statuses}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into an error body."""

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        response = error_response(exc.status_code, str(exc.detail))
        response.headers.update(exc.headers or {})  # e.g. WWW-Authenticate on a 401
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = jsonable_encoder(exc.errors())
        summary = "; ".join(_problem_text(problem) for problem in problems) or "the request is invalid"
        return error_response(422, summary, detail=problems)

    @app.exception_handler(QueryTimeout)
    async def too_slow(request: Request, exc: QueryTimeout) -> JSONResponse:
        return error_response(503, str(exc))

    @app.exception_handler(duckdb.InterruptException)
    async def interrupted(request: Request, exc: duckdb.InterruptException) -> JSONResponse:
        return error_response(503, "the query was stopped at the server's time limit; narrow the filters")

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error_response(413, str(exc))

    @app.exception_handler(EventwireError)
    async def bad_input(request: Request, exc: EventwireError) -> JSONResponse:
        return error_response(400, str(exc))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return error_response(500, f"internal error ({type(exc).__name__}); the server log has the details")


def _problem_text(problem: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in problem.get("loc", ()) if part not in ("query", "path", "body"))
    return f"{where or 'request'}: {problem.get('msg', 'invalid')}"
