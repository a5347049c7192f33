import type { CorpusDoc } from "./corpus.ts";

/** A half-open range [start, end) of UTF-16 offsets in a document's title or text. */
export type Range = readonly [number, number];

/** Where a query matched in a document: ranges in its title and in its text. */
export interface Ranges {
  title: Range[];
  text: Range[];
}

/** A document that matched a query, and how well (higher is better). */
export interface Match {
  item: CorpusDoc;
  score: number;
  /** Where it matched, when the matcher knows already (fuzzy, reordered); exact ranges are found when shown. */
  ranges: Ranges | null;
  /** 0 (or absent): every term as typed; 1: a term's words in another order — ranked after every tier 0 match. */
  tier?: number;
}

/** Sort and merge ranges, joining overlapping and touching ones. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Every occurrence of any of `needles` in `hay`, merged. */
export function findAll(hay: string, needles: readonly string[]): Range[] {
  const out: Range[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length))
      out.push([i, i + needle.length]);
  }
  return mergeRanges(out);
}
