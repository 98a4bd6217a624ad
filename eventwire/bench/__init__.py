"""``eventwire bench``: the pipeline's throughput against bare spaCy, in one run."""

from eventwire.bench.runs import BenchReport, EngineRun, run_bench

__all__ = ["BenchReport", "EngineRun", "run_bench"]
