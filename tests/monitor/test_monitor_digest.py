"""The digest: summary, counts against the previous window, incidents; escaped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from monitor_records import KARABAKH, incident

from eventwire.monitor.digest import html_digest, markdown_digest
from eventwire.monitor.evaluate import evaluate
from eventwire.monitor.incidents import ArticleLink, Incident, Report
from eventwire.monitor.rules import parse_rules

RULES = parse_rules({"rules": [{"name": "k", "kind": "ceasefire", "parties": ["ARM", "AZE"]},
                               {"name": "w", "kind": "watch", "types": ["PROTEST"]}]}, "r")
HOSTILE = "<script>alert(1)</script> | *bold* [link](javascript:x)"


def _incidents() -> list[Incident]:
    agreement = incident("agree", "AGREE", "2021-03-01", ["ARM", "AZE"], spot=KARABAKH, evidence="Armenia and Azerbaijan agreed to a ceasefire.")
    shelling = incident("v1", "ASSAULT", "2021-03-03", ["AZE"], ["ARM"], spot=KARABAKH)
    hostile = replace(shelling, reports=(Report("v1#e1", "doc-v1", HOSTILE, headline=HOSTILE, publisher="Wire"),))
    return [agreement, hostile]


def test_markdown_digest_sections_in_the_monitors_order() -> None:
    links = {"doc-v1": ArticleLink("doc-v1", url="https://news.example/a b")}
    text = markdown_digest(evaluate(RULES, _incidents()), date(2021, 3, 3), links)
    assert text.index("## Summary") < text.index("## Counts against the previous window") < text.index("## Incidents")
    assert "| total | all | 1 | 0 | +1 |" in text and "| party | AZE | 1 | 0 | +1 |" in text
    assert "<script>" not in text and "&lt;script&gt;" in text and "\\|" in text and "\\[link\\]" in text
    assert "(<https://news.example/a%20b>)" in text


def test_quiet_window_still_reports_the_ceasefire() -> None:
    text = markdown_digest(evaluate(RULES, _incidents(), until=date(2021, 3, 4)), date(2021, 3, 4))
    assert "0 violations on 2021-03-04, previous day 1 (-1)" in text and "None in this window." in text


def test_html_digest_escapes_article_text() -> None:
    links = {"doc-v1": ArticleLink("doc-v1", url='https://news.example/"onmouseover="x')}
    page = html_digest(evaluate(RULES, _incidents()), date(2021, 3, 3), links)
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="https://news.example/&quot;onmouseover=&quot;x"' in page
    assert page.startswith("<!doctype html>") and "<h2>Incidents</h2>" in page
