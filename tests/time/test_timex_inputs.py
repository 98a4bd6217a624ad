"""Output shape and errors on bad input."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from eventwire.errors import InputError, ModelError
from eventwire.models import Timex
from eventwire.time import find_timexes, normalise
from eventwire.time.lexicon import load_lexicon


def test_timexes_are_sorted_and_index_the_text() -> None:
    text = "Fighting resumed Sunday, a week after the ceasefire of November 10.\n\nIn 2001, the town fell."
    timexes = find_timexes(text, datetime(2020, 11, 22))
    assert all(isinstance(t, Timex) for t in timexes)
    assert [t.start for t in timexes] == sorted(t.start for t in timexes)
    assert [t.text for t in timexes] == ["Sunday", "November 10", "2001"]
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_published_may_be_a_date_or_an_aware_datetime() -> None:
    assert normalise("yesterday", date(2021, 1, 18)) == ("2021-01-17", "day")
    assert normalise("yesterday", datetime(2021, 1, 18, 23, 0, tzinfo=timezone.utc)) == ("2021-01-17", "day")


def test_bad_published_names_the_input() -> None:
    with pytest.raises(InputError, match="published"):
        find_timexes("Friday", "2021-01-18")  # type: ignore[arg-type]


def test_bad_text_names_the_input() -> None:
    with pytest.raises(InputError, match="text"):
        find_timexes(None, None)  # type: ignore[arg-type]


def test_bad_prefer_names_the_input() -> None:
    with pytest.raises(InputError, match="prefer"):
        normalise("Friday", datetime(2021, 1, 18), prefer="later")  # type: ignore[arg-type]


def test_broken_lexicon_is_a_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "lexicon.yaml"
    broken.write_text("months: [{number: 13, names: [Smarch]}]\n", encoding="utf-8")
    with pytest.raises(ModelError, match="lexicon"):
        load_lexicon(broken)


def test_missing_lexicon_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot be read"):
        load_lexicon(tmp_path / "absent.yaml")
