"""What the web serves that no article should be: bombs, giants, deep nesting,
strange encodings and scripts, impossible dates. Each is refused with a clear reason
or read correctly; none escapes as an exception, and the batch goes on."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import read_inputs
from eventwire.ingest.limits import MAX_FILE_BYTES
from eventwire.models import Article, Rejected

GOOD = "Peace talks resume\n\nNegotiators from both sides met in Geneva on Monday to resume talks."


def _all(*paths: Path) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths]))


def _good(tmp_path: Path) -> Path:
    path = tmp_path / "zz-good.txt"
    path.write_text(GOOD, "utf-8")
    return path


def test_a_gzip_bomb_is_refused_after_reading_only_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        chunk = b"A" * (1024 * 1024)
        for _ in range(MAX_FILE_BYTES // len(chunk) * 5):  # five times the limit, a few kB on disk
            handle.write(chunk)
    assert bomb.stat().st_size < MAX_FILE_BYTES // 100
    started = time.perf_counter()
    bad, good = _all(bomb, _good(tmp_path))
    assert isinstance(bad, Rejected) and "bomb.txt.gz" in bad.source and "decompressed file is larger" in bad.reason
    assert isinstance(good, Article)
    assert time.perf_counter() - started < 30  # stopped at the limit instead of inflating it all


def test_a_hundred_megabyte_file_is_refused_without_being_read(tmp_path: Path) -> None:
    giant = tmp_path / "giant.txt"
    with giant.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    bad, good = _all(giant, _good(tmp_path))
    assert isinstance(bad, Rejected) and "larger than" in bad.reason and "Fix:" in bad.reason
    assert isinstance(good, Article)


def test_a_one_megabyte_jsonl_line_is_read_and_its_neighbours_too(tmp_path: Path) -> None:
    path = tmp_path / "wires.jsonl"
    long_text = ("Talks went on. " * 70_000)[:1_000_000]
    lines = [json.dumps({"doc_id": "a", "text": GOOD}), json.dumps({"doc_id": "long", "text": long_text}),
             json.dumps({"doc_id": "b", "text": GOOD})]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    results = _all(path)
    assert [r.doc_id for r in results if isinstance(r, Article)] == ["a", "long", "b"]


def test_html_nested_ten_thousand_deep_is_refused_or_read_never_raised(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 10_000 + "<p>" + GOOD + "</p>" + "</div>" * 10_000 + "</body></html>")
    result, good = _all(page, _good(tmp_path))
    if isinstance(result, Rejected):
        assert "deep.html" in result.source and result.reason
    else:
        assert "Negotiators" in result.text
    assert isinstance(good, Article)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Переговоры возобновились в Москве.\n\nСтороны встретились в понедельник.".encode("cp1251"), "cp1251"),
        ("Reprise des négociations à Genève.\n\nLes délégués se sont réunis lundi.".encode("latin-1"), None),
        ("\ufeffTalks resume in Genève.\n\nDelegates met on Monday.".encode("utf-16-le"), "utf-16"),
    ],
)
def test_legacy_encodings_decode_to_the_right_text(tmp_path: Path, data: bytes, encoding: str | None) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    (article,) = _all(path)
    assert isinstance(article, Article)
    assert "\ufffd" not in article.text and "Ã" not in article.text
    if encoding:
        assert article.extras.get("encoding") == encoding


def test_mixed_scripts_are_kept_verbatim(tmp_path: Path) -> None:
    text = "Talks in Tbilisi\n\nThe minister (მინისტრი) met envoys from Москва and 北京 on Monday."
    path = tmp_path / "mixed.txt"
    path.write_text(text, "utf-8")
    (article,) = _all(path)
    assert isinstance(article, Article) and "მინისტრი" in article.text and "北京" in article.text


@pytest.mark.parametrize("published", ["2021-02-30", "2021-13-01", "0000-00-00", "yesterday-ish", "99999-01-01"])
def test_impossible_publication_dates_keep_the_article_and_say_so(tmp_path: Path, published: str) -> None:
    path = tmp_path / "dated.json"
    path.write_text(json.dumps({"doc_id": "d", "text": GOOD, "published": published}), "utf-8")
    (article,) = _all(path)
    assert isinstance(article, Article)
    assert article.published == ""
    assert published in json.dumps(article.extras)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), name=st.sampled_from(["x.txt", "x.json", "x.jsonl", "x.html", "x", "x.txt.gz"]))
def test_any_bytes_give_articles_or_reasons_never_an_exception(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for result in _all(path):
        assert isinstance(result, (Article, Rejected))
        if isinstance(result, Rejected):
            assert result.source.startswith(str(path)) and len(result.reason) > 10


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=2000))
def test_any_text_gives_articles_or_reasons_never_an_exception(tmp_path: Path, text: str) -> None:
    path = tmp_path / "any.txt"
    path.write_text(text, "utf-8", errors="surrogatepass")
    results = _all(path)
    assert results and all(isinstance(r, (Article, Rejected)) for r in results)
