// The filters live in the URL's query string, so any view can be bookmarked or shared.

import { el } from "./dom.js";

export const EVENT_FILTERS = [
  "country", "dyad", "actor", "type", "quad", "mode", "context", "status", "min_confidence",
  "from", "to", "near", "radius_km", "source", "doc",
];

export function urlParams() {
  return new URLSearchParams(window.location.search);
}

/** Only the named keys of params, without empty values. */
export function pick(params, keys) {
  const picked = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value) picked.set(key, value);
  }
  return picked;
}

/** Move to a new URL within the dashboard and redraw, keeping the browser's back button working. */
export function go(path, params) {
  const query = params && params.toString();
  window.history.pushState(null, "", query ? `${path}?${query}` : path);
  window.dispatchEvent(new Event("ew:navigate"));
}

/** Replace some filters and redraw; a filter change starts again at the first page. */
export function setFilters(changes) {
  const params = urlParams();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  if (!("offset" in changes)) params.delete("offset");
  go(window.location.pathname, params);
}

function field(label, input) {
  return el("label", { class: "field" }, el("span", {}, label), input);
}

function options(values, selected, blank) {
  const list = blank === undefined ? [] : [el("option", { value: "" }, blank)];
  for (const [value, text] of values) {
    list.push(el("option", { value, selected: value === selected }, text));
  }
  return list;
}

/** The event filter bar; submitting it writes the filters to the URL. */
export function eventFilterForm(meta, params) {
  const input = (name, attributes) => el("input", { name, value: params.get(name) || "", ...attributes });
  const types = meta.types.map((t) => [t.name, t.name]);
  const statuses = meta.statuses.map((s) => [s, s]);
  const quads = Object.entries(meta.quads).map(([quad, name]) => [quad, `${quad} ${name}`]);
  const form = el(
    "form",
    { class: "filters", id: "filters", role: "search" },
    field("Country", input("country", { placeholder: "ISO3, e.g. RUS", maxlength: 3, size: 8, pattern: "[A-Za-z]{3}", title: "three letters: RUS, IGO, UNK" })),
    field("Dyad", input("dyad", { placeholder: "RUS-UKR, RUS-*", size: 9, pattern: "([A-Za-z]{3}|\\*)-([A-Za-z]{3}|\\*)", title: "actor country-recipient country; * for any" })),
    field("Actor", input("actor", { placeholder: "part of a name", size: 14 })),
    field("Type", el("select", { name: "type" }, options(types, params.get("type") || "", "any type"))),
    field("Quad", el("select", { name: "quad" }, options(quads, params.get("quad") || "", "any quad"))),
    field("Mode", input("mode", { placeholder: "e.g. air", size: 8 })),
    field("Context", input("context", { placeholder: "e.g. military", size: 10 })),
    field("Status", el("select", { name: "status" }, options(statuses, params.get("status") || "asserted"))),
    field("Min. confidence", input("min_confidence", { type: "number", min: 0, max: 1, step: 0.05, size: 5, placeholder: "0-1" })),
    field("From", input("from", { placeholder: "YYYY[-MM[-DD]]", size: 11 })),
    field("To", input("to", { placeholder: "YYYY[-MM[-DD]]", size: 11 })),
    field("Near", input("near", { placeholder: "lat,lon", size: 12, pattern: "-?\\d{1,3}(\\.\\d+)?,\\s?-?\\d{1,3}(\\.\\d+)?", title: "latitude,longitude in degrees" })),
    field("Radius km", input("radius_km", { type: "number", min: 1, max: 20000, size: 5, placeholder: "50" })),
    field("Source", input("source", { placeholder: "publisher", size: 10 })),
    field("Article", input("doc", { placeholder: "doc_id", size: 14 })),
    el("div", { class: "buttons" },
      el("button", { type: "submit" }, "Apply"),
      el("button", { type: "button", class: "secondary", onclick: () => setFilters(Object.fromEntries(EVENT_FILTERS.map((k) => [k, null]))) }, "Reset")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form).entries());
    if (values.status === "asserted") values.status = ""; // the default need not clutter the URL
    setFilters(values);
  });
  return form;
}
