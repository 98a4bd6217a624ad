"""Fixtures for the store tests: a fresh store per test, optionally filled with the samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import bare, karabakh, mindanao

from eventwire.models import ArticleResult
from eventwire.store import Store


@pytest.fixture
def results() -> list[ArticleResult]:
    return [karabakh(), mindanao(), bare()]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def filled(store: Store, results: list[ArticleResult]) -> Store:
    store.write_many((result, f"hash-{result.article.doc_id}", "v1") for result in results)
    return store
