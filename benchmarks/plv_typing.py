"""Event typing on the PLV sentences: does the event about the marked pair have the gold root type?

    .venv/bin/python benchmarks/plv_typing.py [--data FILE] [--split all|dev|held-out]
        [--limit N] [--errors N] [--json]

Reads ``PLV_train.tsv`` (default ``../shared/data/plover/PLV_train.tsv`` beside the
project; a measuring set only, never a source of lexicon entries). Each row's
``marked_sentence`` marks the source with ``<s>..</s>`` and the target with
``<t>..</t>`` (a role may be marked more than once, or not at all when PLV's column
holds a placeholder such as "a recipient"). Every sentence goes through the standard
pipeline (``eventwire.pipeline.default_pipeline()``) as a one-sentence record
published on 2018-01-01, read by the same ingest step as a record given to
``eventwire extract`` (``one_sentence_article``): a wire dateline the sentence opens
with ("BEIJING -- ") is lifted, and the marked spans are shifted to match.

Which event is "the" event of a row (the rule):

1. an event is a candidate at tier "both" when some participant (actor or
   recipient) overlaps a source span AND some participant overlaps a target span,
   tier "source" when only the source is covered, tier "target" when only the
   target is; a role with no marked span counts as covered by every event;
2. the best tier wins: both, then source, then target, then "any" (the first
   event of the article when none covers either role); no event at all is "none";
3. within a tier: an event whose actors cover the source and whose recipients cover
   the target (the right direction) first, then an asserted event before a future,
   hypothetical or negated one (the main clause of "agreed to meet" over the
   clause it governs), then the coder's own order.

Every status counts: a future, hypothetical or negated event is typed by its type,
as PLV mostly codes such clauses by their base type (the cue table below shows how
PLV codes "will not", "refused to", "agreed to" and the like, and what we say).

Scores: accuracy (the chosen event's type is the gold root; PLV's older root YIELD
counts as CONCEDE or RETREAT, and both are reported as YIELD), per-type precision,
recall and F1 over PLV's labels, their macro mean over the gold labels present, the share of rows with no event,
the commonest confusions, the tiers and statuses of the chosen events, and the kind of
every error (ERROR_KINDS: no trigger, event dropped for want of participants, another
event chosen, gold-type trigger dropped, status-driven, type differs; a misclassified
row is parsed again and run through the coder's own trigger matcher to tell them
apart), and a what-if accuracy with status folded into the type as PLV does
(``plv_style_type``: "will release" -> AGREE, "will not release" -> REJECT), and one with
PLV's readings where they leave the PLOVER manual (``plv_convention_type``, see
docs/plover-conventions.md). Rows split by
``sentence_id`` parity: even ids are the "dev" half (look at its errors), odd ids
the "held-out" half (only ever read its aggregate figures); both halves are always
summarised. ``--errors N`` lists N misclassified rows of the selected split.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

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

from eventwire.errors import EvaluationError
from eventwire.events.coder import EventCoder
from eventwire.events.ontology import Ontology
from eventwire.ingest import parse_record
from eventwire.models import Article, ArticleResult, Event, Participant
from eventwire.nlp.analysis import load_analysis_pipeline
from eventwire.pipeline import Pipeline, default_pipeline

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "PLV_train.tsv"
PUBLISHED = "2018-01-01"
REQUIRED_COLUMNS = ("sentence_id", "sentence", "marked_sentence", "source", "target", "gold_root")
# PLV was labelled with the older root YIELD, which PLOVER 2.0 splits in two.
GOLD_ALIASES = {"YIELD": frozenset({"CONCEDE", "RETREAT"})}
REPORTED_AS = {system: gold for gold, systems in GOLD_ALIASES.items() for system in systems}
NO_EVENT = "NONE"
TIERS = ("both", "source", "target", "any", "none")
# Why a row went wrong, in the order they are tested (see error_kind).
ERROR_KINDS = (
    "no trigger",
    "event dropped",
    "other event chosen",
    "gold trigger dropped",
    "status-driven",
    "type differs",
)
ERROR_KIND_HELP = {
    "no trigger": "no event and no lexicon trigger in the sentence",
    "event dropped": "no event, though triggers matched (their participants were not found)",
    "other event chosen": "an event of the gold type exists, but the marked pair picked another",
    "gold trigger dropped": "a trigger of the gold type matched but made no event (participants not found)",
    "status-driven": "no trigger of the gold type; the chosen event is future, hypothetical or negated",
    "type differs": "no trigger of the gold type; the chosen asserted event's word has another type here",
}
_MARK = re.compile(r"</?[st]>")
# Phrases whose clauses carry a status (future, negated, committed): how PLV types them.
STATUS_CUES = {
    "will not / won't": re.compile(r"\b(?:will not|won't|would not|wouldn't)\b", re.IGNORECASE),
    "refuse(d) to": re.compile(r"\brefus(?:e|es|ed|ing)\b", re.IGNORECASE),
    "agree(d) to": re.compile(r"\bagree(?:s|d|ing)? to\b", re.IGNORECASE),
    "agree(d) on/with": re.compile(r"\bagree(?:s|d|ing)? (?:on|with|upon)\b", re.IGNORECASE),
    "threaten(ed) to": re.compile(r"\bthreat(?:en|ens|ened|ening) to\b", re.IGNORECASE),
    "promise/pledge/vow to": re.compile(r"\b(?:promis|pledg|vow)(?:e|es|ed|ing|s)? to\b", re.IGNORECASE),
    "plan(s) to / will": re.compile(r"\b(?:plan(?:s|ned)? to|will|is to|are to)\b", re.IGNORECASE),
    "not / never / no": re.compile(r"\b(?:not|n't|never|no)\b", re.IGNORECASE),
    "deny / denied": re.compile(r"\bden(?:y|ies|ied|ying)\b", re.IGNORECASE),
}


@dataclass(frozen=True)
class PlvRow:
    sentence_id: int
    sentence: str
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    gold: str

    @property
    def half(self) -> str:
        return "dev" if self.sentence_id % 2 == 0 else "held-out"


@dataclass
class Outcome:
    row: PlvRow
    predicted: str  # the chosen event's type, NO_EVENT when there is none
    tier: str
    status: str = ""
    mode: str = ""
    cameo: str = ""
    why: str = ""
    all_types: tuple[str, ...] = ()  # "TYPE/status" of every event of the article
    kind: str = ""  # the error kind of a misclassified row
    triggers: tuple[str, ...] = ()  # "word TYPE" of every lexicon trigger of a misclassified row

    @property
    def correct(self) -> bool:
        return self.predicted in accepted(self.row.gold)

    @property
    def reported(self) -> str:
        """The prediction in PLV's label set (CONCEDE and RETREAT read as YIELD)."""
        return REPORTED_AS.get(self.predicted, self.predicted)


@dataclass
class TypeFigures:
    n: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Figures:
    rows: int = 0
    accuracy: float = 0.0
    macro_f1: float = 0.0
    no_event: float = 0.0
    per_type: dict[str, TypeFigures] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    tiers: dict[str, int] = field(default_factory=dict)
    status: dict[str, tuple[int, int]] = field(default_factory=dict)  # status -> (rows, correct)
    error_kinds: dict[str, int] = field(default_factory=dict)
    status_folded_accuracy: float = 0.0  # accuracy if status were folded into the type as PLV does
    plv_conventions_accuracy: float = 0.0  # accuracy under PLV's readings where they leave the manual

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "no_event_share": round(self.no_event, 4),
            "per_type": {
                name: {"n": t.n, "predicted": t.predicted, "correct": t.correct, "precision": round(t.precision, 4),
                       "recall": round(t.recall, 4), "f1": round(t.f1, 4)}
                for name, t in self.per_type.items()
            },
            "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in self.confusions],
            "tiers": self.tiers,
            "status": {name: {"rows": n, "correct": c} for name, (n, c) in self.status.items()},
            "error_kinds": self.error_kinds,
            "status_folded_accuracy": round(self.status_folded_accuracy, 4),
            "plv_conventions_accuracy": round(self.plv_conventions_accuracy, 4),
        }


def accepted(gold: str) -> frozenset[str]:
    return GOLD_ALIASES.get(gold, frozenset({gold}))


# -- reading ----------------------------------------------------------------------


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The plain text of a marked sentence and the character spans of its <s> and <t> marks."""
    text: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {"s": [], "t": []}
    open_at: dict[str, int] = {}
    length = 0
    position = 0
    for tag in _MARK.finditer(marked):
        piece = marked[position : tag.start()]
        text.append(piece)
        length += len(piece)
        position = tag.end()
        name = tag.group()[-2]
        if tag.group().startswith("</"):
            if name not in open_at:
                raise EvaluationError(f"closing {tag.group()} without an opening tag in: {marked[:80]}")
            spans[name].append((open_at.pop(name), length))
        else:
            open_at[name] = length
    text.append(marked[position:])
    if open_at:
        raise EvaluationError(f"unclosed <{', '.join(open_at)}> in: {marked[:80]}")
    return "".join(text), spans["s"], spans["t"]


def read_rows(path: Path) -> list[PlvRow]:
    if not path.is_file():
        raise EvaluationError(f"{path}: not found (the PLOVER sentences live in ../shared/data/plover/PLV_train.tsv)")
    rows: list[PlvRow] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise EvaluationError(f"{path}: missing column(s) {', '.join(missing)}")
        for line, record in enumerate(reader, start=2):
            if not record["sentence"] or not record["gold_root"]:
                continue
            try:
                text, source, target = parse_marked(record["marked_sentence"])
                sentence_id = int(record["sentence_id"])
            except (EvaluationError, ValueError) as exc:
                raise EvaluationError(f"{path}: line {line}: {exc}") from None
            if text != record["sentence"]:
                raise EvaluationError(f"{path}: line {line}: marked_sentence without its marks differs from sentence")
            # Newlines would split the sentence in the analysis pipeline; PLV has none, but be safe.
            rows.append(PlvRow(sentence_id, text.replace("\n", " "), tuple(source), tuple(target), record["gold_root"].strip()))
    return rows


# -- coding a row --------------------------------------------------------------------


def one_sentence_article(sentence: str, doc_id: str, published: str | None) -> tuple[Article, int]:
    """The sentence as ``eventwire extract`` reads a record, and how many characters
    ingest took off its front (a wire dateline): the marked spans move back by that."""
    record: dict[str, Any] = {"text": sentence}
    if published:
        record["published"] = published
    article = parse_record(record, doc_id)
    lifted = len(sentence) - len(article.text) if sentence.endswith(article.text) else 0
    return article, lifted


# -- choosing the event -------------------------------------------------------------


def _overlaps(participant: Participant, spans: tuple[tuple[int, int], ...]) -> bool:
    return participant.start >= 0 and any(participant.start < end and start < participant.end for start, end in spans)


def _covers(participants: list[Participant], spans: tuple[tuple[int, int], ...]) -> bool:
    return not spans or any(_overlaps(p, spans) for p in participants)


def choose_event(events: list[Event], row: PlvRow, lifted: int = 0) -> tuple[Event | None, str]:
    """The event about the marked pair and the tier it was found at (see the module
    docstring); ``lifted``: characters ingest took off the sentence's front."""
    if not events:
        return None, "none"
    if lifted:
        row = replace(row, source_spans=_shifted(row.source_spans, lifted), target_spans=_shifted(row.target_spans, lifted))
    ranked: list[tuple[int, int, int, int, Event]] = []
    for order, event in enumerate(events):
        parties = event.actors + event.recipients
        source, target = _covers(parties, row.source_spans), _covers(parties, row.target_spans)
        tier = 0 if source and target else 1 if source else 2 if target else 3
        directed = _covers(event.actors, row.source_spans) and _covers(event.recipients, row.target_spans)
        ranked.append((tier, not directed, event.status != "asserted", order, event))
    best = min(ranked, key=lambda item: item[:4])
    return best[4], TIERS[best[0]]


def _shifted(spans: tuple[tuple[int, int], ...], by: int) -> tuple[tuple[int, int], ...]:
    return tuple((start - by, end - by) for start, end in spans)


def error_kind(outcome: Outcome, trigger_types: set[str]) -> str:
    """Which of ERROR_KINDS a misclassified row falls under, given the types its triggers have."""
    wanted = accepted(outcome.row.gold)
    if outcome.predicted == NO_EVENT:
        return "event dropped" if trigger_types else "no trigger"
    if any(kind.split("/")[0] in wanted for kind in outcome.all_types):
        return "other event chosen"
    if trigger_types & wanted:
        return "gold trigger dropped"
    return "status-driven" if outcome.status != "asserted" else "type differs"


def diagnose(outcome: Outcome, coder: EventCoder) -> None:
    """Fill in the error kind and the trigger list of a misclassified row (parses it again)."""
    doc = load_analysis_pipeline()(outcome.row.sentence)
    # The coder's own matcher (events/matching.py, as in lexicon_coverage.py):
    # the diagnosis must see exactly the triggers and constraints the coder sees.
    matches = [m for sentence in doc.sents for m in coder.matcher.find(sentence)]
    outcome.triggers = tuple(f"{m.words} {m.entry.type}" for m in matches)
    outcome.kind = error_kind(outcome, {m.entry.type for m in matches})


def code_rows(rows: list[PlvRow], pipeline: Pipeline, console: Console) -> list[Outcome]:
    outcomes: list[Outcome] = []
    coder = EventCoder()
    columns = (TextColumn("coding PLV"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("coding", total=len(rows))
        for number, row in enumerate(rows):
            article, lifted = one_sentence_article(row.sentence, f"plv-{row.sentence_id}-{number}", PUBLISHED)
            result = pipeline.process(article)
            events = result.events if isinstance(result, ArticleResult) else []
            event, tier = choose_event(events, row, lifted)
            outcomes.append(Outcome(
                row=row,
                predicted=event.type if event else NO_EVENT,
                tier=tier,
                status=event.status if event else "",
                mode=event.mode if event else "",
                cameo=event.cameo if event else "",
                why=event.why if event else (getattr(result, "reason", "") or ""),
                all_types=tuple(f"{e.type}/{e.status}" for e in events),
            ))
            if not outcomes[-1].correct:
                diagnose(outcomes[-1], coder)
            progress.advance(task)
    return outcomes


# -- scoring ----------------------------------------------------------------------


def figures(outcomes: list[Outcome]) -> Figures:
    result = Figures(rows=len(outcomes))
    if not outcomes:
        return result
    labels = sorted({o.row.gold for o in outcomes})
    per_type = {label: TypeFigures() for label in labels}
    for outcome in outcomes:
        per_type[outcome.row.gold].n += 1
        if outcome.reported in per_type:
            per_type[outcome.reported].predicted += 1
        if outcome.correct:
            per_type[outcome.row.gold].correct += 1
    result.per_type = per_type
    result.accuracy = sum(o.correct for o in outcomes) / len(outcomes)
    result.macro_f1 = sum(t.f1 for t in per_type.values()) / len(per_type)
    result.no_event = sum(o.predicted == NO_EVENT for o in outcomes) / len(outcomes)
    wrong = Counter((o.row.gold, o.reported) for o in outcomes if not o.correct)
    result.confusions = [(gold, guess, n) for (gold, guess), n in wrong.most_common(15)]
    tiers = Counter(o.tier for o in outcomes)
    result.tiers = {tier: tiers.get(tier, 0) for tier in TIERS}
    status: dict[str, list[int]] = {}
    for outcome in outcomes:
        cell = status.setdefault(outcome.status or "-", [0, 0])
        cell[0] += 1
        cell[1] += outcome.correct
    result.status = {name: (n, c) for name, (n, c) in sorted(status.items())}
    folded = [plv_style_type(o.predicted, o.status) for o in outcomes]
    result.status_folded_accuracy = sum(t in accepted(o.row.gold) for t, o in zip(folded, outcomes)) / len(outcomes)
    conventional = [plv_convention_type(o) for o in outcomes]
    result.plv_conventions_accuracy = sum(t in accepted(o.row.gold) for t, o in zip(conventional, outcomes)) / len(outcomes)
    kinds = Counter(o.kind for o in outcomes if not o.correct)
    result.error_kinds = {kind: kinds.get(kind, 0) for kind in ERROR_KINDS}
    return result


def plv_convention_type(outcome: Outcome) -> str:
    """The type PLV's labels give where they depart from the PLOVER 2.0 manual, which
    eventwire follows: a conviction is ACCUSE there (manual: SANCTION convict), a cyber
    attack or a blockade ASSAULT (manual: COERCE cyber, COERCE restrict, CAMEO 191), and a
    negated act REJECT (manual: the act with a negation context). A what-if figure that says
    how much of the gap to PLV is a reading of the ontology, not a coding error."""
    if outcome.status == "negated":
        return "REJECT"
    if outcome.predicted == "SANCTION" and outcome.mode == "convict":
        return "ACCUSE"
    if outcome.predicted == "COERCE" and (outcome.mode == "cyber" or outcome.cameo == "191"):
        return "ASSAULT"
    return outcome.predicted


def plv_style_type(event_type: str, status: str) -> str:
    """The type PLV would give an event of this status: PLV folds status into the type.

    A promised or offered cooperative act (quads 1-2: "will release", "would hold talks")
    is AGREE, an announced material conflict act (quad 4: "will begin an operation
    against", "would boycott") is THREATEN, a refused or negated cooperative act ("will
    not release", "failed to reach a deal") is REJECT; verbal conflict types keep theirs.
    A what-if figure for the coder, not how eventwire codes: eventwire keeps the act's
    type and reports the status beside it.
    """
    if event_type == NO_EVENT or status in ("", "asserted") or event_type in ("AGREE", "REQUEST", "THREATEN", "REJECT"):
        return event_type
    quad = Ontology.load().quad(event_type)
    if status in ("future", "hypothetical"):
        return "AGREE" if quad in (1, 2) else "THREATEN" if quad == 4 else event_type
    return "REJECT" if quad in (1, 2) else event_type


def cue_table(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    """How PLV types rows with status-bearing phrases, and what the chosen event says."""
    rows: list[dict[str, Any]] = []
    for name, pattern in STATUS_CUES.items():
        hits = [o for o in outcomes if pattern.search(o.row.sentence)]
        if not hits:
            continue
        rows.append({
            "cue": name,
            "rows": len(hits),
            "accuracy": round(sum(o.correct for o in hits) / len(hits), 4),
            "gold": Counter(o.row.gold for o in hits).most_common(4),
            "predicted": Counter(f"{o.reported}/{o.status or '-'}" for o in hits).most_common(4),
        })
    return rows


def agree_vs_consult(outcomes: list[Outcome]) -> dict[str, int]:
    """PLV codes "agreed to meet" and "will meet" as AGREE; how often do we answer CONSULT or another
    future act, overall and on the rows that say "agree(d) to"?"""
    agreed = [o for o in outcomes if o.row.gold == "AGREE" and STATUS_CUES["agree(d) to"].search(o.row.sentence)]
    gold_agree = [o for o in outcomes if o.row.gold == "AGREE"]
    return {
        "gold_agree": len(gold_agree),
        "gold_agree_predicted_consult_future_or_hypothetical": sum(
            o.predicted == "CONSULT" and o.status in ("future", "hypothetical") for o in gold_agree),
        "gold_agree_predicted_other_future_or_hypothetical": sum(
            o.predicted not in ("CONSULT", "AGREE", NO_EVENT) and o.status in ("future", "hypothetical") for o in gold_agree),
        "gold_agree_with_agreed_to": len(agreed),
        "predicted_agree": sum(o.predicted == "AGREE" for o in agreed),
        "predicted_consult": sum(o.predicted == "CONSULT" for o in agreed),
        "predicted_consult_future": sum(o.predicted == "CONSULT" and o.status == "future" for o in agreed),
        "predicted_other_non_asserted": sum(o.predicted not in ("AGREE", "CONSULT", NO_EVENT) and o.status != "asserted" for o in agreed),
        "no_event": sum(o.predicted == NO_EVENT for o in agreed),
        # the chooser prefers the asserted main clause; these rows also carry a future CONSULT event
        "agreed_to_rows_with_a_consult_future_event": sum(
            any(t.startswith("CONSULT/") and not t.endswith("/asserted") for t in o.all_types)
            for o in outcomes if STATUS_CUES["agree(d) to"].search(o.row.sentence)),
    }


# -- reporting --------------------------------------------------------------------


def pct(value: float) -> str:
    return f"{100 * value:5.1f}"


def print_report(name: str, result: Figures, console: Console) -> None:
    console.print(f"\n[bold]{name}[/bold]: {result.rows} rows, accuracy {pct(result.accuracy)}%, "
                  f"macro-F1 {pct(result.macro_f1)}, no event {pct(result.no_event)}%")
    table = Table(title=f"Per gold root ({name})")
    for column in ("type", "n", "predicted", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for label, t in sorted(result.per_type.items(), key=lambda kv: -kv[1].n):
        table.add_row(label, str(t.n), str(t.predicted), pct(t.precision), pct(t.recall), pct(t.f1))
    console.print(table)
    console.print("Top confusions (gold -> predicted): " + ", ".join(f"{g}->{p} {n}" for g, p, n in result.confusions[:12]))
    console.print(f"What-if, status folded into the type as PLV does (see plv_style_type): accuracy "
                  f"{pct(result.status_folded_accuracy).strip()}%")
    console.print(f"What-if, PLV's readings where they leave the PLOVER manual (see plv_convention_type): accuracy "
                  f"{pct(result.plv_conventions_accuracy).strip()}%")
    console.print("Tier of the chosen event: " + ", ".join(f"{t} {n}" for t, n in result.tiers.items()))
    console.print("Status of the chosen event (rows, accuracy): " + ", ".join(
        f"{s} {n} ({pct(c / n).strip()}%)" for s, (n, c) in result.status.items()))
    kinds = Table(title=f"Error kinds ({name})")
    for column in ("kind", "rows", "what"):
        kinds.add_column(column, justify="right" if column == "rows" else "left")
    for kind, n in sorted(result.error_kinds.items(), key=lambda kv: -kv[1]):
        kinds.add_row(kind, str(n), ERROR_KIND_HELP[kind])
    console.print(kinds)


def print_cues(outcomes: list[Outcome], console: Console) -> None:
    table = Table(title="Status-bearing phrases: PLV's gold vs our chosen event (type/status)")
    for column in ("cue", "rows", "acc %", "gold roots", "we say"):
        table.add_column(column)
    for row in cue_table(outcomes):
        table.add_row(row["cue"], str(row["rows"]), pct(row["accuracy"]),
                      ", ".join(f"{k} {n}" for k, n in row["gold"]), ", ".join(f"{k} {n}" for k, n in row["predicted"]))
    console.print(table)
    console.print("AGREE vs CONSULT and status: " + ", ".join(f"{k} {v}" for k, v in agree_vs_consult(outcomes).items()))


def print_errors(outcomes: list[Outcome], count: int, console: Console) -> None:
    wrong = [o for o in outcomes if not o.correct][:count]
    console.print(f"\n{len(wrong)} misclassified rows:")
    for o in wrong:
        marked = o.row.sentence
        for start, end in sorted(o.row.source_spans + o.row.target_spans, reverse=True):
            tag = "S" if (start, end) in o.row.source_spans else "T"
            marked = f"{marked[:start]}[{tag}:{marked[start:end]}]{marked[end:]}"
        console.print(f"#{o.row.sentence_id} gold {o.row.gold} got {o.reported}/{o.status or '-'} "
                      f"[{o.kind}] ({o.tier}; events {', '.join(o.all_types) or '-'})", highlight=False, markup=False)
        console.print(f"   {marked}", highlight=False, markup=False)
        if o.why:
            console.print(f"   why: {o.why}", highlight=False, markup=False)
        console.print(f"   triggers: {'; '.join(o.triggers) or '-'}", highlight=False, markup=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PLV_train.tsv")
    parser.add_argument("--split", choices=("all", "dev", "held-out"), default="all",
                        help="rows to score in detail: all, dev (even sentence_id) or held-out (odd)")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="code only the first N rows of the split (the file is grouped by type: a smoke run)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N misclassified rows of the split")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object, nothing else")
    args = parser.parse_args(argv)
    console = Console(width=160, stderr=args.json)
    try:
        rows = read_rows(args.data)
    except EvaluationError as exc:
        console.print(f"[red]{exc}[/red]")
        return 2
    if args.split != "all":
        rows = [r for r in rows if r.half == args.split]
    if args.limit:
        rows = rows[: args.limit]
    pipeline = default_pipeline()
    outcomes = code_rows(rows, pipeline, console)
    overall = figures(outcomes)
    halves = {half: figures([o for o in outcomes if o.row.half == half]) for half in ("dev", "held-out")}
    if args.json:
        payload = {
            "split": args.split,
            "published": PUBLISHED,
            **overall.to_dict(),
            "halves": {half: {"rows": f.rows, "accuracy": round(f.accuracy, 4), "macro_f1": round(f.macro_f1, 4),
                              "no_event_share": round(f.no_event, 4),
                              "status_folded_accuracy": round(f.status_folded_accuracy, 4),
                              "plv_conventions_accuracy": round(f.plv_conventions_accuracy, 4)} for half, f in halves.items()},
            "status_cues": cue_table(outcomes),
            "agree_vs_consult": agree_vs_consult(outcomes),
        }
        print(json.dumps(payload, indent=1))
        return 0
    print_report(f"PLV ({args.split})", overall, console)
    print_cues(outcomes, console)
    console.print("\nBy half: " + "; ".join(
        f"{half} {f.rows} rows, accuracy {pct(f.accuracy).strip()}%, macro-F1 {pct(f.macro_f1).strip()}, "
        f"no event {pct(f.no_event).strip()}%" for half, f in halves.items() if f.rows))
    if args.errors:
        print_errors(outcomes, args.errors, console)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
