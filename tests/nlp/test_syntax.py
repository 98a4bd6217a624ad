"""Parse readings shared by the stages: passive subjects the parser leaves implicit."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.syntax import agent_of, object_of, passive_subject_of, shared_object


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_a_passive_conjunct_shares_the_first_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The opposition leader returned to Harare and was arrested by police on Monday.")
    assert passive_subject_of(_token(doc, "arrested")).text == "leader"
    assert passive_subject_of(_token(doc, "returned")) is None


def test_a_bare_participle_conjunct_shares_the_passive_auxiliary(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("All three accused were prosecuted and sentenced in the United States.")
    assert passive_subject_of(_token(doc, "sentenced")).text == "three"
    active = nlp("Police arrested and jailed two journalists.")
    assert passive_subject_of(_token(active, "jailed")) is None


def test_a_conjunct_with_its_own_subject_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Police raided the office and the editor was arrested.")
    assert passive_subject_of(_token(doc, "arrested")).text == "editor"


def test_a_bare_participle_under_a_passive_verb_is_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two Indians were reported killed in the shooting.")
    assert passive_subject_of(_token(doc, "killed")).text == "Indians"


def test_by_a_participle_and_its_object_is_by_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Saddam was ousted by invading US-led troops in 2003.")
    if _token(doc, "invading").dep_ == "pcomp":  # the parse this repairs
        assert agent_of(_token(doc, "ousted")).text == "troops"
    assert agent_of(_token(nlp("The town was shelled by government forces."), "shelled")).text == "forces"


def test_participles_coordinated_after_a_noun_are_both_said_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rescuers reached the villagers killed and wounded in the raid.")
    if _token(doc, "killed").dep_ == "acl":  # the parse this reads
        assert passive_subject_of(_token(doc, "wounded")).text == "villagers"


def test_a_lone_object_read_as_a_predicate_is_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    called = nlp("The American secretary of state called the Chinese foreign minister.")
    branded = nlp("They called him a traitor.")
    named = nlp("She was named foreign minister.")
    assert object_of(_token(called, "called")).text == "minister"
    assert object_of(_token(branded, "called")).text == "him"  # the object, not what he is called
    assert object_of(_token(named, "named")) is None  # a passive's predicate is its subject's


def test_an_irregular_plural_is_plural_when_counted_or_agreeing(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp.syntax import is_plural_noun

    assert is_plural_noun(_token(nlp("The six marine servicemen left the base."), "servicemen"))
    assert is_plural_noun(_token(nlp("The servicemen were on leave."), "servicemen"))
    assert not is_plural_noun(_token(nlp("The serviceman was on leave."), "serviceman"))
    assert not is_plural_noun(_token(nlp("One soldier left the base."), "soldier"))


def test_a_noun_left_in_a_state_is_what_was_done_to(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Mortar rounds shelled a district in Baghdad, leaving at least 10 people wounded.")
    assert passive_subject_of(_token(doc, "wounded")).text == "people"
    assert passive_subject_of(_token(nlp("He said the rebels attacked the town."), "attacked")) is None


def test_a_verb_joined_straight_to_the_next_shares_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Russia armed and trained the separatists.")
    assert shared_object(_token(doc, "armed")) == _token(doc, "separatists")
    # a verb with an object of its own shares nothing
    own = nlp("Russia armed the rebels and trained the separatists.")
    assert shared_object(_token(own, "armed")) is None


def test_a_name_the_parser_hangs_on_the_day_after_it_is_still_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Speaker Newt Gingrich met Taiwanese President Lee Teng-hui Wednesday for talks.")
    assert _token(doc, "Wednesday").dep_ == "npadvmod"  # the parse this mends
    assert object_of(_token(doc, "met")).text == "Wednesday"
    # a day after a real object is no object
    assert object_of(_token(nlp("Rebels attacked the town Wednesday."), "attacked")).text == "town"


def test_a_participle_the_tagger_calls_a_past_tense_is_still_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("British mercenary boss Tim Spicer, freed in Papua New Guinea on the eve of his trial, told reporters his story.")
    freed = _token(doc, "freed")
    assert passive_subject_of(freed).text == "Spicer"


def test_a_participle_parsed_as_the_main_verb_was_undergone_by_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A Spanish businessman charged with illegally exporting US food products to Cuba pleaded not guilty.")
    charged = _token(doc, "charged")
    if charged.dep_ == "ROOT":  # the parse this repairs
        assert passive_subject_of(charged).text == "businessman"
    found = nlp("Previously, NLD members found guilty of even a minor law violation have been given arbitrary sentences.")
    if _token(found, "found").dep_ == "ROOT":
        assert passive_subject_of(_token(found, "found")).text == "members"
    active = nlp("Police arrested the man and charged him with murder.")
    assert passive_subject_of(_token(active, "arrested")) is None
    joined = nlp("The Kerbino faction broke away from the SPLA in April and signed an agreement with the government.")
    assert passive_subject_of(_token(joined, "broke")) is None


def test_a_past_tense_with_a_by_agent_or_set_off_after_a_name_is_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Most of the victims struck down by trains were villagers.")
    assert (_token(doc, "struck").dep_, _token(doc, "struck").tag_) == ("ROOT", "VBD")  # the parse this repairs
    assert passive_subject_of(_token(doc, "struck")).text == "Most"
    doc = nlp("Zlatko Aleksovski, extradited to The Hague to stand trial at the tribunal, said Tuesday he would plead not guilty.")
    assert (_token(doc, "extradited").dep_, _token(doc, "extradited").tag_) == ("ccomp", "VBD")
    assert passive_subject_of(_token(doc, "extradited")).text == "Aleksovski"
    # an active verb after a subject and a comma keeps its subject
    assert passive_subject_of(_token(nlp("The minister, however, rejected the plan."), "rejected")) is None


def test_a_participle_after_a_named_person_in_a_prepositional_phrase_is_his(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("He said some Iraqis were worse off than under dictator Saddam Hussein, ousted from power in 2003.")
    assert _token(doc, "ousted").dep_ == "advcl"  # the parse this repairs
    assert passive_subject_of(_token(doc, "ousted")).text == "Hussein"
    # an object's name may be either's: "accompanied by his wife" is not read as Putin's
    found = passive_subject_of(_token(nlp("The president met Putin, accompanied by his wife."), "accompanied"))
    assert found is None or found.text != "Putin"


def test_a_passive_infinitive_on_a_noun_was_undergone_by_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The support of Japan, the only nation to be attacked by atomic weapons, could open the door.")
    assert passive_subject_of(_token(doc, "attacked")).text == "nation"
    active = nlp("Germany was the first country to recognise Croatia.")
    assert passive_subject_of(_token(active, "recognise")) is None


def test_a_past_tense_on_a_noun_the_parser_made_the_root_is_the_main_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The Iranian foreign minister called on Europe to honour its commitments.")
    assert passive_subject_of(_token(doc, "called")) is None
