"""Timing eventwire and bare spaCy over the same texts, in one and in several processes.

Each engine runs in worker processes that load their models first and then wait at a
barrier, so the clock measures coding, not loading. The same articles are split
evenly between the workers. Peak memory is each worker's own resident set.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest import read_inputs
from eventwire.models import Article

BARE_BATCH_SIZE = 16
_START_TIMEOUT_S = 600


@dataclass(frozen=True, slots=True)
class EngineRun:
    engine: str  # "eventwire" or "spacy"
    processes: int
    articles: int
    words: int
    seconds: float
    peak_rss_mb: float  # the largest worker's peak resident memory
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class BenchReport:
    corpus: str
    runs: list[EngineRun]

    def run(self, engine: str, processes: int) -> EngineRun:
        return next(r for r in self.runs if r.engine == engine and r.processes == processes)

    def ratio_to_spacy(self, processes: int = 1) -> float:
        """eventwire's throughput over bare spaCy's, same texts, same process count."""
        return self.run("eventwire", processes).words_per_second / self.run("spacy", processes).words_per_second

    def speedup(self, engine: str, processes: int) -> float:
        return self.run(engine, processes).words_per_second / self.run(engine, 1).words_per_second

    def as_dict(self) -> dict[str, Any]:
        counts = sorted({r.processes for r in self.runs})
        return {
            "corpus": self.corpus,
            "runs": [{"engine": r.engine, "processes": r.processes, "articles": r.articles, "words": r.words,
                      "seconds": round(r.seconds, 3), "words_per_second": round(r.words_per_second, 1),
                      "articles_per_second": round(r.articles_per_second, 2), "peak_rss_mb": round(r.peak_rss_mb, 1),
                      "stage_seconds": {k: round(v, 3) for k, v in r.stage_seconds.items()}} for r in self.runs],
            "ratio_to_spacy": {str(n): round(self.ratio_to_spacy(n), 3) for n in counts},
            "speedup": {str(n): round(self.speedup("eventwire", n), 3) for n in counts if n > 1},
        }


def load_articles(corpus: Path, limit: int) -> list[Article]:
    """The first ``limit`` readable articles of a file or folder."""
    articles = list(islice((item for item in read_inputs([str(corpus)]) if isinstance(item, Article)), limit))
    if not articles:
        raise InputError(str(corpus), "holds no readable article. Fix: point --corpus at a JSONL file or a folder of articles.")
    return articles


def run_bench(articles: Sequence[Article], corpus: str, process_counts: Sequence[int] = (1, 2)) -> BenchReport:
    runs = [_run(engine, list(articles), processes) for processes in process_counts for engine in ("spacy", "eventwire")]
    return BenchReport(corpus, runs)


def _run(engine: str, articles: list[Article], processes: int) -> EngineRun:
    context = mp.get_context("spawn")  # a fresh interpreter per worker: no model inherited from the parent
    barrier = context.Barrier(processes + 1)
    results = context.Queue()
    shares = [articles[i::processes] for i in range(processes)]
    workers = [context.Process(target=_worker, args=(engine, share, barrier, results), daemon=True) for share in shares]
    for worker in workers:
        worker.start()
    try:
        barrier.wait(timeout=_START_TIMEOUT_S)
    except threading.BrokenBarrierError:
        pass  # a worker failed while loading; its report says why
    started = time.perf_counter()
    reports = [results.get(timeout=_START_TIMEOUT_S * 10) for _ in workers]
    seconds = time.perf_counter() - started
    for worker in workers:
        worker.join()
    failed = [r["error"] for r in reports if "error" in r]
    if failed:
        raise RuntimeError(f"bench worker for {engine} failed: {failed[0]}")
    stages: Counter[str] = Counter()
    for report in reports:
        stages.update(report["stage_seconds"])
    return EngineRun(engine, processes, len(articles), sum(_words(a) for a in articles), seconds,
                     max(r["peak_rss_mb"] for r in reports), dict(stages))


def _worker(engine: str, articles: list[Article], barrier: Any, results: Any) -> None:
    try:
        code = _prepare(engine)
        barrier.wait()
        stage_seconds = code(articles)
        results.put({"stage_seconds": stage_seconds, "peak_rss_mb": _peak_rss_mb()})
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which raises
        try:
            barrier.abort()
        finally:
            results.put({"error": f"{type(exc).__name__}: {exc}"})


def _prepare(engine: str) -> Any:
    if engine == "spacy":
        import spacy

        from eventwire.nlp.model import MODEL_NAME

        nlp = spacy.load(MODEL_NAME)

        def bare(articles: list[Article]) -> dict[str, float]:
            for _ in nlp.pipe((a.text for a in articles), batch_size=BARE_BATCH_SIZE):
                pass
            return {}

        return bare
    from eventwire.pipeline import default_pipeline

    pipeline = default_pipeline()
    pipeline.process(Article(doc_id="warm-up", text="Officials met in Geneva on Monday.", published="2021-01-18"))
    pipeline.stage_seconds.clear()

    def full(articles: list[Article]) -> dict[str, float]:
        for _ in pipeline.process_many(articles):
            pass
        return dict(pipeline.stage_seconds)

    return full


def _words(article: Article) -> int:
    return len(article.text.split())


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
