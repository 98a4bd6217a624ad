"""The report: JSON-ready figures rounded to 3 decimals, per-document rows, rich tables."""

from __future__ import annotations

import io
import json

from rich.console import Console

from eventwire.evaluate import score_documents

ACCUSATION = "Ukraine accused Moscow of targeting civilians"


def three_documents(build):
    gold = build.gold(events=[build.gold_event(), build.gold_event(type="ACCUSE", evidence=ACCUSATION)])
    right = build.system(events=[build.system_event()])
    wrong = build.system("doc2", events=[build.system_event(type="PROTEST"), build.system_event(date="2021-01-01")])
    return [
        (right, gold),
        (wrong, {**gold, "doc_id": "doc2"}),
        (build.system("doc3"), {**gold, "doc_id": "doc3"}),
    ]


def test_totals_are_micro_averaged_and_rounded(build):
    report = score_documents(three_documents(build))
    figures = report.as_dict()
    assert figures["documents"] == 3
    events = figures["events"]
    assert (events["system"], events["system_correct"], events["gold"], events["gold_found"]) == (3, 1, 6, 1)
    assert events["precision"] == 0.333 and events["recall"] == 0.167
    assert events["f1"] == round(2 * (1 / 3) * (1 / 6) / (1 / 3 + 1 / 6), 3)
    json.dumps(figures)  # JSON-ready


def test_per_document_rows(build):
    rows = score_documents(three_documents(build)).as_dict()["per_document"]
    assert [row["doc_id"] for row in rows] == ["doc1", "doc2", "doc3"]
    assert rows[0]["events"]["gold_found"] == 1
    assert rows[2]["events"]["precision"] is None  # no system events: no base
    assert rows[2]["events"]["f1"] == 0.0


def test_render_prints_tables(build):
    buffer = io.StringIO()
    score_documents(three_documents(build)).render(Console(file=buffer, width=150))
    printed = buffer.getvalue()
    for expected in ("Detection over 3 documents", "events", "speaker accuracy", "ASSAULT", "doc3"):
        assert expected in printed
