"""Bytes to text: refuse empty and binary input, find the encoding.

Order of attempts: UTF-8 (with or without a byte-order mark), UTF-16 when a
byte-order mark says so, the charset an HTML/XML page declares in its head, then
Windows-1252, the usual encoding of old Western scrapes. When Windows-1252 gives words
made only of accented letters ("Ïåðåãîâîðû"), the bytes are a non-Latin single-byte
code page (Cyrillic, Greek, Arabic, Hebrew) and charset-normalizer picks which. Latin-1
is deliberately not a fallback: it decodes any byte string, so it would turn a corrupt
file into plausible-looking garbage.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from eventwire.errors import InputError

PLAIN_ENCODING = "utf-8"

# Signatures of common binary formats users point at by mistake, to name them.
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx/.epub)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"\x1f\x8b": "gzip-compressed data",
}
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_CHARSET_WINDOW = 4096
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
# Share of control characters above which decoded "text" is really binary.
_MAX_CONTROL_SHARE = 0.05
_SAMPLE_CHARS = 65_536
_WORD = re.compile(r"[^\W\d_]{2,}")
# Share of words made only of non-ASCII letters above which Windows-1252 is misreading
# a non-Latin code page; Western European text stays far below it ("été" has a "t").
_MAX_ACCENTED_WORD_SHARE = 0.3
_NON_LATIN_CODE_PAGES = ["cp1251", "koi8_r", "cp1253", "cp1256", "cp1255", "cp866", "iso8859_5"]

SUPPORTED_HINT = ("eventwire reads plain text (.txt), JSON (.json), JSON Lines (.jsonl/.ndjson), HTML (.html/.htm, "
                  "optionally .gz), RSS/Atom feeds (.rss/.atom/.xml) and http(s) URLs")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # the codec that decoded it; PLAIN_ENCODING for plain UTF-8


def describe_binary(data: bytes) -> str | None:
    """What a known binary format is, from its first bytes; None when not recognised."""
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    return None


def decode_bytes(data: bytes, source: str) -> DecodedText:
    """The text in ``data``; raises InputError when it is empty, binary or undecodable."""
    if not data:
        raise InputError(source, "the file is empty. Fix: point eventwire at a file that contains an article.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        return _checked(_decode_or_none(data, "utf-16"), "utf-16", source)
    known = describe_binary(data)
    if known or b"\x00" in data[:_SAMPLE_CHARS]:
        what = known or "binary data (it contains NUL bytes)"
        raise InputError(source, f"this looks like {what}, not text. Fix: {SUPPORTED_HINT}; convert it to one of those first.")
    first = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else PLAIN_ENCODING
    for encoding in dict.fromkeys(filter(None, (first, declared_charset(data), "cp1252"))):
        text = _decode_or_none(data, encoding)
        if text is not None and encoding == "cp1252" and _misread_non_latin(text):
            return _checked(*_non_latin(data, text), source)
        if text is not None:
            return _checked(text, encoding, source)
    raise InputError(
        source,
        "the bytes are not valid UTF-8, UTF-16 (with byte-order mark) or Windows-1252. "
        "Fix: re-save the file as UTF-8.",
    )


def declared_charset(data: bytes) -> str | None:
    """The encoding a markup document names in its head (<meta charset>,
    <?xml encoding>), when Python knows it."""
    if not data.lstrip()[:1] == b"<":
        return None
    match = _CHARSET.search(data[:_CHARSET_WINDOW])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def _misread_non_latin(text: str) -> bool:
    words = _WORD.findall(text[:_SAMPLE_CHARS])
    accented = sum(1 for word in words if not any(ch.isascii() for ch in word))
    return bool(words) and accented / len(words) > _MAX_ACCENTED_WORD_SHARE


def _non_latin(data: bytes, cp1252_text: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: _SAMPLE_CHARS * 2], cp_isolation=_NON_LATIN_CODE_PAGES).best()
    if best is None:
        return cp1252_text, "cp1252"
    text = _decode_or_none(data, best.encoding)
    return (text, codecs.lookup(best.encoding).name) if text is not None else (cp1252_text, "cp1252")


def _decode_or_none(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _checked(text: str | None, encoding: str, source: str) -> DecodedText:
    if text is None:
        raise InputError(source, f"the file starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}. Fix: re-save it as UTF-8.")
    if looks_binary(text):
        raise InputError(source, f"this looks like binary data, not text (mostly control characters). Fix: {SUPPORTED_HINT}.")
    return DecodedText(text, encoding)


def looks_binary(text: str) -> bool:
    """True when a decoded sample is mostly non-text (control characters)."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ch < " " or "\x7f" <= ch <= "\x9f") and ch not in _TEXT_CONTROLS)
    return controls / len(sample) > _MAX_CONTROL_SHARE
