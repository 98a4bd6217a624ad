"""Reported speech: each cue family, inverted order, according to, relays, mixed quotes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.quotes import QuoteCandidate

FindQuotes = Callable[[str], list[QuoteCandidate]]
FindOne = Callable[[str], QuoteCandidate]
Speaker = Callable[[QuoteCandidate], str | None]


@pytest.mark.parametrize(
    ("text", "cue", "speaker_words", "content"),
    [
        ("The minister said that the border would reopen next week.", "said", "The minister", "the border would reopen next week"),
        ("He stressed that the talks must continue.", "stressed", "He", "the talks must continue"),
        ("The spokesman added that two soldiers were wounded.", "added", "The spokesman", "two soldiers were wounded"),
        ("She told reporters that the army had withdrawn.", "told reporters", "She", "the army had withdrawn"),
        ("The general warned that the rebels would attack again.", "warned", "The general", "the rebels would attack again"),
        ("The ministry announced that the embassy would close.", "announced", "The ministry", "the embassy would close"),
        ("The opposition claimed that the vote had been rigged.", "claimed", "The opposition", "the vote had been rigged"),
        ("The president insisted that the reforms would go ahead.", "insisted", "The president", "the reforms would go ahead"),
        ("The official noted that the ceasefire was holding.", "noted", "The official", "the ceasefire was holding"),
        ("The agency reported that three people were killed.", "reported", "The agency", "three people were killed"),
        ("Police confirmed that the suspect had been arrested.", "confirmed", "Police", "the suspect had been arrested"),
        ("The government denied that it had used force.", "denied", "The government", "it had used force"),
        ("The minister explained that the delay was caused by the weather.", "explained", "The minister", "the delay was caused by the weather"),
        ("The envoy emphasised that the talks would resume in May.", "emphasised", "The envoy", "the talks would resume in May"),
        ("Analysts believe that the coup was planned for months.", "believe", "Analysts", "the coup was planned for months"),
        ("The statement said that the militia would disarm by June.", "said", "The statement", "the militia would disarm by June"),
        ("The Israeli army said Hannawi was one of the most wanted militants.", "said", "The Israeli army", "Hannawi was one of the most wanted militants"),
        # the parser takes this "that" for a relative pronoun after the addressee
        ("Macron told the newspaper that France would stand by Ukraine.", "told", "Macron", "France would stand by Ukraine"),
    ],
)
def test_clause_verbs(only_quote: FindOne, speaker: Speaker, text: str, cue: str, speaker_words: str, content: str) -> None:
    quote = only_quote(text)
    assert (quote.kind, quote.cue, speaker(quote), quote.content.text) == ("indirect", cue, speaker_words, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The prime minister urged both sides to return to the negotiating table.", "urged", "both sides to return to the negotiating table"),
        ("The rebels vowed to continue fighting.", "vowed", "to continue fighting"),
        ("The opposition accused the government of rigging the election.", "accused", "the government of rigging the election"),
        ("Jihad called on the president to release the prisoners.", "called on", "the president to release the prisoners"),
        ("Abbas described the attack as an act of terrorism.", "described", "the attack as an act of terrorism"),
    ],
)
def test_complement_verbs(only_quote: FindOne, text: str, cue: str, content: str) -> None:
    quote = only_quote(text)
    assert (quote.cue, quote.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Putin expressed confidence that the agreement would benefit both peoples.", "expressed confidence", "the agreement would benefit both peoples"),
        ("He expressed his satisfaction that the bloodshed was stopped.", "expressed his satisfaction", "the bloodshed was stopped"),
    ],
)
def test_expressed_attitudes(only_quote: FindOne, text: str, cue: str, content: str) -> None:
    quote = only_quote(text)
    assert (quote.cue, quote.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "speaker_words"),
    [
        ("The talks will resume next week, the minister said.", "the minister"),
        ("The talks will resume next week, said the minister.", "the minister"),
        ("The talks will resume next week, Lavrov said on Monday.", "Lavrov"),
    ],
)
def test_inverted_order(only_quote: FindOne, speaker: Speaker, text: str, speaker_words: str) -> None:
    quote = only_quote(text)
    assert (quote.content.text, speaker(quote), quote.cue) == ("The talks will resume next week", speaker_words, "said")


def test_also_said_keeps_the_adverb_in_the_cue(only_quote: FindOne) -> None:
    quote = only_quote("The Russian leader also said that the terms of the agreement are being respected.")
    assert quote.cue == "also said"


def test_according_to_after_the_clause(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("At least 26 soldiers have been killed since April, according to security sources.")
    assert (quote.cue, speaker(quote), quote.content.text) == ("according to", "security sources", "At least 26 soldiers have been killed since April")


def test_according_to_before_the_clause(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("According to the police, the attackers fled across the border.")
    assert (quote.cue, speaker(quote), quote.content.text) == ("According to", "the police", "the attackers fled across the border")


def test_relay_quotes_speaker(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("Russia has no such plans, TASS quotes Lavrov.")
    assert (quote.cue, speaker(quote), quote.relay.text if quote.relay else None) == ("TASS quotes", "Lavrov", "TASS")
    assert quote.content.text == "Russia has no such plans"


def test_relay_reported_quoting(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("The suspect had confessed, Interfax reported, quoting prosecutors.")
    assert (speaker(quote), quote.relay.text if quote.relay else None) == ("prosecutors", "Interfax")
    assert quote.content.text == "The suspect had confessed"


def test_relay_quoted_as_saying(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("The Iraqiya channel quoted an Interior Ministry official as saying that the curfew began at 8 pm.")
    assert speaker(quote) == "an Interior Ministry official"
    assert quote.relay is not None and quote.relay.text == "The Iraqiya channel"
    assert quote.content.text == "the curfew began at 8 pm"


def test_outer_report_of_a_statement_becomes_its_relay(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("Khamenei said that there was no limit to cooperation with Iraq, the IRNA news agency reported.")
    assert (speaker(quote), quote.cue) == ("Khamenei", "said")
    assert quote.relay is not None and quote.relay.text == "the IRNA news agency"


def test_passive_quoted_as_saying(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("Khamenei was quoted as saying that Iran is proud of its ties with Iraq.")
    assert (quote.cue, speaker(quote), quote.content.text) == ("was quoted as saying", "Khamenei", "Iran is proud of its ties with Iraq")


def test_mixed_quote_keeps_the_whole_reported_clause(only_quote: FindOne) -> None:
    quote = only_quote('Kim told the agency that the North would "never accept" the deal.')
    assert (quote.kind, quote.content.text) == ("mixed", 'the North would "never accept" the deal')


def test_participle_continues_the_subject_and_splits_the_statement(quotes_in: FindQuotes, speaker: Speaker) -> None:
    said, adding = quotes_in("The source said the building was hit twice, adding that there were no casualties.")
    assert said.content.text == "the building was hit twice"
    assert (adding.cue, speaker(adding), adding.content.text) == ("adding", "The source", "there were no casualties")


def test_relative_clause_speaker(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("Yadav is charged in the swindle, which federal investigators now say has been going on since 1977.")
    assert (speaker(quote), quote.content.text) == ("federal investigators", "has been going on since 1977")


def test_noun_cue_with_possessor(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("Kim's insistence that such steps were needed angered Seoul.")
    assert (quote.cue, speaker(quote)) == ("insistence", "Kim")
    assert quote.content.text.startswith("such steps were needed")


def test_statement_adjunct(only_quote: FindOne, speaker: Speaker) -> None:
    quote = only_quote("In a statement, the ministry condemned the attack on the embassy.")
    assert (quote.cue, speaker(quote), quote.content.text) == ("In a statement", "the ministry", "condemned the attack on the embassy")


def test_third_party_report_inside_a_quotation_counts(quotes_in: FindQuotes, speaker: Speaker) -> None:
    text = '"There has been a gap," Fonseka said. "The LTTE has said they did not carry out the attacks. We think they did it."'
    nested = [q for q in quotes_in(text) if q.cue == "has said"]
    assert len(nested) == 1 and speaker(nested[0]) == "The LTTE"
    assert nested[0].content.text == "they did not carry out the attacks"


def test_mixed_quote_starting_inside_marks_keeps_them_paired(only_quote: FindOne) -> None:
    text = 'Judge Henry Litton said "it is quite clear" that the charge was "unsustainable under the law."'
    quote = only_quote(text)
    assert quote.kind == "mixed"
    assert quote.content.text == '"it is quite clear" that the charge was "unsustainable under the law."'


def test_participle_before_the_cue_is_not_inverted_content(quotes_in: FindQuotes) -> None:
    assert quotes_in("In his appeal, lodged last week, he admitted holding the passports.") == []
