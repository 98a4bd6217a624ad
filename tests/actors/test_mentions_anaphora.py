"""Mentions that point back or share words: "the two", "the North", "South and North
Korea", "the movement", "they", and parties named by coordinated modifiers."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from eventwire.actors.mention_index import MentionIndex
from eventwire.actors.mentions import MentionResolver

ON = date(2006, 11, 29)



def _index(resolver: MentionResolver, nlp, text: str, home: str | None = None) -> MentionIndex:  # type: ignore[no-untyped-def]
    return resolver.index(nlp(text), ON, home)


def _countries(index: MentionIndex, word: str, occurrence: int = 0) -> list[str]:
    tokens = [t for t in index.doc if t.text == word]
    return [p.country for p in index.resolve(tokens[occurrence])]


def test_the_two_and_both_are_the_last_pair(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "China and Pakistan held talks. The two are developing a jet. Both have agreed.")
    assert sorted(_countries(index, "two")) == ["CHN", "PAK"]
    assert sorted(_countries(index, "Both")) == ["CHN", "PAK"]


def test_a_number_with_its_own_noun_is_no_bare_group(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "China and Pakistan held talks. The two of them met again.")
    assert index.mention_at(next(t for t in index.doc if t.text == "two")) is None


def test_the_north_is_the_country_named_with_it_before(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "North Korea rejected the plan. The North accused Seoul of lying.")
    assert _countries(index, "North", 1) == ["PRK"]


def test_the_north_with_no_country_before_names_nobody(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Rain fell. The North accused Seoul of lying.")
    assert "PRK" not in _countries(index, "North")


def test_south_and_north_korea_share_their_noun(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "He said talks between South and North Korea and the United States should continue.")
    assert sorted(_countries(index, "South")) == ["KOR", "PRK", "USA"]


def test_coordinated_country_modifiers_give_one_party_each(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "North Korean and US officials would sit down for talks.")
    assert sorted(_countries(index, "officials")) == ["PRK", "USA"]


def test_the_movement_is_the_organisation_named_last(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A spokesman for the Popular Resistance Committees, Abu Abir, said that the movement would avenge his death."
    assert _countries(_index(resolver, nlp, text), "movement") == ["PSE"]


def test_they_is_a_plural_subject_close_before(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hezbollah and its allies had been demanding a greater say. They have warned of street protests."
    assert _countries(_index(resolver, nlp, text), "They") == ["LBN"]


def test_they_for_an_organisation_is_no_antecedent_of_he(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Army chief Sarath Fonseka spoke on Tuesday. The LTTE has said they did not carry out the attacks. "
            "He said the Tigers had not kept contact.")
    index = _index(resolver, nlp, text, home="LKA")
    [he] = index.resolve(next(t for t in index.doc if t.text == "He"))
    assert he.name == "Sarath Fonseka"


def test_officials_from_member_states_belong_to_the_body(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "A draft being discussed by senior officials from APEC members warned on Sunday.")
    assert _countries(index, "officials") == ["IGO"]


def test_a_pronoun_in_a_statement_clause_is_the_owner(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The report came against the backdrop of NATO's announcement that it had agreed to the plan.")
    assert _countries(index, "it") == ["IGO"]


def test_it_in_a_clause_joined_by_but_is_the_first_clauses_subject(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs both clauses on "said": "it" is still the administration, not Akol
    text = "The US administration did not show any proposals, but it insisted that the problem should be solved, said Akol."
    assert _countries(_index(resolver, nlp, text), "it") == ["USA"]
    joined = _index(resolver, nlp, "The Syrian army shelled the town and it said it would continue.")
    assert _countries(joined, "it")[:1] == ["SYR"]


def test_a_definite_office_is_not_a_known_holder_of_another(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Russian President Vladimir Putin met the press. The justice minister spoke later.")
    minister = next(t for t in index.doc if t.text == "minister")
    assert "Vladimir Putin" not in [p.name for p in index.resolve(minister)]
    assert _countries(index, "President") or _countries(index, "Putin")


def test_its_on_the_direct_object_is_the_clauses_subject(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _countries(_index(resolver, nlp, "Germany has reinforced its commitment to Syrian refugees."), "its") == ["DEU"]
    # inside another phrase, a nearer party may be meant: left to other rules
    assert _countries(_index(resolver, nlp, "The US criticized Russia for its actions."), "its") != ["USA"]
    # the object of an infinitive: the subject of the verb that governs it
    assert _countries(_index(resolver, nlp, "Israel vowed to keep up its strikes on the militants."), "its") == ["ISR"]
    # the owner of a reported clause's subject: the reporter
    assert _countries(_index(resolver, nlp, "The Turkish army said its jets had hit the bases."), "its") == ["TUR"]
    # a person is no "it"
    assert _countries(_index(resolver, nlp, "Erdogan said its jets had hit the bases."), "its") == []


def test_a_participle_modifier_names_the_owner(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "NATO agreed to the US-proposed closer cooperation in Afghanistan.")
    cooperation = next(t for t in index.doc if t.text == "cooperation")
    assert [p.country for p in index.owners(cooperation)] == ["USA"]


def test_an_adjective_before_a_common_noun_is_no_title(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "China and Pakistan agreed to expand military cooperation.", home="CHN")
    assert index.mention_at(next(t for t in index.doc if t.text == "cooperation")) is None


def test_a_body_before_a_source_noun_speaks(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Hezbollah launched 383 attacks, according to the security service toll.", home="LBN")
    assert _countries(index, "toll") == ["LBN"]


def test_an_acronym_in_brackets_is_the_name_before_it(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The World Health Organization (WHO) is providing assistance.")
    assert _countries(index, "WHO") == ["IGO"]


def test_a_name_a_participle_hangs_on_resolves(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "A Saudi-led strike hit a bus.")
    assert _countries(index, "Saudi") == ["SAU"]


def test_a_name_tagged_as_an_adjective_is_still_a_mention(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    # The tagger calls "USAID" ADJ in some contexts: build that reading by hand.
    doc = Doc(nlp.vocab, words=["USAID", "had", "announced", "cuts", "."], pos=["ADJ", "AUX", "VERB", "NOUN", "PUNCT"],
              tags=["JJ", "VBD", "VBN", "NNS", "."], deps=["nsubj", "aux", "ROOT", "dobj", "punct"], heads=[2, 2, 2, 2, 2],
              lemmas=["USAID", "have", "announce", "cut", "."], ents=["B-ORG", "O", "O", "O", "O"])
    index = resolver.index(doc, ON)
    assert index.mention_at(doc[0]) is not None


def test_a_bare_noun_completing_a_title_is_no_party(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The ministers decided to let heads of state and government work out a deal.", home="DEU")
    for word in ("state", "government"):
        assert index.mention_at(next(t for t in index.doc if t.text == word)) is None
    assert _countries(index, "ministers") == ["DEU"]


def test_it_after_a_coordinated_reporting_verb_is_the_first_verbs_subject(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Belarusian foreign ministry announced sanctions and said it was recalling its ambassadors."
    assert _countries(_index(resolver, nlp, text), "it") == ["BLR"]


def test_a_title_modifier_repeating_a_body_names_whose_spokesman(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "An air strike by the Saudi-led coalition hit a bus. Coalition spokesman Turki al-Maliki accused the Houthis."
    assert _countries(_index(resolver, nlp, text, home="YEM"), "Maliki") == ["SAU"]


def test_a_hyphen_is_no_mention(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Coalition spokesman Turki al-Maliki accused the Houthis.")
    assert all(any(ch.isalnum() for ch in m.text) for m in index.mentions)


def test_a_thing_important_to_a_party_or_backed_by_it_is_its_own(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The German government was blocking a deal particularly important to France.")
    assert [p.country for p in index.owners(next(t for t in index.doc if t.text == "deal"))] == ["FRA"]
    index = _index(resolver, nlp, "They rejected a plan backed by the United States.")
    assert [p.country for p in index.owners(next(t for t in index.doc if t.text == "plan"))] == ["USA"]


def test_a_second_it_in_a_sentence_is_the_first(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Belarusian foreign ministry announced sanctions and said it was recalling its ambassadors "
            "from Poland and Lithuania, whose governments it accused of interfering.")
    assert _countries(_index(resolver, nlp, text), "it", 1) == ["BLR"]


def test_its_envoys_from_a_country_are_not_that_countrys(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The ministry said it was recalling its ambassadors from Poland and Lithuania.")
    assert "POL" not in _countries(index, "ambassadors")


def test_unnamed_locals_belong_to_the_place_of_their_sentence(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of protesters stormed the parliament building in Yerevan."
    doc = nlp(text)
    start = text.index("Yerevan")
    index = resolver.index(doc, ON, "AZE", [(start, start + len("Yerevan"))])
    assert _countries(index, "protesters") == ["ARM"]
    assert _countries(resolver.index(nlp(text), ON, "AZE"), "protesters") == ["AZE"]


def test_a_speaking_group_with_no_role_is_a_party_of_unknown_country(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Rivals of the government said they will boycott the meeting.", home="LBN")
    rivals = next(t for t in index.doc if t.text == "Rivals")
    assert [p.country for p in index.resolve(rivals)] == ["UNK"]
    assert _countries(index, "they") == ["UNK"]


def test_the_chairman_of_a_body_glued_to_his_name_is_the_bodys(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The chairman of the African Union Commission Moussa Faki Mahamat has condemned the attacks.")
    assert _countries(index, "chairman") == ["IGO"]


def test_a_speakers_own_we_is_the_reporter_named_after_the_quote(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('"We strongly condemn the escalating violence and call on the military to halt the use of force," '
            "UN human rights spokeswoman Ravina Shamdasani said.")
    assert _countries(_index(resolver, nlp, text, home="MMR"), "We") == ["IGO"]


def test_the_world_body_is_the_intergovernmental_body_named_before(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ambassador to the United Nations was dismissed after he urged the world body to act."
    assert _countries(_index(resolver, nlp, text, home="MMR"), "body") == ["IGO"]


def test_a_definite_demonym_description_is_the_person_of_that_country_just_named(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Foreign Minister Wang Yi met Antony Blinken on Friday. The Chinese diplomat called the talks candid."
    index = resolver.index(nlp(text), date(2021, 6, 1))
    [diplomat] = index.resolve(next(t for t in index.doc if t.text == "diplomat"))
    assert diplomat.name == "Wang Yi"


def test_a_definite_body_of_a_country_is_no_earlier_person_of_it(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Britain imposed sanctions on Lukashenko on Tuesday. The Belarusian foreign ministry announced sanctions."
    index = resolver.index(nlp(text), date(2020, 10, 2))
    [ministry] = index.resolve(next(t for t in index.doc if t.text == "ministry"))
    assert (ministry.country, ministry.sector) == ("BLR", "GOV")
    assert ministry.name != "Alexander Lukashenko"


def test_an_object_them_is_the_plural_named_last_in_its_sentence(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The European Union imposed sanctions on 40 Belarusian officials. "
            "The measures freeze the officials' assets and bar them from travelling.")
    assert _countries(_index(resolver, nlp, text), "them") == ["BLR"]
    # never its own clause's subject: that would be "themselves"
    text = "Russia and China blocked the resolutions. The United States condemned them."
    assert sorted(_countries(_index(resolver, nlp, text), "them")) == ["CHN", "RUS"]
    # the whole of a coordination, not its last member
    text = "The envoy contacted the leaders of Saudi Arabia, Jordan and Kuwait and asked them to help Iraq."
    assert _countries(_index(resolver, nlp, text), "them") == ["SAU", "JOR", "KWT"]


def test_they_after_a_counted_irregular_plural_is_that_group(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "The six US marine servicemen were on leave when they attacked a woman.")
    assert _countries(index, "they") == ["USA"]


def test_a_surname_as_the_article_spells_it_is_the_person_named_before(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    # the knowledge base spells him "Rafic Hariri" and knows an Iraqi "al Hariri" too
    index = _index(resolver, nlp, "Lebanese Prime Minister Rafik Al-Hariri canceled a visit to Alberta. Al-Hariri met officials on Sunday.")
    assert _countries(index, "Hariri", occurrence=1) == ["LBN"]


def test_their_in_a_relative_clause_is_what_the_relative_stands_for(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Fino met EU and OSCE officials and the armed rebels who have held the south for a month "
                                  "in their bid to oust President Sali Berisha.")
    their = next(t for t in index.doc if t.text == "their")
    assert [p.sector for p in index.resolve(their)] == ["REB"]


def test_go_betweens_are_not_the_sides_named_last(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Russia and the United States swapped prisoners on Thursday. Saudi Arabia and the "
                                  "United Arab Emirates helped to mediate the deal. The two countries praised the deal.")
    assert sorted(_countries(index, "countries")) == ["RUS", "USA"]


def test_a_month_is_no_namesake_and_a_title_word_gives_the_gender(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("China installed a bishop on May 3. Foreign ministry spokeswoman Jiang Yu reaffirmed the policy. "
            "She said the Vatican must sever ties with Taiwan.")
    index = resolver.index(nlp(text), date(2006, 12, 1))
    [she] = index.resolve(next(t for t in index.doc if t.text == "She"))
    assert she.name == "Jiang Yu"
    assert index.resolve(next(t for t in index.doc if t.text == "May")) == []


def _names(index: MentionIndex, word: str, occurrence: int = 0) -> list[str]:
    tokens = [t for t in index.doc if t.text == word]
    return [p.name for p in index.resolve(tokens[occurrence])]


def test_he_in_a_that_clause_is_the_subject_of_its_verb(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Paul Gascoigne was arrested after assaulting a photographer. Photographer Steve Farrell complained "
            "to police that he had been assaulted as he was on the street.")
    index = _index(resolver, nlp, text)
    assert _names(index, "he", 0) == _names(index, "he", 1) == ["Steve Farrell"]
    witness = _index(resolver, nlp, "Bashar al-Assad spoke on Monday. The television showed witness Hussam Taher Hussam, who said he had lied.")
    assert _names(witness, "he") == ["Hussam Taher Hussam"]
    # a ruling's subject is not who it is about
    ruled = _index(resolver, nlp, "Paul Gascoigne was arrested. Judge Anne Smith ruled that he must go free.")
    assert _names(ruled, "he") == ["Paul Gascoigne"]


def test_a_shortened_organisation_name_is_the_organisation(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Troops arrested three members of Islamic Jihad. In a statement, Jihad criticised Mahmud Abbas.")
    [jihad] = [m for m in index.mentions if m.text == "Jihad"]
    assert jihad.kind == "organisation" and jihad.participants[0].actor_id


def test_them_after_a_plural_of_things_names_nobody(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = _index(resolver, nlp, "Troops and settlers clashed. Asked about the reports, Hanegbi dismissed them as speculation.")
    assert _countries(index, "them") == []
    owners = _index(resolver, nlp, "The US froze the officials' assets and barred them from travelling.")
    assert _names(owners, "them") == _names(owners, "officials") != []


def test_a_body_before_a_title_is_no_short_name_of_its_head(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A meeting took place between Gazprom chairman Alexei Miller and Shell chief executive officer Jeroen van der Veer. Gazprom said it was satisfied."
    index = _index(resolver, nlp, text)
    assert "Alexei Miller" not in _names(index, "Gazprom", 1)
    [officer] = [m for m in index.mentions if "officer" in m.text]
    assert officer.participants[0].sector == "BUS"
    family_first = _index(resolver, nlp, "Kim Jong-Il met Chinese officials. Kim said he was happy.")
    assert _names(family_first, "Kim", 1) == ["Kim Jong-il"]


def test_a_role_owned_by_a_described_party_is_someone_new_on_its_side(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Israeli Prime Minister Ehud Olmert spoke on Tuesday. Israeli officials rounded on the incoming US defense "
            "secretary Robert Gates. The prime minister's spokeswoman denied it.")
    index = resolver.index(nlp(text), date(2006, 12, 12), None)
    [spokeswoman] = [m for m in index.mentions if m.text.endswith("spokeswoman")]
    assert [(p.country, p.actor_id) for p in spokeswoman.participants] == [("ISR", "")]


def test_a_pronoun_in_a_fronted_adjunct_is_the_subject_after_it(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jean Chretien filed a challenge. In his speech on Monday, Putin warned the West. In his speech, Merkel praised France."
    index = resolver.index(nlp(text), date(2005, 11, 30), None)
    assert _names(index, "his", 0) == ["Vladimir Putin"]
    assert _names(index, "his", 1) != ["Angela Merkel"]  # a gender that does not fit


def test_she_finds_a_woman_the_knowledge_base_does_not_know_by_her_given_name(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Former film star Brigitte Bardot attacked city officials in Moscow. She called on the mayor to act."
    index = resolver.index(nlp(text), date(1997, 4, 21))
    assert [p.name for p in index.resolve(next(t for t in index.doc if t.text == "She"))] == ["Brigitte Bardot"]


def test_parties_with_no_word_saying_which_are_the_sides_of_the_conflict(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    # no group named before: left to the report's dyad, not a party of Geneva
    alone = _index(resolver, nlp, "Annan, in a statement issued in Geneva, called on all parties to stop fighting.")
    assert _countries(alone, "parties") == []
    # the rebels and the army named before are the parties themselves
    index = _index(resolver, nlp, "Rebel forces and government troops fought in Kisangani. Annan called on all parties to stop fighting.", home="COD")
    assert [(p.name, p.sector) for p in index.resolve(next(t for t in index.doc if t.text == "parties"))] == [
        ("Rebel forces", "REB"), ("government troops", "MIL")]
    # a word saying which, or a sentence of no conflict, makes them political parties
    assert _countries(_index(resolver, nlp, "Both opposition parties boycotted the vote.", home="CHE"), "parties") == ["CHE"]
    assert _countries(_index(resolver, nlp, "The electoral body asked the parties to submit their lists.", home="CHE"), "parties") == ["CHE"]


def test_they_is_the_plural_subject_before_not_the_places_it_came_from(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kurds were converging on Saturday from all over Germany, the Netherlands and Belgium. "
            "They were due to stage a rally on the banks of the Rhine.")
    assert [p.name for p in _index(resolver, nlp, text).resolve(next(t for t in nlp(text) if t.text == "They"))] == ["Kurds"]
    # parties named as such, not as places, stay the group
    text = "Russia and Ukraine signed a deal with help from Turkey. They agreed to meet again."
    assert sorted(_countries(_index(resolver, nlp, text), "They")) == ["RUS", "UKR"]


def test_the_forces_of_a_person_the_knowledge_base_lacks_are_of_his_country(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Angolan troops arrived. Congolese warlord Jean Mbuta said Mbuta's forces had captured the city."
    index = resolver.index(nlp(text), date(1997, 4, 25))
    assert [p.country for p in index.resolve(next(t for t in index.doc if t.text == "forces"))] == ["COD"]


def test_the_two_men_are_the_two_people_named_last(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russian Prime Minister Viktor Chernomyrdin met Slovak Prime Minister Vladimir Meciar. The two men discussed trade."
    index = resolver.index(nlp(text), date(1997, 4, 28))
    assert [p.name for p in index.resolve(next(t for t in index.doc if t.text == "men"))] == ["Viktor Chernomyrdin", "Vladimir Meciar"]
    # two men described before are those men, not the people named since
    text = "Police arrested two men in Paris. Police chief Philippe Massoni said the two men were Algerians."
    index = resolver.index(nlp(text), date(1997, 4, 28))
    assert [p.name for p in index.resolve([t for t in index.doc if t.text == "men"][1])] == ["two men"]


def test_they_in_an_adverbial_clause_is_the_plural_subject_it_modifies(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("President Mobutu and Laurent Kabila agreed to talks, Richardson said. "
            "The rebels have captured half the country since they launched an offensive in October.")
    index = resolver.index(nlp(text), date(1997, 4, 30))
    assert [p.sector for p in index.resolve(next(t for t in index.doc if t.text == "they"))] == ["REB"]


def test_the_former_secretary_is_the_one_so_titled_before(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A memo from former defence secretary Donald Rumsfeld leaked. The former secretary's ideas were much discussed."
    index = resolver.index(nlp(text), date(2006, 12, 3))
    assert [p.name for p in index.resolve(next(t for t in index.doc if t.text == "secretary" and t.i > 10))] == ["Donald Rumsfeld"]


def test_they_after_a_meeting_of_two_parties_is_the_two(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chinese senior legislator Lu Yongxiang met a Latvian delegation here on Monday. They exchanged views on bilateral relations."
    index = resolver.index(nlp(text), date(2005, 11, 7))
    assert sorted(p.country for p in index.resolve(next(t for t in index.doc if t.text == "They"))) == ["CHN", "LVA"]
