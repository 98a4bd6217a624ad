"""JSON and JSON Lines article records into Articles.

A record names its fields as Article does (doc_id, headline, dateline,
published, text, url, source, section, byline, language), or by a common
alias (data/records.yaml); anything else is kept in ``extras``. Record text
is character-normalised (odd spaces, line ends) but keeps its paragraphs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest import dates
from eventwire.ingest.data import load_table
from eventwire.ingest.finish import finish_article
from eventwire.ingest.normalise import clean_line, normalise_chars
from eventwire.models import Article, Rejected

TEXT_FIELDS = ("doc_id", "headline", "dateline", "published", "text", "url", "source", "section", "byline", "language")
JSON_HINT = "Fix: give one JSON object, a list of objects, or one object per line (.jsonl)."


@dataclass(frozen=True, slots=True)
class RecordSchema:
    aliases: Mapping[str, tuple[str, ...]]
    wrapper_keys: tuple[str, ...]


@lru_cache(maxsize=1)
def record_schema() -> RecordSchema:
    table = load_table("records.yaml")
    return RecordSchema(
        aliases={name: tuple(names) for name, names in table["aliases"].items()},
        wrapper_keys=tuple(table["wrapper_keys"]),
    )


def read_json(text: str, source: str) -> Iterator[Article | Rejected]:
    """Every record of a JSON document (an object or a list of objects). A
    document that turns out to hold one object per line is read as JSON Lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_json_lines(enumerate(text.split("\n"), start=1), source)
            return
        yield Rejected(source, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}. {JSON_HINT}")
        return
    yield from _records_of(document, source)


def read_json_lines(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Article | Rejected]:
    """One record per non-blank line; a bad line is rejected as ``source:LINE``
    and the other lines still come through."""
    for number, line in lines:
        result = read_json_line(line, f"{source}:{number}")
        if result is not None:
            yield result


def read_json_line(line: str, where: str) -> Article | Rejected | None:
    """The record on one JSON Lines line; None for a blank line."""
    if not line.strip():
        return None
    try:
        document = json.loads(line)
    except json.JSONDecodeError as error:
        return Rejected(where, f"malformed JSON at column {error.colno}: {error.msg}. Fix: put exactly one complete JSON object on each line.")
    if not isinstance(document, dict):
        return Rejected(where, f"a JSON Lines line must be an object, got {_json_type(document)}. Fix: one {{...}} article record per line.")
    return _record_or_rejected(document, where)


def parse_record(record: Mapping[str, Any], source: str) -> Article:
    """An Article from one record; raises InputError when it cannot be one."""
    fields, extras = _split_fields(record, source)
    text = normalise_chars(fields["text"]).strip()
    if not text:
        if _lookup(record, "text") is None:
            present = ", ".join(sorted(map(str, record))) or "none"
            problem = f"the record has no `text` field (fields present: {present})"
        else:
            problem = "the record's `text` field is empty"
        raise InputError(source, f"{problem}. Fix: put the body of the article in a non-empty `text` field.")
    article = Article(
        doc_id=fields["doc_id"].strip(),
        text=text,
        headline=clean_line(normalise_chars(fields["headline"])),
        dateline=clean_line(normalise_chars(fields["dateline"])),
        url=fields["url"].strip(),
        source=clean_line(fields["source"]),
        section=clean_line(fields["section"]),
        byline=clean_line(fields["byline"]),
        language=fields["language"].strip().lower(),
        extras=extras,
        origin=source,
    )
    _set_published(article, fields.get("published_value"))
    return finish_article(article, source)


def _records_of(document: Any, source: str) -> Iterator[Article | Rejected]:
    if isinstance(document, dict):
        wrapped = _wrapped_list(document)
        if wrapped is None:
            yield _record_or_rejected(document, source)
            return
        document = wrapped
    if not isinstance(document, list):
        yield Rejected(source, f"the JSON is {_json_type(document)}, not an article record. {JSON_HINT}")
        return
    if not document:
        yield Rejected(source, f"the JSON list is empty. {JSON_HINT}")
    for index, item in enumerate(document):
        where = f"{source}[{index}]"
        if isinstance(item, dict):
            yield _record_or_rejected(item, where)
        else:
            yield Rejected(where, f"a list item must be an article object, got {_json_type(item)}. {JSON_HINT}")


def _wrapped_list(document: dict[str, Any]) -> list[Any] | None:
    """The records of {"articles": [...]}-style wrappers, or None for a plain record."""
    if _lookup(document, "text") is not None:
        return None
    for key in record_schema().wrapper_keys:
        value = document.get(key)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return value
    return None


def _record_or_rejected(record: Mapping[str, Any], source: str) -> Article | Rejected:
    try:
        return parse_record(record, source)
    except InputError as error:
        return Rejected(error.source, error.problem)


def _lookup(record: Mapping[str, Any], name: str) -> str | None:
    """The key under which ``record`` holds field ``name`` (itself or an alias)."""
    for key in (name, *record_schema().aliases.get(name, ())):
        if key in record and record[key] is not None:
            return key
    return None


def _split_fields(record: Mapping[str, Any], source: str) -> tuple[dict[str, Any], dict[str, Any]]:
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for name in TEXT_FIELDS:
        key = _lookup(record, name)
        if key is not None:
            used.add(key)
        value = record[key] if key is not None else None
        if name == "published":
            fields["published_value"] = value
            continue
        fields[name] = _as_text(value, name, key or name, source)
    extras: dict[str, Any] = {}
    for key, value in record.items():
        if key in used:
            continue
        if key == "extras" and isinstance(value, dict):
            extras.update(value)
        else:
            extras[key] = value
    return fields, extras


def _as_text(value: Any, name: str, key: str, source: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise InputError(source, f"field `{key}` is a boolean; {name} must be a string.")
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        # Paragraph lists for text, author lists for byline.
        return ("\n\n" if name == "text" else ", ").join(item.strip() for item in value)
    raise InputError(source, f"field `{key}` is {_json_type(value)}; {name} must be a string. Fix: give it as text.")


def _set_published(article: Article, value: Any) -> None:
    """ISO date or datetime from the record's published value; an unreadable one
    keeps the article with published "" and the raw value in extras."""
    if value is None or (isinstance(value, str) and not value.strip()):
        found = dates.find_date(article.dateline) if article.dateline else None
        if found is not None:
            article.published = found.iso
            article.extras["published_from"] = "dateline"
        return
    iso = dates.normalise_published(value)
    if iso is None:
        article.published = ""
        article.extras["published_raw"] = value
    else:
        article.published = iso


def _json_type(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null"
