"""Files, folders, standard input, format sniffing and every kind of bad input."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.ingest import read_file, read_inputs, sources
from eventwire.ingest.sniff import Format, format_from_content, format_from_name
from eventwire.models import Article, Rejected

ARTICLE = "Storm hits the coast\n\nA storm hit the coast on Monday, officials said."


def _one(path: Path) -> Article | Rejected:
    [result] = list(read_inputs([str(path)]))
    return result


def _rejected(path: Path) -> Rejected:
    result = _one(path)
    assert isinstance(result, Rejected), result
    assert result.source == str(path)
    return result


# --- sniffing -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.txt", Format.TEXT), ("a.JSON", Format.JSON), ("a.jsonl", Format.JSONL), ("a.ndjson", Format.JSONL),
     ("a.html", Format.HTML), ("a.htm", Format.HTML), ("a.html.gz", Format.HTML), ("a.jsonl.gz", Format.JSONL),
     ("a.rss", Format.FEED), ("a.xml", Format.FEED), ("a.gz", None), ("a.docx", None), ("README", None)],
)
def test_format_from_name(name: str, expected: Format | None) -> None:
    assert format_from_name(name) is expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [('{"text": "x"}', Format.JSON), ('{"text": "a"}\n{"text": "b"}\n', Format.JSONL), ("[{}]", Format.JSON),
     ("  <!DOCTYPE html><html>", Format.HTML), ("<html lang='en'>", Format.HTML),
     ('<?xml version="1.0"?><rss version="2.0">', Format.FEED), ("Headline\n\nBody.", Format.TEXT)],
)
def test_format_from_content(head: str, expected: Format) -> None:
    assert format_from_content(head) is expected


@pytest.mark.parametrize(("name", "content"), [("story", ARTICLE), ("story.dat", '{"text": "A storm hit."}')])
def test_unknown_extension_is_sniffed(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    assert isinstance(_one(path), Article)


def test_gzipped_jsonl_and_text(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(b'{"text": "One."}\n{"text": "Two."}\n'))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    assert [r.text for r in read_inputs([str(tmp_path)])] == ["One.", "Two.", "A storm hit the coast on Monday, officials said."]


# --- folders and paths ----------------------------------------------------------


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_gold(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Report z.", "utf-8")
    (tmp_path / "a.txt").write_text("Report a.", "utf-8")
    (tmp_path / "c.json").write_text('{"doc_id": "c", "text": "Report c."}', "utf-8")
    (tmp_path / "c.gold.json").write_text('{"doc_id": "c", "events": []}', "utf-8")
    (tmp_path / ".secret.txt").write_text("Hidden report.", "utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden report.", "utf-8")
    assert [r.text for r in read_inputs([str(tmp_path)])] == ["Report a.", "Report z.", "Report c."]


def test_empty_path_is_not_the_current_folder() -> None:
    [rejected] = list(read_inputs([""]))
    assert isinstance(rejected, Rejected) and "empty path" in rejected.reason


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert "no such file" in _rejected(missing).reason
    (tmp_path / "empty").mkdir()
    assert "no article files" in _rejected(tmp_path / "empty").reason


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Report b.", "utf-8")
    results = list(read_inputs([str(tmp_path), str(tmp_path / "missing.json")]))
    assert [type(r).__name__ for r in results] == ["Rejected", "Article", "Rejected"]


# --- bad content ------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    for name in ("e.txt", "e.json", "e.jsonl", "e.html"):
        (tmp_path / name).write_bytes(b"")
        assert "empty" in _rejected(tmp_path / name).reason


def test_whitespace_only(tmp_path: Path) -> None:
    for name in ("w.txt", "w.json", "w.jsonl"):
        (tmp_path / name).write_text(" \n\t\n  \n", "utf-8")
        assert "only whitespace" in _rejected(tmp_path / name).reason


@pytest.mark.parametrize(
    ("data", "named"),
    [(b"Headline\x00\x00\x01binary", "NUL"), (b"%PDF-1.7\n...", "PDF"), (b"PK\x03\x04rest", "ZIP"),
     (bytes(range(1, 32)) * 20, "control characters")],
)
def test_binary(tmp_path: Path, data: bytes, named: str) -> None:
    for name in ("bin.txt", "bin.jsonl", "bin"):
        (tmp_path / name).write_bytes(data)
        reason = _rejected(tmp_path / name).reason
        assert "not text" in reason and named in reason


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Headline\n\nBody \x81\x8d text.")  # invalid UTF-8 and undefined in cp1252
    reason = _rejected(path).reason
    assert "not valid UTF-8" in reason and "Windows-1252" in reason


@pytest.mark.parametrize(
    ("data", "encoding"),
    [("Café opens in Zürich.".encode("cp1252"), "cp1252"), (codecs.BOM_UTF8 + "Café opens.".encode(), "utf-8-sig"),
     ("Café opens.".encode("utf-16"), "utf-16")],
)
def test_other_encodings_are_decoded_and_named(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text.startswith("Café opens")
    assert article.extras["encoding"] == encoding


def test_utf8_input_does_not_mention_encoding(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Café opens.", "utf-8")
    assert "encoding" not in _one(path).extras


def test_cp1252_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_bytes(b'{"text": "plain"}\n' + '{"text": "Café"}\n'.encode("cp1252"))
    plain, old = list(read_inputs([str(path)]))
    assert "encoding" not in plain.extras and old.extras["encoding"] == "cp1252" and old.text == "Café"


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("word " * 50, "utf-8")
    reason = _rejected(path).reason
    assert "MAX_FILE_BYTES" in reason and "larger than" in reason
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b" " * 10_000))
    assert "decompressed file is larger" in _rejected(bomb).reason


def test_too_long_jsonl_line_costs_only_that_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 100)
    path = tmp_path / "bulk.jsonl"
    path.write_text('{"text": "One."}\n' + json.dumps({"text": "x" * 500}) + '\n{"text": "Three."}\n', "utf-8")
    results = list(read_inputs([str(path)]))
    assert [r.text for r in results if isinstance(r, Article)] == ["One.", "Three."]
    [rejected] = [r for r in results if isinstance(r, Rejected)]
    assert rejected.source == f"{path}:2" and "MAX_FILE_BYTES" in rejected.reason


def test_too_much_text_for_one_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.ingest import finish

    monkeypatch.setattr(finish, "MAX_ARTICLE_TEXT_CHARS", 20)
    path = tmp_path / "long.json"
    path.write_text(json.dumps({"text": "A rather long report text."}), "utf-8")
    assert "MAX_ARTICLE_TEXT_CHARS" in _rejected(path).reason


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "broken.html.gz"
    path.write_bytes(gzip.compress(b"<html>" * 100)[:30])
    assert "gzip" in _rejected(path).reason
    not_gzip = tmp_path / "fake.jsonl.gz"
    not_gzip.write_bytes(b'{"text": "x"}\n')
    assert "gzip" in _rejected(not_gzip).reason


def test_read_file_never_raises(tmp_path: Path) -> None:
    [result] = list(read_file(tmp_path / "does-not-exist.txt"))
    assert isinstance(result, Rejected) and "cannot be read" in result.reason


# --- standard input ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (ARTICLE, ["A storm hit the coast on Monday, officials said."]),
        ('{"text": "From JSON."}', ["From JSON."]),
        ('[{"text": "One."}, {"text": "Two."}]', ["One.", "Two."]),
        ('{"text": "One."}\n{"text": "Two."}\n{"text": "Three."}', ["One.", "Two.", "Three."]),
    ],
)
def test_stdin_is_sniffed(content: str, texts: list[str]) -> None:
    results = list(read_inputs(["-"], stdin=io.StringIO(content)))
    assert [r.text for r in results] == texts
    assert all(r.origin.startswith("stdin") for r in results if isinstance(r, Article))


def test_stdin_html() -> None:
    body = "".join(f"<p>Paragraph {n} of a report about talks between the two governments on Monday.</p>" for n in range(6))
    page = f"<!DOCTYPE html><html><head><title>Talks end</title></head><body><article>{body}</article></body></html>"
    [article] = list(read_inputs(["-"], stdin=io.StringIO(page)))
    assert isinstance(article, Article) and article.text.startswith("Paragraph 0 of a report")


def test_stdin_jsonl_bad_line_and_empty_stdin() -> None:
    results = list(read_inputs(["-"], stdin=io.StringIO('{"text": "One."}\n{"text": oops}\n{"text": "Three."}\n')))
    assert [r.source for r in results if isinstance(r, Rejected)] == ["stdin:2"]
    assert [r.text for r in results if isinstance(r, Article)] == ["One.", "Three."]
    [empty] = list(read_inputs(["-"], stdin=io.StringIO("")))
    assert isinstance(empty, Rejected) and empty.source == "stdin" and "empty" in empty.reason


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    body = "".join(f"<p>Абзац {n}: министр иностранных дел России заявил, что переговоры продолжатся в понедельник в Москве.</p>" for n in range(5))
    page = f'<html><head><meta charset="windows-1251"><title>Переговоры</title></head><body><article>{body}</article></body></html>'
    path = tmp_path / "ru.html"
    path.write_bytes(page.encode("cp1251"))
    article = _one(path)
    assert isinstance(article, Article)
    assert article.text.startswith("Абзац 0: министр")
    assert article.extras["encoding"] == "cp1251"
    assert article.language == "ru"


def test_folder_walk_skips_documentation_files(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Notes about this folder\n\nNot an article at all.", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Rebels attack town\n\nRebels attacked the town of Kidal on Monday, officials said.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["Article"]
