"""How `eventwire extract` prints its results: one JSON document, JSON lines, or tables."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from eventwire.models import ArticleResult, Participant, Rejected

FORMATS = ("jsonl", "json", "table")


def rejected_dict(item: Rejected) -> dict[str, Any]:
    return {"doc_id": None, "source": item.source, "rejected": item.reason}


def write_results(items: Iterable[ArticleResult | Rejected], fmt: str, out: TextIO, console: Console) -> int:
    """Print every result; returns how many inputs were rejected."""
    rejected = 0
    collected: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Rejected):
            rejected += 1
            console.print(f"[yellow]rejected[/] {item.source}: {item.reason}")
            record = rejected_dict(item)
        else:
            record = item.to_dict()
        if fmt == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
        elif fmt == "json":
            collected.append(record)
        elif isinstance(item, ArticleResult):
            _print_tables(item, Console(file=out, width=160))
    if fmt == "json":
        document: Any = collected[0] if len(collected) == 1 else collected
        out.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return rejected


def _who(participants: list[Participant]) -> str:
    return "; ".join(f"{p.name} ({p.country}{' ' + p.sector if p.sector else ''})" for p in participants)


def _print_tables(result: ArticleResult, console: Console) -> None:
    article = result.article
    console.print(f"[bold]{article.headline or article.doc_id}[/]  {article.published}  [dim]{article.doc_id}[/]")
    events = Table("type", "mode", "cameo", "actors", "recipients", "date", "status", "where", "conf", "evidence", title="events")
    for e in result.events:
        events.add_row(e.type, e.mode, e.cameo, _who(e.actors), _who(e.recipients), f"{e.date} ({e.date_precision})",
                       e.status, e.location.name, f"{e.confidence:.2f}", e.evidence.text[:90])
    console.print(events)
    quotes = Table("speaker", "country", "cue", "kind", "content", title="quotes")
    for q in result.quotes:
        quotes.add_row(q.speaker, f"{q.speaker_country} {q.speaker_sector}".strip(), q.cue, q.kind, q.content.text[:100])
    console.print(quotes)
