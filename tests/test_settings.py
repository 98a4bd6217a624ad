"""Settings: environment overrides and what makes stored articles stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.settings import PIPELINE_VERSION, Settings


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_MAX_TEXT_CHARS", "100")
    monkeypatch.setenv("EVENTWIRE_LANGUAGES", "en, de")
    settings = Settings.from_env()
    assert settings.max_text_chars == 100
    assert settings.allowed_languages() == {"en", "de"}


def test_editing_the_actor_overlay_changes_the_pipeline_version(tmp_path: Path) -> None:
    overlay = tmp_path / "actors.yaml"
    overlay.write_text("people: []\n")
    first = Settings(actors_overlay=str(overlay)).pipeline_version()
    overlay.write_text("people: [{name: Someone}]\n")
    second = Settings(actors_overlay=str(overlay)).pipeline_version()
    assert first != second and first.startswith(PIPELINE_VERSION)
    assert Settings().pipeline_version() == PIPELINE_VERSION
