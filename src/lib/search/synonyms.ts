import { foldText } from "./normalize.ts";

/** The hand-kept synonym table as stored in `content/synonyms.json`: a query word → words the reports use for it. */
export type SynonymTable = Readonly<Record<string, readonly string[]>>;

/** One rule of a compiled table: the folded word to look for, and what else to search, as written and folded. */
export interface SynonymRule {
  key: string;
  also: readonly { display: string; folded: string }[];
}

/** An alternative form of a query term. */
export interface Alternative {
  /** Folded form, matched against folded text. */
  folded: string;
  /** The form to show ("also searched: …"). */
  display: string;
}

/** Fold a synonym table into rules, longest key first. */
export function compileSynonyms(table: SynonymTable): SynonymRule[] {
  return Object.entries(table)
    .map(([key, also]) => ({
      key: foldText(key),
      also: also.map((display) => ({ display, folded: foldText(display) })),
    }))
    .sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
}

/** At most this many alternatives per term, so a query stays cheap whatever the table holds. */
const MAX_ALTERNATIVES = 8;

/**
 * The other forms of a folded query term: for every key that occurs in it, the term with the key replaced
 * by each of the key's synonyms (`gdp` → 地区生产总值; `gdp增长` → 地区生产总值增长). The term itself is
 * not included; duplicates are dropped.
 */
export function expandTerm(term: string, rules: readonly SynonymRule[]): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set([term]);
  for (const rule of rules) {
    if (!term.includes(rule.key)) continue;
    for (const alt of rule.also) {
      const folded = term.replaceAll(rule.key, alt.folded);
      if (seen.has(folded)) continue;
      seen.add(folded);
      out.push({ folded, display: term.replaceAll(rule.key, alt.display) });
      if (out.length >= MAX_ALTERNATIVES) return out;
    }
  }
  return out;
}
