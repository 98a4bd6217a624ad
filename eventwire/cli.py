"""The eventwire command line: a thin layer over the library (runner, store, evaluate)."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from eventwire import cli_monitor
from eventwire import cli_store as cs
from eventwire.cli_actors import actors_app
from eventwire.cli_bench import bench
from eventwire.cli_serve import serve
from eventwire.errors import EventwireError

app = typer.Typer(
    help="eventwire: news reports in, event data out (PLOVER/CAMEO events, statements, times, places).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="The DuckDB file of the store.", envvar="EVENTWIRE_DB")]
OutOption = Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of the terminal (needed for parquet).")]


def _fail(exc: EventwireError) -> None:
    err.print(f"[red]error:[/] {exc}")
    raise typer.Exit(2)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for standard input.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, json or table.")] = "jsonl",
) -> None:
    """Code articles and print events, quotes, time expressions and places (nothing is stored)."""
    from eventwire.output import FORMATS, write_results
    from eventwire.runner import extract as run_extract

    if fmt not in FORMATS:
        err.print(f"[red]error:[/] --format {fmt!r}: choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    try:
        rejected = write_results(run_extract(paths), fmt, sys.stdout, err)
    except EventwireError as exc:
        _fail(exc)
        return
    if rejected:
        err.print(f"{rejected} input(s) rejected (see the reasons above)")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for standard input.")],
    db: DbOption = "eventwire.duckdb",
    engine: Annotated[str, typer.Option(help="local, or ray for JSON Lines archives (docs/performance.md).")] = "local",
    address: Annotated[Optional[str], typer.Option(help="With --engine ray: the cluster to join (default: start a local Ray).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="With --engine ray: coding actors, one pipeline each.")] = 2,
) -> None:
    """Code articles and store them; re-ingesting the same input changes nothing."""
    from eventwire.runner import ingest as run_ingest
    from eventwire.runner import ingest_with_ray

    if engine not in ("local", "ray"):
        err.print(f"[red]--engine {engine!r}: expected local or ray")
        raise typer.Exit(2)
    try:
        counts = run_ingest(paths, db) if engine == "local" else ingest_with_ray(paths, db, address, workers)
    except EventwireError as exc:
        _fail(exc)
        return
    err.print(
        f"stored in {db}: {counts['inserted']} new, {counts['replaced']} updated, "
        f"{counts['unchanged']} unchanged, {counts['rejected']} rejected"
    )


@app.command()
def events(
    db: DbOption = "eventwire.duckdb",
    country: cs.Country = None,
    dyad: cs.Dyad = None,
    actor: cs.ActorName = None,
    type: cs.EventType = None,
    mode: cs.Mode = None,
    context: cs.Context = None,
    quad: cs.Quad = None,
    status: cs.Status = "asserted",
    min_confidence: cs.MinConfidence = None,
    date_from: cs.DateFrom = None,
    date_to: cs.DateTo = None,
    near: cs.Near = None,
    radius: cs.Radius = 50.0,
    source: cs.Source = None,
    doc: cs.Doc = None,
    merged: Annotated[bool, typer.Option("--merged", help="One row per happening, merged across articles, with report counts.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    out: OutOption = None,
) -> None:
    """List stored events: each article's reports, or with --merged the happenings behind them."""
    from eventwire.store.queries import TABLE_COLUMNS
    from eventwire.store.store import Store

    try:
        query = cs.event_filter(country=country, dyad=dyad, actor=actor, type=type, mode=mode, context=context,
                                quad=quad, status=status, min_confidence=min_confidence, date_from=date_from,
                                date_to=date_to, near=near, radius=radius, source=source, doc=doc, limit=limit)
        with Store(db, read_only=True) as store:
            rows = store.merged_events(query) if merged else store.events(query)
        _render(rows, fmt, out, TABLE_COLUMNS["merged" if merged else "events"])
    except EventwireError as exc:
        _fail(exc)


@app.command()
def quotes(
    db: DbOption = "eventwire.duckdb",
    speaker: Annotated[Optional[str], typer.Option(help="Part of the speaker's name.")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO3 code of the speaker.")] = None,
    doc: Annotated[Optional[str], typer.Option(help="Only this article.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    out: OutOption = None,
) -> None:
    """List stored statements with their speakers."""
    from eventwire.store.queries import TABLE_COLUMNS, QuoteFilter
    from eventwire.store.store import Store

    try:
        query = QuoteFilter(speaker=speaker, country=country.upper() if country else None, doc_id=doc, limit=limit)
        with Store(db, read_only=True) as store:
            rows = store.quotes(query)
        _render(rows, fmt, out, TABLE_COLUMNS["quotes"])
    except EventwireError as exc:
        _fail(exc)


def _render(rows: Sequence[Mapping[str, Any]], fmt: str, out: Path | None, table_columns: Sequence[str]) -> None:
    from eventwire.store.export import render_rows

    columns = table_columns if fmt == "table" else None
    text = render_rows(rows, fmt, out=out, console=Console(width=200) if fmt == "table" else None, columns=columns)
    if text is not None:
        sys.stdout.write(text)
    if not rows:
        err.print("no rows match (is the store empty? run `eventwire ingest PATH` first)")


@app.command(name="eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="A folder of <id>.json articles with <id>.gold.json answers.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score eventwire against hand-checked gold answers."""
    from eventwire.runner import evaluate as run_evaluate

    try:
        report = run_evaluate(folder)
    except EventwireError as exc:
        _fail(exc)
        return
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=1) + "\n")
    else:
        report.render(Console())


@app.command()
def doctor() -> None:
    """Check the install: model, knowledge base, store, versions; print the fix for what is wrong."""
    from eventwire.doctor import run_checks

    problems = 0
    for check in run_checks():
        mark = "[green]ok[/]" if check.ok else "[red]FAIL[/]"
        Console().print(f"{mark}  {check.name}: {check.detail}")
        if not check.ok:
            problems += 1
            Console().print(f"      fix: {check.fix}")
    if problems:
        raise typer.Exit(1)


# Commands that live in their own modules, listed after the core ones above.
cs.register(app)
app.command()(serve)
app.command()(cli_monitor.watch)
app.command()(cli_monitor.alerts)
app.command()(bench)
app.add_typer(actors_app, name="actors")


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
