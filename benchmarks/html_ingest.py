"""How well the HTML reader recovers article bodies.

Reads the pages in ../shared/data/html/pages/*.html.gz (relative to the project
root) with eventwire's reader (``eventwire.ingest.read_file``) and compares the body with the
hand-made ground truth (../shared/data/html/ground-truth.json) by token-level
precision, recall and F1 (bags of lowercase word tokens), printing per-page and
mean figures plus the time per page.

    .venv/bin/python benchmarks/html_ingest.py [--pages DIR] [--truth FILE] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.ingest import read_file
from eventwire.models import Article, Rejected

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data" / "html"
_TOKEN = re.compile(r"\w+")


def token_scores(predicted: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the bag of word tokens."""
    guess, gold = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(truth.lower()))
    overlap = sum((guess & gold).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(guess.values()), overlap / sum(gold.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=DEFAULT_DATA / "pages")
    parser.add_argument("--truth", type=Path, default=DEFAULT_DATA / "ground-truth.json")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args(argv)
    if not args.truth.is_file():
        print(f"ground truth not found: {args.truth} (the dev data lives in ../shared beside the project)", file=sys.stderr)
        return 2
    truth = json.loads(args.truth.read_text("utf-8"))
    scores: list[tuple[float, float, float]] = []
    seconds: list[float] = []
    failures = 0
    for page_id, record in sorted(truth.items()):
        path = args.pages / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        started = time.perf_counter()
        # The same path a user's file takes: gzip, encoding detection, extraction.
        [result] = list(read_file(path))
        seconds.append(time.perf_counter() - started)
        body = result.text if isinstance(result, Article) else ""
        failures += isinstance(result, Rejected)
        scores.append(token_scores(body, record["articleBody"]))
        if not args.quiet:
            p, r, f = scores[-1]
            print(f"{page_id[:12]}  P={p:.3f} R={r:.3f} F1={f:.3f}  {record.get('url', '')[:70]}")
    if not scores:
        print("no pages scored", file=sys.stderr)
        return 2
    precision, recall, f1 = (statistics.mean(column) for column in zip(*scores))
    print(
        f"pages={len(scores)} no_body={failures} mean P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
        f"median F1={statistics.median(s[2] for s in scores):.3f} ms/page={1000 * statistics.mean(seconds):.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
