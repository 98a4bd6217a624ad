"""The statement records: the public ``QuoteCandidate`` and the working ``Draft``."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.models import TextSpan
from eventwire.quotes.spans import Offsets

DIRECT = "direct"
INDIRECT = "indirect"
MIXED = "mixed"


@dataclass(frozen=True)
class QuoteCandidate:
    """One attributed statement as found in the text; the speaker mention is
    resolved to an actor elsewhere (eventwire.quotes.speakers)."""

    content: TextSpan  # exact substring of the text, without quotation marks or trailing sentence punctuation
    cue: str  # the cue words as in the text ("said", "TASS quotes", "expressed confidence")
    cue_start: int  # -1 when the statement has no cue of its own (a continuation)
    cue_end: int
    kind: str  # "direct", "indirect" or "mixed"
    speaker: TextSpan | None  # the speaker mention ("He", "Russian Foreign Minister Sergei Lavrov"); None when the text names no one
    relay: TextSpan | None  # who passed the words on ("TASS" in "TASS quotes Lavrov")
    continues: int | None  # index in the returned list of the statement this one carries on


@dataclass(eq=False)
class Draft:
    """A statement while the finder is still assembling it (offsets only)."""

    content: Offsets
    cue: Offsets | None
    kind: str
    speaker: Offsets | None
    relay: Offsets | None = None
    continues: Draft | None = None
    cue_tokens: frozenset[int] = field(default_factory=frozenset)  # token indices of the cue, to spot double finds
    rule: str = ""  # which finder made it, for debugging and de-duplication
    cue_head: int | None = None  # token index of the cue verb
    content_head: int | None = None  # token index of the head of the content clause

    def to_candidate(self, text: str, index_of: dict[int, int]) -> QuoteCandidate:
        cue_start, cue_end = self.cue if self.cue else (-1, -1)
        return QuoteCandidate(
            content=_text_span(text, self.content),
            cue=text[cue_start:cue_end] if self.cue else "",
            cue_start=cue_start,
            cue_end=cue_end,
            kind=self.kind,
            speaker=_text_span(text, self.speaker) if self.speaker else None,
            relay=_text_span(text, self.relay) if self.relay else None,
            continues=index_of.get(id(self.continues)) if self.continues is not None else None,
        )


def _text_span(text: str, offsets: Offsets) -> TextSpan:
    start, end = offsets
    return TextSpan(text=text[start:end], start=start, end=end)
