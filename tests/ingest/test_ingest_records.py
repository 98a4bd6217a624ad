"""JSON and JSON Lines records."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.ingest import read_inputs
from eventwire.models import Article, Rejected


def _read(path: Path) -> list[Article | Rejected]:
    return list(read_inputs([str(path)]))


def test_json_object_with_all_fields(tmp_path: Path) -> None:
    record = {
        "doc_id": "x1", "headline": "Talks end", "dateline": "MOSCOW, Jan 18 (Reuters)", "published": "2021-01-18",
        "text": "The talks ended.\n\nThey may resume.", "url": "https://example.com/a", "source": "Reuters",
        "section": "World", "byline": "Jane Doe", "language": "EN", "views": 12,
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record), "utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert (article.doc_id, article.headline, article.published, article.language) == ("x1", "Talks end", "2021-01-18", "en")
    assert (article.url, article.source, article.section, article.byline) == ("https://example.com/a", "Reuters", "World", "Jane Doe")
    assert article.text == "The talks ended.\n\nThey may resume."
    assert article.extras == {"views": 12}
    assert article.origin == str(path)


def test_json_list_and_aliases(tmp_path: Path) -> None:
    records = [
        {"title": "One", "body": "First report text here.", "date": "January 18, 2021", "author": ["A B", "C D"]},
        {"headline": "Two", "text": "Second report text here.", "published": "18.01.2021 15:11"},
        "not an object",
    ]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(records), "utf-8")
    first, second, third = _read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.headline, first.text, first.published, first.byline) == ("One", "First report text here.", "2021-01-18", "A B, C D")
    assert second.published == "2021-01-18T15:11:00"
    assert isinstance(third, Rejected) and third.source == f"{path}[2]" and "object" in third.reason


def test_wrapped_list_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.json"
    path.write_text(json.dumps({"articles": [{"text": "Report one."}, {"text": "Report two."}]}), "utf-8")
    assert [r.text for r in _read(path) if isinstance(r, Article)] == ["Report one.", "Report two."]


def test_jsonl_bad_line_is_rejected_and_the_others_come_through(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"doc_id": "a", "text": "First."}\n\n{"doc_id": "b", "text": \n[1, 2]\n{"doc_id": "c", "text": "Third."}\n', "utf-8")
    results = _read(path)
    assert [r.doc_id for r in results if isinstance(r, Article)] == ["a", "c"]
    rejected = [r for r in results if isinstance(r, Rejected)]
    assert [r.source for r in rejected] == [f"{path}:3", f"{path}:4"]
    assert "malformed JSON at column" in rejected[0].reason
    assert "must be an object" in rejected[1].reason


def test_ndjson_extension_and_json_holding_lines(tmp_path: Path) -> None:
    lines = '{"text": "One."}\n{"text": "Two."}\n'
    (tmp_path / "a.ndjson").write_text(lines, "utf-8")
    (tmp_path / "b.json").write_text(lines, "utf-8")
    assert [r.text for r in _read(tmp_path / "a.ndjson")] == ["One.", "Two."]
    assert [r.text for r in _read(tmp_path / "b.json")] == ["One.", "Two."]


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "x",\n  "headline": oops\n}', "utf-8")
    [rejected] = _read(path)
    assert isinstance(rejected, Rejected) and rejected.source == str(path)
    assert "malformed JSON at line 3, column 15" in rejected.reason


def test_record_without_text_is_rejected_with_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "notext.json"
    path.write_text(json.dumps({"headline": "Only a headline", "published": "2021-01-18"}), "utf-8")
    [rejected] = _read(path)
    assert isinstance(rejected, Rejected)
    assert "no `text` field" in rejected.reason and "headline" in rejected.reason


def test_empty_text_field_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty-text.json"
    path.write_text(json.dumps({"text": "  \n "}), "utf-8")
    [rejected] = _read(path)
    assert isinstance(rejected, Rejected) and "`text` field is empty" in rejected.reason


def test_wrong_type_for_a_field_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "typed.json"
    path.write_text(json.dumps({"text": "Body.", "headline": {"main": "x"}}), "utf-8")
    [rejected] = _read(path)
    assert isinstance(rejected, Rejected) and "`headline`" in rejected.reason


def test_unparseable_published_keeps_the_article(tmp_path: Path) -> None:
    path = tmp_path / "date.json"
    path.write_text(json.dumps({"text": "The talks ended.", "published": "sometime last spring"}), "utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.published == ""
    assert article.extras["published_raw"] == "sometime last spring"


def test_published_from_timestamp_and_from_dateline(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(
        json.dumps({"text": "A.", "published": 1610982660}) + "\n"
        + json.dumps({"text": "B.", "dateline": "TYRE, Lebanon, April 4 , 1997 (AFP)"}) + "\n",
        "utf-8",
    )
    stamped, from_dateline = _read(path)
    assert stamped.published == "2021-01-18T15:11:00+00:00"
    assert from_dateline.published == "1997-04-04"
    assert from_dateline.extras["published_from"] == "dateline"


def test_missing_doc_id_is_derived_from_content(tmp_path: Path) -> None:
    record = {"headline": "Talks end in Vienna", "text": "The talks ended."}
    (tmp_path / "a.json").write_text(json.dumps(record), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps(record, indent=2), "utf-8")
    first, second = _read(tmp_path)
    assert first.doc_id == second.doc_id
    assert first.doc_id.startswith("talks-end-in-vienna-")


def test_dev_articles_read_verbatim(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "dev-articles"
    results = list(read_inputs([str(folder)]))
    assert len(results) == 20  # gold files beside the articles are skipped
    assert all(isinstance(r, Article) for r in results)
    first = results[0]
    raw = json.loads((folder / f"{first.doc_id}.json").read_text("utf-8"))
    assert (first.text, first.headline, first.dateline, first.published) == (raw["text"], raw["headline"], raw["dateline"], raw["published"])


def test_silver_wires_jsonl(shared_dir: Path) -> None:
    path = shared_dir / "data" / "news" / "te3-silver-wires.jsonl"
    if not path.is_file():
        import pytest

        pytest.skip(f"{path} not found")
    results = list(read_inputs([str(path)]))
    assert len(results) == 2416
    assert not [r for r in results if isinstance(r, Rejected)]
    english = sum(1 for r in results if isinstance(r, Article) and r.language == "en")
    assert english / len(results) > 0.98


def test_a_wire_dateline_opening_the_text_becomes_the_dateline() -> None:
    from eventwire.ingest import parse_record

    record = {"text": "MOSCOW, June 1 (Reuters) - Russian President Vladimir Putin met Xi Jinping.", "published": "2019-06-01"}
    article = parse_record(record, "r")
    assert (article.dateline, article.source) == ("MOSCOW, June 1 (Reuters)", "Reuters")
    assert article.text == "Russian President Vladimir Putin met Xi Jinping."
    # a stated dateline wins, and a sentence that only starts with a capital stays whole
    stated = parse_record({**record, "dateline": "Moscow"}, "r")
    assert (stated.dateline, stated.extras["wire_dateline"]) == ("Moscow", "MOSCOW, June 1 (Reuters)")
    assert stated.text == article.text
    plain = parse_record({"text": "Russia and China signed a deal on Friday.", "published": "2019-06-01"}, "r")
    assert plain.dateline == "" and plain.text.startswith("Russia and China")
    # a dateline whose place was lost upstream still names its agency and is no subject
    placeless = parse_record({"text": ", Nov. 12 (Xinhua) -- Kofi Annan paid a surprise visit to Iraq.", "published": "2005-11-12"}, "r")
    assert (placeless.source, placeless.text) == ("Xinhua", "Kofi Annan paid a surprise visit to Iraq.")
    aside = parse_record({"text": "Police (AP) said -- no more.", "published": "2005-11-12"}, "r")
    assert aside.text.startswith("Police")
