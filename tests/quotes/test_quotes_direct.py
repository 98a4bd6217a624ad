"""Direct quotations: every mark style, the cue after, before and inside, runs across paragraphs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.quotes import QuoteCandidate

FindQuotes = Callable[[str], list[QuoteCandidate]]
FindOne = Callable[[str], QuoteCandidate]
Speaker = Callable[[QuoteCandidate], str | None]


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready to talk," the minister said.',
        "“We are ready to talk,” the minister said.",
        "‘We are ready to talk,’ the minister said.",
        "'We are ready to talk,' the minister said.",
        "«We are ready to talk», the minister said.",
        "„We are ready to talk“, the minister said.",
        "``We are ready to talk,'' the minister said.",
    ],
)
def test_every_mark_style_gives_a_direct_quote(only_quote: FindOne, speaker: Speaker, text: str) -> None:
    quote = only_quote(text)
    assert quote.kind == "direct"
    assert quote.content.text == "We are ready to talk"  # no marks, no trailing comma
    assert quote.cue == "said"
    assert speaker(quote) == "the minister"


def test_cue_after_in_inverted_order(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote('"We are ready to talk," said Foreign Minister Sergei Lavrov.')
    assert speaker(quote) == "Foreign Minister Sergei Lavrov"
    assert quote.cue == "said"


def test_cue_after_with_addressee_keeps_told_reporters(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote('"We will not give up," the rebel leader told reporters in Kabul.')
    assert quote.cue == "told reporters"
    assert speaker(quote) == "the rebel leader"


def test_cue_before_with_colon(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote('The minister said: "We are ready to talk."')
    assert (quote.kind, quote.content.text, speaker(quote)) == ("direct", "We are ready to talk", "The minister")


def test_cue_before_without_punctuation(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote('Arguing his case, he said "The talks have failed."')
    assert (quote.content.text, quote.cue, speaker(quote)) == ("The talks have failed", "said", "he")


def test_cue_inside_gives_two_pieces_the_second_continuing(quotes_in: FindQuotes, speaker: Speaker) -> None:
    first, second = quotes_in('"We are ready," he said, "to talk about the border."')
    assert (first.content.text, second.content.text) == ("We are ready", "to talk about the border")
    assert first.cue_start == second.cue_start and second.continues == 0
    assert speaker(second) == "he"


def test_quote_across_paragraphs_continues_under_the_same_cue(quotes_in: FindQuotes, speaker: Speaker) -> None:
    text = '"Our patience is running out," Smith said. "We will act next week.\n\n"Nobody should doubt it."'
    found = quotes_in(text)
    assert [q.content.text for q in found] == ["Our patience is running out", "We will act next week", "Nobody should doubt it"]
    assert [q.continues for q in found] == [None, 0, 1]
    assert {speaker(q) for q in found} == {"Smith"}


def test_quote_paragraph_without_cue_continues_the_last_speaker(quotes_in: FindQuotes) -> None:
    text = (
        '"The system has collapsed," said the editor.\n\n'
        "The state has 90 million people.\n\n"
        '"Nothing works here any more. The police do not function."'
    )
    first, second = quotes_in(text)
    assert second.content.text == "Nothing works here any more. The police do not function"
    assert (second.speaker, second.cue, second.cue_start, second.continues) == (None, "", -1, 0)


def test_paragraph_ending_with_cue_and_colon_frames_the_next(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote('He also said:\n\n"We will win this."')
    assert (quote.content.text, quote.cue, speaker(quote)) == ("We will win this", "also said", "He")


def test_passive_quoted_as_saying_names_speaker_and_relay(only_quote: FindOne, speaker: Speaker) -> None:
    text = '"The cabinet has approved the plan," Prime Minister Surayud was quoted by the Bangkok Post as saying.'
    quote = only_quote(text)
    assert speaker(quote) == "Prime Minister Surayud"
    assert quote.relay is not None and quote.relay.text == "the Bangkok Post"
    assert quote.cue.startswith("was quoted") and quote.cue.endswith("as saying")
