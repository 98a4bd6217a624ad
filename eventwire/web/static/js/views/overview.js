// The explorer: filters, a timeline, a map, the most active dyads and the event table,
// all drawn from the same filters in the URL.

import { getJSON, meta, eventPath } from "../api.js";
import { card, el, errorBox, loading, participantsText, shorten, typeChip } from "../dom.js";
import { EVENT_FILTERS, eventFilterForm, pick, setFilters, urlParams } from "../filters.js";
import { drawMap } from "../map.js";
import { drawTimeline, periodRange } from "../timeline.js";

const PAGE_SIZE = 25;

export async function overview(view) {
  const params = urlParams();
  const filters = pick(params, EVENT_FILTERS);
  const info = await meta();
  const timelineBody = el("div", {}, loading());
  const mapBody = el("div", {}, loading());
  const dyadBody = el("div", {}, loading());
  const tableBody = el("div", { id: "events" }, loading());
  const by = params.get("by") === "type" ? "type" : "quad";
  const interval = params.get("interval") || "auto";

  const timelineControls = el("div", { class: "controls" },
    el("span", { class: "muted" }, "stack by "),
    toggle("by", [["quad", "quad class"], ["type", "type"]], by),
    el("span", { class: "muted" }, " · per "),
    toggle("interval", [["auto", "auto"], ["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"]], interval));

  view.replaceChildren(
    eventFilterForm(info, params),
    el("div", { class: "grid two" },
      card("Timeline", timelineControls, timelineBody),
      card("Map", mapBody)),
    el("div", { class: "grid side" },
      card("Most active dyads", dyadBody),
      card("Events", tableBody)),
  );

  const statsParams = new URLSearchParams(filters);
  if (interval !== "auto") statsParams.set("interval", interval);
  const pageParams = new URLSearchParams(filters);
  pageParams.set("limit", String(PAGE_SIZE));
  pageParams.set("offset", params.get("offset") || "0");

  try {
    const [stats, page] = await Promise.all([getJSON("/api/stats", statsParams), getJSON("/api/events", pageParams)]);
    timelineBody.replaceChildren(
      drawTimeline(stats, by, (period) => setFilters(periodRange(period, stats.interval))),
      el("p", { class: "muted small" }, `${stats.total} event(s) from ${stats.reports} report(s), counted per ${stats.interval}` + (stats.undated ? `; ${stats.undated} undated not shown` : "")));
    dyadBody.replaceChildren(dyadTable(stats.dyads));
    tableBody.replaceChildren(eventTable(page, filters));
    mapBody.replaceChildren(await drawMap(stats.places, (place) => showPlace(mapBody, place)));
  } catch (error) {
    for (const body of [timelineBody, mapBody, dyadBody, tableBody]) body.replaceChildren(errorBox(error));
  }
}

function toggle(key, choices, current) {
  return el("span", { class: "toggle", role: "group" }, choices.map(([value, label]) =>
    el("button", {
      type: "button", class: value === current ? "on" : "", "aria-pressed": value === current ? "true" : "false",
      "data-key": key, "data-value": value,
      onclick: () => setFilters({ [key]: value === choices[0][0] ? null : value, offset: new URLSearchParams(window.location.search).get("offset") }),
    }, label)));
}

function countryButton(code) {
  return el("button", { type: "button", class: "link", title: `only events with a ${code} participant`, onclick: () => setFilters({ country: code }) }, code);
}

function dyadButton(d) {
  const dyad = `${d.actor}-${d.recipient}`;
  return el("button", { type: "button", class: "link dyad", "data-dyad": dyad, title: `only events of ${d.actor} towards ${d.recipient}`, onclick: () => setFilters({ dyad }) }, "→");
}

function dyadTable(dyads) {
  if (!dyads.length) return el("p", { class: "muted" }, "No events with both an actor and a recipient country.");
  return el("table", { class: "dyads" },
    el("thead", {}, el("tr", {}, el("th", {}, "actor"), el("th", {}, ""), el("th", {}, "recipient"), el("th", { class: "num", title: "happenings, after merging reports across articles" }, "events"), el("th", { class: "num" }, "reports"), el("th", { class: "num" }, "mean score"))),
    el("tbody", {}, dyads.map((d) => el("tr", {},
      el("td", {}, countryButton(d.actor)), el("td", {}, dyadButton(d)), el("td", {}, countryButton(d.recipient)),
      el("td", { class: "num" }, d.count), el("td", { class: "num muted" }, d.reports),
      el("td", { class: `num ${d.mean_score < 0 ? "neg" : "pos"}` }, d.mean_score.toFixed(1))))));
}

function eventTable(page, filters) {
  if (!page.items.length) return el("p", { class: "muted" }, "No events match these filters.");
  const query = filters.toString();
  const link = (id) => eventPath(id) + (query ? `?${query}` : "");
  const table = el("table", { class: "events", id: "events-table" },
    el("thead", {}, el("tr", {}, ["date", "type", "status", "who → whom", "where", "evidence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, page.items.map((e) => el("tr", { "data-id": e.id },
      el("td", { class: "nowrap" }, e.date || "—"),
      el("td", {}, typeChip(e.type, e.quad), e.mode ? el("span", { class: "muted small" }, ` ${e.mode}`) : null),
      el("td", { class: `status ${e.status}` }, e.status),
      el("td", {}, participantsText(e.actors) || "—", e.recipients.length ? el("span", { class: "muted" }, " → ") : null, participantsText(e.recipients)),
      el("td", {}, e.location_name || ""),
      el("td", {}, el("a", { href: link(e.id) }, shorten(e.evidence, 140)))))));
  const pager = el("div", { class: "pager" },
    page.offset > 0 ? el("button", { type: "button", onclick: () => setFilters({ offset: Math.max(0, page.offset - page.limit) || null }) }, "← newer") : null,
    el("span", { class: "muted" }, `rows ${page.offset + 1}–${page.offset + page.items.length}`),
    page.next_offset !== null ? el("button", { type: "button", onclick: () => setFilters({ offset: page.next_offset }) }, "older →") : null,
    el("span", { class: "downloads" }, "download this page: ",
      el("a", { href: `/api/events?${withFormat(filters, page, "csv")}` }, "CSV"), " · ",
      el("a", { href: `/api/events?${withFormat(filters, page, "geojson")}` }, "GeoJSON")));
  return el("div", {}, table, pager);
}

function withFormat(filters, page, format) {
  const params = new URLSearchParams(filters);
  params.set("limit", String(page.limit));
  if (page.offset) params.set("offset", String(page.offset));
  params.set("format", format);
  return params.toString();
}

async function showPlace(mapBody, place) {
  const old = mapBody.querySelector(".place-events");
  if (old) old.remove();
  const box = el("div", { class: "place-events" }, el("h3", {}, `${place.name} (${place.country || "?"}): ${place.count} event(s)`));
  const list = el("ul", {});
  for (const id of place.event_ids) list.append(el("li", {}, el("a", { href: eventPath(id) }, id)));
  if (place.count > place.event_ids.length) list.append(el("li", { class: "muted" }, `… and ${place.count - place.event_ids.length} more`));
  box.append(list);
  mapBody.append(box);
}
