"""Fixtures of the event tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Article, ArticleResult, Event
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="session")
def events_of(pipeline: Pipeline) -> Callable[[str], list[Event]]:
    """The events the whole pipeline codes in a text, run as one article of a fixed date."""

    def code(text: str) -> list[Event]:
        result = pipeline.process(Article(doc_id="d", text=text, published="2021-01-18"))
        assert isinstance(result, ArticleResult)
        return result.events

    return code
