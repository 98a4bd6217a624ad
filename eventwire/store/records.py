"""ArticleResult <-> table rows: the one mapping between the records and the columns.

No SQL here: the writer turns these rows into Arrow tables, the query layer
turns fetched rows back into records.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

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
from eventwire.store.dates import date_interval
from eventwire.store.sql import Row

TableRows = dict[str, list[Row]]


def result_rows(result: ArticleResult, content_hash: str, pipeline_version: str, ingested_at: datetime) -> TableRows:
    """The rows of every article table for one result."""
    doc_id = result.article.doc_id
    rows: TableRows = {
        "articles": [_article_row(result.article, content_hash, pipeline_version, ingested_at)],
        "events": [],
        "participants": [],
        "quotes": [],
        "timexes": [],
        "places": [],
    }
    for position, event in enumerate(result.events):
        rows["events"].append(_event_row(doc_id, position, event))
        for role, people in (("actor", event.actors), ("recipient", event.recipients)):
            for index, person in enumerate(people):
                rows["participants"].append(_participant_row(doc_id, event.id, role, index, person))
    rows["quotes"] = [_quote_row(doc_id, position, quote) for position, quote in enumerate(result.quotes)]
    rows["timexes"] = [
        {"doc_id": doc_id, "position": position, "text": t.text, "start": t.start, "end": t.end,
         "value": t.value, "precision": t.precision}
        for position, t in enumerate(result.timexes)
    ]
    rows["places"] = [
        {"doc_id": doc_id, "position": position, "text": p.text, "start": p.start, "end": p.end,
         "name": p.name, "country": p.country, "kind": p.kind, "lat": p.lat, "lon": p.lon,
         "geonameid": p.geonameid, "precision": p.precision}
        for position, p in enumerate(result.places)
    ]
    return rows


def _article_row(article: Article, content_hash: str, pipeline_version: str, ingested_at: datetime) -> Row:
    return {
        "doc_id": article.doc_id,
        "headline": article.headline,
        "dateline": article.dateline,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "section": article.section,
        "byline": article.byline,
        "language": article.language,
        "text": article.text,
        # default=str: extras come from scrapers and may hold dates; better text than a failed write
        "extras": json.dumps(article.extras, ensure_ascii=False, default=str),
        "origin": article.origin,
        "content_hash": content_hash,
        "pipeline_version": pipeline_version,
        "ingested_at": ingested_at,
    }


def dyad(actors: Sequence[Participant], recipients: Sequence[Participant]) -> tuple[str, str]:
    """(actor country, recipient country) of an event: its first actor's and first
    recipient's countries. Reciprocal events (talks, joint agreements) list every
    party as an actor and no recipient: the first actor of another country stands
    in as the recipient. "" where nobody is there. Migration v2 mirrors this in SQL."""
    actor = actors[0].country if actors else ""
    if recipients:
        return actor, recipients[0].country
    other = next((person.country for person in actors if person.country != actor), "")
    return actor, other


def _event_row(doc_id: str, position: int, event: Event) -> Row:
    interval = date_interval(event.date)
    actor_country, recipient_country = dyad(event.actors, event.recipients)
    return {
        "id": event.id,
        "doc_id": doc_id,
        "position": position,
        "type": event.type,
        "mode": event.mode,
        "contexts": list(event.contexts),
        "cameo": event.cameo,
        "quad": event.quad,
        "score": event.score,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "date_start": interval[0] if interval else None,
        "date_end": interval[1] if interval else None,
        "status": event.status,
        "location_name": event.location.name,
        "location_country": event.location.country,
        "location_lat": event.location.lat,
        "location_lon": event.location.lon,
        "location_precision": event.location.precision,
        "location_geonameid": event.location.geonameid,
        "location_source": event.location.source,
        "actor_country": actor_country,
        "recipient_country": recipient_country,
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "mentions": json.dumps([_span_dict(m) for m in event.mentions], ensure_ascii=False),
        "confidence": event.confidence,
        "why": event.why,
        "quote_id": event.quote_id,
    }


def _participant_row(doc_id: str, event_id: str, role: str, position: int, person: Participant) -> Row:
    return {
        "event_id": event_id,
        "doc_id": doc_id,
        "role": role,
        "position": position,
        "name": person.name,
        "country": person.country,
        "sector": person.sector,
        "actor_id": person.actor_id,
        "mention": person.mention,
        "start": person.start,
        "end": person.end,
    }


def _quote_row(doc_id: str, position: int, quote: Quote) -> Row:
    return {
        "id": quote.id,
        "doc_id": doc_id,
        "position": position,
        "speaker": quote.speaker,
        "speaker_country": quote.speaker_country,
        "speaker_sector": quote.speaker_sector,
        "speaker_mention": quote.speaker_mention,
        "speaker_actor_id": quote.speaker_actor_id,
        "cue": quote.cue,
        "kind": quote.kind,
        "content_text": quote.content.text,
        "content_start": quote.content.start,
        "content_end": quote.content.end,
        "relay": quote.relay,
        "event_ids": list(quote.event_ids),
    }


def _span_dict(span: TextSpan) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


# ---- rows back to records -------------------------------------------------


def participant_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """A participant as it appears in query rows and in the extract output."""
    return {key: row[key] for key in ("name", "country", "sector", "actor_id", "mention", "start", "end")}


def mention_dicts(mentions_json: str | None) -> list[dict[str, Any]]:
    return list(json.loads(mentions_json)) if mentions_json else []


def article_from_row(row: Mapping[str, Any]) -> Article:
    return Article(
        doc_id=row["doc_id"],
        text=row["text"],
        headline=row["headline"],
        dateline=row["dateline"],
        published=row["published"],
        url=row["url"],
        source=row["source"],
        section=row["section"],
        byline=row["byline"],
        language=row["language"],
        extras=json.loads(row["extras"]) if row["extras"] else {},
        origin=row["origin"],
    )


def event_from_row(row: Mapping[str, Any], participants: Sequence[Mapping[str, Any]]) -> Event:
    """``participants``: this event's participant rows, in any order."""
    ordered = sorted(participants, key=lambda p: (p["role"], p["position"]))
    return Event(
        id=row["id"],
        type=row["type"],
        mode=row["mode"],
        contexts=list(row["contexts"] or []),
        cameo=row["cameo"],
        quad=row["quad"],
        score=row["score"],
        actors=[Participant(**participant_dict(p)) for p in ordered if p["role"] == "actor"],
        recipients=[Participant(**participant_dict(p)) for p in ordered if p["role"] == "recipient"],
        date=row["date"],
        date_precision=row["date_precision"],
        date_source=row["date_source"],
        status=row["status"],
        location=Location(
            name=row["location_name"],
            country=row["location_country"],
            lat=row["location_lat"],
            lon=row["location_lon"],
            precision=row["location_precision"],
            geonameid=row["location_geonameid"],
            source=row["location_source"] or "",
        ),
        evidence=TextSpan(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        mentions=[TextSpan(**m) for m in mention_dicts(row["mentions"])],
        confidence=row["confidence"],
        why=row["why"],
        quote_id=row["quote_id"],
    )


def quote_from_row(row: Mapping[str, Any]) -> Quote:
    return Quote(
        id=row["id"],
        speaker=row["speaker"],
        speaker_country=row["speaker_country"],
        speaker_sector=row["speaker_sector"],
        speaker_mention=row["speaker_mention"],
        speaker_actor_id=row["speaker_actor_id"],
        cue=row["cue"],
        kind=row["kind"],
        content=TextSpan(row["content_text"], row["content_start"], row["content_end"]),
        relay=row["relay"],
        event_ids=list(row["event_ids"] or []),
    )


def timex_from_row(row: Mapping[str, Any]) -> Timex:
    return Timex(row["text"], row["start"], row["end"], row["value"], row["precision"])


def place_from_row(row: Mapping[str, Any]) -> Place:
    return Place(
        text=row["text"],
        start=row["start"],
        end=row["end"],
        name=row["name"],
        country=row["country"],
        kind=row["kind"],
        lat=row["lat"],
        lon=row["lon"],
        geonameid=row["geonameid"],
        precision=row["precision"] or "",
    )
