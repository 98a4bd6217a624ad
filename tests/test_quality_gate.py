"""The quality gate: `eventwire eval` on gold folders must stay at or above pinned floors.

Floors live in tests/quality_floors.json and only move up. The bundled samples are
always scored; the development articles in ../shared/data are scored when present.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from eventwire.pipeline import Pipeline
from eventwire.runner import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8"))


def _figure(report: dict[str, Any], dotted: str) -> float:
    value: Any = report
    for part in dotted.split("."):
        value = value[part]
    return float(value or 0.0)


def _check(folder: Path, floors: dict[str, float], pipeline: Pipeline) -> None:
    report = evaluate(folder, pipeline=pipeline, console=Console(stderr=True, quiet=True)).as_dict()
    below = {name: (_figure(report, name), floor) for name, floor in floors.items() if _figure(report, name) < floor}
    assert not below, f"figures below their floors (got, floor) on {folder.name}: {below}"


def test_samples_gate(pipeline: Pipeline) -> None:
    _check(ROOT / "samples", FLOORS["samples"], pipeline)


def test_dev_articles_gate(shared_dir: Path, pipeline: Pipeline) -> None:
    folder = shared_dir / "data" / "dev-articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    _check(folder, FLOORS["dev-articles"], pipeline)
