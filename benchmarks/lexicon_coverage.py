"""Coverage of the trigger lexicon on the PLOVER-labelled sentences of the dev data.

    .venv/bin/python benchmarks/lexicon_coverage.py [--data FILE] [--misses N] [--confusions]

Reads ``PLV_train.tsv`` (default ``../shared/data/plover/PLV_train.tsv`` beside the
project; a measuring set only, never a source of entries), runs every sentence through
the analysis pipeline and the event coder's own trigger matcher, and reports per gold
root type and overall:

- any: the share of sentences where some trigger has the gold type;
- any+alt: the same, counting a trigger's ``alt_types`` too;
- first: the share where the FIRST matching trigger of the sentence (verbs before
  nouns, text order: the coder's own order) has the gold type;
- none: the share of sentences where no trigger fires at all.

PLV's old root YIELD counts as CONCEDE or RETREAT. ``--misses N`` lists, per type,
the N most frequent root-verb lemmas of sentences with no trigger of the gold type:
candidates for missing families of words (add general entries, not sentence-specific
ones). ``--confusions`` prints which types the first trigger took instead.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.errors import EvaluationError  # noqa: E402
from eventwire.events.coder import EventCoder  # noqa: E402
from eventwire.events.lexicon import Lexicon  # noqa: E402
from eventwire.nlp.model import load_nlp  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
# PLV was labelled with the older root YIELD, which PLOVER 2.0 splits in two.
GOLD_ALIASES = {"YIELD": {"CONCEDE", "RETREAT"}}


@dataclass
class Row:
    sentence: str
    gold: str


@dataclass
class TypeScore:
    rows: int = 0
    any_hit: int = 0
    any_alt_hit: int = 0
    first_hit: int = 0
    no_trigger: int = 0
    missed_roots: Counter[str] = field(default_factory=Counter)
    first_types: Counter[str] = field(default_factory=Counter)


def read_rows(path: Path) -> list[Row]:
    if not path.is_file():
        raise EvaluationError(f"{path}: not found (the PLOVER sentences live in ../shared/data/plover/PLV_train.tsv)")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = {"sentence", "gold_root"} - set(reader.fieldnames or ())
        if missing:
            raise EvaluationError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        return [Row(r["sentence"], r["gold_root"]) for r in reader if r["sentence"] and r["gold_root"]]


def accepted(gold: str) -> set[str]:
    return GOLD_ALIASES.get(gold, {gold})


def score(rows: list[Row], coder: EventCoder) -> dict[str, TypeScore]:
    nlp = load_nlp()
    scores: dict[str, TypeScore] = defaultdict(TypeScore)
    texts = [row.sentence.replace("\n", " ") for row in rows]
    for row, doc in track(zip(rows, nlp.pipe(texts, batch_size=64)), total=len(rows), description="coding", transient=True):
        # The coder's own matcher (events/matching.py): the benchmark must see
        # exactly the triggers and the order the coder sees, constraints included.
        matches = [m for sentence in doc.sents for m in coder.matcher.find(sentence)]
        matches.sort(key=lambda m: (m.entry.pos != "VERB", m.token.i))
        wanted = accepted(row.gold)
        entry = scores[row.gold]
        entry.rows += 1
        if not matches:
            entry.no_trigger += 1
        if any(m.entry.type in wanted for m in matches):
            entry.any_hit += 1
        else:
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            entry.missed_roots[root.lemma_.lower() if root is not None else "?"] += 1
        if any(m.entry.type in wanted or wanted & set(m.entry.alt_types) for m in matches):
            entry.any_alt_hit += 1
        if matches and matches[0].entry.type in wanted:
            entry.first_hit += 1
        entry.first_types[matches[0].entry.type if matches else "-"] += 1
    return scores


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}" if whole else "  -  "


def report(scores: dict[str, TypeScore], console: Console, misses: int, confusions: bool) -> None:
    table = Table(title="Trigger lexicon coverage on PLV_train (% of sentences)")
    for column in ("gold root", "rows", "any", "any+alt", "first", "none"):
        table.add_column(column, justify="right" if column != "gold root" else "left")
    total = TypeScore()
    for gold, s in sorted(scores.items(), key=lambda kv: -kv[1].rows):
        table.add_row(gold, str(s.rows), pct(s.any_hit, s.rows), pct(s.any_alt_hit, s.rows),
                      pct(s.first_hit, s.rows), pct(s.no_trigger, s.rows))
        total.rows += s.rows
        total.any_hit += s.any_hit
        total.any_alt_hit += s.any_alt_hit
        total.first_hit += s.first_hit
        total.no_trigger += s.no_trigger
    table.add_section()
    table.add_row("ALL", str(total.rows), pct(total.any_hit, total.rows), pct(total.any_alt_hit, total.rows),
                  pct(total.first_hit, total.rows), pct(total.no_trigger, total.rows))
    console.print(table)
    if misses:
        console.print("\nMost frequent root verbs of sentences with no trigger of the gold type:")
        for gold, s in sorted(scores.items()):
            common = ", ".join(f"{lemma} {n}" for lemma, n in s.missed_roots.most_common(misses))
            console.print(f"  {gold:10} {common}")
    if confusions:
        console.print("\nType of the first trigger, per gold root:")
        for gold, s in sorted(scores.items()):
            common = ", ".join(f"{kind} {n}" for kind, n in s.first_types.most_common(6))
            console.print(f"  {gold:10} {common}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PLV_train.tsv (columns sentence, gold_root)")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="list the N commonest root verbs of misses per type")
    parser.add_argument("--confusions", action="store_true", help="show which types the first trigger took")
    args = parser.parse_args(argv)
    console = Console(width=160)
    try:
        rows = read_rows(args.data)
    except EvaluationError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    lexicon = Lexicon.load()
    console.print(f"{len(rows)} sentences; lexicon of {len(lexicon)} entries "
                  f"({len(lexicon.verb_lemmas())} verb lemmas, {len(lexicon.noun_keys())} noun keys)")
    report(score(rows, EventCoder(lexicon=lexicon)), console, args.misses, args.confusions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
