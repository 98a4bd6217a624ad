"""`eventwire actors ...`: look names up in the actor knowledge base, import legacy
PETRARCH/TABARI dictionaries into a user overlay, check an overlay. A thin layer over
eventwire.actors.lookup, dictionary_import and overlay_check."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from eventwire.errors import EventwireError

if TYPE_CHECKING:
    from eventwire.actors.lookup import Explanation, PersonMatch

actors_app = typer.Typer(
    help="The actor knowledge base: look names up, import PETRARCH/TABARI dictionaries, check your overlay.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)

OverlayOption = Annotated[
    Optional[Path],
    typer.Option("--overlay", help="Your actor overlay YAML (docs/actors.md).", envvar="EVENTWIRE_ACTORS_OVERLAY"),
]


def _fail(exc: EventwireError) -> None:
    err.print(f"[red]error:[/] {exc}", markup=True, highlight=False)
    raise typer.Exit(2)


@actors_app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name, title or phrase: 'Putin', 'the Kremlin', 'Russian foreign minister'.")],
    on: Annotated[Optional[str], typer.Option("--date", help="The date offices are read at (YYYY-MM-DD); today when not given.")] = None,
    country: Annotated[Optional[str], typer.Option("--country", help="The article's country (ISO3): decides between namesakes, owns a bare title.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
    overlay: OverlayOption = None,
) -> None:
    """Show what a name resolves to and why. Exit code 1 when the knowledge base does not know it."""
    from eventwire.actors.kb import KnowledgeBase
    from eventwire.actors.lookup import explain

    day = _date(on)
    try:
        explanation = explain(KnowledgeBase.load(overlay or None), name, on=day, country=country)
    except EventwireError as exc:
        _fail(exc)
        return
    if as_json:
        sys.stdout.write(json.dumps(explanation.as_dict(), indent=1, ensure_ascii=False) + "\n")
    else:
        _render_explanation(explanation, Console(soft_wrap=True))
    if not explanation.found:
        raise typer.Exit(1)


@actors_app.command(name="import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="PETRARCH/TABARI/Phoenix .actors and agents dictionaries.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the overlay here (default: standard output).")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Close ranges the dictionary leaves open (>date) at this date: when it was made (YYYY-MM[-DD]).")] = None,
    include_known: Annotated[bool, typer.Option("--include-known", help="Also write entries the knowledge base has; they then replace its fields.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Write nothing (exit 1) when any entry is malformed.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out when it exists.")] = False,
) -> None:
    """Convert legacy actor dictionaries into a user overlay YAML."""
    from eventwire.actors.dictionary_import import import_dictionaries, render_overlay
    from eventwire.actors.kb import KnowledgeBase

    if out is not None and out.exists() and not force:
        err.print(f"[red]error:[/] {out} exists (it may hold your edits); choose another file or pass --force")
        raise typer.Exit(2)
    try:
        kb = KnowledgeBase.load()
        result = import_dictionaries(files, kb, horizon=until, include_known=include_known)
        kb.with_overlay(result.overlay, "the imported overlay")  # what is written must load
    except EventwireError as exc:
        _fail(exc)
        return
    for problem in result.problems:
        colour = "red" if problem.severity == "error" else "yellow"
        err.print(f"[{colour}]{problem}[/]", highlight=False)
    for note in result.notes:
        err.print(note, highlight=False)
    for line in result.summary():
        err.print(line, highlight=False)
    errors = [p for p in result.problems if p.severity == "error"]
    if strict and errors:
        err.print(f"[red]--strict:[/] {len(errors)} malformed entries; nothing written")
        raise typer.Exit(1)
    text = render_overlay(result.overlay, [f.name for f in files])
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        err.print(f"wrote {out}; use it with EVENTWIRE_ACTORS_OVERLAY={out} (check it with `eventwire actors check {out}`)", highlight=False)


@actors_app.command()
def check(
    file: Annotated[Path, typer.Argument(help="An actor overlay YAML.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the problems as JSON.")] = False,
) -> None:
    """Validate an actor overlay; every problem with its line. Exit code 1 when it has errors."""
    from eventwire.actors.overlay_check import check_overlay

    try:
        problems = check_overlay(file)
    except EventwireError as exc:
        _fail(exc)
        return
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    if as_json:
        sys.stdout.write(json.dumps({"file": str(file), "errors": errors, "warnings": warnings, "problems": [p.as_dict() for p in problems]}, indent=1) + "\n")
    else:
        console = Console(soft_wrap=True)
        for problem in problems:
            colour = "red" if problem.severity == "error" else "yellow"
            console.print(f"[{colour}]{problem}[/]", highlight=False)
        verdict = "[green]ok[/]" if not errors else "[red]not loadable[/]"
        console.print(f"{file}: {verdict} ({errors} error(s), {warnings} warning(s))", highlight=False)
    if errors:
        raise typer.Exit(1)


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        err.print(f"[red]error:[/] --date {text!r}: write the date as YYYY-MM-DD")
        raise typer.Exit(2) from None


def _render_explanation(e: Explanation, console: Console) -> None:
    hint = f", article country {e.country_hint}" if e.country_hint else ""
    console.print(f"[bold]{e.query}[/]  (on {e.on}{hint})", highlight=False)
    answers = Table(show_header=False, box=None, padding=(0, 2))
    for label, match in (("country", e.country), ("seat of power", e.seat), ("demonym", e.demonym)):
        if match is not None:
            leader = f"; leader ({match.leader_office}): {match.leader}" if match.leader else ""
            answers.add_row(label, f"{match.name} ({match.iso3}){leader}")
    if e.organisation is not None:
        org = e.organisation
        heads = f"; head: {', '.join(org.heads)}" if org.heads else ""
        answers.add_row("organisation", f"{org.name} (id {org.id}; {org.country}, sector {org.sector or '-'}, {org.kind}){heads}")
    if e.person is not None:
        answers.add_row("person", _person_line(e.person))
        for office in e.person.offices_held:
            answers.add_row("", f"holds {office.describe()}")
    if e.role is not None:
        role = e.role
        office = f", office {role.office}" if role.office else ""
        owner = f" of {role.owner}" if role.owner else ""
        answers.add_row("role", f"{role.noun}{owner}: sector {role.sector or '-'}{office}")
        for holder in role.holders:
            answers.add_row("", f"held by {_person_line(holder)}")
    if answers.row_count:
        console.print(answers)
    if len(e.candidates) > 1:
        table = Table(title="people this name may mean", title_justify="left", padding=(0, 1))
        for column in ("", "name", "country", "sector", "offices that day", "source"):
            table.add_column(column)
        chosen = e.person.id if e.person else None
        for c in e.candidates[:25]:
            mark = "[green]->[/]" if c.id == chosen else ""
            held = "; ".join(f"{o.title} ({o.country})" for o in c.offices_held) or "-"
            table.add_row(mark, c.name, c.country, c.sector or "-", held, c.source)
        console.print(table)
        if len(e.candidates) > 25:
            console.print(f"... and {len(e.candidates) - 25} more (--json lists them all)")
    console.print("[bold]why[/]")
    for reason in e.reasons:
        console.print(f"  - {reason}", highlight=False)


def _person_line(p: PersonMatch) -> str:
    return f"{p.name} (id {p.id}; {p.country}, sector {p.sector or '-'}, {p.source})"
