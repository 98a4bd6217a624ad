"""Score eventwire.quotes against PolNeAR attribution annotations.

    .venv/bin/python benchmarks/quotes_polnear.py [--limit N] [--split dev] [--verbose]

PolNeAR (networkdynamics/PolNeAR, in ``../shared/data/quotes/polnear``) marks
attribution relations in 2016 political news as brat stand-off: ``T`` lines
give Source / Cue / Content spans (possibly discontinuous: ``start end;start
end``), ``E`` lines tie them into one attribution. Two documents of the dev
split carry several annotators' files; by default the first file of each text
counts (``--all-annotators`` scores every file).

Scope: attributions whose cue is a verb of saying (a cue token whose lemma is
in SAYING_VERBS below, fixed here so that growing the system's own cue lexicon
does not move the yardstick). PolNeAR also marks beliefs, polls, headlines and
document sources ("found", "shows", "according to"); those stay out of recall,
but a found statement that matches one is not counted as a false positive.

Measures:
- content P/R/F1: a found statement (with a saying-verb cue) matches a gold
  attribution when their content spans overlap by at least half of the
  shorter one (one-to-one, greedy by overlap);
- token-level content P/R/F1: whitespace tokens of found contents that fall
  in some gold content, and of gold contents that fall in some found content;
  PolNeAR joins the pieces of a quotation interrupted by its cue ('"A," he
  said, "B."') into one attribution; the further pieces the system reports
  separately are left out of the found count rather than called wrong;
- source accuracy on matched pairs: the found speaker mention overlaps the
  gold source span (pairs whose gold attribution has no source are left out).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.errors import EvaluationError  # noqa: E402
from eventwire.nlp.model import load_nlp  # noqa: E402
from eventwire.quotes import QuoteCandidate, find_quotes  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "quotes" / "polnear"

SAYING_VERBS = frozenset(
    """say tell add state announce claim insist note stress emphasize emphasise warn explain argue
    assert declare report write tweet reply respond answer comment remark observe acknowledge admit
    confirm deny reveal suggest predict promise vow pledge threaten urge accuse recall mention testify
    complain allege reiterate repeat ask concede charge contend counter caution boast""".split()
)

Fragments = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    content: Fragments
    cue: Fragments
    source: Fragments | None
    saying: bool = False


@dataclass
class Tally:
    gold_saying: int = 0
    found_saying: int = 0
    matched_gold: int = 0
    matched_found: int = 0
    source_pairs: int = 0
    source_ok: int = 0
    tokens_found: int = 0
    tokens_found_ok: int = 0
    tokens_gold: int = 0
    tokens_gold_ok: int = 0
    examples: list[str] = field(default_factory=list)


def parse_ann(path: Path) -> list[GoldAttribution]:
    """The attributions of one brat file."""
    spans: dict[str, tuple[str, Fragments]] = {}
    relations: list[dict[str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if line.startswith("T"):
            if len(parts) < 2:
                raise EvaluationError(f"{path}:{number}: text-bound line without a label and span: {line[:60]!r}")
            label, _, offsets = parts[1].partition(" ")
            try:
                fragments = tuple((int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";")))
            except ValueError as exc:
                raise EvaluationError(f"{path}:{number}: unreadable span {offsets!r}") from exc
            spans[parts[0]] = (label, fragments)
        elif line.startswith("E"):
            roles: dict[str, str] = {}
            for item in parts[1].split():
                role, _, ref = item.partition(":")
                roles[re.sub(r"\d+$", "", role)] = ref
            relations.append(roles)
    found: list[GoldAttribution] = []
    for roles in relations:
        content = spans.get(roles.get("Content", ""))
        cue = spans.get(roles.get("Cue", ""))
        if content is None or cue is None:
            continue
        source = spans.get(roles.get("Source", ""))
        found.append(GoldAttribution(content=content[1], cue=cue[1], source=source[1] if source else None))
    return found


def fragments_length(fragments: Fragments) -> int:
    return sum(end - start for start, end in fragments)


def fragments_overlap(fragments: Fragments, span: tuple[int, int]) -> int:
    return sum(max(0, min(end, span[1]) - max(start, span[0])) for start, end in fragments)


def content_match(gold: Fragments, span: tuple[int, int]) -> int:
    """The overlap when it is at least half of the shorter span, else 0."""
    shared = fragments_overlap(gold, span)
    shorter = min(fragments_length(gold), span[1] - span[0])
    return shared if shorter > 0 and shared >= 0.5 * shorter else 0


def is_saying(doc, fragments: Fragments) -> bool:  # type: ignore[no-untyped-def]
    for start, end in fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(t.lemma_.lower() in SAYING_VERBS for t in span):
            return True
    return False


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def covered(words: list[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> set[int]:
    marked: set[int] = set()
    ordered = sorted(spans)
    for index, (start, end) in enumerate(words):
        if any(max(start, a) < min(end, b) for a, b in ordered):
            marked.add(index)
    return marked


def score_document(doc, gold: list[GoldAttribution], found: list[QuoteCandidate], tally: Tally, verbose: bool, name: str) -> None:  # type: ignore[no-untyped-def]
    text = doc.text
    for attribution in gold:
        attribution.saying = is_saying(doc, attribution.cue)
    saying_found = [q for q in found if q.cue_start >= 0 and is_saying(doc, ((q.cue_start, q.cue_end),))]
    tally.gold_saying += sum(1 for g in gold if g.saying)
    tally.found_saying += len(saying_found)

    pairs = []
    for gi, g in enumerate(gold):
        for fi, q in enumerate(saying_found):
            shared = content_match(g.content, (q.content.start, q.content.end))
            if shared:
                pairs.append((shared, gi, fi))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for _, gi, fi in pairs:
        if gi in used_gold or fi in used_found:
            continue
        used_gold.add(gi)
        used_found.add(fi)
        g, q = gold[gi], saying_found[fi]
        tally.matched_found += 1
        if g.saying:
            tally.matched_gold += 1
        if g.source is not None:
            tally.source_pairs += 1
            if q.speaker is not None and fragments_overlap(g.source, (q.speaker.start, q.speaker.end)) > 0:
                tally.source_ok += 1
            elif verbose:
                speaker = q.speaker.text if q.speaker else None
                gold_source = " / ".join(text[a:b] for a, b in g.source)
                tally.examples.append(f"SRC {name}: gold {gold_source!r} found {speaker!r} [{q.cue}]")
    # Gold that a saying-cue statement of the system matches can also be matched by
    # a found statement with another cue; recall counts any found statement.
    for gi, g in enumerate(gold):
        if gi in used_gold or not g.saying:
            continue
        if any(content_match(g.content, (q.content.start, q.content.end)) for q in found if q not in saying_found):
            tally.matched_gold += 1
        elif verbose:
            cue = " ".join(text[a:b] for a, b in g.cue)
            content = " ".join(text[a:b] for a, b in g.content)
            tally.examples.append(f"MISS {name} [{cue}]: {content[:120]!r}")
    for fi, q in enumerate(saying_found):
        if fi in used_found:
            continue
        span = (q.content.start, q.content.end)
        if any(fragments_overlap(gold[gi].content, span) >= 0.5 * (span[1] - span[0]) for gi in used_gold):
            # PolNeAR joins the pieces of a quotation interrupted by its cue into
            # one attribution with a discontinuous content; the system gives one
            # statement per piece. A further piece is neither right nor wrong.
            tally.found_saying -= 1
        elif verbose:
            speaker = q.speaker.text if q.speaker else None
            tally.examples.append(f"FP {name} [{q.cue}] {speaker!r}: {q.content.text[:120]!r}")

    words = word_spans(text)
    gold_all = covered(words, (s for g in gold for s in g.content))
    gold_saying = covered(words, (s for g in gold if g.saying for s in g.content))
    found_all = covered(words, ((q.content.start, q.content.end) for q in found))
    found_saying = covered(words, ((q.content.start, q.content.end) for q in saying_found))
    tally.tokens_found += len(found_saying)
    tally.tokens_found_ok += len(found_saying & gold_all)
    tally.tokens_gold += len(gold_saying)
    tally.tokens_gold_ok += len(gold_saying & found_all)


def documents(data: Path, split: str, all_annotators: bool) -> list[tuple[Path, Path]]:
    text_dir = data / split / "text"
    ann_dir = data / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvaluationError(f"{data / split}: expected text/ and attributions/ folders (PolNeAR lives in ../shared/data/quotes/polnear)")
    pairs: list[tuple[Path, Path]] = []
    seen: set[str] = set()
    for ann in sorted(ann_dir.glob("*.ann")):
        stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if stem in seen and not all_annotators:
            continue
        text = text_dir / f"{stem}.txt"
        if not text.exists():
            raise EvaluationError(f"{ann}: no text file {text.name} beside the annotations")
        seen.add(stem)
        pairs.append((text, ann))
    return pairs


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the PolNeAR folder")
    parser.add_argument("--split", default="dev", help="dev or train")
    parser.add_argument("--limit", type=int, default=0, help="score at most this many documents (0: all)")
    parser.add_argument("--all-annotators", action="store_true", help="score every annotator's file of a text")
    parser.add_argument("--verbose", "-v", action="store_true", help="print misses, false positives and source errors")
    args = parser.parse_args(argv)
    console = Console(width=200)

    pairs = documents(args.data, args.split, args.all_annotators)
    if args.limit > 0:
        pairs = pairs[: args.limit]
    nlp = load_nlp()
    tally = Tally()
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task(f"PolNeAR {args.split}", total=len(pairs))
        for text_path, ann_path in pairs:
            doc = nlp(text_path.read_text(encoding="utf-8"))
            gold = parse_ann(ann_path)
            score_document(doc, gold, find_quotes(doc), tally, args.verbose, ann_path.stem)
            progress.advance(task)

    precision = tally.matched_found / tally.found_saying if tally.found_saying else 0.0
    recall = tally.matched_gold / tally.gold_saying if tally.gold_saying else 0.0
    token_precision = tally.tokens_found_ok / tally.tokens_found if tally.tokens_found else 0.0
    token_recall = tally.tokens_gold_ok / tally.tokens_gold if tally.tokens_gold else 0.0
    source_accuracy = tally.source_ok / tally.source_pairs if tally.source_pairs else 0.0

    table = Table(title=f"quotes vs PolNeAR {args.split} ({len(pairs)} documents, saying-verb cues)")
    for column in ("measure", "P", "R", "F1", "counts"):
        table.add_column(column)
    table.add_row(
        "content (overlap >= half shorter)",
        f"{precision:.3f}",
        f"{recall:.3f}",
        f"{f1(precision, recall):.3f}",
        f"gold {tally.gold_saying} (matched {tally.matched_gold}), found {tally.found_saying} (matched {tally.matched_found})",
    )
    table.add_row(
        "content tokens",
        f"{token_precision:.3f}",
        f"{token_recall:.3f}",
        f"{f1(token_precision, token_recall):.3f}",
        f"gold {tally.tokens_gold}, found {tally.tokens_found}",
    )
    table.add_row("source on matched", f"{source_accuracy:.3f}", "", "", f"{tally.source_ok}/{tally.source_pairs}")
    console.print(table)
    if args.verbose:
        for line in tally.examples:
            console.print(line, markup=False, highlight=False)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except EvaluationError as exc:
        Console(stderr=True).print(f"[red]error:[/] {exc}", highlight=False)
        raise SystemExit(2) from None
