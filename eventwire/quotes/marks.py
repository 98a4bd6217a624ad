"""Quotation marks: where quoted passages begin and end in an article text.

Pure text work, no parse. Double marks (" “ ” „ « » `` '') make the top-level
passages; single marks (‘ ’ ') count only outside them, because inside a
double-quoted passage they are nested quotes, and elsewhere most of them are
apostrophes. A passage opened without a closing mark runs to the end of its
paragraph; when the next paragraph opens with a mark, the passage carries on
there (the newspaper convention for quotes that span paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = ("``", "“", "„", "«")
DOUBLE_CLOSERS = ("''", "”", "»")
STRAIGHT_DOUBLE = '"'
SINGLE_OPENERS = ("‘",)
SINGLE_CLOSERS = ("’",)
STRAIGHT_SINGLE = "'"
# „ is closed by “ in German-style typography, which English wires sometimes copy.
_LOW_OPENER_CLOSERS = ("“", "”", '"')

_DOUBLE_MARK = re.compile(r"``|''|[\"“”„«»]")
_SINGLE_MARK = re.compile(r"['‘’]")
_OPEN_CONTEXT_BEFORE = set(" \t([{—–-/:;\"“„«")


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int  # exclusive, without trailing whitespace


@dataclass(frozen=True)
class QuotedPassage:
    """One stretch of quoted words inside one paragraph."""

    open_start: int  # offset of the opening mark
    open_end: int  # first offset after the opening mark
    close_start: int | None  # offset of the closing mark; None when the passage runs to the paragraph end
    close_end: int | None
    paragraph: int
    paragraph_end: int
    carries_on: bool  # opens a paragraph after an unclosed passage: the same quotation goes on
    single: bool  # delimited by single marks

    @property
    def content_start(self) -> int:
        return self.open_end

    @property
    def content_end(self) -> int:
        """The end of the quoted words (the closing mark, or the paragraph end)."""
        return self.close_start if self.close_start is not None else self.paragraph_end

    @property
    def end(self) -> int:
        """The first offset after the passage, closing mark included."""
        return self.close_end if self.close_end is not None else self.paragraph_end

    @property
    def closed(self) -> bool:
        return self.close_start is not None


def paragraphs(text: str) -> list[Paragraph]:
    """Every non-blank line of the text, as a paragraph (wires separate them by blank lines)."""
    found: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+", text):
        chunk = match.group()
        if not chunk.strip():
            continue
        start = match.start() + (len(chunk) - len(chunk.lstrip()))
        end = match.start() + len(chunk.rstrip())
        found.append(Paragraph(index=len(found), start=start, end=end))
    return found


def find_passages(text: str) -> list[QuotedPassage]:
    """All top-level quoted passages of the text, in order."""
    passages: list[QuotedPassage] = []
    previous_unclosed = False
    for paragraph in paragraphs(text):
        doubles = _double_passages(text, paragraph, previous_unclosed)
        singles = _single_passages(text, paragraph, doubles)
        found = sorted(doubles + singles, key=lambda p: p.open_start)
        passages.extend(found)
        previous_unclosed = bool(found) and found[-1].close_start is None
    return passages


def _double_passages(text: str, paragraph: Paragraph, previous_unclosed: bool) -> list[QuotedPassage]:
    found: list[QuotedPassage] = []
    open_at: int | None = None
    open_mark = ""
    for match in _DOUBLE_MARK.finditer(text, paragraph.start, paragraph.end):
        mark = match.group()
        if open_at is None:
            if mark in DOUBLE_OPENERS or mark == STRAIGHT_DOUBLE or (mark == "''" and _opens(text, match.start(), match.end(), paragraph)):
                # Some archives (the New York Times's) write '' for both marks.
                open_at, open_mark = match.start(), mark
            # A closing mark with nothing open is a typo or a stray inch sign: skip it.
            continue
        if _closes(open_mark, mark):
            found.append(_passage(paragraph, open_at, open_mark, match.start(), match.end(), previous_unclosed, False))
            open_at = None
        # Another opener while one is open is a nested or mistyped mark; the
        # outer passage stays open.
    if open_at is not None:
        found.append(_passage(paragraph, open_at, open_mark, None, None, previous_unclosed, False))
    return found


def _opens(text: str, start: int, end: int, paragraph: Paragraph) -> bool:
    before = text[start - 1] if start > paragraph.start else " "
    after = text[end] if end < paragraph.end else " "
    return before in _OPEN_CONTEXT_BEFORE and not after.isspace()


def _closes(open_mark: str, mark: str) -> bool:
    if open_mark == "„":
        return mark in _LOW_OPENER_CLOSERS
    return mark in DOUBLE_CLOSERS or mark == STRAIGHT_DOUBLE


def _single_passages(text: str, paragraph: Paragraph, doubles: list[QuotedPassage]) -> list[QuotedPassage]:
    covered = [(p.open_start, p.end) for p in doubles]

    def inside_double(offset: int) -> bool:
        return any(start <= offset < end for start, end in covered)

    found: list[QuotedPassage] = []
    open_at: int | None = None
    for match in _SINGLE_MARK.finditer(text, paragraph.start, paragraph.end):
        offset = match.start()
        if inside_double(offset):
            continue
        before = text[offset - 1] if offset > paragraph.start else " "
        after = text[offset + 1] if offset + 1 < paragraph.end else " "
        can_open = match.group() in (SINGLE_OPENERS + (STRAIGHT_SINGLE,)) and before in _OPEN_CONTEXT_BEFORE and not after.isspace()
        can_close = match.group() in (SINGLE_CLOSERS + (STRAIGHT_SINGLE,)) and not before.isspace() and not after.isalnum()
        if open_at is None:
            if can_open:
                open_at = offset
        elif can_close:
            found.append(_passage(paragraph, open_at, "'", offset, offset + 1, False, True))
            open_at = None
    # An unclosed single mark is almost always an apostrophe ('90s, rock 'n'): no passage.
    return found


def _passage(
    paragraph: Paragraph,
    open_start: int,
    open_mark: str,
    close_start: int | None,
    close_end: int | None,
    previous_unclosed: bool,
    single: bool,
) -> QuotedPassage:
    return QuotedPassage(
        open_start=open_start,
        open_end=open_start + len(open_mark),
        close_start=close_start,
        close_end=close_end,
        paragraph=paragraph.index,
        paragraph_end=paragraph.end,
        carries_on=previous_unclosed and open_start == paragraph.start and not single,
        single=single,
    )
