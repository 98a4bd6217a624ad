"""When an event happened, and how eventwire knows (``EventDate.source``).

In order of trust:

1. ``timex``: a time expression of the event's own clause (or of the noun phrase
   of an event noun, "the agreement signed in November"), else of a clause that
   governs it. A clause put "two years after" or "a week before" another takes
   that clause's date moved by the span. For a future or hypothetical event a
   weekday or a date without a year is the coming one ("will sign on Sunday").
2. ``context``: the date the paragraph's narrative runs on (the last dated event
   of the paragraph, carried to simple-past clauses), or the date an earlier
   sentence gave the same happening ("last April's offensive" ... "the offensive
   killed 175").
3. ``announced``: a planned or hypothetical event with no time of its own, told
   inside a statement, threat or plan ("Nasrallah has threatened that Hezbollah
   would go to the streets"), takes the date of that statement, as event data
   records an intention on the day it is voiced; its status says it has not
   happened. One told on its own ("Russia and Turkey will hold talks") stays
   undated (source ""): the report's date says nothing about when it will happen.
4. ``publication``: the publication day, for what is told with no time word (not for a
   happening set in an era, "during the Pinochet regime": that stays undated).

A time expression does not date a clause where it only anchors or describes
something else: a modifier in front of another noun ("protesting against the
Feb. 1 coup", "after next year's pullback"), or the object of a preposition
that orders two times ("after Friday's talks"). The words live in the time
lexicon (``eventwire/time/data/lexicon.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.events.status import status_cues
from eventwire.models import Timex
from eventwire.time import (
    Duration,
    depends_on_direction,
    normalise,
    parse_duration,
    shift_value,
)
from eventwire.time.lexicon import load_lexicon
from eventwire.time.normalise import WEEKEND_SUFFIX

# The documented values of ``Event.date_source`` (see docs/output.md).
DATE_SOURCES = ("timex", "context", "announced", "publication", "")


@dataclass(frozen=True)
class EventDate:
    value: str
    precision: str
    source: str  # one of DATE_SOURCES


UNKNOWN = EventDate("", "unknown", "")

# Dependency labels by which a clause hangs under the clause that governs it.
_GOVERNED_BY = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl", "prep", "pobj", "dobj")
# Labels of a modifier standing in front of its noun: "the Feb. 1 coup", "last April's offensive".
_PRE_MODIFIER = ("compound", "nmod", "amod", "poss", "nummod", "npadvmod")
_SUBJECT = ("nsubj", "nsubjpass")
# Time expressions too wide to date an event by ("in the 1990s").
_TOO_VAGUE = ("decade", "century")
# Precisions that cover a happening and another one soon after it.
_COARSE_ENOUGH = ("month", "season", "quarter", "year")
# Statuses of things that have not happened (yet): their bare weekdays lie ahead.
_NOT_YET = ("future", "hypothetical")


class Dater:
    """Dates events of one article; remembers the narrative date paragraph by paragraph."""

    def __init__(self, timexes: list[Timex], published: date | None, text: str) -> None:
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self.published = published
        self.text = text
        self.lexicon = load_lexicon()
        self._last: tuple[int, EventDate] | None = None  # (paragraph start, date) of the last dated event

    def date_for(self, trigger: Token, sentence: Span, status: str) -> EventDate:
        paragraph = self._paragraph_start(sentence.start_char)
        found = self._from_text(trigger, sentence, status)
        if found is not None:
            self._last = (paragraph, found)
            return found
        if status in _NOT_YET:
            return self._announced(trigger, paragraph)
        earlier = self._earlier_mention(trigger)
        if earlier is not None:
            return earlier
        if self._last is not None and self._last[0] == paragraph and _past_narrative(trigger):
            return replace(self._last[1], source="context")
        if self._in_an_era(trigger):
            return UNKNOWN
        return self._publication()

    def _in_an_era(self, trigger: Token) -> bool:
        """"suffered torture during the Pinochet regime", "killed under Saddam's rule": set
        in an era, not on the report's day."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        return any(prep.lower_ in self.lexicon.era_prepositions and pobj.lemma_.lower() in self.lexicon.era_nouns
                   for head in {trigger, verb} for prep in head.children if prep.dep_ == "prep"
                   for pobj in prep.children if pobj.dep_ == "pobj")

    def after_publication(self, when: EventDate) -> bool:
        """Whether a date the text gives lies wholly after the report: what is told of as
        done cannot have happened yet ("holds its next meeting on December 18")."""
        days = _days(when.value, when.precision)
        return when.source == "timex" and self.published is not None and days is not None and days[0] > self.published

    def dated_before_publication(self, noun: Token, sentence: Span) -> bool:
        """Whether an event noun's own time expression lies wholly before the report, even
        read as still to come: "the cut-off of gas 12 months ago", "the 2004 offensive".
        Such a happening is told as past whatever the clause around it plans."""
        if self.published is None or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        own, _ = self._clause_timexes(noun, sentence)
        span = noun.doc.char_span(own.start, own.end, alignment_mode="expand") if own is not None else None
        if own is None or span is None or not (_modifies(span.root, noun) or _noun_in_front_of(span.root, span) == noun):
            return False
        dated = self._timex_date(own, noun.doc, ahead=True)
        days = _days(dated.value, dated.precision)
        return days is not None and days[1] < self.published

    # ------------------------------------------------------------------ the text's own words
    def _from_text(self, trigger: Token, sentence: Span, status: str) -> EventDate | None:
        """A date the sentence gives the event: its own time expression, an offset from
        the clause it is ordered against, or a governing clause's time expression."""
        own, governing = self._clause_timexes(trigger, sentence)
        if own is not None:
            return self._timex_date(own, trigger.doc, ahead=status in _NOT_YET)
        offset = self._offset(trigger, sentence, status)
        if offset is not None:
            return offset
        if governing is not None:
            return self._timex_date(governing, trigger.doc, ahead=False)
        return None

    def _timex_date(self, timex: Timex, doc: Doc, *, ahead: bool) -> EventDate:
        value, precision = timex.value, str(timex.precision)
        if (ahead or _told_ahead(timex, doc)) and self.published is not None and depends_on_direction(timex.text):
            # The timex was read as news reads it (the latest such day); a thing still
            # to come on "Sunday" is the coming Sunday (within normalise's horizon, so a
            # status read wrongly cannot throw "the withdrawal in September" a year ahead).
            coming = normalise(timex.text, self.published, prefer="soon")
            if coming is not None:
                value, precision = coming
        value, precision = _event_value(value, precision)
        return EventDate(value, precision, "timex")

    def _clause_timexes(self, trigger: Token, sentence: Span) -> tuple[Timex | None, Timex | None]:
        """The time expression of the trigger's own clause and the nearest one of a clause
        that governs it; one inside another clause ("since Israel launched its offensive
        in April") dates that clause's event, not this one."""
        inside = [
            t for t in self.timexes
            if sentence.start_char <= t.start and t.end <= sentence.end_char and t.precision not in _TOO_VAGUE
        ]
        if not inside:
            return None, None
        doc = trigger.doc
        own_clause = _clause_of(trigger)
        governing = _governing_clauses(own_clause)
        own: list[Timex] = []
        above: list[Timex] = []
        for timex in inside:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if trigger.pos_ in ("NOUN", "PROPN") and _modifies(root, trigger):
                own.append(timex)  # an event noun's own modifiers date it: "the agreement signed in November"
                continue
            if self._dates_through_noun(root, span, trigger):
                own.append(timex)
                continue
            if self._describes_other_noun(root, span, trigger) or self._only_anchors(root, trigger, timex):
                continue
            clause = _clause_of(root)
            if clause.i == own_clause.i:
                own.append(timex)
            elif clause.i in governing:
                above.append(timex)
        return self._nearest(own, trigger), self._nearest(above, trigger)

    def _describes_other_noun(self, root: Token, span: Span, trigger: Token) -> bool:
        """"the Feb. 1 coup", "next year's pullback": a time in front of a noun dates that
        noun. It dates the clause only when the noun is the clause's subject ("Tuesday's
        attack killed five"): then the clause tells what that happening did."""
        noun = _noun_in_front_of(root, span)
        if noun is None or noun.i == trigger.i:
            return False
        return not (noun.dep_ in _SUBJECT and noun.head.i == _clause_of(trigger).i)

    def _dates_through_noun(self, root: Token, span: Span, trigger: Token) -> bool:
        """A time in front of a noun that the event happened in: "the 1975 coup in which
        Mujib was killed", "slain in the August 15, 1975 putsch"."""
        noun = _noun_in_front_of(root, span)
        if noun is None or noun.i == trigger.i:
            return False
        clause = _clause_of(trigger)
        if clause.dep_ in ("relcl", "acl") and clause.head.i == noun.i:
            return True
        return (
            noun.dep_ == "pobj"
            and noun.head.lower_ in self.lexicon.within_prepositions
            and noun.head.head.i in (clause.i, trigger.i)
        )

    def _only_anchors(self, root: Token, trigger: Token, timex: Timex) -> bool:
        """"after Friday's talks", "before May 5": the time orders the event against
        another one instead of saying when it happened; "soon after the election victory
        last year" is close enough for a month or a year to date both."""
        node = root
        for _ in range(4):
            if node.dep_ == "pobj" and node.head.lower_ in self.lexicon.anchor_prepositions:
                close = any(c.lower_ in self.lexicon.close_order_adverbs for c in node.head.children if c.i < node.head.i)
                if close and str(timex.precision) in _COARSE_ENOUGH:
                    return False
                return node.head.head.i != trigger.i or trigger.pos_ not in ("NOUN", "PROPN")
            if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
                return False
            node = node.head
        return False

    def _nearest(self, timexes: list[Timex], trigger: Token) -> Timex | None:
        if not timexes:
            return None
        # "from 1998 to 2000": an event over a span is dated by its start.
        starts = [t for t in timexes if _word_before(self.text, t.start) in self.lexicon.range_starts]
        if starts:
            timexes = [t for t in timexes if _word_before(self.text, t.start) not in self.lexicon.range_ends]
        return min(timexes, key=lambda t: abs(t.start - trigger.idx))

    # ------------------------------------------------------------------ "two years after ..."
    def _offset(self, trigger: Token, sentence: Span, status: str) -> EventDate | None:
        """"NATO took over in 2003, two years after US-led forces overthrew the Taliban":
        a clause ordered "<span> after/before" the clause that governs it happened that
        span before/after the governing clause's date."""
        clause = _clause_of(trigger)
        for _ in range(6):
            moved = self._ordering(clause)
            if moved is not None and clause.head.i != clause.i:
                span, direction = moved
                anchor = _clause_of(clause.head)
                dated = self._anchor_date(anchor, sentence, status)
                if dated is None:
                    return None
                value = shift_value(dated.value, span.unit, -direction * span.count)
                if value is None:
                    return None
                return EventDate(value[0], value[1], dated.source)
            if clause.head.i == clause.i or clause.dep_ not in _GOVERNED_BY:
                return None
            clause = _clause_of(clause.head)
        return None

    def _ordering(self, clause: Token) -> tuple[Duration, int] | None:
        """The span and direction (+1 after, -1 before) a clause is ordered by, if any."""
        marks = [c for c in clause.children if c.dep_ in ("mark", "prep") and c.lower_ in self.lexicon.offset_marks]
        for mark in marks:
            for child in (*clause.children, *mark.children):
                if child.dep_ == "npadvmod" and child.i < mark.i:
                    words = self.text[child.left_edge.idx : child.right_edge.idx + len(child.right_edge.text)]
                    span = parse_duration(words)
                    if span is not None:
                        return span, self.lexicon.offset_marks[mark.lower_]
        return None

    def _anchor_date(self, anchor: Token, sentence: Span, status: str) -> EventDate | None:
        own, governing = self._clause_timexes(anchor, sentence)
        timex = own or governing
        if timex is not None:
            return self._timex_date(timex, anchor.doc, ahead=False)
        if status in _NOT_YET:
            return None
        return self._publication() if self.published is not None else None

    # ------------------------------------------------------------------ the article around
    def _earlier_mention(self, trigger: Token) -> EventDate | None:
        """An event noun with no time of its own ("Israel's 17-day offensive"), or a clause
        whose subject is one ("the offensive killed 175"), takes the date an earlier
        sentence gave a noun of the same word ("last April's Israeli offensive")."""
        noun = trigger if trigger.pos_ == "NOUN" else next(
            (c for c in trigger.children if c.dep_ in _SUBJECT and c.pos_ == "NOUN"), None
        )
        if noun is None or not any(c.dep_ in ("det", "poss") for c in noun.children):
            return None
        for timex in reversed(self.timexes):
            if timex.end > noun.sent.start_char or timex.precision in _TOO_VAGUE:
                continue
            span = trigger.doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None:
                continue
            described = _noun_dated_by(span)
            if described is not None and described.lemma_ == noun.lemma_:
                return EventDate(*_event_value(timex.value, str(timex.precision)), "context")
        return None

    def _announced(self, trigger: Token, paragraph: int) -> EventDate:
        """A planned or hypothetical event told inside a statement, threat or plan ("Nasrallah
        has threatened that Hezbollah would go to the streets") is dated by that statement:
        when it was announced, not when it will happen. One told on its own ("Russia and
        Turkey will hold talks") stays undated."""
        clause = _clause_of(trigger)
        if clause.head.i == clause.i or clause.dep_ not in _GOVERNED_BY:
            return UNKNOWN
        if self._last is not None and self._last[0] == paragraph and _past_narrative(_clause_of(clause.head)):
            return replace(self._last[1], source="announced")
        return replace(self._publication(), source="announced") if self.published is not None else UNKNOWN

    def _publication(self) -> EventDate:
        if self.published is None:
            return UNKNOWN
        return EventDate(self.published.isoformat(), "day", "publication")

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


def _noun_in_front_of(root: Token, span: Span) -> Token | None:
    """The noun a time expression stands in front of ("the Feb. 1 coup"), if it does."""
    noun = root.head
    if root.dep_ in _PRE_MODIFIER and noun.pos_ in ("NOUN", "PROPN") and noun.i >= span.end:
        return noun
    return None


def _event_value(value: str, precision: str) -> tuple[str, str]:
    """A time expression's value in the forms an event date takes (day, week, month, year):
    a clock time dates its day, a season or quarter its year."""
    match precision:
        case "time":
            return value[:10], "day"
        case "season" | "quarter":
            return value[:4], "year"
        case "week":
            return value.removesuffix(WEEKEND_SUFFIX), "week"  # a weekend dates its week
    return value, precision


def _days(value: str, precision: str) -> tuple[date, date] | None:
    """The first and last day an event date (day, ISO week, month or year) covers."""
    try:
        match precision:
            case "day":
                day = date.fromisoformat(value[:10])
                return day, day
            case "week":
                year, week = int(value[:4]), int(value[6:8])
                return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
            case "month":
                year, month = int(value[:4]), int(value[5:7])
                return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            case "year":
                return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31)
    except ValueError:
        return None
    return None


def _told_ahead(timex: Timex, doc: Doc) -> bool:
    """Whether the clause a time expression belongs to has a future auxiliary ("the summit
    on Friday will bring together ..."), whatever the event's own status."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    clause = _clause_of(span.root)
    future = status_cues().future_aux
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for c in clause.children):
        return True
    # "the bank holds its next meeting on Friday": the simple present of a schedule
    return clause.tag_ in ("VBZ", "VBP") and clause.lemma_.lower() not in status_cues().reporting_verbs and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)


def _modifies(root: Token, noun: Token) -> bool:
    """Whether a time expression (by its root) modifies ``noun`` itself: stands in front of
    it, follows it ("talks Monday"), or ends a prepositional phrase hung on it ("the
    agreement signed in November" through its participle, "the visit in May"), but not
    through another noun ("talks on the remains of troops killed in 1950")."""
    node = root
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        if head.i == noun.i:
            return True
        if head.pos_ != "ADP" and not (head.tag_ == "VBN" and head.dep_ == "acl"):
            return False
        node = head
    return False


def _governing_clauses(clause: Token) -> set[int]:
    found: set[int] = set()
    node = clause
    while node.head.i != node.i and node.dep_ in _GOVERNED_BY:
        node = _clause_of(node.head)
        found.add(node.i)
    return found


def _noun_dated_by(span: Span) -> Token | None:
    """The noun a time expression describes: the one it stands in front of ("last April's
    offensive"), or the one whose prepositional phrase it ends ("the offensive in April 1996")."""
    root = span.root
    if root.dep_ in _PRE_MODIFIER and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        return root.head
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].split()
    return words[-1].lower() if words else ""


def _past_narrative(trigger: Token) -> bool:
    """Simple past carries the narrative date on; present perfect and present do not."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ == "VBD":
        return not any(child.lemma_ == "have" and child.dep_ == "aux" for child in verb.children)
    return False
