"""Character and paragraph normalisation of article text.

The normalised text is what gets stored, so every later offset indexes it.
"""

from __future__ import annotations

import re
import unicodedata

# Spaces that look like a blank but break tokenisers and string matching.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters scraped pages carry (zero-width space, word joiner, BOM,
# soft hyphen); ZWJ/ZWNJ are kept because some scripts need them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
# C0/C1 controls other than tab and newline: never meaningful in prose.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n|\r|[\u2028\x0b\x0c\x85]")
_INLINE_SPACE_RUN = re.compile("[ \t]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


def normalise_chars(text: str) -> str:
    """Unicode NFC, odd spaces to plain spaces, one kind of line end (LF),
    invisible and control characters removed. Line and paragraph structure is kept."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _ODD_SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return _CONTROLS.sub("", text)


def clean_line(line: str) -> str:
    """One line with runs of spaces and tabs collapsed and the ends trimmed."""
    return _INLINE_SPACE_RUN.sub(" ", line).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; single line breaks inside a
    paragraph are hard wraps and become spaces."""
    paragraphs = []
    for block in _BLANK_LINES.split(text.strip()):
        joined = " ".join(clean_line(line) for line in block.split("\n"))
        joined = clean_line(joined)
        if joined:
            paragraphs.append(joined)
    return paragraphs


def normalise_paragraphs(text: str) -> str:
    """Character-normalised text with paragraphs separated by exactly one blank line."""
    return "\n\n".join(split_paragraphs(normalise_chars(text)))


def one_per_line(text: str) -> str:
    """Text whose lines are each a paragraph (as HTML extractors emit), re-joined
    with blank lines between paragraphs."""
    lines = (clean_line(line) for line in normalise_chars(text).split("\n"))
    return "\n\n".join(line for line in lines if line)
