"""The event coder on hand-built sentences: dates, statuses and participants."""

from __future__ import annotations

from eventwire.models import Article, ArticleResult, Event
from eventwire.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.process(Article(doc_id="d", text=text, published="2021-01-18"))
    assert isinstance(result, ArticleResult)
    return result.events


def test_a_date_in_another_clause_does_not_date_the_event(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Israeli troops have killed 26 Hezbollah fighters since Israel launched an offensive in April 1996.")
    killing = next(e for e in events if "killed" in e.why)
    assert killing.date != "1996-04" and killing.date_source != "timex"


def test_an_event_noun_is_dated_by_its_own_modifier(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Lavrov said the trilateral agreement between Russia, Azerbaijan and Armenia, signed in November, holds.")
    agreement = next(e for e in events if e.type == "AGREE")
    assert (agreement.date, agreement.date_precision) == ("2020-11", "month")


def test_planned_events_stay_undated(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Russia and Turkey will hold talks on Syria.")
    assert events and all(e.date == "" and e.date_precision == "unknown" for e in events if e.status == "future")


def test_condemning_the_attack_targets_its_doers(pipeline: Pipeline) -> None:
    text = (
        "Israeli troops attacked a refugee camp in Gaza on Monday, killing two militants.\n\n"
        "Chief Palestinian negotiator Saeb Erakat condemned the attack."
    )
    condemnation = next(e for e in _events(pipeline, text) if e.type == "ACCUSE")
    assert [p.country for p in condemnation.recipients] == ["ISR"]
