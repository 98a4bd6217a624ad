"""Statements without quotation marks that are the speaker's own words."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.quotes import QuoteCandidate

FindQuotes = Callable[[str], list[QuoteCandidate]]
FindOne = Callable[[str], QuoteCandidate]
Speaker = Callable[[QuoteCandidate], str | None]


def test_first_person_paragraph_attributed_at_its_end_is_direct(only_quote: FindOne, speaker: Speaker) -> None:
    text = (
        "As for the proposal to incorporate the region. As I understand it, its independence is not "
        "recognized by anyone. We don't even have such thoughts. We will be ready to help, TASS quotes Lavrov."
    )
    quote = only_quote(text)
    assert quote.kind == "direct"
    assert quote.content.text == text[: text.index(", TASS quotes")]  # the whole paragraph, not the last sentence
    assert (quote.cue, speaker(quote), quote.relay.text if quote.relay else None) == ("TASS quotes", "Lavrov", "TASS")


def test_third_person_paragraph_attributed_at_its_end_stays_one_sentence(only_quote: FindOne) -> None:
    text = "The troops left on Monday. Precisely because the problem is contradictory, the leaders decided to leave it for later, Lavrov said."
    quote = only_quote(text)
    assert quote.kind == "indirect"
    assert quote.content.text.startswith("Precisely because")


def test_first_person_paragraph_continues_the_previous_statement(quotes_in: FindQuotes) -> None:
    text = (
        "He added that the agreement does not spell out the status of the region.\n\n"
        "We don't even have such thoughts. We proceed from the premise that all issues should be resolved between the countries."
    )
    added, unmarked = quotes_in(text)
    assert added.cue == "added"
    assert unmarked.content.text.startswith("We don't even have such thoughts")
    assert (unmarked.kind, unmarked.speaker, unmarked.cue, unmarked.continues) == ("direct", None, "", 0)


def test_third_person_paragraph_after_a_statement_is_not_a_quote(quotes_in: FindQuotes) -> None:
    text = "He added that the agreement does not spell out the status of the region.\n\nThe Minsk Group will decide the case later."
    assert [q.cue for q in quotes_in(text)] == ["added"]


def test_paragraph_pinned_on_its_speaker_afterwards(only_quote: FindOne, speaker: Speaker) -> None:
    text = (
        "We will not allow anyone to interfere in our internal affairs. We will respond firmly.\n\n"
        "This was stated by Foreign Minister Sergei Lavrov at a news conference on Monday."
    )
    quote = only_quote(text)
    assert (quote.kind, quote.cue, speaker(quote)) == ("direct", "was stated", "Foreign Minister Sergei Lavrov")
    assert quote.content.text == "We will not allow anyone to interfere in our internal affairs. We will respond firmly"


def test_unmarked_paragraph_after_a_cue_and_colon(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("The spokesman added:\n\nThe army will stay in the region until the elections.")
    assert (quote.kind, quote.cue, speaker(quote)) == ("direct", "added", "The spokesman")
    assert quote.content.text == "The army will stay in the region until the elections"


def test_columnist_first_person_is_not_a_speakers_words(quotes_in: FindQuotes) -> None:
    text = (
        "I have covered taxes for twenty years.\n\n"
        "The senator said that the plan was too complicated.\n\n"
        "We would learn exactly which loopholes the tax code offers."
    )
    assert [q.cue for q in quotes_in(text)] == ["said"]
