"""Hand-built reports for the merging tests: the same raid told by two agencies in
their own words, and near misses that must stay apart."""

from __future__ import annotations

from eventwire.models import Article, ArticleResult, Event, Location, Participant, TextSpan

COTABATO = Location("Cotabato", "PHL", 7.22361, 124.24639, "point", 1716771, "sentence")
MILF = Participant("Moro Islamic Liberation Front", "PHL", "REB", "milf", "Moro Islamic Liberation Front", 0, 29)
ARMY = Participant("Philippine army", "PHL", "MIL", "", "army detachment", 50, 65)


def report(
    doc_id: str,
    source: str,
    sentence: str,
    *,
    date: str = "1997-04-24",
    precision: str = "day",
    kind: str = "ASSAULT",
    actors: list[Participant] | None = None,
    recipients: list[Participant] | None = None,
    location: Location | None = None,
    published: str = "1997-04-24",
    extra: list[Event] | None = None,
) -> ArticleResult:
    """One article with one event stated by ``sentence`` (its whole text)."""
    event = Event(
        id=f"{doc_id}#e1",
        type=kind,
        quad=4 if kind == "ASSAULT" else 1,
        score=-9.0 if kind == "ASSAULT" else 2.5,
        actors=[MILF] if actors is None else actors,
        recipients=[ARMY] if recipients is None else recipients,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        location=COTABATO if location is None else location,
        evidence=TextSpan(sentence, 0, len(sentence)),
        confidence=0.8,
        why="rule:test",
    )
    return ArticleResult(
        article=Article(doc_id=doc_id, text=sentence, headline=sentence[:40], source=source, published=published),
        events=[event, *(extra or [])],
    )


def afp_raid() -> ArticleResult:
    return report(
        "afp-raid", "AFP",
        "Moro Islamic Liberation Front rebels attacked an army detachment near Cotabato on Thursday, "
        "killing three soldiers, the military said.",
    )


def xinhua_raid() -> ArticleResult:
    return report(
        "xin-raid", "Xinhua",
        "Three Philippine soldiers were killed Thursday when MILF guerrillas stormed an army detachment "
        "outside Cotabato, military officials said.",
        published="1997-04-25",
    )
