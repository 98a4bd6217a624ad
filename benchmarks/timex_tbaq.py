"""Measure eventwire.time on real annotated news: TimeBank + AQUAINT and the dev-articles gold.

Run from the project root:

    .venv/bin/python benchmarks/timex_tbaq.py [--show-errors 30] [--types DATE,TIME]
        [--near-future-days 14] [--near-future-months 2]

TimeBank/AQUAINT (``../shared/data/time/TBAQ-cleaned``): the document creation
time comes from each file's DCT TIMEX3; the gold answers are the TIMEX3 tags of
type DATE (with ``--types DATE,TIME`` also TIME: "8 p.m.", "midnight") in <TEXT>,
with their ``value``. Tags are stripped to rebuild the text
and the gold spans. Detection is scored by overlapping spans; value accuracy on
overlapping pairs, exactly and at the gold's own granularity (a gold "1998-08"
accepts a system "1998-08-07"). "In scope" gold values are calendar values
(YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, optionally with a time-of-day suffix);
quarters, seasons, decades, PRESENT_REF and the like are out of scope there but
count in the "exact" figure over all matched pairs.

Dev articles (``../shared/data/dev-articles/*.gold.json``): each article's
``published`` is the base; gold timexes have no offsets, so they are located by
their text and matched to system timexes that overlap an occurrence.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import importlib  # noqa: E402

# Not "import eventwire.time.normalise as ...": the package's ``normalise`` is the
# function of that name, and the windows below live in the module.
normalise_module = importlib.import_module("eventwire.time.normalise")
from eventwire.models import Timex  # noqa: E402
from eventwire.time import find_timexes  # noqa: E402

SHARED_DATA = ROOT.parent / "shared" / "data"
TBAQ_DIR = SHARED_DATA / "time" / "TBAQ-cleaned"
DEV_DIR = SHARED_DATA / "dev-articles"

CALENDAR_VALUE = re.compile(r"(\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?)(?:T.*)?")
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')

console = Console()


@dataclass(slots=True)
class GoldTimex:
    text: str
    start: int
    end: int
    value: str
    kind: str  # TIMEX3 type: DATE, TIME, DURATION, SET


@dataclass(slots=True)
class Document:
    name: str
    text: str
    published: date
    gold: list[GoldTimex]


@dataclass(slots=True)
class Score:
    """Counts for detection and value accuracy; ``errors`` keeps examples to show."""

    system: int = 0
    system_matched: int = 0
    system_on_other_types: int = 0  # system timexes overlapping a TIME/DURATION/SET tag only
    gold: int = 0
    gold_matched: int = 0
    gold_in_scope: int = 0
    gold_in_scope_matched: int = 0
    pairs: int = 0
    exact: int = 0
    at_granularity: int = 0
    pairs_in_scope: int = 0
    exact_in_scope: int = 0
    errors: list[str] = field(default_factory=list)
    misses: Counter[str] = field(default_factory=Counter)
    false_alarms: Counter[str] = field(default_factory=Counter)


# ---------------------------------------------------------------------- TimeML reading
def read_timeml(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if dct is None:
        raise ValueError(f"{path}: no DCT TIMEX3")
    published = date.fromisoformat(dict(ATTRIBUTE.findall(dct.group(1)))["value"][:10])
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, flags=re.S)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    text, gold = _strip_tags(body.group(1))
    return Document(path.name, text, published, gold)


def _strip_tags(markup: str) -> tuple[str, list[GoldTimex]]:
    """The plain text and the TIMEX3 spans in it (entities unescaped so offsets index the text)."""
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    position = 0
    for tag in TAG.finditer(markup):
        chunk = html.unescape(markup[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(ATTRIBUTE.findall(tag.group(3))))
        elif open_timex is not None:
            start, attributes = open_timex
            text = "".join(pieces)[start:length]
            gold.append(GoldTimex(text, start, length, attributes.get("value", ""), attributes.get("type", "")))
            open_timex = None
    pieces.append(html.unescape(markup[position:]))
    return "".join(pieces), gold


# ---------------------------------------------------------------------- scoring
def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def in_scope(gold_value: str) -> bool:
    return CALENDAR_VALUE.fullmatch(gold_value) is not None


def same_at_granularity(system_value: str, gold_value: str) -> bool:
    """Whether the system value says the gold value at the gold's precision."""
    if system_value == gold_value:
        return True  # also for values outside the calendar forms ("1988-Q3", "199")
    found = CALENDAR_VALUE.fullmatch(gold_value)
    if found is None:
        return False
    gold = found.group(1)
    if "-W" in gold:
        if len(system_value) == 10:
            iso = date.fromisoformat(system_value).isocalendar()
            system_value = f"{iso.year:04d}-W{iso.week:02d}"
        return system_value == gold
    if "-W" in system_value or len(system_value) < len(gold):
        return False
    return system_value[: len(gold)] == gold


def score_pair(score: Score, system: Timex, gold_text: str, gold_value: str, where: str) -> None:
    score.pairs += 1
    score.exact += system.value == gold_value
    score.at_granularity += same_at_granularity(system.value, gold_value)
    if in_scope(gold_value):
        score.pairs_in_scope += 1
        score.exact_in_scope += system.value == gold_value
    if system.value != gold_value:
        score.errors.append(f"{where}: {gold_text!r} gold {gold_value} | system {system.text!r} {system.value}")


def score_tbaq(documents: list[Document], score: Score, kinds: frozenset[str] = frozenset({"DATE"})) -> None:
    """Score the gold TIMEX3 tags whose type is in ``kinds`` (DATE, or DATE and TIME)."""
    for doc in track(documents, description="TimeBank/AQUAINT", console=console):
        system = find_timexes(doc.text, datetime.combine(doc.published, datetime.min.time()))
        dates = [g for g in doc.gold if g.kind in kinds]
        others = [g for g in doc.gold if g.kind not in kinds]
        score.system += len(system)
        for timex in system:
            if any(overlaps(timex.start, timex.end, g.start, g.end) for g in dates):
                score.system_matched += 1
            elif any(overlaps(timex.start, timex.end, g.start, g.end) for g in others):
                score.system_on_other_types += 1
            else:
                score.false_alarms[timex.text] += 1
        for gold in dates:
            score.gold += 1
            scoped = in_scope(gold.value)
            score.gold_in_scope += scoped
            hits = [t for t in system if overlaps(t.start, t.end, gold.start, gold.end)]
            if not hits:
                if scoped:
                    score.misses[gold.text] += 1
                continue
            score.gold_matched += 1
            score.gold_in_scope_matched += scoped
            best = max(hits, key=lambda t: min(t.end, gold.end) - max(t.start, gold.start))
            score_pair(score, best, gold.text, gold.value, f"{doc.name} ({doc.published})")


def score_dev(folder: Path, score: Score) -> int:
    """Score the dev-articles gold; returns how many gold timexes could not be found in the text."""
    unlocated = 0
    for gold_path in track(sorted(folder.glob("*.gold.json")), description="dev articles", console=console):
        article = json.loads(gold_path.with_name(gold_path.name.replace(".gold.json", ".json")).read_text("utf-8"))
        gold_timexes = json.loads(gold_path.read_text("utf-8")).get("timexes", [])
        text = article["text"]
        system = find_timexes(text, datetime.fromisoformat(article["published"]))
        gold_spans = [(g, _occurrences(text, g["text"])) for g in gold_timexes]
        score.system += len(system)
        for timex in system:
            hit = any(overlaps(timex.start, timex.end, s, e) for _, spans in gold_spans for s, e in spans)
            score.system_matched += hit
            if not hit:
                score.false_alarms[timex.text] += 1
        used: set[int] = set()
        for gold, spans in gold_spans:
            score.gold += 1
            scoped = gold.get("precision") in ("day", "month", "year", "week")
            score.gold_in_scope += scoped
            if not spans:
                unlocated += 1
                continue
            match = next(
                (
                    t
                    for s, e in spans
                    for t in system
                    if id(t) not in used and overlaps(t.start, t.end, s, e)
                ),
                None,
            )
            if match is None:
                if scoped:
                    score.misses[gold["text"]] += 1
                continue
            used.add(id(match))
            score.gold_matched += 1
            score.gold_in_scope_matched += scoped
            score_pair(score, match, gold["text"], gold["value"], f"{article['doc_id']} ({article['published']})")
    return unlocated


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
    if not spans:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, flags=re.I)]
    return spans


# ---------------------------------------------------------------------- report
def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def f1(precision_part: int, precision_whole: int, recall_part: int, recall_whole: int) -> str:
    if not precision_whole or not recall_whole:
        return "n/a"
    p, r = precision_part / precision_whole, recall_part / recall_whole
    return f"{2 * p * r / (p + r):.3f}" if p + r else "0.000"


def report(title: str, score: Score, show_errors: int) -> None:
    table = Table(title=title)
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("counts", justify="right")
    table.add_row("detection precision", ratio(score.system_matched, score.system), f"{score.system_matched}/{score.system}")
    table.add_row("detection recall (all gold)", ratio(score.gold_matched, score.gold), f"{score.gold_matched}/{score.gold}")
    table.add_row("detection F1 (all gold)", f1(score.system_matched, score.system, score.gold_matched, score.gold), "")
    table.add_row(
        "detection recall (in-scope gold)",
        ratio(score.gold_in_scope_matched, score.gold_in_scope),
        f"{score.gold_in_scope_matched}/{score.gold_in_scope}",
    )
    table.add_row(
        "detection F1 (in-scope gold)",
        f1(score.system_matched, score.system, score.gold_in_scope_matched, score.gold_in_scope),
        "",
    )
    if score.system_on_other_types:
        table.add_row("system on TIME/DURATION/SET gold only", "", str(score.system_on_other_types))
    table.add_row("value accuracy, exact", ratio(score.exact, score.pairs), f"{score.exact}/{score.pairs}")
    table.add_row(
        "value accuracy, gold granularity", ratio(score.at_granularity, score.pairs), f"{score.at_granularity}/{score.pairs}"
    )
    table.add_row(
        "value accuracy, exact, in-scope gold",
        ratio(score.exact_in_scope, score.pairs_in_scope),
        f"{score.exact_in_scope}/{score.pairs_in_scope}",
    )
    console.print(table)
    if show_errors:
        console.print(f"[bold]{title}: value errors[/bold]")
        for line in score.errors[:show_errors]:
            console.print("  " + line, markup=False)
        console.print(f"[bold]{title}: most missed in-scope gold[/bold] {score.misses.most_common(show_errors)}", markup=False)
        console.print(f"[bold]{title}: most frequent false alarms[/bold] {score.false_alarms.most_common(show_errors)}", markup=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tbaq", type=Path, default=TBAQ_DIR, help="TBAQ-cleaned folder")
    parser.add_argument("--dev", type=Path, default=DEV_DIR, help="dev-articles folder")
    parser.add_argument("--show-errors", type=int, default=0, help="print this many value errors, misses, false alarms")
    parser.add_argument(
        "--near-future-days",
        type=int,
        default=None,
        help="override eventwire.time.normalise.NEAR_FUTURE_DAYS to measure another window",
    )
    parser.add_argument(
        "--near-future-months",
        type=int,
        default=None,
        help="override eventwire.time.normalise.NEAR_FUTURE_MONTHS to measure another window",
    )
    parser.add_argument(
        "--types",
        default="DATE",
        help="gold TIMEX3 types to score, comma-separated: DATE (default) or DATE,TIME (clock times too)",
    )
    args = parser.parse_args()
    if args.near_future_days is not None:
        normalise_module.NEAR_FUTURE_DAYS = args.near_future_days
    if args.near_future_months is not None:
        normalise_module.NEAR_FUTURE_MONTHS = args.near_future_months
    if not args.tbaq.is_dir() and not args.dev.is_dir():
        console.print(f"no data: neither {args.tbaq} nor {args.dev} exists (they live in ../shared/data)")
        return 2
    if args.tbaq.is_dir():
        # testpipeline/ repeats a TimeBank file: count each document once.
        files = {path.name: path for path in sorted(args.tbaq.glob("*/*.tml"), reverse=True)}
        documents = [read_timeml(path) for _, path in sorted(files.items())]
        kinds = frozenset(kind.strip().upper() for kind in args.types.split(",") if kind.strip())
        tbaq = Score()
        score_tbaq(documents, tbaq, kinds)
        title = f"TimeBank + AQUAINT ({len(documents)} documents, gold TIMEX3 type {'/'.join(sorted(kinds))})"
        report(title, tbaq, args.show_errors)
    else:
        console.print(f"skipped TimeBank/AQUAINT: {args.tbaq} not found")
    if args.dev.is_dir():
        dev = Score()
        unlocated = score_dev(args.dev, dev)
        report(f"dev-articles gold ({unlocated} gold texts not found in the article text)", dev, args.show_errors)
    else:
        console.print(f"skipped dev articles: {args.dev} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
