"""Words that look like statements but are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.quotes import QuoteCandidate

FindQuotes = Callable[[str], list[QuoteCandidate]]


@pytest.mark.parametrize(
    "text",
    [
        "The so-called agreement was signed in Moscow.",  # "called" names, it reports nothing
        "It was a deal that said nothing about the border.",  # no reported clause
        "It was reported that the convoy had been attacked.",  # nobody named
        "reported earlier that Putin wanted to discuss the meeting with Security Council members.",  # speaker lost
        "The minister did not say whether the talks would resume.",  # negated cue
        'The "security zone" was set up in 1985.',  # scare quotes, no cue
        'What he called a "historic deal" was signed in Doha.',  # a name in marks
        "The troops withdrew from the town on Monday. Fighting resumed two days later.",
        "The army has been accused of sidelining the country's minority.",  # accused, not accusing
        "A member of the cell accused of causing the deaths was arrested.",
        "Hezbollah called for a unity government.",  # a request for a thing, no words
    ],
)
def test_not_a_statement(quotes_in: FindQuotes, text: str) -> None:
    assert quotes_in(text) == []


def test_narrative_after_a_quotation_is_not_carried_on(quotes_in: FindQuotes) -> None:
    found = quotes_in('"Nothing works here any more," he said.\n\nThe state has 90 million people.')
    assert [q.content.text for q in found] == ["Nothing works here any more"]


def test_headline_statement_is_left_to_the_body(quotes_in: FindQuotes) -> None:
    text = "Lavrov says no plans to incorporate Karabakh into Russia\n\nRussia has never considered incorporating Karabakh, said Foreign Minister Sergei Lavrov."
    found = quotes_in(text)
    assert [q.content.text for q in found] == ["Russia has never considered incorporating Karabakh"]


def test_quoted_fragment_completing_a_phrase_is_not_a_direct_quote(quotes_in: FindQuotes) -> None:
    found = quotes_in('The participants agreed on a "media truce" to stop attacking each other.')
    assert found == []


def test_cue_after_a_full_stop_frames_the_next_quotation(quotes_in: FindQuotes) -> None:
    text = 'The statement urged members to "move the negotiations forward." It said, "Doing this will require difficult decisions."'
    found = quotes_in(text)
    said = [q for q in found if q.cue == "said"]
    assert len(said) == 1 and said[0].content.text == "Doing this will require difficult decisions"
    urged = [q for q in found if q.cue == "urged"]
    assert len(urged) == 1 and urged[0].kind == "mixed"
