"""The scorer on the real development gold (../shared/data/dev-articles): the loader
accepts every file, and gold scored as if it were system output is perfect."""

from __future__ import annotations

from typing import Any

from eventwire.evaluate import load_gold_folder, score_documents
from eventwire.evaluate.spans import mention_spans


def gold_as_system(article: dict[str, Any], gold: dict[str, Any]) -> dict[str, Any]:
    """What a flawless system would print: gold records with offsets into the text."""
    text = article["text"]

    def span(words: str) -> dict[str, Any]:
        start = text.find(words)
        return {"text": words, "start": start, "end": start + len(words) if start >= 0 else -1}

    output: dict[str, Any] = {
        "doc_id": gold["doc_id"],
        "article": article,
        "events": [{**event, "evidence": span(event["evidence"])} for event in gold["events"]],
        "quotes": [{**quote, "content": span(quote["content"])} for quote in gold["quotes"]],
    }
    for key in ("timexes", "places"):
        mentions = []
        positions = mention_spans([item["text"] for item in gold[key]], text)
        for item, spans in zip(gold[key], positions):
            mentions.extend({**item, "start": start, "end": end} for start, end in spans or [(-1, -1)])
        output[key] = mentions
    return output


def test_gold_scored_against_itself_is_perfect(shared_dir):
    pairs = load_gold_folder(shared_dir / "data" / "dev-articles")
    assert len(pairs) == 20
    report = score_documents([(gold_as_system(article, gold), gold) for article, gold in pairs]).as_dict()
    for key in ("events", "quotes", "timexes", "places"):
        assert report[key]["f1"] == 1.0, key
    for key in ("event_type_accuracy", "event_date_accuracy", "speaker_accuracy",
                "timex_value_accuracy", "place_country_accuracy", "participant_country_recall"):
        assert report[key]["value"] == 1.0, key
