"""The Ray engine gives exactly the records the local engine gives (a local Ray, two CPU workers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.models import Article
from eventwire.runner import ingest, ingest_with_ray
from eventwire.scale.ray_engine import line_chunks, read_chunk
from eventwire.store import queries
from eventwire.store.store import Store

ray = pytest.importorskip("ray")


def _archive(tmp_path: Path) -> Path:
    articles = [item for item in read_inputs(["samples"]) if isinstance(item, Article)][:4]
    lines = [json.dumps({"doc_id": a.doc_id, "headline": a.headline, "published": a.published, "text": a.text})
             for a in articles]
    lines.insert(2, "{not json")
    lines.insert(3, "")
    path = tmp_path / "archive.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _stored(db: Path) -> tuple[dict[str, dict], list[tuple[str, str]]]:
    with Store(db, read_only=True) as store:
        con = store.connection
        doc_ids = [row["doc_id"] for row in queries.articles(con)]
        results = {doc_id: queries.article_result(con, doc_id).to_dict() for doc_id in doc_ids}  # type: ignore[union-attr]
        rejected = sorted((row["source"], row["reason"]) for row in queries.rejected(con))
    return results, rejected


def test_byte_ranges_cover_every_line_once_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b"".join(f'{{"n": {i}}}\n'.encode() for i in range(1, 501)))
    rows = [row for chunk in line_chunks(path, chunk_bytes=700) for row in read_chunk(chunk)]
    assert [row["line"] for row in rows] == list(range(1, 501))
    assert all(json.loads(row["data"])["n"] == row["line"] for row in rows)


def test_ray_and_local_engines_store_the_same_records(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    local_counts = ingest([str(archive)], str(tmp_path / "local.duckdb"))
    # small byte ranges so that both workers get records
    ray_counts = ingest_with_ray([str(archive)], str(tmp_path / "ray.duckdb"), workers=2, chunk_bytes=4096)
    assert ray_counts == local_counts and local_counts["inserted"] == 4 and local_counts["rejected"] == 1
    local, local_rejected = _stored(tmp_path / "local.duckdb")
    on_ray, ray_rejected = _stored(tmp_path / "ray.duckdb")
    assert on_ray == local and ray_rejected == local_rejected
    assert any(result["events"] for result in local.values())
