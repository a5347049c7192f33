import type { GlossaryEntry } from "../schema/glossary.ts";
import type { PhrasePattern } from "./match.ts";
import { termNames, termVariants, unquote } from "./variants.ts";

/** A pattern made once per entry and the names it is read under (all of them, or those no other entry gives). */
function cached<T>(cache: WeakMap<GlossaryEntry, Map<string, T>>, entry: GlossaryEntry, names: readonly string[], make: () => T): T {
  let byNames = cache.get(entry);
  if (!byNames) cache.set(entry, (byNames = new Map()));
  const key = names.join("\0");
  let p = byNames.get(key);
  if (p === undefined) byNames.set(key, (p = make()));
  return p;
}

/** Each entry's pattern, made once: the same entries are read for every report. */
const patterns = new WeakMap<GlossaryEntry, Map<string, PhrasePattern<GlossaryEntry>>>();
const patternOf = (entry: GlossaryEntry, names: readonly string[]): PhrasePattern<GlossaryEntry> =>
  cached(patterns, entry, names, () => ({ key: entry, variants: termVariants(entry, names) }));

/**
 * Each entry's pattern in another report's text, made once. Another appendix's term is a local programme as often
 * as a national slogan, and a neighbour may use its words for something else. Where the appendix spells the term
 * with the words that follow it (“四个一”行动, “1+9”创建机制), it is not found followed by other words
 * (“四个一”林草产业, “1+9”行动计划: other programmes).
 */
const foreignPatterns = new WeakMap<GlossaryEntry, Map<string, PhrasePattern<GlossaryEntry>>>();
const foreignPatternOf = (entry: GlossaryEntry, names: readonly string[]): PhrasePattern<GlossaryEntry> =>
  cached(foreignPatterns, entry, names, () => {
    const after = /[”」』’](\p{Script=Han}+)$/u.exec(entry.term_display);
    const suffix = after && unquote(entry.term_display.slice(0, after.index)).endsWith(unquote(entry.term)) ? after[1] : undefined;
    return { key: entry, variants: termVariants(entry, names), ...(suffix ? { suffix } : {}) };
  });

/**
 * The glossary as patterns to find in a report's text, one per term it may link. When several appendices define
 * the same term, the entry of `report` itself wins, else the first one of its `family` (its region's and its
 * cities' appendices), found in `report`'s text as another appendix's term is (see foreignPatternOf). A term only
 * another region's appendices define is that region's programme, not linked; one the appendices of several regions
 * define is a national slogan, read from the first of them (by report id, then number: the same whatever order
 * `entries` come in). Without a family, every report reads the first entry.
 */
export function termPatterns(entries: readonly GlossaryEntry[], report?: string, family?: string): PhrasePattern<GlossaryEntry>[] {
  return reportTermPatterns(entries)(report, family);
}

/** Entries in a fixed order: by report id, then by their number in its appendix. */
const byReport = (a: GlossaryEntry, b: GlossaryEntry) => (a.report < b.report ? -1 : a.report > b.report ? 1 : a.number - b.number);

/**
 * {@link termPatterns} for many reports: the entries are grouped once by term (in the order of each term's first
 * entry), and each report's patterns are then read from its own, its family's or the first entries. An entry of
 * several names (`“六稳”“六保”`: {@link termNames}) stands in the group of each, and is read under the names it is
 * chosen for (六保 alone where another entry of 六稳 comes first).
 */
export function reportTermPatterns(entries: readonly GlossaryEntry[]): (report?: string, family?: string) => PhrasePattern<GlossaryEntry>[] {
  // Which entry of a term is "the first" does not depend on the order the caller lists them in (the glossary page
  // lists them by place, the readers by file): within a term, entries are taken by report id, then number.
  const named = entries.flatMap((entry) => termNames(entry).map((name) => ({ entry, name })));
  const byTerm = new Map(
    [...Map.groupBy(named, (n) => n.name)].map(([term, list]) => [term, list.map((n) => n.entry).toSorted(byReport)]),
  );
  // A term whose entries name no family, or several, is read anywhere.
  const shared = new Set([...byTerm].filter(([, list]) => new Set(list.map((e) => e.family)).size > 1 || list.some((e) => e.family === undefined)).map(([t]) => t));
  return (report, family) => {
    // Each entry read, with the names it is read under, in the order of its first term.
    const read = new Map<GlossaryEntry, { names: string[]; own: boolean }>();
    for (const [term, list] of byTerm) {
      const own = report === undefined ? undefined : list.find((e) => e.report === report);
      const entry = own ?? (family === undefined ? list[0] : (list.find((e) => e.family === family) ?? (shared.has(term) ? list[0] : undefined)));
      if (!entry) continue;
      const r = read.get(entry);
      if (r) r.names.push(term);
      else read.set(entry, { names: [term], own: own !== undefined });
    }
    return [...read].map(([entry, { names, own }]) => (own || report === undefined ? patternOf(entry, names) : foreignPatternOf(entry, names)));
  };
}
