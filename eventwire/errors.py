"""The one exception tree of eventwire.

Every error a user can cause names the input and says how to fix it.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input (file, record, URL) cannot be read as an article."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(EventwireError):
    """The embedded store cannot be opened or written."""


class ModelError(EventwireError):
    """A language model or data table that eventwire needs is missing or broken."""


class EvaluationError(EventwireError):
    """A gold folder or gold file cannot be scored."""


class ArticleRejected(EventwireError):
    """A pipeline stage refuses an article; the run records the reason and goes on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
