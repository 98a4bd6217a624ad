"""Arguments of triggers read off the parse: who acts and who is on the receiving end."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.arguments import (
    carrying_verb,
    noun_arguments,
    participle_described,
    subject_of,
)
from eventwire.nlp.analysis import load_analysis_pipeline
from eventwire.nlp.syntax import passive_subject_of, small_clause_subject


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_a_passive_control_verb_passes_its_subject_down(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The army was forced to withdraw its troops from the city.")
    assert subject_of(_token(doc, "withdraw")).text == "army"


def test_a_name_the_parser_made_a_second_subject_names_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The West African bloc ECOWAS held an extraordinary summit.")
    assert [t.dep_ for t in doc if t.text in ("bloc", "ECOWAS")] == ["nsubj", "nsubj"]  # the parse this mends
    assert subject_of(_token(doc, "held")).text == "ECOWAS"


def test_an_adjective_passes_the_subject_of_its_clause_to_its_infinitive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Russia is ready to attack the port.")
    assert subject_of(_token(doc, "attack")).text == "Russia"


def test_the_object_of_a_verb_does_the_act_of_its_infinitive(nlp) -> None:  # type: ignore[no-untyped-def]
    assert subject_of(_token(nlp("The junta told UN peacekeepers to withdraw."), "withdraw")).text == "peacekeepers"
    assert subject_of(_token(nlp("The EU urged Iran to halt enrichment."), "halt")).text == "Iran"
    # a verb that binds its own subject: the promiser acts
    assert subject_of(_token(nlp("Moscow promised Minsk to deliver gas."), "deliver")).text == "Moscow"


def test_a_clause_read_as_a_prepositions_object_and_a_conjunct_keeps_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Yadav, a wily politician, Monday refused to step down after the CBI on Sunday implicated him in the scandal.")
    assert [(t.dep_, t.head.text) for t in doc if t.text in ("CBI", "implicated")] == [("pobj", "after"), ("conj", "refused")]  # the parse this mends
    assert subject_of(_token(doc, "implicated")).text == "CBI"


def test_an_infinitive_after_an_act_on_a_thing_is_the_doers_purpose(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Grandi said local residents attacked the UN vehicles to protest at the presence of Rwandan Hutu refugees in their area.")
    assert [t.dep_ for t in doc if t.text == "protest"] == ["xcomp"]  # the parse this reads
    assert subject_of(_token(doc, "protest")).text == "residents"
    assert subject_of(_token(nlp("The storm prompted the governor to seek federal aid."), "seek")).text == "governor"


def test_quoted_as_saying_passes_its_subject_down(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Khamenei was quoted as saying at a meeting with visiting Iraqi President Jalal Talabani.")
    args = noun_arguments(_token(doc, "meeting"), None, "CONSULT")
    assert [t.text for t in args.actors] == ["Khamenei"]
    assert [t.text for t in args.recipients] == ["Talabani"]


def test_who_judges_talks_satisfying_took_part_in_them(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister said he was very satisfied with discussions with Prime Minister Chavalit.")
    args = noun_arguments(_token(doc, "discussions"), None, "CONSULT")
    assert [t.text for t in args.actors] == ["he"] and [t.text for t in args.recipients] == ["Chavalit"]


def test_a_name_in_front_of_an_act_is_one_party_and_a_name_hyphened_on_another() -> None:
    analyse = load_analysis_pipeline()  # the names as the pipeline tags them
    doc = analyse("The rebels must respond to the South African proposal for a summit.")
    assert [t.text for t in noun_arguments(_token(doc, "proposal"), None, "AGREE").actors] == ["African"]
    doc = analyse("The US-Russian talks ended.")
    assert sorted(t.text for t in noun_arguments(_token(doc, "talks"), None, "CONSULT").actors) == ["Russian", "US"]


def test_the_one_a_relative_clause_accuses_of_an_act_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Hamas members tried to storm a camp of the presidential guard, which Hamas has accused of targeting prime minister Ismail Haniyeh.")
    assert subject_of(_token(doc, "targeting")).text == "guard"
    assert participle_described(_token(doc, "targeting")) is None
    # a title after a participle is still who it describes
    doc = nlp("A French lawyer has filed a lawsuit against visiting Saudi Crown Prince Mohammed bin Salman.")
    assert participle_described(_token(doc, "visiting")).text == "Salman"


def test_who_carried_out_or_imposed_an_act_did_it_and_who_condemned_it_did_not(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The attack, which was carried out by Hamas, killed ten people.")
    assert [t.text for t in noun_arguments(_token(doc, "attack"), None, "ASSAULT").actors] == ["Hamas"]
    doc = nlp("The attack, which was condemned by France, killed ten people.")
    assert noun_arguments(_token(doc, "attack"), None, "ASSAULT").actors == []


def test_who_rushes_to_someones_rescue_helps_them(nlp) -> None:  # type: ignore[no-untyped-def]
    args = noun_arguments(_token(nlp("When police went to the man's rescue, the mob turned on them."), "rescue"), None, "AID")
    assert ([t.text for t in args.actors], [t.text for t in args.recipients]) == (["police"], ["man"])
    args = noun_arguments(_token(nlp("The United States came to the aid of Kuwait."), "aid"), None, "AID")
    assert ([t.text for t in args.actors], [t.text for t in args.recipients]) == (["States"], ["Kuwait"])


def test_at_a_gathering_is_taking_part_only_for_gatherings(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police detained more than 1,300 people at anti-war protests.")
    assert noun_arguments(_token(doc, "protests"), None, "PROTEST").actors == []


def test_which_right_after_a_name_stands_for_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Anti-Syrian groups have accused Damascus of backing the bombings, an accusation denied "
              "by Syria which later was forced to withdraw its army from Lebanon.")
    assert subject_of(_token(doc, "withdraw")).text == "Syria"


def test_an_act_in_a_place_is_aimed_there(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("He masterminded several suicide bombings in Israel in the 1990s.")
    args = noun_arguments(_token(doc, "bombings"), None, "ASSAULT")
    assert "Israel" in [t.text for t in args.recipients]


def test_an_amount_given_in_aid_tells_the_giver(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Germany paid $662 million in coronavirus aid.")
    assert [t.text for t in noun_arguments(_token(doc, "aid"), None, "AID").actors] == ["Germany"]


def test_aid_for_someone_is_received_by_them(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The bank approved aid for refugees.")
    assert [t.text for t in noun_arguments(_token(doc, "aid"), None, "AID").recipients] == ["refugees"]
    doc = nlp("The court heard calls for Smith.")
    assert noun_arguments(_token(doc, "calls"), None, "REQUEST").recipients == []


def test_a_clause_of_its_own_is_no_reduced_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The report came against the backdrop of NATO's announcement that it had agreed to the plan.")
    assert passive_subject_of(_token(doc, "agreed")) is None
    doc = nlp("Guerrillas armed by the United States attacked the town.")
    assert passive_subject_of(_token(doc, "armed")).text == "Guerrillas"


def test_an_agent_noun_said_of_a_subject_makes_it_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Beijing remains Islamabad's largest arms supplier.")
    args = noun_arguments(_token(doc, "supplier"), None, "AID")
    assert [t.text for t in args.actors] == ["Beijing"]
    assert [t.text for t in args.recipients] == ["Islamabad"]


def test_an_agent_noun_of_an_act_makes_the_subject_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The United States remains the largest single donor of humanitarian assistance in Iraq.")
    args = noun_arguments(_token(doc, "assistance"), None, "AID")
    assert [t.text for t in args.actors] == ["States"]
    assert "Iraq" in [t.text for t in args.recipients]


def test_a_led_strike_belongs_to_the_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A Saudi-led strike on a Yemeni school bus killed 40 children.")
    args = noun_arguments(_token(doc, "strike"), None, "ASSAULT")
    assert [t.text for t in args.actors] == ["Saudi"]
    assert next(t.text for t in args.recipients) == "bus"


def test_an_act_that_started_a_war_aims_the_war(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Hamas, whose Oct. 7 attack on southern Israel started the war, freed two hostages.")
    assert "Israel" in [t.text for t in noun_arguments(_token(doc, "war"), None, "ASSAULT").recipients]


def test_a_gathering_involving_parties_has_them_all(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The four-party talks would involve South and North Korea as direct interlocutors, with the United States and China in a support role.")
    between = [t.text for t in noun_arguments(_token(doc, "talks"), None, "CONSULT").between]
    assert "Korea" in between and "States" in between


def test_a_round_of_meetings_is_where_the_meeting_stands(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The North put forth the formula during the last round of meetings with US officials, Han said.")
    assert [t.text for t in noun_arguments(_token(doc, "meetings"), None, "CONSULT").actors] == ["North"]


def test_an_invitation_from_someone_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The team developed the course following an invitation from the Nigerian government.")
    assert [t.text for t in noun_arguments(_token(doc, "invitation"), None, "AGREE").actors] == ["government"]
    doc = nlp("The army announced a withdrawal from the town.")
    assert "town" not in [t.text for t in noun_arguments(_token(doc, "withdrawal"), None, "RETREAT").actors]


def test_adopting_a_compromise_is_the_adopters_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Security Council has unanimously adopted a compromise resolution.")
    assert [t.text for t in noun_arguments(_token(doc, "compromise"), None, "CONCEDE").actors] == ["Council"]


def test_the_object_of_an_accusation_does_the_act_it_is_accused_of(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.models import Article

    result = pipeline.process(Article(doc_id="oc", text="Pakistan accused India of shelling its border posts on Friday.", published="2006-11-24"))
    shelling = next(e for e in result.events if e.type == "ASSAULT")
    assert [a.country for a in shelling.actors] == ["IND"]
    thanks = pipeline.process(Article(doc_id="oc", text="Kenya thanked Uganda for sending troops to Somalia.", published="2006-11-24"))
    assert [a.country for e in thanks.events if e.type == "MOBILIZE" for a in e.actors] == ["UGA"]


def test_the_object_warned_against_or_barred_from_an_act_would_do_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.models import Article

    warning = pipeline.process(Article(doc_id="oc", text="Pyongyang warned Seoul against holding the drills.", published="2018-01-01"))
    drills = next(e for e in warning.events if e.type == "MOBILIZE")
    assert ([a.country for a in drills.actors], drills.status) == (["KOR"], "hypothetical")
    barred = pipeline.process(Article(doc_id="oc", text="The court barred the Kenyan opposition from holding a rally.", published="2018-01-01"))
    rally = next(e for e in barred.events if e.type == "PROTEST")
    assert ([a.sector for a in rally.actors], rally.status) == (["OPP"], "negated")


def test_a_raised_passive_infinitive_takes_its_governors_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("More British troops are expected to be sent to Afghanistan next year.")
    assert passive_subject_of(_token(doc, "sent")).text == "troops"


def test_an_answer_to_an_act_is_not_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Hamas vowed revenge for the killing of Arqan.")
    assert noun_arguments(_token(doc, "killing"), None, "ASSAULT").actors == []
    trip = nlp("The minister arrived in Cairo for talks.")
    assert [t.text for t in noun_arguments(_token(trip, "talks"), None, "CONSULT").actors] == ["minister"]


def test_the_place_visited_for_a_joint_act_takes_part(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Pakistani troops visited China for joint exercises in 2004.")
    args = noun_arguments(_token(doc, "exercises"), None, "COOPERATE")
    assert [t.text for t in args.actors] == ["troops"] and [t.text for t in args.recipients][:1] == ["China"]


def test_a_halted_relation_is_part_of_the_act_and_names_its_receiver(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The agency announced a suspension of aid to Yemen.")
    args = noun_arguments(_token(doc, "suspension"), None, "SANCTION")
    assert _token(doc, "aid").i in args.consumed and "Yemen" in [t.text for t in args.recipients]


def test_an_act_the_clause_only_follows_is_not_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Philippine troops remained on alert in Manila after the attack.")
    assert noun_arguments(_token(doc, "attack"), None, "ASSAULT").actors == []
    talks = nlp("The minister left Cairo after talks with the president.")
    assert [t.text for t in noun_arguments(_token(talks, "talks"), None, "CONSULT").actors] == ["minister"]


def test_a_permitted_party_parsed_as_the_infinitive_subject_is_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    allowed = nlp("Iran allowed UN inspectors to visit the site.")
    assert small_clause_subject(_token(allowed, "allowed")).text == "inspectors"
    let = nlp("Israel let 200 aid trucks enter Gaza.")
    assert small_clause_subject(_token(let, "let")).text == "trucks"
    # a clause with a tense or modal of its own is reported, not permitted
    reported = nlp("He said reporters would visit the site.")
    assert small_clause_subject(_token(reported, "said")) is None


def test_the_object_a_gerund_hangs_on_does_the_gerunds_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A Cairo court convicted 12 activists of protesting without a permit.")
    assert subject_of(_token(doc, "protesting")).text == "activists"
    verb_attached = nlp("The army accused India of shelling the border posts.")
    assert subject_of(_token(verb_attached, "shelling")).text == "India"


def test_whoever_holds_a_plan_does_its_infinitive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The United States sought a new strategy to pull back its troops from Iraq.")
    assert subject_of(_token(doc, "pull")).text == "States"
    owned = nlp("The EU backed Iran's decision to attend the talks.")
    assert subject_of(_token(owned, "attend")).text == "Iran"


def test_a_second_object_after_a_comma_carries_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Walid Jumblatt pointed the finger at Syria over the bombing, the 13th such attack since February.")
    attack = _token(doc, "attack")
    if attack.dep_ == "dobj":  # the parse this repairs
        assert carrying_verb(attack) is None
    assert carrying_verb(_token(nlp("Germany is adding an evacuation airplane to the pool."), "airplane")).text == "adding"


def test_a_sentence_opening_participle_read_as_a_gerund_describes_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Visiting Chinese Premier Wen Jiabao met Putin on Monday.")
    if _token(doc, "Visiting").dep_ == "csubj":  # the parse this repairs
        assert participle_described(_token(doc, "Visiting")).text == "Jiabao"
        assert subject_of(_token(doc, "met")).text == "Jiabao"
    gerund = nlp("Attacking the convoy was a mistake.")
    assert participle_described(_token(gerund, "Attacking")) is None
    named = nlp("Supporting Russia financially is our raison d'etre, the IMF chief said.")
    assert participle_described(_token(named, "Supporting")) is None


def test_a_gerund_after_a_clause_opening_preposition_is_done_by_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gingrich said after meeting Wang Daohan that the United States would defend Taiwan.")
    meeting = _token(doc, "meeting")
    assert participle_described(meeting) is None
    assert subject_of(meeting).text == "Gingrich"
    urging = nlp("All joined in urging de Larosiere, whose term expires in September, to stay on.")
    assert participle_described(_token(urging, "urging")) is None


def test_the_owner_of_a_kidnapping_underwent_it_unless_an_of_names_the_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two Italians were released shortly after their kidnapping in Gaza.")
    args = noun_arguments(_token(doc, "kidnapping"), None, "ASSAULT", "abduct")
    assert [t.text for t in args.recipients][:1] == ["their"] and args.actors == []
    sentence = nlp("His lawyers asked for his death sentence to be commuted.")
    args = noun_arguments(_token(sentence, "sentence"), None, "COERCE", "arrest")
    assert [t.text for t in args.recipients][:1] == ["his"] and "his" not in [t.text for t in args.actors]
    doer = nlp("Israel's killing of Hamas leaders drew condemnation.")
    assert [t.text for t in noun_arguments(_token(doer, "killing"), None, "ASSAULT").actors] == ["Israel"]


def test_a_by_hung_on_the_victim_names_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Feelings were raised following the rape of a 12-year-old school girl by three US servicemen in 1995.")
    args = noun_arguments(_token(doc, "rape"), None, "ASSAULT", "sexual")
    assert "servicemen" in [t.text for t in args.actors]


def test_the_one_weighing_an_act_would_do_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The EU is weighing sanctions against Russia.")
    args = noun_arguments(_token(doc, "sanctions"), None, "COERCE")
    assert [t.text for t in args.actors] == ["EU"]
    doc = nlp("The army is preparing an offensive against the rebels.")
    assert [t.text for t in noun_arguments(_token(doc, "offensive"), None, "ASSAULT").actors] == ["army"]
    # a view of an act is no plan to do it
    doc = nlp("Russia considers the attack an act of terrorism.")
    assert noun_arguments(_token(doc, "attack"), None, "ASSAULT").actors == []
    # a proposal weighed was put by someone else
    doc = nlp("The commission is considering proposals to raise rates.")
    assert noun_arguments(_token(doc, "proposals"), None, "AGREE").actors == []


def test_a_subjectless_participle_describes_the_subject_it_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Palestinian President Yasser Arafat arrived here Monday determined to ask Egyptian President Hosni Mubarak to make more efforts.")
    assert _token(doc, "determined").dep_ == "ccomp"  # the parse this mends
    assert subject_of(_token(doc, "ask")).text == "Arafat"


def test_which_after_the_target_of_an_act_stands_for_the_act_when_it_tells_an_outcome(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Lebanon marked the anniversary of Israel's shelling of a UN compound which killed 105 civilians.")
    assert subject_of(_token(doc, "killed")).text == "shelling"
    # a clause that tells no outcome of the act is about the noun it follows
    doc = nlp("Hamas fired rockets at a town which lies near the border.")
    assert subject_of(_token(doc, "lies")).text == "town"


def test_a_phrase_between_a_report_and_its_reporting_verb_belongs_to_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Sudanese President Omar al-Bashir left Libya on Sunday, after holding talks with Libyan leader "
              "Moammer Kadhafi, Libyan television said.")
    assert _token(doc, "after").head.text == "said"  # the parse this mends
    assert subject_of(_token(doc, "holding")).text == "Bashir"
    # also when the parser makes the reporting verb a clause of the report
    doc = nlp("Sudanese President Omar Hassan al-Bashir left Libya by air Sunday in defiance of UN sanctions against Tripoli, "
              "after holding talks with Libyan leader Moammer Kadhafi and government officials from Uganda, Libyan television said "
              "in a report monitored here.")
    assert _token(doc, "said").dep_ == "advcl"  # the parse this mends
    assert subject_of(_token(doc, "holding")).text == "Bashir"


def test_the_first_to_act_is_the_subject_of_the_copula(nlp) -> None:  # type: ignore[no-untyped-def]
    assert subject_of(_token(nlp("Germany was the first country to recognise Croatia."), "recognise")).text == "Germany"
    assert subject_of(_token(nlp("The group is the first to comply with the requirement."), "comply")).text == "group"


def test_an_act_used_as_a_pretext_is_not_the_users_but_what_it_excuses_is(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Critics say Erdogan has used the failed uprising as an excuse to stifle the opposition.")
    assert carrying_verb(_token(doc, "uprising")) is None
    assert subject_of(_token(doc, "stifle")).text == "Erdogan"


def test_a_participle_in_apposition_is_done_by_the_name_it_follows(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Albanian Premier Bashkim Fino, meeting here with top EU officials, pledged to step up dialogue.")
    assert _token(doc, "meeting").dep_ == "appos"  # the parse this reads
    assert subject_of(_token(doc, "meeting")).text == "Fino"


def test_what_an_act_does_not_include_is_no_party_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The deal did not include Paul Whelan.")
    assert noun_arguments(_token(doc, "deal"), None, "AGREE").between == []
    doc = nlp("The talks would include South Korea and Japan.")
    assert noun_arguments(_token(doc, "talks"), None, "CONSULT").between != []


def test_whoever_takes_part_in_a_cooperative_act_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Iran's participation in the talks was confirmed.")
    assert [t.text for t in noun_arguments(_token(doc, "talks"), None, "CONSULT").actors] == ["Iran"]
    # a part in force is only alleged
    doc = nlp("Pakistan's involvement in the attack remains unclear.")
    assert noun_arguments(_token(doc, "attack"), None, "ASSAULT").actors == []


def test_a_crowd_act_the_clause_polices_is_done_by_those_policed(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.models import Article

    result = pipeline.process(Article(doc_id="pa", text="In an illegal demonstration in Istanbul, police arrested 12 PKK members.", published="2005-11-24"))
    protest = next(e for e in result.events if e.type == "PROTEST")
    assert [a.sector for a in protest.actors] == ["REB"]
    arrest = next(e for e in result.events if e.type == "COERCE")
    assert [a.sector for a in arrest.actors] == ["COP"]


def test_a_war_one_place_names_is_where_it_is_fought(nlp) -> None:  # type: ignore[no-untyped-def]
    located = nlp("Voters expressed their frustration with the unpopular Iraq war.")
    assert noun_arguments(_token(located, "war"), None, "ASSAULT").actors == []
    fought_in = nlp("Voters expressed their frustration with the war in Iraq.")
    assert noun_arguments(_token(fought_in, "war"), None, "ASSAULT").recipients == []
    sides = nlp("The Iran-Iraq war ended in 1988.")
    assert [t.text for t in noun_arguments(_token(sides, "war"), None, "ASSAULT").actors] == ["Iran", "Iraq"]


def test_who_lost_someone_in_an_attack_suffered_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The widow lost her son in the attacks on the city.")
    found = noun_arguments(_token(doc, "attacks"), None, "ASSAULT")
    assert [t.text for t in found.recipients][:1] == ["widow"] and found.actors == []
    died = nlp("Three soldiers died on Monday in a suicide bombing.")
    assert [t.text for t in noun_arguments(_token(died, "bombing"), None, "ASSAULT").recipients][:1] == ["soldiers"]


def test_what_a_subject_acts_despite_falls_on_that_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Turkey and Israel signed two pacts despite condemnation by Iran and Syria.")
    args = noun_arguments(_token(doc, "condemnation"), None, "ACCUSE", "disapprove")
    assert [t.text for t in args.recipients] == ["Turkey"] and "Iran" in [t.text for t in args.actors]
    talks = nlp("Turkey and Israel signed two pacts despite talks with Iran.")
    assert "Turkey" not in [t.text for t in noun_arguments(_token(talks, "talks"), None, "CONSULT").recipients]


def test_who_survives_an_act_was_its_target(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Abramov survived an assassination attempt by rebels in July 2004.")
    args = noun_arguments(_token(doc, "attempt"), None, "ASSAULT", "targeted")
    assert [t.text for t in args.recipients] == ["Abramov"] and "rebels" in [t.text for t in args.actors]
