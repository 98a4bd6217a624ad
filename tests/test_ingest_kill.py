"""An ingest killed with SIGKILL mid-batch, then run again, stores exactly what one
uninterrupted ingest stores: nothing lost, nothing twice, and the store opens cleanly."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eventwire.store import Store, queries

PROJECT = Path(__file__).resolve().parents[1]


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", str(db)],
                            cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _contents(db: Path) -> dict[str, tuple[int, int, int]]:
    with Store(db, read_only=True) as store:
        con = store.connection
        ids = [row["doc_id"] for row in queries.articles(con, queries.ArticleFilter(limit=None))]
        assert len(ids) == len(set(ids))
        contents = {}
        for doc_id in ids:
            result = queries.article_result(con, doc_id)
            assert result is not None
            contents[doc_id] = (len(result.events), len(result.quotes), len(result.places))
        return contents


def _kill_when(process: subprocess.Popen[bytes], ready: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 300
    while not ready() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()


def _contents_after_open(db: Path) -> dict[str, tuple[int, int, int]]:
    with Store(db):
        pass
    return _contents(db)


def test_a_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(p for p in (PROJECT / "samples").glob("*.json") if not p.name.endswith(".gold.json"))[:8]:
        shutil.copy(path, folder / path.name)
    (folder / "broken.json").write_text("{not json", "utf-8")

    killed_db = tmp_path / "killed.duckdb"
    wal = Path(f"{killed_db}.wal")
    # first while the store is being created, then while articles are being written
    _kill_when(_ingest(folder, killed_db), wal.exists)
    with Store(killed_db):
        pass  # what the killed run left opens cleanly (and is brought up to date)
    written = wal.stat().st_size if wal.exists() else 0
    _kill_when(_ingest(folder, killed_db), lambda: wal.exists() and wal.stat().st_size > written + 20_000)
    assert len(_contents_after_open(killed_db)) < 8

    assert _ingest(folder, killed_db).wait(timeout=600) == 0
    clean_db = tmp_path / "clean.duckdb"
    assert _ingest(folder, clean_db).wait(timeout=600) == 0
    assert _contents(killed_db) == _contents(clean_db) and len(_contents(clean_db)) == 8
