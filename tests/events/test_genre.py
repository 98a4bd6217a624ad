"""Sports reports tell no events, on hand-written reports."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.events.genre import is_sports_report
from eventwire.models import Event
from eventwire.nlp.analysis import load_analysis_pipeline

CRICKET = (
    "Kamran Akmal smashed his second successive century to help Pakistan hand England a crushing defeat. "
    "Akmal struck 12 boundaries as England conceded their highest-ever total in a one-day international. "
    "Pakistan lead the series 2-1 after the third match in Lahore. "
    "Inzamam smacked four boundaries and a six, and the England bowlers could not stop the wickets tumbling."
)
POLITICS = (
    "Pakistan accused India of shelling villages in Kashmir on Monday. "
    "The two countries have fought three wars since 1947. "
    "Cricket ties were suspended after the Mumbai attacks, officials said."
)


def test_a_game_is_sport_and_a_war_with_a_word_of_cricket_is_not() -> None:
    nlp = load_analysis_pipeline()
    assert is_sports_report(nlp(CRICKET))
    assert not is_sports_report(nlp(POLITICS))
    # one sentence: two different terms of sport are needed
    assert not is_sports_report(nlp("Iran threatened to boycott the World Cup."))
    assert is_sports_report(nlp("Brazil beat Uruguay in the World Cup semi-final."))


def test_a_sports_report_codes_no_events(events_of: Callable[[str], list[Event]]) -> None:
    assert events_of(CRICKET) == []
    assert any(e.type == "ACCUSE" for e in events_of(POLITICS))




def test_scorelines_tell_a_game_and_a_split_vote_does_not() -> None:
    nlp = load_analysis_pipeline()
    results = ("United moved to the top on Saturday after they beat Portsmouth 3-0 at home. "
               "Chelsea can pull level on Sunday. Liverpool chalked up a fourth straight win over Reading. "
               "Watford secured a 2-0 home win over Middlesbrough. Ferguson celebrates two decades in charge on Monday.")
    assert is_sports_report(nlp(results))
    court = ("The Supreme Court ruled 5-4 that the detainees could challenge their detention. "
             "The Senate voted 52-48 to confirm the nominee. Democrats protested the ruling.")
    assert not is_sports_report(nlp(court))





def test_a_captains_words_after_a_series_defeat_are_sport() -> None:
    nlp = load_analysis_pipeline()
    text = ("The captain said his side would fight back in the last two Test matches of the Ashes series. "
            "He said the squad was hurting after the 180-run loss in Brisbane. "
            "He urged the fans to stand by the team and rejected calls for changes. "
            "In the first innings we bowled them out for 210, he said, but could not keep up the pressure. "
            "He said he wanted to keep the captaincy.")
    assert is_sports_report(nlp(text))
    # a court's or a vote's numbers are no score
    assert not is_sports_report(nlp("The court ruled 5-4 against the government, and parliament rejected the bill by 12 votes."))


def test_a_football_match_report_told_in_play_is_sport() -> None:
    report = ("Henry led Arsenal to a win over Blackburn on Saturday. Rovers reacted strongly with Bellamy a constant threat. "
              "Henry made it 2-0 just before half-time. Bellamy and Thompson went close with headers as Rovers refused to give up. "
              "Substitute Van Persie produced a sweet shot into the far top corner to settle matters.")
    assert is_sports_report(load_analysis_pipeline()(report))


def test_a_tennis_and_a_skating_report_are_sport() -> None:
    nlp = load_analysis_pipeline()
    tennis = ("Pierce beat top-ranked American Lindsay Davenport 7-6 (5), 7-6 (6) on Saturday. "
              "Davenport used her big serve to get to 6-5 before Pierce won the first tiebreaker. "
              "She had 24 unforced errors. The two players will meet again next year.")
    skating = ("Asada won the NHK Trophy on Saturday, beating Slutskaya. She landed a triple axel in her free skating. "
               "Suguri, the world silver medallist, was second. The skaters travel to Russia next.")
    assert is_sports_report(nlp(tennis)) and is_sports_report(nlp(skating))
    assert not is_sports_report(nlp("The first set of sanctions was approved 5-4 by the court. The EU then imposed a second set."))


@pytest.mark.parametrize(
    "text",
    [
        # a football result, and a match report without the word sport
        "Claus Jensen's deflected second-half strike awarded Fulham a 1-0 victory over visiting Everton in the English Premiership.",
        ("Shinobu Ono scored the only goal to give Japan a 1-0 win over Australia in a warm-up match. "
         "The decisive goal came in the 51st minute when Ono fired in with a right-footed shot. "
         "Japan showed tight defence to fend off the Australian attacks."),
        # a baseball signing
        ("The New York Yankees signed Japanese pitcher Kei Igawa to a five-year deal. "
         "The left-hander threw three complete games last season. "
         "He joins the Yankees after a record bid by the club for the right to negotiate with him. "
         "Igawa is the third Japanese pitcher to sign with a major league club this winter."),
        # badminton, swimming and athletics
        "World No. 1 Lin Dan was ousted from the men's singles at the China Open badminton on Friday.",
        ("China-Japan clashes will dominate the eight finals on Tuesday. "
         "\"I have beaten him before,\" said Zhang, who will also face his rival in the 1,500m freestyle. "
         "Japan's top swimmer also won the 200m backstroke, while Liu Xiang ran the 110m hurdles."),
        # seeded pairs and their scores
        ("The winning duo will next meet England's fifth-seeded Robertson/Emms, who beat Clark/Kellogg of Denmark. "
         "Second-seeded Lee/Lee of South Korea beat Shirley/Petersen of New Zealand 13-15, 15-4 and 15-4. "
         "The pair said the crowd had helped them. They will fly home on Sunday."),
        # golf
        ("The 16-year-old Ryu shot a six-under-par 67 to finish the 72-hole event at 29-under. "
         "She made seven birdies and one bogey on Sunday. Japan's Mika Miyazato was second."),
    ],
)
def test_reports_of_games_are_sport(text: str) -> None:
    assert is_sports_report(load_analysis_pipeline()(text))


def test_shots_and_hours_are_no_golf() -> None:
    nlp = load_analysis_pipeline()
    assert not is_sports_report(nlp("Troops shot dead two men near the border. The army said a 72-hour curfew was imposed."))
