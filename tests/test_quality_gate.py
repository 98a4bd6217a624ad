"""The quality gate: `eventwire eval` on gold folders, and event typing on the PLV
sentences and the PLOVER gold standard records (as benchmarks/ score them), must stay
at or above pinned floors.

Floors live in tests/quality_floors.json and only move up. The bundled samples are
always scored; the sets in ../shared/data are scored when present.
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


def _benchmark(name: str) -> Any:
    """A benchmark script of ``benchmarks/`` as a module (they are scripts, not a package)."""
    import importlib.util
    import sys

    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_plv_typing_gate(shared_dir: Path, pipeline: Pipeline) -> None:
    """Event typing on every PLV sentence, as benchmarks/plv_typing.py scores it."""
    plv = _benchmark("plv_typing")
    path = shared_dir / "data" / "plover" / "PLV_train.tsv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    figures = plv.figures(plv.code_rows(plv.read_rows(path), pipeline, Console(stderr=True, quiet=True))).to_dict()
    below = {name: (figures[name], floor) for name, floor in FLOORS["plv"].items() if figures[name] < floor}
    assert not below, f"PLV figures below their floors (got, floor): {below}"


def test_plover_gold_standard_gate(shared_dir: Path, pipeline: Pipeline) -> None:
    """Typing and participant countries on the PLOVER records nothing was tuned on."""
    gsr = _benchmark("plover_gsr")
    path = shared_dir / "data" / "plover" / "PLOVER_GSR_dev.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    figures = gsr.figures(gsr.code_records(gsr.read_records(path), Console(stderr=True, quiet=True), pipeline))
    below = {name: (figures[name], floor) for name, floor in FLOORS["plover-gsr"].items() if figures[name] < floor}
    assert not below, f"PLOVER GSR figures below their floors (got, floor): {below}"


def test_team_examples_gate(pipeline: Pipeline) -> None:
    """Lexicon coverage on the team's own labelled sentences (shipped, so never skipped)."""
    team = _benchmark("team_examples")
    figures = team.figures(team.run(team.read_examples(team.EXAMPLES), Console(stderr=True, quiet=True), pipeline))
    below = {name: (figures[name], floor) for name, floor in FLOORS["team-examples"].items() if figures[name] < floor}
    assert not below, f"team example figures below their floors (got, floor): {below}"


def test_gsr_misses_say_why_a_country_is_absent() -> None:
    from eventwire.models import Event, Participant

    gsr = _benchmark("plover_gsr")
    event = Event(id="e", type="ASSAULT", actors=[Participant("Army", "PAK", start=0, end=4)],
                  recipients=[Participant("villagers", "UNK", start=20, end=29)])
    assert gsr.miss_kind(event, None, "IND") == "words not in the sentence"
    assert gsr.miss_kind(event, (40, 45), "IND") == "no participant on its words"
    assert gsr.miss_kind(event, (20, 29), "IND") == "participant with no country"
    assert gsr.miss_kind(event, (0, 4), "IND") == "participant with another country"
    other = Event(id="o", type="ASSAULT", actors=[Participant("police", "IND", start=40, end=45)])
    assert gsr.miss_kind(event, (40, 45), "IND", (event, other)) == "a party of another event"


def test_a_plv_sentence_is_read_as_extract_reads_a_record() -> None:
    """A wire dateline is lifted, as ingest lifts it, and the marked spans follow the text."""
    from eventwire.models import Event, Participant

    plv = _benchmark("plv_typing")
    sentence = "BERLIN -- Germany expelled two Russian diplomats."
    article, lifted = plv.one_sentence_article(sentence, "plv-t", plv.PUBLISHED)
    assert (article.dateline, lifted) == ("BERLIN", len("BERLIN -- "))
    row = plv.PlvRow(0, sentence, ((10, 17),), ((34, 41),), "SANCTION")
    event = Event(id="e", type="SANCTION", actors=[Participant("Germany", "DEU", start=0, end=7)],
                  recipients=[Participant("diplomats", "RUS", start=24, end=31)])
    assert plv.choose_event([event], row, lifted) == (event, "both")


def test_plvs_readings_where_they_leave_the_manual_are_a_what_if_not_the_score() -> None:
    plv = _benchmark("plv_typing")
    row = plv.PlvRow(1, "A court convicted him.", (), (), "ACCUSE")
    conviction = plv.Outcome(row=row, predicted="SANCTION", tier="both", status="asserted", mode="convict")
    assert not conviction.correct and plv.plv_convention_type(conviction) == "ACCUSE"
    blockade = plv.Outcome(row=row, predicted="COERCE", tier="both", status="asserted", mode="restrict", cameo="191")
    refused = plv.Outcome(row=row, predicted="SUPPORT", tier="both", status="negated")
    assert (plv.plv_convention_type(blockade), plv.plv_convention_type(refused)) == ("ASSAULT", "REJECT")
    arrest = plv.Outcome(row=row, predicted="COERCE", tier="both", status="asserted", mode="arrest", cameo="173")
    assert plv.plv_convention_type(arrest) == "COERCE"
