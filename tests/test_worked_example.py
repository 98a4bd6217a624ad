"""The worked example (raw scraped text of a real report) end to end: the bar of the foundation."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.models import Article, ArticleResult, Event
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def result(shared_dir: Path, pipeline: Pipeline) -> ArticleResult:
    items = list(read_inputs([str(shared_dir / "examples" / "lavrov-karabakh-2021-01-18.txt")]))
    assert len(items) == 1 and isinstance(items[0], Article)
    out = pipeline.process(items[0])
    assert isinstance(out, ArticleResult)
    return out


def _countries(event: Event) -> set[str]:
    return {p.country for p in event.actors + event.recipients}


def _asserted(result: ArticleResult, type_: str) -> list[Event]:
    return [e for e in result.events if e.type == type_ and e.status == "asserted"]


def test_header_fields(result: ArticleResult) -> None:
    article = result.article
    assert article.published == "2021-01-18T15:11:00"
    assert article.section == "CIS countries"
    assert article.extras["view_count"] == 25
    assert "Valeriy Melnikov" in article.extras["photo_credit"]


def test_signing_of_the_ceasefire(result: ArticleResult) -> None:
    signings = [e for e in _asserted(result, "AGREE") if e.date == "2020-11-10"]
    assert signings, [(e.type, e.date, e.evidence.text) for e in result.events]
    assert {"ARM", "AZE", "RUS"} <= _countries(signings[0])


def test_fighting_resumed(result: ArticleResult) -> None:
    fights = [e for e in _asserted(result, "ASSAULT") if e.date == "2020-09-27"]
    assert fights and {"ARM", "AZE"} <= _countries(fights[0])


def test_peacekeepers_deployed(result: ArticleResult) -> None:
    deployments = [e for e in result.events if e.status == "asserted" and e.type in ("AID", "MOBILIZE")
                   and "peacekeepers" in e.evidence.text]
    assert deployments and "RUS" in {p.country for p in deployments[0].actors}


def test_meeting_in_moscow(result: ArticleResult) -> None:
    meetings = [e for e in _asserted(result, "CONSULT") if e.date == "2021-01-11"]
    assert meetings and meetings[0].location.name == "Moscow"
    assert {"ARM", "AZE", "RUS"} <= _countries(meetings[0])


def test_incorporation_is_negated_not_asserted(result: ArticleResult) -> None:
    incorporations = [e for e in result.events if "incorporat" in e.why]
    assert incorporations
    assert all(e.status != "asserted" for e in incorporations)
    assert any(e.status == "negated" for e in incorporations)


def test_statements_attributed(result: ArticleResult) -> None:
    text = result.article.text
    lavrov_part = text[: text.index("The armed conflict")]
    putin_part = text[text.index("During the dialogue"):]
    for quote in result.quotes:
        if quote.content.end <= len(lavrov_part):
            assert quote.speaker == "Sergei Lavrov", quote
        elif quote.content.start >= text.index("During the dialogue"):
            assert quote.speaker == "Vladimir Putin", quote
    assert sum(q.speaker == "Sergei Lavrov" for q in result.quotes) >= 4
    assert sum(q.speaker == "Vladimir Putin" for q in result.quotes) >= 2
    assert putin_part


def test_refusal_is_a_statement_act(result: ArticleResult) -> None:
    rejections = [e for e in result.events if e.type == "REJECT" and e.status == "asserted"]
    assert rejections and rejections[0].actors[0].name == "Sergei Lavrov"
    linked = {event_id for quote in result.quotes for event_id in quote.event_ids}
    assert rejections[0].id in linked
