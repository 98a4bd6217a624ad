"""Merging mentions of one happening within an article, on hand-built events."""

from __future__ import annotations

from eventwire.events.merge import CONTEXT_PARTIES, merge_told_acts, merge_within_article, same_happening
from eventwire.events.statements import STATEMENT_MARK
from eventwire.models import Event, Participant, TextSpan


def _event(kind: str, parties: list[tuple[str, str]], why: str = "lexicon verb") -> Event:
    return Event(id="", type=kind, actors=[Participant(n, c) for n, c in parties], why=why, date="2006-12-29")


def test_a_back_reference_with_guessed_parties_is_not_a_second_happening() -> None:
    talks = _event("CONSULT", [("Gazprom", "RUS"), ("Belarus", "BLR")])
    again = _event("CONSULT", [("Germany", "DEU"), ("Poland", "POL")], why=f"lexicon noun 'talk'; {CONTEXT_PARTIES}")
    assert merge_within_article([talks, again]) == [talks]


def test_an_event_with_its_own_parties_stays_apart() -> None:
    talks = _event("CONSULT", [("Gazprom", "RUS"), ("Belarus", "BLR")])
    other = _event("CONSULT", [("Germany", "DEU"), ("Poland", "POL")])
    assert len(merge_within_article([talks, other])) == 2


def test_a_back_reference_of_another_type_is_kept() -> None:
    talks = _event("CONSULT", [("Gazprom", "RUS"), ("Belarus", "BLR")])
    truce = _event("RETREAT", [("Germany", "DEU"), ("Poland", "POL")], why=f"lexicon noun 'truce'; {CONTEXT_PARTIES}")
    assert len(merge_within_article([talks, truce])) == 2


def test_the_same_parties_in_swapped_roles_are_two_acts() -> None:
    supplies = Event(id="", type="AID", actors=[Participant("Beijing", "CHN")], recipients=[Participant("Islamabad", "PAK")], date="2006-12")
    helps = Event(id="", type="AID", actors=[Participant("Islamabad", "PAK")], recipients=[Participant("Beijing", "CHN")], date="2006-12")
    again = Event(id="", type="AID", actors=[Participant("Beijing", "CHN")], recipients=[Participant("Islamabad", "PAK")], date="2006-12")
    assert len(merge_within_article([supplies, helps, again])) == 2


def _in_sentence(kind: str, actors: list[tuple[str, str]], recipients: list[tuple[str, str]]) -> Event:
    return Event(id="", type=kind, actors=[Participant(n, c) for n, c in actors], recipients=[Participant(n, c) for n, c in recipients],
                 date="2005-11-14", evidence=TextSpan("A soldier was killed in a car bomb attack by Taliban fighters.", 0, 62))


def test_a_mention_whose_parties_the_other_has_is_the_same_happening() -> None:
    killing = _in_sentence("ASSAULT", [("Taliban fighters", "AFG")], [("German soldier", "DEU")])
    bombing = _in_sentence("ASSAULT", [("Taliban fighters", "AFG")], [])
    assert merge_within_article([killing, bombing]) == [killing] and len(killing.mentions) == 1


def test_a_side_only_the_weaker_mention_names_is_kept() -> None:
    # "A bomb planted by the Taliban killed four soldiers": the planting (a verb, first) names
    # the doer only; the killing, with the same doer, names whom it hit
    planting = _in_sentence("ASSAULT", [("the Taliban", "AFG")], [])
    killing = _in_sentence("ASSAULT", [("the Taliban", "AFG")], [("four soldiers", "UNK")])
    [merged] = merge_within_article([planting, killing])
    assert [p.name for p in merged.recipients] == ["four soldiers"]
    # a party already on the other side is not taken again
    talks = _in_sentence("CONSULT", [("Kabila", "COD"), ("Mobutu", "COD")], [])
    meeting = _in_sentence("CONSULT", [("Kabila", "COD")], [("Mobutu", "COD")])
    [joint] = merge_within_article([talks, meeting])
    assert joint.recipients == []


def test_a_mention_with_a_party_of_its_own_stays_apart() -> None:
    killing = _in_sentence("ASSAULT", [("Taliban fighters", "AFG")], [("German soldier", "DEU")])
    other = _in_sentence("ASSAULT", [("Taliban fighters", "AFG")], [("Afghan police", "AFG")])
    assert len(merge_within_article([killing, other])) == 2


def test_a_week_and_a_day_inside_it_are_compatible_dates() -> None:
    meeting = Event(id="", type="CONSULT", actors=[Participant("North Korea", "PRK"), Participant("United States", "USA")], date="1997-04-20")
    talks = Event(id="", type="CONSULT", actors=[Participant("North Korea", "PRK")], date="1997-W16", why=f"lexicon noun 'talk'; {CONTEXT_PARTIES}")
    assert merge_within_article([meeting, talks]) == [meeting]
    later = Event(id="", type="CONSULT", actors=[Participant("North Korea", "PRK")], date="1997-W17", why=f"lexicon noun 'talk'; {CONTEXT_PARTIES}")
    assert len(merge_within_article([meeting, later])) == 2


def test_the_victims_of_a_clash_in_its_own_sentence_are_its_parties() -> None:
    # "An Israeli officer and three militants were wounded in clashes": one happening
    parties = [("Israeli officer", "ISR"), ("Palestinian militants", "PSE")]
    wounded, clash = _in_sentence("ASSAULT", [], parties), _in_sentence("ASSAULT", parties, [])
    assert len(merge_within_article([wounded, clash])) == 1
    # in two sentences they stay two acts
    later = _event("ASSAULT", parties)
    later.date, later.evidence = "2005-11-14", TextSpan("Later they clashed again.", 100, 125)
    assert len(merge_within_article([wounded, later])) == 2


def test_an_act_a_statement_makes_folds_into_the_same_act_found_in_its_words() -> None:
    coded = _event("REJECT", [("Israel", "ISR")], why="lexicon verb 'allow'; refused ('not') -> REJECT")
    stated = _event("REJECT", [("Israel", "ISR")], why=f"{STATEMENT_MARK}Israel says 'not allow' (said)")
    other = _event("REJECT", [("Egypt", "EGY")], why=f"{STATEMENT_MARK}Egypt says 'not open' (said)")
    merged = merge_told_acts([coded, stated, other])
    assert merged == [coded, other]
    assert len(coded.mentions) == 1  # the statement's words are kept as a mention


def test_harm_to_one_countrys_people_with_no_doer_is_one_happening_only_for_the_same_victims() -> None:
    bombings = Event(id="", type="ASSAULT", recipients=[Participant("153 people", "IRQ", "CVL")], date="2006-11-23")
    shelling = Event(id="", type="ASSAULT", recipients=[Participant("a Sunni district", "IRQ", "GOV")], date="2006-11-23")
    car_bombs = Event(id="", type="ASSAULT", recipients=[Participant("201 people", "IRQ", "CVL")], date="2006-11-23")
    assert not same_happening(bombings, shelling)
    assert same_happening(bombings, car_bombs)
    # with a doer of the same country on both sides, the country suffices
    strikes = Event(id="", type="ASSAULT", actors=[Participant("Israel", "ISR")], recipients=[Participant("Gaza", "PSE")], date="2006-11-23")
    raids = Event(id="", type="ASSAULT", actors=[Participant("Israeli jets", "ISR", "MIL")], recipients=[Participant("Hamas", "PSE", "REB")], date="2006-11-23")
    assert same_happening(strikes, raids)


def test_acts_of_one_type_in_different_modes_are_two_happenings() -> None:
    raid = Event(id="", type="COERCE", mode="seize", actors=[Participant("Israeli troops", "ISR", "MIL")],
                 recipients=[Participant("Nablus", "PSE")], date="2005-11-14")
    arrests = Event(id="", type="COERCE", mode="arrest", actors=[Participant("Israeli troops", "ISR", "MIL")],
                    recipients=[Participant("Nablus", "PSE")], date="2005-11-14")
    assert not same_happening(raid, arrests)
    # an attack's mode follows the weapon a mention names: still one happening
    shelling = Event(id="", type="ASSAULT", mode="heavy-weapons", actors=[Participant("Israel", "ISR")],
                     recipients=[Participant("Gaza", "PSE")], date="2005-11-14")
    attack = Event(id="", type="ASSAULT", mode="aerial", actors=[Participant("Israel", "ISR")],
                   recipients=[Participant("Gaza", "PSE")], date="2005-11-14")
    assert same_happening(shelling, attack)


def test_who_does_one_act_and_undergoes_the_other_is_in_two_happenings() -> None:
    # "A speech by Santer attacking Euro-scepticism was roundly condemned": his attack, and one on him
    attack = _in_sentence("ACCUSE", [("Jacques Santer", "IGO")], [])
    condemned = _in_sentence("ACCUSE", [], [("Jacques Santer", "IGO")])
    assert len(merge_within_article([attack, condemned])) == 2


def _arrest(sentence: str, victims: str) -> Event:
    start = 1000
    where = start + sentence.index(victims)
    return Event(id="", type="COERCE", mode="arrest", actors=[Participant("Israeli troops", "ISR")],
                 recipients=[Participant("Palestinians", "PSE", mention=victims, start=where, end=where + len(victims))],
                 evidence=TextSpan(sentence, start, start + len(sentence)), date="2005-11-08")


def test_counts_of_another_magnitude_are_two_happenings() -> None:
    some = _arrest("Israeli troops arrested some 20 Palestinians overnight.", "20 Palestinians")
    hundreds = _arrest("Sources said hundreds of Palestinians were arrested.", "Palestinians")
    again = _arrest("The troops arrested 20 Palestinians in Nablus.", "20 Palestinians")
    updated = _arrest("Israeli troops arrested 25 Palestinians.", "25 Palestinians")
    assert len(merge_within_article([some, hundreds])) == 2
    assert same_happening(some, again) and same_happening(some, updated)
