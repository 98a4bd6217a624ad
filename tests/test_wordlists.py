"""Word-list tables read into dataclasses, and the errors that name the file."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventwire.errors import ModelError
from eventwire.events.arguments import ArgumentRoles
from eventwire.wordlists import load_word_lists


@dataclass(frozen=True)
class _Lists:
    military: frozenset[str]


def test_a_packaged_table_fills_every_field_with_words() -> None:
    roles = load_word_lists(ArgumentRoles, "eventwire.events", "data/arguments.yaml")
    assert all(isinstance(value, frozenset) and value for value in vars(roles).values())


def test_a_table_whose_keys_differ_names_the_file_and_the_keys() -> None:
    with pytest.raises(ModelError, match=r"eventwire/events/data/contexts.yaml: expected exactly the keys \['military'\]"):
        load_word_lists(_Lists, "eventwire.events", "data/contexts.yaml")


def test_a_missing_table_says_to_reinstall() -> None:
    with pytest.raises(ModelError, match="reinstall"):
        load_word_lists(_Lists, "eventwire.events", "data/no_such_table.yaml")
