"""Ceasefire monitoring end to end: a local RSS feed publishes an agreement, then
violations on two days, then a quiet day; each poll codes and stores what is new,
the rules raise alerts, a local receiver gets them signed, and the digest lists them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path

from monitor_servers import Receiver, Site, article_page, rss

from eventwire.monitor.delivery import deliver
from eventwire.monitor.digest import html_digest, markdown_digest
from eventwire.monitor.incidents import article_links
from eventwire.monitor.poller import Poller, Source
from eventwire.monitor.rules import parse_rules
from eventwire.monitor.service import evaluate_db
from eventwire.monitor.settings import MonitorSettings
from eventwire.store.store import Store

# Wire-style reports written for this test: (path, headline, published, paragraphs).
REPORTS = [
    ("/news/truce.html", "Armenia and Azerbaijan agree ceasefire in Nagorno-Karabakh", "2021-03-02", [
        "Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh on Monday, the Russian foreign ministry said.",
        "The truce was signed in Moscow after talks between the two foreign ministers.",
    ]),
    ("/news/shelling.html", "Azerbaijani forces shell Armenian positions", "2021-03-04", [
        "Azerbaijani forces shelled Armenian positions near Shusha on Wednesday, the Armenian defence ministry said.",
        "Armenian troops fired on Azerbaijani soldiers in Nagorno-Karabakh on Wednesday, the Azerbaijani defence ministry said.",
    ]),
    ("/news/attack.html", "Fighting flares again in Karabakh", "2021-03-06", [
        "Azerbaijani troops attacked Armenian forces in Nagorno-Karabakh on Friday, the Armenian defence ministry said.",
        "Officials in Yerevan said the attack was repelled and reported no casualties among the defenders.",
    ]),
    ("/news/calm.html", "Calm holds in Karabakh", "2021-03-07", [
        "The situation in Nagorno-Karabakh remained calm on Saturday, local officials said.",
        "Shops reopened in Stepanakert as residents returned to the town after a week of uncertainty.",
    ]),
]
SECRET_VARIABLE = "TEST_WEBHOOK_SECRET"


def _publish(site: Site, count: int) -> None:
    """The feed with the first ``count`` reports (newest first, as feeds list them)."""
    items = []
    for path, headline, published, paragraphs in REPORTS[:count]:
        site.put(path, article_page(headline, published, paragraphs))
        items.append({"title": headline, "link": site.url(path), "guid": site.url(path),
                      "pubDate": format_datetime(datetime.fromisoformat(published).replace(hour=9, tzinfo=UTC)), "description": paragraphs[0][:60] + "..."})
    site.put_feed("/feed.xml", rss("Caucasus wire", list(reversed(items))))


def test_ceasefire_alerts_from_a_live_feed_with_webhook_and_digest(
    site: Site, receiver: Receiver, pipeline, loopback_settings: MonitorSettings, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    db = str(tmp_path / "store.duckdb")
    rules = parse_rules({
        "rules": [{"name": "karabakh", "kind": "ceasefire", "parties": ["ARM", "AZE"]}],
        "deliver": [{"webhook": {"url": receiver.url("/hook"), "secret_env": SECRET_VARIABLE, "backoff_seconds": 0}}],
    }, "test rules")
    environ = {SECRET_VARIABLE: receiver.secret}
    poller = Poller([Source(site.url("/feed.xml"))], db, loopback_settings, pipeline=pipeline)

    def poll() -> list[dict]:  # type: ignore[type-arg]
        report = poller.poll_once()
        assert not report.rejected, report.rejected
        evaluation = evaluate_db(db, rules)
        deliver(evaluation.alerts, rules.sinks, loopback_settings.state_path(db), environ=environ, sleep=lambda s: None)
        return [alert.to_dict() for alert in evaluation.alerts]

    # Day 1: the agreement. A ceasefire is on record, nothing violates it yet.
    _publish(site, 1)
    assert poll() == []
    assert receiver.deliveries == []

    # Violations on Wednesday 3 March: both sides fired.
    _publish(site, 2)
    alerts = poll()
    assert [(a["window"]["start"], a["count"], a["previous"]) for a in alerts] == [("2021-03-03", 2, 0)]
    first = alerts[0]
    assert first["subject"] == "ARM-AZE" and first["details"]["ceasefire"]["since"] == "2021-03-01"
    by_party = {c["value"]: c for c in first["counts"] if c["dimension"] == "party"}
    assert {party: c["count"] for party, c in by_party.items()} == {"ARM": 1, "AZE": 1}
    for count in first["counts"]:  # every count links to its events and articles
        assert count["event_ids"] and set(count["event_ids"]) <= set(first["event_ids"])
        assert set(count["doc_ids"]) <= set(first["doc_ids"])
    assert [d.alert["id"] for d in receiver.deliveries] == [first["id"]]
    assert all(d.verified for d in receiver.deliveries)

    # The feed has not changed: a conditional GET, a 304, nothing sent again.
    assert poller.poll_once().not_modified == 1
    assert site.seen("/feed.xml")[-1].status == 304
    assert site.seen("/feed.xml")[-1].headers.get("if-none-match")

    # Friday 5 March: one more violation, against a quiet Thursday.
    _publish(site, 3)
    alerts = poll()
    assert [(a["window"]["start"], a["count"], a["previous"]) for a in alerts] == [("2021-03-03", 2, 0), ("2021-03-05", 1, 0)]
    assert alerts[0]["id"] == first["id"]  # the same alert, the same id
    assert [d.alert["window"]["start"] for d in receiver.deliveries] == ["2021-03-03", "2021-03-05"]
    friday_party = [c for c in alerts[1]["counts"] if c["dimension"] == "party"]
    assert [(c["value"], c["count"]) for c in friday_party] == [("AZE", 1)]

    # Saturday is quiet: no alert, no delivery, and each page was fetched only once.
    _publish(site, 4)
    assert len(poll()) == 2
    assert len(receiver.deliveries) == 2
    assert all(len(site.seen(path)) == 1 for path, *_ in REPORTS)

    # The digests: Saturday's compares 0 with Friday's 1; Wednesday's shows each incident with its source sentence.
    evaluation = evaluate_db(db, rules)
    saturday = markdown_digest(evaluation, date(2021, 3, 6))
    assert "0 violations on 2021-03-06, previous day 1 (-1)" in saturday
    with Store(db, read_only=True) as store:
        links = article_links(store.connection, first["doc_ids"])
    assert {link.url for link in links.values()} == {site.url("/news/shelling.html")}
    wednesday = markdown_digest(evaluation, date(2021, 3, 3), links)
    summary, counts, incidents = wednesday.index("## Summary"), wednesday.index("## Counts"), wednesday.index("## Incidents")
    assert summary < counts < incidents
    assert "| party | AZE | 1 | 0 | +1 |" in wednesday
    assert "> Azerbaijani forces shelled Armenian positions near Shusha on Wednesday" in wednesday
    assert site.url("/news/shelling.html") in wednesday
    page = html_digest(evaluation, date(2021, 3, 3), links)
    assert "<blockquote><p>Armenian troops fired on Azerbaijani soldiers" in page

    # Evaluating and delivering again changes nothing.
    again = evaluate_db(db, rules)
    assert [a.id for a in again.alerts] == [a["id"] for a in alerts]
    report = deliver(again.alerts, rules.sinks, loopback_settings.state_path(db), environ=environ, sleep=lambda s: None)
    assert (report.sent, report.skipped) == (0, 2)
