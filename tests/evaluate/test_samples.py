"""The bundled samples are well-formed articles with gold that follows the gold format."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import load_gold_folder

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
STATUSES = {"asserted", "future", "hypothetical", "negated"}
DATE_FORMS = {
    "day": r"\d{4}-\d{2}-\d{2}",
    "month": r"\d{4}-\d{2}",
    "year": r"\d{4}",
    "week": r"\d{4}-W\d{2}",
    "unknown": r"",
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GOLD_PATHS = sorted(SAMPLES.glob("*.gold.json"))


def read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def sample(gold_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    return read(gold_path.with_name(gold_path.name.replace(".gold.json", ".json"))), read(gold_path)


def ids(path: Path) -> str:
    return path.name.removesuffix(".gold.json")


def test_twelve_samples_with_readme():
    assert len(GOLD_PATHS) == 12
    assert len(list(SAMPLES.glob("*.json"))) == 24
    assert "MIT" in (SAMPLES / "README.md").read_text(encoding="utf-8")


def test_loader_accepts_every_sample():
    pairs = load_gold_folder(SAMPLES)
    assert len(pairs) == 12


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=ids)
def test_article_record(gold_path):
    article, gold = sample(gold_path)
    assert article["doc_id"] == gold["doc_id"] == ids(gold_path)
    assert article["headline"] and article["dateline"] and article["source"]
    date.fromisoformat(article["published"])
    assert 150 <= len(article["text"].split()) <= 350
    assert "\n\n" in article["text"] and "\n\n\n" not in article["text"]


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=ids)
def test_events(gold_path):
    article, gold = sample(gold_path)
    assert gold["events"]
    for event in gold["events"]:
        assert event["evidence"] in article["text"], event["evidence"]
        assert event["type"] in PLOVER_TYPES
        assert set(event["alt_types"]) <= PLOVER_TYPES - {event["type"]}
        assert event["status"] in STATUSES
        assert re.fullmatch(DATE_FORMS[event["date_precision"]], event["date"]), event
        assert event["actors"], event
        for party in event["actors"] + event["recipients"]:
            assert party["name"] and re.fullmatch(r"[A-Z]{3}", party["country"]), party


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=ids)
def test_quotes_timexes_places(gold_path):
    article, gold = sample(gold_path)
    text, published = article["text"], date.fromisoformat(article["published"])
    for quote in gold["quotes"]:
        assert quote["content"] in text, quote["content"]
        assert quote["kind"] in {"direct", "indirect", "mixed"}
    for timex in gold["timexes"]:
        assert timex["text"] in text
        if timex["text"] in WEEKDAYS:
            # A bare weekday is resolved against the publication date: the named
            # day within a week of it.
            value = date.fromisoformat(timex["value"])
            assert value.strftime("%A") == timex["text"] and abs(value - published) < timedelta(days=7), timex
    for place in gold["places"]:
        assert place["text"] in text or place["text"] in article["dateline"]
        assert place["kind"] in {"city", "country", "region", "other"}


def test_samples_cover_the_promised_features():
    golds = [sample(path) for path in GOLD_PATHS]
    statuses = {event["status"] for _, gold in golds for event in gold["events"]}
    assert {"asserted", "future", "negated", "hypothetical"} <= statuses
    kinds = {quote["kind"] for _, gold in golds for quote in gold["quotes"]}
    assert kinds == {"direct", "indirect", "mixed"}
    mentions = {quote["speaker_mention"].lower() for _, gold in golds for quote in gold["quotes"]}
    assert {"he", "she"} <= mentions
    types = {event["type"] for _, gold in golds for event in gold["events"]}
    assert len(types) >= 14


def test_karabakh_ceasefire_sample():
    article, gold = sample(SAMPLES / "karabakh-ceasefire-2020-11-10.gold.json")
    signing = [event for event in gold["events"] if event["type"] == "AGREE"]
    assert {party["name"] for party in signing[0]["actors"]} == {"Ilham Aliyev", "Vladimir Putin", "Nikol Pashinyan"}
    deployment = [event for event in gold["events"] if event["type"] == "AID"]
    assert deployment[0]["actors"][0]["country"] == "RUS" and "peacekeepers" in deployment[0]["evidence"]
