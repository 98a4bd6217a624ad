"""Library entry points behind the CLI: extract, ingest, evaluate.

Each shows progress with rich on stderr when asked, and never loses what is stored:
an article that fails is recorded as rejected, with its reason, and the run goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from eventwire.ingest import read_inputs
from eventwire.ingest.identity import content_hash
from eventwire.models import Article, ArticleResult, Rejected
from eventwire.pipeline import Pipeline, default_pipeline
from eventwire.settings import Settings


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    )


def extract(
    paths: Sequence[str], stdin: TextIO | None = None, pipeline: Pipeline | None = None, console: Console | None = None
) -> Iterator[ArticleResult | Rejected]:
    """Read every input and code each article (in batches); rejected inputs come
    through as Rejected, in input order."""
    items = read_inputs(paths, stdin=stdin if stdin is not None else sys.stdin)
    yield from _coded(items, pipeline or default_pipeline(), console or Console(stderr=True))


def _coded(items: Iterable[Article | Rejected], pipeline: Pipeline, console: Console) -> Iterator[ArticleResult | Rejected]:
    with _progress(console) as progress:
        task = progress.add_task("coding articles", total=None)
        for outcome in pipeline.process_many(items):
            progress.update(task, description=f"coded {_name(outcome)[:40]}")
            progress.advance(task)
            yield outcome


def _name(outcome: ArticleResult | Rejected) -> str:
    return outcome.article.doc_id if isinstance(outcome, ArticleResult) else outcome.source


def ingest(paths: Sequence[str], db: str, stdin: TextIO | None = None, console: Console | None = None) -> dict[str, int]:
    """Extract and store; returns counts by outcome (inserted, replaced, unchanged, rejected)."""
    from eventwire.store.store import Store

    counts = {"inserted": 0, "replaced": 0, "unchanged": 0, "rejected": 0}
    version = Settings.from_env().pipeline_version()
    with Store(db) as store:

        def changed(items: Iterable[Article | Rejected]) -> Iterator[Article | Rejected]:
            # an article stored with the same content and pipeline version is not coded again
            for item in items:
                if isinstance(item, Article) and store.is_unchanged(item.doc_id, content_hash(item), version):
                    counts["unchanged"] += 1
                else:
                    yield item

        items = changed(read_inputs(paths, stdin=stdin if stdin is not None else sys.stdin))
        for item in _coded(items, default_pipeline(), console or Console(stderr=True)):
            if isinstance(item, Rejected):
                store.record_rejected(item)
                counts["rejected"] += 1
                continue
            outcome = store.write(item, content_hash(item.article), version)
            counts[outcome] += 1
    return counts


def ingest_with_ray(paths: Sequence[str], db: str, address: str | None = None, workers: int = 2,
                    console: Console | None = None, chunk_bytes: int | None = None) -> dict[str, int]:
    """Code JSON Lines archives on Ray (eventwire.scale.ray_engine), then store the results
    from this process, as ``ingest`` would have; counts by outcome."""
    import tempfile

    from eventwire.scale.ray_engine import CHUNK_BYTES, code_archive, coded_outcomes
    from eventwire.store.store import Store

    console = console or Console(stderr=True)
    counts = {"inserted": 0, "replaced": 0, "unchanged": 0, "rejected": 0}
    version = Settings.from_env().pipeline_version()
    with tempfile.TemporaryDirectory(prefix="eventwire-ray-") as parts:
        with console.status(f"coding {len(paths)} archive(s) on Ray with {workers} workers"):
            code_archive([Path(p) for p in paths], Path(parts) / "coded", address=address, workers=workers,
                         chunk_bytes=chunk_bytes or CHUNK_BYTES)
        with Store(db) as store, _progress(console) as progress:
            task = progress.add_task("storing", total=None)
            for outcome, digest in coded_outcomes(Path(parts) / "coded"):
                if isinstance(outcome, Rejected):
                    store.record_rejected(outcome)
                    counts["rejected"] += 1
                else:
                    counts[store.write(outcome, digest, version)] += 1
                progress.advance(task)
    return counts


def evaluate(folder: Path, pipeline: Pipeline | None = None, console: Console | None = None):  # type: ignore[no-untyped-def]
    """Run the pipeline over every article of a gold folder and score it."""
    from eventwire.evaluate import load_gold_folder, score_documents
    from eventwire.ingest import parse_record

    pipeline = pipeline or default_pipeline(Settings.from_env())
    console = console or Console(stderr=True)
    pairs = load_gold_folder(folder)
    scored: list[tuple[dict, dict]] = []
    articles = [parse_record(record, str(folder / f"{record.get('doc_id', '')}.json")) for record, _ in pairs]
    with _progress(console) as progress:
        task = progress.add_task("evaluating", total=len(pairs))
        for article, (_, gold), result in zip(articles, pairs, pipeline.process_many(articles), strict=True):
            output = result.to_dict() if isinstance(result, ArticleResult) else {"doc_id": article.doc_id, "events": [], "quotes": [], "timexes": [], "places": [], "rejected": result.reason}
            scored.append((output, gold))
            progress.advance(task)
    return score_documents(scored)


def results_only(items: Iterable[ArticleResult | Rejected]) -> Iterator[ArticleResult]:
    for item in items:
        if isinstance(item, ArticleResult):
            yield item
