"""Event dates on hand-built sentences: which time expression governs an event, and where
the date comes from when none does."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.events.dating import DATE_SOURCES, Dater, EventDate
from eventwire.time import find_timexes


def dates(nlp: Language, text: str, words: list[str], published: date, status: str = "asserted") -> list[EventDate]:
    """The dates a Dater gives the events whose triggers are ``words``, in text order,
    the way the coder asks for them (one Dater per article)."""
    doc = nlp(text)
    dater = Dater(find_timexes(text, published), published, text)
    found = []
    for word in words:
        trigger = next(t for t in doc if t.text == word)
        found.append(dater.date_for(trigger, trigger.sent, status))
    return found


def date_of(nlp: Language, text: str, word: str, published: date, status: str = "asserted") -> EventDate:
    return dates(nlp, text, [word], published, status)[0]


def test_the_clause_own_weekday_dates_it(nlp: Language) -> None:
    when = date_of(nlp, "Israeli troops killed three militants on Monday.", "killed", date(2005, 11, 16))
    assert when == EventDate("2005-11-14", "day", "timex")


def test_a_time_in_front_of_another_noun_dates_that_noun(nlp: Language) -> None:
    text = "Security forces opened fire on crowds protesting against the Feb. 1 military coup."
    when = date_of(nlp, text, "protesting", date(2021, 2, 28))
    assert when.source == "publication" and when.value == "2021-02-28"


def test_a_time_after_an_ordering_preposition_only_anchors(nlp: Language) -> None:
    text = "Britain is pulling together a coalition to fight the Taliban after next year's partial US pullback."
    when = date_of(nlp, text, "fight", date(2005, 11, 15))
    assert when.value == "2005-11-15" and when.source == "publication"


def test_soon_after_a_happening_a_coarse_time_dates_both(nlp: Language) -> None:
    text = "The arrests were made soon after Sheikh Hasina's election victory last year."
    assert date_of(nlp, text, "made", date(1997, 4, 21)) == EventDate("1996", "year", "timex")


def test_soon_after_a_dated_day_still_only_anchors(nlp: Language) -> None:
    text = "Police arrested him shortly after Friday's talks."
    assert date_of(nlp, text, "arrested", date(1997, 4, 21)).source == "publication"


def test_a_dated_happening_as_subject_dates_its_clause(nlp: Language) -> None:
    when = date_of(nlp, "Tuesday's attack killed five people in the market.", "killed", date(2005, 11, 17))
    assert (when.value, when.source) == ("2005-11-15", "timex")


def test_killed_in_a_dated_putsch_takes_its_date(nlp: Language) -> None:
    text = "Mujib was slain with most of his family in the August 15, 1975 putsch."
    assert date_of(nlp, text, "slain", date(1997, 4, 21)).value == "1975-08-15"


def test_a_relative_clause_of_a_dated_noun_takes_its_date(nlp: Language) -> None:
    text = "The trial of the plotters of a 1975 coup in which the president was killed opened on Monday."
    assert date_of(nlp, text, "killed", date(1997, 4, 21)).value == "1975"


def test_two_years_after_moves_the_governing_date(nlp: Language) -> None:
    text = "NATO took over command of ISAF in 2003, two years after US-led forces overthrew the Taliban government."
    assert date_of(nlp, text, "overthrew", date(2005, 11, 15)) == EventDate("2001", "year", "timex")


def test_weeks_after_counts_back_from_the_publication(nlp: Language) -> None:
    text = "The exercise comes around two weeks after Chinese President Hu Jintao pledged to deepen ties."
    when = date_of(nlp, text, "pledged", date(2006, 12, 11))
    assert when == EventDate("2006-W48", "week", "publication")


def test_an_event_over_a_span_is_dated_by_its_start(nlp: Language) -> None:
    text = "The two countries fought a border war from 1998 to 2000 that killed some 80,000 people."
    assert date_of(nlp, text, "killed", date(2018, 7, 9)).value == "1998"


def test_a_planned_event_on_a_weekday_is_the_coming_one(nlp: Language) -> None:
    text = "Russia is expected to sign an agreement with the United States on Sunday in Hanoi."
    when = date_of(nlp, text, "sign", date(2006, 11, 17), status="future")  # a Friday
    assert when == EventDate("2006-11-19", "day", "timex")


def test_a_weekday_in_a_clause_with_will_is_ahead(nlp: Language) -> None:
    text = "The APEC summit on Friday and Saturday will bring together APEC leaders."
    assert date_of(nlp, text, "summit", date(2005, 11, 13)).value == "2005-11-18"  # a Sunday paper


def test_a_weekend_dates_its_week_past_or_coming(nlp: Language) -> None:
    monday = date(2020, 6, 1)
    assert date_of(nlp, "Rebels attacked the town over the weekend.", "attacked", monday) == EventDate("2020-W22", "week", "timex")
    planned = date_of(nlp, "The two leaders will meet at the weekend.", "meet", monday, status="future")
    assert planned == EventDate("2020-W23", "week", "timex")


def test_a_duration_is_no_event_date(nlp: Language) -> None:
    for text, word in (
        ("The army besieged the town for six weeks.", "besieged"),
        ("Abiy Ahmed began a three-day visit to Asmara.", "visit"),
    ):
        when = date_of(nlp, text, word, date(2018, 7, 9))
        assert when == EventDate("2018-07-09", "day", "publication"), text


def test_a_planned_event_inside_a_statement_is_dated_by_the_statement(nlp: Language) -> None:
    text = 'Nasrallah has threatened that Hezbollah would "go to the streets" if talks fail.'
    when = date_of(nlp, text, "go", date(2006, 11, 7), status="hypothetical")
    assert when == EventDate("2006-11-07", "day", "announced")


def test_a_planned_event_on_its_own_stays_undated(nlp: Language) -> None:
    when = date_of(nlp, "Russia and Turkey will hold talks on Syria.", "hold", date(2020, 3, 1), status="future")
    assert when == EventDate("", "unknown", "")


def test_the_narrative_date_carries_to_simple_past_in_the_paragraph(nlp: Language) -> None:
    text = "Rebels attacked the town of Goma on Monday. They burned the market.\n\nTroops have arrived."
    attacked, burned, arrived = dates(nlp, text, ["attacked", "burned", "arrived"], date(2008, 10, 30))
    assert attacked.value == burned.value == "2008-10-27"
    assert burned.source == "context"
    assert (arrived.value, arrived.source) == ("2008-10-30", "publication")


def test_a_happening_named_again_keeps_its_date(nlp: Language) -> None:
    text = (
        "Hezbollah has launched 383 attacks since last April's Israeli offensive.\n\n"
        "Israel's 17-day offensive killed 175 people."
    )
    when = date_of(nlp, text, "killed", date(1997, 4, 4))
    assert (when.value, when.source) == ("1996-04", "context")


def test_without_publication_an_undated_event_is_unknown(nlp: Language) -> None:
    doc = nlp("Rebels attacked the town.")
    dater = Dater([], None, doc.text)
    assert dater.date_for(doc[1], doc[1].sent, "asserted") == EventDate("", "unknown", "")


def test_sources_are_the_documented_set(nlp: Language) -> None:
    text = "Rebels attacked Goma on Monday. They burned the market.\n\nTroops arrived. Talks will follow."
    found = dates(nlp, text, ["attacked", "burned", "arrived"], date(2008, 10, 30))
    found.append(date_of(nlp, text, "follow", date(2008, 10, 30), status="future"))
    assert {d.source for d in found} <= set(DATE_SOURCES)
    assert {d.source for d in found} == {"timex", "context", "publication", ""}


def _dated_before(nlp: Language, text: str, word: str, published: date) -> bool:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return Dater(find_timexes(text, published), published, text).dated_before_publication(trigger, trigger.sent)


def test_an_event_noun_dated_in_the_past_even_read_as_ahead(nlp: Language) -> None:
    published = date(2007, 1, 12)
    assert _dated_before(nlp, "Gazprom wants to avoid a repeat of last year's cut-off of gas to Ukraine.", "off", published)
    assert _dated_before(nlp, "Israel vowed to avenge the 2004 bombing of its embassy.", "bombing", published)
    # a month the plan may still reach, and a clause's own time, say nothing of the noun's past
    assert not _dated_before(nlp, "Russia will complete the withdrawal in September.", "withdrawal", published)
    assert not _dated_before(nlp, "The leaders will hold talks next week.", "talks", published)


def test_a_schedule_in_the_present_looks_ahead_and_a_past_act_back(nlp: Language) -> None:
    published = date(2006, 12, 13)  # a Wednesday
    meeting = date_of(nlp, "The foreign ministers meet in Brussels on Friday.", "meet", published)
    strike = date_of(nlp, "Israeli jets struck Gaza on Friday.", "struck", published)
    assert (meeting.value, strike.value) == ("2006-12-15", "2006-12-08")


def test_a_happening_set_in_an_era_is_undated(nlp: Language) -> None:
    published = date(2006, 12, 11)
    tortured = date_of(nlp, "Bachelet suffered torture during the Pinochet regime.", "torture", published)
    killed = date_of(nlp, "Thousands of people were killed under Saddam's rule.", "killed", published)
    assert (tortured.value, tortured.precision) == (killed.value, killed.precision) == ("", "unknown")
    arrested = date_of(nlp, "Police arrested him in the square.", "arrested", published)
    assert (arrested.value, arrested.source) == ("2006-12-11", "publication")
