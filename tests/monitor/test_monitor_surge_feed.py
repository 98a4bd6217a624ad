"""Surge monitoring end to end: an Atom feed carrying full texts publishes four quiet
weeks of attacks in north-east Nigeria, then a week with a wave of them; the surge
rule fires once, for that week, and the alert reaches a JSON Lines file and the digest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from monitor_servers import Site, atom

from eventwire.monitor.delivery import deliver
from eventwire.monitor.digest import markdown_digest
from eventwire.monitor.poller import Poller, Source
from eventwire.monitor.rules import parse_rules
from eventwire.monitor.service import evaluate_db
from eventwire.monitor.settings import MonitorSettings

QUIET_WEEKS = [
    ("2021-02-03", "Gunmen attack police post", "Gunmen attacked a police post in Maiduguri on Tuesday, killing three officers, Nigerian police said."),
    ("2021-02-10", "Militants attack army base", "Islamist fighters attacked an army base in Monguno on Tuesday, the Nigerian army said."),
    ("2021-02-17", "Police station attacked", "Boko Haram militants attacked a police station in Bama on Tuesday, police said."),
    ("2021-02-24", "Convoy ambushed", "Islamist fighters attacked an army convoy near Dikwa on Tuesday, the Nigerian army said."),
]
AFTERMATH = "The wounded were taken to a hospital in the state capital, residents said."
WAVE = ("2021-03-06", "Wave of attacks in Borno", [
    "Boko Haram militants attacked a police station in Gwoza on Monday, police said.",
    "Islamist fighters attacked an army base in Damasak on Tuesday, the Nigerian army said.",
    "Gunmen attacked a police post in Biu on Wednesday, killing two officers, Nigerian police said.",
    "Boko Haram fighters attacked an army convoy near Konduga on Thursday, the Nigerian army said.",
    "Islamist militants attacked a police post in Mafa on Friday, police said.",
])


def _entry(number: int, published: str, title: str, paragraphs: list[str]) -> dict[str, str]:
    return {"id": f"urn:test:{number}", "title": title, "updated": f"{published}T08:00:00Z",
            "content": "".join(f"<p>{p}</p>" for p in paragraphs)}


def test_surge_alert_from_an_atom_feed_reaches_jsonl_and_digest(
    site: Site, pipeline, loopback_settings: MonitorSettings, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    db = str(tmp_path / "store.duckdb")
    out = tmp_path / "alerts.jsonl"
    rules = parse_rules({
        "rules": [{"name": "nigeria-surge", "kind": "surge", "group_by": "country", "types": ["ASSAULT", "COERCE"],
                   "window": "weekly", "baseline_windows": 4, "ratio": 2.0, "min_count": 3}],
        "deliver": [{"jsonl": str(out)}],
    }, "test rules")
    entries = [_entry(n, published, title, [text, AFTERMATH]) for n, (published, title, text) in enumerate(QUIET_WEEKS)]
    site.put("/borno.atom", atom("Borno wire", entries), "application/atom+xml")
    poller = Poller([Source(site.url("/borno.atom"))], db, loopback_settings, pipeline=pipeline)

    # Four weeks of one attack each: under the floor, no surge.
    report = poller.poll_once()
    assert report.stored["inserted"] == 4 and not report.rejected
    assert evaluate_db(db, rules).alerts == []

    # The wave: five attacks in the week of 1 March against an average of about one.
    site.put("/borno.atom", atom("Borno wire", entries + [_entry(9, WAVE[0], WAVE[1], WAVE[2])]), "application/atom+xml")
    assert poller.poll_once().stored["inserted"] == 1
    evaluation = evaluate_db(db, rules)
    [alert] = evaluation.alerts
    assert alert.subject == "country:NGA"
    assert alert.window.label() == "2021-W09" and alert.window.start == date(2021, 3, 1)
    assert alert.count >= 4 and alert.baseline is not None and 0 < alert.baseline <= 1.0
    assert alert.count >= 2 * alert.baseline
    assert len(alert.doc_ids) == 1 and len(alert.event_ids) == alert.count

    deliver(evaluation.alerts, rules.sinks, loopback_settings.state_path(db))
    deliver(evaluate_db(db, rules).alerts, rules.sinks, loopback_settings.state_path(db))  # nothing new: not written twice
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(line["id"], line["kind"], line["revision"]) for line in lines] == [(alert.id, "surge", 0)]

    digest = markdown_digest(evaluation, date(2021, 3, 3))
    assert "Surge in country NGA" in digest and "week 2021-W09" in digest
    assert "Islamist fighters attacked an army base in Damasak" in digest
