import { decodeQueryEntities } from "./entities.ts";
import { foldText } from "./normalize.ts";
import { termPieces } from "./pieces.ts";
import { expandTerm, phraseLength, type Alternative, type SynonymRule } from "./synonyms.ts";

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

/**
 * English words that carry no meaning of their own in a query (`growth of GDP`, `tax and fee cuts`): left
 * out when the query has other words, as they would otherwise have to be found in the Chinese text.
 */
const FUNCTION_WORDS = new Set(["a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/**
 * Parse what the user typed into folded terms with their synonym forms. Words that together make a key of
 * the synonym table (`retail sales`) stay one term; English function words are dropped.
 */
export function parseQuery(raw: string, rules: readonly SynonymRule[] = []): ParsedQuery {
  const folded = foldText(decodeQueryEntities(raw)).replace(/"/g, " ");
  const words = folded.split(SEPARATORS).filter(Boolean).slice(0, QUERY_LIMITS.terms * 8);
  const pieces: string[] = [];
  for (let i = 0; i < words.length; ) {
    const n = Math.max(1, phraseLength(words.slice(i), rules));
    pieces.push(words.slice(i, i + n).join(" "));
    i += n;
  }
  const meaningful = pieces.filter((p) => !FUNCTION_WORDS.has(p));
  const terms: QueryTerm[] = [];
  for (const piece of meaningful.length ? meaningful : pieces) {
    const text = piece.slice(0, QUERY_LIMITS.termLength);
    if (!text || terms.some((t) => t.text === text)) continue;
    const synonyms = expandTerm(text, rules);
    terms.push({ text, forms: [text, ...synonyms.map((s) => s.folded)], synonyms, pieces: termPieces(text) });
    if (terms.length === QUERY_LIMITS.terms) break;
  }
  return { raw, terms };
}
