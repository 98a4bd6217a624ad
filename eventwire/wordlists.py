"""Word-list tables: a packaged YAML mapping of names to lists of words, read into a
frozen dataclass whose fields are exactly those names (each a frozenset of words)."""

from __future__ import annotations

from importlib import resources
from typing import Any, TypeVar

import yaml

from eventwire.errors import ModelError

T = TypeVar("T")


def load_word_lists(cls: type[T], package: str, resource: str) -> T:
    """``cls`` filled from ``resource`` in ``package``; a missing or extra key, or a value
    that is not a list of words, is a ModelError naming the file."""
    where = f"{package.replace('.', '/')}/{resource}"
    try:
        raw: Any = yaml.safe_load(resources.files(package).joinpath(resource).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"{where}: cannot read the word lists ({exc}); reinstall eventwire") from None
    names = list(cls.__dataclass_fields__)  # type: ignore[attr-defined]
    if not isinstance(raw, dict) or set(raw) != set(names):
        found = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise ModelError(f"{where}: expected exactly the keys {names}, found {found}")
    for name in names:
        if not isinstance(raw[name], list) or not all(isinstance(w, str) for w in raw[name]):
            raise ModelError(f"{where}: '{name}' must be a list of words")
    return cls(**{name: frozenset(raw[name]) for name in names})
