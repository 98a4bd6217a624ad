"""Hand-built incidents and stored articles for the monitor tests."""

from __future__ import annotations

from datetime import date

from eventwire.models import (
    Article,
    ArticleResult,
    Event,
    Location,
    Participant,
    TextSpan,
)
from eventwire.monitor.areas import Spot
from eventwire.monitor.incidents import Incident, Party, Report

# Stand-ins with real coordinates, so area tests measure true distances.
SHUSHA = Spot("Shusha", "AZE", 39.76, 46.75, "point")
KARABAKH = Spot("Nagorno-Karabakh", "AZE", 39.85, 46.75, "region")
MOSCOW = Spot("Moscow", "RUS", 55.75, 37.62, "point")
YEREVAN = Spot("Yerevan", "ARM", 40.18, 44.51, "point")


def incident(
    id: str, type: str, day: str, actors: list[str], recipients: list[str] = [],  # noqa: B006 - never mutated
    spot: Spot = KARABAKH, mode: str = "", names: list[str] | None = None, sector: str = "", evidence: str = "",
) -> Incident:
    """An incident whose parties are named after their countries unless ``names`` says otherwise."""
    labels = names or [f"{c} forces" for c in actors + recipients]
    parties = [Party(label, country, sector) for label, country in zip(labels, actors + recipients)]
    return Incident(
        id=id, type=type, mode=mode, date=day, day=date.fromisoformat(day), period=(date.fromisoformat(day),) * 2,
        actors=tuple(parties[: len(actors)]), recipients=tuple(parties[len(actors):]), spot=spot,
        reports=(Report(event_id=f"{id}#e1", doc_id=f"doc-{id}", evidence=evidence or f"Evidence of {id}.", headline=f"Report {id}"),),
    )


def stored_result(doc_id: str, published: str, events: list[tuple[str, str, str, str, Spot]]) -> ArticleResult:
    """An article with events (type, date, actor country, recipient country, place), as the store keeps them."""
    sentences = [f"Sentence {n} about {doc_id}." for n in range(len(events) + 1)]
    for n, (type_name, *_rest) in enumerate(events, start=1):
        if type_name == "AGREE":  # the monitor takes an agreement for a ceasefire only when it says so
            sentences[n] = f"Sentence {n}: the parties agreed to a ceasefire."
    text = " ".join(sentences)
    coded = []
    for n, (type_name, day, actor, recipient, spot) in enumerate(events, start=1):
        coded.append(Event(
            id=f"{doc_id}#e{n}", type=type_name, quad=4, date=day, date_precision="day", date_source="timex",
            actors=[Participant(f"{actor} army", actor)], recipients=[Participant(f"{recipient} army", recipient)] if recipient else [],
            location=Location(spot.name, spot.country, spot.lat, spot.lon, spot.precision, None, "parse"),
            evidence=TextSpan(sentences[n], 0, 10), confidence=0.9,
        ))
    article = Article(doc_id=doc_id, text=text, headline=f"Headline of {doc_id}", published=published, url=f"https://news.example/{doc_id}")
    return ArticleResult(article=article, events=coded)
