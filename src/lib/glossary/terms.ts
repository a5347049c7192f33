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
 * The glossary as patterns to find in a report's text, one per term. When several appendices define the
 * same term, the entry of `report` itself wins, else the first one given, found in `report`'s text as another
 * appendix's term is (see foreignPatternOf).
 */
export function termPatterns(entries: readonly GlossaryEntry[], report?: string): PhrasePattern<GlossaryEntry>[] {
  return reportTermPatterns(entries)(report);
}

/**
 * {@link termPatterns} for many reports: the entries are read once (the first entry of each term, each report's
 * own), and each report's patterns are then the first entries with its own in their place, in the same order.
 */
export function reportTermPatterns(entries: readonly GlossaryEntry[]): (report?: string) => PhrasePattern<GlossaryEntry>[] {
  const first = new Map<string, GlossaryEntry>();
  for (const e of entries) if (!first.has(e.term)) first.set(e.term, e);
  const own = Map.groupBy(entries, (e) => e.report);
  return (report) => {
    const byTerm = new Map(first);
    for (const e of (report === undefined ? undefined : own.get(report)) ?? []) {
      if (byTerm.get(e.term)!.report !== report) byTerm.set(e.term, e);
    }
    return [...byTerm.values()].map((e) => (report === undefined || e.report === report ? patternOf(e) : foreignPatternOf(e)));
  };
}
