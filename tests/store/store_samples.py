"""Hand-built article results for the store tests: three tiny articles.

A plain module (not conftest) so tests and subprocess scripts can import it by a unique name.
"""

from __future__ import annotations

from eventwire.models import (
    Article,
    ArticleResult,
    Event,
    Location,
    Participant,
    Place,
    Quote,
    TextSpan,
    Timex,
)

LAVROV = Participant("Sergei Lavrov", "RUS", "GOV", "Q1", "Sergei Lavrov", 10, 23)
ARMENIA = Participant("Armenia", "ARM", "GOV", "", "Armenia", 40, 47)
AZERBAIJAN = Participant("Azerbaijan", "AZE", "GOV", "", "Azerbaijan", 52, 62)


def karabakh() -> ArticleResult:
    text = "Russian FM Sergei Lavrov said on Monday Armenia and Azerbaijan must talk."
    return ArticleResult(
        article=Article(
            doc_id="karabakh-1",
            text=text,
            headline="Lavrov on Karabakh",
            dateline="15:11, 18 January 2021",
            published="2021-01-18",
            source="TASS",
            extras={"view_count": 25, "photo_credit": "AP"},
            origin="karabakh-1.json",
        ),
        events=[
            Event(
                id="karabakh-1#e1",
                type="REJECT",
                cameo="120",
                quad=3,
                score=-4.0,
                actors=[LAVROV],
                date="2021-01-18",
                date_precision="day",
                date_source="timex",
                evidence=TextSpan("said on Monday", 24, 38),
                confidence=0.8,
                why="rule:reject-verb",
            ),
            Event(
                id="karabakh-1#e2",
                type="CONSULT",
                mode="visit",
                contexts=["territory", "diplomacy"],
                quad=1,
                score=1.0,
                actors=[LAVROV],
                recipients=[ARMENIA, AZERBAIJAN],
                date="2021-02",
                date_precision="month",
                status="future",
                location=Location("Yerevan", "ARM", 40.18, 44.51, "city"),
                evidence=TextSpan("must talk", 63, 72),
                mentions=[TextSpan("talk", 68, 72)],
                quote_id="karabakh-1#q1",
            ),
        ],
        quotes=[
            Quote(
                id="karabakh-1#q1",
                speaker="Sergei Lavrov",
                speaker_country="RUS",
                speaker_sector="GOV",
                speaker_mention="Russian FM Sergei Lavrov",
                cue="said",
                kind="indirect",
                content=TextSpan("Armenia and Azerbaijan must talk", 40, 72),
                relay="TASS",
                event_ids=["karabakh-1#e2"],
            )
        ],
        timexes=[Timex("Monday", 32, 38, "2021-01-18", "day")],
        places=[
            Place("Armenia", 40, 47, "Armenia", "ARM", "country"),
            Place("Azerbaijan", 52, 62, "Azerbaijan", "AZE", "country", 40.5, 47.5, 587116),
        ],
    )


def mindanao() -> ArticleResult:
    text = "Philippine government and MILF talks ended Thursday in Cotabato. Troops did not attack."
    government = Participant("Philippine government", "PHL", "GOV", mention="Philippine government", start=0, end=21)
    milf = Participant("Moro Islamic Liberation Front", "PHL", "REB", mention="MILF", start=26, end=30)
    return ArticleResult(
        article=Article(doc_id="mindanao-1", text=text, headline="Truce talks stall", published="1997-04-25T08:00:00"),
        events=[
            Event(
                id="mindanao-1#e1",
                type="CONSULT",
                actors=[government, milf],
                date="1997-04-24",
                date_precision="day",
                location=Location("Cotabato", "PHL", 7.22, 124.25, "city"),
                evidence=TextSpan("talks ended Thursday", 31, 51),
            ),
            Event(
                id="mindanao-1#e2",
                type="ASSAULT",
                actors=[Participant("Troops", "PHL", "MIL")],
                recipients=[milf],
                date="1997",
                date_precision="year",
                status="negated",
                evidence=TextSpan("Troops did not attack", 65, 86),
            ),
        ],
        quotes=[Quote(id="mindanao-1#q1", speaker="Ghazali Jaafar", speaker_country="PHL", speaker_sector="REB",
                      kind="direct", content=TextSpan("We failed", 0, 9))],
    )


def bare() -> ArticleResult:
    """An article in which nothing was found: it is still stored."""
    return ArticleResult(article=Article(doc_id="bare-1", text="Nothing happened.", published="2020-05-01"))
