"""Coding a JSON Lines archive with Ray Data, one pipeline per actor.

The driver cuts each file into byte ranges that end at line breaks (counting lines on
the way, so every record keeps the ``file:line`` name the local engine gives it);
actors, each holding one loaded pipeline, read a range at a time and code its records
in batches (no separate reading tasks: on a small machine they would wait for CPUs
the actors hold), and the results are written as Parquet parts (``doc_id``, the result as
JSON, or the rejected input and its reason). The parts are then loaded into the store
by this process, the store's only writer, exactly as a local ingest writes them.

Workers must be able to read the archive's path (a shared file system on a cluster)
and have eventwire installed; see docs/performance.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.identity import content_hash
from eventwire.models import Article, ArticleResult, Rejected

CHUNK_BYTES = 512 * 1024  # about 150 wire reports: enough to batch, small enough to spread
_COLUMNS = ("kind", "doc_id", "source", "reason", "content_hash", "result")


def line_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> list[dict[str, Any]]:
    """Byte ranges of ``path`` that start and end at line breaks, with the number of
    the first line in each."""
    chunks: list[dict[str, Any]] = []
    size = path.stat().st_size
    start, line = 0, 1
    with path.open("rb") as handle:
        while start < size:
            handle.seek(min(start + chunk_bytes, size))
            handle.readline()  # run on to the end of the line the cut fell in
            end = min(handle.tell(), size)
            handle.seek(start)
            lines = handle.read(end - start).count(b"\n")
            chunks.append({"path": str(path), "start": start, "end": end, "first_line": line})
            start, line = end, line + lines
    return chunks


def read_chunk(chunk: dict[str, Any]) -> list[dict[str, Any]]:
    """The lines of one byte range, as rows: where each came from and its bytes."""
    with open(chunk["path"], "rb") as handle:
        handle.seek(chunk["start"])
        data = handle.read(chunk["end"] - chunk["start"])
    lines = data.splitlines(keepends=True)
    return [{"path": chunk["path"], "line": chunk["first_line"] + i, "data": raw} for i, raw in enumerate(lines)]


class RecordCoder:
    """A Ray actor: one pipeline, loaded once, coding batches of JSON Lines rows."""

    def __init__(self) -> None:
        from eventwire.pipeline import default_pipeline

        self.pipeline = default_pipeline()

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        rows: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
        for path, start, end, first_line in zip(batch["path"], batch["start"], batch["end"], batch["first_line"],
                                                strict=True):
            chunk = {"path": str(path), "start": int(start), "end": int(end), "first_line": int(first_line)}
            for outcome in self.pipeline.process_many(_records(chunk)):
                _add_row(rows, outcome)
        return rows


def _records(chunk: dict[str, Any]) -> Iterator[Article | Rejected]:
    from eventwire.ingest.sources import json_lines_from_bytes

    for row in read_chunk(chunk):
        yield from json_lines_from_bytes([row["data"]], row["path"], first_line=row["line"], whole_file=False)


def _add_row(rows: dict[str, list[Any]], outcome: ArticleResult | Rejected) -> None:
    if isinstance(outcome, Rejected):
        values = {"kind": "rejected", "doc_id": "", "source": outcome.source, "reason": outcome.reason,
                  "content_hash": "", "result": ""}
    else:
        values = {"kind": "article", "doc_id": outcome.article.doc_id, "source": outcome.article.origin, "reason": "",
                  "content_hash": content_hash(outcome.article), "result": json.dumps(outcome.to_dict())}
    for name in _COLUMNS:
        rows[name].append(values[name])


def code_archive(paths: Sequence[Path], out_dir: Path, address: str | None = None, workers: int = 2,
                 chunk_bytes: int = CHUNK_BYTES) -> Path:
    """Code every record of the JSON Lines files on Ray; the results go to Parquet parts
    under ``out_dir``, which is returned."""
    import ray
    import ray.data

    for path in paths:
        if not path.is_file() or not path.name.endswith((".jsonl", ".ndjson")):
            raise InputError(str(path), "the Ray engine reads JSON Lines files (.jsonl, .ndjson). "
                                        "Fix: convert the archive, or ingest it with the local engine.")
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, num_cpus=None if address else workers, include_dashboard=False,
                 log_to_driver=False, ignore_reinit_error=True)
    try:
        chunks = [chunk for path in paths for chunk in line_chunks(path, chunk_bytes)]
        dataset = ray.data.from_items(chunks, override_num_blocks=len(chunks)).map_batches(
            RecordCoder, batch_size=1, compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
            batch_format="numpy")
        dataset.write_parquet(str(out_dir))
    finally:
        if started_here:
            ray.shutdown()
    return out_dir


def coded_outcomes(out_dir: Path) -> Iterator[tuple[ArticleResult | Rejected, str]]:
    """The outcomes written by ``code_archive``, in archive order, each with its content hash."""
    import pyarrow.parquet as pq

    table = pq.read_table(out_dir)
    rows = sorted(table.to_pylist(), key=_archive_order)
    for row in rows:
        if row["kind"] == "rejected":
            yield Rejected(row["source"], row["reason"]), ""
        else:
            yield ArticleResult.from_dict(json.loads(row["result"])), row["content_hash"]


def _archive_order(row: dict[str, Any]) -> tuple[str, int]:
    path, _, line = str(row["source"]).rpartition(":")
    return (path, int(line)) if line.isdigit() else (str(row["source"]), 0)
