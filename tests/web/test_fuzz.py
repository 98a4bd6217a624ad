"""Schema-based fuzzing of the API: schemathesis generates requests from the OpenAPI
schema and checks every answer (no server error, documented status, content type
and body shape). In-process over the samples store; a bounded number of examples.

One test per operation, driven through hypothesis directly: schemathesis's lazy
pytest fixtures do not run under pytest 9.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from eventwire.web import Backend, create_app
from eventwire.web.api import router

EXAMPLES = 30  # per operation: enough to reach odd strings and bounds, quick enough for every run
OPERATIONS = sorted(
    f"{method} {route.path}" for route in router.routes for method in getattr(route, "methods", ()) if method != "HEAD"
)


@pytest.fixture(scope="module")
def api_schema(samples_db: Path) -> Iterator[schemathesis.BaseSchema]:
    backend = Backend.open(samples_db, writable=False)
    # With a token configured but a read-only store, ingest answers its documented 401 or 403.
    app = create_app(backend, token="fuzz-token-0123456789")
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    backend.close()


@pytest.mark.parametrize("operation_name", OPERATIONS)
def test_api_answers_every_generated_request(api_schema: schemathesis.BaseSchema, operation_name: str) -> None:
    method, path = operation_name.split(" ", 1)
    path = path.replace(":path}", "}")  # the OpenAPI schema names path parameters without converters
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def answers(case: schemathesis.Case) -> None:
        # A request valid by the schema may still name a day that does not exist
        # (from=2021-02-31): its documented answer is 400, not acceptance.
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    answers()


def test_every_api_route_is_fuzzed() -> None:
    assert {"GET /api/events", "GET /api/events/{event_id:path}", "POST /api/ingest", "GET /api/stats"} <= set(OPERATIONS)
