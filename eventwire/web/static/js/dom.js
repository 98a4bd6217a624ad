// Building the page: every piece of data goes in as a text node or an attribute value,
// never as markup, so article text cannot become HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

function appendAll(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: el("a", {href: "/x", class: "y"}, "text", otherNode). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  appendAll(node, children);
  return node;
}

/** An SVG element, same calling convention as el(). */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  appendAll(node, children);
  return node;
}

/** A link to a source article: only http(s), so a stored "javascript:" URL stays inert text. */
export function externalLink(url, text) {
  if (!/^https?:\/\//i.test(url || "")) return url ? el("span", { class: "muted" }, url) : null;
  return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text || url);
}

export function shorten(text, length = 160) {
  const value = text || "";
  return value.length > length ? value.slice(0, length - 1) + "…" : value;
}

export function card(title, ...children) {
  return el("section", { class: "card" }, el("h2", {}, title), ...children);
}

export function loading(text = "Loading…") {
  return el("p", { class: "muted loading" }, text);
}

export function errorBox(error) {
  return el("p", { class: "error", role: "alert" }, String(error && error.message ? error.message : error));
}

/** Quad class names ("1": "verbal cooperation", ...), filled from /api/meta before any view draws. */
export const QUAD_NAMES = {};

/** A coloured chip naming an event type, coloured by its quad class. */
export function typeChip(type, quad) {
  return el("span", { class: `chip q${quad || 0}`, title: QUAD_NAMES[quad] || "" }, type || "?");
}

/** "Sergei Lavrov (RUS GOV)" for a participant. */
export function participantText(person) {
  const codes = [person.country, person.sector].filter(Boolean).join(" ");
  return codes ? `${person.name} (${codes})` : person.name;
}

export function participantsText(people) {
  return (people || []).map(participantText).join("; ");
}
