// The dashboard's router: the path names the view, the query string holds its filters.

import { meta } from "./api.js";
import { errorBox, QUAD_NAMES } from "./dom.js";
import { actorsPage } from "./views/actors.js";
import { alertsPage } from "./views/alerts.js";
import { articlePage, eventPage, failed } from "./views/event.js";
import { overview } from "./views/overview.js";
import { quotesPage } from "./views/quotes.js";

const ROUTES = [
  [/^\/(?:events\/?)?$/, "events", overview],
  [/^\/events\/(.+)$/, "events", eventPage],
  [/^\/articles\/(.+)$/, "events", articlePage],
  [/^\/quotes\/?$/, "quotes", quotesPage],
  [/^\/actors\/?$/, "actors", actorsPage],
  [/^\/alerts\/?$/, "alerts", alertsPage],
];

async function render() {
  const view = document.getElementById("view");
  const path = window.location.pathname;
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    link.classList.toggle("active", Boolean(route) && link.dataset.view === route[1]);
  }
  if (!route) {
    view.replaceChildren(errorBox(`no page at ${path}`));
    return;
  }
  const [pattern, , draw] = route;
  const match = path.match(pattern);
  view.dataset.state = "loading";
  try {
    Object.assign(QUAD_NAMES, (await meta()).quads);
    await draw(view, match[1] !== undefined ? decodeURIComponent(match[1]) : undefined);
  } catch (error) {
    failed(view, error);
  }
  view.dataset.state = "ready";
}

async function showCounts() {
  try {
    const info = await meta();
    const counts = info.counts;
    document.getElementById("store-counts").textContent = `${counts.articles} articles · ${counts.events} events · ${counts.quotes} statements`;
  } catch {
    // the views show the error; the header stays quiet
  }
}

window.addEventListener("popstate", render);
window.addEventListener("ew:navigate", () => { window.scrollTo(0, 0); render(); });
showCounts();
render();
