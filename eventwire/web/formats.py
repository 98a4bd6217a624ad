"""Event rows as CSV and GeoJSON, for ``/api/events?format=...``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.store.export import participant_summary, render_rows
from eventwire.store.queries import Row

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
GEOJSON_MEDIA_TYPE = "application/geo+json"


def events_csv(rows: list[Row]) -> str:
    """One line per event, participants and mentions flattened as in ``eventwire events --format csv``."""
    return render_rows(rows, "csv") or ""


def events_geojson(rows: Sequence[Row]) -> dict[str, Any]:
    """A FeatureCollection of the events that have coordinates; ``skipped`` counts the others."""
    features = []
    for row in rows:
        lat, lon = row["location_lat"], row["location_lon"]
        if lat is None or lon is None:
            continue
        features.append({
            "type": "Feature",
            "id": row["id"],
            # GeoJSON orders positions longitude first (RFC 7946)
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "id": row["id"],
                "doc_id": row["doc_id"],
                "type": row["type"],
                "quad": row["quad"],
                "date": row["date"],
                "status": row["status"],
                "actors": "; ".join(participant_summary(p) for p in row["actors"]),
                "recipients": "; ".join(participant_summary(p) for p in row["recipients"]),
                "location_name": row["location_name"],
                "location_country": row["location_country"],
                "location_precision": row["location_precision"],
                "evidence": row["evidence"],
            },
        })
    return {"type": "FeatureCollection", "features": features, "skipped": len(rows) - len(features)}
