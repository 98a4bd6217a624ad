"""Builders of small hand-made system outputs and gold files for the scorer tests."""

from __future__ import annotations

from typing import Any

import pytest

TEXT = (
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.\n\n"
    "Ukraine accused Moscow of targeting civilians. \"We will not surrender Kharkiv,\" "
    "Foreign Minister Dmytro Kuleba said on Tuesday.\n\n"
    "Security sources said the talks planned for March 2022 would not take place."
)


class Build:
    """Factories: every field defaults to something valid, tests override what they pin."""

    text = TEXT

    @staticmethod
    def party(country: str, name: str = "", sector: str = "GOV") -> dict[str, Any]:
        return {"name": name or f"{country} party", "country": country, "sector": sector}

    @staticmethod
    def span(words: str, text: str = TEXT) -> dict[str, Any]:
        start = text.index(words)
        return {"text": words, "start": start, "end": start + len(words)}

    @staticmethod
    def gold_event(**fields: Any) -> dict[str, Any]:
        event = {
            "type": "ASSAULT",
            "alt_types": [],
            "mode": "",
            "actors": [Build.party("RUS", sector="MIL")],
            "recipients": [Build.party("UKR")],
            "date": "2022-03-07",
            "date_precision": "day",
            "status": "asserted",
            "location": {"name": "", "country": ""},
            "evidence": "Russian forces shelled Kharkiv on Monday",
        }
        event.update(fields)
        return event

    @staticmethod
    def system_event(evidence: str = "Russian forces shelled Kharkiv on Monday", **fields: Any) -> dict[str, Any]:
        event = {
            "id": "e1",
            "type": "ASSAULT",
            "actors": [Build.party("RUS", sector="MIL")],
            "recipients": [Build.party("UKR")],
            "date": "2022-03-07",
            "date_precision": "day",
            "status": "asserted",
            "evidence": Build.span(evidence),
            "mentions": [],
        }
        event.update(fields)
        return event

    @staticmethod
    def gold(doc_id: str = "doc1", **lists: list[dict[str, Any]]) -> dict[str, Any]:
        gold: dict[str, Any] = {"doc_id": doc_id, "events": [], "quotes": [], "timexes": [], "places": []}
        gold.update(lists)
        return gold

    @staticmethod
    def system(doc_id: str = "doc1", text: str = TEXT, **lists: list[dict[str, Any]]) -> dict[str, Any]:
        output: dict[str, Any] = {
            "doc_id": doc_id,
            "published": "2022-03-08",
            "headline": "",
            "article": {"doc_id": doc_id, "text": text, "headline": "", "dateline": "KYIV, March 8 (Wire)"},
            "events": [],
            "quotes": [],
            "timexes": [],
            "places": [],
            "rejected": None,
        }
        output.update(lists)
        return output


@pytest.fixture
def build() -> type[Build]:
    return Build
