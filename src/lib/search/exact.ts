import type { SearchCorpus } from "./corpus.ts";
import type { Match } from "./match.ts";
import type { QueryTerm } from "./query.ts";

/** Ranking weights: BM25-style term frequency, plus bonuses for a hit in the title and in the lead sentence. */
const RANK = { k1: 1.2, b: 0.75, title: 2.5, titleEqual: 2, lead: 1, synonym: 0.7 } as const;

/** Number of occurrences of `needle` in `hay`, and whether one starts before `before`. */
function count(hay: string, needle: string, before: number): { n: number; early: boolean } {
  let n = 0;
  let early = false;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) {
    if (i < before) early = true;
    n++;
  }
  return { n, early };
}

/** Ids (ascending) of the documents that hold every character of some form of the term: a superset of its matches. */
function termCandidates(corpus: SearchCorpus, term: QueryTerm): number[] {
  if (term.forms.length === 1) return corpus.chars.candidates(term.text, Infinity);
  const ids = new Set<number>();
  for (const form of term.forms) for (const id of corpus.chars.candidates(form, Infinity)) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/**
 * Exact matching: documents whose title or text contains every term (each in any of its forms) as a
 * substring, wherever it is in the paragraph. Ranked by a BM25-style score: rarer terms count more,
 * repeated terms with diminishing returns, a hit in the title or the lead sentence more, a hit found only
 * through a synonym less.
 */
export function exactMatches(corpus: SearchCorpus, terms: readonly QueryTerm[]): Match[] {
  if (!terms.length) return [];
  const lists = terms.map((t) => termCandidates(corpus, t));
  const n = corpus.docs.length;
  const idf = lists.map((l) => Math.log(1 + (n - l.length + 0.5) / (l.length + 0.5)));
  const order = lists.map((_, i) => i).sort((a, b) => (lists[a]?.length ?? 0) - (lists[b]?.length ?? 0));
  let ids = lists[order[0] ?? 0] ?? [];
  for (const i of order.slice(1)) {
    const other = new Set(lists[i]);
    ids = ids.filter((id) => other.has(id));
  }
  const avg = corpus.averageLength || 1;
  const out: Match[] = [];
  for (const id of ids) {
    const item = corpus.docs[id];
    if (!item) continue;
    const norm = 1 - RANK.b + (RANK.b * item.text.length) / avg;
    let score = 0;
    let all = true;
    for (let t = 0; t < terms.length && all; t++) {
      const term = terms[t] as QueryTerm;
      const weight = idf[t] ?? 1;
      let tf = 0;
      let inTitle = false;
      let inLead = false;
      let direct = false;
      term.forms.forEach((form, f) => {
        const x = count(item.foldedText, form, item.lead);
        const inT = item.foldedTitle.includes(form);
        if (f === 0 && (x.n || inT)) direct = true;
        if (item.foldedTitle === form) score += RANK.titleEqual * weight;
        tf += x.n;
        inTitle ||= inT;
        inLead ||= x.early;
      });
      if (!tf && !inTitle) all = false;
      const bm25 = (tf * (RANK.k1 + 1)) / (tf + RANK.k1 * norm);
      score += weight * (bm25 + (inTitle ? RANK.title : 0) + (inLead ? RANK.lead : 0)) * (direct ? 1 : RANK.synonym);
    }
    if (all) out.push({ item, score, ranges: null });
  }
  return out;
}
