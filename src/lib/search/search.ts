import type { CorpusDoc, SearchCorpus } from "./corpus.ts";
import type { DocPeriod } from "./format.ts";
import { exactMatches } from "./exact.ts";
import { fuzzyMatches } from "./fuzzy.ts";
import { findAll, type Match, type Ranges } from "./match.ts";
import type { ParsedQuery } from "./query.ts";
import { reorderedMatches } from "./reorder.ts";

/** Filters of the results page: a place, a plan year, a part of the report. `null` = all. */
export interface SearchFilters {
  place: string | null;
  year: number | null;
  period: Exclude<DocPeriod, null> | null;
}

/** What a search found. */
export interface SearchResult {
  query: ParsedQuery;
  /**
   * `exact`: documents containing every term, then those holding a term's words in another order; `fuzzy`:
   * none did, these are near misses; `none`: empty query.
   */
  mode: "none" | "exact" | "fuzzy";
  /** Matches that pass the filters, best first. */
  hits: Match[];
  /** Matches the filters left out. */
  filtered: number;
}

/** No filter. */
export const NO_FILTERS: SearchFilters = { place: null, year: null, period: null };

/** Whether a document passes the filters. */
export const passesFilters = (item: CorpusDoc, filters: SearchFilters): boolean =>
  (!filters.place || item.report.place === filters.place) &&
  (!filters.year || item.report.year === filters.year) &&
  (!filters.period || item.period === filters.period);

/**
 * Run a query over the loaded corpus: exact substring matches, followed by documents holding a term's words
 * in another order (改造老旧小区 for 老旧小区改造); when there are none, fuse.js's fuzzy matches; then the
 * filters; best first (exact before reordered, then by score; ties in report order, then document order).
 */
export function search(corpus: SearchCorpus, query: ParsedQuery, filters: SearchFilters = NO_FILTERS): SearchResult {
  if (!query.terms.length) return { query, mode: "none", hits: [], filtered: 0 };
  let mode: SearchResult["mode"] = "exact";
  let matches = exactMatches(corpus, query.terms);
  matches = matches.concat(reorderedMatches(corpus, query.terms, new Set(matches.map((m) => m.item.id))));
  if (!matches.length) {
    mode = "fuzzy";
    matches = fuzzyMatches(corpus, query.terms);
  }
  const hits = matches.filter(({ item }) => passesFilters(item, filters));
  hits.sort(
    (a, b) =>
      (a.tier ?? 0) - (b.tier ?? 0) || b.score - a.score || a.item.reportOrder - b.item.reportOrder || a.item.id - b.item.id,
  );
  return { query, mode, hits, filtered: matches.length - hits.length };
}

/** Where a hit matched: the fuzzy matcher's ranges, or every occurrence of every form of every term. */
export function hitRanges(hit: Match, query: ParsedQuery): Ranges {
  if (hit.ranges) return hit.ranges;
  const forms = query.terms.flatMap((t) => t.forms);
  return { title: findAll(hit.item.foldedTitle, forms), text: findAll(hit.item.foldedText, forms) };
}
