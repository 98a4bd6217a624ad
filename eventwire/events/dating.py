"""When an event happened: a time expression of its own clause, the narrative's
last date, or the publication date, in that order, and never the report date
for something that is only planned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from eventwire.models import Timex


@dataclass(frozen=True)
class EventDate:
    value: str
    precision: str
    source: str  # timex / context / publication / ""


UNKNOWN = EventDate("", "unknown", "")


class Dater:
    """Dates events of one article; remembers the narrative date paragraph by paragraph."""

    def __init__(self, timexes: list[Timex], published: date | None, text: str) -> None:
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self.published = published
        self.text = text
        self._last: tuple[int, EventDate] | None = None  # (paragraph start, date) of the last dated event

    def date_for(self, trigger: Token, sentence: Span, status: str) -> EventDate:
        own = self._own_timex(trigger, sentence)
        paragraph = self._paragraph_start(sentence.start_char)
        if own is not None:
            found = EventDate(own.value, own.precision, "timex")
            self._last = (paragraph, found)
            return found
        if status in ("future", "hypothetical"):
            return UNKNOWN
        if self._last is not None and self._last[0] == paragraph and _past_narrative(trigger):
            return EventDate(self._last[1].value, self._last[1].precision, "context")
        if self.published is not None:
            return EventDate(self.published.isoformat(), "day", "publication")
        return UNKNOWN

    def _own_timex(self, trigger: Token, sentence: Span) -> Timex | None:
        """A time expression of the trigger's own clause, else of a clause that governs it;
        one inside another clause ("since Israel launched its offensive in April") dates
        that clause's event, not this one."""
        inside = [t for t in self.timexes if sentence.start_char <= t.start and t.end <= sentence.end_char]
        if not inside:
            return None
        own = _clause_of(trigger)
        governing = _governing_clauses(own)
        by_clause: dict[str, list[Timex]] = {"own": [], "governing": []}
        doc = trigger.doc
        for timex in inside:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            clause = _clause_of(span.root)
            in_noun_phrase = trigger.pos_ in ("NOUN", "PROPN") and trigger.left_edge.i <= span.root.i <= trigger.right_edge.i
            if clause.i == own.i or in_noun_phrase:
                # an event noun's own modifiers date it: "the agreement signed in November"
                by_clause["own"].append(timex)
            elif clause.i in governing:
                by_clause["governing"].append(timex)
        pool = by_clause["own"] or by_clause["governing"]
        return min(pool, key=lambda t: abs(t.start - trigger.idx)) if pool else None

    def _paragraph_start(self, offset: int) -> int:
        return self.text.rfind("\n\n", 0, offset)


def _clause_of(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself for a verb)."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass", "amod"):
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


def _governing_clauses(clause: Token) -> set[int]:
    found: set[int] = set()
    node = clause
    while node.head.i != node.i and node.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl", "prep", "pobj", "dobj"):
        node = _clause_of(node.head)
        found.add(node.i)
    return found


def _past_narrative(trigger: Token) -> bool:
    """Simple past carries the narrative date on; present perfect and present do not."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ == "VBD":
        return not any(child.lemma_ == "have" and child.dep_ == "aux" for child in verb.children)
    return False
