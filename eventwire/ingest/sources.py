"""Where articles come from: files, folders and standard input.

Every input ends as Articles or Rejected records with a reason; nothing a user
points eventwire at makes ``read_inputs`` raise.
"""

from __future__ import annotations

import codecs
import gzip
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

from eventwire.errors import InputError
from eventwire.ingest.decoding import (
    PLAIN_ENCODING,
    SUPPORTED_HINT,
    decode_bytes,
    describe_binary,
    looks_binary,
)
from eventwire.ingest.html import parse_html
from eventwire.ingest.limits import MAX_FILE_BYTES, megabytes
from eventwire.ingest.rawtext import parse_text
from eventwire.ingest.remote import read_feed, read_url
from eventwire.ingest.records import read_json, read_json_line, read_json_lines
from eventwire.ingest.sniff import (
    Format,
    format_from_content,
    format_from_name,
    is_url,
    strip_compression,
)
from eventwire.models import Article, Rejected

Result = Article | Rejected
STDIN_NAME = "stdin"
# Gold answer files sit beside their articles (<id>.gold.json); a folder walk skips them.
GOLD_SUFFIX = ".gold.json"
_GZIP_MAGIC = b"\x1f\x8b"
_PEEK_CHARS = 65_536
_SNIFF_BYTES = 8192

TOO_LARGE = (
    "{what} is larger than {limit} (MAX_FILE_BYTES), too big to be an article. "
    "Fix: split it into separate files, or use JSON Lines (.jsonl), which is read line by line."
)


def read_inputs(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[Result]:
    """Articles from files, folders (walked recursively in sorted order, hidden
    files skipped) and ``-`` (standard input, format sniffed from the content)."""
    for path in paths:
        if path == "-":
            yield from read_stream(stdin if stdin is not None else sys.stdin)
        elif is_url(path):
            yield from _guarded(path, lambda: read_url(path))
        elif not path.strip():
            yield Rejected(repr(path), "an empty path. Fix: name a file, a folder or - for standard input.")
        else:
            yield from _guarded(path, lambda: _read_path(Path(path)))


def read_file(path: Path) -> Iterator[Result]:
    """Articles from one file; its format comes from its name, else its content.
    Bad content gives Rejected records, never an exception."""
    yield from _guarded(str(path), lambda: _read_file(path))


def _read_file(path: Path) -> Iterator[Result]:
    source = str(path)
    _, compressed = strip_compression(path.name)
    declared = format_from_name(path.name)
    if not compressed and _starts_with(path, _GZIP_MAGIC):
        compressed = True
    if declared is Format.JSONL:
        yield from _read_json_lines_file(path, compressed)
        return
    data = _read_limited(path, compressed)
    decoded = decode_bytes(data, source)
    text = decoded.text
    if not text.strip():
        raise InputError(source, "the file holds only whitespace. Fix: point eventwire at a file that contains an article.")
    found = declared or format_from_content(text)
    if found is Format.FEED:
        yield from read_feed(data, source)
        return
    yield from _with_encoding(_parse(found, text, source), decoded.encoding)


def read_stream(stream: TextIO, name: str = STDIN_NAME) -> Iterator[Result]:
    """Articles from a text stream (standard input); the format is sniffed.
    Bad content gives Rejected records, never an exception."""
    yield from _guarded(name, lambda: _read_stream(stream, name))


def _read_stream(stream: TextIO, name: str) -> Iterator[Result]:
    head = stream.read(_PEEK_CHARS)
    if not head:
        raise InputError(name, "standard input is empty. Fix: pipe an article in, e.g. `cat article.txt | eventwire extract -`.")
    if "\x00" in head or looks_binary(head):
        raise InputError(name, f"standard input looks like binary data, not text. Fix: {SUPPORTED_HINT}.")
    found = format_from_content(head)
    if found is Format.JSONL:
        # Streamed: a bulk JSONL pipe may be larger than any single file limit.
        opening = head + stream.readline()
        opening_lines = opening.split("\n")
        if opening.endswith("\n"):
            opening_lines.pop()
        lines = chain(opening_lines, (line.rstrip("\n") for line in stream))
        yield from read_json_lines(enumerate(lines, start=1), name)
        return
    rest = stream.read(MAX_FILE_BYTES + 1 - len(head))
    text = head + rest
    if len(text) > MAX_FILE_BYTES:
        raise InputError(name, TOO_LARGE.format(what="standard input", limit=megabytes(MAX_FILE_BYTES)))
    if not text.strip():
        raise InputError(name, "standard input holds only whitespace. Fix: pipe an article in.")
    yield from _parse(found, text, name)


def walk_folder(folder: Path, errors: list[OSError] | None = None) -> Iterator[Path]:
    """Files under ``folder`` in path order (a sub-folder's files where its name
    sorts), skipping hidden files and folders, gold answer files and files whose
    extension names another kind of document. Folders that
    cannot be listed go to ``errors``; symbolic links to folders are not followed."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        if errors is None:
            raise
        errors.append(error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(Path(entry.path), errors)
        elif entry.is_file() and not entry.name.lower().endswith(GOLD_SUFFIX) and _may_be_article(entry.name):
            yield Path(entry.path)


def _may_be_article(name: str) -> bool:
    """In a folder walk, a file named as another kind of document (README.md, notes.yaml)
    is not an article; a name without an extension is sniffed like standard input."""
    inner, _ = strip_compression(name)
    return format_from_name(name) is not None or "." not in inner.lstrip(".")


def _read_path(path: Path) -> Iterator[Result]:
    if path.is_dir():
        errors: list[OSError] = []
        found_any = False
        for file in walk_folder(path, errors):
            found_any = True
            yield from read_file(file)
        for error in errors:
            yield Rejected(str(error.filename or path), f"the folder cannot be listed: {error.strerror or error}. Fix: check its permissions.")
        if not found_any and not errors:
            yield Rejected(str(path), "the folder holds no article files (hidden and .gold.json files are skipped).")
        return
    if not path.exists():
        yield Rejected(str(path), "no such file or folder. Fix: check the path (and the current directory).")
        return
    if not path.is_file():
        yield Rejected(str(path), "not a regular file or folder. Fix: pass a file, a folder or - for standard input.")
        return
    yield from read_file(path)


def _parse(found: Format, text: str, source: str) -> Iterable[Result]:
    if found is Format.FEED:
        return read_feed(text.encode("utf-8"), source)
    if found is Format.JSON:
        return read_json(text, source)
    if found is Format.JSONL:
        return read_json_lines(enumerate(text.split("\n"), start=1), source)
    if found is Format.HTML:
        return [parse_html(text, origin=source)]
    return [parse_text(text, origin=source)]


def _open(path: Path, compressed: bool) -> BinaryIO:
    return gzip.open(path, "rb") if compressed else path.open("rb")  # type: ignore[return-value]


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(magic)) == magic


def _read_limited(path: Path, compressed: bool) -> bytes:
    """The file's (decompressed) bytes, refusing more than MAX_FILE_BYTES; reading
    stops at the limit, so a compression bomb costs no more than that."""
    source = str(path)
    with _gzip_errors(source), _open(path, compressed) as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        what = "the decompressed file" if compressed else "the file"
        raise InputError(source, TOO_LARGE.format(what=what, limit=megabytes(MAX_FILE_BYTES)))
    return data


@contextmanager
def _gzip_errors(source: str) -> Iterator[None]:
    try:
        yield
    except (gzip.BadGzipFile, EOFError, zlib.error) as error:
        raise InputError(source, f"the gzip data is corrupt or truncated ({error}). Fix: download or compress the file again.") from error


def _read_json_lines_file(path: Path, compressed: bool) -> Iterator[Result]:
    """JSON Lines, streamed: each line is decoded and limited on its own, so one
    bad line costs only that line and a bulk file may exceed MAX_FILE_BYTES."""
    source = str(path)
    with _gzip_errors(source), _open(path, compressed) as handle:
        head = handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
        if not head:
            raise InputError(source, "the file is empty. Fix: put one JSON article record on each line.")
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            # UTF-16 cannot be split at newline bytes: decode the (limited) whole.
            data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise InputError(source, TOO_LARGE.format(what="the UTF-16 file", limit=megabytes(MAX_FILE_BYTES)))
            decoded = decode_bytes(data, source)
            yield from _with_encoding(read_json_lines(enumerate(decoded.text.split("\n"), start=1), source), decoded.encoding)
            return
        if b"\x00" in head or describe_binary(head) or looks_binary(head.decode("utf-8", errors="replace")):
            decode_bytes(head, source)  # raises with the binary format named
        chunks = iter(lambda: handle.readline(MAX_FILE_BYTES + 1), b"")
        yield from json_lines_from_bytes(chunks, source)


def json_lines_from_bytes(chunks: Iterable[bytes], source: str, first_line: int = 1, whole_file: bool = True) -> Iterator[Result]:
    """Records from the lines of a JSON Lines file (each line at most MAX_FILE_BYTES + 1
    bytes; a longer line arrives in further chunks). A part of a file read on its own
    (the Ray engine reads archives in byte ranges) gives its ``first_line`` and
    ``whole_file=False``."""
    seen_content = False
    number = first_line - 1
    skipping_overlong = False
    for chunk in chunks:
        if skipping_overlong:
            # The rest of an overlong line arrives in further chunks: drop them.
            skipping_overlong = not chunk.endswith(b"\n")
            continue
        number += 1
        where = f"{source}:{number}"
        if len(chunk) > MAX_FILE_BYTES:
            seen_content = True
            skipping_overlong = not chunk.endswith(b"\n")
            yield Rejected(where, TOO_LARGE.format(what="this line", limit=megabytes(MAX_FILE_BYTES)))
            continue
        if number == 1 and chunk.startswith(codecs.BOM_UTF8):
            chunk = chunk[len(codecs.BOM_UTF8) :]
        if not chunk.strip():
            continue
        seen_content = True
        try:
            decoded = decode_bytes(chunk, where)
        except InputError as error:
            yield Rejected(error.source, error.problem)
            continue
        result = read_json_line(decoded.text, where)
        if result is not None:
            yield from _with_encoding([result], decoded.encoding)
    if not seen_content and whole_file:
        yield Rejected(source, "the file holds only whitespace. Fix: put one JSON article record on each line.")


def _with_encoding(results: Iterable[Result], encoding: str) -> Iterator[Result]:
    """Results with the input encoding noted on each article when it was not plain UTF-8."""
    for result in results:
        if isinstance(result, Article) and encoding != PLAIN_ENCODING:
            result.extras["encoding"] = encoding
        yield result


def _guarded(source: str, produce: Callable[[], Iterable[Result]]) -> Iterator[Result]:
    """Results of ``produce``; an error while reading becomes a Rejected for
    ``source`` instead of escaping (bad content must not stop a batch)."""
    try:
        yield from produce()
    except InputError as error:
        yield Rejected(error.source, error.problem)
    except OSError as error:
        yield Rejected(source, f"cannot be read: {error.strerror or error}. Fix: check that the file exists and is readable.")
    except UnicodeDecodeError as error:
        yield Rejected(source, f"the text is not valid in the expected encoding ({error.reason}). Fix: re-save it as UTF-8.")
    except Exception as error:  # a reader bug must not lose the rest of the batch
        yield Rejected(source, f"unexpected error while reading ({type(error).__name__}: {error}); please report it.")
