"""Size limits of the ingest stage: an input past one is rejected, never truncated."""

from __future__ import annotations

# A single file read whole (text, JSON, HTML). JSONL is streamed line by line, so a
# bulk JSONL file may be larger; each of its lines is held to this limit instead.
MAX_FILE_BYTES = 20 * 1024 * 1024

# The text of one article after normalisation. Real news reports are a few
# thousand characters; two million means a mis-split dump, not an article.
MAX_ARTICLE_TEXT_CHARS = 2_000_000


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
