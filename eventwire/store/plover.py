"""Export rows as PLOVER JSON records (the field names of the PLOVER 2.0 manual's
"PLOVER JSON" tables), with eventwire's own fields under ``eventwire``.

The manual allows providers to add named fields; everything PLOVER has a name
for uses that name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.settings import PIPELINE_VERSION

CODER = f"eventwire {PIPELINE_VERSION}"
CODEBOOK = "PLOVER 2.0"
# PLOVER's location "resolution": 5 sub-city, 4 city, 3 district, 2 province, 1 country.
RESOLUTION = {"point": 4, "admin1": 2, "region": 2, "country": 1}


def plover_record(row: Mapping[str, Any], table: str) -> dict[str, Any]:
    """One ``events`` or ``mentions`` export row as a PLOVER record."""
    record: dict[str, Any] = {
        "id": row["event_id"] if table == "events" else row["mention_id"],
        "date": row["date_start"],
    }
    if row["date_end"] and row["date_end"] != row["date_start"]:
        record["enddate"] = row["date_end"]  # a month or week: PLOVER dates are whole days
    record |= {
        "actor": [_entity(person) for person in row["actors"] or []],
        "recipient": [_entity(person) for person in row["recipients"] or []],
        "event": [row["type"]],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": list(row["contexts"] or []),
        "quad_code": row["quad"],
        "event_scale": row["score"],
        "event_loc": _location(row),
        "event_text": [row["evidence"]] if row["evidence"] else [],
        "text_info": {"start": row["evidence_start"], "end": row["evidence_end"]},
        "coder": CODER,
        "codebook": CODEBOOK,
    }
    if table == "mentions":
        record["link"] = row["event_id"]  # the merged event: PLOVER's common reference for related records
        record["cite_info"] = {"citation": row["doc_id"], "title": row["headline"], "publication": row["publisher"]}
        record["comment"] = row["why"]
        record["eventwire"] = _extras(row, ("status", "confidence", "date", "date_precision", "date_source",
                                            "doc_id", "published", "quote_id", "spans"))
    else:
        record["cite_info"] = {"citation": row["evidence_doc_id"]}
        record["eventwire"] = _extras(row, ("status", "confidence", "date", "date_precision", "reports", "articles",
                                            "sources", "source_names", "doc_ids", "first_reported",
                                            "last_reported", "representative_id", "merge_reasons"))
    return record


def _entity(person: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "code": person["country"],
        "sector": person["sector"],
        "entity_text": person["mention"] or person["name"],
        "identifier_id": person["actor_id"],
        "identifier_text": person["name"],
    }


def _location(row: Mapping[str, Any]) -> dict[str, Any] | None:
    if not (row["location_name"] or row["location_country"] or row["latitude"] is not None):
        return None
    return {
        "resolved_place": row["location_name"],
        "geonameid": row["geonameid"],
        "lat": row["latitude"],
        "lon": row["longitude"],
        "country_code": row["location_country"],
        "resolution": RESOLUTION.get(row["location_precision"] or ""),
    }


def _extras(row: Mapping[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    return {key: row[key] for key in keys}
