"""Opening the store: missing folders, foreign or damaged files, locks, schema versions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.store import Store, schema
from eventwire.store.schema import SCHEMA_VERSION, Migration

PROJECT = Path(__file__).resolve().parents[2]

HOLD_OPEN = """
import sys
from eventwire.store import Store
with Store(sys.argv[1]):
    print("open", flush=True)
    sys.stdin.read()  # hold the lock until the test closes our stdin
"""


def test_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "events.duckdb"
    with pytest.raises(StoreError, match="folder .*nowhere does not exist") as caught:
        Store(path)
    assert str(path) in str(caught.value)


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


@pytest.mark.parametrize("content", [b"", b"this is a CSV file, not a database\n" * 200])
def test_not_a_duckdb_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="is not a DuckDB database.*--db") as caught:
        Store(path)
    assert str(path) in str(caught.value)


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "fresh.duckdb"
    with pytest.raises(StoreError, match="no store at .*fresh.duckdb"):
        Store(path, read_only=True)
    assert not path.exists()


def test_foreign_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales (amount INTEGER)")
    with pytest.raises(StoreError, match="did not create"):
        Store(path)
    with pytest.raises(StoreError, match="did not create"):
        Store(path, read_only=True)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now()::TIMESTAMP)", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match=f"schema v{SCHEMA_VERSION + 1}, newer than this eventwire"):
        Store(path)


def test_other_mode_in_same_process(db_path: Path) -> None:
    with Store(db_path):
        with pytest.raises(StoreError, match="already open in this process"):
            Store(db_path, read_only=True)


def test_file_locked_by_another_process(db_path: Path) -> None:
    Store(db_path).close()
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(db_path)],
        cwd=PROJECT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "open"
            for read_only in (False, True):  # DuckDB's lock shuts out readers as well
                with pytest.raises(StoreError) as caught:
                    Store(db_path, read_only=read_only)
                message = str(caught.value)
                assert f"another eventwire process (PID {holder.pid}) holds {db_path}" in message
                assert "--db OTHER.duckdb" in message
        finally:
            holder.stdin.close()  # lets the holder finish and release the lock
            holder.wait(timeout=30)
    assert holder.returncode == 0
    Store(db_path).close()  # free again once the holder has gone


def test_pending_migrations_are_applied_once(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).close()
    upgrade = Migration(SCHEMA_VERSION + 1, "events get a note", ("ALTER TABLE events ADD COLUMN note VARCHAR",))
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, upgrade))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", upgrade.version)
    with pytest.raises(StoreError, match=f"needs v{upgrade.version}.*without read-only"):
        Store(db_path, read_only=True)
    for _ in range(2):  # the second open finds nothing to do
        with Store(db_path) as store:
            versions = store.connection.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
            assert versions == [(migration.version,) for migration in schema.MIGRATIONS]
            assert versions[-2:] == [(SCHEMA_VERSION,), (upgrade.version,)]
            columns = store.connection.execute("SELECT * FROM events LIMIT 0").description or []
            assert "note" in [column[0] for column in columns]


def test_failed_migration_leaves_the_file_as_it_was(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).close()
    broken = Migration(SCHEMA_VERSION + 1, "broken", ("CREATE TABLE extra (a INTEGER)", "THIS IS NOT SQL"))
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", broken.version)
    with pytest.raises(StoreError, match=f"schema v{broken.version} failed"):
        Store(db_path)
    monkeypatch.undo()
    with Store(db_path) as store:
        tables = store.connection.execute("SELECT table_name FROM duckdb_tables() WHERE table_name = 'extra'")
        assert tables.fetchall() == []
