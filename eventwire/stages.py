"""The standard stages, each a thin adapter from ArticleState to one library function."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import ArticleRejected
from eventwire.pipeline import Stage
from eventwire.settings import Settings
from eventwire.state import ArticleState


def standard_stages(settings: Settings) -> list[Stage]:
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.actors.mentions import MentionResolver
    from eventwire.actors.phrases import against_or_for, names_an_owner
    from eventwire.events.coder import DIRECTED_TYPES, EventCoder
    from eventwire.events.contexts import ContextTagger
    from eventwire.events.counterparts import fill_recipients
    from eventwire.events.dating import Dater
    from eventwire.events.fallback import without_guesses_beside
    from eventwire.events.genre import is_sports_report
    from eventwire.events.location import fill_locations
    from eventwire.events.merge import merge_told_acts, merge_within_article
    from eventwire.events.statements import statement_events
    from eventwire.models import Place
    from eventwire.nlp.analysis import load_analysis_pipeline
    from eventwire.places import find_places
    from eventwire.places.home import dateline_place, home_country
    from eventwire.quotes import find_quotes
    from eventwire.quotes.speakers import resolve_speakers
    from eventwire.time import find_timexes

    kb = KnowledgeBase.load(Path(settings.actors_overlay) if settings.actors_overlay else None)
    nlp = load_analysis_pipeline(kb)
    resolver = MentionResolver(kb)

    def capital_of(adjective: str) -> tuple[str, str] | None:
        country = kb.country_by_adjective(adjective)
        return (country.capital, country.iso3) if country is not None and country.capital else None

    coder = EventCoder()
    contexts = ContextTagger.load()
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

    def analyse_batch(states: list[ArticleState]) -> None:
        docs = nlp.pipe([state.article.text for state in states], batch_size=len(states))
        for state, doc in zip(states, docs, strict=True):
            state.doc = doc

    def timexes(state: ArticleState) -> None:
        state.timexes = find_timexes(state.article.text, state.article.published_datetime())

    def places(state: ArticleState) -> None:
        assert state.doc is not None
        state.places = find_places(state.doc, capital_of=capital_of)

    def mentions(state: ArticleState) -> None:
        assert state.doc is not None
        # "US-backed fighters", "anti-Syrian groups", "a US patrol": a country named as a side
        # or an owner says nothing of where the report is set
        def owner_or_side(place: Place) -> bool:
            span = state.doc.char_span(place.start, place.end, alignment_mode="expand")
            return against_or_for(span[0]) or names_an_owner(span, kb)

        settings = [p for p in state.places if not owner_or_side(p)]
        home = home_country(state.article.dateline, settings)
        places = [(place.start, place.end) for place in state.places if place.country not in ("", "UNK")]
        state.mentions = resolver.index(state.doc, state.article.published_date(), home, places)

    def quotes(state: ArticleState) -> None:
        assert state.doc is not None and state.mentions is not None
        state.quote_candidates = find_quotes(state.doc)
        state.quotes = resolve_speakers(state.quote_candidates, state.mentions, state.article.doc_id)

    def events(state: ArticleState) -> None:
        assert state.mentions is not None and state.doc is not None
        if is_sports_report(state.doc):
            state.events = []  # "Pakistan crushed England": a game's verbs are no events
            return
        coded = coder.code(state.mentions, state.timexes, state.places, state.article.doc_id)
        dater = Dater(state.timexes, state.article.published_date(), state.article.text)
        statements = statement_events(state.quotes, state.mentions, dater, state.article.doc_id, len(coded) + 1)
        coded = without_guesses_beside(coded, statements) + statements
        merged = merge_within_article(coded)
        # again with the statements' events: a quoted refusal or accusation gets its target too
        fill_recipients(merged, DIRECTED_TYPES)
        # a quoted refusal given its target may now be the refusal the coder found in the quote
        merged = merge_told_acts(merged)
        fill_locations(merged, state.doc, state.places, dateline_place(state.article.dateline))
        contexts.tag(merged, state.doc)
        for number, event in enumerate(merged, start=1):
            event.id = f"{state.article.doc_id}#e{number}"
        state.events = [e for e in merged if e.confidence >= settings.min_confidence]
        _link_statements(state)

    return [
        Stage("validate", validate, requires=("article",), provides=()),
        Stage("analyse", analyse, requires=("article",), provides=("doc",), run_batch=analyse_batch),
        Stage("timexes", timexes, requires=("article",), provides=("timexes",)),
        Stage("places", places, requires=("doc",), provides=("places",)),
        Stage("mentions", mentions, requires=("doc", "places"), provides=("mentions",)),
        Stage("quotes", quotes, requires=("doc", "mentions"), provides=("quotes",)),
        Stage("events", events, requires=("mentions", "timexes", "places", "quotes"), provides=("events",)),
    ]


def _link_statements(state: ArticleState) -> None:
    """Link each statement to the events it constitutes: those coded from the quote
    itself, and those whose trigger is the quote's cue ("accused", "urged", "denied")."""
    by_id = {quote.id: quote for quote in state.quotes}
    for quote in state.quotes:
        quote.event_ids = []
    for event in state.events:
        if event.quote_id in by_id:
            by_id[event.quote_id].event_ids.append(event.id)
    for quote in state.quotes:
        cue_word = quote.cue.split()[0].lower() if quote.cue else ""
        for event in state.events:
            if event.id in quote.event_ids or not cue_word or f"'{cue_word}" not in event.why.lower():
                continue
            inside = any(span.start <= quote.content.start < span.end or span.start < quote.content.end <= span.end
                         for span in [event.evidence, *event.mentions])
            if inside and any(a.name == quote.speaker for a in event.actors):
                quote.event_ids.append(event.id)
                event.quote_id = event.quote_id or quote.id
