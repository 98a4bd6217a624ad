"""Event matching rules of the gold format, each pinned by a small hand-built case."""

from __future__ import annotations

import pytest

from eventwire.evaluate import score_document, score_documents
from eventwire.evaluate.dates import date_matches
from eventwire.evaluate.events import event_matches, participants_match

ACCUSATION = "Ukraine accused Moscow of targeting civilians"


def detection(build, system_events, gold_events):
    document = score_document(build.system(events=system_events), build.gold(events=gold_events))
    return document.scores.events


def test_identical_event_is_a_true_positive(build):
    counts = detection(build, [build.system_event()], [build.gold_event()]).detection
    assert (counts.system, counts.system_correct, counts.gold, counts.gold_found) == (1, 1, 1, 1)
    assert counts.f1 == 1.0


def test_alternative_type_matches_and_other_type_does_not(build):
    gold = build.gold_event(type="ACCUSE", alt_types=["COERCE"])
    assert event_matches(build.system_event(type="COERCE"), gold)
    assert event_matches(build.system_event(type="ACCUSE"), gold)
    assert not event_matches(build.system_event(type="ASSAULT"), gold)


def test_each_side_gold_fills_needs_a_shared_country_among_all_participants(build):
    gold = build.gold_event()  # actors RUS, recipients UKR
    swapped = build.system_event(actors=[build.party("UKR")], recipients=[build.party("RUS")])
    assert participants_match(swapped, gold)
    no_recipient = build.system_event(recipients=[])
    assert not participants_match(no_recipient, gold)
    wrong_actor = build.system_event(actors=[build.party("USA")])
    assert not participants_match(wrong_actor, gold)


def test_gold_side_without_known_country_is_not_checked(build):
    gold = build.gold_event(recipients=[build.party("UNK", name="residents", sector="CVL")])
    assert participants_match(build.system_event(recipients=[]), gold)
    reciprocal = build.gold_event(recipients=[])
    assert participants_match(build.system_event(recipients=[build.party("FRA")]), reciprocal)


def test_day_precision_accepts_one_day_either_way():
    assert date_matches("2022-03-08", "2022-03-07", "day")
    assert date_matches("2022-03-06", "2022-03-07", "day")
    assert date_matches("2022-03-01", "2022-02-28", "day")  # across a month end
    assert not date_matches("2022-03-09", "2022-03-07", "day")
    assert not date_matches("2022-03", "2022-03-07", "day")  # coarser than gold
    assert not date_matches("", "2022-03-07", "day")


def test_month_week_and_year_precision_accept_any_date_inside():
    assert date_matches("2022-03-31", "2022-03", "month")
    assert date_matches("2022-03", "2022-03", "month")
    assert not date_matches("2022-04-01", "2022-03", "month")
    assert date_matches("2022-12-31", "2022", "year")
    assert not date_matches("2023-01-01", "2022", "year")
    assert date_matches("2022-03-09", "2022-W10", "week")
    assert not date_matches("2022-03-14", "2022-W10", "week")


def test_unknown_gold_date_matches_any_system_date(build):
    gold = build.gold_event(date="", date_precision="unknown")
    assert event_matches(build.system_event(date="1999-01-01"), gold)
    assert event_matches(build.system_event(date="", date_precision="unknown"), gold)


def test_date_two_days_off_is_no_match(build):
    counts = detection(build, [build.system_event(date="2022-03-09")], [build.gold_event()]).detection
    assert (counts.system_correct, counts.gold_found) == (0, 0)
    assert counts.precision == 0.0 and counts.recall == 0.0


def test_system_asserting_a_negated_gold_event_is_a_false_positive(build):
    gold = [build.gold_event(status="negated")]
    counts = detection(build, [build.system_event()], gold).detection
    assert (counts.system, counts.system_correct, counts.gold) == (1, 0, 0)


def test_system_giving_the_gold_status_is_left_out_of_the_figures(build):
    gold = [build.gold_event(status="negated")]
    counts = detection(build, [build.system_event(status="negated")], gold).detection
    assert (counts.system, counts.gold) == (0, 0)
    assert counts.f1 is None


def test_system_giving_another_non_asserted_status_is_a_false_positive(build):
    gold = [build.gold_event(status="negated")]
    counts = detection(build, [build.system_event(status="future")], gold).detection
    assert (counts.system, counts.system_correct) == (1, 0)


def test_unmatched_non_asserted_system_event_is_not_scored(build):
    counts = detection(build, [build.system_event(type="THREATEN", status="future")], []).detection
    assert counts.system == 0


def test_gold_asserted_event_given_another_status_is_missed_not_a_false_positive(build):
    counts = detection(build, [build.system_event(status="hypothetical")], [build.gold_event()]).detection
    assert (counts.system, counts.gold, counts.gold_found) == (0, 1, 0)


def test_matching_is_one_to_one(build):
    twice = [build.system_event(), build.system_event()]
    counts = detection(build, twice, [build.gold_event()]).detection
    assert (counts.system, counts.system_correct, counts.gold_found) == (2, 1, 1)


def test_matching_maximises_the_number_of_pairs(build):
    # System A fits both gold events (and overlaps gold 1's evidence), system B
    # fits only gold 1: a greedy best-first matcher would strand B.
    gold = [
        build.gold_event(date="2022-03-07"),
        build.gold_event(date="2022-03-09", evidence=ACCUSATION),
    ]
    system = [build.system_event(date="2022-03-08"), build.system_event(evidence=ACCUSATION, date="2022-03-06")]
    counts = detection(build, system, gold).detection
    assert (counts.system_correct, counts.gold_found) == (2, 2)


def test_status_preference_picks_the_asserted_gold_partner(build):
    gold = [build.gold_event(status="negated"), build.gold_event()]
    counts = detection(build, [build.system_event()], gold).detection
    assert (counts.system, counts.system_correct, counts.gold_found) == (1, 1, 1)


def test_type_and_date_accuracy_on_evidence_aligned_pairs(build):
    gold = [
        build.gold_event(),
        build.gold_event(type="ACCUSE", evidence=ACCUSATION, actors=[build.party("UKR")],
                         recipients=[build.party("RUS")], date="", date_precision="unknown"),
    ]
    system = [
        build.system_event(type="COERCE", date="2022-03-07"),  # right clause, wrong type
        build.system_event(evidence=ACCUSATION, type="ACCUSE", date="2022-03-08",
                           actors=[build.party("UKR")], recipients=[build.party("RUS")]),
    ]
    scores = detection(build, system, gold)
    assert scores.aligned == 2
    assert (scores.type_accuracy.correct, scores.type_accuracy.total) == (1, 2)
    # The accusation's gold date is unknown, so only the shelling's date is judged.
    assert (scores.date_accuracy.correct, scores.date_accuracy.total) == (1, 1)
    assert scores.status_accuracy.value == 1.0


def test_evidence_in_a_further_mention_aligns_the_event(build):
    event = build.system_event(evidence=ACCUSATION, type="ASSAULT")
    event["mentions"] = [build.span("Russian forces shelled Kharkiv")]
    scores = detection(build, [event], [build.gold_event()])
    assert scores.aligned == 1


def test_participant_country_precision_and_recall(build):
    gold = [build.gold_event(actors=[build.party("RUS"), build.party("UNK")], recipients=[build.party("UKR")])]
    system = [build.system_event(actors=[build.party("RUS"), build.party("BLR")], recipients=[build.party("UNK")])]
    scores = detection(build, system, gold)
    # Gold knows {RUS, UKR}; system knows {RUS, BLR}: one of two each way.
    assert (scores.participant_recall.correct, scores.participant_recall.total) == (1, 2)
    assert (scores.participant_precision.correct, scores.participant_precision.total) == (1, 2)


def test_counts_per_type(build):
    gold = [build.gold_event(), build.gold_event(type="ACCUSE", evidence=ACCUSATION)]
    system = [build.system_event(), build.system_event(type="PROTEST")]
    report = score_documents([(build.system(events=system), build.gold(events=gold))])
    by_type = report.as_dict()["events_by_type"]
    assert by_type["ASSAULT"]["f1"] == 1.0
    assert (by_type["ACCUSE"]["gold"], by_type["ACCUSE"]["gold_found"]) == (1, 0)
    assert (by_type["PROTEST"]["system"], by_type["PROTEST"]["system_correct"]) == (1, 0)


@pytest.mark.parametrize("system_date", ["2022-03-07T23:00:00", "2022-03-07"])
def test_datetime_system_dates_compare_by_day(system_date):
    assert date_matches(system_date, "2022-03-08", "day")
