/**
 * On the reader (and the glossary): mark the searched words in the element a search result led to. The
 * words come from the search page (sessionStorage, for the permalink it opened) or from `?q=` on the URL.
 */
import { findAll, type Range } from "../../lib/search/match.ts";
import { foldText } from "../../lib/search/normalize.ts";
import { HANDOFF_KEY, type Handoff } from "./handoff.ts";

/** Class of the <mark> elements added. */
export const HIGHLIGHT_CLASS = "search-term";
/** Elements whose text is left alone. */
const HIDDEN = '[role="tooltip"], [hidden]';

/** The words to mark on this page, folded. */
function wordsHere(): string[] {
  const q = new URLSearchParams(location.search).get("q");
  if (q)
    return foldText(q)
      .split(/[\s,、;]+/)
      .filter(Boolean);
  try {
    const h = JSON.parse(sessionStorage.getItem(HANDOFF_KEY) ?? "null") as Handoff | null;
    if (h && h.href === location.pathname + location.hash) return h.terms;
  } catch {
    // no storage, or not ours: nothing to mark
  }
  return [];
}

/** Wrap every occurrence of `words` in the text of `root` in <mark class="search-term">; returns how many. */
export function markWords(root: Element, words: readonly string[]): number {
  for (const old of root.querySelectorAll(`mark.${HIGHLIGHT_CLASS}`)) old.replaceWith(...old.childNodes);
  root.normalize();
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  // Text shown only on demand (the glossary tooltips inside a paragraph) is not part of what was searched.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(HIDDEN) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    starts.push(text.length);
    nodes.push(node);
    text += node.data;
  }
  const ranges = findAll(foldText(text), words);
  nodes.forEach((node, k) => {
    const from = starts[k] ?? 0;
    const to = from + node.data.length;
    const local = ranges
      .filter(([s, e]) => e > from && s < to)
      .map(([s, e]): Range => [Math.max(s, from) - from, Math.min(e, to) - from]);
    for (const [s, e] of local.reverse()) {
      const mid = node.splitText(s);
      mid.splitText(e - s);
      const mark = document.createElement("mark");
      mark.className = HIGHLIGHT_CLASS;
      mid.replaceWith(mark);
      mark.append(mid);
    }
  });
  return ranges.length;
}

const apply = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  const words = wordsHere();
  if (target && words.length) markWords(target, words);
};
apply();
window.addEventListener("hashchange", apply);
