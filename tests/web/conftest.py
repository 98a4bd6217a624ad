"""Fixtures for the web tests: one store of the bundled samples (plus a few hand-built
articles) built once per session, the app over it, and Chromium for the browser tests."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_records import extra_results

from eventwire.ingest.identity import content_hash
from eventwire.models import ArticleResult
from eventwire.pipeline import Pipeline
from eventwire.runner import extract
from eventwire.settings import Settings
from eventwire.store.store import Store

with warnings.catch_warnings():
    # Starlette's TestClient announces, once on import, a move to httpx2; nothing in eventwire to change.
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    import fastapi.testclient  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
ARTEFACTS = ROOT / "tests" / "artefacts"
CHROMIUM = Path("/usr/bin/chromium")  # Debian's package; never a browser downloaded by playwright
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # nothing but the test server may be reached
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]


def pytest_configure(config: pytest.Config) -> None:
    # pytest-playwright's own base_url fixture; nothing in eventwire to change.
    config.addinivalue_line("filterwarnings", "ignore:Session-scoped fixtures defined as instance methods")


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A store of the coded samples and the hand-built articles; tests copy it before writing."""
    path = tmp_path_factory.mktemp("web") / "samples.duckdb"
    version = Settings.from_env().pipeline_version()
    coded = [item for item in extract([str(SAMPLES)], pipeline=pipeline) if isinstance(item, ArticleResult)]
    assert coded, f"no sample article could be coded from {SAMPLES}"
    with Store(path) as store:
        store.write_many((result, content_hash(result.article), version) for result in [*coded, *extra_results()])
    return path


@pytest.fixture
def db_copy(samples_db: Path, tmp_path: Path) -> Path:
    """A private copy of the samples store, for tests that write or open it read-write."""
    copy = tmp_path / "copy.duckdb"
    shutil.copy(samples_db, copy)
    return copy


# ---- the browser (pytest-playwright) ---------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def artefacts() -> Iterator[Path]:
    """Where the browser tests leave their screenshots (gitignored)."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    yield ARTEFACTS
