"""Which plural role nouns point back at the parties last named together."""

from __future__ import annotations

from datetime import date

from eventwire.actors.mentions import MentionResolver

ON = date(2005, 11, 29)



def _countries(resolver: MentionResolver, nlp, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    index = resolver.index(nlp(text), ON, "GBR")
    return sorted(p.country for p in index.resolve(next(t for t in index.doc if t.text == word)))


TALKS = "Talks were taking place with Australia and Canada. "


def test_a_bare_plural_brings_in_new_people(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _countries(resolver, nlp, TALKS + "Elite paratroopers were already training.", "paratroopers") == ["GBR"]


def test_a_definite_plural_points_back_at_the_pair(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    assert _countries(resolver, nlp, TALKS + "The governments were already talking.", "governments") == ["AUS", "CAN"]


def test_a_bare_count_brings_in_new_people(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Putin and Rajapakse met. At least two policemen were injured in the attacks."
    index = resolver.index(nlp(text), ON, "GBR")
    [policemen] = index.resolve(next(t for t in index.doc if t.text == "policemen"))
    assert policemen.sector == "COP" and not policemen.actor_id


def test_a_body_after_two_persons_is_each_ones_countrys(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ilham Aliyev and Nikol Pashinyan met in Moscow. The two armies clashed again on Tuesday."
    index = resolver.index(nlp(text), date(2020, 11, 1), "GBR")
    armies = index.resolve(next(t for t in index.doc if t.text == "armies"))
    assert sorted((p.country, p.sector, bool(p.actor_id)) for p in armies) == [("ARM", "MIL", False), ("AZE", "MIL", False)]
    persons = resolver.index(nlp("Ilham Aliyev and Nikol Pashinyan met in Moscow. The two leaders agreed to talk."), date(2020, 11, 1), "GBR")
    leaders = persons.resolve(next(t for t in persons.doc if t.text == "leaders"))
    assert len(leaders) == 2 and all(p.actor_id for p in leaders)


def test_described_unnamed_countries_are_new_unknown_parties(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    # not the pair named before, and kept with their words rather than dropped
    index = resolver.index(nlp(TALKS + "Some European countries called for sanctions."), ON, "GBR")
    [countries] = index.resolve(next(t for t in index.doc if t.text == "countries"))
    assert (countries.name, countries.country) == ("European countries", "UNK")
    assert _countries(resolver, nlp, TALKS + "Both countries agreed.", "countries") == ["AUS", "CAN"]


def test_a_definite_plural_takes_the_same_description_named_after_the_pair(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia and India signed a pact. In Brussels, Italian ministers met. The ministers agreed."
    assert _countries(resolver, nlp, text, "ministers") == ["ITA"]
    index = resolver.index(nlp(text), ON, "GBR")
    later = [t for t in index.doc if t.text == "ministers"][-1]
    assert [p.country for p in index.resolve(later)] == ["ITA"]


def test_their_in_a_clause_with_a_plural_subject_is_that_subject(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia and India signed a pact. Italian ministers also gave their backing to the plan."
    assert _countries(resolver, nlp, text, "their") == ["ITA"]


def test_combining_forms_name_states_before_a_hyphen(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = resolver.index(nlp("Wen praised Franco-Chinese cooperation and Sino-US talks."), ON, "GBR")
    franco = next(t for t in index.doc if t.text == "Franco")
    sino = next(t for t in index.doc if t.text == "Sino")
    assert [p.country for p in index.resolve(franco)] == ["FRA"]
    assert [p.country for p in index.named_modifier(sino)] == ["CHN"]
    alone = resolver.index(nlp("General Franco ruled Spain."), ON, "GBR")
    assert "FRA" not in {p.country for m in alone.mentions for p in m.participants}


def test_a_hyphenated_pair_of_adjectives_names_both_states(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    index = resolver.index(nlp("The US-Chinese talks in Beijing ended."), ON, "GBR")
    chinese = next(t for t in index.doc if t.text == "Chinese")
    assert [p.country for p in index.resolve(chinese)] == ["CHN"]


def test_a_definite_plural_takes_a_party_of_its_sector_named_after_the_group(resolver: MentionResolver, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Nogaideli met national security advisor Stephen Hadley and trade representative Susan Schwab. "
            "The spat began when Georgia arrested four Russian soldiers. Georgia freed the military officers in October.")
    assert _countries(resolver, nlp, text, "officers") == ["RUS"]
    counted = "Ilham Aliyev and Nikol Pashinyan met. Azerbaijani troops shelled a village. The two armies clashed again."
    index = resolver.index(nlp(counted), date(2020, 11, 1), "GBR")
    assert sorted(p.country for p in index.resolve(next(t for t in index.doc if t.text == "armies"))) == ["ARM", "AZE"]
