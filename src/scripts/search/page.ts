/**
 * The search page (/search/, and /en/search/ over the same index): loads the index, runs the query as you
 * type (and on load, from `?q=`), renders the results into #search-results in the page's language, keeps
 * the URL in step so a search can be shared, and hands the matched words to the page a result opens.
 * Timings go to the User Timing API ("search" measures).
 */
import { SearchCorpus } from "../../lib/search/corpus.ts";
import type { Match } from "../../lib/search/match.ts";
import { parseQuery } from "../../lib/search/query.ts";
import { search, type SearchResult } from "../../lib/search/search.ts";
import { compileSynonyms, type SynonymRule } from "../../lib/search/synonyms.ts";
import { readState, writeState, type SearchState } from "../../lib/search/url-state.ts";
import { storeHandoff } from "./handoff.ts";
import { arrowNavigation } from "./keyboard.ts";
import { loadIndex } from "./loader.ts";
import { asLang } from "../../i18n/config.ts";
import { alsoNodes, matchedTerms, pageText, renderHits, RESULTS_PER_PAGE, statusSentence } from "./render.ts";
import "./shortcut.ts";

/** The URL is rewritten at most this often while typing (browsers throttle history updates). */
const URL_INTERVAL_MS = 300;

const form = document.querySelector<HTMLFormElement>("#search-form");
const input = document.querySelector<HTMLInputElement>("#search-q");
const list = document.querySelector<HTMLOListElement>("#search-results");
const status = document.querySelector<HTMLElement>("#search-status");
const also = document.querySelector<HTMLElement>("#search-also");
const more = document.querySelector<HTMLButtonElement>("#search-more");

if (form && input && list && status && also && more) {
  const text = pageText(asLang(document.documentElement.lang));
  const corpus = new SearchCorpus();
  const hitOf = new WeakMap<HTMLAnchorElement, Match>();
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const values = (name: string) => [...(select(name)?.options ?? [])].map((o) => o.value).filter(Boolean);
  const choices = { places: values("place"), years: values("year").map(Number), parts: values("part") };
  let rules: SynonymRule[] = [];
  let progress: { loaded: number; total: number } | null = { loaded: 0, total: 1 };
  let result: SearchResult | null = null;
  let shown = RESULTS_PER_PAGE;
  let lastQuery = "";
  let urlTimer = 0;
  let pending = 0;

  const radio = (name: string) => select(name)?.value || null;
  const state = (): SearchState => ({
    q: input.value,
    place: radio("place"),
    year: Number(radio("year")) || null,
    period: radio("part"),
  });
  const setRadio = (name: string, value: string | null) => {
    const s = select(name);
    if (s) s.value = value ?? "";
  };

  const writeUrl = () => {
    window.clearTimeout(urlTimer);
    urlTimer = 0;
    const url = `${location.pathname}${writeState(state())}`;
    if (url !== location.pathname + location.search) history.replaceState(history.state, "", url);
  };
  const scheduleUrl = () => {
    if (!urlTimer) urlTimer = window.setTimeout(writeUrl, URL_INTERVAL_MS);
  };

  const render = () => {
    if (!result) return;
    renderHits(list, result, shown, text);
    for (const [i, link] of list.querySelectorAll<HTMLAnchorElement>("a.search-result__link").entries()) {
      const hit = result.hits[i];
      if (hit) hitOf.set(link, hit);
    }
    const sentence = statusSentence(result, progress, text);
    if (status.textContent !== sentence.text) status.replaceChildren(...sentence.nodes);
    const synonyms = alsoNodes(result.query, text);
    also.replaceChildren(...(synonyms ?? []));
    also.hidden = !synonyms;
    const rest = result.hits.length - shown;
    more.hidden = rest <= 0;
    more.textContent = text.s.moreCount(rest);
  };

  /** Run the current query and render it; measured as "search" in the performance timeline. */
  const run = () => {
    const start = performance.now();
    const s = state();
    if (s.q !== lastQuery) shown = RESULTS_PER_PAGE;
    lastQuery = s.q;
    const query = parseQuery(s.q, rules);
    result = search(corpus, query, s);
    render();
    performance.measure("search", {
      start,
      detail: { q: s.q, hits: result.hits.length, mode: result.mode, docs: corpus.docs.length },
    });
    if (result.hits.length && !performance.getEntriesByName("search:first-results").length)
      performance.mark("search:first-results");
  };
  const runSoon = () => {
    if (!pending) pending = requestAnimationFrame(() => ((pending = 0), run()));
  };

  input.addEventListener("input", (e) => {
    if ((e as InputEvent).isComposing) return;
    run();
    scheduleUrl();
  });
  input.addEventListener("compositionend", () => {
    run();
    scheduleUrl();
  });
  form.addEventListener("change", (e) => {
    if (e.target === input) return;
    shown = RESULTS_PER_PAGE;
    run();
    writeUrl();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
    writeUrl();
  });
  more.addEventListener("click", () => {
    const first = shown;
    shown += RESULTS_PER_PAGE;
    render();
    list.querySelectorAll<HTMLAnchorElement>("a.search-result__link")[first]?.focus();
  });
  list.addEventListener("click", (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>("a.search-result__link");
    const hit = link && hitOf.get(link);
    if (link && hit && result)
      storeHandoff({ href: link.pathname + link.hash, terms: matchedTerms(hit, result.query) });
  });
  arrowNavigation(input, list);

  const initial = readState(new URLSearchParams(location.search), choices);
  input.value = initial.q;
  setRadio("place", initial.place);
  setRadio("year", initial.year ? String(initial.year) : null);
  setRadio("part", initial.period);
  run();

  loadIndex(
    (manifest) => {
      rules = compileSynonyms(manifest.synonyms);
      progress = { loaded: 0, total: manifest.shards.length };
      performance.mark("search:manifest");
    },
    (shard, order) => {
      corpus.add(shard, order);
      if (progress) progress.loaded++;
      if (progress && progress.loaded === progress.total) {
        progress = null;
        // The results stop changing as shards arrive: assistive technology may read the list as final.
        list.setAttribute("aria-busy", "false");
        performance.mark("search:index-loaded");
        run();
      } else if (!result?.hits.length) run();
      else runSoon();
    },
  ).catch((err: unknown) => {
    list.setAttribute("aria-busy", "false");
    status.textContent = text.s.status.failed;
    console.error(err);
  });
}
