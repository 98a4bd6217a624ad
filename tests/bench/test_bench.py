"""The bench harness: figures computed right, and a real run in worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.bench import BenchReport, EngineRun, run_bench
from eventwire.bench.runs import load_articles
from eventwire.errors import InputError


def _run(engine: str, processes: int, seconds: float) -> EngineRun:
    return EngineRun(engine, processes, articles=10, words=1000, seconds=seconds, peak_rss_mb=300.0)


def test_ratio_and_speedup_compare_like_with_like() -> None:
    report = BenchReport("c", [_run("spacy", 1, 1.0), _run("eventwire", 1, 2.0), _run("spacy", 2, 0.5),
                               _run("eventwire", 2, 1.25)])
    assert report.ratio_to_spacy(1) == pytest.approx(0.5)
    assert report.ratio_to_spacy(2) == pytest.approx(0.4)
    assert report.speedup("eventwire", 2) == pytest.approx(1.6)
    figures = report.as_dict()
    assert figures["ratio_to_spacy"] == {"1": 0.5, "2": 0.4} and figures["speedup"] == {"2": 1.6}


def test_a_corpus_without_articles_names_the_fix(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", "utf-8")
    with pytest.raises(InputError, match="--corpus"):
        load_articles(empty, 5)


def test_a_real_run_times_both_engines_in_worker_processes() -> None:
    articles = load_articles(Path("samples"), 2)
    report = run_bench(articles, "samples", process_counts=(1,))
    spacy_run, eventwire_run = report.run("spacy", 1), report.run("eventwire", 1)
    assert spacy_run.words == eventwire_run.words > 0
    assert eventwire_run.stage_seconds["analyse"] > 0 and "events" in eventwire_run.stage_seconds
    assert 0 < eventwire_run.peak_rss_mb < 4096 and report.ratio_to_spacy(1) > 0
