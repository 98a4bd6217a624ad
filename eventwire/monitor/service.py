"""The monitor's entry points over a store file, shared by the CLI (and the dashboard):
evaluate the rules, write a digest, deliver what is new."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from eventwire.errors import InputError
from eventwire.monitor.delivery import DeliveryReport, deliver
from eventwire.monitor.digest import digest_tallies, html_digest, markdown_digest
from eventwire.monitor.evaluate import Evaluation, evaluate_store
from eventwire.monitor.incidents import article_links
from eventwire.monitor.rules import RuleSet
from eventwire.monitor.settings import MonitorSettings
from eventwire.store.store import Store

DIGEST_FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def parse_day(value: str | None, name: str) -> date | None:
    """"2021-03-04" or an ISO moment ("2021-03-04T10:00:00Z") -> its day."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])  # a moment's day is its first ten characters
    except ValueError:
        raise InputError(name, f"{value!r} is not a date. Fix: give a day such as 2021-03-04.") from None


def evaluate_db(db: str, rules: RuleSet, since: date | None = None, until: date | None = None) -> Evaluation:
    with Store(db, read_only=True) as store:
        return evaluate_store(store.connection, rules, since, until)


def write_digest(db: str, evaluation: Evaluation, day: date, path: Path) -> None:
    """The digest of the window holding ``day``, as Markdown or HTML by the file's suffix."""
    form = DIGEST_FORMATS.get(path.suffix.lower())
    if form is None:
        raise InputError(str(path), f"a digest file must end in {', '.join(DIGEST_FORMATS)}, to say its format.")
    doc_ids = {doc for tally in digest_tallies(evaluation, day) for incident in tally.incidents for doc in incident.doc_ids}
    with Store(db, read_only=True) as store:
        links = article_links(store.connection, doc_ids)
    text = markdown_digest(evaluation, day, links) if form == "markdown" else html_digest(evaluation, day, links)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"the digest cannot be written ({error.strerror or error}).") from None


def deliver_new(db: str, rules: RuleSet, evaluation: Evaluation, settings: MonitorSettings | None = None) -> DeliveryReport:
    """Send the alerts not delivered yet to the rule file's sinks."""
    settings = settings or MonitorSettings.from_env()
    return deliver(evaluation.alerts, rules.sinks, settings.state_path(db))
