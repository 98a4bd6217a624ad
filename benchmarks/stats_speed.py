"""How fast the store answers `eventwire stats --by dyad --per month` on the news corpus.

    .venv/bin/python benchmarks/stats_speed.py [--db STORE.duckdb] [--data FILE.jsonl] [--repeat 20]

Uses the store at ``--db`` when it holds articles; otherwise builds it by
ingesting ``../shared/data/news/te3-silver-wires.jsonl`` (2,416 wires, about 4
minutes on one core) and reports the ingest and merge times. Then, in the same
run and on the same store, it times:

- the stats query (``eventwire.store.stats.stats``), median of ``--repeat`` runs;
- a baseline: a plain ``SELECT count(*) FROM merged_events`` (the floor any query pays);
- the same aggregation in pandas over the merged events read into a DataFrame;
- the whole command, ``eventwire stats --by dyad --per month`` in a fresh process
  (start-up, opening the store, the query, printing), which the issue wants under a second.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.store import Store  # noqa: E402
from eventwire.store.stats import stats  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "te3-silver-wires.jsonl"


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def build(db: Path, data: Path) -> None:
    from rich.console import Console

    from eventwire.runner import ingest

    if not data.is_file():
        sys.exit(f"no store at {db} and no corpus at {data} (it lives in ../shared beside the project); give --db")
    started = time.perf_counter()
    counts = ingest([str(data)], str(db), console=Console(stderr=True))
    print(f"ingest: {counts['inserted']} articles in {time.perf_counter() - started:.1f} s (merging included)")
    with Store(db) as store:
        report = store.relink()
    print(f"merge again: {report.mentions} mentions -> {report.merged_events} events, "
          f"{report.links} links, {report.compared} pairs compared, {report.seconds:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="a store of the corpus (built there when missing or empty)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the corpus JSONL to ingest when building")
    parser.add_argument("--repeat", type=int, default=20, help="runs per timing (the median is shown)")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "corpus.duckdb"
    empty = not db.exists()
    if not empty:
        with Store(db, read_only=True) as store:
            empty = store.counts()["articles"] == 0
    if empty:
        build(db, args.data)

    with Store(db, read_only=True) as store:
        con = store.connection
        counts = store.counts()
        print(f"store: {counts['articles']} articles, {counts['events']} event mentions, "
              f"{counts['merged_events']} merged events")
        query = median_seconds(lambda: stats(con, by=["dyad"], per="month"), args.repeat)
        groups = len(stats(con, by=["dyad"], per="month"))
        baseline = median_seconds(lambda: con.execute("SELECT count(*) FROM merged_events").fetchone(), args.repeat)
        frame = con.execute(
            "SELECT actor_country, recipient_country, strftime(date_start, '%Y-%m') AS period, mentions, score"
            " FROM merged_events WHERE status = 'asserted' AND date_start IS NOT NULL"
        ).df()
        in_pandas = median_seconds(
            lambda: frame.groupby(["actor_country", "recipient_country", "period"]).agg(
                events=("score", "size"), reports=("mentions", "sum"), mean_score=("score", "mean")
            ),
            args.repeat,
        )
    command = [str(ROOT / ".venv" / "bin" / "eventwire"), "stats", "--db", str(db), "--by", "dyad", "--per",
               "month", "--format", "csv"]
    if not Path(command[0]).exists():
        command = [sys.executable, "-m", "eventwire.cli", *command[1:]]
    whole = median_seconds(lambda: subprocess.run(command, check=True, capture_output=True), max(3, args.repeat // 5))

    print(f"stats --by dyad --per month: {groups} rows, {query * 1000:.1f} ms (median of {args.repeat})")
    print(f"baseline count(*):           {baseline * 1000:.2f} ms  -> stats is {query / baseline:.1f}x the baseline")
    print(f"same aggregation in pandas:  {in_pandas * 1000:.1f} ms (data already in memory) -> "
          f"stats is {query / in_pandas:.2f}x pandas")
    print(f"whole command in a new process: {whole:.2f} s ({'under' if whole < 1 else 'OVER'} a second)")


if __name__ == "__main__":
    main()
