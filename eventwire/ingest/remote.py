"""Articles from the web: a page URL, a feed URL, or a saved RSS/Atom file.

Fetching is the monitor's (eventwire/monitor/fetch.py): the same address guard (no
private, loopback or link-local hosts, checked again after every redirect), robots.txt,
timeouts and size limit apply to a one-off ``eventwire ingest URL`` as to a poller.
A feed entry that carries its whole text becomes an article as it is; otherwise its
linked page is fetched.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.errors import InputError
from eventwire.models import Article, Rejected

_FEED_TYPES = ("rss", "atom", "xml")


def read_url(url: str) -> Iterator[Article | Rejected]:
    """The article at ``url``, or the articles of the feed there."""
    from eventwire.ingest.sniff import Format, format_from_content
    from eventwire.monitor.feeds import FeedItem, article_from_page

    fetcher = _fetcher()
    response = fetcher.get(url)
    head = response.body[:4096].decode("utf-8", errors="replace")
    if any(kind in response.content_type.lower() for kind in _FEED_TYPES) or format_from_content(head) is Format.FEED:
        yield from _feed_articles(response.body, response.url)
        return
    yield article_from_page(FeedItem(key=url, link=url), response.body, response.url)


def read_feed(body: bytes, source: str) -> Iterator[Article | Rejected]:
    """The articles of a feed document read from a file."""
    yield from _feed_articles(body, source)


def _feed_articles(body: bytes, source: str) -> Iterator[Article | Rejected]:
    from eventwire.monitor.feeds import article_from_item, article_from_page, parse_feed

    items = parse_feed(body, source)
    if not items:
        yield Rejected(source, "the feed has no entries. Fix: check that it is the feed you meant.")
        return
    fetcher = None
    for item in items:
        where = item.link or f"{source}#{item.key}"
        try:
            if item.full_text():
                yield article_from_item(item, where)
                continue
            if not item.link:
                yield Rejected(where, "the entry has neither its full text nor a link to the article.")
                continue
            fetcher = fetcher or _fetcher()
            page = fetcher.get(item.link)
            yield article_from_page(item, page.body, page.url)
        except InputError as error:
            yield Rejected(error.source, error.problem)


def _fetcher():  # type: ignore[no-untyped-def]
    from eventwire.monitor.fetch import Fetcher
    from eventwire.monitor.settings import MonitorSettings

    return Fetcher(MonitorSettings.from_env())
