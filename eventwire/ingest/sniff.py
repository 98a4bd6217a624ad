"""Which reader an input needs: by file name first, by content when the name says nothing."""

from __future__ import annotations

import enum
import re


class Format(enum.Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    HTML = "html"
    FEED = "feed"  # RSS/Atom


_BY_SUFFIX = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".json": Format.JSON,
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".rss": Format.FEED,
    ".atom": Format.FEED,
    ".xml": Format.FEED,
}
COMPRESSED_SUFFIX = ".gz"
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HTML_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HEAD_CHARS = 4096


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


def strip_compression(name: str) -> tuple[str, bool]:
    """The name without a trailing .gz, and whether there was one."""
    if name.lower().endswith(COMPRESSED_SUFFIX):
        return name[: -len(COMPRESSED_SUFFIX)], True
    return name, False


def format_from_name(name: str) -> Format | None:
    """The format a file name promises (after any .gz), or None when it does not say."""
    inner, _ = strip_compression(name)
    dot = inner.rfind(".")
    if dot <= 0 or "/" in inner[dot:]:
        return None
    return _BY_SUFFIX.get(inner[dot:].lower())


def format_from_content(text: str) -> Format:
    """Guess from the first characters: JSON starts with { or [, HTML with a tag,
    feeds with an XML root element; everything else is raw text."""
    head = text[:_HEAD_CHARS].lstrip("\ufeff \t\r\n")
    if head.startswith("["):
        return Format.JSON
    if head.startswith("{"):
        return Format.JSONL if _looks_like_json_lines(text) else Format.JSON
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return Format.FEED
        if _HTML_START.search(head) or re.search(r"<(?:p|div|article)[\s>]", head, re.IGNORECASE):
            return Format.HTML
    return Format.TEXT


def _looks_like_json_lines(text: str) -> bool:
    """One object per line: the first line is a complete object and the next
    non-blank line starts a new one."""
    lines = [line.strip() for line in text[: _HEAD_CHARS * 16].split("\n")]
    lines = [line for line in lines if line]
    return len(lines) >= 2 and lines[0].endswith("}") and lines[1].startswith("{")
