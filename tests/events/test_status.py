"""Status of an event from the grammar around its trigger."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.status import decide_status


def _status(nlp: Language, sentence: str, trigger: str) -> str:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    return decide_status(token).status


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Government troops attacked the rebel camp on Monday.", "attacked", "asserted"),
        ("The president will visit Paris next week.", "visit", "future"),
        ("The two leaders plan to meet in Geneva.", "meet", "future"),
        ("Russia has never considered incorporating the region.", "incorporating", "negated"),
        ("The army did not attack the village.", "attack", "negated"),
        ("The ministry denied attacking the convoy.", "attacking", "negated"),
        ("If talks fail, the rebels could attack the capital.", "attack", "hypothetical"),
        ("We will be ready to help the two countries.", "help", "hypothetical"),
        ("Officials said the army attacked the village.", "attacked", "asserted"),
        ("There are currently no serious incidents.", "incidents", "negated"),
        ("Ministers failed to agree, with Germany blocking a deal.", "blocking", "asserted"),
        ("Ministers failed to agree, with Germany blocking a deal.", "agree", "negated"),
    ],
)
def test_status_cues(nlp: Language, sentence: str, trigger: str, expected: str) -> None:
    assert _status(nlp, sentence, trigger) == expected
