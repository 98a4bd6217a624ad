"""Reading and checking gold files: `<doc_id>.json` article + `<doc_id>.gold.json` answers.

A gold file that breaks the format would give silently wrong scores, so every
file is checked before scoring and the error names the file and each problem.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import EvaluationError

GOLD_SUFFIX = ".gold.json"
_MAX_LISTED_PROBLEMS = 12


@dataclass(frozen=True, slots=True)
class GoldSchema:
    event_types: frozenset[str]
    statuses: frozenset[str]
    event_date_forms: dict[str, re.Pattern[str]]
    timex_value_forms: dict[str, re.Pattern[str]]
    quote_kinds: frozenset[str]
    place_kinds: frozenset[str]


@lru_cache(maxsize=1)
def gold_schema() -> GoldSchema:
    """The allowed types, statuses and date forms, from gold_schema.yaml."""
    table = yaml.safe_load(resources.files(__package__).joinpath("gold_schema.yaml").read_text("utf-8"))
    return GoldSchema(
        event_types=frozenset(table["event_types"]),
        statuses=frozenset(table["statuses"]),
        event_date_forms={k: re.compile(v) for k, v in table["event_date_forms"].items()},
        timex_value_forms={k: re.compile(v) for k, v in table["timex_value_forms"].items()},
        quote_kinds=frozenset(table["quote_kinds"]),
        place_kinds=frozenset(table["place_kinds"]),
    )


def _short(value: str, limit: int = 70) -> str:
    return value if len(value) <= limit else value[: limit - 3] + "..."


class _Checker:
    """Collects every problem in one gold file so the user can fix them in one pass."""

    def __init__(self, article: Mapping[str, Any]) -> None:
        self.schema = gold_schema()
        self.text = str(article.get("text") or "")
        # Places and dates may be named only in the headline or dateline ("TYRE, Lebanon").
        self.all_text = "\n".join(str(article.get(k) or "") for k in ("headline", "dateline")) + "\n" + self.text
        self.problems: list[str] = []

    def problem(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def string(self, item: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        value = item.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            self.problem(where, f"'{key}' must be a string, got {type(value).__name__}")
            return ""
        return value

    def records(self, gold: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = gold.get(key)
        if not isinstance(value, list):
            self.problem(key, "missing list" if value is None else f"must be a list, got {type(value).__name__}")
            return []
        good = []
        for index, item in enumerate(value):
            if isinstance(item, Mapping):
                good.append(item)
            else:
                self.problem(f"{key}[{index}]", f"must be an object, got {type(item).__name__}")
        return good

    def in_text(self, value: str, where: str, key: str, anywhere: bool = False) -> None:
        if not value:
            self.problem(where, f"'{key}' is empty")
        elif value not in (self.all_text if anywhere else self.text):
            place = "article headline, dateline or text" if anywhere else "article text"
            self.problem(where, f"'{key}' is not an exact substring of the {place}: \"{_short(value)}\"")

    def participants(self, event: Mapping[str, Any], key: str, where: str) -> None:
        value = event.get(key)
        if not isinstance(value, list):
            self.problem(where, f"'{key}' must be a list")
            return
        for index, person in enumerate(value):
            spot = f"{where}.{key}[{index}]"
            if not isinstance(person, Mapping):
                self.problem(spot, "must be an object {name, country, sector}")
                continue
            for field in ("name", "country", "sector"):
                self.string(person, field, spot)

    def event(self, event: Mapping[str, Any], where: str) -> None:
        kind = self.string(event, "type", where)
        if kind and kind not in self.schema.event_types:
            self.problem(where, f"type '{kind}' is not a PLOVER 2.0 event type")
        alternatives = event.get("alt_types", [])
        if not isinstance(alternatives, list):
            self.problem(where, "'alt_types' must be a list")
        else:
            for alt in alternatives:
                if alt not in self.schema.event_types:
                    self.problem(where, f"alt type '{alt}' is not a PLOVER 2.0 event type")
        self.participants(event, "actors", where)
        self.participants(event, "recipients", where)
        status = self.string(event, "status", where)
        if status and status not in self.schema.statuses:
            self.problem(where, f"status '{status}' is not one of {sorted(self.schema.statuses)}")
        when = self.string(event, "date", where)
        precision = self.string(event, "date_precision", where)
        form = self.schema.event_date_forms.get(precision)
        if form is None:
            self.problem(where, f"date_precision '{precision}' is not one of {sorted(self.schema.event_date_forms)}")
        elif not form.match(when):
            self.problem(where, f"date '{when}' does not have the form of precision '{precision}'")
        self.string(event, "mode", where, required=False)
        self.in_text(self.string(event, "evidence", where), where, "evidence")

    def quote(self, quote: Mapping[str, Any], where: str) -> None:
        for key in ("speaker", "speaker_country", "speaker_sector"):
            self.string(quote, key, where)
        kind = self.string(quote, "kind", where, required=False)
        if kind and kind not in self.schema.quote_kinds:
            self.problem(where, f"kind '{kind}' is not one of {sorted(self.schema.quote_kinds)}")
        self.in_text(self.string(quote, "content", where), where, "content")

    def timex(self, timex: Mapping[str, Any], where: str) -> None:
        self.in_text(self.string(timex, "text", where), where, "text", anywhere=True)
        value = self.string(timex, "value", where)
        precision = self.string(timex, "precision", where)
        form = self.schema.timex_value_forms.get(precision)
        if form is None:
            self.problem(where, f"precision '{precision}' is not one of {sorted(self.schema.timex_value_forms)}")
        elif not form.match(value):
            self.problem(where, f"value '{value}' does not have the form of precision '{precision}'")

    def place(self, place: Mapping[str, Any], where: str) -> None:
        self.in_text(self.string(place, "text", where), where, "text", anywhere=True)
        self.string(place, "country", where)
        kind = self.string(place, "kind", where)
        if kind and kind not in self.schema.place_kinds:
            self.problem(where, f"kind '{kind}' is not one of {sorted(self.schema.place_kinds)}")


def validate_gold(gold: Any, article: Mapping[str, Any], source: str) -> None:
    """Raise EvaluationError listing every way ``gold`` breaks the gold format.

    ``article`` is the article record the gold describes (its text, headline and
    dateline); ``source`` names the gold file in the message.
    """
    if not isinstance(gold, Mapping):
        raise EvaluationError(f"{source}: a gold file must hold one JSON object, got {type(gold).__name__}")
    checker = _Checker(article)
    if not checker.text:
        raise EvaluationError(f"{source}: the article has no text to check the gold against")
    if not isinstance(gold.get("doc_id"), str) or not gold.get("doc_id"):
        checker.problem("doc_id", "missing or not a string")
    checks = {"events": checker.event, "quotes": checker.quote, "timexes": checker.timex, "places": checker.place}
    for key, check in checks.items():
        for index, item in enumerate(checker.records(gold, key)):
            check(item, f"{key}[{index}]")
    if checker.problems:
        listed = checker.problems[:_MAX_LISTED_PROBLEMS]
        more = len(checker.problems) - len(listed)
        tail = f"\n  ... and {more} more" if more else ""
        raise EvaluationError(f"{source}: malformed gold file:\n  " + "\n  ".join(listed) + tail)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: not valid JSON ({exc})") from exc


def load_gold_pair(gold_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (article record, gold) pair of one `<doc_id>.gold.json` file, checked."""
    doc_id = gold_path.name[: -len(GOLD_SUFFIX)]
    article_path = gold_path.with_name(f"{doc_id}.json")
    if not article_path.is_file():
        raise EvaluationError(f"{gold_path}: no article file {article_path.name} beside it")
    article = _read_json(article_path)
    if not isinstance(article, dict) or not isinstance(article.get("text"), str) or not article["text"]:
        raise EvaluationError(f"{article_path}: an article file must be a JSON object with a non-empty 'text'")
    gold = _read_json(gold_path)
    validate_gold(gold, article, str(gold_path))
    if gold["doc_id"] != doc_id:
        raise EvaluationError(f"{gold_path}: doc_id '{gold['doc_id']}' differs from the file name's '{doc_id}'")
    article.setdefault("doc_id", doc_id)
    if article["doc_id"] != doc_id:
        raise EvaluationError(f"{article_path}: doc_id '{article['doc_id']}' differs from the file name's '{doc_id}'")
    return article, gold


def load_gold_folder(folder: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (article record, gold) pair in ``folder``, sorted by doc_id.

    Article files without gold are skipped (a folder may hold unscored
    articles); a gold file without its article is an error.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such folder (expected <id>.json + <id>.gold.json pairs)")
    gold_paths = sorted(folder.glob(f"*{GOLD_SUFFIX}"))
    if not gold_paths:
        raise EvaluationError(f"{folder}: no gold files (<id>{GOLD_SUFFIX} beside <id>.json) to score")
    pairs = [load_gold_pair(path) for path in gold_paths]
    return sorted(pairs, key=lambda pair: str(pair[1]["doc_id"]))
