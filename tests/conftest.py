"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from eventwire.nlp.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The development data folder beside the project; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip(f"development data not found at {SHARED} (it lives in ../shared beside the project)")
    return SHARED


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The standard pipeline, built once per test session."""
    from eventwire.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def resolver():  # type: ignore[no-untyped-def]
    """A mention resolver over the packaged knowledge base, built once per test session."""
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.actors.mentions import MentionResolver

    return MentionResolver(KnowledgeBase.load())
