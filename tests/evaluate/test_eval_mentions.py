"""Timex value and place country scoring on overlapping mentions."""

from __future__ import annotations

from eventwire.evaluate import score_document
from eventwire.evaluate.spans import mention_spans

TEXT = (
    "The deal signed on November 10 ended the war in Nagorno-Karabakh. "
    "Talks resumed in November, and Karabakh stayed calm on Friday. "
    "Envoys met again on Friday in Moscow."
)


def mention(text, words, occurrence=0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return {"text": words, "start": start, "end": start + len(words), **fields}


def scores(build, key, system, gold):
    output = build.system(text=TEXT, **{key: system})
    return getattr(score_document(output, build.gold(**{key: gold})).scores, key)


def test_nested_expression_positions_belong_to_the_longer_one():
    spans = mention_spans(["November", "November 10", "Karabakh", "Nagorno-Karabakh"], TEXT)
    assert spans[0] == [(TEXT.index("November,"), TEXT.index("November,") + 8)]
    assert len(spans[2]) == 1 and TEXT[spans[2][0][0] - 1] == " "


def test_timex_values_judged_on_overlapping_mentions(build):
    gold = [
        {"text": "November 10", "value": "2020-11-10", "precision": "day"},
        {"text": "November", "value": "2020-11", "precision": "month"},
        {"text": "Friday", "value": "2020-11-13", "precision": "day"},
    ]
    system = [
        mention(TEXT, "November 10", value="2020-11-10", precision="day"),
        mention(TEXT, "November", occurrence=1, value="2021-11", precision="month"),  # wrong year
        mention(TEXT, "Friday", value="2020-11-13", precision="day"),
        mention(TEXT, "Friday", occurrence=1, value="2020-11-13", precision="day"),
    ]
    timexes = scores(build, "timexes", system, gold)
    assert (timexes.detection.gold, timexes.detection.gold_found) == (3, 3)
    assert (timexes.detection.system, timexes.detection.system_correct) == (4, 4)
    assert (timexes.accuracy.correct, timexes.accuracy.total) == (3, 4)


def test_timex_detection_precision_and_recall(build):
    gold = [
        {"text": "November 10", "value": "2020-11-10", "precision": "day"},
        {"text": "Friday", "value": "2020-11-13", "precision": "day"},
    ]
    # "the war" is no gold expression; "Friday" is missed.
    system = [mention(TEXT, "November 10", value="2020-11-10", precision="day"),
              mention(TEXT, "the war", value="2020", precision="year")]
    detection = scores(build, "timexes", system, gold).detection
    assert detection.precision == 0.5 and detection.recall == 0.5


def test_place_countries_judged_on_overlapping_names(build):
    gold = [
        {"text": "Nagorno-Karabakh", "country": "AZE", "kind": "region"},
        {"text": "Karabakh", "country": "AZE", "kind": "region"},
        {"text": "Moscow", "country": "RUS", "kind": "city"},
    ]
    system = [
        mention(TEXT, "Nagorno-Karabakh", country="ARM", name="Nagorno-Karabakh", kind="region"),
        mention(TEXT, "Karabakh", occurrence=1, country="AZE", name="Karabakh", kind="region"),
        mention(TEXT, "Moscow", country="RUS", name="Moscow", kind="city"),
        mention(TEXT, "Talks", country="USA", name="Talks", kind="other"),
    ]
    places = scores(build, "places", system, gold)
    assert (places.detection.gold_found, places.detection.system_correct) == (3, 3)
    assert places.detection.precision == 0.75
    assert (places.accuracy.correct, places.accuracy.total) == (2, 3)


def test_dateline_place_matches_by_its_words(build):
    # "KYIV" is named only in the dateline, so the system cannot give offsets into the text.
    gold = [{"text": "KYIV", "country": "UKR", "kind": "city"}]
    system = [{"text": "KYIV", "start": -1, "end": -1, "name": "Kyiv", "country": "UKR", "kind": "city"}]
    places = scores(build, "places", system, gold)
    assert places.detection.f1 == 1.0 and places.accuracy.value == 1.0
