"""The event-type classifier alone on the PLV sentences: accuracy, macro-F1, top-2.

    .venv/bin/python benchmarks/classifier_plv.py [--data FILE] [--model DIR] [--trigger-hint] [--json]

Reads ``PLV_train.tsv`` (default ``../shared/data/plover/PLV_train.tsv`` beside the
project; a measuring set only: nothing in the classifier is trained on it). Each
sentence goes to ``EventTypeClassifier.predict``; the predicted type is the most
probable of the 16 PLOVER types (NONE is left out of the argmax, since every PLV row
has an event). PLV's YIELD is the old CAMEO root that PLOVER split into CONCEDE and
RETREAT, so either of those counts as YIELD.

``--trigger-hint`` also passes, as the trigger, the words PLV puts between the
marked source and target (``<s>..</s> has condemned <t>..</t>``): roughly the
clause a coder would hand the classifier for one trigger. Prints overall accuracy,
macro-F1 over the gold types, top-2 accuracy and a per-type table.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
YIELD_PARTS = ("CONCEDE", "RETREAT")
NONE_LABEL = "NONE"


@dataclass(frozen=True)
class PlvRow:
    sentence: str
    gold: str
    hint: str  # the words between the marked source and target, "" when none


@dataclass
class Figures:
    rows: int
    accuracy: float
    macro_f1: float
    top2: float
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)


def read_plv(path: Path) -> list[PlvRow]:
    if not path.is_file():
        raise SystemExit(f"{path}: PLV data not found (it lives in ../shared/data/plover beside the project)")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    missing = {"sentence", "marked_sentence", "gold_root"} - set(rows[0] if rows else {})
    if missing:
        raise SystemExit(f"{path}: missing columns {', '.join(sorted(missing))}")
    return [PlvRow(r["sentence"], r["gold_root"], _hint(r["marked_sentence"])) for r in rows]


def _hint(marked: str) -> str:
    for pattern in (r"</s>(.*?)<t>", r"</t>(.*?)<s>"):
        found = re.search(pattern, marked)
        if found and found.group(1).strip():
            return re.sub(r"</?[st]>", "", found.group(1)).strip()
    return ""


def as_plv_type(label: str) -> str:
    return "YIELD" if label in YIELD_PARTS else label


def score(gold: Sequence[str], probabilities: np.ndarray, labels: Sequence[str]) -> Figures:
    """Figures for a texts x labels probability matrix; NONE never wins."""
    probs = np.array(probabilities, dtype=np.float64)
    if NONE_LABEL in labels:
        probs[:, list(labels).index(NONE_LABEL)] = -1.0
    order = np.argsort(-probs, axis=1)
    predicted = [as_plv_type(labels[row[0]]) for row in order]
    top2 = [{as_plv_type(labels[i]) for i in row[:2]} for row in order]
    gold_types = sorted(set(gold))
    per_type: dict[str, dict[str, float]] = {}
    f1s = []
    for kind in gold_types:
        tp = sum(1 for g, p in zip(gold, predicted) if g == p == kind)
        n_gold = sum(1 for g in gold if g == kind)
        n_pred = sum(1 for p in predicted if p == kind)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        per_type[kind] = {"gold": n_gold, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
    n = len(gold)
    return Figures(
        rows=n,
        accuracy=round(sum(g == p for g, p in zip(gold, predicted)) / n, 4),
        macro_f1=round(float(np.mean(f1s)), 4),
        top2=round(sum(g in t for g, t in zip(gold, top2)) / n, 4),
        per_type=per_type,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=None, help="a model folder (default: the packaged model)")
    parser.add_argument("--trigger-hint", action="store_true", help="pass the words between source and target as the trigger")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from eventwire.events.classifier import EventTypeClassifier

    rows = read_plv(options.data)
    classifier = EventTypeClassifier.load(options.model)
    texts = [r.sentence for r in rows]
    triggers = [r.hint or None for r in rows] if options.trigger_hint else None
    started = time.perf_counter()
    predictions = classifier.predict(texts, triggers)
    probabilities = np.array([[p[label] for label in classifier.labels] for p in predictions])
    elapsed = time.perf_counter() - started
    figures = score([r.gold for r in rows], probabilities, classifier.labels)
    if options.json:
        print(json.dumps({"trigger_hint": options.trigger_hint, **figures.__dict__, "sentences_per_second": round(len(rows) / elapsed)}, indent=2))
        return
    print(f"PLV {figures.rows} sentences{' (with trigger hint)' if options.trigger_hint else ''}: "
          f"accuracy {figures.accuracy:.3f}  macro-F1 {figures.macro_f1:.3f}  top-2 {figures.top2:.3f}  "
          f"({len(rows) / elapsed:.0f} sentences/s)")
    print(f"{'type':10} {'gold':>5} {'prec':>6} {'recall':>6} {'f1':>6}")
    for kind, row in figures.per_type.items():
        print(f"{kind:10} {row['gold']:5.0f} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f}")


if __name__ == "__main__":
    main()
