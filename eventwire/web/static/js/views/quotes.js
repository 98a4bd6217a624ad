// Statements by speaker: the speakers (most quoted first) beside the statements of the one chosen.

import { articlePath, getJSON } from "../api.js";
import { card, el, errorBox, loading } from "../dom.js";
import { pick, setFilters, urlParams } from "../filters.js";

const SPEAKERS = 60;
const STATEMENTS = 50;

export async function quotesPage(view) {
  const params = urlParams();
  const chosen = params.get("speaker") || "";
  const speakerList = el("div", {}, loading());
  const statements = el("div", { id: "statements" }, loading());
  const search = el("form", { class: "filters", role: "search" },
    el("label", { class: "field" }, el("span", {}, "Speaker"), el("input", { name: "speaker", value: chosen, placeholder: "part of a name" })),
    el("label", { class: "field" }, el("span", {}, "Country"), el("input", { name: "country", value: params.get("country") || "", size: 6, maxlength: 3, pattern: "[A-Za-z]{3}" })),
    el("div", { class: "buttons" }, el("button", { type: "submit" }, "Show"),
      el("button", { type: "button", class: "secondary", onclick: () => setFilters({ speaker: null, country: null }) }, "Reset")));
  search.addEventListener("submit", (event) => {
    event.preventDefault();
    setFilters(Object.fromEntries(new FormData(search).entries()));
  });
  view.replaceChildren(search, el("div", { class: "grid side" },
    card("Speakers", speakerList),
    card(chosen ? `Statements by speakers matching “${chosen}”` : "Latest statements", statements)));

  const speakerParams = new URLSearchParams({ role: "speaker", limit: String(SPEAKERS) });
  if (params.get("country")) speakerParams.set("country", params.get("country"));
  const quoteParams = pick(params, ["speaker", "country", "doc", "offset"]);
  quoteParams.set("limit", String(STATEMENTS));
  try {
    const [speakers, quotes] = await Promise.all([getJSON("/api/actors", speakerParams), getJSON("/api/quotes", quoteParams)]);
    speakerList.replaceChildren(speakers.items.length ? el("ul", { class: "speakers" }, speakers.items.map((s) => el("li", {},
      el("button", { type: "button", class: `link${s.name === chosen ? " on" : ""}`, onclick: () => setFilters({ speaker: s.name }) }, s.name),
      el("span", { class: "muted small" }, ` ${[s.country, s.sector].filter(Boolean).join(" ")} · ${s.statements}`)))) :
      el("p", { class: "muted" }, "No speakers."));
    statements.replaceChildren(quotes.items.length ? el("ul", { class: "quotes" }, quotes.items.map((q) => el("li", {},
      el("blockquote", {}, q.content),
      el("p", { class: "small" }, el("strong", {}, q.speaker || "unknown speaker"),
        el("span", { class: "muted" }, ` ${[q.speaker_country, q.speaker_sector].filter(Boolean).join(" ")} · ${q.kind}${q.cue ? ` · “${q.cue}”` : ""} · ${q.published || ""} · `),
        el("a", { href: articlePath(q.doc_id) }, q.doc_id))))) : el("p", { class: "muted" }, "No statements match."));
  } catch (error) {
    speakerList.replaceChildren(errorBox(error));
    statements.replaceChildren(errorBox(error));
  }
}
