// The timeline: events per period, stacked by quad class or by PLOVER type, drawn as SVG.
// Clicking a period narrows the date filters to it.

import { el, svg, QUAD_NAMES } from "./dom.js";

const WIDTH = 760;
const HEIGHT = 220;
const MARGIN = { left: 34, right: 8, top: 10, bottom: 26 };
const MAX_BARS = 400; // beyond this, gaps between periods are not drawn as empty bars

function nextPeriod(period, interval) {
  if (interval === "year") return String(Number(period) + 1).padStart(4, "0");
  if (interval === "month") {
    let [year, month] = period.split("-").map(Number);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
    return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
  }
  const day = new Date(`${period}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + (interval === "week" ? 7 : 1));
  return day.toISOString().slice(0, 10);
}

/** Every period from the first to the last that has events, gaps included when there are not too many. */
export function periodsOf(rows, interval) {
  const present = [...new Set(rows.map((row) => row.period))].sort();
  if (present.length < 2) return present;
  const all = [present[0]];
  const last = present[present.length - 1];
  while (all[all.length - 1] < last) {
    if (all.length >= MAX_BARS) return present;
    all.push(nextPeriod(all[all.length - 1], interval));
  }
  return all;
}

/** The from/to filters that select one period. */
export function periodRange(period, interval) {
  if (interval === "week") {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return { from: period, to: end.toISOString().slice(0, 10) };
  }
  return { from: period, to: period };
}

function seriesOf(stats, by) {
  if (by === "type") {
    const types = [...stats.types].sort((a, b) => a.quad - b.quad || a.type.localeCompare(b.type));
    const perQuad = {};
    return types.map((t) => {
      perQuad[t.quad] = (perQuad[t.quad] || 0) + 1;
      // shades of the quad's colour tell the types of one quad apart
      return { key: t.type, label: t.type, quad: t.quad, opacity: Math.max(0.35, 1 - 0.18 * (perQuad[t.quad] - 1)) };
    });
  }
  return [1, 2, 3, 4].map((quad) => ({ key: String(quad), label: QUAD_NAMES[quad], quad, opacity: 1 }));
}

export function drawTimeline(stats, by, onPick) {
  const periods = periodsOf(stats.timeline, stats.interval);
  if (!periods.length) return el("p", { class: "muted" }, "No dated events match these filters.");
  const series = seriesOf(stats, by);
  const counts = new Map(periods.map((p) => [p, new Map()]));
  for (const row of stats.timeline) {
    const key = by === "type" ? row.type : String(row.quad);
    const bucket = counts.get(row.period);
    if (bucket) bucket.set(key, (bucket.get(key) || 0) + row.count);
  }
  const totals = periods.map((p) => [...counts.get(p).values()].reduce((a, b) => a + b, 0));
  const top = Math.max(1, ...totals);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / periods.length;
  const barWidth = Math.max(1, step * 0.8);
  const y = (value) => MARGIN.top + plotHeight - (value / top) * plotHeight;

  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline", role: "img", "aria-label": "events per period" });
  for (const value of [0, Math.round(top / 2), top]) {
    chart.append(
      svg("line", { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(value), y2: y(value), class: "gridline" }),
      svg("text", { x: MARGIN.left - 4, y: y(value) + 4, class: "axis", "text-anchor": "end" }, String(value)),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((period, index) => {
    const x = MARGIN.left + index * step + (step - barWidth) / 2;
    let base = 0;
    const bucket = counts.get(period);
    const lines = [];
    for (const s of series) {
      const value = bucket.get(s.key) || 0;
      if (!value) continue;
      lines.push(`${s.label}: ${value}`);
      chart.append(svg("rect", {
        x, width: barWidth, y: y(base + value), height: y(base) - y(base + value),
        class: `bar q${s.quad}`, "fill-opacity": s.opacity,
      }));
      base += value;
    }
    const hit = svg("rect", {
      x: MARGIN.left + index * step, width: step, y: MARGIN.top, height: plotHeight,
      class: "hit", "data-period": period, tabindex: 0,
    }, svg("title", {}, `${period}: ${totals[index]} event(s)${lines.length ? "\n" + lines.join("\n") : ""}`));
    hit.addEventListener("click", () => onPick(period));
    hit.addEventListener("keydown", (event) => { if (event.key === "Enter") onPick(period); });
    chart.append(hit);
    if (index % labelEvery === 0) {
      chart.append(svg("text", { x: MARGIN.left + index * step + step / 2, y: HEIGHT - 8, class: "axis", "text-anchor": "middle" }, period));
    }
  });
  const legend = el("div", { class: "legend" }, series.map((s) => {
    const swatch = el("span", { class: `swatch q${s.quad}` });
    swatch.style.opacity = s.opacity; // CSSOM, which the page's CSP allows (inline style attributes it does not)
    return el("span", { class: "legend-item" }, swatch, s.label);
  }));
  return el("div", { class: "timeline-wrap" }, chart, legend);
}
