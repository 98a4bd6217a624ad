"""Fixtures for the quote tests: run the finder and check the invariants every candidate keeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from eventwire.quotes import QuoteCandidate, find_quotes

FindQuotes = Callable[[str], list[QuoteCandidate]]
FindOne = Callable[[str], QuoteCandidate]


@pytest.fixture(scope="session")
def quotes_in(nlp: Language) -> FindQuotes:
    def run(text: str) -> list[QuoteCandidate]:
        found = find_quotes(nlp(text))
        for index, quote in enumerate(found):
            assert text[quote.content.start : quote.content.end] == quote.content.text
            if quote.cue_start >= 0:
                assert text[quote.cue_start : quote.cue_end] == quote.cue
            if quote.speaker is not None:
                assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
            assert quote.continues is None or 0 <= quote.continues < index
        assert [q.content.start for q in found] == sorted(q.content.start for q in found)
        return found

    return run


@pytest.fixture(scope="session")
def only_quote(quotes_in: FindQuotes) -> FindOne:
    def run(text: str) -> QuoteCandidate:
        found = quotes_in(text)
        assert len(found) == 1, [q.content.text for q in found]
        return found[0]

    return run


def speaker_of(quote: QuoteCandidate) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


@pytest.fixture(scope="session")
def speaker() -> Callable[[QuoteCandidate], str | None]:
    return speaker_of
