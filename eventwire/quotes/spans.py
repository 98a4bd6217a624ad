"""Character spans of the parts of a statement: content, speaker mention, cue.

Every helper returns ``(start, end)`` offsets into the Doc's text (which is the
article text), or None when nothing usable is left.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

Offsets = tuple[int, int]

# Trailing characters that belong to the sentence, not to the words attributed.
_TRAILING_PUNCT = ",.;:—–- \t\n"
_LEADING_PUNCT = ",;:—–- \t\n"
QUOTE_CHARS = "\"“”„«»‘’'`"
QUOTE_TOKENS = frozenset(QUOTE_CHARS) | {"``", "''"}  # quotation marks as spaCy tokens
_OPENING_QUOTES = "\"“„«‘'`"
_CLOSING_QUOTES = "\"”»’'"
# Clause parts that describe the speaker rather than name them.
_SPEAKER_CUT_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "acl:relcl", "punct"})
_RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})


def token_offsets(first: Token, last: Token) -> Offsets:
    return first.idx, last.idx + len(last.text)


def trim(text: str, start: int, end: int, *, strip_quotes: bool = False) -> Offsets | None:
    """Drop surrounding blanks and sentence punctuation. A closing mark whose
    opening mark lies inside the span (a quoted fragment ending reported
    speech) stays, with whatever punctuation sits inside it, since the span
    must remain one substring of the text."""
    while start < end and text[start] in _LEADING_PUNCT:
        start += 1
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[end - 1] in _TRAILING_PUNCT:
            end -= 1
            changed = True
        if start < end and text[end - 1] in _CLOSING_QUOTES and (strip_quotes or not _has_opener(text[start : end - 1])):
            end -= 1
            changed = True
    if strip_quotes:
        while start < end and (text[start] in _OPENING_QUOTES or text[start] in " \t"):
            start += 1
    if start >= end or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def _has_opener(fragment: str) -> bool:
    return any(ch in "“„«‘`" for ch in fragment) or fragment.count('"') % 2 == 1 or fragment.count("'") % 2 == 1


def _run_containing(indices: list[int], anchor: int) -> list[int]:
    """The maximal run of consecutive indices that contains the anchor."""
    ordered = sorted(set(indices))
    position = ordered.index(anchor)
    low = position
    while low > 0 and ordered[low - 1] == ordered[low] - 1:
        low -= 1
    high = position
    while high + 1 < len(ordered) and ordered[high + 1] == ordered[high] + 1:
        high += 1
    return ordered[low : high + 1]


def speaker_offsets(head: Token, forbidden: Offsets | None = None) -> Offsets:
    """The speaker mention around its head: determiners, titles, names and
    appositions ("the North's Vice Minister of foreign affairs, Kim Kye-Gwan"),
    without relative clauses ("Kim who is also ...") or anything inside the
    forbidden span (the content or cue)."""
    cut: set[int] = set()
    for child in head.children:
        if child.dep_ in _SPEAKER_CUT_DEPS and child.dep_ != "punct":
            cut.update(t.i for t in child.subtree)
        elif child.i > head.i and child.lower_ in _RELATIVE_WORDS:
            cut.update(t.i for t in child.subtree)
    for token in head.subtree:
        if forbidden and forbidden[0] <= token.idx < forbidden[1]:
            cut.add(token.i)
        if token.dep_ in ("relcl",) and token.i != head.i:
            cut.update(t.i for t in token.subtree)
    indices = [t.i for t in head.subtree if t.i not in cut]
    if head.i not in indices:
        return token_offsets(head, head)
    run = _run_containing(indices, head.i)
    doc = head.doc
    first, last = doc[run[0]], doc[run[-1]]
    # trailing punctuation, a dangling "and", the possessive of "NATO's announcement"
    while last.i > first.i and (last.is_punct and not _closes_bracket(last, first) or last.dep_ in ("cc", "case")):
        last = doc[last.i - 1]
    while first.i < last.i and first.is_punct:
        first = doc[first.i + 1]
    return token_offsets(first, last)


def _closes_bracket(token: Token, first: Token) -> bool:
    """A closing bracket whose opening one is in the span stays ("... (SEPA)")."""
    if token.text not in (")", "]"):
        return False
    opener = "(" if token.text == ")" else "["
    return any(t.text == opener for t in token.doc[first.i : token.i])


def clause_offsets(head: Token, *, drop_leading_mark: bool = True, exclude: Iterable[int] = ()) -> Offsets:
    """The span of a complement clause: its subtree, without the leading
    complementiser ("that") and without excluded subtrees at the edges."""
    excluded = set(exclude) - {head.i}
    indices = sorted(t.i for t in head.subtree if t.i not in excluded)
    if head.i in indices:
        indices = _run_containing(indices, head.i)
    doc = head.doc
    first = doc[indices[0]]
    last = doc[indices[-1]]
    if drop_leading_mark:
        # only the clause's own complementiser goes: in "that if X, Y" the "if" stays
        while first.i < last.i and (
            first.dep_ == "mark" and first.head.i == head.i and first.lower_ in ("that", "whether")
            or first.is_punct and first.text not in QUOTE_TOKENS
        ):
            first = doc[first.i + 1]
    # a coordinator left dangling by a cut ("..., and" before another statement)
    while last.i > first.i and (last.dep_ == "cc" or last.is_punct and last.text not in QUOTE_TOKENS):
        last = doc[last.i - 1]
    return token_offsets(first, last)


def contains(outer: Offsets, inner: Offsets) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
