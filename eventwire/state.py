"""What the pipeline knows about one article while it works on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.models import Article, ArticleResult, Event, Place, Quote, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.actors.mention_index import MentionIndex


@dataclass
class ArticleState:
    """Filled stage by stage; each stage declares which of these fields it needs and adds."""

    article: Article
    doc: Doc | None = None
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: MentionIndex | None = None
    quotes: list[Quote] = field(default_factory=list)
    quote_candidates: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def result(self) -> ArticleResult:
        return ArticleResult(
            article=self.article,
            events=self.events,
            quotes=self.quotes,
            timexes=self.timexes,
            places=self.places,
        )
