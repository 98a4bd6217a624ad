"""Store commands of the CLI: stats, changes, export and merge; and the event
filter options that `events`, `stats` and `export` share.

Registered on the main app by ``register(app)`` (cli.py). Every command opens
the store read-only except `merge`, so they run beside nothing that writes:
DuckDB lets one process hold a store file at a time (docs/architecture.md).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console

from eventwire.errors import EventwireError, StoreError

if TYPE_CHECKING:
    from eventwire.store.filters import EventFilter

err = Console(stderr=True, soft_wrap=True)
_LAT_LON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")

DbOption = Annotated[str, typer.Option("--db", help="The DuckDB file of the store.", envvar="EVENTWIRE_DB")]
Country = Annotated[Optional[str], typer.Option(help="ISO3 code of any participant.")]
Dyad = Annotated[Optional[str], typer.Option(help="ACTOR-RECIPIENT countries, e.g. RUS-UKR, RUS-* or *-UKR.")]
ActorName = Annotated[Optional[str], typer.Option("--actor", help="Part of a participant's name.")]
EventType = Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")]
Mode = Annotated[Optional[str], typer.Option(help="PLOVER mode, e.g. visit.")]
Context = Annotated[Optional[str], typer.Option(help="PLOVER context, e.g. territory.")]
Quad = Annotated[Optional[int], typer.Option(help="Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")]
Status = Annotated[str, typer.Option(help="asserted, future, hypothetical, negated or any.")]
MinConfidence = Annotated[Optional[float], typer.Option("--min-confidence", help="Only events at least this sure (0-1).")]
DateFrom = Annotated[Optional[str], typer.Option("--from", help="Earliest event date (YYYY[-MM[-DD]]).")]
DateTo = Annotated[Optional[str], typer.Option("--to", help="Latest event date (YYYY[-MM[-DD]]).")]
Near = Annotated[Optional[str], typer.Option(help="LAT,LON or a place name: events placed within --radius km.")]
Radius = Annotated[float, typer.Option("--radius", help="Kilometres around --near.")]
Source = Annotated[Optional[str], typer.Option(help="Part of the publisher's name (source, wire agency or web site).")]
Doc = Annotated[Optional[str], typer.Option(help="Only this article.")]


def fail(exc: EventwireError) -> None:
    err.print(f"[red]error:[/] {exc}")
    raise typer.Exit(2)


def parse_near(text: str | None) -> tuple[float, float] | None:
    """``--near``: "LAT,LON", or a place name the gazetteer knows."""
    if text is None:
        return None
    if match := _LAT_LON.match(text):
        return float(match[1]), float(match[2])
    from eventwire.places.gazetteer import Gazetteer

    entry = Gazetteer.load().lookup(text.strip())
    if entry is None or entry.lat is None or entry.lon is None:
        raise StoreError(f"--near {text!r}: not a LAT,LON pair and no place of that name with coordinates is known")
    return entry.lat, entry.lon


def event_filter(
    *,
    country: str | None = None,
    dyad: str | None = None,
    actor: str | None = None,
    type: str | None = None,
    mode: str | None = None,
    context: str | None = None,
    quad: int | None = None,
    status: str = "asserted",
    min_confidence: float | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    near: str | None = None,
    radius: float = 50.0,
    source: str | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> EventFilter:
    """The EventFilter that the shared command-line options describe."""
    from eventwire.store.filters import EventFilter  # the store loads only for commands that use it

    return EventFilter(
        country=country.upper() if country else None, dyad=dyad, actor=actor, type=type.upper() if type else None,
        mode=mode, context=context, quad=quad, status=status, min_confidence=min_confidence, date_from=date_from,
        date_to=date_to, near=parse_near(near), radius_km=radius, source=source, doc_id=doc, limit=limit,
    )


def _split(values: list[str]) -> list[str]:
    """--by dyad --by type, or --by dyad,type."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _warn_if_stale(store: object) -> None:
    from eventwire.store.store import Store

    assert isinstance(store, Store)
    if store.merges_stale():
        err.print("[yellow]note:[/] articles changed since events were last merged; run `eventwire merge` to update")


def stats(
    db: DbOption = "eventwire.duckdb",
    by: Annotated[list[str], typer.Option("--by", help="country, dyad, actor_country, recipient_country, type, quad, mode, status, location_country or source; repeat or comma-separate.")] = ["dyad"],  # noqa: B006 - typer reads the default
    per: Annotated[str, typer.Option("--per", help="day, week, month, year or none.")] = "month",
    country: Country = None,
    dyad: Dyad = None,
    actor: ActorName = None,
    type: EventType = None,
    mode: Mode = None,
    context: Context = None,
    quad: Quad = None,
    status: Status = "asserted",
    min_confidence: MinConfidence = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    near: Near = None,
    radius: Radius = 50.0,
    source: Source = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of the terminal.")] = None,
    show_time: Annotated[bool, typer.Option("--time", help="Print how long the query took (on stderr).")] = False,
) -> None:
    """Count merged events (and the reports behind them) and their mean intensity, by group and period."""
    from eventwire.store.export import render_rows
    from eventwire.store.stats import stats as run_stats
    from eventwire.store.store import Store

    try:
        query = event_filter(country=country, dyad=dyad, actor=actor, type=type, mode=mode, context=context,
                             quad=quad, status=status, min_confidence=min_confidence, date_from=date_from,
                             date_to=date_to, near=near, radius=radius, source=source)
        with Store(db, read_only=True) as store:
            _warn_if_stale(store)
            started = time.perf_counter()
            rows = run_stats(store.connection, query, _split(by), None if per == "none" else per)  # type: ignore[arg-type]
            elapsed = time.perf_counter() - started
        text = render_rows(rows, fmt, out=out, console=Console(width=200) if fmt == "table" else None)  # type: ignore[arg-type]
        if text is not None:
            sys.stdout.write(text)
        if show_time:
            err.print(f"{len(rows)} rows in {elapsed * 1000:.1f} ms")
    except EventwireError as exc:
        fail(exc)


def changes(
    db: DbOption = "eventwire.duckdb",
    since: Annotated[Optional[str], typer.Option(help="From this UTC time on: 2021-01-18, 2021-01-18T15:00, or an age such as 30m, 12h, 7d.")] = None,
    doc: Doc = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of the terminal.")] = None,
) -> None:
    """The change feed: articles inserted, re-coded (replaced) or deleted, oldest first."""
    from eventwire.store import journal
    from eventwire.store.export import render_rows
    from eventwire.store.queries import TABLE_COLUMNS
    from eventwire.store.store import Store

    try:
        with Store(db, read_only=True) as store:
            rows = journal.changes(store.connection, since, doc_id=doc, limit=limit)
        columns = TABLE_COLUMNS["changes"] if fmt == "table" else None
        text = render_rows(rows, fmt, out=out, console=Console(width=200) if fmt == "table" else None,  # type: ignore[arg-type]
                           columns=columns)
        if text is not None:
            sys.stdout.write(text)
        if not rows:
            err.print("no changes" + (f" since {since}" if since else ""))
    except EventwireError as exc:
        fail(exc)


def export(
    table: Annotated[str, typer.Argument(help="events (merged), mentions, quotes, articles or links.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write (a folder for parquet).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, tsv, jsonl, plover, parquet or geojson.")] = "csv",
    db: DbOption = "eventwire.duckdb",
    country: Country = None,
    dyad: Dyad = None,
    actor: ActorName = None,
    type: EventType = None,
    mode: Mode = None,
    context: Context = None,
    quad: Quad = None,
    status: Annotated[str, typer.Option(help="asserted, future, hypothetical, negated or any.")] = "any",
    min_confidence: MinConfidence = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    near: Near = None,
    radius: Radius = 50.0,
    source: Source = None,
) -> None:
    """Write a whole table for analysis elsewhere (columns: docs/columns.md); filters narrow events and mentions."""
    from eventwire.store.export_files import export_table
    from eventwire.store.store import Store

    try:
        query = event_filter(country=country, dyad=dyad, actor=actor, type=type, mode=mode, context=context,
                             quad=quad, status=status, min_confidence=min_confidence, date_from=date_from,
                             date_to=date_to, near=near, radius=radius, source=source)
        with Store(db, read_only=True) as store:
            if table in ("events", "links"):
                _warn_if_stale(store)
            result = export_table(store.connection, table, fmt, out, query)  # type: ignore[arg-type]
        err.print(f"wrote {result.rows} {table} rows to {result.path} ({fmt})")
    except EventwireError as exc:
        fail(exc)


def merge(
    db: DbOption = "eventwire.duckdb",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Merge reports of the same happening across articles again, with the current EVENTWIRE_MERGE_* settings."""
    from eventwire.store.store import Store

    try:
        with Store(db) as store:
            report = store.relink()
    except EventwireError as exc:
        fail(exc)
        return
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict()) + "\n")
    else:
        err.print(
            f"{report.mentions} event mentions -> {report.merged_events} events; {report.links} links "
            f"({report.compared} pairs compared) in {report.seconds:.2f} s"
        )


def register(app: typer.Typer) -> None:
    for command in (stats, changes, export, merge):
        app.command()(command)
