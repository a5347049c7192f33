import type { SearchCorpus } from "./corpus.ts";
import type { DocPeriod } from "./format.ts";
import { exactMatches } from "./exact.ts";
import { fuzzyMatches } from "./fuzzy.ts";
import { findAll, type Match, type Ranges } from "./match.ts";
import type { ParsedQuery } from "./query.ts";

/** Filters of the results page: a city, a part of the report. `null` = all. */
export interface SearchFilters {
  city: string | null;
  period: Exclude<DocPeriod, null> | null;
}

/** What a search found. */
export interface SearchResult {
  query: ParsedQuery;
  /** `exact`: documents containing every term; `fuzzy`: none did, these are near misses; `none`: empty query. */
  mode: "none" | "exact" | "fuzzy";
  /** Matches that pass the filters, best first. */
  hits: Match[];
  /** Matches the filters left out. */
  filtered: number;
}

/** No filter. */
export const NO_FILTERS: SearchFilters = { city: null, period: null };

/**
 * Run a query over the loaded corpus: exact substring matches when there are any, else fuse.js's fuzzy
 * matches; then the filters; best first (ties in report order, then document order).
 */
export function search(corpus: SearchCorpus, query: ParsedQuery, filters: SearchFilters = NO_FILTERS): SearchResult {
  if (!query.terms.length) return { query, mode: "none", hits: [], filtered: 0 };
  let mode: SearchResult["mode"] = "exact";
  let matches = exactMatches(corpus, query.terms);
  if (!matches.length) {
    mode = "fuzzy";
    matches = fuzzyMatches(corpus, query.terms);
  }
  const hits = matches.filter(
    ({ item }) =>
      (!filters.city || item.report.city === filters.city) && (!filters.period || item.period === filters.period),
  );
  hits.sort((a, b) => b.score - a.score || a.item.reportOrder - b.item.reportOrder || a.item.id - b.item.id);
  return { query, mode, hits, filtered: matches.length - hits.length };
}

/** Where a hit matched: the fuzzy matcher's ranges, or every occurrence of every form of every term. */
export function hitRanges(hit: Match, query: ParsedQuery): Ranges {
  if (hit.ranges) return hit.ranges;
  const forms = query.terms.flatMap((t) => t.forms);
  return { title: findAll(hit.item.foldedTitle, forms), text: findAll(hit.item.foldedText, forms) };
}
