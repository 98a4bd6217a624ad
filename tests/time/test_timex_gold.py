"""Quality gate on the hand-checked dev-articles gold and the worked example (skips without ../shared)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from eventwire.time import find_timexes

# Value accuracy on gold timexes that a system timex overlaps; measured 0.95
# when this floor was set (benchmarks/timex_tbaq.py prints the details).
VALUE_ACCURACY_FLOOR = 0.90
RECALL_FLOOR = 0.90


def _score(article_path: Path, gold_path: Path) -> tuple[int, int, int]:
    """(gold timexes, matched, matched with the gold value) for one article."""
    article = json.loads(article_path.read_text(encoding="utf-8"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["timexes"]
    text = article["text"]
    system = find_timexes(text, datetime.fromisoformat(article["published"]))
    used: set[int] = set()
    matched = correct = 0
    for expected in gold:
        spans, start = [], text.find(expected["text"])
        while start >= 0:
            spans.append((start, start + len(expected["text"])))
            start = text.find(expected["text"], start + 1)
        hit = next(
            (i for s, e in spans for i, t in enumerate(system) if i not in used and t.start < e and s < t.end), None
        )
        if hit is None:
            continue
        used.add(hit)
        matched += 1
        correct += system[hit].value == expected["value"]
    return len(gold), matched, correct


def test_dev_articles_value_accuracy(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "dev-articles"
    totals = [0, 0, 0]
    for gold_path in sorted(folder.glob("*.gold.json")):
        scored = _score(gold_path.with_name(gold_path.name.replace(".gold.json", ".json")), gold_path)
        totals = [a + b for a, b in zip(totals, scored)]
    gold, matched, correct = totals
    assert gold > 0
    assert matched / gold >= RECALL_FLOOR, f"recall {matched}/{gold}"
    assert correct / matched >= VALUE_ACCURACY_FLOOR, f"value accuracy {correct}/{matched}"


def test_worked_example_is_fully_resolved(shared_dir: Path) -> None:
    folder = shared_dir / "examples"
    gold, matched, correct = _score(
        folder / "lavrov-karabakh-2021-01-18.json", folder / "lavrov-karabakh-2021-01-18.gold.json"
    )
    assert gold == matched == correct == 4
