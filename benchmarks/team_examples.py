"""The whole pipeline on the team's own labelled sentences: does it code the type each was written for?

    .venv/bin/python benchmarks/team_examples.py [--misses N] [--type T] [--json]

Reads ``eventwire/events/data/examples/*.tsv``: sentences the project wrote itself, one
file per PLOVER type plus ``none.tsv`` (see that folder's README). They train the
event-type classifier, so the classifier's fallback has seen them; the lexicon and the
argument rules have not been fitted to them, which makes them a wide, shippable check of
coverage: some sixteen hundred wordings of every kind of event, in domains the dev data
barely touches. Each sentence runs through the standard pipeline as a one-sentence
article; a typed sentence counts as found when some event (any status) has its type, a
``none.tsv`` sentence when no event is coded at all.

A few files follow conventions the lexicon does not (``docs/plover-conventions.md``):
sentencing and expulsions are SANCTION there and COERCE in the lexicon, as the CAMEO
crosswalk and PLV code them. Those rows stay misses here on purpose; read the per-type
figures with that in mind. ``--misses N`` prints N missed sentences of each type (or of
``--type T``) with the events coded instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.errors import EventwireError
from eventwire.ingest import parse_record
from eventwire.pipeline import Pipeline, default_pipeline

EXAMPLES = ROOT / "eventwire" / "events" / "data" / "examples"
NO_EVENT = "NONE"


@dataclass
class Outcome:
    gold: str
    sentence: str
    coded: list[str] = field(default_factory=list)  # "TYPE/status" of every event

    @property
    def found(self) -> bool:
        types = [c.split("/")[0] for c in self.coded]
        return not types if self.gold == NO_EVENT else self.gold in types


def read_examples(folder: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentence = line.partition("\t")[0].strip()
            if sentence:
                rows.append((path.stem.upper(), sentence))
    if not rows:
        raise EventwireError(f"{folder}: no example files (*.tsv); is this an eventwire checkout?")
    return rows


def run(rows: list[tuple[str, str]], console: Console, pipeline: Pipeline | None = None) -> list[Outcome]:
    pipeline = pipeline or default_pipeline()
    outcomes: list[Outcome] = []
    for number, (gold, sentence) in enumerate(track(rows, description="coding the examples", console=console)):
        result = pipeline.process(parse_record({"text": sentence, "published": "2020-06-01"}, f"example-{number}"))
        events = getattr(result, "events", [])  # a rejected record has none
        outcomes.append(Outcome(gold, sentence, [f"{e.type}/{e.status}" for e in events]))
    return outcomes


def figures(outcomes: list[Outcome]) -> dict[str, Any]:
    by_type: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_type.setdefault(outcome.gold, []).append(outcome)
    typed = [o for o in outcomes if o.gold != NO_EVENT]
    quiet = by_type.get(NO_EVENT, [])
    return {
        "sentences": len(outcomes),
        "typed_found": round(sum(o.found for o in typed) / len(typed), 4),
        "typed_no_event": round(sum(not o.coded for o in typed) / len(typed), 4),
        "none_quiet": round(sum(o.found for o in quiet) / max(1, len(quiet)), 4),
        "per_type": {t: round(sum(o.found for o in rows) / len(rows), 4) for t, rows in sorted(by_type.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print N missed sentences per type")
    parser.add_argument("--type", default="", help="only this type's misses (with --misses)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    console = Console(stderr=args.json)
    outcomes = run(read_examples(EXAMPLES), console)
    by_type: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_type.setdefault(outcome.gold, []).append(outcome)
    result = figures(outcomes)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    table = Table(title="Team examples through the pipeline")
    for column in ("type", "sentences", "found", "no event"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for event_type, rows in sorted(by_type.items()):
        table.add_row(event_type, str(len(rows)), f"{result['per_type'][event_type]:.2f}",
                      f"{sum(not o.coded for o in rows) / len(rows):.2f}")
    console.print(table)
    console.print(f"Typed sentences: {result['typed_found']:.1%} found, {result['typed_no_event']:.1%} with no event; "
                  f"none.tsv: {result['none_quiet']:.1%} with no event")
    for event_type, rows in sorted(by_type.items()):
        if args.misses and (not args.type or args.type.upper() == event_type):
            for outcome in [o for o in rows if not o.found][: args.misses]:
                console.print(f"  [{event_type}] {outcome.sentence}  ->  {', '.join(outcome.coded) or 'no event'}", highlight=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
