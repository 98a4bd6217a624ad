"""Stable identities for articles.

An article read without a doc_id gets one derived from its content: a short
slug of the headline (for people) plus a short hash of the whitespace-normalised
headline and text (for uniqueness). The same report read again, from another
path or with other line wrapping, gets the same id.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from eventwire.models import Article

SLUG_MAX_CHARS = 48
ID_HASH_CHARS = 12
# The fields that make two records the same article; origin (where it was read)
# and extras (view counts, encodings, scrape furniture) are deliberately not among them.
IDENTITY_FIELDS = ("doc_id", "headline", "dateline", "published", "text", "url", "source", "section", "byline", "language")
_FALLBACK_SLUG = "doc"


def slugify(text: str, max_chars: int = SLUG_MAX_CHARS) -> str:
    """Lowercase ASCII words joined by hyphens, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_chars:
            break
        slug = candidate
    return slug or (words[0][:max_chars] if words else "")


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def derive_doc_id(headline: str, text: str) -> str:
    """``<slug>-<hash>`` from the headline (or the opening words when there is none)."""
    digest = hashlib.sha256(f"{_normalised(headline)}\n{_normalised(text)}".encode("utf-8")).hexdigest()
    slug = slugify(headline or " ".join(text.split()[:8])) or _FALLBACK_SLUG
    return f"{slug}-{digest[:ID_HASH_CHARS]}"


def assign_doc_id(article: Article) -> str:
    """The article's own doc_id when it has one, else one derived from its content."""
    return article.doc_id.strip() or derive_doc_id(article.headline, article.text)


def content_hash(article: Article) -> str:
    """sha256 (hex) over the identity fields, for idempotent storage: the same
    article stored twice has the same hash, a corrected one a different hash."""
    fields = {name: getattr(article, name) for name in IDENTITY_FIELDS}
    canonical = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
