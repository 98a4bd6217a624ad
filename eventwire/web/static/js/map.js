// The world map: land drawn from the packaged world.json (1-degree cells where people live,
// see scripts/build_world_map.py), a graticule, and one dot per place where events happened.
// Events located only to a country sit at that country's point, drawn as a ring.

import { el, svg, QUAD_NAMES } from "./dom.js";

const NORTH = 84; // the map is cropped to inhabited latitudes
const SOUTH = -58;
let worldPromise = null;

function world() {
  if (!worldPromise) {
    worldPromise = fetch("/static/world.json").then((response) => {
      if (!response.ok) throw new Error(`world map: ${response.status}`);
      return response.json();
    });
  }
  return worldPromise;
}

const x = (lon) => lon + 180;
const y = (lat) => 90 - lat;

function land(map) {
  // One path of all the runs. Each run reaches a little into the row below: rows that meet
  // exactly at a fractional pixel would leave anti-aliased seams, and the fill is opaque.
  const height = map.step + 0.35;
  const parts = [];
  for (const [row, runs] of Object.entries(map.rows)) {
    const top = Number(row) * map.step;
    for (const [column, length] of runs) {
      parts.push(`M${column * map.step} ${top}h${length * map.step}v${height}h${-length * map.step}z`);
    }
  }
  return svg("path", { class: "land", d: parts.join("") });
}

function graticule() {
  const group = svg("g", { class: "graticule" });
  for (let lon = -150; lon <= 150; lon += 30) group.append(svg("line", { x1: x(lon), x2: x(lon), y1: y(NORTH), y2: y(SOUTH) }));
  for (let lat = -30; lat <= 60; lat += 30) group.append(svg("line", { x1: 0, x2: 360, y1: y(lat), y2: y(lat) }));
  return group;
}

/** The map element; onPick(place) is called with a stats.places entry when a dot is clicked. */
export async function drawMap(places, onPick) {
  const map = await world();
  const chart = svg("svg", {
    viewBox: `0 ${y(NORTH)} 360 ${NORTH - SOUTH}`, class: "worldmap", role: "img",
    "aria-label": "where the events happened",
  });
  chart.append(svg("rect", { x: 0, y: y(NORTH), width: 360, height: NORTH - SOUTH, class: "sea" }), graticule(), land(map));
  const largest = Math.max(1, ...places.map((p) => p.count));
  let unplaced = 0;
  // biggest first, so small dots stay on top and clickable
  for (const place of [...places].sort((a, b) => b.count - a.count)) {
    let lat = place.lat;
    let lon = place.lon;
    const countryOnly = lat === null || lon === null;
    if (countryOnly) {
      const point = map.countries[place.country];
      if (!point) { unplaced += place.count; continue; }
      [lat, lon] = point;
    }
    const radius = 1.2 + 3.5 * Math.sqrt(place.count / largest);
    const dot = svg("circle", {
      cx: x(lon), cy: y(lat), r: radius, tabindex: 0,
      class: `dot q${place.quad}${countryOnly ? " country-only" : ""}`, "data-name": place.name,
    }, svg("title", {}, `${place.name}${countryOnly ? " (country only)" : ""}: ${place.count} event(s), mostly ${QUAD_NAMES[place.quad] || "uncoded"}`));
    dot.addEventListener("click", () => onPick(place));
    dot.addEventListener("keydown", (event) => { if (event.key === "Enter") onPick(place); });
    chart.append(dot);
  }
  const located = places.reduce((sum, p) => sum + p.count, 0) - unplaced;
  return el("div", { class: "map-wrap" }, chart,
    el("p", { class: "muted small" }, `${located} event(s) with a known place. Rings: located to a country only. Land is drawn from where people live (offline, approximate).`));
}
