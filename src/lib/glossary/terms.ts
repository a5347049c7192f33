import type { GlossaryEntry } from "../schema/glossary.ts";
import type { PhrasePattern } from "./match.ts";
import { termVariants, unquote } from "./variants.ts";

/** Each entry's pattern, made once: the same entries are read for every report. */
const patterns = new WeakMap<GlossaryEntry, PhrasePattern<GlossaryEntry>>();
const patternOf = (entry: GlossaryEntry): PhrasePattern<GlossaryEntry> => {
  let p = patterns.get(entry);
  if (!p) patterns.set(entry, (p = { key: entry, variants: termVariants(entry) }));
  return p;
};

/**
 * Each entry's pattern in another report's text, made once. Another appendix's term is a local programme as often
 * as a national slogan, and a neighbour may use its words for something else. Where the appendix spells the term
 * with the words that follow it (“四个一”行动, “1+9”创建机制), it is not found followed by other words
 * (“四个一”林草产业, “1+9”行动计划: other programmes).
 */
const foreignPatterns = new WeakMap<GlossaryEntry, PhrasePattern<GlossaryEntry>>();
const foreignPatternOf = (entry: GlossaryEntry): PhrasePattern<GlossaryEntry> => {
  let p = foreignPatterns.get(entry);
  if (!p) {
    const after = /[”」』’](\p{Script=Han}+)$/u.exec(entry.term_display);
    const suffix = after && unquote(entry.term_display.slice(0, after.index)).endsWith(unquote(entry.term)) ? after[1] : undefined;
    foreignPatterns.set(entry, (p = { key: entry, variants: termVariants(entry), ...(suffix ? { suffix } : {}) }));
  }
  return p;
};

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
 * entry), and each report's patterns are then read from its own, its family's or the first entries.
 */
export function reportTermPatterns(entries: readonly GlossaryEntry[]): (report?: string, family?: string) => PhrasePattern<GlossaryEntry>[] {
  // Which entry of a term is "the first" does not depend on the order the caller lists them in (the glossary page
  // lists them by place, the readers by file): within a term, entries are taken by report id, then number.
  const byTerm = new Map([...Map.groupBy(entries, (e) => e.term)].map(([term, list]) => [term, list.toSorted(byReport)]));
  // A term whose entries name no family, or several, is read anywhere.
  const shared = new Set([...byTerm].filter(([, list]) => new Set(list.map((e) => e.family)).size > 1 || list.some((e) => e.family === undefined)).map(([t]) => t));
  return (report, family) => {
    const out: PhrasePattern<GlossaryEntry>[] = [];
    for (const [term, list] of byTerm) {
      const own = report === undefined ? undefined : list.find((e) => e.report === report);
      if (own) {
        out.push(patternOf(own));
        continue;
      }
      const read = family === undefined ? list[0] : (list.find((e) => e.family === family) ?? (shared.has(term) ? list[0] : undefined));
      if (read) out.push(report === undefined ? patternOf(read) : foreignPatternOf(read));
    }
    return out;
  };
}
