"""Event typing and participant countries on the PLOVER gold standard records.

    .venv/bin/python benchmarks/plover_gsr.py [--data FILE] [--json]

Reads ``PLOVER_GSR_dev.json`` (default ``../shared/data/plover/PLOVER_GSR_dev.json``
beside the project; a measuring set only). Each record is one sentence coded by the
PLOVER team with the event type, the source and target actors' codes and their words.
Nothing in eventwire was tuned on these sentences, so they are a small check that the
PLV and dev-article figures carry over to text the coder has not been fitted to. It
prints aggregate figures only, on purpose: rows that are never read stay unseen.

Every sentence goes through the standard pipeline as a one-sentence article published
on the record's date. The record's event is chosen as in ``plv_typing.py``: the event
whose participants cover the source's and the target's words (found in the sentence
by their ``actorText``; a role whose words are absent counts as covered), direction
and asserted status breaking ties. The records use PLOVER 0.5 names, read as 2.0:
DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT.

Scores: type accuracy, the share with no event, and on the chosen events the
participant countries as the actors issue counts them: the share of the gold's
source and target countries among the event's participants (recall) and of the
event's known participant countries that the gold names (precision).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from plv_typing import PlvRow, choose_event, one_sentence_article

from eventwire.errors import EvaluationError
from eventwire.models import Event, Participant
from eventwire.pipeline import Pipeline, default_pipeline

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_dev.json"
OLD_TYPE_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# The GSR's context names (PLOVER 0.5) as PLOVER 2.0 names them.
OLD_CONTEXT_NAMES = {"resource": "natural_resource", "government": "executive", "political": "political_institutions",
                     "politics": "political_institutions", "refugee": "migration", "discrimination": "inequality",
                     "assets": "economic"}
# CAMEO's own country codes where they differ from ISO 3166 alpha-3.
CAMEO_COUNTRY_CODES = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM"}
UNKNOWN = {"", "UNK"}


@dataclass(frozen=True)
class GsrRecord:
    row: PlvRow
    published: str
    gold_type: str
    countries: frozenset[str]
    contexts: frozenset[str]
    # each gold party with a known country: its words' span in the sentence (None when
    # the words are absent) and its country
    parties: tuple[tuple[tuple[int, int] | None, str], ...] = ()


@dataclass
class Result:
    record: GsrRecord
    predicted: str
    found: frozenset[str]
    contexts: frozenset[str] = frozenset()
    misses: tuple[str, ...] = ()


def _actors(value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict)]


def _spans(text: str, actors: list[dict[str, Any]]) -> tuple[tuple[int, int], ...]:
    spans = []
    for actor in actors:
        words = str(actor.get("actorText") or "").strip()
        at = text.find(words) if words else -1
        if at >= 0:
            spans.append((at, at + len(words)))
    return tuple(spans)


def _party(text: str, actor: dict[str, Any]) -> tuple[tuple[int, int] | None, str]:
    words = str(actor.get("actorText") or "").strip()
    at = text.find(words) if words else -1
    return ((at, at + len(words)) if at >= 0 else None), _code(actor)


def _code(actor: dict[str, Any]) -> str:
    code = str(actor.get("code") or "")[:3].upper()
    return CAMEO_COUNTRY_CODES.get(code, code)


def read_records(path: Path) -> list[GsrRecord]:
    if not path.is_file():
        raise EvaluationError(f"{path}: not found (the PLOVER records live in ../shared/data/plover/PLOVER_GSR_dev.json)")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: not a JSON list of PLOVER records ({exc})") from None
    records = []
    for number, item in enumerate(raw):
        if not isinstance(item, dict) or item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        text = " ".join(str(item["text"]).split())
        sources, targets = _actors(item.get("source")), _actors(item.get("target"))
        gold_type = OLD_TYPE_NAMES.get(str(item["event"]), str(item["event"]))
        countries = frozenset(_code(a) for a in sources + targets) - UNKNOWN
        row = PlvRow(number, text, _spans(text, sources), _spans(text, targets), gold_type)
        contexts = frozenset(OLD_CONTEXT_NAMES.get(c.strip(), c.strip()) for c in str(item.get("context") or "").split(",")) - {""}
        parties = tuple(party for party in (_party(text, a) for a in sources + targets) if party[1] not in UNKNOWN)
        records.append(GsrRecord(row, str(item.get("date") or "")[:10], gold_type, countries, contexts, parties))
    return records


def code_records(records: list[GsrRecord], console: Console, pipeline: Pipeline | None = None) -> list[Result]:
    pipeline = pipeline or default_pipeline()
    results = []
    for record in track(records, description="coding PLOVER records", console=console):
        article, lifted = one_sentence_article(record.row.sentence, f"gsr-{record.row.sentence_id}", record.published or None)
        events = pipeline.process(article).events
        event, _tier = choose_event(events, record.row, lifted)
        if event is None:
            results.append(Result(record, "NONE", frozenset()))
            continue
        found = frozenset(p.country for p in event.actors + event.recipients) - UNKNOWN
        misses = tuple(miss_kind(event, span and (span[0] - lifted, span[1] - lifted), country, tuple(events))
                       for span, country in record.parties if country not in found)
        results.append(Result(record, event.type, found, frozenset(event.contexts), misses))
    return results


def miss_kind(event: Event, span: tuple[int, int] | None, country: str, others: tuple[Event, ...] = ()) -> str:
    """Why the event lacks a gold party's country: which of MISS_KINDS (``others``: the
    article's other events, which may hold the party the chosen one lacks)."""
    if span is None:
        return "words not in the sentence"
    start, end = span

    def on_words(e: Event) -> list[Participant]:
        return [p for p in e.actors + e.recipients if p.start >= 0 and p.start < end and start < p.end]

    over = on_words(event)
    if not over:
        return "a party of another event" if any(on_words(e) for e in others if e is not event) else "no participant on its words"
    if all(p.country in UNKNOWN for p in over):
        return "participant with no country"
    return "participant with another country"


def figures(results: list[Result]) -> dict[str, Any]:
    n = len(results)
    correct = sum(r.predicted == r.record.gold_type for r in results)
    gold_total = sum(len(r.record.countries) for r in results if r.predicted != "NONE")
    gold_found = sum(len(r.record.countries & r.found) for r in results if r.predicted != "NONE")
    system_total = sum(len(r.found) for r in results)
    system_right = sum(len(r.found & r.record.countries) for r in results)
    gold_contexts = sum(len(r.record.contexts) for r in results if r.predicted != "NONE")
    found_contexts = sum(len(r.record.contexts & r.contexts) for r in results)
    system_contexts = sum(len(r.contexts) for r in results if r.record.contexts)
    per_type: Counter[str] = Counter(r.record.gold_type for r in results)
    per_type_correct: Counter[str] = Counter(r.record.gold_type for r in results if r.predicted == r.record.gold_type)
    return {
        "records": n,
        "type_accuracy": round(correct / n, 4) if n else 0.0,
        "no_event_share": round(sum(r.predicted == "NONE" for r in results) / n, 4) if n else 0.0,
        "participant_country_recall": round(gold_found / gold_total, 4) if gold_total else 0.0,
        "participant_country_precision": round(system_right / system_total, 4) if system_total else 0.0,
        # on records whose gold names a context: the share of gold contexts the event has,
        # and of the event's contexts that the gold names
        "context_recall": round(found_contexts / gold_contexts, 4) if gold_contexts else 0.0,
        "context_precision": round(found_contexts / system_contexts, 4) if system_contexts else 0.0,
        "per_type": {t: {"n": per_type[t], "correct": per_type_correct[t]} for t in sorted(per_type)},
        # why gold countries are missing from the chosen events (aggregates only)
        "missed_countries": dict(Counter(kind for r in results for kind in r.misses).most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    console = Console(stderr=args.json)
    try:
        records = read_records(args.data)
    except EvaluationError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    results = code_records(records, console)
    result = figures(results)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    console.print(
        f"PLOVER GSR: {result['records']} records, type accuracy {result['type_accuracy']:.1%}, "
        f"no event {result['no_event_share']:.1%}, participant countries: recall "
        f"{result['participant_country_recall']:.1%}, precision {result['participant_country_precision']:.1%}; "
        f"contexts: recall {result['context_recall']:.1%}, precision {result['context_precision']:.1%}"
    )
    console.print("gold countries missed, by why: " + (", ".join(
        f"{kind} {n}" for kind, n in result["missed_countries"].items()) or "none"))
    console.print("per gold type (correct/n): " + ", ".join(
        f"{t} {v['correct']}/{v['n']}" for t, v in result["per_type"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
