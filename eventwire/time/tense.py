"""Whether the words before a time expression speak of what is still to come.

"Talks are scheduled to resume Monday": the Monday is the coming one, though news
otherwise means the latest. Only the clause the expression stands in counts; the
cue words live in the lexicon (``ahead_cues``, ``behind_cues``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.time.grammar import alternation
from eventwire.time.lexicon import Lexicon, load_lexicon

# Where a clause ends. A period after a lone letter ("a.m.", "U.S.") and a colon
# inside a clock time ("10:00") end nothing; a parenthesis does not either
# ("at 10:00 am (0700 GMT) Monday").
_CLAUSE_BREAK = re.compile(r"[!?;,\n\"“”]|(?<!\b[A-Za-z])\.(?=\s)|:(?!\d)|''|``|\s[-–—]+\s")
# How far back a clause is read.
_REACH = 300


class TenseReader:
    """The ahead/behind cue patterns of one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._ahead = re.compile(rf"(?<![\w-])(?:{alternation(lexicon.ahead_cues)})(?![\w-])")
        self._behind = (
            re.compile(rf"(?<![\w-])(?:{alternation(lexicon.behind_cues)})(?![\w-])") if lexicon.behind_cues else None
        )

    def looks_ahead(self, text: str, start: int) -> bool:
        """Whether the clause before ``start`` speaks of what is to come ("talks are
        scheduled to resume", "will be payable"); in "they said they would appeal the
        decision, announced Wednesday" the "would" is another clause's."""
        clause = _CLAUSE_BREAK.split(text[max(0, start - _REACH) : start])[-1].lower()
        cue = self._ahead.search(clause)
        if cue is None:
            return False
        # "had been scheduled for July 25" tells a past plan, not a coming day.
        return self._behind is None or self._behind.search(clause, 0, cue.start()) is None


@lru_cache(maxsize=1)
def default_tense_reader() -> TenseReader:
    return TenseReader(load_lexicon())


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause before ``start`` in ``text`` speaks of what is to come."""
    return default_tense_reader().looks_ahead(text, start)
