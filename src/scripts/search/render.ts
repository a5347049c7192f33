import type { Match } from "../../lib/search/match.ts";
import type { ParsedQuery } from "../../lib/search/query.ts";
import { hitRanges, type SearchResult } from "../../lib/search/search.ts";
import { snippet } from "../../lib/search/snippet.ts";
import type { Range } from "../../lib/search/match.ts";
import { partName } from "../../lib/search/parts.ts";
import { localePath, type Lang } from "../../i18n/config.ts";
import type { UiDict } from "../../i18n/ui/index.ts";
import zhResults from "../../i18n/ui/zh/search-results.ts";
import enResults from "../../i18n/ui/en/search-results.ts";

/** The search page's script strings (only these are bundled with it, not the page's other strings). */
type Strings = UiDict["search"]["results"];

/** Results rendered at a time ("show more" adds as many again): a page's worth, cheap to lay out per keystroke. */
export const RESULTS_PER_PAGE = 20;

/** The page's language and the strings of the search results in it. */
export interface PageText {
  lang: Lang;
  s: Strings;
  /** The `lang` attribute of the reports' own text on this page: set on an English page, none on a Chinese one. */
  zh: string | null;
}

/** The strings of a page in `lang`. */
export function pageText(lang: Lang): PageText {
  return lang === "en" ? { lang, s: enResults, zh: "zh-CN" } : { lang, s: zhResults, zh: null };
}

/** Chinese script (and the full-width forms the reports use) in a text. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** An element with a class and text or children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Mark an element as Chinese text when the page is not in Chinese. */
function chinese<T extends HTMLElement>(node: T, text: PageText): T {
  if (text.zh) node.lang = text.zh;
  return node;
}

/** Text with its matched ranges wrapped in <mark>, cut to a snippet when long. */
function marked(text: string, ranges: readonly Range[], className: string, width?: number): HTMLElement {
  const s = snippet(text, ranges, width);
  const out = el("span", className);
  if (s.cutStart) out.append("…");
  for (const part of s.parts) out.append(part.mark ? el("mark", "", part.text) : part.text);
  if (s.cutEnd) out.append("…");
  return out;
}

/** Label of the part of the report a document is in. */
function partLabel(hit: Match, s: Strings): string | null {
  const { period, kind } = hit.item;
  if (period) return partName(period, s.parts);
  return kind === "glossary" ? s.glossaryPart : null;
}

/** The words a hit matched, folded and distinct: what the reader page will highlight. */
export function matchedTerms(hit: Match, query: ParsedQuery): string[] {
  const r = hitRanges(hit, query);
  const words = [
    ...r.title.map(([s, e]) => hit.item.foldedTitle.slice(s, e)),
    ...r.text.map(([s, e]) => hit.item.foldedText.slice(s, e)),
  ];
  return [...new Set(words)].slice(0, 12);
}

/**
 * One result: a single link to the permalink (in the page's language), with the report, part, section path
 * and a marked snippet. The section path, title and snippet are the report's text, marked as Chinese on an
 * English page.
 */
export function renderHit(hit: Match, query: ParsedQuery, text: PageText): HTMLLIElement {
  const { item } = hit;
  const { s } = text;
  const ranges = hitRanges(hit, query);
  const place = text.lang === "en" ? (item.report.place_en ?? item.report.place) : item.report.place_zh;
  const where = el(
    "span",
    "search-result__where",
    el("span", "search-result__report", place),
    el("span", "search-result__year", s.yearReport(item.report.year)),
  );
  const part = partLabel(hit, s);
  if (part) where.append(el("span", "search-result__part", part));
  if (item.kind === "paragraph") where.append(el("span", "search-result__para", s.paragraph(Number(item.anchor.slice(2)))));
  if (item.pathLabels.length) where.append(chinese(el("span", "search-result__path", item.pathLabels.join(" › ")), text));
  const link = el("a", "search-result__link", where);
  link.href = localePath(text.lang, item.url);
  if (item.title) link.append(chinese(marked(item.title, ranges.title, "search-result__title", 200), text));
  if (item.text) link.append(chinese(marked(item.text, ranges.text, "search-result__snippet"), text));
  if (hit.tier === 1) where.append(el("span", "search-result__loose", s.reordered));
  return el("li", `search-result search-result--${item.kind} place-${item.report.place}`, link);
}

/** Replace the list's items with the first `shown` hits. */
export function renderHits(list: HTMLElement, result: SearchResult, shown: number, text: PageText): void {
  const fragment = document.createDocumentFragment();
  for (const hit of result.hits.slice(0, shown)) fragment.append(renderHit(hit, result.query, text));
  list.replaceChildren(fragment);
  list.hidden = result.hits.length === 0;
}

/** Stands for the query in a phrase, so it can be put in an element of its own. */
const QUERY = "\u0000";

/** A sentence as text and elements: the query in it marked as Chinese on an English page when it is Chinese. */
export interface Sentence {
  text: string;
  nodes: (Node | string)[];
}

/**
 * Terms of a query in Latin letters that the synonym table does not know, so are looked for as typed (in
 * vain, the reports being in Chinese): `protection` in `GDP protection`.
 */
export function unknownWords(query: ParsedQuery): string[] {
  return query.terms.filter((t) => /^[a-z][a-z' -]*$/.test(t.text) && !t.synonyms.length).map((t) => t.text);
}

/** The sentence the live region announces for a result (its `text`, and its `nodes` to show). */
export function statusSentence(
  result: SearchResult,
  loading: { loaded: number; total: number } | null,
  text: PageText,
): Sentence {
  const { status } = text.s;
  const q = result.query.raw.trim();
  const n = result.hits.length;
  let phrase: string;
  const busy = loading !== null && loading.loaded < loading.total;
  if (result.mode === "none") phrase = status.empty;
  else if (n === 0 && busy) phrase = "";
  else if (n === 0)
    phrase = result.filtered
      ? status.filteredOut(result.filtered)
      : status.notFound(QUERY) + status.unknownWords(unknownWords(result.query));
  else if (result.mode === "fuzzy") phrase = status.fuzzy(QUERY, n);
  else phrase = status.found(n, result.filtered);
  if (busy) phrase += status.loading(loading.loaded, loading.total);
  phrase = phrase.trim();
  const nodes: (Node | string)[] = [];
  phrase.split(QUERY).forEach((piece, i) => {
    if (i > 0) nodes.push(text.zh && CJK.test(q) ? chinese(el("span", "", q), text) : q);
    if (piece) nodes.push(piece);
  });
  return { text: phrase.replaceAll(QUERY, q), nodes };
}

/**
 * "Also searched: …" for the synonym forms the query used (the reports' wording, marked as Chinese on an
 * English page), or null when there are none.
 */
export function alsoNodes(query: ParsedQuery, text: PageText): (Node | string)[] | null {
  const words = [...new Set(query.terms.flatMap((t) => t.synonyms.map((s) => s.display)))];
  if (!words.length) return null;
  if (!text.zh) return [`${text.s.also}${words.join(text.s.alsoSeparator)}`];
  const nodes: (Node | string)[] = [text.s.also];
  words.forEach((w, i) => {
    if (i > 0) nodes.push(text.s.alsoSeparator);
    nodes.push(CJK.test(w) ? chinese(el("span", "", w), text) : w);
  });
  return nodes;
}
