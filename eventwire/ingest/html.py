"""HTML news pages into Articles: trafilatura finds the body and the page
metadata (title, author, site name, canonical URL), htmldate the publication date."""

from __future__ import annotations

import logging
import re
from typing import Any

import htmldate
import trafilatura

from eventwire.errors import InputError
from eventwire.ingest.finish import finish_article
from eventwire.ingest.language import UNDETERMINED, guess_language
from eventwire.ingest.normalise import clean_line, normalise_chars, one_per_line
from eventwire.models import Article

_HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_MIDNIGHT = "T00:00:00"
# Below this many words the "body" trafilatura falls back to is navigation or a
# stub (an index page, a paywall), not a report.
MIN_BODY_WORDS = 15
# trafilatura and htmldate log every page they find hard; that is not the user's problem.
for _noisy in ("trafilatura", "htmldate"):
    logging.getLogger(_noisy).setLevel(logging.ERROR)


def parse_html(raw: str, origin: str = "", url: str = "") -> Article:
    """An Article from one HTML page; raises InputError when no article body is found."""
    source = origin or url or "html"
    # Tables kept and precision favoured: on the 40-page benchmark
    # (benchmarks/html_ingest.py) this lifts mean token F1 from 0.95 to 0.975.
    try:
        document = trafilatura.bare_extraction(
            raw, url=url or None, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
        )
    except Exception as error:  # trafilatura/lxml raise many kinds on broken markup
        raise InputError(source, f"the HTML could not be parsed ({type(error).__name__}: {error}). Fix: save the page again as complete HTML.") from error
    metadata: dict[str, Any] = document.as_dict() if document is not None else {}
    headline = clean_line(normalise_chars(metadata.get("title") or ""))
    text = _body_text(metadata.get("text") or "", headline)
    if len(text.split()) < MIN_BODY_WORDS:
        raise InputError(
            source,
            f"no article body found in the HTML page (under {MIN_BODY_WORDS} words of text; it may be an index page, a paywall stub or rendered by JavaScript). "
            "Fix: save the article page itself, or paste its text into a .txt file.",
        )
    extras: dict[str, Any] = {}
    if metadata.get("description"):
        extras["description"] = clean_line(normalise_chars(metadata["description"]))
    if metadata.get("tags"):
        extras["tags"] = metadata["tags"]
    article = Article(
        doc_id="",
        text=text,
        headline=headline,
        published=publication_date(raw, url),
        url=metadata.get("url") or url,
        source=clean_line(metadata.get("sitename") or metadata.get("hostname") or ""),
        section=clean_line(", ".join(metadata.get("categories") or [])),
        byline=clean_line(normalise_chars(metadata.get("author") or "")),
        language="",
        extras=extras,
        origin=origin,
    )
    article.language = guess_language(f"{headline}\n{text}")
    if article.language == UNDETERMINED and (declared := _HTML_LANG.search(raw[:4096])):
        article.language = declared.group(1).lower()
    return finish_article(article, source)


def publication_date(raw: str, url: str = "") -> str:
    """The page's original publication date, ISO; "" when htmldate finds none."""
    try:
        found = htmldate.find_date(raw, url=url or None, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S")
    except Exception:  # htmldate raises on some malformed pages; a missing date is not fatal
        return ""
    if not found:
        return ""
    # htmldate pads a date without a time with midnight; keep it a plain date then.
    return found[: -len(_MIDNIGHT)] if found.endswith(_MIDNIGHT) else found


def _body_text(extracted: str, headline: str) -> str:
    """trafilatura gives one paragraph per line; store them a blank line apart, and
    drop a first line that only repeats the headline."""
    text = one_per_line(extracted)
    first, _, rest = text.partition("\n\n")
    if headline and clean_line(first).casefold() == headline.casefold() and rest:
        return rest
    return text
