import Fuse, { type FuseIndex } from "fuse.js/basic";
import type { CorpusDoc, SearchCorpus } from "./corpus.ts";
import { FIELD, FUZZY_OPTIONS, allowedErrors } from "./fuse-options.ts";
import { fuzzyWindows } from "./fuzzy-windows.ts";
import { mergeRanges, type Match, type Range } from "./match.ts";
import type { QueryTerm } from "./query.ts";

/** fuse.js's bitap works on patterns of at most 32 characters; longer terms are matched exactly only. */
const MAX_FUZZY_LENGTH = 32;
/** At most this many documents go through fuse.js for one query: those sharing the most character pairs with it. */
export const MAX_FUZZY_CANDIDATES = 200;

type Records = Parameters<typeof Fuse.parseIndex>[0]["records"];

/** The distinct character pairs of a term. */
function bigrams(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2));
  return [...out];
}

/**
 * Documents that can hold `term` within the errors fuse.js allows, with how many of its character pairs
 * they hold. Two necessary conditions (q-gram lemma): all but `k` of its distinct characters, and all but
 * `2k` of its distinct character pairs.
 */
function termCandidates(corpus: SearchCorpus, term: string): Map<number, number> {
  const pairs = bigrams(term);
  const needPairs = Math.max(0, pairs.length - 2 * errorsFor(term));
  const out = new Map<number, number>();
  for (const id of corpus.chars.candidates(term, new Set(term).size - errorsFor(term))) {
    const doc = corpus.docs[id];
    if (!doc) continue;
    let shared = 0;
    for (const p of pairs) if (doc.foldedText.includes(p) || doc.foldedTitle.includes(p)) shared++;
    if (shared >= needPairs) out.set(id, shared);
  }
  return out;
}

/** Errors fuse.js may tolerate in a term. */
function errorsFor(term: string): number {
  return term.length > MAX_FUZZY_LENGTH ? 0 : allowedErrors(term.length);
}

/**
 * The fuse.js records to search for one term: each candidate's title record as shipped, and its text
 * cut to the windows where the term can match (offsets kept, to map match positions back).
 */
function termRecords(
  corpus: SearchCorpus,
  docs: readonly CorpusDoc[],
  term: string,
): { records: Records; offsets: number[][] } {
  const offsets: number[][] = [];
  const records = docs.map((doc, i) => {
    const $: Record<string, unknown> = {};
    const title = doc.record.$[FIELD.title];
    if (title) $[FIELD.title] = title;
    const windows = fuzzyWindows(doc.foldedText, term, errorsFor(term), (c) => corpus.chars.frequency(c)) ?? [
      [0, doc.text.length] as const,
    ];
    offsets.push(windows.map(([s]) => s));
    $[FIELD.text] = windows.map(([s, e], w) => ({ v: doc.text.slice(s, e), i: w, n: 1 }));
    return { i, $ };
  });
  return { records: records as unknown as Records, offsets };
}

/**
 * Fuzzy fallback, for when no document contains the query exactly: fuse.js (bitap, location ignored) over
 * the documents the prefilter lets through (at most `limit`, those sharing the most character pairs with the
 * query), each cut to the windows where a near match can be. Every term must match; the score is one minus
 * fuse's mean score, below the exact matches' scale.
 */
export function fuzzyMatches(corpus: SearchCorpus, terms: readonly QueryTerm[], limit: number = MAX_FUZZY_CANDIDATES): Match[] {
  if (!terms.length) return [];
  let shared: Map<number, number> | null = null;
  for (const term of terms) {
    const next = termCandidates(corpus, term.text);
    if (shared)
      for (const [id, n] of shared) next.has(id) ? shared.set(id, n + (next.get(id) ?? 0)) : shared.delete(id);
    else shared = next;
    if (!shared.size) return [];
  }
  const docs = [...(shared ?? [])]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .flatMap(([id]) => corpus.docs[id] ?? []);

  const found = new Map<number, { scores: number[]; title: Range[]; text: Range[] }>();
  terms.forEach((term, t) => {
    const pattern = term.text.slice(0, MAX_FUZZY_LENGTH);
    const { records, offsets } = termRecords(corpus, docs, pattern);
    const index = Fuse.parseIndex({ keys: corpus.keys, records } as unknown as Parameters<typeof Fuse.parseIndex>[0]);
    const fuse = new Fuse(docs, FUZZY_OPTIONS, index as FuseIndex<CorpusDoc>);
    for (const r of fuse.search(pattern)) {
      const entry = found.get(r.refIndex) ?? { scores: [], title: [], text: [] };
      if (entry.scores.length !== t) continue;
      entry.scores.push(r.score ?? 1);
      for (const m of r.matches ?? []) {
        const shift = m.key === "text" ? (offsets[r.refIndex]?.[m.refIndex ?? 0] ?? 0) : 0;
        const ranges = m.indices.map(([s, e]): Range => [s + shift, e + 1 + shift]);
        (m.key === "title" ? entry.title : entry.text).push(...ranges);
      }
      found.set(r.refIndex, entry);
    }
  });

  const out: Match[] = [];
  for (const [i, entry] of found) {
    const item = docs[i];
    if (!item || entry.scores.length !== terms.length) continue;
    const mean = entry.scores.reduce((a, b) => a + b, 0) / entry.scores.length;
    out.push({ item, score: 1 - mean, ranges: { title: mergeRanges(entry.title), text: mergeRanges(entry.text) } });
  }
  return out;
}
