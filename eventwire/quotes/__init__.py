"""Statements and their attribution: who said what, with which cue.

``find_quotes(doc)`` finds every attributed statement of an article (direct
quotes in any quotation marks, reported speech, mixed quotes, "according to",
relayed and unmarked first-person statements) as spans of the text. Turning
the speaker mention into an actor is the job of ``eventwire.quotes.speakers``.

A quotation interrupted by its cue ('"We are ready," he said, "to talk."')
yields two candidates with the same cue and speaker; the second one
``continues`` the first.
"""

from eventwire.quotes.candidate import QuoteCandidate
from eventwire.quotes.finder import find_quotes

__all__ = ["QuoteCandidate", "find_quotes"]
