"""The change feed and runs: every insert, re-coding and deletion is logged once;
writing the same thing again logs nothing."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from store_samples import bare, karabakh, mindanao

from eventwire.errors import StoreError
from eventwire.models import Rejected
from eventwire.store import EventFilter, Store, journal, schema
from eventwire.store.records import dyad, result_rows


def kinds(store: Store) -> list[tuple[str, str]]:
    return [(row["kind"], row["doc_id"]) for row in store.changes()]


def test_inserts_replacements_and_deletions_are_logged(store: Store) -> None:
    store.write_many([(karabakh(), "h1", "v1"), (bare(), "h1", "v1")])
    store.write(karabakh(), "h1", "v1")  # unchanged: no entry
    store.write(karabakh(), "h1", "v2")  # a newer pipeline re-codes it
    store.delete(["bare-1"])
    assert kinds(store) == [
        ("inserted", "karabakh-1"), ("inserted", "bare-1"), ("replaced", "karabakh-1"), ("deleted", "bare-1"),
    ]
    rows = store.changes()
    assert [row["seq"] for row in rows] == [1, 2, 3, 4]
    assert (rows[2]["pipeline_version"], rows[2]["previous_version"]) == ("v2", "v1")
    assert (rows[2]["events"], rows[2]["previous_events"]) == (2, 2)
    assert (rows[3]["previous_version"], rows[3]["previous_events"], rows[3]["pipeline_version"]) == ("v1", 0, None)
    assert len({row["run_id"] for row in rows}) == 1


def test_since_filters_by_time(store: Store) -> None:
    store.write(karabakh(), "h1", "v1")
    assert len(store.changes(since="2000-01-01")) == 1
    assert store.changes(since=(datetime.now(timezone.utc).replace(tzinfo=None) + timedelta(hours=1)).isoformat()) == []
    assert len(store.changes(since="1h")) == 1
    with pytest.raises(StoreError, match="since 'yesterday'.*30m, 12h"):
        store.changes(since="yesterday")


def test_parse_since() -> None:
    now = datetime(2021, 1, 18, 12, 0)
    assert journal.parse_since("2021-01-18") == datetime(2021, 1, 18)
    assert journal.parse_since("90m", now) == datetime(2021, 1, 18, 10, 30)
    assert journal.parse_since("2w", now) == datetime(2021, 1, 4, 12, 0)
    assert journal.parse_since("2021-01-18T15:00+02:00") == datetime(2021, 1, 18, 13, 0)  # stored times are UTC


def test_a_session_that_changed_something_is_one_run(db_path: Path) -> None:
    with Store(db_path) as store:
        store.write_many([(karabakh(), "h", "v1"), (mindanao(), "h", "v1"), (bare(), "h", "v1")])
        store.write(bare(), "h", "v1")
        store.record_rejected(Rejected("feed.xml#2", "no text"))
    with Store(db_path) as store:  # only unchanged writes: no run
        store.write(bare(), "h", "v1")
    with Store(db_path, read_only=True) as store:
        [run] = journal.runs(store.connection)
    assert (run["inserted"], run["replaced"], run["unchanged"], run["rejected"]) == (3, 0, 1, 1)
    assert run["pipeline_versions"] == ["v1"] and run["finished_at"] >= run["started_at"]
    assert run["merged_events"] == 4 and run["merge_settings"]["max_km"] == 100.0
    assert run["merged_through"] == 3


def test_a_failed_write_leaves_no_run_and_no_change(store: Store) -> None:
    broken = karabakh()
    broken.events[0].quad = "very"  # type: ignore[assignment]
    with pytest.raises(StoreError):
        store.write(broken, "h", "v1")
    assert store.changes() == [] and journal.runs(store.connection) == []
    store.write(karabakh(), "h", "v1")
    assert [run["id"] for run in journal.runs(store.connection)] == [1]


def test_stale_until_merged(store: Store) -> None:
    assert not store.merges_stale()
    store.write(karabakh(), "h", "v1")
    assert store.merges_stale()
    store.relink()
    assert not store.merges_stale()
    store.write(karabakh(), "h", "v1")  # unchanged
    assert not store.merges_stale()


def test_is_unchanged_lets_a_runner_skip_coding(store: Store) -> None:
    store.write(karabakh(), "h", "v1")
    assert store.is_unchanged("karabakh-1", "h", "v1")
    assert not store.is_unchanged("karabakh-1", "h", "v2") and not store.is_unchanged("other", "h", "v1")


def test_upgrading_a_v1_store_fills_the_new_columns(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written by schema v1 gains dyads, a change feed and, on closing, merged events."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    with duckdb.connect(str(db_path)) as con:
        schema.migrate(con, str(db_path))
        for number, result in enumerate((karabakh(), mindanao())):
            moment = datetime(2021, 1, 1) + timedelta(minutes=number)
            for table, rows in result_rows(result, "h", "v1", moment).items():
                if rows:  # v1 tables: the rows' newer keys are left out
                    con.from_arrow(pa.Table.from_pylist(rows, schema=schema.arrow_schema(con, table))).insert_into(table)
    monkeypatch.undo()
    with Store(db_path) as store:
        assert store.merges_stale()  # the migrated feed holds both articles
        got = store.connection.execute("SELECT id, actor_country, recipient_country FROM events ORDER BY id").fetchall()
        expected = sorted(
            (event.id, *dyad(event.actors, event.recipients))
            for result in (karabakh(), mindanao())
            for event in result.events
        )
        assert got == expected
        assert kinds(store) == [("inserted", "karabakh-1"), ("inserted", "mindanao-1")]
        assert store.article_result("karabakh-1") is not None
    with Store(db_path, read_only=True) as store:
        assert not store.merges_stale() and len(store.merged_events(EventFilter(status="any"))) == 4
