"""Stable doc ids and content hashes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from eventwire.ingest import content_hash, derive_doc_id, parse_text, read_inputs
from eventwire.ingest.identity import slugify
from eventwire.models import Article


def test_derived_id_is_slug_plus_hash_and_ignores_wrapping() -> None:
    first = derive_doc_id("Lavrov: no plans for Karabakh", "Russia has no plans.\n\nHe said so.")
    second = derive_doc_id("Lavrov:  no plans for Karabakh ", "Russia has no\nplans.\n\nHe  said so.")
    assert first == second
    assert first.startswith("lavrov-no-plans-for-karabakh-")
    assert derive_doc_id("Lavrov: no plans for Karabakh", "Different text.") != first


def test_slug_is_ascii_and_short() -> None:
    assert slugify("Zürich café reopens after the long lockdown of twenty-twenty and more words") == "zurich-cafe-reopens-after-the-long-lockdown-of"
    assert derive_doc_id("Россия", "Текст").startswith("doc-")


def test_same_content_at_another_path_gets_the_same_id(tmp_path: Path) -> None:
    raw = "Storm hits coast\n\nA storm hit the coast on Monday, officials said."
    (tmp_path / "a.txt").write_text(raw, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(raw.replace("\n", "\r\n"), "utf-8")
    first, second = list(read_inputs([str(tmp_path)]))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.doc_id == second.doc_id
    assert first.origin != second.origin
    assert content_hash(first) == content_hash(second)


def test_given_doc_id_is_kept() -> None:
    article = Article(doc_id="x", text="t")
    assert parse_text("Body text here.", "t").doc_id != "x"
    assert content_hash(article) != content_hash(dataclasses.replace(article, doc_id="y"))


def test_content_hash_tracks_identity_fields_only() -> None:
    article = Article(doc_id="a", text="Body.", headline="H", extras={"view_count": 1}, origin="one.txt")
    assert content_hash(article) == content_hash(dataclasses.replace(article, extras={"view_count": 9}, origin="two.txt"))
    assert content_hash(article) != content_hash(dataclasses.replace(article, text="Body, corrected."))
    assert len(content_hash(article)) == 64
