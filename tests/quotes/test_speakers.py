"""Speaker resolution from the words at the cue to a resolved actor."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.mentions import MentionResolver
from eventwire.models import Quote
from eventwire.nlp.analysis import load_analysis_pipeline
from eventwire.quotes import find_quotes
from eventwire.quotes.speakers import resolve_speakers


def _quotes(text: str, on: date = date(2006, 12, 29)) -> list[Quote]:
    doc = load_analysis_pipeline()(text)
    index = MentionResolver(KnowledgeBase.load()).index(doc, on)
    return resolve_speakers(find_quotes(doc), index, "doc")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not back down," said Russian Foreign Minister Sergei Lavrov.', "Sergei Lavrov"),
        ("A spokesman for the movement, Ahmed Yousef, said the talks had failed.", "Ahmed Yousef"),
        ("Gazprom vice-president Alexander Medvedev said the deal was off.", "Alexander Medvedev"),
    ],
)
def test_named_speakers(text: str, speaker: str) -> None:
    [quote] = _quotes(text)
    assert quote.speaker == speaker


def test_pronoun_speaker_follows_the_last_speaker() -> None:
    quotes = _quotes("Russian Foreign Minister Sergei Lavrov met reporters in Moscow. He said the talks would go on.", date(2021, 1, 18))
    assert quotes[-1].speaker == "Sergei Lavrov" and quotes[-1].speaker_mention == "He"


def test_title_alone_resolves_to_the_office_holder() -> None:
    [quote] = _quotes("The Russian leader said the ceasefire was holding.", date(2021, 1, 18))
    assert (quote.speaker, quote.speaker_country) == ("Vladimir Putin", "RUS")


def test_unnamed_source_keeps_its_words_and_home_sector() -> None:
    [quote] = _quotes("Military sources said two soldiers were wounded.")
    assert quote.speaker_sector == "MIL"


def test_the_same_source_named_by_its_noun_again_is_the_same_speaker() -> None:
    text = ("The NATO statement said the alliance would stay in Kosovo. "
            "The statement added that troops would be reinforced.")
    first, second = _quotes(text)
    assert first.speaker_country == second.speaker_country == "IGO" and first.speaker == second.speaker


def test_he_after_one_unnamed_person_is_that_person() -> None:
    first, second = _quotes("A Russian foreign ministry spokesman said Moscow would respond. He added that the sanctions were illegal.")
    assert (second.speaker_mention, second.speaker, second.speaker_country) == ("He", first.speaker, "RUS")


def test_an_unnamed_person_is_no_fuller_form_of_a_later_name() -> None:
    # "the hungry North" is no shortened "North Korean official"
    doc = load_analysis_pipeline()("A North Korean official said talks could resume. Aid to the hungry North must continue, he said.")
    index = MentionResolver(KnowledgeBase.load()).index(doc, date(1997, 4, 23))
    north = next(t for t in doc if t.text == "North" and t.i > 5)
    assert all(p.sector != "GOV" or p.name != "North Korean official" for p in index.resolve(north))
