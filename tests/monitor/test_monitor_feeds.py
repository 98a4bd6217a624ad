"""Feeds and URL lists into items, items into articles; the poller's memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from monitor_servers import Site, article_page, atom, rss

from eventwire.errors import InputError
from eventwire.models import Article, ArticleResult
from eventwire.monitor.feeds import (
    FeedItem,
    article_from_item,
    fragment_text,
    parse_feed,
    parse_url_list,
)
from eventwire.monitor.poller import Poller, Source
from eventwire.monitor.settings import MonitorSettings
from eventwire.monitor.state import FeedStates

BODY = "Government troops retook the northern town on Tuesday after two days of fighting, the army said in a statement."


def test_rss_items_keep_guid_link_title_and_date() -> None:
    xml = rss("Wire", [{"title": "Town retaken", "link": "https://news.example/a", "guid": "urn:a",
                        "pubDate": "Wed, 03 Mar 2021 09:30:00 GMT", "description": "Teaser only."}])
    [item] = parse_feed(xml.encode(), "https://news.example/feed")
    assert (item.key, item.link, item.title, item.published, item.feed_title) == (
        "urn:a", "https://news.example/a", "Town retaken", "2021-03-03T09:30:00", "Wire")
    assert item.full_text() == ""  # a teaser with a link: the page is the article


def test_atom_content_is_the_full_text() -> None:
    xml = atom("Wire", [{"id": "urn:b", "title": "Town retaken", "updated": "2021-03-03T09:30:00Z",
                         "content": f"<p>{BODY}</p><script>x()</script><p>Residents fled.</p>"}])
    [item] = parse_feed(xml.encode(), "feed")
    article = article_from_item(item, "feed#urn:b")
    assert article.text == f"{BODY}\n\nResidents fled." and article.headline == "Town retaken"
    assert article.published.startswith("2021-03-03") and article.doc_id


def test_not_a_feed_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not a readable RSS/Atom feed"):
        parse_feed(b"<html><body>Not a feed</body></html>", "https://news.example/")


def test_url_lists_and_fragments() -> None:
    assert [i.link for i in parse_url_list("# mine\nhttps://a.example/1\n\n  https://a.example/2  \n")] == [
        "https://a.example/1", "https://a.example/2"]
    assert fragment_text("<div>One<br>two &amp; <b>three</b></div>") == "One\n\ntwo & three"


def test_state_survives_a_restart(tmp_path: Path) -> None:
    states = FeedStates.load(tmp_path)
    states.of("https://a.example/feed").etag = '"x"'
    states.of("https://a.example/feed").remember(["1", "2", "3"], cap=2)
    states.save()
    again = FeedStates.load(tmp_path).of("https://a.example/feed")
    assert again.etag == '"x"' and again.seen == ["2", "3"]
    (tmp_path / "feeds.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(InputError, match="delete the file"):
        FeedStates.load(tmp_path)


class _Recorder:
    """A stand-in pipeline that codes nothing, to test the poller alone."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def process_many(self, articles: list[Article]) -> list[ArticleResult]:
        self.seen.extend(articles)
        return [ArticleResult(article=a) for a in articles]


def test_poller_reads_pages_once_and_retries_failed_fetches(site: Site, loopback_settings: MonitorSettings, tmp_path: Path) -> None:
    site.put("/a.html", article_page("Town retaken", "2021-03-03", [BODY, "Residents said the shelling had stopped by nightfall."]))
    site.put("/b.html", "", status=503)
    items = [{"title": "A", "link": site.url("/a.html"), "guid": "urn:a"}, {"title": "B", "link": site.url("/b.html"), "guid": "urn:b"},
             {"title": "C", "guid": "urn:c", "description": "Too short."}]
    site.put_feed("/feed.xml", rss("Wire", items))
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/a.html") + "\n", encoding="utf-8")
    recorder = _Recorder()
    poller = Poller([Source(site.url("/feed.xml")), Source(str(urls), "urls")], str(tmp_path / "s.duckdb"),
                    loopback_settings, pipeline=recorder)  # type: ignore[arg-type]
    report = poller.poll_once()
    assert [a.headline for a in recorder.seen] == ["Town retaken", "Town retaken"]  # from the feed and the list
    assert recorder.seen[0].published == "2021-03-03" and recorder.seen[0].url == site.url("/a.html")
    assert report.stored == {"inserted": 1, "replaced": 0, "unchanged": 1}
    assert sorted(r.source for r in report.rejected) == [site.url("/b.html"), f"{site.url('/feed.xml')}#urn:c"]
    # Next poll: the feed is unchanged, so nothing is fetched but it; B, which failed to fetch, is not forgotten.
    site.put("/b.html", article_page("B", "2021-03-03", [BODY, "A second paragraph of the report follows here."]))
    site.put_feed("/feed.xml", rss("Wire", items + [{"title": "D", "link": site.url("/a.html"), "guid": "urn:d"}]))
    poller.poll_once()
    assert [a.headline for a in recorder.seen[2:]] == ["B", "Town retaken"]
    assert len(site.seen("/a.html")) == 3 and len(site.seen("/b.html")) == 2
    assert set(FeedStates.load(loopback_settings.state_path("")).of(site.url("/feed.xml")).seen) == {"urn:a", "urn:b", "urn:c", "urn:d"}


def test_poller_needs_sources(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no feeds or URL files"):
        Poller([], str(tmp_path / "s.duckdb"), MonitorSettings.from_env({}, state_dir=str(tmp_path)))


def test_feed_items_without_a_link_or_text() -> None:
    assert FeedItem(key="x", summary_html=f"<p>{BODY}</p>").full_text() == BODY  # no link: the summary is all there is
    assert FeedItem(key="x", link="https://a.example/", summary_html=f"<p>{BODY}</p>").full_text() == ""


def test_a_page_that_failed_is_fetched_again_though_the_feed_is_unchanged(
    site: Site, loopback_settings: MonitorSettings, tmp_path: Path
) -> None:
    site.put("/a.html", "", status=503)
    site.put_feed("/feed.xml", rss("Wire", [{"title": "A", "link": site.url("/a.html"), "guid": "urn:a"}]))
    recorder = _Recorder()
    poller = Poller([Source(site.url("/feed.xml"))], str(tmp_path / "s.duckdb"), loopback_settings, pipeline=recorder)  # type: ignore[arg-type]
    assert len(poller.poll_once().rejected) == 1
    site.put("/a.html", article_page("A", "2021-03-03", [BODY, "Residents said the shelling had stopped by nightfall."]))
    assert poller.poll_once().not_modified == 0  # the old validators were kept: the whole feed came again
    assert [a.headline for a in recorder.seen] == ["A"]
    assert poller.poll_once().not_modified == 1  # now all is read: conditional GETs again
