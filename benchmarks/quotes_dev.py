"""Score eventwire.quotes against the hand-checked dev articles.

    .venv/bin/python benchmarks/quotes_dev.py [--data DIR] [--with-example] [--verbose]

Reads every ``<doc_id>.json`` + ``<doc_id>.gold.json`` pair of the folder
(default ``../shared/data/dev-articles`` beside the project) and reports:

- content P/R/F1: a found statement matches a gold one when their content
  spans overlap by at least half of the shorter one (one-to-one, greedy by
  overlap), as in the project's gold scoring;
- speaker-mention accuracy on matched pairs: the found speaker mention equals
  the gold ``speaker_mention`` (case-insensitive) or overlaps one of its
  occurrences in the text; a gold statement with no mention (a continuation)
  matches a found one with no speaker.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.errors import EvaluationError  # noqa: E402
from eventwire.nlp.model import load_nlp  # noqa: E402
from eventwire.quotes import QuoteCandidate, find_quotes  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "dev-articles"
EXAMPLES = ROOT.parent / "shared" / "examples"


@dataclass
class GoldQuote:
    content: str
    start: int
    end: int
    speaker_mention: str
    cue: str
    kind: str


@dataclass
class ArticleScore:
    doc_id: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    speaker_ok: int = 0
    misses: list[GoldQuote] = field(default_factory=list)
    false_positives: list[QuoteCandidate] = field(default_factory=list)
    wrong_speakers: list[tuple[GoldQuote, QuoteCandidate]] = field(default_factory=list)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap(a, b) >= 0.5 * shorter


def load_gold(path: Path, text: str) -> list[GoldQuote]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read gold file ({exc})") from exc
    quotes: list[GoldQuote] = []
    for item in data.get("quotes", []):
        content = item.get("content", "")
        start = text.find(content)
        if start < 0:
            raise EvaluationError(f"{path}: gold quote content is not a substring of the article text: {content[:60]!r}")
        quotes.append(
            GoldQuote(
                content=content,
                start=start,
                end=start + len(content),
                speaker_mention=item.get("speaker_mention", ""),
                cue=item.get("cue", ""),
                kind=item.get("kind", ""),
            )
        )
    return quotes


def speaker_matches(gold: GoldQuote, found: QuoteCandidate, text: str) -> bool:
    if not gold.speaker_mention:
        return found.speaker is None
    if found.speaker is None:
        return False
    if found.speaker.text.lower() == gold.speaker_mention.lower():
        return True
    mine = (found.speaker.start, found.speaker.end)
    start = text.find(gold.speaker_mention)
    while start >= 0:
        if overlap(mine, (start, start + len(gold.speaker_mention))) > 0:
            return True
        start = text.find(gold.speaker_mention, start + 1)
    return False


def score_article(doc_id: str, text: str, gold: list[GoldQuote], found: list[QuoteCandidate]) -> ArticleScore:
    score = ArticleScore(doc_id=doc_id, gold=len(gold), found=len(found))
    pairs = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            span = (f.content.start, f.content.end)
            if spans_match((g.start, g.end), span):
                pairs.append((overlap((g.start, g.end), span), gi, fi))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for _, gi, fi in pairs:
        if gi in used_gold or fi in used_found:
            continue
        used_gold.add(gi)
        used_found.add(fi)
        score.matched += 1
        if speaker_matches(gold[gi], found[fi], text):
            score.speaker_ok += 1
        else:
            score.wrong_speakers.append((gold[gi], found[fi]))
    score.misses = [g for gi, g in enumerate(gold) if gi not in used_gold]
    score.false_positives = [f for fi, f in enumerate(found) if fi not in used_found]
    return score


def article_pairs(folder: Path) -> list[tuple[Path, Path]]:
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such folder (the dev articles live in ../shared/data/dev-articles)")
    pairs = []
    for gold in sorted(folder.glob("*.gold.json")):
        article = gold.with_name(gold.name.replace(".gold.json", ".json"))
        if article.exists():
            pairs.append((article, gold))
    if not pairs:
        raise EvaluationError(f"{folder}: no <doc_id>.json + <doc_id>.gold.json pairs found")
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of article + gold pairs")
    parser.add_argument("--with-example", action="store_true", help="also score the worked example in ../shared/examples")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses, false positives and wrong speakers")
    args = parser.parse_args(argv)
    console = Console(width=200)

    pairs = article_pairs(args.data)
    if args.with_example:
        pairs += article_pairs(EXAMPLES)
    nlp = load_nlp()
    scores: list[ArticleScore] = []
    for article_path, gold_path in track(pairs, description="articles", console=console):
        article = json.loads(article_path.read_text(encoding="utf-8"))
        text = article["text"]
        gold = load_gold(gold_path, text)
        found = find_quotes(nlp(text))
        scores.append(score_article(article["doc_id"], text, gold, found))

    table = Table(title="quotes vs dev-articles gold")
    for column in ("doc", "gold", "found", "matched", "speaker ok"):
        table.add_column(column, justify="right" if column != "doc" else "left")
    for s in scores:
        table.add_row(s.doc_id, str(s.gold), str(s.found), str(s.matched), str(s.speaker_ok))
    console.print(table)

    gold_total = sum(s.gold for s in scores)
    found_total = sum(s.found for s in scores)
    matched = sum(s.matched for s in scores)
    speaker_ok = sum(s.speaker_ok for s in scores)
    precision = matched / found_total if found_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker_accuracy = speaker_ok / matched if matched else 0.0
    console.print(
        f"content  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}   "
        f"(gold {gold_total}, found {found_total}, matched {matched})"
    )
    console.print(f"speaker mention accuracy on matched: {speaker_accuracy:.3f} ({speaker_ok}/{matched})")

    if args.verbose:
        for s in scores:
            for g in s.misses:
                console.print(f"[red]MISS[/] {s.doc_id} [{g.cue}] {g.speaker_mention!r}: {g.content[:110]!r}", markup=True, highlight=False)
            for f in s.false_positives:
                speaker = f.speaker.text if f.speaker else None
                console.print(f"[yellow]FP[/] {s.doc_id} [{f.cue}] {speaker!r} {f.kind}: {f.content.text[:110]!r}", markup=True, highlight=False)
            for g, f in s.wrong_speakers:
                speaker = f.speaker.text if f.speaker else None
                console.print(f"[magenta]SPK[/] {s.doc_id} gold {g.speaker_mention!r} found {speaker!r} [{f.cue}]: {g.content[:60]!r}", markup=True, highlight=False)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except EvaluationError as exc:
        Console(stderr=True).print(f"[red]error:[/] {exc}", highlight=False)
        raise SystemExit(2) from None
