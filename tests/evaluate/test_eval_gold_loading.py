"""Loading gold folders: pairs, order, and errors that name the file and the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate import load_gold_folder, score_document


def write_pair(folder: Path, doc_id: str, build, gold: dict | bool | None = None, article: dict | None = None) -> None:
    """Write an article file and, unless gold is False, its gold (a default one when None)."""
    record = article or {"doc_id": doc_id, "headline": "", "dateline": "", "published": "2022-03-08", "text": build.text}
    (folder / f"{doc_id}.json").write_text(json.dumps(record), encoding="utf-8")
    if gold is not False:
        body = gold if gold is not None else build.gold(doc_id, events=[build.gold_event()])
        (folder / f"{doc_id}.gold.json").write_text(json.dumps(body), encoding="utf-8")


def test_pairs_sorted_by_doc_id_and_articles_without_gold_ignored(tmp_path, build):
    write_pair(tmp_path, "b-doc", build)
    write_pair(tmp_path, "a-doc", build)
    write_pair(tmp_path, "unscored", build, gold=False)
    pairs = load_gold_folder(tmp_path)
    assert [gold["doc_id"] for _, gold in pairs] == ["a-doc", "b-doc"]
    article, gold = pairs[0]
    assert article["text"] == build.text and gold["events"][0]["type"] == "ASSAULT"


def test_missing_folder(tmp_path):
    with pytest.raises(EvaluationError, match="no such folder"):
        load_gold_folder(tmp_path / "nowhere")


def test_folder_without_gold(tmp_path, build):
    write_pair(tmp_path, "unscored", build, gold=False)
    with pytest.raises(EvaluationError, match="no gold files"):
        load_gold_folder(tmp_path)


def test_gold_without_article(tmp_path, build):
    (tmp_path / "lonely.gold.json").write_text(json.dumps(build.gold("lonely")), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"lonely\.gold\.json: no article file lonely\.json"):
        load_gold_folder(tmp_path)


def test_gold_that_is_not_json(tmp_path, build):
    write_pair(tmp_path, "doc1", build)
    (tmp_path / "doc1.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"doc1\.gold\.json: not valid JSON"):
        load_gold_folder(tmp_path)


def test_malformed_gold_lists_each_problem_with_its_place(tmp_path, build):
    gold = build.gold(
        "doc1",
        events=[
            build.gold_event(),
            build.gold_event(type="FIGHT", status="maybe", evidence="words the article never says"),
            build.gold_event(date="2022-03", date_precision="day"),
        ],
        quotes=[{"speaker": "Kuleba", "speaker_country": "UKR", "speaker_sector": "GOV", "content": "not there"}],
    )
    del gold["places"]
    write_pair(tmp_path, "doc1", build, gold=gold)
    with pytest.raises(EvaluationError) as raised:
        load_gold_folder(tmp_path)
    message = str(raised.value)
    assert "doc1.gold.json" in message
    assert "events[1]: type 'FIGHT' is not a PLOVER 2.0 event type" in message
    assert "events[1]: status 'maybe'" in message
    assert "events[1]: 'evidence' is not an exact substring of the article text" in message
    assert "events[2]: date '2022-03' does not have the form of precision 'day'" in message
    assert "quotes[0]: 'content' is not an exact substring" in message
    assert "places: missing list" in message
    assert "events[0]" not in message


def test_place_named_only_in_the_dateline_is_well_formed(tmp_path, build):
    article = {"doc_id": "doc1", "dateline": "KYIV, March 8 (Wire)", "published": "2022-03-08", "text": build.text}
    gold = build.gold("doc1", places=[{"text": "KYIV", "country": "UKR", "kind": "city"}])
    write_pair(tmp_path, "doc1", build, gold=gold, article=article)
    assert load_gold_folder(tmp_path)[0][1]["places"][0]["text"] == "KYIV"


def test_gold_doc_id_must_be_the_file_name(tmp_path, build):
    write_pair(tmp_path, "doc1", build, gold=build.gold("doc2"))
    with pytest.raises(EvaluationError, match="doc_id 'doc2' differs"):
        load_gold_folder(tmp_path)


def test_scoring_needs_the_article_text(build):
    output = build.system()
    del output["article"]
    with pytest.raises(EvaluationError, match="doc1: the system output has no article text"):
        score_document(output, build.gold())


def test_scoring_refuses_mismatched_pairs(build):
    with pytest.raises(EvaluationError, match="system output for 'other' was paired with the gold of 'doc1'"):
        score_document(build.system("other"), build.gold("doc1"))
