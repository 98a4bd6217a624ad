"""Scoring one article's events against gold.

Two matchings are made, each one-to-one (see assignment.py):

1. The **event match** of the gold format decides precision/recall/F1: same type
   (or one of gold's ``alt_types``); for each side (actors, recipients) that gold
   fills, at least one of that side's countries among *all* the system event's
   participant countries (so a swapped actor/recipient still matches); and the
   date equal at gold's precision (dates.py). Gold countries "" and UNK are not
   evidence of anything: a side whose countries are all unknown is not checked.
   Among equally many matches, pairs whose evidence overlaps, whose status and
   type agree exactly and whose date is identical are preferred.

   Status, as the format states it ("systems are scored on asserted events; a
   system event that matches a non-asserted gold event counts as a false
   positive unless the system gives it the same status"), read as:

   - gold asserted events are the recall base; one is found when matched to a
     system event the system asserts;
   - every system asserted event is scored: correct when matched to a gold
     asserted event, a false positive otherwise (unmatched, or matched to a
     future/hypothetical/negated gold event);
   - a system non-asserted event is scored only when it matches a non-asserted
     gold event: with the same status it is left out of the figures (rightly not
     asserted), with another status it is a false positive. Matched to a gold
     asserted event it costs that event's recall, not precision; unmatched it is
     not scored, since gold scores asserted events only.

2. The **evidence alignment** pairs events that state the same clause: the
   system evidence (or one of its further mentions) overlaps a position of the
   gold evidence string in the text. Pairs that also agree on participants and
   type are preferred. On these pairs, whatever their status, it measures type
   accuracy (alt types count), date accuracy (pairs whose gold date is unknown are
   left out, as they prove nothing), status accuracy, and participant countries:
   the share of gold countries found among the system event's participant
   countries (recall) and of system countries that gold has (precision), "" and
   UNK skipped on both sides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.evaluate.assignment import match_pairs
from eventwire.evaluate.dates import date_matches
from eventwire.evaluate.figures import Detection, Share
from eventwire.evaluate.spans import Span, best_overlap, occurrences, system_spans

ASSERTED = "asserted"
_UNKNOWN_COUNTRIES = {"", "UNK"}

Record = Mapping[str, Any]


@dataclass(slots=True)
class EventScores:
    detection: Detection = field(default_factory=Detection)
    by_type: dict[str, Detection] = field(default_factory=dict)
    aligned: int = 0
    type_accuracy: Share = field(default_factory=Share)
    date_accuracy: Share = field(default_factory=Share)
    status_accuracy: Share = field(default_factory=Share)
    participant_recall: Share = field(default_factory=Share)
    participant_precision: Share = field(default_factory=Share)
    # the country of the event's place, on aligned events where the gold places it
    location_recall: Share = field(default_factory=Share)
    # ... on aligned events both place (the gold often leaves a place out that the
    # report implies, so a place the gold lacks is not counted wrong)
    location_agreement: Share = field(default_factory=Share)

    def type_row(self, kind: str) -> Detection:
        return self.by_type.setdefault(kind, Detection())

    def add(self, other: EventScores) -> None:
        self.detection.add(other.detection)
        for kind, counts in other.by_type.items():
            self.type_row(kind).add(counts)
        self.aligned += other.aligned
        for name in ("type_accuracy", "date_accuracy", "status_accuracy", "participant_recall", "participant_precision",
                     "location_recall", "location_agreement"):
            getattr(self, name).add(getattr(other, name))


def _countries(participants: Any) -> set[str]:
    if not isinstance(participants, list):
        return set()
    found = set()
    for person in participants:
        if isinstance(person, Mapping):
            code = str(person.get("country") or "").strip().upper()
            if code not in _UNKNOWN_COUNTRIES:
                found.add(code)
    return found


def participant_countries(event: Record) -> set[str]:
    """Known countries of all actors and recipients of an event."""
    return _countries(event.get("actors")) | _countries(event.get("recipients"))


def _type(event: Record) -> str:
    return str(event.get("type") or "").strip().upper()


def _status(event: Record) -> str:
    return str(event.get("status") or ASSERTED)


def type_matches(system: Record, gold: Record) -> bool:
    kind = _type(system)
    return bool(kind) and (kind == _type(gold) or kind in {str(t).upper() for t in gold.get("alt_types") or []})


def participants_match(system: Record, gold: Record) -> bool:
    """For each side gold fills, a country of that side is among the system's participants."""
    system_countries = participant_countries(system)
    for side in ("actors", "recipients"):
        gold_side = _countries(gold.get(side))
        if gold_side and not gold_side & system_countries:
            return False
    return True


def event_date_matches(system: Record, gold: Record) -> bool:
    return date_matches(
        str(system.get("date") or ""), str(gold.get("date") or ""), str(gold.get("date_precision") or "unknown")
    )


def event_matches(system: Record, gold: Record) -> bool:
    """The gold format's event match: type, participants per side, date."""
    return type_matches(system, gold) and participants_match(system, gold) and event_date_matches(system, gold)


def _event_spans(event: Record, text: str) -> list[Span]:
    spans = system_spans(event.get("evidence"), text)
    for mention in event.get("mentions") or []:
        spans.extend(system_spans(mention, text))
    return spans


def _match_quality(system: Record, gold: Record, evidence_overlaps: bool) -> float:
    return (
        0.4 * evidence_overlaps
        + 0.3 * (_status(system) == _status(gold))
        + 0.15 * (_type(system) == _type(gold))
        + 0.15 * (str(system.get("date") or "") == str(gold.get("date") or ""))
    )


def _count_detection(scores: EventScores, system: Sequence[Record], gold: Sequence[Record], pairs: dict[int, int]) -> None:
    partner_of_gold = {g: s for s, g in pairs.items()}
    for g, event in enumerate(gold):
        if _status(event) != ASSERTED:
            continue
        partner = partner_of_gold.get(g)
        found = partner is not None and _status(system[partner]) == ASSERTED
        for row in (scores.detection, scores.type_row(_type(event))):
            row.gold += 1
            row.gold_found += int(found)
    for s, event in enumerate(system):
        g = pairs.get(s)
        gold_status = _status(gold[g]) if g is not None else None
        if _status(event) == ASSERTED:
            correct = gold_status == ASSERTED
        elif gold_status is not None and gold_status != ASSERTED and gold_status != _status(event):
            correct = False  # claims a status gold contradicts
        else:
            continue  # not asserted, and not contradicted: outside the scored set
        for row in (scores.detection, scores.type_row(_type(event))):
            row.system += 1
            row.system_correct += int(correct)


def _count_alignment(scores: EventScores, system: Sequence[Record], gold: Sequence[Record], pairs: list[tuple[int, int]]) -> None:
    for s, g in pairs:
        system_event, gold_event = system[s], gold[g]
        scores.aligned += 1
        scores.type_accuracy.count(type_matches(system_event, gold_event))
        if gold_event.get("date") and gold_event.get("date_precision", "unknown") != "unknown":
            scores.date_accuracy.count(event_date_matches(system_event, gold_event))
        scores.status_accuracy.count(_status(system_event) == _status(gold_event))
        gold_countries, system_countries = participant_countries(gold_event), participant_countries(system_event)
        scores.participant_recall.correct += len(gold_countries & system_countries)
        scores.participant_recall.total += len(gold_countries)
        scores.participant_precision.correct += len(system_countries & gold_countries)
        scores.participant_precision.total += len(system_countries)
        gold_place, system_place = _location_country(gold_event), _location_country(system_event)
        if gold_place:
            scores.location_recall.count(system_place == gold_place)
        if gold_place and system_place:
            scores.location_agreement.count(system_place == gold_place)


def _location_country(event: Record) -> str:
    location = event.get("location") or {}
    return str(location.get("country") or "") if location.get("name") else ""


def score_events(system: Sequence[Record], gold: Sequence[Record], text: str) -> EventScores:
    """Event figures of one article; ``text`` is the article text both sides index."""
    system_spans_ = [_event_spans(event, text) for event in system]
    gold_spans = [occurrences(text, str(event.get("evidence") or "")) for event in gold]
    overlaps = [[best_overlap(s_spans, g_spans) for g_spans in gold_spans] for s_spans in system_spans_]

    match_weights = [
        [
            _match_quality(s_event, g_event, overlaps[s][g] > 0) if event_matches(s_event, g_event) else None
            for g, g_event in enumerate(gold)
        ]
        for s, s_event in enumerate(system)
    ]
    scores = EventScores()
    _count_detection(scores, system, gold, dict(match_pairs(match_weights)))

    align_weights: list[list[float | None]] = []
    for s, s_event in enumerate(system):
        row: list[float | None] = []
        for g, g_event in enumerate(gold):
            shared = overlaps[s][g]
            if shared <= 0:
                row.append(None)
                continue
            longest = max(
                max((end - start for start, end in system_spans_[s]), default=1),
                len(str(g_event.get("evidence") or "")),
            )
            row.append(
                0.4 * participants_match(s_event, g_event)
                + 0.3 * type_matches(s_event, g_event)
                + 0.3 * min(1.0, shared / longest)
            )
        align_weights.append(row)
    _count_alignment(scores, system, gold, match_pairs(align_weights))
    return scores
