import type { GlossaryEntry } from "../schema/glossary.ts";
import type { PhrasePattern } from "./match.ts";
import { termVariants } from "./variants.ts";

/** Each entry's pattern, made once: the same entries are read for every report. */
const patterns = new WeakMap<GlossaryEntry, PhrasePattern<GlossaryEntry>>();
const patternOf = (entry: GlossaryEntry): PhrasePattern<GlossaryEntry> => {
  let p = patterns.get(entry);
  if (!p) patterns.set(entry, (p = { key: entry, variants: termVariants(entry) }));
  return p;
};

/**
 * The glossary as patterns to find in a report's text, one per term. When several appendices define the
 * same term, the entry of `report` itself wins, else the first one given.
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
    return [...byTerm.values()].map(patternOf);
  };
}
