"""Scoring system output against gold, document by document.

Each pair is (system output, gold): the system output is the dict
``ArticleResult.to_dict()`` gives (what ``eventwire extract`` prints), which
carries the article record, so gold strings can be placed in the same text the
system's offsets index. The rules for each kind of item live beside its
scorer: events.py, quotes.py, mentions.py (timexes and places).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.events import score_events
from eventwire.evaluate.gold import validate_gold
from eventwire.evaluate.mentions import (
    same_place_country,
    same_timex_value,
    score_mentions,
)
from eventwire.evaluate.quotes import score_quotes
from eventwire.evaluate.report import DocumentScore, EvalReport, Scores

Record = Mapping[str, Any]


def _article_of(system: Record, doc_id: str) -> Record:
    """The article record inside a system output (``article``), or the output itself
    when it carries the text at top level."""
    article = system.get("article")
    if isinstance(article, Mapping) and isinstance(article.get("text"), str) and article["text"]:
        return article
    if isinstance(system.get("text"), str) and system["text"]:
        return system
    raise EvaluationError(
        f"{doc_id}: the system output has no article text (expected 'article.text', as `eventwire extract` "
        "prints it); the scorer needs it to place gold strings"
    )


def _items(record: Record, key: str, doc_id: str, side: str) -> list[Record]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise EvaluationError(f"{doc_id}: {side} '{key}' must be a list of objects")
    return value


def score_document(system: Record, gold: Record) -> DocumentScore:
    """Figures of one article's system output against its gold."""
    if not isinstance(system, Mapping):
        raise EvaluationError(f"system output must be a JSON object, got {type(system).__name__}")
    doc_id = str(gold.get("doc_id") or system.get("doc_id") or "?") if isinstance(gold, Mapping) else "?"
    article = _article_of(system, doc_id)
    validate_gold(gold, article, f"gold for {doc_id}")
    system_id = system.get("doc_id")
    if system_id and system_id != doc_id:
        raise EvaluationError(f"system output for '{system_id}' was paired with the gold of '{doc_id}'")
    text = str(article["text"])

    def both(key: str) -> tuple[list[Record], list[Record]]:
        return _items(system, key, doc_id, "system"), _items(gold, key, doc_id, "gold")

    scores = Scores(
        events=score_events(*both("events"), text),
        quotes=score_quotes(*both("quotes"), text),
        timexes=score_mentions(*both("timexes"), text, same_timex_value),
        places=score_mentions(*both("places"), text, same_place_country),
    )
    return DocumentScore(doc_id, scores)


def score_documents(pairs: Iterable[tuple[Record, Record]]) -> EvalReport:
    """Score (system output, gold) pairs; documents keep the order given."""
    return EvalReport([score_document(system, gold) for system, gold in pairs])
