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
        inside = [t for t in self.timexes if sentence.start_char <= t.start and t.end <= sentence.end_char]
        if not inside:
            return None
        subtree = {tok.idx for tok in trigger.head.subtree} if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else {tok.idx for tok in trigger.subtree}
        attached = [t for t in inside if any(t.start <= idx < t.end for idx in subtree)]
        pool = attached or inside
        return min(pool, key=lambda t: abs(t.start - trigger.idx))

    def _paragraph_start(self, offset: int) -> int:
        return self.text.rfind("\n\n", 0, offset)


def _past_narrative(trigger: Token) -> bool:
    """Simple past carries the narrative date on; present perfect and present do not."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ == "VBD":
        return not any(child.lemma_ == "have" and child.dep_ == "aux" for child in verb.children)
    return False
