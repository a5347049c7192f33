import { decodeQueryEntities } from "./entities.ts";
import { foldText } from "./normalize.ts";
import { termPieces } from "./pieces.ts";
import { expandTerm, type Alternative, type SynonymRule } from "./synonyms.ts";

/** One term of a query: every term must match (AND); any of its forms may (OR). */
export interface QueryTerm {
  /** The term as typed, folded. */
  text: string;
  /** The term and its synonym forms, folded; the term itself first. */
  forms: string[];
  /** The synonym forms as written, to show ("also searched: …"). */
  synonyms: Alternative[];
  /** The term's words (老旧 小区 改造), when it has two or more: found in another order too. Empty otherwise. */
  pieces: string[];
}

/** A parsed query. */
export interface ParsedQuery {
  /** The query as typed. */
  raw: string;
  terms: QueryTerm[];
}

/** Limits that keep a pasted paragraph from becoming a slow query. */
export const QUERY_LIMITS = { terms: 8, termLength: 64 } as const;

/**
 * Separators between terms: white space (also the ideographic space, folded to a space), and the commas,
 * enumeration comma and semicolons of a pasted list. ASCII double quotes are dropped.
 */
const SEPARATORS = /[\s,、;]+/;

/** Parse what the user typed into folded terms with their synonym forms. */
export function parseQuery(raw: string, rules: readonly SynonymRule[] = []): ParsedQuery {
  const folded = foldText(decodeQueryEntities(raw)).replace(/"/g, " ");
  const terms: QueryTerm[] = [];
  for (const piece of folded.split(SEPARATORS)) {
    const text = piece.slice(0, QUERY_LIMITS.termLength);
    if (!text || terms.some((t) => t.text === text)) continue;
    const synonyms = expandTerm(text, rules);
    terms.push({ text, forms: [text, ...synonyms.map((s) => s.folded)], synonyms, pieces: termPieces(text) });
    if (terms.length === QUERY_LIMITS.terms) break;
  }
  return { raw, terms };
}
