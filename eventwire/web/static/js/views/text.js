// An article's text with spans marked: evidence, further mentions, participants, statements.
// The text is cut at span edges and every piece goes in as a text node.

import { el } from "../dom.js";

/**
 * spans: [{start, end, kind, title?, href?}], offsets into text. Overlapping spans nest by
 * splitting the text at every edge; each piece carries the kinds of all spans covering it.
 */
export function markedText(text, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length);
  const edges = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const body = el("div", { class: "article-text" });
  for (let i = 0; i < edges.length - 1; i += 1) {
    const [from, to] = [edges[i], edges[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      body.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const linked = covering.find((s) => s.href);
    const titles = [...new Set(covering.map((s) => s.title).filter(Boolean))];
    const attributes = { class: kinds.map((k) => `mark-${k}`).join(" "), title: titles.join("\n") || null };
    body.append(linked ? el("a", { ...attributes, href: linked.href }, piece) : el("mark", attributes, piece));
  }
  return body;
}

export function legend(kinds) {
  const names = { evidence: "evidence", mention: "further mention", who: "participant", quote: "statement", other: "other event" };
  return el("p", { class: "legend small" }, kinds.map((kind) => el("span", { class: "legend-item" }, el("mark", { class: `mark-${kind}` }, names[kind]))));
}
