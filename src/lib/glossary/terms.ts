import type { GlossaryEntry } from "../schema/glossary.ts";
import type { PhrasePattern } from "./match.ts";
import { termVariants } from "./variants.ts";

/**
 * The glossary as patterns to find in a report's text, one per term. When several appendices define the
 * same term, the entry of `report` itself wins, else the first one given.
 */
export function termPatterns(entries: readonly GlossaryEntry[], report?: string): PhrasePattern<GlossaryEntry>[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    const known = byTerm.get(e.term);
    if (!known || (e.report === report && known.report !== report)) byTerm.set(e.term, e);
  }
  return [...byTerm.values()].map((entry) => ({ key: entry, variants: termVariants(entry) }));
}
