"""`eventwire watch` and `eventwire alerts`: a thin layer over eventwire.monitor
(docs/monitoring.md)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.errors import EventwireError

err = Console(stderr=True, soft_wrap=True, highlight=False)

DbOption = Annotated[str, typer.Option("--db", help="The DuckDB file of the store.", envvar="EVENTWIRE_DB")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Only alerts whose window ends on or after this day (YYYY-MM-DD).")]


def watch(
    feeds: Annotated[list[str] | None, typer.Argument(help="RSS/Atom feed URLs.")] = None,
    urls: Annotated[list[Path] | None, typer.Option("--urls", help="A file listing article URLs, one a line (repeatable).")] = None,
    db: DbOption = "eventwire.duckdb",
    rules: Annotated[Path | None, typer.Option("--rules", help="An alert rule file; alerts go to its deliveries after each poll that stored something.")] = None,
    since: SinceOption = None,
    once: Annotated[bool, typer.Option("--once", help="Poll once and exit (for cron).")] = False,
    interval: Annotated[float | None, typer.Option("--interval", help="Seconds between polls (default EVENTWIRE_MONITOR_POLL_SECONDS).")] = None,
) -> None:
    """Poll feeds and URL lists, code and store new articles, deliver new alerts."""
    from eventwire.monitor.poller import Poller, PollReport, Source
    from eventwire.monitor.rules import load_rules
    from eventwire.monitor.service import deliver_new, evaluate_db, parse_day
    from eventwire.monitor.settings import MonitorSettings

    try:
        settings = MonitorSettings.from_env(poll_seconds=interval)
        sources = [Source(url, "feed") for url in feeds or []] + [Source(str(path), "urls") for path in urls or []]
        ruleset = load_rules(rules) if rules else None
        since_day = parse_day(since, "--since")
        if ruleset is not None:
            from eventwire.monitor.delivery import check_sinks

            check_sinks(ruleset.sinks)
        poller = Poller(sources, db, settings)
    except EventwireError as exc:
        _fail(exc)
        return
    first = True

    def after_poll(report: PollReport) -> None:
        nonlocal first
        err.print(f"poll: {report.summary()}")
        for rejected in report.rejected:
            err.print(f"  rejected {rejected.source}: {rejected.reason}")
        if ruleset is not None and (report.changed or first):
            delivered = deliver_new(db, ruleset, evaluate_db(db, ruleset, since_day), settings)
            err.print(f"alerts: {delivered.sent} delivered, {delivered.skipped} already delivered, {delivered.dead} dead-lettered")
            for problem in delivered.problems:
                err.print(f"  [yellow]{problem}[/]")
        first = False

    stop = threading.Event()
    try:
        poller.run(after_poll, stop, polls=1 if once else None)
    except KeyboardInterrupt:
        stop.set()
        err.print("stopped")
    except EventwireError as exc:
        _fail(exc)


def alerts(
    rules: Annotated[Path, typer.Option("--rules", help="The alert rule file (YAML, see docs/monitoring.md).")],
    db: DbOption = "eventwire.duckdb",
    since: SinceOption = None,
    until: Annotated[str | None, typer.Option("--until", help="The last day to evaluate (default: the latest event's).")] = None,
    deliver: Annotated[bool, typer.Option("--deliver", help="Send alerts not delivered yet to the rule file's deliveries instead of printing all.")] = False,
    digest: Annotated[Path | None, typer.Option("--digest", help="Also write the reporting-window digest to this .md or .html file.")] = None,
    day: Annotated[str | None, typer.Option("--day", help="The digest's window: the one holding this day (default: the last day evaluated).")] = None,
) -> None:
    """Evaluate alert rules over the store and print the alerts as JSON Lines."""
    from eventwire.monitor.delivery import payload_line
    from eventwire.monitor.rules import load_rules
    from eventwire.monitor.service import (
        deliver_new,
        evaluate_db,
        parse_day,
        write_digest,
    )

    try:
        ruleset = load_rules(rules)
        evaluation = evaluate_db(db, ruleset, parse_day(since, "--since"), parse_day(until, "--until"))
        if deliver:
            report = deliver_new(db, ruleset, evaluation)
            err.print(f"{report.sent} delivered, {report.skipped} already delivered, {report.dead} dead-lettered")
            for problem in report.problems:
                err.print(f"[yellow]{problem}[/]")
        else:
            for alert in evaluation.alerts:
                sys.stdout.write(payload_line(alert.to_dict()) + "\n")
        if digest is not None:
            digest_day = parse_day(day, "--day") or evaluation.until
            if digest_day is None:
                err.print("no digest written: the store holds no dated events the rules look at")
            else:
                write_digest(db, evaluation, digest_day, digest)
                err.print(f"digest of {digest_day.isoformat()} written to {digest}")
    except EventwireError as exc:
        _fail(exc)
        return
    if evaluation.until is None:
        err.print("no alerts: the store holds no dated events of the types the rules look at (run `eventwire ingest` or `eventwire watch` first)")
    elif not evaluation.alerts:
        err.print(f"no alerts up to {evaluation.until.isoformat()}")


def _fail(exc: EventwireError) -> None:
    err.print(f"[red]error:[/] {exc}")
    raise typer.Exit(2)
