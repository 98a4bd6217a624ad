"""The ingest stage: whatever a user points eventwire at becomes Articles.

Files (.txt raw scraped text, .json/.jsonl records, .html pages, any of them
gzipped), folders and standard input are read into ``eventwire.models.Article``
records; anything that cannot be one becomes a ``Rejected`` whose reason says
what is wrong and how to fix it. Nothing here raises for bad content.
"""

from __future__ import annotations

from eventwire.ingest.dates import normalise_published
from eventwire.ingest.html import parse_html
from eventwire.ingest.identity import content_hash, derive_doc_id
from eventwire.ingest.language import guess_language
from eventwire.ingest.limits import MAX_ARTICLE_TEXT_CHARS, MAX_FILE_BYTES
from eventwire.ingest.rawtext import parse_text
from eventwire.ingest.records import parse_record, read_json, read_json_lines
from eventwire.ingest.sources import read_file, read_inputs, read_stream, walk_folder

__all__ = [
    "MAX_ARTICLE_TEXT_CHARS",
    "MAX_FILE_BYTES",
    "content_hash",
    "derive_doc_id",
    "guess_language",
    "normalise_published",
    "parse_html",
    "parse_record",
    "parse_text",
    "read_file",
    "read_inputs",
    "read_json",
    "read_json_lines",
    "read_stream",
    "walk_folder",
]
