import type { Match } from "../../lib/search/match.ts";
import type { ParsedQuery } from "../../lib/search/query.ts";
import { hitRanges, type SearchResult } from "../../lib/search/search.ts";
import { snippet } from "../../lib/search/snippet.ts";
import type { Range } from "../../lib/search/match.ts";
import { partName } from "../../lib/search/parts.ts";

/** Results rendered at a time ("show more" adds as many again): a page's worth, cheap to lay out per keystroke. */
export const RESULTS_PER_PAGE = 20;

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
function partLabel(hit: Match): string | null {
  const { period, kind } = hit.item;
  if (period) return partName(period);
  return kind === "glossary" ? "术语解释" : null;
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

/** One result: a single link to the permalink, with the report, part, section path and a marked snippet. */
export function renderHit(hit: Match, query: ParsedQuery): HTMLLIElement {
  const { item } = hit;
  const ranges = hitRanges(hit, query);
  const where = el(
    "span",
    "search-result__where",
    el("span", "search-result__report", item.report.place_zh),
    el("span", "search-result__year", `${item.report.year}年报告`),
  );
  const part = partLabel(hit);
  if (part) where.append(el("span", "search-result__part", part));
  if (item.kind === "paragraph") where.append(el("span", "search-result__para", `第 ${item.anchor.slice(2)} 段`));
  if (item.pathLabels.length) where.append(el("span", "search-result__path", item.pathLabels.join(" › ")));
  const link = el("a", "search-result__link", where);
  link.href = item.url;
  if (item.title) link.append(marked(item.title, ranges.title, "search-result__title", 200));
  if (item.text) link.append(marked(item.text, ranges.text, "search-result__snippet"));
  if (hit.tier === 1) where.append(el("span", "search-result__loose", "词序不同"));
  return el("li", `search-result search-result--${item.kind} place-${item.report.place}`, link);
}

/** Replace the list's items with the first `shown` hits. */
export function renderHits(list: HTMLElement, result: SearchResult, shown: number): void {
  const fragment = document.createDocumentFragment();
  for (const hit of result.hits.slice(0, shown)) fragment.append(renderHit(hit, result.query));
  list.replaceChildren(fragment);
  list.hidden = result.hits.length === 0;
}

/** The sentence the live region announces for a result. */
export function statusText(result: SearchResult, loading: { loaded: number; total: number } | null): string {
  const q = result.query.raw.trim();
  const n = result.hits.length;
  let text: string;
  const busy = loading !== null && loading.loaded < loading.total;
  if (result.mode === "none") text = "输入关键词，搜索报告的段落、标题和术语解释。";
  else if (n === 0 && busy) text = "";
  else if (n === 0)
    text = result.filtered ? `没有符合筛选条件的结果（筛选排除了 ${result.filtered} 条）。` : `没有找到“${q}”。`;
  else if (result.mode === "fuzzy") text = `没有完全匹配“${q}”的内容，以下 ${n} 条是相近的结果。`;
  else text = `找到 ${n} 条结果${result.filtered ? `（筛选排除了 ${result.filtered} 条）` : ""}。`;
  if (busy) text += `正在载入索引（${loading.loaded}/${loading.total}）…`;
  return text;
}

/** "Also searched: …" for the synonym forms the query used, or "" when none. */
export function alsoText(query: ParsedQuery): string {
  const words = query.terms.flatMap((t) => t.synonyms.map((s) => s.display));
  return words.length ? `同时搜索了：${words.join("、")}` : "";
}
