"""The standard stages, each a thin adapter from ArticleState to one library function."""

from __future__ import annotations

from eventwire.errors import ArticleRejected
from eventwire.pipeline import Stage
from eventwire.settings import Settings
from eventwire.state import ArticleState


def standard_stages(settings: Settings) -> list[Stage]:
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.actors.mentions import MentionResolver
    from eventwire.events.coder import EventCoder
    from eventwire.events.merge import merge_within_article
    from eventwire.nlp.analysis import load_analysis_pipeline
    from eventwire.places import find_places
    from eventwire.places.home import home_country
    from eventwire.quotes import find_quotes
    from eventwire.quotes.speakers import resolve_speakers
    from eventwire.time import find_timexes

    nlp = load_analysis_pipeline()
    resolver = MentionResolver(KnowledgeBase.load())
    coder = EventCoder()
    languages = settings.allowed_languages()

    def validate(state: ArticleState) -> None:
        text = state.article.text.strip()
        if len(text) < settings.min_text_chars:
            raise ArticleRejected(f"article {state.article.doc_id!r} has no text to code ({len(text)} characters)")
        if len(text) > settings.max_text_chars:
            raise ArticleRejected(
                f"article {state.article.doc_id!r} has {len(text):,} characters, over the limit of "
                f"{settings.max_text_chars:,}; split it or raise EVENTWIRE_MAX_TEXT_CHARS"
            )
        language = state.article.language or "und"
        if language not in languages and language != "und":
            raise ArticleRejected(
                f"article {state.article.doc_id!r} is in language {language!r}; eventwire codes {sorted(languages)} "
                "(set EVENTWIRE_LANGUAGES to code others at your own risk)"
            )

    def analyse(state: ArticleState) -> None:
        state.doc = nlp(state.article.text)

    def timexes(state: ArticleState) -> None:
        state.timexes = find_timexes(state.article.text, state.article.published_datetime())

    def places(state: ArticleState) -> None:
        assert state.doc is not None
        state.places = find_places(state.doc)

    def mentions(state: ArticleState) -> None:
        assert state.doc is not None
        home = home_country(state.article.dateline, state.places)
        state.mentions = resolver.index(state.doc, state.article.published_date(), home)

    def quotes(state: ArticleState) -> None:
        assert state.doc is not None and state.mentions is not None
        state.quote_candidates = find_quotes(state.doc)
        state.quotes = resolve_speakers(state.quote_candidates, state.mentions, state.article.doc_id)

    def events(state: ArticleState) -> None:
        assert state.mentions is not None
        coded = coder.code(state.mentions, state.timexes, state.places, state.article.doc_id)
        merged = merge_within_article(coded)
        for number, event in enumerate(merged, start=1):
            event.id = f"{state.article.doc_id}#e{number}"
        state.events = [e for e in merged if e.confidence >= settings.min_confidence]
        _link_statements(state)

    return [
        Stage("validate", validate, requires=("article",), provides=()),
        Stage("analyse", analyse, requires=("article",), provides=("doc",)),
        Stage("timexes", timexes, requires=("article",), provides=("timexes",)),
        Stage("places", places, requires=("doc",), provides=("places",)),
        Stage("mentions", mentions, requires=("doc", "places"), provides=("mentions",)),
        Stage("quotes", quotes, requires=("doc", "mentions"), provides=("quotes",)),
        Stage("events", events, requires=("mentions", "timexes", "places", "quotes"), provides=("events",)),
    ]


def _link_statements(state: ArticleState) -> None:
    """A quote whose cue is itself an event trigger (accused, urged, denied) constitutes that event."""
    for quote in state.quotes:
        for event in state.events:
            start, end = event.evidence.start, event.evidence.end
            if start <= quote.content.start < end or start <= quote.content.end - 1 < end:
                trigger_is_cue = quote.cue and quote.cue.split()[-1].lower() in event.why.lower()
                if trigger_is_cue and any(a.name == quote.speaker for a in event.actors):
                    quote.event_ids.append(event.id)
                    event.quote_id = event.quote_id or quote.id
