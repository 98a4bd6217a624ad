"""``eventwire bench``: throughput against bare spaCy, in one run (a thin layer over eventwire.bench)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.bench import BenchReport

SHARED_CORPUS = Path("../shared/data/news/te3-silver-wires.jsonl")
SAMPLES = Path("samples")


def bench(
    corpus: Annotated[Path | None, typer.Option(help="JSONL file or folder of articles (default: the shared wires corpus when present, else samples/).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Code at most this many articles.")] = 300,
    processes: Annotated[str, typer.Option(help="Process counts to run, comma-separated.")] = "1,2",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Time the whole pipeline and bare spaCy (same model, same texts) in 1 and 2 processes."""
    from eventwire.bench import run_bench
    from eventwire.bench.runs import load_articles

    console = Console(stderr=True)
    chosen = corpus or (SHARED_CORPUS if SHARED_CORPUS.exists() else SAMPLES)
    try:
        counts = sorted({int(n) for n in processes.split(",") if n.strip()})
        if not counts or counts[0] < 1:
            raise ValueError(processes)
    except ValueError:
        console.print(f"[red]--processes {processes!r}: expected positive whole numbers such as 1,2")
        raise typer.Exit(2) from None
    try:
        articles = load_articles(chosen, limit)
        with console.status(f"coding {len(articles)} articles of {chosen} with bare spaCy and eventwire, in {counts} processes"):
            report = run_bench(articles, str(chosen), counts if 1 in counts else [1, *counts])
    except EventwireError as exc:
        console.print(f"[red]{exc}")
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        _print(report)


def _print(report: BenchReport) -> None:
    out = Console()
    runs = Table(title=f"throughput on {report.corpus}")
    for column in ("engine", "processes", "articles", "words", "seconds", "articles/s", "words/s", "peak MB/worker"):
        runs.add_column(column, justify="left" if column == "engine" else "right")
    for r in report.runs:
        runs.add_row(r.engine, str(r.processes), str(r.articles), f"{r.words:,}", f"{r.seconds:.1f}",
                     f"{r.articles_per_second:.2f}", f"{r.words_per_second:,.0f}", f"{r.peak_rss_mb:,.0f}")
    out.print(runs)
    figures = report.as_dict()
    for processes, ratio in figures["ratio_to_spacy"].items():
        out.print(f"eventwire / bare spaCy throughput, {processes} process(es): [bold]{ratio:.2f}[/bold]")
    for processes, speedup in figures["speedup"].items():
        out.print(f"eventwire speed-up, {processes} processes over 1: [bold]{speedup:.2f}[/bold]")
    one = report.run("eventwire", 1)
    total = sum(one.stage_seconds.values()) or 1.0
    stages = Table(title="eventwire stages, 1 process")
    stages.add_column("stage")
    stages.add_column("seconds", justify="right")
    stages.add_column("share", justify="right")
    for name, seconds in sorted(one.stage_seconds.items(), key=lambda kv: -kv[1]):
        stages.add_row(name, f"{seconds:.2f}", f"{seconds / total:.0%}")
    out.print(stages)
