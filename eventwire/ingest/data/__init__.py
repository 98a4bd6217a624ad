"""Data tables of the ingest stage, loaded with importlib.resources."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from eventwire.errors import ModelError


def load_table(filename: str) -> Any:
    """A YAML table of this folder. Every leaf must be a string: YAML 1.1 reads
    bare `on`/`no` as booleans, and a stopword silently becoming False is a bug."""
    text = resources.files(__name__).joinpath(filename).read_text("utf-8")
    table = yaml.safe_load(text)
    bad = _non_string_leaves(table)
    if bad:
        raise ModelError(f"eventwire/ingest/data/{filename}: entries {bad[:5]} are not strings; quote them in the YAML.")
    return table


def _non_string_leaves(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return [leaf for value in node.values() for leaf in _non_string_leaves(value)]
    if isinstance(node, list):
        return [leaf for value in node for leaf in _non_string_leaves(value)]
    return [] if isinstance(node, str) else [node]
