"""RSS/Atom feeds and URL lists into items, and items into Articles.

feedparser only ever sees bytes the fetcher already got: handed a URL string it
would fetch it itself, past the address guard and robots.txt.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import feedparser

from eventwire.errors import InputError
from eventwire.ingest import parse_html, parse_record
from eventwire.ingest.html import MIN_BODY_WORDS
from eventwire.models import Article

# Tags after which a paragraph ends: feeds carry HTML fragments, the pipeline wants
# one paragraph per line so sentence breaks fall where the publisher put them.
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"})
_SKIPPED_TAGS = frozenset({"script", "style", "figure", "figcaption", "aside", "nav"})


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, or one URL of a list (then only ``key`` and ``link`` are set)."""

    key: str  # what makes the item "seen": its id/guid, else its link, else a hash of its text
    link: str = ""
    title: str = ""
    published: str = ""  # ISO 8601 from the entry, or ""
    content_html: str = ""  # the full content (content:encoded, atom:content), or ""
    summary_html: str = ""
    feed_title: str = ""

    def full_text(self) -> str:
        """The entry's own text when it carries the whole article, else ""."""
        for fragment in (self.content_html, "" if self.link else self.summary_html):
            text = fragment_text(fragment)
            if len(text.split()) >= MIN_BODY_WORDS:
                return text
        return ""


def parse_feed(body: bytes, url: str) -> list[FeedItem]:
    """The entries of an RSS or Atom document, in document order."""
    # The feed's URL as base, so relative links resolve as a browser would resolve them.
    # A stated XML type keeps feedparser from flagging a file read from disk as suspect.
    parsed = feedparser.parse(body, response_headers={"content-location": url, "content-type": "application/xml"})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        problem = getattr(parsed, "bozo_exception", None) or "no RSS or Atom root element"
        raise InputError(url, f"not a readable RSS/Atom feed ({problem}). Fix: check the feed URL (list plain article URLs in a URL file instead).")
    feed_title = str(parsed.feed.get("title", "") or "")
    return [_item(entry, feed_title) for entry in parsed.entries]


def parse_url_list(text: str) -> list[FeedItem]:
    """One URL a line; blank lines and lines starting with # are skipped."""
    items: list[FeedItem] = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            items.append(FeedItem(key=line, link=line))
    return items


def article_from_item(item: FeedItem, source: str) -> Article:
    """An Article from an entry that carries its full text (see ``FeedItem.full_text``)."""
    record = {"headline": item.title, "text": item.full_text(), "url": item.link, "source": item.feed_title}
    if item.published:
        record["published"] = item.published
    return parse_record(record, source)


def article_from_page(item: FeedItem, page: bytes, url: str) -> Article:
    """An Article from the item's linked page; the entry fills what the page lacks."""
    article = parse_html(page.decode("utf-8", errors="replace"), origin=url, url=url)
    if not article.published and item.published:
        article.published = item.published
    if not article.headline and item.title:
        article.headline = item.title
    if not article.source and item.feed_title:
        article.source = item.feed_title
    return article


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, paragraphs a blank line apart (as the other readers give them)."""
    if not fragment:
        return ""
    reader = _TextReader()
    reader.feed(fragment)
    reader.close()
    return reader.text()


def _item(entry: Any, feed_title: str) -> FeedItem:
    link = str(entry.get("link", "") or "")
    if not link.lower().startswith(("http://", "https://")):
        link = ""  # e.g. a non-URL guid that RSS takes for a permalink
    title = str(entry.get("title", "") or "")
    content = entry.get("content") or []
    content_html = "\n".join(str(part.get("value", "")) for part in content)
    summary = str(entry.get("summary", "") or "")
    key = str(entry.get("id", "") or "") or link
    if not key:
        key = "sha256:" + hashlib.sha256(f"{title}\n{summary}\n{content_html}".encode()).hexdigest()[:24]
    return FeedItem(
        key=key, link=link, title=title, published=_entry_date(entry), content_html=content_html,
        summary_html=summary if summary != content_html else "", feed_title=feed_title,
    )


def _entry_date(entry: Any) -> str:
    """The entry's publication (else update) moment, ISO, UTC as feedparser normalises it."""
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%S", value)
    return ""


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = [""]
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._lines.append("")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._lines[-1] += data

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in self._lines)
        return "\n\n".join(line for line in lines if line)
