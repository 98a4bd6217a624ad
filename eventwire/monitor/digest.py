"""The reporting-window digest, in the shape of a monitoring mission's daily report:
summary lines first, then counts by party and area against the previous window,
then every incident with the sentences of its sources.

Text from articles is escaped in both formats (Markdown renderers pass raw HTML
through, so a headline must not be able to inject markup into either).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from datetime import date

from eventwire.monitor.alerts import Tally
from eventwire.monitor.evaluate import Evaluation
from eventwire.monitor.incidents import ArticleLink, Incident

_STYLE = (
    "<style>body{font-family:sans-serif;max-width:60rem;margin:auto}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:.2rem .5rem}td.n{text-align:right}"
    "blockquote{border-left:3px solid #999;margin-left:0;padding-left:1rem}</style>"
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|])")  # all our text follows a prefix, so line-start marks are harmless


def digest_tallies(evaluation: Evaluation, day: date) -> list[Tally]:
    """The tallies of the reporting window holding ``day``: every ceasefire's (quiet ones
    too, as a daily report lists them) and every fired one; by kind, then subject."""
    order = {"ceasefire": 0, "surge": 1, "watch": 2, "new_actor": 3}
    chosen = [t for t in evaluation.tallies_in(day) if t.fired or t.kind == "ceasefire"]
    return sorted(chosen, key=lambda t: (order.get(t.kind, 9), t.rule, t.subject, t.window.start))


def markdown_digest(evaluation: Evaluation, day: date, links: Mapping[str, ArticleLink] | None = None) -> str:
    links = links or {}
    tallies = digest_tallies(evaluation, day)
    lines = [f"# eventwire digest: {day.isoformat()}", ""]
    lines += ["## Summary", ""]
    lines += [f"- {_md(t.title)}" for t in tallies] or ["- Nothing to report: no rule matched in this window."]
    lines += ["", "## Counts against the previous window", ""]
    for tally in (t for t in tallies if t.counts or t.kind == "ceasefire"):
        lines += [f"### {_md(_heading(tally))}", "", "| by | value | this window | previous | change |", "|---|---|---:|---:|---:|"]
        lines.append(f"| total | all | {tally.count} | {tally.previous} | {tally.count - tally.previous:+d} |")
        for count in tally.counts:
            lines.append(f"| {_md(count.dimension)} | {_md(count.value)} | {count.count} | {count.previous} | {count.count - count.previous:+d} |")
        lines.append("")
    lines += ["## Incidents", ""]
    incidents = _incidents(tallies)
    if not incidents:
        lines += ["None in this window.", ""]
    for number, incident in enumerate(incidents, start=1):
        lines += [f"### {number}. {_md(_incident_heading(incident))}", ""]
        for report in incident.reports:
            link = links.get(report.doc_id)
            lines.append(f"> {_md(report.evidence)}")
            lines.append(">")
            lines.append(f"> {_md_source(report.doc_id, report.event_id, report.headline, report.publisher, report.published, link)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def html_digest(evaluation: Evaluation, day: date, links: Mapping[str, ArticleLink] | None = None) -> str:
    links = links or {}
    tallies = digest_tallies(evaluation, day)
    e = html.escape
    parts = [
        "<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>eventwire digest: {e(day.isoformat())}</title>",
        _STYLE,
        "</head><body>", f"<h1>eventwire digest: {e(day.isoformat())}</h1>", "<h2>Summary</h2>", "<ul>",
    ]
    parts += [f"<li>{e(t.title)}</li>" for t in tallies] or ["<li>Nothing to report: no rule matched in this window.</li>"]
    parts += ["</ul>", "<h2>Counts against the previous window</h2>"]
    for tally in (t for t in tallies if t.counts or t.kind == "ceasefire"):
        parts += [f"<h3>{e(_heading(tally))}</h3>", "<table><tr><th>by</th><th>value</th><th>this window</th><th>previous</th><th>change</th></tr>"]
        rows = [("total", "all", tally.count, tally.previous)] + [(c.dimension, c.value, c.count, c.previous) for c in tally.counts]
        for dimension, value, count, previous in rows:
            parts.append(f'<tr><td>{e(dimension)}</td><td>{e(value)}</td><td class="n">{count}</td><td class="n">{previous}</td><td class="n">{count - previous:+d}</td></tr>')
        parts.append("</table>")
    parts.append("<h2>Incidents</h2>")
    incidents = _incidents(tallies)
    if not incidents:
        parts.append("<p>None in this window.</p>")
    for number, incident in enumerate(incidents, start=1):
        parts.append(f"<h3>{number}. {e(_incident_heading(incident))}</h3>")
        for report in incident.reports:
            link = links.get(report.doc_id)
            headline = e(report.headline or (link.headline if link else "") or report.doc_id)
            if link and link.url.startswith(("http://", "https://")):
                headline = f'<a href="{e(link.url, quote=True)}">{headline}</a>'
            meta = ", ".join(e(x) for x in (report.publisher, report.published[:10]) if x)
            parts.append(
                f"<blockquote><p>{e(report.evidence)}</p><footer>{headline}{', ' + meta if meta else ''}"
                f" (article {e(report.doc_id)}, event {e(report.event_id)})</footer></blockquote>"
            )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _incidents(tallies: Sequence[Tally]) -> list[Incident]:
    seen: dict[str, Incident] = {}
    for tally in tallies:
        for incident in tally.incidents:
            seen.setdefault(incident.id, incident)
    return sorted(seen.values(), key=lambda i: (i.date, i.id))


def _heading(tally: Tally) -> str:
    ceasefire = tally.details.get("ceasefire")
    if ceasefire:
        return f"{tally.rule}: {tally.subject} ceasefire since {ceasefire['since']}, {tally.window.describe()}"
    return f"{tally.rule}: {tally.subject}, {tally.window.describe()}"


def _incident_heading(incident: Incident) -> str:
    actors = ", ".join(p.name for p in incident.actors) or "unknown actor"
    recipients = ", ".join(p.name for p in incident.recipients)
    who = f"{actors} → {recipients}" if recipients else actors
    kind = f"{incident.type}/{incident.mode}" if incident.mode else incident.type
    return f"{kind}, {incident.date or 'undated'}, {incident.spot.label()}: {who}"


def _md_source(doc_id: str, event_id: str, headline: str, publisher: str, published: str, link: ArticleLink | None) -> str:
    title = _md(headline or (link.headline if link else "") or doc_id)
    if link and link.url.startswith(("http://", "https://")):
        title = f"[{title}](<{link.url.replace('>', '%3E').replace(' ', '%20')}>)"
    meta = ", ".join(_md(x) for x in (publisher, published[:10]) if x)
    return f"— {title}{', ' + meta if meta else ''} (article {_md(doc_id)}, event {_md(event_id)})"


def _md(text: str) -> str:
    """Text safe inside Markdown: markup characters backslashed, HTML escaped, one line."""
    flat = " ".join(text.split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))
