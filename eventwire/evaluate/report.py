"""The evaluation report: figures per document and over the whole gold folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.table import Table

from eventwire.evaluate.events import EventScores
from eventwire.evaluate.figures import Detection, Share
from eventwire.evaluate.mentions import MentionScores
from eventwire.evaluate.quotes import QuoteScores


@dataclass(slots=True)
class Scores:
    """Every count the scorer keeps, for one document or summed over many."""

    events: EventScores = field(default_factory=EventScores)
    quotes: QuoteScores = field(default_factory=QuoteScores)
    timexes: MentionScores = field(default_factory=MentionScores)
    places: MentionScores = field(default_factory=MentionScores)

    def add(self, other: Scores) -> None:
        self.events.add(other.events)
        self.quotes.add(other.quotes)
        self.timexes.add(other.timexes)
        self.places.add(other.places)

    def detections(self) -> dict[str, Detection]:
        return {
            "events": self.events.detection,
            "quotes": self.quotes.detection,
            "timexes": self.timexes.detection,
            "places": self.places.detection,
        }

    def accuracies(self) -> dict[str, Share]:
        """Figures judged on matched or aligned pairs, named for the JSON report."""
        events = self.events
        return {
            "event_type_accuracy": events.type_accuracy,
            "event_date_accuracy": events.date_accuracy,
            "event_status_accuracy": events.status_accuracy,
            "participant_country_precision": events.participant_precision,
            "participant_country_recall": events.participant_recall,
            "event_location_recall": events.location_recall,
            "event_location_agreement": events.location_agreement,
            "speaker_accuracy": self.quotes.speaker_accuracy,
            "timex_value_accuracy": self.timexes.accuracy,
            "place_country_accuracy": self.places.accuracy,
        }

    def as_dict(self) -> dict[str, Any]:
        figures: dict[str, Any] = {name: counts.as_dict() for name, counts in self.detections().items()}
        figures["events_aligned_by_evidence"] = self.events.aligned
        figures.update({name: share.as_dict() for name, share in self.accuracies().items()})
        return figures


@dataclass(slots=True)
class DocumentScore:
    doc_id: str
    scores: Scores


@dataclass(slots=True)
class EvalReport:
    """What ``eventwire eval`` reports: totals (micro-averaged) and one row per document."""

    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def totals(self) -> Scores:
        total = Scores()
        for document in self.documents:
            total.add(document.scores)
        return total

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures, rounded to 3 decimals; None where a figure has no base."""
        totals = self.totals
        report: dict[str, Any] = {"documents": len(self.documents)}
        report.update(totals.as_dict())
        report["events_by_type"] = {
            kind: counts.as_dict() for kind, counts in sorted(totals.events.by_type.items())
        }
        report["per_document"] = [{"doc_id": doc.doc_id, **doc.scores.as_dict()} for doc in self.documents]
        return report

    def render(self, console: Console) -> None:
        totals = self.totals
        console.print(_detection_table(f"Detection over {len(self.documents)} documents", totals.detections()))
        console.print(_accuracy_table(totals))
        if totals.events.by_type:
            console.print(_detection_table("Asserted events by type", dict(sorted(totals.events.by_type.items()))))
        if self.documents:
            console.print(_document_table(self.documents))


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _detection_table(title: str, rows: dict[str, Detection]) -> Table:
    table = Table(title=title)
    table.add_column("")
    for heading in ("gold", "found", "system", "correct", "precision", "recall", "F1"):
        table.add_column(heading, justify="right")
    for name, counts in rows.items():
        table.add_row(
            name,
            str(counts.gold),
            str(counts.gold_found),
            str(counts.system),
            str(counts.system_correct),
            _figure(counts.precision),
            _figure(counts.recall),
            _figure(counts.f1),
        )
    return table


def _accuracy_table(totals: Scores) -> Table:
    table = Table(title=f"Accuracy on matched pairs ({totals.events.aligned} events aligned by evidence)")
    table.add_column("figure")
    for heading in ("correct", "judged", "value"):
        table.add_column(heading, justify="right")
    for name, share in totals.accuracies().items():
        table.add_row(name.replace("_", " "), str(share.correct), str(share.total), _figure(share.value))
    return table


def _document_table(documents: list[DocumentScore]) -> Table:
    table = Table(title="Per document (F1; speaker, timex value and place country accuracy)")
    table.add_column("doc_id")
    for heading in ("events", "quotes", "timexes", "places", "speaker", "timex value", "place country"):
        table.add_column(heading, justify="right")
    for doc in documents:
        scores = doc.scores
        table.add_row(
            doc.doc_id,
            *(_figure(counts.f1) for counts in scores.detections().values()),
            _figure(scores.quotes.speaker_accuracy.value),
            _figure(scores.timexes.accuracy.value),
            _figure(scores.places.accuracy.value),
        )
    return table
