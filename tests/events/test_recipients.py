"""A verb's doer and recipients read off the parse (events/recipients.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.arguments import participle_described, subject_of
from eventwire.events.recipients import verb_arguments
from eventwire.nlp.syntax import passive_subject_of


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_a_physical_act_on_a_thing_is_aimed_at_the_place_it_stands_in(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Israeli troops on Thursday demolished a second home in the Palestinian village of Surif.")
    args = verb_arguments(_token(doc, "demolished"), None, None, "COERCE")
    assert [t.text for t in args.recipients][-1] == "village"


def test_a_place_is_no_target_of_a_talk(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministers discussed a plan in Brussels.")
    args = verb_arguments(_token(doc, "discussed"), None, None, "CONSULT")
    assert "Brussels" not in [t.text for t in args.recipients]


def test_a_visiting_leader_is_the_visitor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The visiting Chinese premier met the president.")
    visiting = _token(doc, "visiting")
    assert participle_described(visiting).text == "premier"
    assert [t.text for t in verb_arguments(visiting, None, None, "CONSULT").actors] == ["premier"]


def test_a_vow_is_aimed_at_what_the_speaker_says_it_will_do_it_to(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Southern Sudan's government vowed on Saturday that it would try all means to wipe out Ugandan rebel forces.")
    args = verb_arguments(_token(doc, "vowed"), None, None, "THREATEN")
    assert "forces" in [t.text for t in args.recipients]
    assert "forces" not in [t.text for t in verb_arguments(_token(doc, "vowed"), None, None, "CONSULT").recipients]


def test_forces_sent_are_the_senders_own_not_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("More British troops were sent to Afghanistan last year.")
    args = verb_arguments(_token(doc, "sent"), None, {"to", "into"}, "MOBILIZE")
    assert [t.text for t in args.actors] == ["troops"]
    assert [t.text for t in args.recipients] == ["Afghanistan"]
    other = verb_arguments(_token(doc, "sent"), None, {"to", "into"}, "AID")
    assert next(t.text for t in other.recipients) == "troops"


def test_forces_a_verb_moves_are_the_doers_means_not_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    deploy = nlp("Russia deployed 2,000 troops to Syria.")
    args = verb_arguments(_token(deploy, "deployed"), None, {"to", "into"}, "MOBILIZE")
    assert [t.text for t in args.recipients] == ["Syria"]
    withdraw = nlp("The United States withdrew 4,000 soldiers from Iraq.")
    args = verb_arguments(_token(withdraw, "withdrew"), _token(withdraw, "soldiers"), {"from"}, "RETREAT", "withdraw")
    assert [t.text for t in args.recipients] == ["Iraq"]
    release = nlp("Hamas freed two American hostages.")
    args = verb_arguments(_token(release, "freed"), None, None, "RETREAT", "release")
    assert [t.text for t in args.recipients] == ["hostages"]


def test_the_one_avenged_is_not_the_one_threatened(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The movement would avenge Arqan's death.")
    assert verb_arguments(_token(doc, "avenge"), None, None, "THREATEN").recipients == []


def test_an_indirect_object_receives_and_is_no_party_between(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The EU granted the British government a three-month delay of Brexit.")
    args = verb_arguments(_token(doc, "granted"), _token(doc, "delay"), None, "CONCEDE")
    assert args.between == [] and "government" in [t.text for t in args.recipients]


def test_a_participle_with_an_object_under_a_verbless_root_is_the_main_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Saudi-led coalition bombed Sanaa.")
    bombed = _token(doc, "bombed")
    if bombed.dep_ == "acl":  # the parse this guards against
        assert passive_subject_of(bombed) is None
    args = verb_arguments(bombed, None, None, "ASSAULT")
    assert [t.text for t in args.actors] == ["coalition"] and [t.text for t in args.recipients] == ["Sanaa"]
    described = nlp("A hospital supported by the ICRC was shelled.")
    assert passive_subject_of(_token(described, "supported")).text == "hospital"


def test_a_day_is_no_recipient_when_a_party_follows_on_the_same_preposition(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The European Union imposed sanctions on Friday on 40 Belarusian officials.")
    args = verb_arguments(_token(doc, "imposed"), _token(doc, "sanctions"), {"on"})
    recipients = [t.text for t in args.recipients]
    assert "officials" in recipients and "Friday" not in recipients


def test_a_sentence_opening_name_misparsed_as_an_adverb_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Turkey massed troops along the Syrian border.")
    massed = _token(doc, "massed")
    if _token(doc, "Turkey").dep_ == "npadvmod":  # the parse this repairs
        assert subject_of(massed).text == "Turkey"
    args = verb_arguments(massed, None, {"along", "near"}, "MOBILIZE", "troops")
    assert [t.text for t in args.actors] == ["Turkey"] and "border" in [t.text for t in args.recipients]


def test_a_bare_participle_clause_is_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Iran threatened to close the Strait of Hormuz if attacked.")
    args = verb_arguments(_token(doc, "attacked"), None, None, "ASSAULT")
    assert [t.text for t in args.actors] == [] and "Iran" in [t.text for t in args.recipients]


def test_where_the_goods_come_from_names_the_party_last(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Japan lifted its ban on beef imports from the United States.")
    recipients = [t.text for t in verb_arguments(_token(doc, "lifted"), _token(doc, "ban"), None, "CONCEDE").recipients]
    assert recipients[-1] == "States"


def test_a_stance_participle_makes_its_subject_the_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Chinese government has been committed to safeguarding peace.")
    args = verb_arguments(_token(doc, "committed"), None, None, "AGREE")
    assert [t.text for t in args.actors] == ["government"] and args.recipients == []
    opposed = nlp("The rebels were opposed by government troops.")
    args = verb_arguments(_token(opposed, "opposed"), None, None, "REJECT")
    assert [t.text for t in args.actors] == ["troops"] and [t.text for t in args.recipients] == ["rebels"]
    # the active verb takes an object like any other
    active = nlp("Turkey opposed Sweden's membership.")
    args = verb_arguments(_token(active, "opposed"), None, None, "REJECT")
    assert [t.text for t in args.actors] == ["Turkey"] and [t.text for t in args.recipients][:1] == ["membership"]


def test_a_subject_hung_on_the_auxiliary_is_the_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Russia is opposed to the deployment of US missiles in Poland.")
    if _token(doc, "Russia").head.text == "is":  # the parse this repairs
        assert subject_of(_token(doc, "opposed")).text == "Russia"
    args = verb_arguments(_token(doc, "opposed"), None, None, "REJECT")
    assert [t.text for t in args.actors] == ["Russia"]


def test_being_done_to_after_a_preposition_is_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("One hostage died of a heart attack after being shot.")
    args = verb_arguments(_token(doc, "shot"), None, None, "ASSAULT")
    assert args.actors == [] and [t.text for t in args.recipients] == ["hostage"]


def test_what_the_entry_names_as_given_is_a_thing_when_a_to_names_the_party(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("China sold armed drones to the United Arab Emirates.")
    sold, drones = _token(doc, "sold"), _token(doc, "drones")
    assert [t.text for t in verb_arguments(sold, drones, None, "COOPERATE").recipients][:1] == ["Emirates"]
    # with no "to", the object stays the first reading ("shot down the drones")
    bare = nlp("China sold armed drones.")
    assert [t.text for t in verb_arguments(_token(bare, "sold"), _token(bare, "drones"), None, "COOPERATE").recipients][:1] == ["drones"]


def test_a_thing_called_for_is_read_for_its_owner_only_when_it_has_one(nlp) -> None:  # type: ignore[no-untyped-def]
    owned = nlp("The rebels called for American support.")
    unowned = nlp("The UN called for a rapid settlement.")
    assert "support" in [t.text for t in verb_arguments(_token(owned, "called"), None, {"on"}, "REQUEST").recipients]
    assert "settlement" not in [t.text for t in verb_arguments(_token(unowned, "called"), None, {"on"}, "REQUEST").recipients]
