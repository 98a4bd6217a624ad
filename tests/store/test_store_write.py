"""Writes: round trip, idempotency, replacement, rollback, rejected de-duplication."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from store_samples import bare, karabakh, mindanao

from eventwire.errors import StoreError
from eventwire.models import ArticleResult, Event, Quote, Rejected
from eventwire.store import Store
from eventwire.store.schema import SCHEMA_VERSION


def test_write_then_read_back_equal(store: Store, results: list[ArticleResult]) -> None:
    for result in results:
        assert store.write(result, "h1", "v1") == "inserted"
    for result in results:
        assert store.article_result(result.article.doc_id) == result
    assert store.article_result("no-such-doc") is None


def test_counts_per_table(filled: Store) -> None:
    filled.relink()
    assert filled.counts() == {
        "articles": 3,
        "events": 4,
        "participants": 8,
        "quotes": 2,
        "timexes": 1,
        "places": 2,
        "rejected": 0,
        "merged_events": 4,  # four happenings, each reported once
        "merged_members": 4,
        "merge_links": 0,
        "changes": 3,
        "runs": 1,
    }


def test_writing_twice_is_unchanged(store: Store, results: list[ArticleResult]) -> None:
    items = [(result, "h1", "v1") for result in results]
    assert store.write_many(items) == {"inserted": 3, "replaced": 0, "unchanged": 0}
    before = store.counts()
    assert store.write_many(items) == {"inserted": 0, "replaced": 0, "unchanged": 3}
    assert store.write(karabakh(), "h1", "v1") == "unchanged"
    assert store.counts() == before


def test_changed_article_replaces_its_rows(filled: Store) -> None:
    changed = karabakh()
    changed.events = changed.events[:1]
    changed.quotes = []
    changed.article.headline = "Corrected headline"
    assert filled.write(changed, "hash-2", "v1") == "replaced"
    assert filled.article_result("karabakh-1") == changed
    assert filled.counts()["events"] == 3 and filled.counts()["quotes"] == 1
    # the other articles are untouched
    assert filled.article_result("mindanao-1") == mindanao()


def test_new_pipeline_version_replaces(filled: Store) -> None:
    assert filled.write(karabakh(), "hash-karabakh-1", "v2") == "replaced"
    assert {row["doc_id"]: row["pipeline_version"] for row in filled.articles()}["karabakh-1"] == "v2"


def test_same_doc_twice_in_one_batch(store: Store) -> None:
    first, second = karabakh(), karabakh()
    second.events = []
    counts = store.write_many([(first, "a", "v1"), (first, "a", "v1"), (second, "b", "v1")])
    assert counts == {"inserted": 1, "unchanged": 1, "replaced": 1}
    assert store.article_result("karabakh-1") == second


def test_failure_during_write_keeps_previous_rows(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real_insert = Store._insert

    def failing_insert(self: Store, table: str, rows: list[dict]) -> None:
        if table == "quotes":  # articles and events of the new version are already in
            raise RuntimeError("disk on fire")
        real_insert(self, table, rows)

    monkeypatch.setattr(Store, "_insert", failing_insert)
    before = filled.counts()
    changed = karabakh()
    changed.events = changed.events[:1]
    with pytest.raises(RuntimeError, match="disk on fire"):
        filled.write(changed, "hash-2", "v1")
    assert filled.counts() == before
    assert filled.article_result("karabakh-1") == karabakh()
    monkeypatch.undo()
    # the store is still usable after the rollback
    assert filled.write(changed, "hash-2", "v1") == "replaced"


def test_database_error_mid_write_is_store_error_and_rolls_back(filled: Store) -> None:
    broken = karabakh()
    broken.quotes = [Quote(id="dup", speaker="A"), Quote(id="dup", speaker="B")]  # violates the quotes key
    with pytest.raises(StoreError, match="karabakh-1"):
        filled.write(broken, "hash-2", "v1")
    assert filled.article_result("karabakh-1") == karabakh()


def test_write_many_keeps_good_articles_before_a_bad_one(store: Store) -> None:
    bad = mindanao()
    bad.quotes = [Quote(id="dup", speaker="A"), Quote(id="dup", speaker="B")]
    with pytest.raises(StoreError, match="mindanao-1"):
        store.write_many([(karabakh(), "h", "v1"), (bad, "h", "v1"), (bare(), "h", "v1")], batch_size=10)
    assert store.article_result("karabakh-1") == karabakh()
    assert store.article_result("mindanao-1") is None


def test_value_of_the_wrong_type_is_store_error(filled: Store) -> None:
    broken = karabakh()
    broken.events[0].quad = "very"  # type: ignore[assignment]
    with pytest.raises(StoreError, match="karabakh-1.*nothing changed"):
        filled.write(broken, "hash-2", "v1")
    assert filled.article_result("karabakh-1") == karabakh()


def test_in_memory_store(results: list[ArticleResult]) -> None:
    with Store(":memory:") as store:
        assert store.write_many((result, "h", "v1") for result in results)["inserted"] == 3
        assert store.article_result("mindanao-1") == mindanao()


def test_event_ids_are_unique_across_the_store(filled: Store) -> None:
    thief = bare()
    thief.article.doc_id = "other-1"
    thief.events = [Event(id="karabakh-1#e1", type="CONSULT")]
    with pytest.raises(StoreError, match="already belongs to article 'karabakh-1'"):
        filled.write(thief, "h", "v1")
    twice = bare()
    twice.events = [Event(id="bare-1#e1", type="AID"), Event(id="bare-1#e1", type="AID")]
    with pytest.raises(StoreError, match="appears twice"):
        filled.write(twice, "h2", "v1")
    assert filled.article_result("bare-1") == bare()


def test_missing_ids_are_refused(store: Store) -> None:
    nameless = bare()
    nameless.article.doc_id = ""
    with pytest.raises(StoreError, match="doc_id"):
        store.write(nameless, "h", "v1")
    idless = bare()
    idless.events = [Event(id="", type="AID")]
    with pytest.raises(StoreError, match="event 0 has no id"):
        store.write(idless, "h", "v1")


def test_rejected_is_deduplicated(store: Store) -> None:
    store.record_rejected(Rejected("feed.xml#3", "no text"))
    store.record_rejected(Rejected("feed.xml#3", "no text"))
    store.record_rejected(Rejected("feed.xml#3", "not English"))
    rows = {(row["source"], row["reason"]): row for row in store.rejected()}
    assert set(rows) == {("feed.xml#3", "no text"), ("feed.xml#3", "not English")}
    assert rows["feed.xml#3", "no text"]["times"] == 2
    assert rows["feed.xml#3", "no text"]["last_seen"] >= rows["feed.xml#3", "no text"]["first_seen"]
    assert rows["feed.xml#3", "not English"]["times"] == 1
    assert store.counts()["rejected"] == 2


def test_data_survives_reopen_and_read_only_refuses_writes(db_path: Path) -> None:
    with Store(db_path) as store:
        store.write(karabakh(), "h", "v1")
    with Store(db_path, read_only=True) as store:
        assert store.article_result("karabakh-1") == karabakh()
        with pytest.raises(StoreError, match="read-only"):
            store.write(bare(), "h", "v1")
        with pytest.raises(StoreError, match="read-only"):
            store.record_rejected(Rejected("x", "y"))


def test_schema_version_is_recorded(store: Store) -> None:
    versions = store.connection.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert versions[-1] == (SCHEMA_VERSION,) and len(versions) == SCHEMA_VERSION


def test_extras_that_json_cannot_hold_are_stored_as_text(store: Store) -> None:
    odd = bare()
    odd.article.extras = {"seen": Path("a/b")}
    store.write(odd, "h", "v1")
    stored = store.article_result("bare-1")
    assert stored is not None and stored.article.extras == {"seen": "a/b"}
    assert dataclasses.replace(stored.article, extras=odd.article.extras) == odd.article
