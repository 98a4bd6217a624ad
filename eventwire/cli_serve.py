"""`eventwire serve`: the HTTP API and the dashboard over a store (a thin layer over eventwire.web)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.errors import EventwireError

err = Console(stderr=True, soft_wrap=True)


def serve(
    db: Annotated[str, typer.Option("--db", help="The DuckDB file of the store.", envvar="EVENTWIRE_DB")] = "eventwire.duckdb",
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 opens the server to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Never write, even with EVENTWIRE_API_TOKEN set: other processes may read the store meanwhile.")] = False,
    rules: Annotated[Path | None, typer.Option("--rules", help="An alert rule file (docs/monitoring.md): /api/alerts and the dashboard's Alerts page evaluate it over the store.")] = None,
) -> None:
    """Serve the dashboard and the JSON API (docs at /docs). Set EVENTWIRE_API_TOKEN to accept POST /api/ingest."""
    import uvicorn

    from eventwire.monitor.rules import load_rules
    from eventwire.web import Backend, create_app
    from eventwire.web.auth import TOKEN_VARIABLE, api_token, token_problem

    token = api_token()
    problem = token_problem(token)
    if problem:
        err.print(f"[red]error:[/] {problem}", highlight=False)
        raise typer.Exit(2)
    writable = bool(token) and not read_only
    try:
        ruleset = load_rules(rules) if rules is not None else None
        backend = Backend.open(db, writable=writable)
    except EventwireError as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from None
    mode = "read-write, ingest at POST /api/ingest" if writable else f"read-only (set {TOKEN_VARIABLE} to accept ingest)"
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    err.print(f"serving {db} ({mode}) at http://{shown}:{port}/  (API docs: /docs; Ctrl+C stops)", highlight=False)
    try:
        uvicorn.run(create_app(backend, token=token if writable else "", rules=ruleset), host=host, port=port, log_level="warning")
    finally:
        backend.close()
