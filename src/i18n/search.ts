/**
 * English search over the Chinese reports: what the search page says about it. The words themselves live
 * in the hand-kept synonym table (`content/synonyms.json`), shared with the Chinese edition.
 */
import type { SynonymTable } from "../lib/search/synonyms.ts";

/** Keys of a synonym table written in Latin script (`GDP`, `unemployment`, `retail sales`), in the table's order. */
export function englishKeys(table: SynonymTable): string[] {
  return Object.keys(table).filter((k) => /^[A-Za-z][A-Za-z0-9&.' -]*$/.test(k));
}

/** A few English words the search knows, to name as examples: the first of the table's English keys. */
export function englishExamples(table: SynonymTable, count = 3): string[] {
  return englishKeys(table).slice(0, count);
}
