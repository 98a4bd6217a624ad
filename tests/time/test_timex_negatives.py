"""Things that look like time expressions but cannot be placed on a calendar."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.time import find_timexes

PUBLISHED = datetime(2005, 11, 13)


@pytest.mark.parametrize(
    "text",
    [
        "The siege lasted six weeks.",
        "They negotiated for three days.",
        "Talks were held recently and will resume soon.",
        "He said he would decide later.",
        "The score was 2:1 and the ratio 3:45:2.",
        "Flight 1500 landed.",
        "The 45-year-old was aged 62 by then.",
        "Some 2,000 troops and 1,000 police were deployed.",
        "Prices fall in summer.",
        "About 2000 people marched.",
        "Security Council Resolution 1973 was adopted.",
        "It cost $1990 in all.",
        "The exercise dubbed Friendship 2006 ended.",
        "Marches marked Bloody Sunday and Good Friday.",
        "Exports of Christmas decorations rose.",
        "It was the third attack in three days.",
        "It is the highest level in two years.",
        "Prices doubled in ten years.",
        "Officials May attend.",
    ],
)
def test_not_a_calendar_expression(text: str) -> None:
    assert find_timexes(text, PUBLISHED) == []
