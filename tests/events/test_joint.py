"""Acts done together by parties of several countries are their cooperation (COOPERATE)."""

from __future__ import annotations

import pytest

from eventwire.models import Article, ArticleResult, Event
from eventwire.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.process(Article(doc_id="d", text=text, published="2021-01-18"))
    assert isinstance(result, ArticleResult)
    return result.events


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Chinese and Russian militaries held joint naval drills in the Sea of Japan.", {"CHN", "RUS"}),
        ("Swedish and Finnish forces trained together in the Arctic.", {"SWE", "FIN"}),
        ("Russia held naval drills with China in the Pacific.", {"RUS", "CHN"}),
        ("The navies of India, Japan and Australia held the Malabar exercise.", {"IND", "JPN", "AUS"}),
        ("Indonesian and Australian police jointly investigated the bombing.", {"IDN", "AUS"}),
    ],
)
def test_an_act_done_together_is_cooperation_between_all_parties(pipeline: Pipeline, text: str, countries: set[str]) -> None:
    events = _events(pipeline, text)
    cooperation = next(e for e in events if e.type == "COOPERATE")
    assert {p.country for p in cooperation.actors} == countries and not cooperation.recipients
    assert "together" in cooperation.why


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # aimed at someone else: the act keeps its type
        ("Kenyan and Somali forces carried out joint raids on al-Shabaab positions.", "COERCE"),
        # one country alone, no marker: a show of force
        ("Russia held military drills near the Ukrainian border.", "MOBILIZE"),
        # a diplomatic act with a partner is no material cooperation
        ("Myanmar has established diplomatic ties with Seychelles.", "SUPPORT"),
    ],
)
def test_other_acts_keep_their_type(pipeline: Pipeline, text: str, kept: str) -> None:
    types = {e.type for e in _events(pipeline, text)}
    assert kept in types and "COOPERATE" not in types
