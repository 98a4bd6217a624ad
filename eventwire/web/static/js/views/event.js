// The event page: what was coded and why, the article with the evidence highlighted,
// the statements behind the event and other reports of the same happening.
// The article page: one article with every event's evidence marked.

import { articlePath, eventPath, getJSON } from "../api.js";
import { card, el, errorBox, externalLink, participantText, QUAD_NAMES, typeChip } from "../dom.js";
import { EVENT_FILTERS, pick, urlParams } from "../filters.js";
import { legend, markedText } from "./text.js";

function facts(rows) {
  return el("dl", { class: "facts" }, rows.filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([name, value]) => [el("dt", {}, name), el("dd", {}, value)]));
}

function people(list) {
  if (!list.length) return el("span", { class: "muted" }, "—");
  return el("ul", { class: "people" }, list.map((p) => el("li", {}, participantText(p),
    p.mention && p.mention !== p.name ? el("span", { class: "muted" }, ` “${p.mention}”`) : null)));
}

function articleHeader(article) {
  return el("div", { class: "article-head" },
    el("h3", {}, article.headline || article.doc_id),
    el("p", { class: "muted small" }, [article.source, article.published, article.dateline, article.byline].filter(Boolean).join(" · "), " ",
      externalLink(article.url, "source ↗")));
}

function quoteList(quotes) {
  if (!quotes.length) return el("p", { class: "muted" }, "No statement constitutes this event.");
  return el("ul", { class: "quotes" }, quotes.map((q) => el("li", {},
    el("blockquote", {}, q.content),
    el("p", { class: "small" }, el("strong", {}, q.speaker || "unknown speaker"), ` (${[q.speaker_country, q.speaker_sector].filter(Boolean).join(" ")})`,
      el("span", { class: "muted" }, ` ${q.cue ? `“${q.cue}”, ` : ""}${q.kind}${q.relay ? `, via ${q.relay}` : ""}`)))));
}

export async function eventPage(view, eventId) {
  const filters = pick(urlParams(), EVENT_FILTERS).toString();
  const back = el("a", { href: `/events${filters ? `?${filters}` : ""}`, class: "back" }, "← events");
  const detail = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
  const { event, article } = detail;
  const spans = [
    { start: event.evidence_start, end: event.evidence_end, kind: "evidence", title: "evidence of this event" },
    ...event.mentions.map((m) => ({ start: m.start, end: m.end, kind: "mention", title: "further mention of this event" })),
    ...[...event.actors, ...event.recipients].map((p) => ({ start: p.start, end: p.end, kind: "who", title: participantText(p) })),
    ...detail.quotes.map((q) => ({ start: q.content_start, end: q.content_end, kind: "quote", title: `statement by ${q.speaker}` })),
  ];
  const text = markedText(article.text, spans);
  const others = detail.article_events.filter((e) => e.id !== event.id);
  document.title = `${event.type} · ${article.headline || article.doc_id} · eventwire`;

  view.replaceChildren(
    back,
    el("div", { class: "event-head" },
      el("h1", {}, typeChip(event.type, event.quad), " ", event.mode ? el("span", { class: "muted" }, event.mode) : null,
        el("span", { class: `status ${event.status}` }, event.status)),
      el("p", { class: "who" }, el("span", {}, event.actors.map(participantText).join("; ") || "unknown actor"),
        event.recipients.length ? [el("span", { class: "muted" }, " → "), el("span", {}, event.recipients.map(participantText).join("; "))] : null)),
    el("div", { class: "grid side wide-right" },
      el("div", {},
        card("What was coded", facts([
          ["date", event.date ? `${event.date} (${[event.date_precision, event.date_source && `from ${event.date_source}`].filter(Boolean).join(", ")})` : "unknown"],
          ["where", event.location_name ? `${event.location_name}${event.location_country ? ` (${event.location_country})` : ""}${event.location_precision ? ` · ${event.location_precision}` : ""}` : ""],
          ["quad class", QUAD_NAMES[event.quad] || ""],
          ["CAMEO", event.cameo],
          ["score", event.score],
          ["contexts", (event.contexts || []).join(", ")],
          ["confidence", event.confidence],
          ["why", event.why],
          ["id", event.id],
        ])),
        card("Actors", people(event.actors)),
        card("Recipients", people(event.recipients)),
        card("Statements behind it", quoteList(detail.quotes)),
        card("Other reports of this event", otherReports(detail.merged, detail.other_reports))),
      card("The article", articleHeader(article), legend(["evidence", "mention", "who", "quote"]), text,
        el("h3", {}, "Other events in this article"),
        others.length ? el("ul", { class: "article-events" }, others.map((e) => el("li", {},
          typeChip(e.type, e.quad), " ", el("a", { href: eventPath(e.id) + (filters ? `?${filters}` : "") }, e.evidence || e.id)))) :
          el("p", { class: "muted" }, "None."),
        el("p", {}, el("a", { href: articlePath(article.doc_id) }, "the whole article with every event marked →")))),
  );
  const mark = view.querySelector(".mark-evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

function otherReports(merged, reports) {
  if (!reports.length) return el("p", { class: "muted" }, "No other stored article reports this happening.");
  return el("div", {},
    merged ? el("p", { class: "muted small" }, `${merged.mentions} reports in ${merged.articles} article(s) from ${merged.sources} source(s)`) : null,
    el("ul", { class: "reports" }, reports.map((r) => el("li", {},
      el("a", { href: eventPath(r.id) }, r.publisher || r.doc_id), el("span", { class: "muted small" }, ` ${r.published || ""}`),
      el("p", { class: "small" }, r.evidence),
      el("p", { class: "muted small" }, `why: ${r.reasons.join("; ")}`)))));
}

export async function articlePage(view, docId) {
  const result = await getJSON(`/api/articles/${encodeURIComponent(docId)}`);
  const article = result.article;
  const spans = [
    ...result.quotes.map((q) => ({ start: q.content.start, end: q.content.end, kind: "quote", title: `statement by ${q.speaker}` })),
    ...result.events.map((e) => ({ start: e.evidence.start, end: e.evidence.end, kind: "evidence", title: `${e.type} (${e.status})`, href: eventPath(e.id) })),
  ];
  document.title = `${article.headline || article.doc_id} · eventwire`;
  view.replaceChildren(
    el("a", { href: "/events", class: "back" }, "← events"),
    el("div", { class: "grid side wide-right" },
      card("Events", result.events.length ? el("ol", { class: "article-events" }, result.events.map((e) => el("li", {},
        typeChip(e.type, e.quad), " ", el("a", { href: eventPath(e.id) }, e.evidence.text || e.id),
        el("span", { class: "muted small" }, ` ${e.date || ""} ${e.status}`)))) : el("p", { class: "muted" }, "No events were coded.")),
      card("The article", articleHeader(article), legend(["evidence", "quote"]), markedText(article.text, spans))),
  );
}

export function failed(view, error) {
  view.replaceChildren(el("a", { href: "/events", class: "back" }, "← events"), errorBox(error));
}
