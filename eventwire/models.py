"""The records that flow through eventwire: articles in, events and statements out.

Field names follow the output contract in docs/architecture.md and the gold
format, so a record's ``to_dict`` is exactly what ``eventwire extract`` prints.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Status = Literal["asserted", "future", "hypothetical", "negated"]
# "time" (a clock time on a day), "season", "quarter" and "decade" are timex precisions
Precision = Literal["time", "day", "week", "month", "season", "quarter", "year", "decade", "unknown"]
QuoteKind = Literal["direct", "indirect", "mixed"]
PLACE_KINDS = ("city", "country", "region", "other")
# How exactly a place pins a point: a city or smaller, a first-level division, a
# region no single division covers (Donbas, the Sahel), or only a country.
PLACE_PRECISIONS = ("point", "admin1", "region", "country")


@dataclass(slots=True)
class Article:
    """One news report, whatever form it arrived in."""

    doc_id: str
    text: str
    headline: str = ""
    dateline: str = ""
    published: str = ""  # ISO 8601 date or datetime ("2021-01-18" or "2021-01-18T15:11:00")
    url: str = ""
    source: str = ""
    section: str = ""
    byline: str = ""
    language: str = "en"
    extras: dict[str, Any] = field(default_factory=dict)  # view_count, photo_credit, ...
    origin: str = ""  # where it was read from (file path, "stdin", URL); not part of identity

    def published_datetime(self) -> datetime | None:
        """The publication moment, or None when the record has no usable date."""
        if not self.published:
            return None
        try:
            return datetime.fromisoformat(self.published)
        except ValueError:
            return None

    def published_date(self) -> date | None:
        moment = self.published_datetime()
        return moment.date() if moment else None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class TextSpan:
    """A piece of the article text; start/end index ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Participant:
    """An actor or recipient of an event, resolved as far as the knowledge base allows."""

    name: str
    country: str = "UNK"  # ISO3, "IGO" or "UNK"
    sector: str = ""  # PLOVER sector code (GOV, MIL, REB, ...) or ""
    actor_id: str = ""  # knowledge-base id when known
    mention: str = ""  # the words in the text
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Location:
    """Where an event happened; ``source`` says how eventwire knows (see docs/places.md)."""

    name: str = ""
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: str = ""  # one of PLACE_PRECISIONS, or "" when no place is known
    geonameid: int | None = None
    source: str = ""  # parse / sentence / dateline, or ""


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER 2.0 root type
    mode: str = ""
    contexts: list[str] = field(default_factory=list)
    cameo: str = ""
    quad: int = 0  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    score: float = 0.0  # Goldstein-style intensity, -10..10
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    date: str = ""
    date_precision: Precision = "unknown"
    date_source: str = ""  # timex / context / announced / publication, or "" (see docs/output.md)
    status: Status = "asserted"
    location: Location = field(default_factory=Location)
    evidence: TextSpan = field(default_factory=lambda: TextSpan("", -1, -1))
    mentions: list[TextSpan] = field(default_factory=list)  # further evidence of the same happening
    confidence: float = 0.0
    why: str = ""
    quote_id: str = ""  # the statement that constitutes this event, if any


@dataclass(slots=True)
class Quote:
    id: str
    speaker: str
    speaker_country: str = "UNK"
    speaker_sector: str = ""
    speaker_mention: str = ""
    speaker_actor_id: str = ""
    cue: str = ""
    kind: QuoteKind = "indirect"
    content: TextSpan = field(default_factory=lambda: TextSpan("", -1, -1))
    relay: str = ""  # who passed the statement on ("TASS quotes Lavrov" -> TASS)
    event_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Timex:
    text: str
    start: int
    end: int
    value: str  # TimeML value: 2021-01-18, 2021-01, 2021, 2021-W03
    precision: Precision


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str
    kind: str  # one of PLACE_KINDS
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str = ""  # one of PLACE_PRECISIONS


@dataclass(slots=True)
class Rejected:
    """An input that could not become an article, and why."""

    source: str
    reason: str


@dataclass(slots=True)
class ArticleResult:
    """Everything eventwire extracted from one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The output contract of ``eventwire extract``."""
        return {
            "doc_id": self.article.doc_id,
            "published": self.article.published,
            "headline": self.article.headline,
            "article": self.article.to_dict(),
            "events": [dataclasses.asdict(e) for e in self.events],
            "quotes": [dataclasses.asdict(q) for q in self.quotes],
            "timexes": [dataclasses.asdict(t) for t in self.timexes],
            "places": [dataclasses.asdict(p) for p in self.places],
            "rejected": None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleResult:
        """The inverse of ``to_dict`` (results that travel between processes as JSON)."""
        return cls(
            article=_build(Article, data["article"]),
            events=[_build(Event, e) for e in data["events"]],
            quotes=[_build(Quote, q) for q in data["quotes"]],
            timexes=[_build(Timex, t) for t in data["timexes"]],
            places=[_build(Place, p) for p in data["places"]],
        )


# fields that hold records (or lists of records), by name
_NESTED: dict[str, type] = {"actors": Participant, "recipients": Participant, "location": Location,
                            "evidence": TextSpan, "mentions": TextSpan, "content": TextSpan}


def _build(kind: type, data: dict[str, Any]) -> Any:
    """A record from its ``asdict`` form, nested records and lists of them included."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(kind):
        if item.name not in data:
            continue
        value, nested = data[item.name], _NESTED.get(item.name)
        if nested is not None and isinstance(value, list):
            value = [_build(nested, v) for v in value]
        elif nested is not None and isinstance(value, dict):
            value = _build(nested, value)
        values[item.name] = value
    return kind(**values)
