"""The news corpus end to end: ingest twice, export everything, time the stats.

SLOW, OPT-IN: coding the 2,416 wires of ../shared/data/news/te3-silver-wires.jsonl
takes about 4 minutes on one core, and the idempotency test ingests them a
second time. Run with ``EVENTWIRE_CORPUS_TESTS=1 .venv/bin/pytest tests/store/test_store_corpus.py``;
the store is built once per session and shared by the three tests. Skipped
without the variable or without ../shared.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from rich.console import Console
from typer.testing import CliRunner

from eventwire.store import Store
from eventwire.store.export_columns import EXPORT_TABLES, column_names
from eventwire.store.export_files import export_table

CORPUS = Path("data") / "news" / "te3-silver-wires.jsonl"
OPT_IN = "EVENTWIRE_CORPUS_TESTS"


@pytest.fixture(scope="session")
def corpus(shared_dir: Path) -> Path:
    return shared_dir / CORPUS


@pytest.fixture(scope="session")
def corpus_store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SLOW (about 4 minutes): the corpus coded and stored once for this session."""
    if os.environ.get(OPT_IN) != "1":
        pytest.skip(f"corpus tests take minutes; set {OPT_IN}=1 to run them")
    from eventwire.runner import ingest

    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    ingest([str(corpus)], str(db), console=Console(file=io.StringIO()))
    return db


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return store.counts()


def test_ingesting_the_corpus_twice_changes_no_table(corpus_store: Path, corpus: Path) -> None:
    from eventwire.runner import ingest

    before = counts(corpus_store)
    assert before["articles"] == 2416 and before["merged_events"] > 0 and before["runs"] == 1
    again = ingest([str(corpus)], str(corpus_store), console=Console(file=io.StringIO()))
    assert again["unchanged"] == 2416 and again["inserted"] == again["replaced"] == 0
    assert counts(corpus_store) == before


def test_full_exports_load_back_with_the_documented_columns(corpus_store: Path, tmp_path: Path) -> None:
    con = duckdb.connect()
    with Store(corpus_store, read_only=True) as store:
        for table in EXPORT_TABLES:
            names = column_names(table)
            csv_file, parquet_dir = tmp_path / f"{table}.csv", tmp_path / table
            rows = export_table(store.connection, table, "csv", csv_file).rows
            assert export_table(store.connection, table, "parquet", parquet_dir).rows == rows > 0
            frame = pd.read_csv(csv_file, keep_default_na=False, na_values=[""], low_memory=False)
            assert list(frame.columns) == names and len(frame) == rows
            from_parquet = pd.read_parquet(parquet_dir)
            assert sorted(from_parquet.columns) == sorted(names) and len(from_parquet) == rows
            relation = con.sql(f"SELECT * FROM read_parquet('{parquet_dir}/**/*.parquet', hive_partitioning = true)")
            assert sorted(relation.columns) == sorted(names) and len(relation.fetchall()) == rows


def test_stats_by_dyad_per_month_on_the_corpus(corpus_store: Path) -> None:
    # how fast it answers is benchmarks/stats_speed.py's job, not a test's
    from eventwire.cli import app

    result = CliRunner().invoke(app, ["stats", "--db", str(corpus_store), "--by", "dyad", "--per", "month", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) > 100
