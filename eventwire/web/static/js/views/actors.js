// Actors: who acts, is acted on and speaks, with links to their events and statements.

import { getJSON } from "../api.js";
import { card, el, errorBox, loading } from "../dom.js";
import { pick, setFilters, urlParams } from "../filters.js";

export async function actorsPage(view) {
  const params = urlParams();
  const body = el("div", {}, loading());
  const form = el("form", { class: "filters", role: "search" },
    el("label", { class: "field" }, el("span", {}, "Name"), el("input", { name: "name", value: params.get("name") || "", placeholder: "part of a name" })),
    el("label", { class: "field" }, el("span", {}, "Country"), el("input", { name: "country", value: params.get("country") || "", size: 6, maxlength: 3, pattern: "[A-Za-z]{3}" })),
    el("div", { class: "buttons" }, el("button", { type: "submit" }, "Show")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    setFilters(Object.fromEntries(new FormData(form).entries()));
  });
  view.replaceChildren(form, card("Actors, recipients and speakers", body));
  const query = pick(params, ["name", "country", "role", "offset"]);
  query.set("limit", "100");
  try {
    const page = await getJSON("/api/actors", query);
    body.replaceChildren(page.items.length ? el("table", { class: "actors" },
      el("thead", {}, el("tr", {}, ["name", "country", "sector", "as actor", "as recipient", "statements", ""].map((h) => el("th", {}, h)))),
      el("tbody", {}, page.items.map((a) => el("tr", {},
        el("td", {}, a.name), el("td", {}, a.country || ""), el("td", {}, a.sector || ""),
        el("td", { class: "num" }, a.as_actor), el("td", { class: "num" }, a.as_recipient), el("td", { class: "num" }, a.statements),
        el("td", {},
          a.as_actor + a.as_recipient ? el("a", { href: `/events?${new URLSearchParams({ actor: a.name, status: "any" })}` }, "events") : null,
          a.statements ? [" · ", el("a", { href: `/quotes?${new URLSearchParams({ speaker: a.name })}` }, "statements")] : null))))) :
      el("p", { class: "muted" }, "No one matches."));
  } catch (error) {
    body.replaceChildren(errorBox(error));
  }
}
