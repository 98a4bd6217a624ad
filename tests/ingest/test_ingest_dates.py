"""Publication dates in written forms, normalised to ISO 8601."""

from __future__ import annotations

import pytest

from eventwire.ingest import normalise_published


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2021-01-18", "2021-01-18"),
        ("2021-01-18T15:11:00", "2021-01-18T15:11:00"),
        ("2021-01-18T15:11:00Z", "2021-01-18T15:11:00+00:00"),
        ("2021-01-18 15:11", "2021-01-18T15:11:00"),
        ("January 18, 2021", "2021-01-18"),
        ("18 Jan 2021 3:11 pm", "2021-01-18T15:11:00"),
        ("Mon, 18 Jan 2021 15:11:00 +0000", "2021-01-18T15:11:00"),
        ("18.01.2021", "2021-01-18"),
        ("18 janvier 2021", "2021-01-18"),
        (1610982660, "2021-01-18T15:11:00+00:00"),
        (1610982660000, "2021-01-18T15:11:00+00:00"),
    ],
)
def test_normalises(value: object, iso: str) -> None:
    assert normalise_published(value) == iso


@pytest.mark.parametrize("value", ["", "yesterday", "3 days ago", "sometime in spring", "2021-02-30", 2021, True, None, ["2021"]])
def test_refuses_what_is_not_a_full_date(value: object) -> None:
    assert normalise_published(value) is None
