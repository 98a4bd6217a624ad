"""Cross-article merging, the store's side: event mentions out of the tables,
merged events and their links back in, all in one transaction.

The merge tables are always recomputed from the mentions (the ``events``
table), so changing a setting and merging again never loses anything.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from eventwire.dedupe import Linking, Mention, MergeSettings, link_mentions
from eventwire.store.schema import MERGE_TABLES, arrow_schema
from eventwire.store.sql import Row, fetch_rows

ID_PREFIX = "ev-"
_PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}
_PLACE_RANK = {"point": 4, "admin1": 3, "region": 2, "country": 1}

_MENTIONS_SQL = """
WITH firsts AS (
    SELECT doc_id, min(seq) AS first_seq FROM changes WHERE kind <> 'deleted' GROUP BY doc_id
), people AS (
    SELECT event_id,
           list(DISTINCT country) FILTER (WHERE country NOT IN ('', 'UNK')) AS countries,
           list(DISTINCT actor_id) FILTER (WHERE actor_id <> '') AS actor_ids,
           count(*) FILTER (WHERE country NOT IN ('', 'UNK')) AS known
    FROM participants GROUP BY event_id
)
SELECT e.id, e.doc_id, e.position, e.type, e.mode, e.contexts, e.cameo, e.quad, e.score, e.status,
       e.date, e.date_precision, e.date_start, e.date_end, e.actor_country, e.recipient_country,
       e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_precision,
       e.location_geonameid, e.evidence_text, e.evidence_start, e.evidence_end, e.mentions, e.confidence,
       ew_publisher(a.source, a.dateline, a.url) AS publisher, a.published,
       coalesce(f.first_seq, 0) AS first_seq,
       coalesce(p.countries, []) AS countries, coalesce(p.actor_ids, []) AS actor_ids,
       coalesce(p.known, 0) AS known
FROM events e
JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN firsts f ON f.doc_id = e.doc_id
LEFT JOIN people p ON p.event_id = e.id
ORDER BY e.id
"""


@dataclass(frozen=True, slots=True)
class MergeReport:
    mentions: int
    merged_events: int
    links: int
    compared: int
    seconds: float
    settings: MergeSettings

    def as_dict(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions,
            "merged_events": self.merged_events,
            "links": self.links,
            "compared": self.compared,
            "seconds": round(self.seconds, 3),
            "settings": self.settings.as_dict(),
        }


def merged_id(anchor_id: str) -> str:
    """A merged event's id: stable while its first-stored report stays in it, and URL-safe."""
    return ID_PREFIX + hashlib.sha1(anchor_id.encode("utf-8")).hexdigest()[:16]


def recompute(con: duckdb.DuckDBPyConnection, settings: MergeSettings) -> MergeReport:
    """Rebuild the merge tables from every stored mention. The caller owns the transaction."""
    import pyarrow as pa  # as in Store._insert: only writers load Arrow

    started = time.perf_counter()
    rows = fetch_rows(con, _MENTIONS_SQL)
    mentions = [_mention(row) for row in rows]
    linking = link_mentions(mentions, settings)
    tables = merge_rows(rows, mentions, linking)
    for table in MERGE_TABLES:
        con.execute(f"DELETE FROM {table}")
        if tables[table]:
            batch = pa.Table.from_pylist(tables[table], schema=arrow_schema(con, table))
            con.from_arrow(batch).insert_into(table)
    return MergeReport(
        mentions=len(mentions),
        merged_events=len(tables["merged_events"]),
        links=len(tables["merge_links"]),
        compared=linking.compared,
        seconds=time.perf_counter() - started,
        settings=settings,
    )


def merge_rows(rows: Sequence[Row], mentions: Sequence[Mention], linking: Linking) -> dict[str, list[Row]]:
    """The rows of the three merge tables for one linking of ``rows`` (same order as ``mentions``)."""
    owner: dict[int, str] = {}
    events: list[Row] = []
    members: list[Row] = []
    reasons: dict[int, list[str]] = {}
    for link in linking.links:
        if link.joined:
            reasons.setdefault(link.a, []).append(link.comparison.reason)
    for cluster in linking.clusters:
        anchor = min(cluster, key=lambda index: mentions[index].order)
        identifier = merged_id(mentions[anchor].id)
        for index in cluster:
            owner[index] = identifier
            members.append({"event_id": rows[index]["id"], "merged_id": identifier, "doc_id": rows[index]["doc_id"]})
        cluster_reasons = [reason for index in cluster for reason in reasons.get(index, [])]
        events.append(_merged_event(identifier, [rows[index] for index in cluster], rows[anchor], cluster_reasons))
    links = [
        {
            "event_a": rows[link.a]["id"],
            "event_b": rows[link.b]["id"],
            "merged_id": owner[link.a] if owner[link.a] == owner[link.b] else None,
            "joined": link.joined,
            "similarity": round(link.comparison.similarity, 4),
            "km": None if link.comparison.km is None else round(link.comparison.km, 1),
            "day_gap": link.comparison.day_gap,
            "parties_agree": link.comparison.parties_agree,
            "score": round(link.comparison.score, 4),
            "reason": link.comparison.reason,
        }
        for link in linking.links
    ]
    return {"merged_events": events, "merged_members": members, "merge_links": links}


def _merged_event(identifier: str, members: Sequence[Row], anchor: Row, reasons: list[str]) -> Row:
    best = min(members, key=_rank)
    placed = min(members, key=lambda row: (-_PLACE_RANK.get(row["location_precision"] or "", 0), _rank(row)))
    publishers = Counter((row["publisher"] or "").strip() for row in members)
    published = sorted(row["published"] for row in members if row["published"])
    return {
        "id": identifier,
        "anchor_id": anchor["id"],
        "representative_id": best["id"],
        **{key: best[key] for key in ("type", "mode", "cameo", "quad", "score", "status", "date",
                                      "date_precision", "date_start", "date_end", "actor_country",
                                      "recipient_country")},
        "contexts": list(best["contexts"] or []),
        "countries": sorted({country for row in members for country in row["countries"]}),
        **{key: placed[key] for key in ("location_name", "location_country", "location_lat", "location_lon",
                                        "location_precision", "location_geonameid")},
        "evidence_text": best["evidence_text"],
        "evidence_doc_id": best["doc_id"],
        "evidence_start": best["evidence_start"],
        "evidence_end": best["evidence_end"],
        "mentions": len(members),
        "articles": len({row["doc_id"] for row in members}),
        # Agencies differ in case from one dateline to the next ("Xinhua", "xinhua");
        # an unknown publisher counts as one source.
        "sources": len({name.lower() for name in publishers}),
        "source_names": sorted(name for name in publishers if name),
        "doc_ids": [row["doc_id"] for row in sorted(members, key=lambda row: (row["first_seq"], row["position"]))],
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
        "confidence": max(row["confidence"] or 0.0 for row in members),
        "reasons": reasons,
    }


def _rank(row: Row) -> tuple[int, int, float, str]:
    """Lowest first: the report that states the happening best has the most precise
    date, then the most known parties, then the highest confidence; the id breaks ties."""
    return (-_PRECISION_RANK.get(row["date_precision"] or "", 0), -int(row["known"]), -(row["confidence"] or 0.0),
            row["id"])


def _mention(row: Row) -> Mention:
    spans = json.loads(row["mentions"]) if row["mentions"] else []
    text = " ".join([row["evidence_text"] or "", *(span.get("text", "") for span in spans)])
    return Mention(
        id=row["id"],
        doc_id=row["doc_id"],
        order=(int(row["first_seq"]), int(row["position"])),
        publisher=row["publisher"] or "",
        type=row["type"] or "",
        status=row["status"] or "",
        date_start=row["date_start"],
        date_end=row["date_end"],
        date_precision=row["date_precision"] or "",
        countries=frozenset(row["countries"]),
        actor_ids=frozenset(row["actor_ids"]),
        location_country=row["location_country"] or "",
        lat=row["location_lat"],
        lon=row["location_lon"],
        location_precision=row["location_precision"] or "",
        text=text,
    )
