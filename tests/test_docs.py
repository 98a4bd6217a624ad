"""Nothing a user can set or run goes undocumented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import typer

from eventwire.cli import app
from eventwire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(path.read_text(encoding="utf-8") for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def _commands(group: object, prefix: str = "") -> list[str]:
    """Command names, sub-commands as "actors lookup" (typer ships its own click, so groups
    are recognised by their ``commands``)."""
    names: list[str] = []
    for name, command in getattr(group, "commands", {}).items():
        names.append(f"{prefix}{name}")
        names.extend(_commands(command, f"{prefix}{name} "))
    return names


def test_every_setting_is_documented() -> None:
    settings_doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [f.name for f in fields(Settings) if f"`{f.name}`" not in settings_doc]
    assert not missing, f"settings missing from docs/settings.md: {missing}"


def test_every_command_is_documented() -> None:
    group = typer.main.get_command(app)
    assert _commands(group), "the CLI lists no commands"
    missing = [name for name in _commands(group) if f"eventwire {name}" not in DOCS]
    assert not missing, f"commands missing from README.md and docs/: {missing}"
