"""Whom an act is aimed at when the parse hides it: the one let in, the host of a refuge,
the doer of an act reacted to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.models import Event

EventsOf = Callable[[str], list[Event]]


def _recipient_countries(event: Event) -> set[str]:
    return {p.country for p in event.recipients}


def test_whom_an_agreement_or_refusal_lets_in_receives_it(events_of: EventsOf) -> None:
    [refused] = events_of("Russia refused to allow two Turkish airlines to land in Moscow.")
    agreed = [e for e in events_of("Ankara agreed to allow Iraqi officials access to the camp.") if e.status == "asserted"]
    [access] = events_of("Syria allowed UN inspectors access to the sites.")
    assert (refused.type, _recipient_countries(refused)) == ("REJECT", {"TUR"})
    assert [(e.type, _recipient_countries(e)) for e in agreed] == [("AGREE", {"IRQ"})]
    assert (access.type, _recipient_countries(access)) == ("RETREAT", {"IGO"})


def test_a_refuge_sought_in_a_country_is_asked_of_it(events_of: EventsOf) -> None:
    [sought] = events_of("Thousands of Syrians have sought refuge in Turkey.")
    applied = events_of("Some 300 Afghans applied for asylum in Germany last year.")
    [owned] = events_of("Around 77,000 Nigerians have sought refuge in Niger's Maradi region.")
    assert (sought.type, _recipient_countries(sought)) == ("REQUEST", {"TUR"})
    # the asylum asked for is no aid the asylum seekers give
    assert [(e.type, _recipient_countries(e)) for e in applied] == [("REQUEST", {"DEU"})]
    assert _recipient_countries(owned) == {"NER"}


def test_a_reaction_to_an_act_is_aimed_at_whoever_did_it(events_of: EventsOf) -> None:
    [condemned] = events_of("Egypt condemned the aggression and the threats made by the United States.")
    [rejected] = events_of("Iran rejected the proposal made by the Arab League.")
    assert (condemned.type, _recipient_countries(condemned)) == ("ACCUSE", {"USA"})
    assert (rejected.type, [p.name for p in rejected.recipients]) == ("REJECT", ["Arab League"])


def test_whom_a_joint_act_is_against_is_its_target_not_a_side(events_of: EventsOf) -> None:
    [alliance] = events_of("Saudi Arabia and the UAE formed an alliance against Iran.")
    [clash] = events_of("Troops clashed with rebels near Goma.")
    assert {p.country for p in alliance.actors} == {"SAU", "ARE"} and _recipient_countries(alliance) == {"IRN"}
    assert len(clash.actors) == 2 and clash.recipients == []


def test_forces_readied_for_an_attack_are_readied_against_its_target(events_of: EventsOf) -> None:
    events = events_of("The Israeli army mobilized troops for a war against Lebanon.")
    assert {(e.type, frozenset(_recipient_countries(e))) for e in events} == {("MOBILIZE", frozenset({"LBN"})), ("ASSAULT", frozenset({"LBN"}))}


def test_what_is_handed_over_goes_to_the_last_to_inside_a_long_object(events_of: EventsOf) -> None:
    [returned] = events_of("Italy returned a painting that was stolen in 1989 from a gallery in Rome to the Greek government.")
    [given] = events_of("The Swiss government gave account information of the holders, including their names and balances, to the Indian government.")
    assert (returned.type, _recipient_countries(returned)) == ("RETREAT", {"GRC"})
    assert _recipient_countries(given) == {"IND"}


def test_a_town_attacked_stands_for_its_country_and_pupils_taken_are_civilians(events_of: EventsOf) -> None:
    [shelled] = events_of("Russian forces shelled Mariupol on Tuesday.")
    [kidnapped] = events_of("Gunmen kidnapped 300 schoolboys in Katsina state.")
    assert _recipient_countries(shelled) == {"UKR"}
    assert [p.sector for p in kidnapped.recipients] == ["CVL"]


def test_an_armed_or_ruling_role_before_a_means_that_acts_is_its_doer(events_of: EventsOf) -> None:
    [strikes] = events_of("Government air strikes killed 20 people in Idlib.")
    [rockets] = events_of("Rebel rockets hit the airport in Aden.")
    assert [p.sector for p in strikes.actors] == ["GOV"]
    assert [p.sector for p in rockets.actors] == ["REB"]


def test_an_attack_that_hits_someone_lands_on_them(events_of: EventsOf) -> None:
    [attack] = events_of("A Russian missile attack hit Kyiv on Monday.")
    assert (attack.type, _recipient_countries(attack)) == ("ASSAULT", {"UKR"})


def test_what_a_phrasal_verb_governs_is_its_object_even_parsed_as_a_preposition(events_of: EventsOf) -> None:
    # the parser reads "down the bill" as a prepositional phrase; the bill's author is rejected
    [rejected] = [e for e in events_of("The Senate voted down the bill proposed by President Biden.") if e.type == "REJECT"]
    assert _recipient_countries(rejected) == {"USA"}


def test_drills_around_or_near_a_country_are_aimed_at_it(events_of: EventsOf) -> None:
    [drills] = events_of("China conducted military drills around Taiwan.")
    [exercises] = events_of("North Korea launched military exercises off the coast of South Korea.")
    assert (drills.type, _recipient_countries(drills)) == ("MOBILIZE", {"TWN"})
    assert _recipient_countries(exercises) == {"KOR"}


def test_goods_bought_or_ordered_from_a_seller_are_bought_from_it(events_of: EventsOf) -> None:
    [ordered] = events_of("India ordered 36 Rafale jets from France.")
    [bought] = events_of("Egypt bought four warships from Germany.")
    assert (ordered.type, _recipient_countries(ordered)) == ("COOPERATE", {"FRA"})
    assert (bought.type, _recipient_countries(bought)) == ("COOPERATE", {"DEU"})
    # goods ordered with no seller named are neither a demand nor a party
    assert all(e.type != "REQUEST" for e in events_of("Egypt ordered two submarines."))


def test_posts_handed_back_go_to_whom_they_are_returned(events_of: EventsOf) -> None:
    [returned] = [e for e in events_of("The militia returned the military bases it had seized to the Iraqi army.") if e.type == "RETREAT"]
    assert returned.mode == "return"
    assert [(p.country, p.sector) for p in returned.recipients] == [("IRQ", "MIL")]


def test_a_warning_of_what_will_be_done_to_someone_is_aimed_at_them(events_of: EventsOf) -> None:
    [warned] = [e for e in events_of("Beijing warned that Taiwanese separatists would be crushed.") if e.type == "THREATEN"]
    assert _recipient_countries(warned) == {"TWN"}


@pytest.mark.parametrize(
    ("text", "kind", "doer", "target"),
    [
        ("The junta placed the president under house arrest.", ("COERCE", "arrest"), "junta", "president"),
        ("The president was placed under house arrest by the junta.", ("COERCE", "arrest"), "junta", "president"),
        ("Police took the opposition leader into custody.", ("COERCE", "arrest"), "Police", "leader"),
        ("The court put the journalist behind bars.", ("COERCE", "arrest"), "court", "journalist"),
        ("Prosecutors put the former president on trial.", ("ACCUSE", "allege"), "Prosecutors", "president"),
        ("Gunmen set the police station on fire.", ("ASSAULT", "primitive"), "Gunmen", "station"),
    ],
)
def test_a_state_a_verb_puts_its_object_in_is_done_by_its_subject_to_its_object(
        events_of: EventsOf, text: str, kind: tuple[str, str], doer: str, target: str) -> None:
    [event] = events_of(text)
    assert (event.type, event.mode) == kind
    assert [doer in a.mention for a in event.actors] == [True] and [target in r.mention for r in event.recipients] == [True]


@pytest.mark.parametrize("text", ["The activist died in custody.", "He spent ten years in prison.", "A fire broke out at the factory.",
                                  "Three workers died in a fire at the plant."])
def test_a_state_nobody_is_put_in_is_no_act(events_of: EventsOf, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Palestinian militants threw a bomb at one of the Israeli jeeps.", "ISR"),
        ("Rebels attacked two of the Malian army bases.", "MLI"),
    ],
)
def test_a_part_counted_out_of_a_party_is_of_that_party(events_of: EventsOf, text: str, target: str) -> None:
    [attack] = events_of(text)
    assert [r.country for r in attack.recipients] == [target]


def test_a_thing_counted_in_goods_is_no_part_of_a_party(events_of: EventsOf) -> None:
    events = events_of("The shop imports several tons of turkey from South Africa.")
    assert all(p.country != "TUR" for e in events for p in (*e.actors, *e.recipients))


def test_a_call_for_someone_to_act_asks_them(events_of: EventsOf) -> None:
    events = events_of("The Kenyan opposition called for the president to resign.")
    [request] = [e for e in events if e.type == "REQUEST"]
    [resignation] = [e for e in events if e.type == "RETREAT"]
    assert [r.sector for r in request.recipients] == ["GOV"] and resignation.status == "hypothetical"


def test_whom_a_call_is_on_does_what_it_asks(events_of: EventsOf) -> None:
    events = events_of("The Kenyan opposition called on the president to resign.")
    [resignation] = [e for e in events if e.type == "RETREAT"]
    assert [a.sector for a in resignation.actors] == ["GOV"]


@pytest.mark.parametrize(
    ("text", "aimed_at"),
    [
        ("North Korea warned of a merciless response to South Korean military drills.", "KOR"),
        ("Iran warned of retaliation for any attack by Israel.", "ISR"),
        ("Pyongyang warned of a strong response to Seoul.", "KOR"),
    ],
)
def test_a_threatened_answer_is_aimed_at_whoever_does_what_it_answers(events_of: EventsOf, text: str, aimed_at: str) -> None:
    [warned] = [e for e in events_of(text) if e.type == "THREATEN"]
    assert _recipient_countries(warned) == {aimed_at}


def test_a_threat_of_an_act_is_aimed_where_the_act_would_fall(events_of: EventsOf) -> None:
    [threat] = [e for e in events_of("Turkey threatened to launch a new offensive in northern Syria.") if e.type == "THREATEN"]
    assert _recipient_countries(threat) == {"SYR"} and "holds out" in threat.why


@pytest.mark.parametrize(
    ("text", "kind", "aimed_at"),
    [
        ("Russia called up 300,000 reservists to fight in Ukraine.", "MOBILIZE", "UKR"),
        ("Chad sent troops to fight Boko Haram.", "MOBILIZE", "NGA"),
    ],
)
def test_forces_readied_for_an_act_are_readied_against_its_target(events_of: EventsOf, text: str, kind: str, aimed_at: str) -> None:
    [readied] = [e for e in events_of(text) if e.type == kind]
    assert _recipient_countries(readied) == {aimed_at}
    assert all(e.status != "asserted" for e in events_of(text) if e.type == "ASSAULT")  # the fight is still to come


@pytest.mark.parametrize(
    ("text", "mover", "goal"),
    [
        ("Turkish troops entered Syria on Wednesday.", "TUR", "SYR"),
        ("Ethiopian troops crossed into Somalia on Tuesday.", "ETH", "SOM"),
        ("Rwandan soldiers moved into eastern Congo.", "RWA", "COD"),
    ],
)
def test_forces_moving_into_a_country_are_a_move_aimed_at_it(events_of: EventsOf, text: str, mover: str, goal: str) -> None:
    [move] = [e for e in events_of(text) if e.type == "MOBILIZE"]
    assert [a.country for a in move.actors] == [mover] and _recipient_countries(move) == {goal}


def test_forces_sent_are_the_means_not_the_target(events_of: EventsOf) -> None:
    [sent] = [e for e in events_of("Turkey sent troops to Libya.") if e.type == "MOBILIZE"]
    assert _recipient_countries(sent) == {"LBY"}



@pytest.mark.parametrize(("text", "opposed"), [
    ("Turkey opposed Sweden's membership.", {"SWE"}),
    ("India opposed the proposal by Pakistan.", {"PAK"}),
    ("Hungary opposes Ukraine.", {"UKR"}),
])
def test_whom_an_active_oppose_names_is_opposed(events_of: EventsOf, text: str, opposed: set[str]) -> None:
    [refusal] = events_of(text)
    assert (refusal.type, _recipient_countries(refusal)) == ("REJECT", opposed)


def test_the_other_side_of_what_is_handled_receives_the_act(events_of: EventsOf) -> None:
    def main(text: str) -> Event:
        return next(e for e in events_of(text) if e.status == "asserted")

    # the partner of a tie the act handles
    assert _recipient_countries(main("The Palestinian Authority threatened to halt security coordination with Israel.")) == {"ISR"}
    assert _recipient_countries(main("The EU warned that it would freeze accession talks with Turkey.")) == {"TUR"}
    assert _recipient_countries(main("Venezuela sent troops to the border with Guyana.")) == {"GUY"}
    # the "with" the parser hangs on the verb right after the tie
    assert _recipient_countries(main("The United States pulled out of the nuclear deal with Iran.")) == {"IRN"}
    # the "with" or "to" of what the tie or the delivery is "of"
    assert _recipient_countries(main("The Saudi cabinet approved a memorandum of understanding with China.")) == {"CHN"}
    assert _recipient_countries(main("The Netherlands halted the export of F-35 parts to Israel.")) == {"ISR"}
    # the target of a hostile measure
    assert _recipient_countries(main("The European Union warned it would impose sanctions on the Israeli settlers.")) == {"ISR"}
    assert _recipient_countries(main("The Iraqi militia warned it would resume attacks on American troops.")) == {"USA"}


def test_a_warning_of_anothers_act_is_not_aimed_at_its_target(events_of: EventsOf) -> None:
    # whom the "that" clause's own subject would punish is no target of the one who warns
    [warning] = [e for e in events_of("The US warned that Iran would impose sanctions on Israel.") if e.type == "THREATEN"]
    assert "ISR" not in _recipient_countries(warning)


def test_whoever_is_put_on_or_taken_off_a_blacklist_receives_it(events_of: EventsOf) -> None:
    [listed] = events_of("The United States added Huawei to its entity list.")
    [delisted] = events_of("Washington removed Cuba from its terrorism list.")
    assert (listed.type, _recipient_countries(listed)) == ("COERCE", {"CHN"})
    assert (delisted.type, _recipient_countries(delisted)) == ("CONCEDE", {"CUB"})


def test_a_protest_at_a_partys_seat_is_aimed_at_that_party(events_of: EventsOf) -> None:
    [outside] = events_of("Protesters gathered outside the Israeli embassy in Amman.")
    [in_front] = events_of("Hundreds of demonstrators gathered in front of the US embassy in Baghdad.")
    [city] = events_of("Protesters gathered in Jakarta on Friday.")
    assert (outside.type, _recipient_countries(outside)) == ("PROTEST", {"ISR"})
    assert (in_front.type, _recipient_countries(in_front)) == ("PROTEST", {"USA"})
    assert (city.type, city.recipients) == ("PROTEST", [])  # a city is no party's seat


def test_a_threat_falls_on_whose_the_threatened_act_handles(events_of: EventsOf) -> None:
    # the parser hangs "of the Armenian villages" on "take", right after "control"
    events = events_of("The Azerbaijani president threatened to take control of the Armenian villages.")
    threat = next(e for e in events if e.type == "THREATEN")
    seizure = next(e for e in events if e.type == "COERCE")
    assert _recipient_countries(threat) == _recipient_countries(seizure) == {"ARM"}


def test_whose_the_thing_called_for_is_is_the_one_asked(events_of: EventsOf) -> None:
    [support] = events_of("The rebels called for more American support against Islamic State.")
    [resignation] = [e for e in events_of("The opposition called for Assad's resignation.") if e.type == "REQUEST"]
    assert _recipient_countries(support) == {"USA"}
    assert _recipient_countries(resignation) == {"SYR"}


def test_a_complaint_is_aimed_at_whom_it_is_against_else_where_it_was_filed(events_of: EventsOf) -> None:
    [filed] = events_of("Syria filed a complaint to the UN Security Council over the attack.")
    assert [p.country for p in filed.recipients] == ["IGO"]
    [against] = events_of("Ukraine filed a complaint against Russia to the International Court of Justice.")
    assert [p.country for p in against.recipients] == ["RUS"]
    [lodged] = events_of("Iran lodged a protest with Switzerland against the United States.")
    assert [p.country for p in lodged.recipients] == ["USA"]


def test_a_visiting_person_named_after_a_preposition_is_the_visitor_not_a_visit_made(events_of: EventsOf) -> None:
    text = "A French lawyer filed a lawsuit in a Paris court against visiting Saudi Crown Prince Mohammed bin Salman."
    lawsuit = next(e for e in events_of(text) if e.type == "ACCUSE")
    assert [p.country for p in lawsuit.recipients] == ["SAU"]
    # a gerund with a place as its object stays a visit somebody would make
    [visit] = [e for e in events_of("The ministry warned against visiting Iran.") if e.type == "CONSULT"]
    assert [p.country for p in visit.recipients] == ["IRN"]


def test_a_claim_disputed_is_disputed_against_whoever_made_it(events_of: EventsOf) -> None:
    events = events_of("Lebanese groups have accused Damascus of backing the bombings, an accusation denied by Syria.")
    denial = next(e for e in events if e.type == "REJECT")
    assert (denial.status, [a.country for a in denial.actors], [r.country for r in denial.recipients]) == ("asserted", ["SYR"], ["LBN"])
    [dismissal] = [e for e in events_of("Moscow dismissed the allegations by Britain.") if e.type == "REJECT"]
    assert [r.country for r in dismissal.recipients] == ["GBR"]


def test_what_is_given_to_someone_named_is_no_recipient(events_of: EventsOf) -> None:
    [donated] = events_of("Japan donated 20 ambulances to Kenya's health ministry.")
    assert (donated.type, [p.country for p in donated.recipients]) == ("AID", ["KEN"])


def test_an_allegation_is_aimed_at_whom_it_says_did_wrong(events_of: EventsOf) -> None:
    alleged = [e for e in events_of("Activists in Kenya alleged that the police tortured detainees.") if e.type == "ACCUSE"]
    assert [p.sector for e in alleged for p in e.recipients] == ["COP"]


def test_an_envoy_summoned_to_hear_a_protest_does_not_protest(events_of: EventsOf) -> None:
    events = events_of("Pakistan summoned the Indian envoy to protest the ceasefire violations.")
    assert {(e.type, tuple(p.country for p in e.actors), tuple(p.country for p in e.recipients)) for e in events} == {("ACCUSE", ("PAK",), ("IND",))}


def test_aid_for_someone_goes_to_them(events_of: EventsOf) -> None:
    [sent] = events_of("Japan sent emergency aid for Turkey.")
    [announced] = [e for e in events_of("Japan announced $10 million in emergency aid for Turkey.") if e.type == "AID"]
    [paid] = events_of("Germany paid $662 million in aid to Holocaust survivors.")
    assert [r.country for r in sent.recipients] == [r.country for r in announced.recipients] == ["TUR"]
    assert [(r.country, r.sector) for r in paid.recipients] == [("DEU", "CVL")]
    # "for" a span of time names nobody
    [lasting] = events_of("Japan sent aid for two weeks.")
    assert lasting.recipients == []


def test_a_sum_in_aid_is_given_by_whoever_sets_it_aside(events_of: EventsOf) -> None:
    [allocated] = events_of("The European Union allocated 20 million euros in humanitarian assistance for Yemen.")
    assert ([a.country for a in allocated.actors], [r.country for r in allocated.recipients]) == (["IGO"], ["YEM"])


def test_what_is_shared_is_no_party_to_the_sharing(events_of: EventsOf) -> None:
    [shared] = events_of("Pakistan and Afghanistan shared intelligence.")
    assert (shared.type, sorted(a.country for a in shared.actors), shared.recipients) == ("COOPERATE", ["AFG", "PAK"], [])
    [armies] = events_of("The two armies shared intelligence.")
    assert [a.sector for a in armies.actors] == ["MIL"]


def test_a_warning_of_ones_own_act_falls_on_whom_the_act_would(events_of: EventsOf) -> None:
    events = events_of("Turkey warned it would launch a new military operation in northern Syria.")
    [threat] = [e for e in events if e.type == "THREATEN"]
    assert [r.country for r in threat.recipients] == ["SYR"]
    # a warning of another's act is no threat made to its target
    events = events_of("Iran warned that Israel would attack Lebanon.")
    [warning] = [e for e in events if e.type == "THREATEN"]
    assert warning.recipients == []


def test_a_threat_to_end_a_joint_act_falls_on_the_partner(events_of: EventsOf) -> None:
    events = events_of("Iraq threatened to stop cooperating with UN weapons inspectors.")
    [threat] = [e for e in events if e.type == "THREATEN"]
    assert [r.country for r in threat.recipients] == ["IGO"]


def test_what_a_counted_act_is_against_is_its_recipient(events_of: EventsOf) -> None:
    events = events_of("Last year, Beijing launched a series of war games against Taiwan.")
    assert [(e.type, [r.country for r in e.recipients]) for e in events] == [("MOBILIZE", ["TWN"])]


def test_what_is_promised_is_no_recipient(events_of: EventsOf) -> None:
    [event] = [e for e in events_of("Greece has promised up to 700 troops.") if e.type == "AGREE"]
    assert ([a.country for a in event.actors], event.recipients) == (["GRC"], [])
    [aid] = [e for e in events_of("Japan promised aid to Nepal.") if e.type == "AGREE"]
    assert [r.country for r in aid.recipients] == ["NPL"]


def test_an_act_word_told_in_the_passive_names_its_parties(events_of: EventsOf) -> None:
    talks = next(e for e in events_of("Russian-Ukrainian talks were held in Minsk on Monday.") if e.type == "CONSULT")
    assert sorted(p.country for p in talks.actors) == ["RUS", "UKR"]
    sanctions = next(e for e in events_of("US sanctions were imposed on Caracas on Monday.") if e.type == "COERCE")
    assert [p.country for p in sanctions.actors] == ["USA"] and [p.country for p in sanctions.recipients] == ["VEN"]


def test_those_who_walk_out_with_someone_walk_out_too(events_of: EventsOf) -> None:
    [walkout] = [e for e in events_of("Clark, who with other defence lawyers walked out of the trial on Monday, demanded protection.") if e.type == "PROTEST"]
    assert walkout.recipients == []


def test_a_finite_verb_joined_to_an_infinitive_shares_the_finite_clauses_subject(events_of: EventsOf) -> None:
    text = "Russia vehemently opposes Georgia's bid to join NATO and accuses Georgia of planning military action against Abkhazia."
    [accusation] = [e for e in events_of(text) if e.type == "ACCUSE"]
    assert [p.country for p in accusation.actors] == ["RUS"] and [p.country for p in accusation.recipients] == ["GEO"]


def test_the_means_an_entry_names_is_no_recipient(events_of: EventsOf) -> None:
    [shelling] = [e for e in events_of("Israeli army forces fired heavy artillery at targets in the northern Gaza Strip on Tuesday.") if e.type == "ASSAULT"]
    assert "heavy artillery" not in {p.name for p in shelling.recipients}


def test_a_war_named_by_its_theatre_takes_no_sides_from_the_last_pair_named(events_of: EventsOf) -> None:
    text = "The SPD and the CDU agreed on a budget. Schroeder refused to send troops before the Iraq war broke out in early 2003."
    wars = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert all("DEU" not in {p.country for p in e.actors + e.recipients} for e in wars)


def test_a_war_named_by_its_theatre_and_waged_by_someone_is_fought_on_the_theatre(events_of: EventsOf) -> None:
    [war] = [e for e in events_of("Bush's Iraq war divided Europe.") if e.type == "ASSAULT"]
    assert {"USA", "IRQ"} <= {p.country for p in war.actors + war.recipients}


def test_an_opposition_role_before_an_act_names_its_doer(events_of: EventsOf) -> None:
    [protest] = [e for e in events_of("Opposition protests in the capital turned violent.") if e.type == "PROTEST"]
    assert [p.sector for p in protest.actors] == ["OPP"]
    # a protest a policing verb acts on is the opposition's, not the government's
    crackdown = events_of("The government has been cracking down on opposition protests in the capital.")
    assert sorted((e.type, tuple(p.sector for p in e.actors)) for e in crackdown) == [("COERCE", ("GOV",)), ("PROTEST", ("OPP",))]
