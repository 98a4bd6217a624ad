// Alerts: the server's rule file evaluated over the store (eventwire serve --rules FILE),
// counted per reporting window, each alert linked to its events and articles.

import { articlePath, eventPath, getJSON } from "../api.js";
import { card, el, errorBox, loading } from "../dom.js";
import { setFilters, urlParams } from "../filters.js";

const SHOWN_LINKS = 8;

export async function alertsPage(view) {
  const params = urlParams();
  const since = params.get("since") || "";
  const windows = el("div", {}, loading());
  const list = el("div", { id: "alerts" }, loading());
  const form = el("form", { class: "filters", role: "search" },
    el("label", { class: "field" }, el("span", {}, "Since"), el("input", { name: "since", value: since, placeholder: "YYYY-MM-DD or 30d", size: 14 })),
    el("div", { class: "buttons" }, el("button", { type: "submit" }, "Show"),
      el("button", { type: "button", class: "secondary", onclick: () => setFilters({ since: null }) }, "Reset")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setFilters(Object.fromEntries(new FormData(form).entries()));
  });
  view.replaceChildren(form, el("div", { class: "grid side" }, card("Alerts per window", windows), card("Alerts", list)));
  try {
    const answer = await getJSON("/api/alerts", since ? new URLSearchParams({ since }) : undefined);
    if (!answer.enabled) {
      windows.replaceChildren(el("p", { class: "muted" }, "—"));
      list.replaceChildren(el("p", { class: "muted", id: "alerts-off" }, answer.message));
      return;
    }
    windows.replaceChildren(windowTable(answer.windows), el("p", { class: "muted small" }, answer.message));
    list.replaceChildren(answer.alerts.length ? alertList(answer.alerts) : el("p", { class: "muted" }, "No rule fired."));
  } catch (error) {
    windows.replaceChildren(errorBox(error));
    list.replaceChildren(errorBox(error));
  }
}

function windowTable(rows) {
  if (!rows.length) return el("p", { class: "muted" }, "No window has alerts.");
  return el("table", { class: "windows" },
    el("thead", {}, el("tr", {}, el("th", {}, "window"), el("th", {}, "kind"), el("th", { class: "num" }, "alerts"))),
    el("tbody", {}, rows.map((w) => el("tr", {}, el("td", {}, w.label), el("td", { class: "muted" }, w.kind), el("td", { class: "num" }, w.alerts)))));
}

function links(ids, path) {
  const shown = ids.slice(0, SHOWN_LINKS).map((id) => el("a", { href: path(id) }, id));
  const items = shown.flatMap((link, i) => (i ? [", ", link] : [link]));
  if (ids.length > SHOWN_LINKS) items.push(el("span", { class: "muted" }, ` … and ${ids.length - SHOWN_LINKS} more`));
  return items;
}

function alertList(alerts) {
  return el("ul", { class: "reports alerts" }, alerts.map((a) => el("li", { "data-id": a.id },
    el("strong", {}, a.title), el("span", { class: "muted small" }, ` ${a.rule} · ${a.kind} · ${a.window.label}`),
    el("p", { class: "small" }, `${a.count} incident(s), ${a.previous} in the window before` + (a.baseline !== null && a.baseline !== undefined ? `, baseline ${Number(a.baseline).toFixed(1)}` : "")),
    el("p", { class: "small" }, "events: ", links(a.event_ids, eventPath)),
    el("p", { class: "small" }, "articles: ", links(a.doc_ids, articlePath)))));
}
