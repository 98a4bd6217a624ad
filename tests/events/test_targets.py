"""Places named as targets or destinations stand for their country."""

from __future__ import annotations

from eventwire.models import Article, ArticleResult, Event
from eventwire.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    result = pipeline.process(Article(doc_id="d", text=text, published="2023-10-21"))
    assert isinstance(result, ArticleResult)
    return result.events


def test_a_shelled_city_stands_for_its_country(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Hamas militants shelled Tel Aviv on Monday.")
    assert [p.country for e in events if e.type == "ASSAULT" for p in e.recipients] == ["ISR"]


def test_the_enclave_points_back_at_the_last_region_named(pipeline: Pipeline) -> None:
    text = "Aid reached the Gaza Strip on Saturday.\n\nIsrael imposed a total siege on the enclave on Oct. 9."
    siege = next(e for e in _events(pipeline, text) if e.type == "COERCE")
    assert [p.country for p in siege.recipients] == ["PSE"]


def test_where_an_act_happens_names_no_target(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Two soldiers were killed in Gaza on Monday.")
    assert all("PSE" not in {p.country for p in e.actors} for e in events)


def test_critics_of_a_capital_are_not_its_people(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Gunmen launched attacks targeting critics of Damascus.")
    assert all("SYR" not in {p.country for p in e.recipients} for e in events if e.type == "ASSAULT")
    [town] = [e for e in _events(pipeline, "Gunmen attacked the people of Aleppo.") if e.type == "ASSAULT"]
    assert [p.country for p in town.recipients] == ["SYR"]


def test_help_given_in_another_country_is_that_countrys(pipeline: Pipeline) -> None:
    [aid] = [e for e in _events(pipeline, "Germany gave 50 million euros to promote private investment in Ethiopia.")
             if e.type == "AID"]
    assert [p.country for p in aid.recipients] == ["ETH"]


def test_a_scene_in_the_doers_own_country_names_no_target(pipeline: Pipeline) -> None:
    [aid] = [e for e in _events(pipeline, "Germany gave 50 million euros to promote private investment in Bavaria.")
             if e.type == "AID"]
    assert aid.recipients == []


def test_a_scene_in_a_clause_of_its_own_is_not_the_acts(pipeline: Pipeline) -> None:
    [aid] = [e for e in _events(pipeline, "Germany gave 50 million euros to a fund that builds schools in Ethiopia.")
             if e.type == "AID"]
    assert "ETH" not in {p.country for p in aid.recipients}


def test_victims_placed_only_by_default_are_of_the_country_the_harm_was_done_in(pipeline: Pipeline) -> None:
    [strike] = [e for e in _events(pipeline, "Russia's strikes on Kyiv killed 12 people.") if e.type == "ASSAULT"]
    assert ([p.country for p in strike.actors], [p.country for p in strike.recipients]) == (["RUS"], ["UKR"])
    # victims whose words place them keep their country
    [own] = [e for e in _events(pipeline, "Russia's strikes on Kyiv killed 12 Russian soldiers.") if e.type == "ASSAULT"]
    assert [p.country for p in own.recipients] == ["RUS"]
    # a scene in the doer's own country moves nobody
    [home] = [e for e in _events(pipeline, "Syrian troops killed 12 people in Aleppo.") if e.type == "ASSAULT"]
    assert [p.country for p in home.recipients] == ["SYR"]
    # nor does one next to a doer placed by default too (here the scene itself is a
    # same-named town abroad)
    text = ("SYDNEY, Dec 13 (AFP) - Australia tightened its gun laws in 1996.\n\n"
            "The initiative was launched within days of a massacre of 35 people in Port Arthur, Tasmania, by a gunman.")
    [massacre] = [e for e in _events(pipeline, text) if e.type == "ASSAULT"]
    assert [p.country for p in massacre.actors] == [p.country for p in massacre.recipients]


def test_the_capital_named_by_a_countrys_adjective_is_the_scene(pipeline: Pipeline) -> None:
    [strike] = [e for e in _events(pipeline, "US troops killed 20 people in the Iraqi capital.") if e.type == "ASSAULT"]
    assert [p.country for p in strike.recipients] == ["IRQ"]
    assert (strike.location.name, strike.location.country) == ("Baghdad", "IRQ")


def test_a_weapon_hitting_a_place_is_an_attack_on_it(pipeline: Pipeline) -> None:
    [strike] = _events(pipeline, "Russian missiles hit Kyiv.")
    assert (strike.type, [p.country for p in strike.actors], [p.country for p in strike.recipients]) == ("ASSAULT", ["RUS"], ["UKR"])
    assert _events(pipeline, "The crisis hit Russia hard.") == []
