"""The eventwire command line: a thin layer over the library (runner, store, evaluate)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from eventwire.cli_actors import actors_app
from eventwire.errors import EventwireError

app = typer.Typer(
    help="eventwire: news reports in, event data out (PLOVER/CAMEO events, statements, times, places).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)
app.add_typer(actors_app, name="actors")

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
) -> None:
    """Code articles and store them; re-ingesting the same input changes nothing."""
    from eventwire.runner import ingest as run_ingest

    try:
        counts = run_ingest(paths, db)
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
    country: Annotated[Optional[str], typer.Option(help="ISO3 code of any participant.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Part of a participant's name.")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, e.g. ASSAULT.")] = None,
    status: Annotated[str, typer.Option(help="asserted, future, hypothetical, negated or any.")] = "asserted",
    date_from: Annotated[Optional[str], typer.Option("--from", help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Latest event date (YYYY[-MM[-DD]]).")] = None,
    doc: Annotated[Optional[str], typer.Option(help="Only this article.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, jsonl or parquet.")] = "table",
    out: OutOption = None,
) -> None:
    """List stored events."""
    from eventwire.store.export import render_rows
    from eventwire.store.queries import TABLE_COLUMNS, EventFilter
    from eventwire.store.store import Store

    try:
        query = EventFilter(country=country.upper() if country else None, actor=actor, type=type.upper() if type else None,
                            status=status, date_from=date_from, date_to=date_to, doc_id=doc, limit=limit)
        with Store(db, read_only=True) as store:
            rows = store.events(query)
        _render(rows, fmt, out, TABLE_COLUMNS["events"], render_rows)
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
    from eventwire.store.export import render_rows
    from eventwire.store.queries import TABLE_COLUMNS, QuoteFilter
    from eventwire.store.store import Store

    try:
        query = QuoteFilter(speaker=speaker, country=country.upper() if country else None, doc_id=doc, limit=limit)
        with Store(db, read_only=True) as store:
            rows = store.quotes(query)
        _render(rows, fmt, out, TABLE_COLUMNS["quotes"], render_rows)
    except EventwireError as exc:
        _fail(exc)


def _render(rows, fmt, out, table_columns, render_rows) -> None:  # type: ignore[no-untyped-def]
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


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
